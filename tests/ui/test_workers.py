import pytest

from app.errors import BadInput, Cancelled
from ui.workers import Worker, run_with_progress


def test_inline_worker_emits_finished(qtbot):
    seen = []
    worker = Worker(lambda progress, is_cancelled: progress(1, 1) or 42)
    worker.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(worker.finished) as blocker:
        worker.start()
    assert blocker.args == [42]
    assert seen == [(1, 1)]


def test_real_thread_worker_uses_its_own_thread_and_session(qtbot, org_db, monkeypatch):
    import threading

    from app.services import org

    monkeypatch.setattr(Worker, "inline", False)
    main_thread = threading.get_ident()

    def task(progress, is_cancelled):
        with org_db.factory() as session:  # one Session, created in the worker thread
            total = org.search_people(session).total
        progress(1, 1)
        return threading.get_ident(), total

    worker = Worker(task)
    with qtbot.waitSignal(worker.finished, timeout=10_000) as blocker:
        worker.start()
    thread_id, total = blocker.args[0]
    assert thread_id != main_thread
    assert total == 6


def test_real_thread_failure_reaches_failed(qtbot, monkeypatch):
    monkeypatch.setattr(Worker, "inline", False)

    def task(progress, is_cancelled):
        raise BadInput(detail="tệp hỏng")

    worker = Worker(task)
    with qtbot.waitSignal(worker.failed, timeout=10_000) as blocker:
        worker.start()
    assert isinstance(blocker.args[0], BadInput)


def test_cancel_from_progress_dialog(qtbot, monkeypatch):
    monkeypatch.setattr(Worker, "inline", False)
    import threading

    started = threading.Event()

    def task(progress, is_cancelled):
        started.set()
        while not is_cancelled():
            threading.Event().wait(0.005)
        raise Cancelled()

    outcome = []
    worker = run_with_progress(
        None, task, label="…", on_done=outcome.append, on_cancelled=lambda: outcome.append("cancelled")
    )
    assert started.wait(5)
    from PySide6.QtWidgets import QPushButton

    (cancel_button,) = worker.progress_dialog.findChildren(QPushButton)
    assert cancel_button.text() == "Hủy"
    cancel_button.click()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=10_000)


def test_run_with_progress_reports_app_errors(qtbot, message_boxes):
    def task(progress, is_cancelled):
        raise BadInput(detail="Thiếu cột 'Họ và tên'.")

    run_with_progress(None, task, label="…", on_done=lambda r: pytest.fail("should fail"))
    assert message_boxes.texts("warning") == ["Thiếu cột 'Họ và tên'."]


def test_result_of_a_deleted_receiver_is_dropped_quietly(qtbot, monkeypatch):
    """A panel replaced while its task runs: the task finishes, nothing is raised on the
    pool thread, the result is dropped."""
    import threading

    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QWidget

    from ui.workers import Worker

    monkeypatch.setattr(Worker, "inline", False)
    panel = QWidget()
    gate = threading.Event()
    results: list[object] = []
    errors: list[BaseException] = []
    hook = threading.excepthook
    threading.excepthook = lambda args: errors.append(args.exc_value)
    try:
        worker = Worker(lambda progress, cancelled: (gate.wait(5), progress(1, 1), "late")[2], panel)
        worker.finished.connect(results.append)
        worker.start()
        relay = worker._relay
        import shiboken6

        shiboken6.delete(relay)  # what deleting the panel does to the worker's relay
        gate.set()
        assert QThreadPool.globalInstance().waitForDone(5000)
        qtbot.wait(20)
    finally:
        threading.excepthook = hook
    assert results == [] and errors == []
    assert worker not in Worker._alive
