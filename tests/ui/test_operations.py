"""The operation idiom (ui/operations.py): work off the GUI thread, results on it, errors
through ui/errors, one change signal after a committed write, superseded reads dropped."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from app.errors import BadInput
from app.rules.person import PersonInput
from app.services import org
from ui.operations import PEOPLE, UNITS, CollectionOp, QueryOp, change_hub
from ui.workers import Worker


@pytest.fixture
def threaded(monkeypatch):
    monkeypatch.setattr(Worker, "inline", False)


@pytest.fixture
def parent(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    return w


def test_a_read_runs_on_a_worker_and_delivers_on_the_gui_thread(qtbot, org_db, parent, threaded):
    gui = threading.get_ident()
    seen = {}

    def op(session):
        seen["op_thread"] = threading.get_ident()
        return org.search_people(session, query="nguyen").total

    def success(total):
        seen["success_thread"] = threading.get_ident()
        seen["total"] = total

    worker = QueryOp(parent=parent, db=org_db, op=op, success=success).run_in_background()
    qtbot.waitUntil(lambda: "total" in seen, timeout=10_000)
    assert not worker.running
    assert seen["op_thread"] != gui and seen["success_thread"] == gui
    assert seen["total"] == 3


def test_an_error_goes_to_the_error_dialog_or_the_failure_callback(qtbot, org_db, parent, message_boxes):
    def op(_session):
        raise BadInput(detail="Tệp «a.xlsx», dòng 3, cột Mã: trống.")

    QueryOp(parent=parent, db=org_db, op=op, success=lambda _r: pytest.fail("no success")).run_in_background()
    assert message_boxes.texts("warning") == ["Tệp «a.xlsx», dòng 3, cột Mã: trống."]
    caught = []
    QueryOp(parent=parent, db=org_db, op=op).failure(caught.append).run_in_background()
    assert isinstance(caught[0], BadInput) and len(message_boxes.calls) == 1


def test_a_write_commits_then_announces_what_changed(qtbot, org_db, parent):
    announced = []
    change_hub().changed.connect(announced.append)
    try:
        data = PersonInput(
            code="CB900", full_name="Phan Văn Mới", gender="M", unit_id=org_db.ids["SNV"], birth_year=1990
        )
        ids = []
        CollectionOp(
            parent=parent, db=org_db, changes={PEOPLE}, op=lambda s: org.create_person(s, data=data), success=ids.append
        ).run_in_background()
        with org_db.factory() as s:
            assert org.get_person(s, ids[0]).full_name == "Phan Văn Mới"  # committed
        assert len(announced) == 1
        assert announced[0].kinds == {PEOPLE} and announced[0].initiator is parent
        assert announced[0].touches(PEOPLE, UNITS) and not announced[0].touches(UNITS)
    finally:
        change_hub().changed.disconnect(announced.append)


def test_a_failed_write_rolls_back_and_announces_nothing(qtbot, org_db, parent, message_boxes):
    announced = []
    change_hub().changed.connect(announced.append)

    def op(s):
        org.create_person(
            s,
            data=PersonInput(
                code="CB901", full_name="Người Ghi Dở", gender="F", unit_id=org_db.ids["SNV"], birth_year=1991
            ),
        )
        raise BadInput(detail="Dừng giữa chừng.")

    try:
        CollectionOp(parent=parent, db=org_db, changes={PEOPLE}, op=op).run_in_background()
    finally:
        change_hub().changed.disconnect(announced.append)
    assert announced == [] and message_boxes.texts("warning") == ["Dừng giữa chừng."]
    with org_db.factory() as s:
        assert org.search_people(s, query="CB901").rows == []


def test_a_newer_read_with_the_same_key_supersedes_an_older_one(qtbot, org_db, parent, threaded):
    release = threading.Event()
    shown = []

    def slow(session):
        release.wait(10)
        return "old"

    first = QueryOp(parent=parent, db=org_db, op=slow, success=shown.append, key="search").run_in_background()
    second = QueryOp(
        parent=parent, db=org_db, op=lambda s: "new", success=shown.append, key="search"
    ).run_in_background()
    qtbot.waitUntil(lambda: not second.running, timeout=10_000)
    release.set()
    qtbot.waitUntil(lambda: not first.running, timeout=10_000)
    qtbot.wait(50)
    assert shown == ["new"]


def test_progress_shows_only_when_the_work_is_slow(qtbot, org_db, parent, threaded):
    release = threading.Event()
    done = []
    op = QueryOp(parent=parent, db=org_db, op=lambda s: release.wait(10), success=done.append)
    op.with_progress("Đang xếp hạng…")
    worker = op.run_in_background()
    qtbot.wait(200)
    assert op._dialog is None  # not yet: a quick action never flashes a dialog
    qtbot.waitUntil(lambda: op._dialog is not None, timeout=3_000)
    assert op._dialog.labelText() == "Đang xếp hạng…"
    release.set()
    qtbot.waitUntil(lambda: not worker.running, timeout=10_000)
    assert done == [True] and op._dialog is None
