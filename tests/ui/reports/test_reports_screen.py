"""Reports screen: choose, preview (same rows as the sheet), save through a worker, the
FileLocked message."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.errors import FileLocked
from app.services import history

D = dt.date


def _screen(qtbot, db):
    from ui.reports.reports_screen import ReportsScreen

    screen = ReportsScreen(db, today=D(2026, 1, 10))
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    return screen


def _awards(org_db):
    ids = org_db.ids
    with org_db.factory.begin() as s:
        history.add_award(s, person_id=ids["CB001"], award_code="BK_BO", year=2024, decision_date=D(2025, 1, 5))
        history.add_award(s, person_id=ids["CB005"], award_code="CSTDBO", year=2024, decision_date=D(2025, 1, 5))
        history.add_award(s, unit_id=ids["STC-NS"], award_code="BK_BO_TT", year=2024, decision_date=D(2025, 1, 5))


def test_preview_0603_and_units(qtbot, org_db):
    _awards(org_db)
    screen = _screen(qtbot, org_db)
    assert screen.year_spin.value() == 2025
    assert "01/12/2024" in screen.period_label.text()
    assert [screen.units_list.item(i).text() for i in range(screen.units_list.count())] == ["Sở Nội vụ", "Sở Tài chính"]
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("0603"))
    with qtbot.waitSignal(screen.previewed):
        screen.show_preview()
    m = screen.model
    assert m.headerData(3, Qt.Orientation.Horizontal) == "Tổng số"
    assert m.headerData(4, Qt.Orientation.Horizontal) == "Bằng khen"
    assert m.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Chia ra / Bằng khen"
    first = [m.data(m.index(0, c)) for c in range(m.columnCount())]
    assert first == ["Tổng số", "01", "", "3", "2", "1", "", ""]
    assert m.data(m.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    assert screen.title_label.text().startswith("SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ")
    # Only Sở Tài chính: the department's collective award and Lê Văn Tám's CSTĐ.
    screen.units_list.item(1).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(screen.previewed):
        screen.show_preview()
    assert m.data(m.index(0, 3)) == "2"
    # 0601 does not filter by unit.
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("0601"))
    assert not screen.units_list.isEnabled() and screen.request().unit_ids is None


def test_preview_shares_and_by_unit(qtbot, org_db):
    _awards(org_db)
    screen = _screen(qtbot, org_db)
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("by_unit"))
    screen.year_spin.setValue(2024)
    with qtbot.waitSignal(screen.previewed):
        screen.show_preview()
    rows = [
        [screen.model.data(screen.model.index(r, c)) for c in range(screen.model.columnCount())]
        for r in range(screen.model.rowCount())
    ]
    assert rows[0][1] == "Sở Nội vụ" and rows[0][-1] == "1"
    assert rows[-1][1] == "Tổng cộng" and rows[-1][-1] == "3"
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("shares"))
    assert screen.level_combo.isEnabled()
    with qtbot.waitSignal(screen.previewed):
        screen.show_preview()
    assert screen.model.rowCount() > 3


def test_save_and_file_locked(qtbot, org_db, tmp_path, monkeypatch, message_boxes):
    from PySide6.QtWidgets import QFileDialog

    from app.services import reports

    _awards(org_db)
    screen = _screen(qtbot, org_db)
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("0603"))
    out = tmp_path / "bieu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    screen.save()
    assert screen.last_export == tmp_path / "bieu.xlsx"
    ws = load_workbook(screen.last_export).active
    assert ws["A1"].value == "Biểu số: 0603.N/BNV-TĐKT"

    def locked(*a, **k):
        raise FileLocked(path=str(out))

    monkeypatch.setattr(reports, "export_report", locked)
    message_boxes.answer = None
    calls = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: calls.append(1) or ((str(out), "") if len(calls) == 1 else ("", "")),
    )
    message_boxes.click = ["Lưu tên khác…"]  # the export flow's locked-file box
    screen.save()
    assert [title for kind, title, _t in message_boxes.calls if kind == "box"] == ["Tệp đang được mở"]
    assert len(calls) == 2  # «Lưu tên khác…» → the dialog again (cancelled)


def test_default_year():
    from ui.reports.reports_screen import default_year

    assert default_year(D(2025, 12, 3)) == 2025 and default_year(D(2026, 11, 30)) == 2025


def test_preview_rewards_money(qtbot, org_db, tmp_path):
    _awards(org_db)
    screen = _screen(qtbot, org_db)
    screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("rewards"))
    assert "theo ngày quyết định" in screen.period_label.text() and not screen.level_combo.isEnabled()
    with qtbot.waitSignal(screen.previewed):
        screen.show_preview()
    m = screen.model
    rows = [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]
    # 2025: Bằng khen bộ 1.5 and CSTĐ bộ 3.0 (individuals), Bằng khen bộ tập thể 3.0, base 2,340,000.
    assert rows[-1][1] == "Tổng cộng"
    assert rows[-1][4:6] == ["3", "17.550.000"] and rows[-1][-2:] == ["3", "17.550.000"]
    assert m.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Cấp cơ sở / Số tiền (đồng)"
    assert screen.title_label.text() == "TIỀN THƯỞNG THI ĐUA, KHEN THƯỞNG NĂM 2025"
    qtbot.wait(20)
    screen.grab().save("/tmp/money_reports.png")
