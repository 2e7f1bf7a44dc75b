"""A server that stops answering never freezes the window (issue 17 point 2): start-up
against a socket that accepts and never answers, and a server paused mid-session behind a
proxy. The GUI thread's liveness is measured with a 10 ms heartbeat timer."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.db import PG_CONNECT_TIMEOUT_S
from tests.app import test_server_timeouts as timeouts
from ui.connection import startup
from ui.connection.dialog import ConnectingDialog
from ui.settings import ConnectionChoice, UiSettings

PG_URL = timeouts.PG_URL
silent_server = timeouts.silent_server  # the fixtures of tests/app/test_server_timeouts.py
paused_proxy = timeouts.paused_proxy


class Heartbeat:
    """A 10 ms timer on the GUI thread; `max_gap_ms` is the longest time it was not served."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.max_gap_ms = 0.0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.max_gap_ms = max(self.max_gap_ms, (now - self.last) * 1000)
        self.last = now

    def stop(self) -> None:
        self._beat()
        self.timer.stop()


def _connecting_dialogs() -> list[ConnectingDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ConnectingDialog) and w.isVisible()]


@pytest.fixture
def silent_choice(silent_server, monkeypatch):
    UiSettings().connection = ConnectionChoice(
        mode="server", host="127.0.0.1", port=silent_server, database="tdkt", user="thuky"
    )
    monkeypatch.setattr(startup.connection_service, "load_password", lambda server: "mat-khau")
    monkeypatch.setattr(startup.connection_service, "save_password", lambda server, password: True)


def _record_choice_box(monkeypatch, answers):
    shown: list[tuple[float, str]] = []

    def ask(parent, message):
        shown.append((time.monotonic(), message))
        return answers.pop(0)

    monkeypatch.setattr(startup, "ask_after_failure", ask)
    return shown


def test_silent_server_at_start_shows_connecting_then_fails_in_about_5_s(silent_choice, monkeypatch):
    shown = _record_choice_box(monkeypatch, [startup.QUIT])
    seen: dict[str, float] = {}
    start = time.monotonic()

    def look() -> None:
        if _connecting_dialogs() and "dialog" not in seen:
            seen["dialog"] = time.monotonic() - start

    watcher = QTimer()
    watcher.timeout.connect(look)
    watcher.start(20)
    beat = Heartbeat()
    assert startup.open_at_start() == (None, startup.EXIT_DB)
    beat.stop()
    watcher.stop()
    elapsed = shown[0][0] - start
    print(
        f"silent server: choice box after {elapsed:.2f} s, dialog after {seen.get('dialog', -1):.2f} s, "
        f"longest GUI stall {beat.max_gap_ms:.0f} ms"
    )
    assert PG_CONNECT_TIMEOUT_S - 1 < elapsed < PG_CONNECT_TIMEOUT_S + 3
    assert "Không kết nối được tới máy chủ" in shown[0][1] and "mat-khau" not in shown[0][1]
    assert startup.SHOW_CONNECTING_MS / 1000 <= seen["dialog"] < 1.5
    assert beat.max_gap_ms < 500
    assert not _connecting_dialogs()


def test_cancel_returns_to_the_choice_at_once(silent_choice, monkeypatch, tmp_path):
    shown = _record_choice_box(monkeypatch, [startup.QUIT])
    clicked: dict[str, float] = {}

    def press_cancel() -> None:
        dialogs = _connecting_dialogs()
        if dialogs and "at" not in clicked:
            clicked["at"] = time.monotonic()
            dialogs[0].grab().save(str(tmp_path / "connecting.png"))  # looked at by hand
            dialogs[0].cancel_button.click()

    presser = QTimer()
    presser.timeout.connect(press_cancel)
    presser.start(50)
    start = time.monotonic()
    assert startup.open_at_start() == (None, startup.EXIT_OK)
    presser.stop()
    waited = shown[0][0] - clicked["at"]
    print(f"Hủy: choice box {waited * 1000:.0f} ms after the click ({clicked['at'] - start:.2f} s after start)")
    assert waited < 0.3
    assert clicked["at"] - start < 1.5  # well before the 5 s connect timeout
    assert "Đã dừng kết nối tới 127.0.0.1:" in shown[0][1]


