"""An orderly end of the GUI process (issue 18).

PySide6 could abort while the interpreter finalised Qt wrappers at exit ("bool_dealloc" in
shiboken's garbage collection): Python's module teardown destroyed wrappers in arbitrary
order while the QApplication, its top-level widgets and pool threads still lived, so a Qt
destructor called back into half-finalised Python objects. The cure is to end Qt's life
while Python is still whole, in this order:

1. running workers are asked to cancel and the thread pool is waited for (a write that is
   committing finishes; nothing is killed half-way);
2. every top-level widget is closed and deleted (deferred deletes are delivered), then
   Python's garbage is collected, so no wrapper outlives its C++ object;
3. `QCoreApplication.shutdown()` (PySide6 ≥ 6.7) destroys the application object itself.

After `orderly_shutdown()` the process exits normally (`sys.exit`), so an exit crash would
show as a non-zero exit code instead of being hidden by `os._exit`.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QApplication

log = logging.getLogger("tdkt.ui.shutdown")

WORKERS_WAIT_MS = 10_000


def stop_workers(wait_ms: int = WORKERS_WAIT_MS) -> bool:
    """Cancel the running workers and wait for the pool; False when some still run."""
    from ui.workers import Worker

    for worker in list(Worker._alive):
        worker.cancel()
    done = QThreadPool.globalInstance().waitForDone(wait_ms)
    if not done:
        log.warning("workers still running after %d ms at exit", wait_ms)
    # Their queued results arrive now, while every receiver still exists.
    QCoreApplication.sendPostedEvents()
    return done


def delete_widgets() -> None:
    """Close and delete every top-level widget, deliver the deferred deletes, collect."""
    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()
    gc.collect()


def orderly_shutdown() -> None:
    """End Qt's life while Python is whole: workers, widgets, garbage, the application."""
    app = QCoreApplication.instance()
    if app is None:
        return
    stop_workers()
    delete_widgets()
    gc.collect()
    app.shutdown()
