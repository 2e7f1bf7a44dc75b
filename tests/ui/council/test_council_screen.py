"""The council screen: members, attendance and quorum, ballots, the double-entry mismatch
view, sealing and reopening with a reason, exports through workers."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from app.services import ballot as bs
from app.services import nomination as nom
from tests.app.services.test_ballot import make_world


@pytest.fixture
def council_db(db):
    with db.factory() as s:
        db.world = make_world(s, members=10, candidates=5)
    return db


@pytest.fixture
def screen(qtbot, council_db):
    from ui.council.council_screen import CouncilScreen

    w = CouncilScreen(council_db)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    return w


def type_sheets(qtbot, widget, lines):
    for text in lines:
        qtbot.keyClicks(widget.input, text)
        qtbot.keyClick(widget.input, Qt.Key.Key_Return)


def test_members_and_meeting_attendance_quorum(qtbot, screen, council_db, qtmodeltester):
    members, meeting = screen.members_tab, screen.meeting_tab
    assert members.members_model.rowCount() == 10
    assert members.members_model.row_values(0)[:2] == ("Hoàng Văn Chủ", "Chủ tịch")
    qtmodeltester.check(members.members_model)
    assert screen.meeting_id == council_db.world["meeting"]
    assert "Đủ số lượng: có mặt 10/10" in meeting.quorum_label.text()
    for row in range(4):
        meeting.attendance_table.cellWidget(row, 2).setCurrentIndex(2)  # Vắng
    assert "CHƯA ĐỦ SỐ LƯỢNG: có mặt 6/10 thành viên, cần ít nhất 7" in meeting.quorum_label.text()
    assert meeting.head_combo.count() == 6


def test_committee_needs_present_members(qtbot, screen):
    meeting = screen.meeting_tab
    meeting.head_combo.setCurrentIndex(0)
    meeting.save_committee()
    assert "ít nhất một thành viên" in meeting.committee_error.text()
    meeting.committee_list.item(1).setCheckState(Qt.CheckState.Checked)
    meeting.save_committee()
    assert not meeting.committee_error.isVisible()
    roles = {a.full_name: a.committee_role for a in meeting.attendance}
    assert roles[meeting.head_combo.currentText()] == "HEAD" and list(roles.values()).count("MEMBER") == 1


def test_mismatch_view_blocks_seal_until_corrected_then_seal_and_reopen(
    qtbot, screen, council_db, message_boxes, monkeypatch
):
    screen = screen.ballots_tab
    screen.create_ballot("CSTDCS")
    bid = screen.current_ballot().id
    assert screen.current_ballot().id == bid
    a = screen.open_entry("A")
    type_sheets(qtbot, a, ["1", "2 3", "", "4"])
    a.finish()
    b = screen.open_entry("B")
    assert b.model.rowCount() == 0  # clerk B never sees pass A
    type_sheets(qtbot, b, ["1", "2 5", ""])
    b.finish()
    view = screen.open_compare()
    assert "khác nhau ở 2 phiếu" in view.summary.text()
    assert [view.model.row_values(i) for i in range(2)] == [
        (2, "phiếu bầu, gạch 2 3", "phiếu bầu, gạch 2 5"),
        (4, "phiếu bầu, gạch 4", "(không có)"),
    ]
    # The seal is refused while they differ.
    screen.seal()
    assert not screen.current_ballot().sealed
    assert any("Hai lượt nhập chưa khớp" in t for t in message_boxes.texts("warning"))
    assert screen.detail is not view and "khác nhau ở 2 phiếu" in screen.detail.summary.text()  # shown again
    view = screen.detail
    view.table.selectRow(0)
    view.keep("A")
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    view.correct_edit.setText("4")
    view.apply_correction()
    assert "khớp nhau (4 phiếu)" in view.summary.text()
    screen.seal()
    row = screen.current_ballot()
    assert row.sealed and len(row.seal_hash) == 64 and row.seal_hash in screen.seal_label.text()
    assert not screen.seal_button.isEnabled() and screen.reopen_button.isEnabled()
    with council_db.factory() as s:
        statuses = {n.status for n in nom.list_nominations(s, round_id=council_db.world["round"])}
    assert statuses == {"REJECTED"}  # 4 sheets of 10 members: nobody reaches 80 %
    # The entry screen of a sealed ballot refuses input.
    entry = screen.open_entry("A")
    assert not entry.input.isEnabled()
    # Reopen: an empty reason is refused, a reason is logged.
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("   ", True))
    screen.reopen()
    assert screen.current_ballot().sealed
    assert any("phải ghi lý do" in t for t in message_boxes.texts("warning"))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Nhập thiếu 6 phiếu", True))
    screen.reopen()
    assert not screen.current_ballot().sealed and screen.seal_button.isEnabled()
    with council_db.factory() as s:
        events = bs.ballot_events(s, ballot_id=bid)
    assert [e.action for e in events] == ["SEAL", "REOPEN"] and events[1].reason == "Nhập thiếu 6 phiếu"
    assert events[1].seal_hash == row.seal_hash


def test_tie_with_chair_decision(qtbot, screen, council_db, monkeypatch):
    screen = screen.ballots_tab
    screen.create_ballot("CSTDCS", quota=1)
    bid = screen.current_ballot().id
    with council_db.factory.begin() as s:
        for entry in "AB":
            for _ in range(10):
                bs.add_sheet(s, ballot_id=bid, entry=entry, struck=[3, 4, 5])
            bs.finish_entry(s, ballot_id=bid, entry=entry)
    screen.reload_ballots()
    answers = iter([("2", True), ("Thành tích nổi bật hơn", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    screen.seal()
    with council_db.factory() as s:
        result = bs.sealed_result(s, ballot_id=bid)
    assert [c.number for c in result.passed] == [2] and result.candidates[1].by_decision


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_exports_run_in_workers(qtbot, screen, council_db, tmp_path, message_boxes):
    meeting, screen = screen.meeting_tab, screen.ballots_tab
    from tests.app.exports.test_ballot_papers import pdf_pages

    screen.create_ballot("CSTDCS")
    bid = screen.current_ballot().id
    screen.export_papers(str(tmp_path / "phieu.pdf"))
    assert len(pdf_pages(tmp_path / "phieu.pdf")) == 12
    with council_db.factory.begin() as s:
        for entry in "AB":
            for i in range(1, 11):
                bs.add_sheet(s, ballot_id=bid, entry=entry, struck=[1] if i == 1 else [])
            bs.finish_entry(s, ballot_id=bid, entry=entry)
    screen.reload_ballots()
    screen.seal()
    assert screen.current_ballot().sealed
    screen.export_tally_minutes(str(tmp_path / "bb.pdf"))
    screen.export_results(str(tmp_path / "kq.xlsx"))
    meeting.export_meeting_minutes(str(tmp_path / "hop.pdf"))
    assert "BIÊN BẢN KIỂM PHIẾU" in pdf_pages(tmp_path / "bb.pdf")[0]
    assert (tmp_path / "kq.xlsx").stat().st_size > 0 and (tmp_path / "hop.pdf").stat().st_size > 0
    assert screen.tally_word_button.isEnabled() and meeting.meeting_minutes_word_button.isEnabled()
    screen.export_tally_minutes_word(str(tmp_path / "bb.docx"))
    meeting.export_meeting_minutes_word(str(tmp_path / "hop.docx"))
    import docx

    assert any(p.text == "BIÊN BẢN KIỂM PHIẾU" for p in docx.Document(str(tmp_path / "bb.docx")).paragraphs)
    assert any(p.text == "BIÊN BẢN" for p in docx.Document(str(tmp_path / "hop.docx")).paragraphs)


def test_screen_is_in_the_main_window(qtbot, main_window):
    assert "council" in main_window.SCREENS
    main_window.show_screen("council")
    assert main_window.current_screen() == "council"


def test_a_write_elsewhere_refreshes_the_screen_when_next_shown(qtbot, screen, council_db):
    """Another screen adds a round through the operation idiom: the hidden council screen
    reloads when shown again; its own writes reload only what they changed."""
    from PySide6.QtWidgets import QWidget

    from app.services import movement
    from ui.operations import ROUNDS, CollectionOp

    before = screen.round_combo.count()
    other = QWidget()  # stands for the rounds screen
    qtbot.addWidget(other)
    screen.hide()
    CollectionOp(
        parent=other,
        db=council_db,
        changes={ROUNDS},
        op=lambda s: movement.create_round(s, name="Đợt xét bổ sung", year=2025, review_date=dt.date(2025, 6, 1)),
    ).run_in_background()
    assert screen.round_combo.count() == before  # hidden: not yet
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.round_combo.count() == before + 1
    assert screen.round_combo.findText("Đợt xét bổ sung") >= 0


def test_sealing_elsewhere_refreshes_a_shown_ballot_list(qtbot, council_db, screen):
    """Two clerks' windows on one database: sealing in one shows as sealed in the other."""
    from ui.council.council_screen import CouncilScreen

    other = CouncilScreen(council_db)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    ballots = screen.ballots_tab
    ballots.create_ballot("CSTDCS")
    bid = ballots.current_ballot().id
    assert [b.id for b in other.ballots_tab.ballots] == [bid]  # the ballot written here is listed there
    with council_db.factory.begin() as s:
        for entry in "AB":
            for _ in range(10):
                bs.add_sheet(s, ballot_id=bid, entry=entry, struck=[])
            bs.finish_entry(s, ballot_id=bid, entry=entry)
    ballots.reload_ballots()
    ballots.seal()
    assert other.ballots_tab.current_ballot().sealed and "Mã niêm phong" in other.ballots_tab.seal_label.text()