def test_db_option_with_a_silent_server_is_not_a_frozen_start(silent_server, message_boxes, monkeypatch, tmp_path):
    """`tdkt --db postgresql://…` connects off the GUI thread as well."""
    import sys

    import app.paths
    from ui.__main__ import main

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app.paths, "logs_dir", lambda: tmp_path)
    beat = Heartbeat()
    start = time.monotonic()
    code = main(["--db", f"postgresql+psycopg://thuky:bi-mat@127.0.0.1:{silent_server}/tdkt"])
    elapsed = time.monotonic() - start
    beat.stop()
    assert code == 2 and elapsed < PG_CONNECT_TIMEOUT_S + 3
    assert beat.max_gap_ms < 500, beat.max_gap_ms
    texts = message_boxes.texts("warning")
    assert len(texts) == 1 and "Không kết nối được tới máy chủ" in texts[0] and "bi-mat" not in texts[0]


def test_cancel_then_retry_connects_for_real(monkeypatch, tmp_path):
    """Hủy on a slow connection, Thử lại: the second attempt is a real one and opens."""
    import threading

    from app.database import open_database as real_open

    UiSettings().connection = ConnectionChoice(mode="local", path=str(tmp_path / "cham.db"))
    release = threading.Event()
    calls = {"n": 0}

    def slow_then_fast(target):
        calls["n"] += 1
        if calls["n"] == 1:
            release.wait(10)  # the first attempt hangs until the test ends
        return real_open(target)

    monkeypatch.setattr(startup, "open_database", slow_then_fast)
    shown = _record_choice_box(monkeypatch, [startup.RETRY])
    pressed: list[bool] = []

    def press_once() -> None:
        if not pressed and _connecting_dialogs():
            pressed.append(True)
            _connecting_dialogs()[0].cancel_button.click()

    presser = QTimer()
    presser.timeout.connect(press_once)
    presser.start(50)
    db, code = startup.open_at_start()
    presser.stop()
    release.set()
    assert code == 0 and db is not None and calls["n"] == 2 and len(shown) == 1
    db.close()


# -- mid-session: a server paused behind a proxy (PostgreSQL only) -------------------------


