"""The English interface shows English errors, reasons, to-dos and numbers (issue 18, item 3):
a bad staff import read through the import wizard with the English translator installed."""

from __future__ import annotations

import datetime as _dt
import os
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QWizard

from app import messages
from app.errors import BadInput, ValidationFailed
from app.messages import Msg
from tests.ui.dashboard import test_dashboard
from tests.ui.test_import_wizard import BAD_ROW, GOOD_PEOPLE, NEW_UNIT, write_staff_file
from ui import errors, i18n
from ui.import_wizard import ImportWizard
from ui.widgets import format_amount, format_decimal


@pytest.fixture
def english(app):
    assert i18n.install_language(app, "en")
    yield
    i18n.install_language(app, "vi")


@pytest.fixture
def round_db(org_db):
    return test_dashboard.round_db.__wrapped__(org_db)


@pytest.fixture
def wizard(qtbot, org_db, english):
    w = ImportWizard(org_db)
    qtbot.addWidget(w)
    w.show()
    return w


def _issues(page) -> list[tuple]:
    return [page.issues_model.row_values(i) for i in range(page.issues_model.rowCount())]


def test_bad_staff_import_is_reported_in_english(qtbot, wizard, tmp_path):
    path = write_staff_file(tmp_path / "bad.xlsx", [*GOOD_PEOPLE, BAD_ROW], NEW_UNIT)
    wizard.choose_page.path_edit.setText(str(path))
    wizard.next()
    page = wizard.preview_page
    issues = {(sheet, row, column): reason for sheet, row, column, reason in _issues(page)}
    # the sheet and column names are the file's own (Vietnamese); the reasons are English
    assert issues[("Cán bộ", 4, "Giới tính")] == "'X' is invalid; it must be Nam (male) or Nữ (female)"
    assert issues[("Cán bộ", 4, "Ngày sinh")] == "date of birth in the future"
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    page.only_valid.setChecked(True)
    wizard.next()
    summary = wizard.result_page.summary.text()
    assert summary.startswith("Imported: 1 units added, 0 units updated, 2 staff added, 0 staff updated")
    assert summary.endswith("1 bad rows skipped.")
    if os.environ.get("TDKT_SCREENSHOTS"):
        page.grab().save(os.environ["TDKT_SCREENSHOTS"] + "/errors_english_preview.png")


def test_unreadable_staff_file_is_explained_in_english(qtbot, wizard, tmp_path):
    path = tmp_path / "not excel.xlsx"
    path.write_text("hello", encoding="utf-8")
    wizard.choose_page.path_edit.setText(str(path))
    wizard.next()
    text = wizard.preview_page.message.text()
    assert text == "The file not excel.xlsx is not an Excel file (.xlsx) or is damaged."


def test_a_code_taken_between_preview_and_import_is_refused_in_english(qtbot, wizard, org_db, tmp_path):
    from app.rules.person import PersonInput
    from app.services import org

    path = write_staff_file(tmp_path / "good.xlsx", GOOD_PEOPLE, NEW_UNIT)
    wizard.choose_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    with org_db.factory.begin() as s:  # another clerk saves CB201 meanwhile
        org.create_person(
            s,
            data=PersonInput(
                code="CB201", full_name="Người Khác", gender="F", unit_id=org_db.ids["STC"], birth_year=1990
            ),
        )
    wizard.next()
    summary = wizard.result_page.summary.text()
    # the import checks the file again, finds CB201 taken and refuses the whole file
    assert summary.splitlines() == [
        (
            "The file has 1 errors in 1 rows; nothing was imported. Correct the file and import again, or choose to "
            "import only the valid rows."
        ),
        "Nothing was written.",  # the wizard's own line, from the .ts file
    ]


