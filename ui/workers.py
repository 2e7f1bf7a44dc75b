"""Running long work off the GUI thread (STYLE.md §7).

`Worker(fn)` runs `fn(progress, is_cancelled)` on `QThreadPool.globalInstance()` and emits
`finished(result)` or `failed(exc)` on the GUI thread. `fn` must open its own Session from
the factory (one Session per thread) and return ids or DTOs only.

Tests may set `Worker.inline = True` to run tasks synchronously inside `start()`, like
Picard's fake thread pool; at least one test keeps the real thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import AppError, Cancelled

log = logging.getLogger("tdkt.ui.workers")

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Task = Callable[[Progress, IsCancelled], Any]

PROGRESS_MIN_DURATION_MS = 500
_PROGRESS_INTERVAL_S = 0.05


class _Relay(QObject):
    """Lives in the GUI thread; its signals are emitted from the pool thread (queued)."""

    progressed = Signal(int, int)
    done = Signal(object)
    error = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._worker = worker

    def run(self) -> None:  # pool thread
        self._worker._execute()


class Worker(QObject):
    """One background task. Signals: progressed(done, total), finished(result), failed(exc).

    Runs on the global QThreadPool (or inline when `Worker.inline`); signals arrive on the
    thread that created the worker (the GUI thread)."""

    inline: ClassVar[bool] = False
    _alive: ClassVar[set[Worker]] = set()

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Task, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self._last_progress = 0.0
        self._relay = _Relay()
        self._relay.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._relay.error.connect(self._on_error, Qt.ConnectionType.QueuedConnection)
        self.running = False

    def start(self) -> None:
        self.running = True
        Worker._alive.add(self)
        if Worker.inline:
            self._execute(direct=True)
        else:
            QThreadPool.globalInstance().start(_Runnable(self))

    def cancel(self) -> None:
        """Ask the task to stop; it raises Cancelled at its next check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        # Throttled: a signal per row of a 10,000-row import would flood the event loop.
        now = time.monotonic()
        if done >= total or now - self._last_progress >= _PROGRESS_INTERVAL_S:
            self._last_progress = now
            if Worker.inline:
                self.progressed.emit(done, total)
            else:
                try:
                    self._relay.progressed.emit(done, total)
                except RuntimeError:  # the receiver was deleted; the task runs on, unseen
                    pass

    def _execute(self, direct: bool = False) -> None:
        try:
            result = self._fn(self._progress, self.is_cancelled)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI
            if isinstance(exc, AppError):
                log.info("task stopped: %s", exc.message())
            else:
                log.exception("task failed")
            if direct:
                self._on_error(exc)
            else:
                self._emit(self._relay.error, exc)
        else:
            if direct:
                self._on_done(result)
            else:
                self._emit(self._relay.done, result)

    def _emit(self, signal, value: object) -> None:  # pool thread
        """Deliver to the GUI thread; when the widget that asked was deleted meanwhile (a
        panel replaced, a screen closed), its relay is gone and the result is dropped."""
        try:
            signal.emit(value)
        except RuntimeError:
            Worker._alive.discard(self)
            log.debug("result dropped: its receiver was deleted while the task ran")

    def _on_done(self, result: object) -> None:
        self.running = False
        Worker._alive.discard(self)
        self.finished.emit(result)

    def _on_error(self, exc: object) -> None:
        self.running = False
        Worker._alive.discard(self)
        self.failed.emit(exc)


def run_with_progress(
    parent: QWidget | None,
    fn: Task,
    *,
    label: str,
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> Worker:
    """Start `fn` in a Worker behind a QProgressDialog that appears after ~500 ms and has
    Cancel. Unexpected errors and AppErrors go to ui.errors unless `on_failed` is given."""
    from ui import errors

    dialog = QProgressDialog(label, QCoreApplication.translate("Worker", "Hủy"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Worker", "Đang xử lý"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_MIN_DURATION_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    worker = Worker(fn, parent)
    worker.progress_dialog = dialog  # type: ignore[attr-defined]

    def on_progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def finish() -> None:
        dialog.canceled.disconnect(worker.cancel)
        dialog.close()
        dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        if isinstance(exc, Cancelled):
            if on_cancelled is not None:
                on_cancelled()
            return
        if on_failed is not None:
            on_failed(exc)
        else:
            errors.show_error(parent, exc)

    dialog.canceled.connect(worker.cancel)
    worker.progressed.connect(on_progress)
    worker.finished.connect(done)
    worker.failed.connect(failed)
    worker.start()
    return worker
