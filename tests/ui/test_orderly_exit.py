"""An orderly exit (issue 18): no os._exit anywhere; the main window opened and closed 30
times in one process, with a real worker still running at the end, exits 0 through the
interpreter's own finalisation; shutting down waits for a running worker."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from app.database import open_database
    from ui.settings import use_settings_file
    tmp = Path(sys.argv[1])
    use_settings_file(tmp / "settings.ini")
    from ui.app import build_main_window, create_app
    from ui.workers import Worker

    app = create_app(lang="vi")
    db = open_database(tmp / "exit.sqlite")
    for i in range(30):
        window = build_main_window(db)
        window.show()
        for key in ("nominations", "council", "dashboard"):
            window.show_screen(key)
            app.processEvents()
        window.close()
        window.deleteLater()
        app.processEvents()
    results = []
    worker = Worker(lambda progress, cancelled: (time.sleep(0.4), "done")[1])
    worker.finished.connect(results.append)
    worker.start()  # still running when the shutdown begins
    from ui.shutdown import orderly_shutdown
    orderly_shutdown()
    db.close()
    print("results", results, flush=True)
    sys.exit(0)  # the interpreter finalises normally: an exit crash would change the code
""")


def test_main_window_30_times_then_normal_exit(tmp_path):
    script = tmp_path / "exit_probe.py"
    script.write_text(SCRIPT, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(script), str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "results ['done']" in proc.stdout  # the running worker finished and was delivered
    assert "Fatal Python error" not in proc.stderr and "Segmentation" not in proc.stderr


VOID_CALLS = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import ui  # pins the singletons (ui/refcounts.py)
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    w = QWidget()
    before = sys.getrefcount(None)
    for i in range(400_000):  # more than None's whole count on Python 3.11
        w.setMinimumSize(1, 1)
    print("drift", before - sys.getrefcount(None), flush=True)
""")


def test_many_void_qt_calls_never_free_none(tmp_path):
    """PySide6 6.12.0 on Python 3.11 releases a reference to None per void call; without
    ui/refcounts.py this script aborts ("none_dealloc") long before the end."""
    script = tmp_path / "void_calls.py"
    script.write_text(VOID_CALLS, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "drift" in proc.stdout


def test_no_os_exit_left():
    offenders = []
    for folder in ("app", "ui", "tests"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if "os._exit(" in text and path.name != Path(__file__).name:
                offenders.append(str(path.relative_to(ROOT)))
    # tests/app/services/test_backup_restore.py simulates a holder process killed mid-write (a crash
    # on purpose, in a child process); nothing else may end a process that way.
    assert offenders == ["tests/app/services/test_backup_restore.py"], offenders


def test_stop_workers_waits_for_a_running_worker(qapp, monkeypatch):
    from ui.shutdown import stop_workers
    from ui.workers import Worker

    monkeypatch.setattr(Worker, "inline", False)
    results: list[str] = []
    seen_cancel: list[bool] = []

    def task(progress, is_cancelled):
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline and not is_cancelled():
            time.sleep(0.01)
        seen_cancel.append(is_cancelled())
        return "stopped"

    worker = Worker(task)
    worker.finished.connect(results.append)
    worker.start()
    time.sleep(0.05)
    assert stop_workers(wait_ms=5000)
    assert seen_cancel == [True]  # asked to cancel, and it stopped at its next check
    assert results == ["stopped"]  # its result reached the GUI thread before the end