def test_papers_through_the_export_flow_propose_the_ballots_own_name(
    qtbot, screen, council_db, tmp_path, message_boxes, monkeypatch
):
    from ui import export_flow

    asked = []

    def dialog(parent, title, start, filters):
        asked.append((title, start, filters))
        return str(tmp_path / "giấy.pdf"), filters

    monkeypatch.setattr(export_flow, "ask_save_file_name", dialog)
    ballots = screen.ballots_tab
    ballots.create_ballot("CSTDCS")
    ballots.papers_button.click()
    title, start, filters = asked[-1]
    assert title == "Lưu phiếu bầu" and "PDF" in filters
    name = Path(start).name
    assert name.startswith("Phiếu bầu - ") and "vòng 1" in name and name.endswith(f"{dt.date.today():%d-%m-%Y}.pdf")
    assert (tmp_path / "giấy.pdf").stat().st_size > 0
    assert any(kind == "saved" for kind, _t, _x in message_boxes.calls)
    with council_db.factory() as s:
        from app.services import audit

        assert any(e.action == "EXPORT" for e in audit.list_entries(s, table="ballot"))


def test_sealing_with_real_worker_threads(qtbot, screen, council_db, monkeypatch):
    """Off the harness's inline workers: the tally is read and the seal written on pool
    threads; the screen shows the result when they are done."""
    from ui.workers import Worker

    ballots = screen.ballots_tab
    ballots.create_ballot("CSTDCS")
    bid = ballots.current_ballot().id
    with council_db.factory.begin() as s:
        for entry in "AB":
            for _ in range(10):
                bs.add_sheet(s, ballot_id=bid, entry=entry, struck=[2])
            bs.finish_entry(s, ballot_id=bid, entry=entry)
    ballots.reload_ballots()
    monkeypatch.setattr(Worker, "inline", False)
    ballots.seal()
    assert not ballots.current_ballot().sealed  # returned at once: the work runs on a pool thread
    qtbot.waitUntil(lambda: ballots.current_ballot() is not None and ballots.current_ballot().sealed, timeout=20_000)
    qtbot.waitUntil(lambda: "Mã niêm phong" in ballots.seal_label.text(), timeout=20_000)
    with council_db.factory() as s:
        statuses = {n.status for n in nom.list_nominations(s, round_id=council_db.world["round"])}
    assert statuses == {"APPROVED", "REJECTED"}
