"""One test per defect of issue 14 seen on the clerk's afternoon (fields, calibration,
council members, minutes, small points), each through real key events where typed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.services import movement
from tests.ui.keys import retype, type_text
from ui.widgets import (
    DateEdit,
    DateTimeEdit,
    DecimalEdit,
    DecimalSpinBox,
    FieldBox,
    local_time,
    parse_date,
    parse_datetime,
    parse_decimal,
)


# ---------------------------------------------------------------- one date field


@pytest.mark.parametrize("typed", ["16122026", "16/12/2026", "16-12-2026", "16.12.2026", "16 12 2026"])
def test_date_field_takes_every_way_of_typing(qtbot, typed):
    edit = DateEdit()
    qtbot.addWidget(edit)
    QTest.keyClicks(edit, typed)
    assert edit.value() == dt.date(2026, 12, 16) and edit.error() is None
    edit.editingFinished.emit()
    assert edit.text() == "16/12/2026"  # shown back the one way


def test_date_field_partial_input_never_raises_and_errors_inline(qtbot):
    edit = DateEdit()
    box = FieldBox(edit)
    qtbot.addWidget(box)
    seen = []
    edit.date_changed.connect(lambda: seen.append(edit.value()))  # a live handler, as the decision dialog has
    QTest.keyClicks(edit, "16/12/20")
    assert seen and all(v is None for v in seen)
    assert "ngày/tháng/năm" in edit.error()
    edit.editingFinished.emit()
    assert box.error.text() == edit.error() and edit.property("invalid")
    QTest.keyClicks(edit, "26")
    edit.editingFinished.emit()
    assert edit.value() == dt.date(2026, 12, 16) and box.error.isHidden()
    retype(edit, "31/02/2026")
    assert edit.error() == "ngày không có thật"
    with pytest.raises(ValueError):
        edit.date()


def test_date_field_calendar_pops_up_and_picks(qtbot):
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.set_date(dt.date(2026, 12, 7))
    QTest.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = edit._popup
    assert popup is not None and popup.isVisible() and popup.selectedDate().toPython() == dt.date(2026, 12, 7)
    from PySide6.QtWidgets import QTableView

    grid = popup.findChild(QTableView)  # where the keyboard is inside the calendar
    for _ in range(9):
        QTest.keyClick(grid, Qt.Key.Key_Right)
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert edit.value() == dt.date(2026, 12, 16) and not popup.isVisible()


def test_date_time_field(qtbot):
    edit = DateTimeEdit()
    qtbot.addWidget(edit)
    QTest.keyClicks(edit, "16122026 1430")
    assert edit.value() == dt.datetime(2026, 12, 16, 14, 30)
    retype(edit, "16/12/2026 8h05")
    assert edit.value() == dt.datetime(2026, 12, 16, 8, 5)
    retype(edit, "16-12-2026")
    assert edit.value() == dt.datetime(2026, 12, 16, 8, 0)  # the default time
    retype(edit, "16/12/2026 25:00")
    assert edit.value() is None and edit.error() == "giờ không có thật"
    with pytest.raises(ValueError):
        parse_datetime("16/12/2026", default_time=None)
    assert parse_date("") is None


def test_decision_dialog_typed_date(qtbot, db, monkeypatch):
    """Ctrl+A then 16/12/2026 in «Quyết định mới…»: the preview follows, no error box."""
    from ui import errors
    from ui.decisions.decisions_screen import DecisionDialog

    shown = []
    monkeypatch.setattr(errors, "show_unexpected", lambda parent, exc: shown.append(exc))
    dialog = DecisionDialog(db)
    qtbot.addWidget(dialog)
    retype(dialog.day, "16/12/2026")
    assert not shown
    assert dialog.day.value() == dt.date(2026, 12, 16)
    assert "ngày 16 tháng 12 năm 2026" in dialog.preview.text()
    assert "decision_date" not in dialog.check()
    retype(dialog.day, "16/1")
    assert not shown and "decision_date" in dialog.check()


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize("typed,value", [("-1,5", "-1.5"), ("-1.5", "-1.5"), ("148.5", "148.5"),
                                         ("148,5", "148.5"), (" 2 ", "2")])
def test_decimal_fields_take_comma_and_point(qtbot, typed, value):
    assert parse_decimal(typed) == Decimal(value)
    edit = DecimalEdit()
    qtbot.addWidget(edit)
    QTest.keyClicks(edit, typed)
    assert edit.value() == Decimal(value)


def test_decimal_field_questions_implausible_values(qtbot):
    edit = DecimalEdit(plausible=(Decimal(10), Decimal(30)), unit="mm")
    box = FieldBox(edit)
    qtbot.addWidget(box)
    QTest.keyClicks(edit, "215")
    edit.editingFinished.emit()
    assert "có đúng không" in box.error.text()
    retype(edit, "21,5")
    edit.editingFinished.emit()
    assert box.error.isHidden()
    retype(edit, "2l")
    assert edit.value() is None and "không phải là số" in edit.error()


def test_spin_box_takes_the_point_in_vietnamese(qtbot):
    from PySide6.QtCore import QLocale

    spin = DecimalSpinBox()
    spin.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    spin.setRange(-30, 500)
    spin.setDecimals(1)
    qtbot.addWidget(spin)
    retype(spin.lineEdit(), "-1.5")
    spin.interpretText()
    assert spin.value() == -1.5  # not −15
    retype(spin.lineEdit(), "148,5")
    spin.interpretText()
    assert spin.value() == 148.5


# ---------------------------------------------------------------- small points


def test_new_round_year_default():
    assert movement.default_round_year(dt.date(2026, 12, 7)) == 2026
    assert movement.default_round_year(dt.date(2027, 1, 15)) == 2026
    assert movement.default_round_year(dt.date(2026, 4, 1)) == 2026


def test_seal_time_shown_in_local_time(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    import time

    if hasattr(time, "tzset"):
        time.tzset()
    else:  # pragma: no cover - Windows has no tzset; the conversion itself is tested
        pytest.skip("no tzset")
    try:
        assert local_time(dt.datetime(2026, 12, 16, 2, 30)) == dt.datetime(2026, 12, 16, 9, 30)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_tally_minutes_close_at_the_meeting_not_at_the_pc():
    from app.services.ballot import _tally_closed_at

    start, end = dt.datetime(2026, 12, 16, 8, 0), dt.datetime(2026, 12, 16, 11, 30)
    assert _tally_closed_at(start, end, dt.datetime(2026, 12, 15, 16, 0)) == end
    assert _tally_closed_at(start, None, dt.datetime(2026, 12, 15, 16, 0)) == start  # sealed the day before
    assert _tally_closed_at(start, None, dt.datetime(2026, 12, 16, 10, 5)) == dt.datetime(2026, 12, 16, 10, 5)
    assert _tally_closed_at(start, None, dt.datetime(2026, 12, 16, 7, 0)) == start  # before it began


def test_template_editor_asks_before_dropping_changes(qtbot, db, message_boxes):
    from ui.printing.template_editor import BlankTemplateEditor

    editor = BlankTemplateEditor(db, "giay-khen")
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.is_dirty()
    editor.fields.setCurrentRow(0)
    retype(editor.spins["x"].lineEdit(), "12.5")
    editor.spins["x"].interpretText()
    assert editor.is_dirty() and editor.current_item().mm()[0] == 12.5
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    editor.reject()
    assert editor.isVisible()
    assert "chưa lưu" in message_boxes.texts("question")[-1]
    message_boxes.answer = QMessageBox.StandardButton.Save
    editor.reject()
    assert not editor.isVisible()
    again = BlankTemplateEditor(db, "giay-khen")
    qtbot.addWidget(again)
    again.fields.setCurrentRow(0)
    assert again.current_item().mm()[0] == 12.5 and not again.is_dirty()
