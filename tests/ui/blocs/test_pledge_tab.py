"""PledgeTab: a draft for a year without a pledge, editing and saving, inline validation,
the "Đã ký" mark stored at once, copying from last year, unsaved-changes questions, and
the PDF export through a worker."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services import bloc as bloc_svc
from app.services import pledge as svc
from app.services.pledge import SignatoryInput
from ui.blocs.pledge_tab import PledgeTab, SignatoryTableModel

AGENCIES = [
    "Văn phòng Trung ương Đảng",
    "Ban Tổ chức Trung ương",
    "Ban Dân vận Trung ương",
    "Học viện Chính trị quốc gia Hồ Chí Minh",
]
YEAR = dt.date.today().year


@pytest.fixture
def bloc_db(db):
    with db.factory.begin() as s:
        bloc = bloc_svc.create_bloc(s, name="Khối thi đua các cơ quan Đảng Trung ương")
        members = bloc_svc.add_members(s, bloc_id=bloc, names=AGENCIES)
        bloc_svc.set_leadership(s, bloc_id=bloc, year=YEAR, leader_id=members[3])
        other = bloc_svc.create_bloc(s, name="Cụm thi đua các sở, ngành", kind="CUM")
        bloc_svc.add_members(s, bloc_id=other, names=["Sở Nội vụ", "Sở Tài chính"])
    db.bloc, db.members, db.other = bloc, members, other
    return db


@pytest.fixture
def tab(qtbot, bloc_db):
    w = PledgeTab(bloc_db)
    qtbot.addWidget(w)
    w.resize(1100, 600)
    w.show()
    w.set_bloc(bloc_db.bloc)
    return w


def _stored(db, year=YEAR):
    with db.factory() as s:
        return svc.get_pledge(s, bloc_id=db.bloc, year=year)


def _edit(tab, row, col, value):
    model = tab.model
    role = Qt.ItemDataRole.CheckStateRole if col == SignatoryTableModel.SIGNED else Qt.ItemDataRole.EditRole
    assert model.setData(model.index(row, col), value, role)


def test_model_passes_modeltester(qtmodeltester, tab):
    qtmodeltester.check(tab.model)
    assert tab.model.headerData(3, Qt.Orientation.Horizontal) == "Đã ký"


def test_empty_year_shows_a_draft_and_save_stores_it(qtbot, tab, bloc_db):
    assert tab.year_spin.value() == YEAR
    assert tab.pledge.id is None and not tab.has_unsaved_changes()
    assert tab.title_edit.text() == f"Giao ước thi đua năm {YEAR}"
    assert tab.place_edit.text() == "Hà Nội"
    assert "chưa có giao ước" in tab.status_label.text()
    assert [tab.model.index(r, 0).data() for r in range(4)] == AGENCIES
    assert tab.model.index(3, SignatoryTableModel.TITLE).data() == "Khối trưởng"
    assert not tab.copy_button.isEnabled()  # nothing earlier to copy
    assert _stored(bloc_db) is None

    tab.title_edit.setText(f"Giao ước thi đua năm {YEAR} của Khối")
    tab.title_edit.textEdited.emit(tab.title_edit.text())
    tab.signed_on_edit.setText(f"20/01/{YEAR}")
    tab.content_edit.setPlainText("Các đơn vị thống nhất giao ước.\n1. Hoàn thành nhiệm vụ.")
    _edit(tab, 0, SignatoryTableModel.SIGNER, "  Lê   Minh Hưng ")
    _edit(tab, 0, SignatoryTableModel.TITLE, "Chánh Văn phòng")
    assert tab.has_unsaved_changes() and "chưa lưu" in tab.status_label.text()
    with qtbot.waitSignal(tab.pledge_changed):
        tab.save()
    assert not tab.has_unsaved_changes() and tab.status_label.text() == "Đã lưu."
    p = _stored(bloc_db)
    assert p.title == f"Giao ước thi đua năm {YEAR} của Khối" and p.signed_on == dt.date(YEAR, 1, 20)
    assert p.content == "Các đơn vị thống nhất giao ước.\n1. Hoàn thành nhiệm vụ."
    assert (p.signatories[0].signer_name, p.signatories[0].signer_title) == ("Lê Minh Hưng", "Chánh Văn phòng")
    assert str(YEAR) in tab.years_label.text()


def test_validation_is_shown_inline(tab, bloc_db):
    tab.title_edit.clear()
    tab.content_edit.setPlainText("   ")
    tab.save()
    assert tab.title_box.error.text() == "chưa nhập tiêu đề giao ước"
    assert tab.content_error.text() == "chưa nhập nội dung giao ước"
    assert tab.has_unsaved_changes()
    tab.title_edit.setText("Giao ước")
    tab.content_edit.setPlainText("Nội dung.")
    tab.signed_on_edit.setText("31/02/2020")
    tab.save()
    assert tab.signed_on_box.error.text() == "ngày không có thật"
    tab.signed_on_edit.setText("05/03/2020")
    tab.save()
    assert tab.signed_on_box.error.text().startswith("ngày ký phải trong năm")
    while tab.model.rowCount():
        tab.table.setCurrentIndex(tab.model.index(0, 0))
        tab.remove_selected_signatory()
    tab.signed_on_edit.clear()
    tab.save()
    assert tab.signatories_error.text() == "chưa có đơn vị thành viên nào ký giao ước"
    assert _stored(bloc_db) is None
    tab.add_missing_members()
    assert tab.model.rowCount() == 4
    tab.save()
    assert _stored(bloc_db) is not None
    assert tab.title_box.error.text() == "" and tab.signatories_error.isHidden()


def test_signed_mark_is_stored_at_once(qtbot, tab, bloc_db):
    tab.save()
    assert not tab.has_unsaved_changes()
    with qtbot.waitSignal(tab.pledge_changed):
        _edit(tab, 2, SignatoryTableModel.SIGNED, Qt.CheckState.Checked.value)
    assert not tab.has_unsaved_changes()
    assert [s.signed for s in _stored(bloc_db).signatories] == [False, False, True, False]
    assert tab.signed_label.text() == "Đã ký: 1/4 đơn vị"
    tab.reload()
    assert tab.model.index(2, SignatoryTableModel.SIGNED).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    _edit(tab, 2, SignatoryTableModel.SIGNED, Qt.CheckState.Unchecked.value)
    assert _stored(bloc_db).signed_count == 0


def test_copy_from_last_year(tab, bloc_db, message_boxes):
    m = bloc_db.members
    with bloc_db.factory.begin() as s:
        svc.save_pledge(
            s,
            bloc_id=bloc_db.bloc,
            year=YEAR - 1,
            title=f"Giao ước thi đua năm {YEAR - 1}",
            content=f"Thi đua hoàn thành nhiệm vụ năm {YEAR - 1}.",
            place="Hà Nội",
            signatories=[SignatoryInput(m[1], "Nguyễn Văn Hòa", "Trưởng ban", True)],
        )
    tab.reload()
    assert tab.copy_button.isEnabled()
    tab.copy_from_last_year()
    assert message_boxes.calls == []  # nothing stored nor edited this year: no question
    p = _stored(bloc_db)
    assert p.title == f"Giao ước thi đua năm {YEAR}" and p.content == f"Thi đua hoàn thành nhiệm vụ năm {YEAR}."
    assert tab.title_edit.text() == p.title and tab.content_edit.toPlainText() == p.content
    assert tab.model.rowCount() == 4
    assert tab.model.index(1, SignatoryTableModel.SIGNER).data() == "Nguyễn Văn Hòa"
    assert (
        tab.model.index(1, SignatoryTableModel.SIGNED).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    )
    # Now that the year has a pledge, copying again asks; "No" keeps it.
    tab.content_edit.setPlainText("Đã sửa.")
    tab.save()
    assert not tab.has_unsaved_changes()
    message_boxes.answer = QMessageBox.StandardButton.No
    tab.copy_from_last_year()
    assert message_boxes.calls[-1][0] == "question"
    assert _stored(bloc_db).content == "Đã sửa."


def test_year_change_asks_about_unsaved_edits(tab, bloc_db, message_boxes):
    tab.content_edit.setPlainText("Bản nháp chưa lưu.")
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    tab.year_spin.setValue(YEAR + 1)
    assert tab.year == YEAR and tab.year_spin.value() == YEAR
    assert tab.content_edit.toPlainText() == "Bản nháp chưa lưu."
    message_boxes.answer = QMessageBox.StandardButton.Yes
    tab.year_spin.setValue(YEAR + 1)  # saved first, then the year moves on
    assert tab.year == YEAR + 1 and tab.pledge.id is None
    assert _stored(bloc_db).content == "Bản nháp chưa lưu."
    tab.content_edit.setPlainText("Bỏ đi.")
    message_boxes.answer = QMessageBox.StandardButton.No
    tab.year_spin.setValue(YEAR)
    assert tab.content_edit.toPlainText() == "Bản nháp chưa lưu." and _stored(bloc_db, YEAR + 1) is None
    assert len([c for c in message_boxes.calls if c[0] == "question"]) == 3


def test_switching_bloc_shows_its_members(tab, bloc_db, message_boxes):
    tab.content_edit.setPlainText("Sửa nhưng không lưu.")
    message_boxes.answer = QMessageBox.StandardButton.No
    tab.set_bloc(bloc_db.other)
    assert [r.member_name for r in tab.model.rows] == ["Sở Nội vụ", "Sở Tài chính"]
    assert _stored(bloc_db) is None and not tab.has_unsaved_changes()
    tab.set_bloc(None)
    assert not tab.save_button.isEnabled() and tab.model.rowCount() == 0


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_export_saves_then_writes_pdf(tab, bloc_db, message_boxes, tmp_path, monkeypatch):
    out = tmp_path / "giao-uoc.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    _edit(tab, 3, SignatoryTableModel.SIGNER, "Nguyễn Xuân Thắng")
    tab.export_button.click()
    assert out.exists()
    assert _stored(bloc_db) is not None and not tab.has_unsaved_changes()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "GIAO ƯỚC THI ĐUA" in flat and "Nguyễn Xuân Thắng" in flat and "TM. BAN DÂN VẬN TRUNG ƯƠNG" in flat
    assert message_boxes.texts("saved") == [f"Đã tạo giao ước thi đua.\n\n{out}"]  # with «Mở tệp»


def test_export_errors_go_to_message_box(tab, bloc_db, message_boxes, tmp_path, monkeypatch):
    import os

    tab.save()
    assert not tab.has_unsaved_changes()

    def locked(src, dst):
        raise PermissionError(13, "in use")

    monkeypatch.setattr(os, "replace", locked)
    tab.export_pdf(str(tmp_path / "mo.pdf"))  # the export flow's box: Thử lại / Lưu tên khác… / Hủy
    assert [title for kind, title, _t in message_boxes.calls if kind == "box"] == ["Tệp đang được mở"]
    assert not (tmp_path / "mo.pdf").exists()


def test_leaving_with_unsaved_edits_saves_then_proceeds(tab, bloc_db, message_boxes):
    """«Có» when the host leaves: stay until the edits are stored, then `proceed()` once;
    an invalid form keeps the host and shows why."""
    proceeded = []
    tab.content_edit.setPlainText("Lưu khi đóng.")
    message_boxes.answer = QMessageBox.StandardButton.Yes
    assert tab.confirm_leave(lambda: proceeded.append(1)) is False
    assert proceeded == [1] and _stored(bloc_db).content == "Lưu khi đóng."
    assert tab.confirm_leave(lambda: proceeded.append(2)) is True  # nothing unsaved now
    tab.title_edit.clear()
    tab.title_edit.textEdited.emit("")
    assert tab.confirm_leave(lambda: proceeded.append(3)) is False
    assert proceeded == [1] and tab.title_box.error.text() == "chưa nhập tiêu đề giao ước"