def test_error_box_and_inline_reasons_in_english(english, message_boxes):
    errors.show_error(None, BadInput("output.is_folder", shown="/tmp/out"))
    assert message_boxes.calls[-1][2] == "/tmp/out is a folder; choose the name of the file to write."
    assert message_boxes.calls[-1][1] != "Không thực hiện được"
    exc = ValidationFailed({"gender": Msg("reason.gender"), "code": Msg("reason.required")})
    assert exc.fields["gender"] == "must be Nam (male) or Nữ (female)"  # raised under English
    assert errors.inline_text(exc) == "Must be Nam (male) or Nữ (female); must not be empty."


def test_error_box_stays_vietnamese_in_the_vietnamese_interface(message_boxes):
    errors.show_error(None, BadInput("output.is_folder", shown="/tmp/out"))
    assert message_boxes.calls[-1][2] == "/tmp/out là một thư mục; hãy chọn tên tệp cần ghi."


def test_reasons_todos_and_numbers_follow_the_interface_language(english):
    from app.rules.eligibility import Reason
    from app.rules.reasons import reason_text

    reason = Reason("STREAK_SHORT", (("award", "CSTDCS"), ("need", 3), ("have", (2023, 2024)), ("year", 2025)))
    assert reason_text(reason) == "Fewer than 3 consecutive years as CSTĐCS (found: 2023, 2024)"
    assert reason_text(reason, lang="vi") == "Chưa đủ 3 năm liên tục đạt CSTĐCS (có: 2023, 2024)"
    assert messages.format_message("todo.drafts_soon", {"deadline": _dt.date(2026, 3, 9), "days": 4, "count": 12}) == (
        "Submission deadline 09/03/2026 (4 days left): 12 nominations are still drafts"
    )
    assert format_decimal(Decimal("-1.50")) == "-1.5"
    from app.rules.reasons import percent

    assert (percent(2, 3), percent(2, 3, "vi")) == ("66.67%", "66,67%")  # rule-set screens; documents stay vi
    assert format_amount(2340000) == "2,340,000"
    assert i18n.fmt_int(5500) == "5,500"


def test_numbers_in_the_vietnamese_interface():
    assert format_decimal(Decimal("-1.50")) == "-1,5"
    assert format_amount(2340000) == "2.340.000"
    assert messages.current_language() == "vi"


def test_dashboard_todos_in_english(qtbot, english, round_db):
    from ui.dashboard.dashboard_screen import DashboardScreen

    screen = DashboardScreen(round_db, today=_dt.date(2026, 1, 10))
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    qtbot.waitUntil(lambda: screen.summary is not None)
    texts = [screen.warnings.item(i).text() for i in range(screen.warnings.count())]
    assert "3 nominations are still drafts, past the submission deadline 05/01/2026" in texts
    assert "3 nominations have no eligibility check yet (run the check again)" in texts
    from ui.dashboard.chart import _fmt

    assert (_fmt(66.666, True), _fmt(12345, False)) == ("66.7%", "12,345")
    if os.environ.get("TDKT_SCREENSHOTS"):
        screen.grab().save(os.environ["TDKT_SCREENSHOTS"] + "/errors_english_dashboard.png")


def test_verdict_reasons_in_the_english_nominations_screen(qtbot, english, round_db):
    from app.services import nomination as nom
    from ui.nominations.nominations_screen import NominationsScreen

    with round_db.factory.begin() as s:
        nom.compute_verdicts(s, round_id=round_db.round_id)
    screen = NominationsScreen(round_db)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    qtbot.waitUntil(lambda: len(screen.model.rows) == 3)
    cstdcs = next(r for r in screen.model.rows if r.award_code == "CSTDCS")
    screen.select_ids([cstdcs.id])
    text = screen.reasons_view.toPlainText()
    assert text.startswith("• ") and cstdcs.verdict_text
    viet = "ạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữự"
    assert not any(ch in text for ch in viet), text
    assert not any(ch in cstdcs.verdict_text for ch in viet)
    if os.environ.get("TDKT_SCREENSHOTS"):
        screen.grab().save(os.environ["TDKT_SCREENSHOTS"] + "/errors_english_nominations.png")
