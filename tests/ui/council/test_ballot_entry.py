"""The sheet entry screen driven from the keyboard (pytest-qt key clicks)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.rules.tally import Sheet
from app.services import ballot as bs
from tests.app.services.test_ballot import make_world


@pytest.fixture
def ballot_db(db):
    with db.factory() as s:
        world = make_world(s, members=10, candidates=20)
        world["ballot"] = bs.create_ballot(s, meeting_id=world["meeting"], award_code="CSTDCS")
        s.commit()
    db.world = world
    return db


def entry_widget(qtbot, db, entry="A"):
    from ui.council.sheet_entry import SheetEntryWidget

    w = SheetEntryWidget(db, db.world["ballot"], entry)
    qtbot.addWidget(w)
    w.resize(900, 560)
    w.show()
    qtbot.waitExposed(w)
    w.input.setFocus()
    return w


def sheets(db, entry="A"):
    with db.factory() as s:
        return bs.entry_state(s, ballot_id=db.world["ballot"], entry=entry).sheets


def test_type_numbers_enter_commits_and_moves_on(qtbot, ballot_db, qtmodeltester):
    w = entry_widget(qtbot, ballot_db)
    assert "Phiếu số 1" in w.number_label.text() and "LƯỢT NHẬP A" in w.pass_label.text()
    qtbot.keyClicks(w.input, "3 17")
    qtbot.keyClick(w.input, Qt.Key.Key_Return)
    assert w.input.text() == "" and "Phiếu số 2" in w.number_label.text()
    qtbot.keyClicks(w.input, "3,5")
    qtbot.keyClick(w.input, Qt.Key.Key_Enter)
    qtbot.keyClick(w.input, Qt.Key.Key_Return)  # a sheet striking nobody
    qtbot.keyClicks(w.input, "v 2")
    qtbot.keyClick(w.input, Qt.Key.Key_Return)
    qtbot.keyClick(w.input, Qt.Key.Key_F4)
    assert w.kind == "invalid"
    qtbot.keyClick(w.input, Qt.Key.Key_Return)
    assert w.kind == "ballot"
    assert sheets(ballot_db) == (
        Sheet(1, "ballot", frozenset({3, 17})),
        Sheet(2, "ballot", frozenset({3, 5})),
        Sheet(3, "ballot"),
        Sheet(4, "written", frozenset({2})),
        Sheet(5, "invalid"),
    )
    assert w.counts_label.text() == "Đã nhập 5/10 phiếu: 3 phiếu bầu, 1 ý kiến bằng văn bản, 1 không hợp lệ"
    assert w.model.rowCount() == 5 and w.model.row_values(0) == (1, "Phiếu bầu", "3 17")
    qtmodeltester.check(w.model)


def test_invalid_number_keeps_the_text_and_says_why(qtbot, ballot_db):
    w = entry_widget(qtbot, ballot_db)
    qtbot.keyClicks(w.input, "3 21")
    qtbot.keyClick(w.input, Qt.Key.Key_Return)
    assert w.input.text() == "3 21"
    assert "số 21 không có trong danh sách (1–20)" in w.error.text() and w.input.property("invalid")
    assert sheets(ballot_db) == ()
    qtbot.keyClick(w.input, Qt.Key.Key_Backspace)
    assert not w.error.text()
    qtbot.keyClick(w.input, Qt.Key.Key_Return)
    assert sheets(ballot_db) == (Sheet(1, "ballot", frozenset({2, 3})),)


def test_ctrl_z_undoes_the_last_sheet(qtbot, ballot_db):
    w = entry_widget(qtbot, ballot_db)
    for text in ("1", "2", "4 5"):
        qtbot.keyClicks(w.input, text)
        qtbot.keyClick(w.input, Qt.Key.Key_Return)
    qtbot.keyClick(w.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.number for s in sheets(ballot_db)] == [1, 2]
    assert "Đã xóa phiếu số 3" in w.error.text() and "Phiếu số 3" in w.number_label.text()
    qtbot.keyClicks(w.input, "6")
    qtbot.keyClick(w.input, Qt.Key.Key_Return)
    assert sheets(ballot_db)[-1] == Sheet(3, "ballot", frozenset({6}))


def test_passes_are_independent(qtbot, ballot_db):
    a = entry_widget(qtbot, ballot_db, "A")
    qtbot.keyClicks(a.input, "7")
    qtbot.keyClick(a.input, Qt.Key.Key_Return)
    b = entry_widget(qtbot, ballot_db, "B")
    assert b.model.rowCount() == 0 and "Phiếu số 1" in b.number_label.text() and "LƯỢT NHẬP B" in b.pass_label.text()
    qtbot.keyClicks(b.input, "8")
    qtbot.keyClick(b.input, Qt.Key.Key_Return)
    assert sheets(ballot_db, "A") == (Sheet(1, "ballot", frozenset({7})),)
    assert sheets(ballot_db, "B") == (Sheet(1, "ballot", frozenset({8})),)