@pytest.mark.skipif(not PG_URL, reason="needs the PostgreSQL pass")
def test_paused_server_mid_session_gives_the_retry_box_and_retry_works(
    paused_proxy, db_url, monkeypatch, qtbot, tmp_path
):
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget
    from sqlalchemy.engine import make_url

    import ui.errors
    from app.database import open_database
    from app.db import PG_PROBE_TIMEOUT_S, PG_STALL_CHECK_S
    from app.services.info import database_counts
    from ui.operations import QueryOp
    from ui.workers import Worker

    monkeypatch.setattr(Worker, "inline", False)  # the real worker thread
    options = make_url(db_url).query.get("options")
    url = make_url(paused_proxy.url(PG_URL)).update_query_dict({"options": options} if options else {})
    db = open_database(url.render_as_string(hide_password=False))
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[dict] = []
    boxes: list[tuple[float, str, str, list[str]]] = []

    def run_box(box):  # the modal box: recorded; the server comes back; the clerk presses Thử lại
        boxes.append((time.monotonic(), box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        box.show()
        box.grab().save(str(tmp_path / "server-not-answering.png"))  # looked at by hand
        box.hide()
        paused_proxy.resume()
        QTest.qWait(1100)  # reading the box (exec() would run the event loop too)
        return next(b for b in box.buttons() if b.text() == "Thử lại")

    monkeypatch.setattr(ui.errors, "run_box", run_box)
    try:
        QueryOp(parent=parent, db=db, op=lambda s: database_counts(s), success=results.append).run_in_background()
        qtbot.waitUntil(lambda: bool(results), timeout=5000)  # a live server: fine
        paused_proxy.pause()
        beat = Heartbeat()
        start = time.monotonic()
        QueryOp(parent=parent, db=db, op=lambda s: database_counts(s), success=results.append).run_in_background()
        qtbot.waitUntil(lambda: bool(boxes), timeout=int((PG_STALL_CHECK_S + PG_PROBE_TIMEOUT_S + 6) * 1000))
        shown_after = boxes[0][0] - start
        stall_ms = beat.max_gap_ms
        qtbot.waitUntil(lambda: len(results) == 2, timeout=10_000)  # Thử lại ran the same op again
        beat.stop()
        print(f"paused server: box after {shown_after:.2f} s, longest GUI stall before it {stall_ms:.0f} ms")
        _, title, text, buttons = boxes[0]
        assert title == "Máy chủ không phản hồi" and buttons == ["Thử lại", "Hủy"]
        assert "không phản hồi" in text and "Thử lại" in text
        assert shown_after < PG_STALL_CHECK_S + PG_PROBE_TIMEOUT_S + 3
        assert stall_ms < 500
        assert results[1] == results[0] and len(boxes) == 1
    finally:
        paused_proxy.resume()
        db.close()


# -- the retry box's rules (any database: the driver's errors are raised by hand) ------------


def _lost_connection():
    import psycopg
    from sqlalchemy.exc import OperationalError

    return OperationalError(
        "COMMIT",
        {},
        psycopg.OperationalError("consuming input failed: server closed the connection unexpectedly"),
        connection_invalidated=True,
    )


@pytest.fixture
def retry_box(monkeypatch):
    """ui.errors.run_box answering the server box with the next of `answers` ('Thử lại',
    'Hủy', 'Đóng'); records (title, text, buttons)."""
    import ui.errors

    state = {"answers": [], "shown": []}

    def run_box(box):
        state["shown"].append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        wanted = state["answers"].pop(0)
        return next(b for b in box.buttons() if b.text() == wanted)

    monkeypatch.setattr(ui.errors, "run_box", run_box)
    return state


def test_a_write_lost_before_its_commit_is_offered_again_and_retried(db, retry_box, monkeypatch, qtbot):
    from PySide6.QtWidgets import QWidget

    from app.rules.person import UnitInput
    from app.services import org
    from ui.operations import UNITS, CollectionOp, change_hub

    parent = QWidget()
    qtbot.addWidget(parent)
    calls = {"n": 0}

    def op(session):
        calls["n"] += 1
        unit_id = org.create_unit(session, data=UnitInput("SNV", "Sở Nội vụ", "CO_QUAN"))
        if calls["n"] == 1:
            raise _lost_connection()  # lost before the commit: nothing was saved
        return unit_id

    saved: list[int] = []
    changes: list = []
    change_hub().changed.connect(changes.append)
    retry_box["answers"] = ["Thử lại"]
    CollectionOp(parent=parent, db=db, op=op, changes={UNITS}, success=saved.append).run_in_background()
    change_hub().changed.disconnect(changes.append)
    assert calls["n"] == 2 and len(saved) == 1 and len(changes) == 1
    title, text, buttons = retry_box["shown"][0]
    assert title == "Máy chủ không phản hồi" and buttons == ["Thử lại", "Hủy"]
    assert "không có gì thay đổi" in text
    with db.factory() as s:
        assert [u.code for u in org.list_units(s)] == ["SNV"]  # once, not twice


def test_a_write_lost_while_committing_is_not_retried_and_says_to_check(db, retry_box, monkeypatch, qtbot):
    from PySide6.QtWidgets import QWidget
    from sqlalchemy.orm import Session

    from app.rules.person import UnitInput
    from app.services import org
    from ui.operations import UNITS, CollectionOp

    parent = QWidget()
    qtbot.addWidget(parent)
    real_commit = Session.commit

    def commit_then_lose(self):
        real_commit(self)
        raise _lost_connection()  # the answer to COMMIT never came back

    monkeypatch.setattr(Session, "commit", commit_then_lose)
    calls = {"n": 0}
    failures: list = []

    def op(session):
        calls["n"] += 1
        return org.create_unit(session, data=UnitInput("SNV", "Sở Nội vụ", "CO_QUAN"))

    retry_box["answers"] = ["Đóng"]
    CollectionOp(parent=parent, db=db, op=op, changes={UNITS}).failure(failures.append).run_in_background()
    monkeypatch.setattr(Session, "commit", real_commit)
    assert calls["n"] == 1 and len(failures) == 1  # the screen's own failure path still hears of it
    _title, text, buttons = retry_box["shown"][0]
    assert buttons == ["Đóng"] and "kiểm tra lại trước khi làm lại" in text


def test_a_read_cancelled_in_the_box_reaches_the_screens_failure_path(db, retry_box, qtbot):
    from PySide6.QtWidgets import QWidget

    from app.errors import ServerUnavailable
    from ui.operations import QueryOp

    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list = []

    def op(session):
        raise _lost_connection()

    retry_box["answers"] = ["Hủy"]
    QueryOp(parent=parent, db=db, op=op).failure(failures.append).run_in_background()
    assert len(retry_box["shown"]) == 1
    assert len(failures) == 1 and isinstance(failures[0], ServerUnavailable)
