from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QWizard

from app.rules.person import STAFF_COLUMNS, STAFF_SHEET, UNIT_COLUMNS, UNIT_SHEET
from app.services import org
from ui.import_wizard import ACTION_ERROR, ImportWizard, save_staff_template
from ui.workers import Worker


def write_staff_file(path: Path, people: list[tuple], units: list[tuple] = ()) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = UNIT_SHEET
    ws.append([c.header for c in UNIT_COLUMNS])
    for u in units:
        ws.append(list(u))
    ws = wb.create_sheet(STAFF_SHEET)
    ws.append([c.header for c in STAFF_COLUMNS])
    for p in people:
        ws.append(list(p))
    wb.save(path)
    return path


GOOD_PEOPLE = [
    # code, name, gender, birth, ethnicity, position, leader, category, unit, from, to
    ("CB201", "Hoàng Minh Châu", "Nữ", "03/04/1988", "Kinh", "Chuyên viên", "", "", "STC-KH", "01/09/2012", ""),
    ("CB202", "Vũ Đức Thắng", "Nam", "1975", "Tày", "Trưởng phòng", "", "", "STC-KH", "", ""),
]
NEW_UNIT = [("STC-KH", "Phòng Kế hoạch", "Đơn vị (vụ, phòng)", "STC")]
BAD_ROW = ("CB203", "Lý Thị Mai", "X", "01/01/2999", "Kinh", "", "", "", "STC", "", "")


def count_people(db) -> int:
    with db.factory() as s:
        return org.search_people(s, include_inactive=True).total


def test_status_constant_matches_the_service():
    from app.services import staff_import

    assert ACTION_ERROR == staff_import.ACTION_ERROR


@pytest.fixture
def wizard(qtbot, org_db):
    w = ImportWizard(org_db)
    qtbot.addWidget(w)
    w.show()
    return w


def test_good_file_imports_and_reports(qtbot, wizard, org_db, tmp_path):
    path = write_staff_file(tmp_path / "tốt.xlsx", GOOD_PEOPLE, NEW_UNIT)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.choose_page.path_edit.setText(str(path))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    page = wizard.preview_page
    assert page.preview is not None
    assert page.counts.text().startswith("3 dòng hợp lệ, 0 dòng lỗi")
    assert page.rows_model.rowCount() == 3
    assert page.rows_model.row_values(1)[:3] == ("Cán bộ", 2, "CB201")
    assert page.rows_model.row_values(1)[5] == "Thêm mới"
    assert page.issues_model.rowCount() == 0
    assert not page.only_valid.isEnabled()
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Nhập"
    assert count_people(org_db) == 6  # the preview writes nothing
    wizard.next()
    assert wizard.result_page.done
    assert wizard.imported
    assert "1 đơn vị thêm mới" in wizard.result_page.summary.text()
    assert "2 cán bộ thêm mới" in wizard.result_page.summary.text()
    assert count_people(org_db) == 8


def test_bad_file_lists_issues_and_writes_nothing_unless_only_valid(qtbot, wizard, org_db, tmp_path):
    path = write_staff_file(tmp_path / "lỗi.xlsx", [*GOOD_PEOPLE, BAD_ROW], NEW_UNIT)
    wizard.choose_page.path_edit.setText(str(path))
    wizard.next()
    page = wizard.preview_page
    assert page.counts.text().startswith("3 dòng hợp lệ, 1 dòng lỗi")
    issues = [page.issues_model.row_values(i) for i in range(page.issues_model.rowCount())]
    assert ("Cán bộ", 4, "Giới tính") in [i[:3] for i in issues]
    assert ("Cán bộ", 4, "Ngày sinh") in [i[:3] for i in issues]
    assert any("tương lai" in i[3] for i in issues)
    bad = [
        page.rows_model.row_values(i)
        for i in range(page.rows_model.rowCount())
        if page.rows_model.row_values(i)[5] == "Lỗi"
    ]
    assert [b[2] for b in bad] == ["CB203"]
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()
    assert "không ghi gì" in page.message.text()
    assert page.only_valid.isEnabled()
    page.only_valid.setChecked(True)
    assert commit.isEnabled()
    assert count_people(org_db) == 6
    wizard.next()
    assert "bỏ qua 1 dòng lỗi" in wizard.result_page.summary.text()
    with org_db.factory() as s:
        codes = {r.code for r in org.search_people(s, include_inactive=True).rows}
    assert {"CB201", "CB202"} <= codes and "CB203" not in codes


def test_unreadable_file_is_explained_on_the_page(qtbot, wizard, tmp_path):
    path = tmp_path / "không phải excel.xlsx"
    path.write_text("hello", encoding="utf-8")
    wizard.choose_page.path_edit.setText(str(path))
    wizard.next()
    page = wizard.preview_page
    assert "không phải tệp Excel" in page.message.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_preview_in_a_real_worker_thread(qtbot, wizard, tmp_path, monkeypatch):
    monkeypatch.setattr(Worker, "inline", False)
    path = write_staff_file(tmp_path / "tốt.xlsx", GOOD_PEOPLE, NEW_UNIT)
    wizard.choose_page.path_edit.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.preview is not None, timeout=15_000)
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_save_template(qtbot, tmp_path, monkeypatch, message_boxes):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "Tài liệu" / "mẫu"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    written = save_staff_template(None)
    assert written == target.with_suffix(".xlsx")
    assert written.exists()
    assert "Đã lưu tệp mẫu" in message_boxes.texts("saved")[0]
