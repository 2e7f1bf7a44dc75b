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
    worker = run_with_progress(None, task, label="…", on_done=outcome.append,
                               on_cancelled=lambda: outcome.append("cancelled"))
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
