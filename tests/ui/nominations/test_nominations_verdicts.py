"""The nominations screen, issue 16: *Nhập đề nghị từ Excel…* through the import wizard,
the "Tóm tắt thành tích" edit field, marking a nomination under review, and the one-time
confirmation before the list is exported."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog, QWizard

from app.exports.nomination_template import write_nomination_template
from app.rules.eligibility import NOT_ELIGIBLE
from app.services import nomination
from tests.ui.nominations.test_nominations import round_db, screen  # noqa: F401  (fixtures)
from ui.nominations.hold_dialog import HoldDialog


def _list(path, persons):
    write_nomination_template(path)
    wb = load_workbook(path)
    for row in persons:
        wb["Cá nhân"].append(list(row))
    wb.save(path)
    return path


def _count(db, round_id) -> int:
    with db.factory() as s:
        return len(nomination.list_nominations(s, round_id=round_id))


def test_import_from_excel_through_the_wizard(qtbot, screen, round_db, tmp_path, monkeypatch):
    rid = round_db.ids["round"]
    good = _list(
        tmp_path / "Sở Nội vụ.xlsx",
        [
            ("CB001", "Nguyễn Thị Hoa", None, None, "Chiến sĩ thi đua cơ sở", "Sáng kiến số hóa", None),
            (None, "Trần Thị Bích", 1992, "Sở Tài chính", "LDTT", "Hoàn thành tốt nhiệm vụ", None),
        ],
    )
    bad = _list(
        tmp_path / "lỗi.xlsx",
        [
            ("CB001", "Nguyễn Thị Hoa", None, None, "LDTT", None, None),
            (None, "Người Không Có", None, None, "LDTT", None, None),
        ],
    )
    seen = []

    def run(wizard_path):
        def make():
            w = type(screen).make_import_wizard(screen)
            qtbot.addWidget(w)
            w.choose_page.path_edit.setText(str(wizard_path))
            seen.append(w)
            return w

        return make

    def exec_wizard(w):
        w.show()
        w.next()
        if w.button(QWizard.WizardButton.CommitButton).isEnabled():
            w.next()
        return 1

    monkeypatch.setattr(screen, "make_import_wizard", run(bad))
    monkeypatch.setattr(QWizard, "exec", exec_wizard)
    assert screen.import_button.isEnabled()
    screen.import_button.click()
    page = seen[-1].preview_page
    assert not page.only_valid.isVisible() and not seen[-1].imported
    issues = [page.issues_model.row_values(i) for i in range(page.issues_model.rowCount())]
    assert issues[0][:3] == ("Cá nhân", 3, "Họ và tên") and "không tìm thấy cán bộ «Người Không Có»" in issues[0][3]
    assert "nhập tất cả hoặc không" in page.message.text()
    assert _count(round_db, rid) == 0
    monkeypatch.setattr(screen, "make_import_wizard", run(good))
    screen.import_button.click()
    assert seen[-1].imported and "Đã nhập 2 đề nghị" in seen[-1].result_page.summary.text()
    qtbot.waitUntil(lambda: len(screen.model.rows) == 2)
    hoa = next(r for r in screen.model.rows if r.name == "Nguyễn Thị Hoa")
    assert hoa.verdict_status  # re-checked after the import
    screen.select_ids([hoa.id])
    assert screen.achievement_edit.toPlainText() == "Sáng kiến số hóa"
    screen.grab().save(str(tmp_path / "nominations.png"))


def test_achievement_field_saves(qtbot, screen, round_db):
    rid = round_db.ids["round"]
    screen.add(award_code="LDTT", person_ids=[round_db.ids["CB002"]])
    qtbot.waitUntil(lambda: len(screen.model.rows) == 1)
    screen.select_ids([screen.model.rows[0].id])
    assert screen.achievement_edit.isEnabled() and not screen.save_achievement_button.isEnabled()
    screen.achievement_edit.setFocus()
    qtbot.keyClicks(screen.achievement_edit, "Ho")  # QTest types ASCII; the rest as an input method commits it
    screen.achievement_edit.insertPlainText("àn thành xuất sắc nhiệm vụ được giao")
    assert screen.save_achievement_button.isEnabled()
    screen.save_achievement_button.click()
    with round_db.factory() as s:
        assert nomination.list_nominations(s, round_id=rid)[0].achievement == "Hoàn thành xuất sắc nhiệm vụ được giao"
    assert "Đã lưu tóm tắt thành tích" in screen.message_label.text()


def test_mark_under_review_blocks_and_export_asks_once(qtbot, screen, round_db, monkeypatch, message_boxes, tmp_path):
    rid = round_db.ids["round"]
    screen.add(award_code="LDTT", person_ids=[round_db.ids["CB002"]])
    qtbot.waitUntil(lambda: len(screen.model.rows) == 1)
    screen.select_ids([screen.model.rows[0].id])
    dialogs = []

    def fake_exec(self):
        qtbot.addWidget(self)
        dialogs.append(self)
        self.kinds.setCurrentIndex(self.kinds.findData("KY_LUAT"))
        self._on_ok()  # no note: refused inline
        assert self.result() != QDialog.DialogCode.Accepted and self.error.isVisibleTo(self)
        qtbot.keyClicks(self.note_edit, "T")
        self.note_edit.insert("ờ trình kỷ luật số 3/TTr ngày 01/12/2026")
        self._on_ok()
        return self.result()

    monkeypatch.setattr(HoldDialog, "exec", fake_exec)
    screen.hold_button.click()
    qtbot.waitUntil(lambda: screen.model.rows and screen.model.rows[0].verdict_status == NOT_ELIGIBLE)
    assert "đang bị xem xét kỷ luật (Tờ trình kỷ luật số 3/TTr ngày 01/12/2026)" in screen.model.rows[0].verdict_text
    out = tmp_path / "ds.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))
    from ui.nominations.nominations_screen import ExportOptionsDialog

    def every_nomination(self):  # the draft under review is not "sendable": list everything shown
        self.everything.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", every_nomination)
    screen.export_button.click()
    qtbot.waitUntil(out.exists)
    asked = [t for k, _title, t in message_boxes.calls if k == "question" and "Xác nhận: ngoài 1 đề nghị" in t]
    assert len(asked) == 1
    out.unlink()
    screen.export_button.click()
    qtbot.waitUntil(out.exists)
    assert len([t for k, _t, t in message_boxes.calls if k == "question" and "Xác nhận" in t]) == 1  # once
    with round_db.factory() as s:
        assert nomination.review_confirmation(s, round_id=rid)[0] is not None


def test_declining_the_confirmation_exports_nothing(qtbot, screen, round_db, monkeypatch, message_boxes, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    screen.add(award_code="LDTT", person_ids=[round_db.ids["CB002"]])
    qtbot.waitUntil(lambda: len(screen.model.rows) == 1)
    message_boxes.answer = QMessageBox.StandardButton.No
    called = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: called.append(1) or ("", ""))
    screen.export_button.click()
    assert called == []
    with round_db.factory() as s:
        assert nomination.review_confirmation(s, round_id=round_db.ids["round"]) == (None, "")
