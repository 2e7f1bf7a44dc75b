"""The scoring grid and the ranking of the blocs screen, driven by the keyboard."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt

from app.rules.person import UnitInput
from app.rules.scoring import BONUS, PENALTY, Criterion
from app.services import bloc as svc
from app.services import movement as mv
from app.services.org import create_unit

NAMES = [
    "Văn phòng Trung ương Đảng",
    "Ban Tổ chức Trung ương",
    "Ban Dân vận Trung ương",
    "Học viện Chính trị quốc gia Hồ Chí Minh",
    "Ủy ban Kiểm tra Trung ương",
]
ITEMS = [
    Criterion("1", "Thực hiện nhiệm vụ chính trị", D(60), "I"),
    Criterion("2", "Công tác xây dựng Đảng", D("40"), "II"),
    Criterion("T", "Được tặng Cờ thi đua", D(5), "Thưởng", BONUS),
    Criterion("P", "Có cán bộ bị kỷ luật", D(10), "Trừ", PENALTY),
]


@pytest.fixture
def bloc_db(db):
    with db.factory.begin() as s:
        root = create_unit(s, data=UnitInput("KHOI", "Khối các cơ quan Đảng Trung ương", "KHOI"))
        units = [create_unit(s, data=UnitInput(f"CQ{i}", n, "CO_QUAN", root)) for i, n in enumerate(NAMES)]
        bloc = svc.create_bloc(s, name="Khối thi đua các cơ quan Đảng Trung ương")
        members = svc.add_members(s, bloc_id=bloc, unit_ids=units, joined_year=2020)
        svc.create_table(s, bloc_id=bloc, year=2024, name="Bảng nháp", declared_total=100, items=ITEMS)
        table = svc.create_table(
            s, bloc_id=bloc, year=2025, name="Bảng tiêu chí 2025", declared_total=100, items=ITEMS, drop_extremes=True
        )
        rnd = mv.create_round(s, name="Đợt xét năm 2025", year=2025, review_date=dt.date(2026, 1, 15))
    return dict(db=db, bloc=bloc, members=members, units=units, table=table, round=rnd)


@pytest.fixture
def screen(qtbot, bloc_db):
    from ui.blocs.blocs_screen import BlocsScreen

    w = BlocsScreen(bloc_db["db"])
    qtbot.addWidget(w)
    w.resize(1300, 760)
    w.show()
    w.tabs.setCurrentWidget(w.scoring_tab)
    return w


def _sheet(tab, assessor_member):
    """Select the sheet of the assessor belonging to `assessor_member` (None: self-scores)."""
    from ui.blocs.scoring_tab import SELF

    if assessor_member is None:
        tab.sheet_combo.setCurrentIndex(tab.sheet_combo.findData(SELF))
        return
    aid = next(a.id for a in tab._assessors if a.member_id == assessor_member)
    tab.sheet_combo.setCurrentIndex(tab.sheet_combo.findData(aid))


def _type(qtbot, view, text):
    qtbot.keyClicks(view, text[0])  # the first key opens the editor (AnyKeyPressed)
    editor = view.focusWidget()
    if len(text) > 1:
        qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _stored(bloc_db, member, assessor_member):
    with bloc_db["db"].factory() as s:
        aid = (
            None
            if assessor_member is None
            else next(a.id for a in svc.list_assessors(s, table_id=bloc_db["table"]) if a.member_id == assessor_member)
        )
        return {
            r.code: r.points
            for r in svc.list_scores(s, table_id=bloc_db["table"])
            if r.member_id == member and r.assessor_id == aid
        }


def test_keyboard_entry_saves_and_moves_down(qtbot, screen, bloc_db):
    tab, m = screen.scoring_tab, bloc_db["members"]
    assert tab.table_combo.currentData() == bloc_db["table"]  # the newest year first
    _sheet(tab, m[1])  # Ban Tổ chức's sheet
    model, view = tab.model, tab.grid
    assert model.columnCount() == 5 and model.rowCount() == 5  # 4 items + totals
    # Ban Tổ chức's own column is greyed and not editable
    own_col = m.index(m[1])
    assert not (model.flags(model.index(0, own_col)) & Qt.ItemFlag.ItemIsEditable)
    assert model.data(model.index(0, own_col)) == "—"
    assert view.currentIndex().column() == 0 and view.currentIndex().row() == 0
    view.setFocus()
    _type(qtbot, view, "55,5")
    assert view.currentIndex().row() == 1  # moved down to criterion 2
    _type(qtbot, view, "38")
    _type(qtbot, view, "5")  # bonus
    assert _stored(bloc_db, m[0], m[1]) == {"1": D("55.50"), "2": D("38.00"), "T": D("5.00")}
    assert model.data(model.index(4, 0)) == "98,5"  # the totals row: 55.5 + 38 + 5
    _type(qtbot, view, "2")  # penalty
    assert model.data(model.index(4, 0)) == "96,5"
    # after the last item Enter goes to the next member's first criterion
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 1)


def test_missing_scores_highlighted_and_counted(qtbot, screen, bloc_db):
    from ui.blocs.scoring_grid import MISSING

    tab, m = screen.scoring_tab, bloc_db["members"]
    _sheet(tab, m[0])
    model = tab.model
    # Văn phòng's sheet: 4 other members × 2 normal criteria missing; bonus/penalty may stay empty
    assert model.missing_count() == 8
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole).color() == MISSING
    assert model.data(model.index(2, 1), Qt.ItemDataRole.BackgroundRole) is None  # a bonus cell
    assert "8" in tab.status.text() and "thiếu" in tab.sheet_combo.currentText()
    tab.grid.setCurrentIndex(model.index(0, 1))
    tab.grid.setFocus()
    _type(qtbot, tab.grid, "50")
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) is None
    assert model.missing_count() == 7 and "7" in tab.status.text()
    # Delete clears a stored score, which turns missing again
    tab.grid.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(tab.grid, Qt.Key.Key_Delete)
    assert model.missing_count() == 8 and _stored(bloc_db, m[1], m[0]) == {}


def test_bad_values_refused_inline_nothing_stored(qtbot, screen, bloc_db):
    tab, m = screen.scoring_tab, bloc_db["members"]
    _sheet(tab, m[2])
    tab.grid.setCurrentIndex(tab.model.index(0, 0))
    tab.grid.setFocus()
    _type(qtbot, tab.grid, "61")
    assert "vượt điểm tối đa 60" in tab.error.text() and tab.error.isVisibleTo(tab)
    assert _stored(bloc_db, m[0], m[2]) == {}
    tab.grid.setCurrentIndex(tab.model.index(1, 0))
    _type(qtbot, tab.grid, "1,234")
    assert "quá 2 chữ số thập phân" in tab.error.text()
    tab.grid.setCurrentIndex(tab.model.index(1, 0))
    _type(qtbot, tab.grid, "abc")
    assert "không hợp lệ" in tab.error.text() and _stored(bloc_db, m[0], m[2]) == {}
    tab.grid.setCurrentIndex(tab.model.index(1, 0))
    _type(qtbot, tab.grid, "39,75")
    assert tab.error.text() == "" and _stored(bloc_db, m[0], m[2]) == {"2": D("39.75")}


def test_self_scores_sheet_and_model_is_sound(qtbot, qtmodeltester, screen, bloc_db):
    tab, m = screen.scoring_tab, bloc_db["members"]
    _sheet(tab, None)
    qtmodeltester.check(tab.model)
    assert all(tab.model.flags(tab.model.index(0, c)) & Qt.ItemFlag.ItemIsEditable for c in range(5))
    tab.grid.setCurrentIndex(tab.model.index(0, 3))
    tab.grid.setFocus()
    _type(qtbot, tab.grid, "60")
    assert _stored(bloc_db, m[3], None) == {"1": D("60.00")}


def _fill(bloc_db, totals):
    """Every assessor gives member i the sheet totals[i] = (c1, c2)."""
    db, m = bloc_db["db"], bloc_db["members"]
    with db.factory.begin() as s:
        assessors = svc.list_assessors(s, table_id=bloc_db["table"])
        for member, (one, two) in zip(m, totals):
            svc.record_scores(
                s, table_id=bloc_db["table"], member_id=member, assessor_id=None, points={"1": 60, "2": 40}
            )
            for a in assessors:
                if a.member_id != member:
                    svc.record_scores(
                        s, table_id=bloc_db["table"], member_id=member, assessor_id=a.id, points={"1": one, "2": two}
                    )


def test_ranking_shows_ties_gaps_and_nominates(qtbot, qtmodeltester, screen, bloc_db, message_boxes):
    from ui.blocs.ranking_tab import LARGE_GAP, NominateDialog

    _fill(bloc_db, [(50, 30), (55, 35), (55, 35), (40, 30), (30, "20.5")])
    screen.scoring_tab.scores_changed.emit()
    screen.tabs.setCurrentWidget(screen.ranking_tab)
    tab = screen.ranking_tab
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.gap_model)
    got = [
        (tab.model.index(r, 0).data(), tab.model.index(r, 1).data(), tab.model.index(r, 3).data())
        for r in range(tab.model.rowCount())
    ]
    assert got == [
        ("1", NAMES[1], "90"),
        ("1", NAMES[2], "90"),
        ("3", NAMES[0], "80"),
        ("4", NAMES[3], "70"),
        ("5", NAMES[4], "50,5"),
    ]
    assert "Đồng hạng 1" in tab.model.index(0, 6).data() and "Đồng hạng" not in tab.model.index(2, 6).data()
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "1 nhóm đồng hạng" in tab.rule_label.text()
    # gaps of the first member: self 60/40 vs assessed 55/35 → +5 each, ≥ 10% of 40 only on "2"
    assert [tab.gap_model.index(r, 4).data() for r in range(2)] == ["+5", "+5"]
    assert tab.gap_model.index(0, 4).data(Qt.ItemDataRole.BackgroundRole) is None
    assert tab.gap_model.index(1, 4).data(Qt.ItemDataRole.BackgroundRole).color() == LARGE_GAP

    dialog = NominateDialog(bloc_db["db"], [row[0] for row in tab.model.rows], tab)
    qtbot.addWidget(dialog)
    assert "đồng hạng nhất" in dialog.note.text()
    dialog.leader_combo.setCurrentIndex(dialog.leader_combo.findData(bloc_db["members"][2]))
    dialog.merit_spin.setValue(2)
    dialog.exec = lambda: dialog.accept() or 1
    dialog._on_accept()
    with qtbot.waitSignal(tab.nominations_made):
        tab.nominate(dialog=dialog)
    from sqlalchemy import select

    from app.models import Nomination

    with bloc_db["db"].factory() as s:
        noms = sorted(s.execute(select(Nomination.award_code, Nomination.unit_id, Nomination.leads_bloc)).all())
    u = bloc_db["units"]
    assert noms == sorted(
        [
            ("BK_BO_TT", u[1], None),
            ("BK_BO_TT", u[0], None),
            ("CO_BO", u[2], "Khối thi đua các cơ quan Đảng Trung ương"),
        ]
    )
    assert any("Cờ thi đua: 1" in t for t in message_boxes.texts())


def test_ranking_exports_xlsx_and_pdf(qtbot, screen, bloc_db, tmp_path, message_boxes):
    from openpyxl import load_workbook

    _fill(bloc_db, [(50, 30), (55, 35), (55, 35), (40, 30), (30, "20.5")])
    screen.tabs.setCurrentWidget(screen.ranking_tab)
    tab = screen.ranking_tab
    xlsx, pdf = tmp_path / "xep-hang.xlsx", tmp_path / "xep-hang.pdf"
    tab.export("xlsx", str(xlsx))
    tab.export("pdf", str(pdf))
    ws = load_workbook(xlsx)["Xếp hạng"]
    cells = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert NAMES[1] in cells and any("Đồng hạng" in str(c) for c in cells)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert [(k, title) for k, title, _t in message_boxes.calls] == [("saved", "Đã ghi tệp")] * 2


def test_closing_the_window_asks_about_an_unsaved_pledge(qtbot, main_window, message_boxes):
    from PySide6.QtWidgets import QMessageBox

    main_window.show_screen("blocs")
    screen = main_window.screen("blocs")
    with main_window._db.factory.begin() as s:
        bloc_id = svc.create_bloc(s, name="Cụm thi đua các sở")
    screen.reload_blocs(select=bloc_id)
    screen.tabs.setCurrentWidget(screen.pledge_tab)
    screen.pledge_tab.content_edit.setPlainText("Giao ước đang soạn.")
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    assert not main_window.close() and main_window.isVisible()
    assert any("chưa lưu" in t for t in message_boxes.texts("question"))
    message_boxes.answer = QMessageBox.StandardButton.No
    assert main_window.close()
