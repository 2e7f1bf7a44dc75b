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


@pytest.mark.parametrize(
    "typed,value", [("-1,5", "-1.5"), ("-1.5", "-1.5"), ("148.5", "148.5"), ("148,5", "148.5"), (" 2 ", "2")]
)
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


# ---------------------------------------------------------------- first-run setup


def test_first_run_wizard_stores_the_agency(qtbot, db, monkeypatch, message_boxes):
    from PySide6.QtWidgets import QWizard

    import ui.first_run as first_run
    from app.services import settings as settings_service

    assert first_run.needs_setup(db)
    wizard = first_run.FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the agency's name is required
    type_text(wizard.fields["agency_name"], "Sở Nội vụ tỉnh Bắc Ninh")
    type_text(wizard.fields["issuing_body"], "UBND TỈNH BẮC NINH")
    retype(wizard.fields["place_name"], "Bắc Ninh")
    assert "Bắc Ninh, ngày" in wizard.preview.text()
    QTest.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.signer_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    type_text(wizard.fields["signer_title"], "GIÁM ĐỐC")
    type_text(wizard.fields["signer_name"], "Nguyễn Văn An")
    QTest.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.saved and wizard.result() == QWizard.DialogCode.Accepted and not wizard.isVisible()
    with db.factory() as s:
        values = settings_service.get_settings(s)
    assert (values.agency_name, values.place_name, values.signer_name) == (
        "Sở Nội vụ tỉnh Bắc Ninh",
        "Bắc Ninh",
        "Nguyễn Văn An",
    )
    assert not first_run.needs_setup(db) and first_run.ensure_setup(None, db)


def test_no_document_before_setup(qtbot, db, monkeypatch, message_boxes):
    import ui.first_run as first_run

    asked = []
    monkeypatch.setattr(first_run, "run_wizard", lambda parent, d: asked.append(d) or False)  # «Để sau»
    assert not first_run.ensure_setup(None, db)
    assert asked and "tên cơ quan" in message_boxes.texts("information")[-1]


# ---------------------------------------------------------------- council members from the registry


def test_member_dialog_takes_a_person_or_an_outsider_with_a_unit(qtbot, db):
    from app.rules.person import PersonInput, UnitInput
    from app.services import council as council_service
    from app.services import org
    from ui.council.council_screen import MemberDialog

    with db.factory.begin() as s:
        agency = org.create_unit(s, data=UnitInput("SNV", "Sở Nội vụ", "CO_QUAN"))
        dept = org.create_unit(s, data=UnitInput("SNV-TC", "Phòng Tổ chức", "DON_VI", agency))
        hoa = org.create_person(s, data=PersonInput("CB001", "Nguyễn Thị Hoa", "F", dept, position="Trưởng phòng"))
        org.create_person(s, data=PersonInput("CB002", "Nguyễn Văn Hòa", "M", dept))
        council_id = council_service.create_council(s, name="Hội đồng TĐKT")
    dialog = MemberDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.staff_radio.isChecked()
    type_text(dialog.search, "hoa")
    dialog._run_search()
    assert dialog.results.count() == 2 and dialog.person_id is None
    retype(dialog.search, "thi hoa")
    dialog._run_search()
    assert dialog.results.count() == 1 and dialog.person_id == hoa  # the single result is selected
    assert dialog.name.text() == "Nguyễn Thị Hoa" and dialog.unit.unit_id() == dept
    assert "Trưởng phòng" in dialog.position.text()
    data = dialog.value()
    assert (data.person_id, data.unit_id) == (hoa, None)
    # an outsider: the unit from the tree is required
    outsider = MemberDialog(db)
    qtbot.addWidget(outsider)
    outsider.outsider_radio.setChecked(True)
    type_text(outsider.name, "Trần Văn Khách")
    outsider.unit.setEditText("")
    type_text(outsider.unit.lineEdit(), "không có đơn vị này")
    outsider._on_ok()
    assert "đơn vị" in outsider.error.text() and outsider.result() == 0
    outsider.unit.set_unit_id(agency)
    data = outsider.value()
    assert (data.person_id, data.unit_id, data.full_name) == (None, agency, "Trần Văn Khách")
    with db.factory.begin() as s:
        council_service.add_member(s, council_id=council_id, data=data)
        member = council_service.list_members(s, council_id=council_id)[0]
    assert member.unit_id == agency and member.person_id is None


def test_enter_after_choosing_a_file_goes_on(qtbot, db, tmp_path, monkeypatch):
    """The import wizard: after «Chọn tệp…», Enter means «Tiếp», not the file chooser again."""
    from PySide6.QtWidgets import QFileDialog

    from ui.import_wizard import ImportWizard

    path = tmp_path / "cán bộ.xlsx"
    path.write_bytes(b"not really a workbook")
    opened = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: opened.append(1) or (str(path), ""))
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    QTest.mouseClick(wizard.choose_page.browse_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and wizard.choose_page.path_edit.text() == str(path)
    assert not wizard.choose_page.browse_button.autoDefault()
    # Enter with the focus still on «Chọn tệp…» (where the click left it): the wizard goes on
    QTest.keyClick(wizard.choose_page.browse_button, Qt.Key.Key_Return)
    assert len(opened) == 1 and wizard.currentPage() is wizard.preview_page
