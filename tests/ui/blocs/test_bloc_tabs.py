"""The "Khối thi đua" screen's Thành viên and Bảng tiêu chí tabs: members from the unit tree
and outside agencies, yearly leadership with the rotation suggestion, criteria tables made
in the dialog (weights checked, exact decimals), copied from last year and deleted."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from app.rules.scoring import BONUS, PENALTY, Criterion
from app.services import bloc, bloc_admin
from ui.blocs.criteria_dialog import CriteriaItemsModel, CriteriaTableDialog, fmt_points, next_code, parse_points
from ui.blocs.criteria_tab import CriteriaTab
from ui.blocs.members_tab import MemberDialog, MembersTab, OutsideAgencyDialog, UnitPickerDialog

ITEMS = [
    Criterion("1", "Thực hiện nhiệm vụ chính trị", Decimal(60), "I. Nhiệm vụ"),
    Criterion("2", "Công tác xây dựng Đảng", Decimal("39.5"), "II. Xây dựng Đảng"),
    Criterion("3", "Tham gia hoạt động của Khối", Decimal("0.5"), "III. Hoạt động chung"),
    Criterion("T1", "Được tặng Cờ thi đua", Decimal(3), "Điểm thưởng", BONUS),
    Criterion("P1", "Có cán bộ bị kỷ luật", Decimal(5), "Điểm trừ", PENALTY),
]


@pytest.fixture
def bloc_db(org_db):
    with org_db.factory.begin() as s:
        org_db.ids["bloc"] = bloc.create_bloc(s, name="Khối thi đua các sở, ngành")
    return org_db


@pytest.fixture
def members_tab(qtbot, bloc_db):
    tab = MembersTab(bloc_db)
    qtbot.addWidget(tab)
    tab.resize(1180, 640)
    tab.show()
    tab.set_bloc(bloc_db.ids["bloc"])
    return tab


@pytest.fixture
def criteria_tab(qtbot, bloc_db):
    tab = CriteriaTab(bloc_db)
    qtbot.addWidget(tab)
    tab.resize(1180, 640)
    tab.show()
    tab.set_bloc(bloc_db.ids["bloc"])
    return tab


def _members(db):
    with db.factory() as s:
        return bloc_admin.list_member_details(s, bloc_id=db.ids["bloc"])


def _add_members(db, *names_or_codes, outside=()):
    with db.factory.begin() as s:
        return bloc.add_members(
            s,
            bloc_id=db.ids["bloc"],
            unit_ids=[db.ids[c] for c in names_or_codes],
            names=list(outside),
            joined_year=2019,
        )


def _texts(model, col):
    return [model.index(r, col).data() for r in range(model.rowCount())]


# ---------------------------------------------------------------- members


def test_add_unit_members_and_outside_agency(qtbot, members_tab, bloc_db, monkeypatch, message_boxes, qtmodeltester):
    ids = bloc_db.ids
    emitted = []
    members_tab.members_changed.connect(lambda: emitted.append(1))
    assert not members_tab.edit_member_button.isEnabled()
    assert not members_tab.save_leadership_button.isEnabled()

    def pick(self):
        qtbot.addWidget(self)
        assert not self.ok_button.isEnabled()
        qtmodeltester.check(self.model)
        self.select_units([ids["SNV"], ids["STC"]])
        assert self.count_label.text() == "Đã chọn 2 đơn vị"
        self.joined_year.setText("20x9")
        self.ok_button.click()
        assert self.result() == 0 and self.year_error.text() == "nhập năm gồm 4 chữ số"
        self.joined_year.setText("2019")
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(UnitPickerDialog, "exec", pick)
    members_tab.add_units_button.click()
    assert emitted == [1]
    model = members_tab.members_model
    assert _texts(model, 0) == ["Sở Nội vụ", "Sở Tài chính"]
    assert _texts(model, 1) == ["Đơn vị trong hệ thống"] * 2
    assert _texts(model, 2) == ["2019", "2019"]

    def picked_again(self):
        qtbot.addWidget(self)
        self.select_units([ids["SNV"], ids["SNV-TC"]])  # SNV is taken: not selectable
        assert self.unit_ids == [ids["SNV-TC"]]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(UnitPickerDialog, "exec", picked_again)
    members_tab.add_units_button.click()
    assert emitted == [1]

    def outside(self):
        qtbot.addWidget(self)
        self.name.setText("Báo Nhân Dân")
        self.joined_year.setText("2020")
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(OutsideAgencyDialog, "exec", outside)
    members_tab.add_outside_button.click()
    assert _texts(model, 0) == ["Sở Nội vụ", "Sở Tài chính", "Báo Nhân Dân"]
    assert _texts(model, 1)[2] == "Cơ quan ngoài"
    assert members_tab.selected_member().name == "Báo Nhân Dân"
    assert members_tab.members_count.text() == "3 thành viên: 2 đơn vị trong hệ thống, 1 cơ quan ngoài"

    def outside_twice(self):
        qtbot.addWidget(self)
        self.name.setText("Báo Nhân Dân")
        self.ok_button.click()
        assert self.boxes["name"].error.text() == "Báo Nhân Dân đã là thành viên của khối"
        return self.result()

    monkeypatch.setattr(OutsideAgencyDialog, "exec", outside_twice)
    members_tab.add_outside_button.click()
    assert len(_members(bloc_db)) == 3 and emitted == [1, 1]

    def edit(self):
        qtbot.addWidget(self)
        assert not self.name.isReadOnly()
        self.left_year.setText("2018")
        assert self.boxes["left_year"].error.text() == "phải từ năm tham gia trở đi"
        self.ok_button.click()
        assert self.result() == 0
        self.name.setText("Báo Nhân Dân điện tử")
        self.left_year.setText("2023")
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(MemberDialog, "exec", edit)
    members_tab.edit_member_button.click()
    assert _members(bloc_db)[2][3:] == ("Báo Nhân Dân điện tử", 3, 2020, 2023)
    assert _texts(model, 3) == ["", "", "2023"]

    members_tab.select_member(_members(bloc_db)[0].id)
    unit_dialog = members_tab.make_member_dialog(members_tab.selected_member())
    qtbot.addWidget(unit_dialog)
    assert unit_dialog.name.isReadOnly()

    members_tab.remove_member_button.click()  # the confirmation answers Yes
    assert [m.name for m in _members(bloc_db)] == ["Sở Tài chính", "Báo Nhân Dân điện tử"]
    assert emitted == [1, 1, 1, 1]
    qtmodeltester.check(model)


def test_member_with_leadership_is_not_removed(qtbot, members_tab, bloc_db, message_boxes):
    m = _add_members(bloc_db, "SNV", "STC")
    with bloc_db.factory.begin() as s:
        bloc.set_leadership(s, bloc_id=bloc_db.ids["bloc"], year=2019, leader_id=m[0])
    members_tab.reload()
    members_tab.select_member(m[0])
    members_tab.remove_member_button.click()
    assert len(_members(bloc_db)) == 2
    assert "đã giữ vai trò khối trưởng" in message_boxes.texts("warning")[-1]
    message_boxes.answer = QMessageBox.StandardButton.No
    members_tab.select_member(m[1])
    members_tab.remove_member_button.click()
    assert len(_members(bloc_db)) == 2


def test_leadership_saved_with_history_and_suggestion(qtbot, members_tab, bloc_db, qtmodeltester):
    m = _add_members(bloc_db, "SNV", "STC", outside=["Báo Nhân Dân"])
    members_tab.reload()
    tab = members_tab
    tab.year.setValue(2019)
    assert tab.suggestion.text() == "Đề xuất khối trưởng năm 2019: Sở Nội vụ (chưa làm khối trưởng)"
    assert tab.leader.currentData() is None
    assert tab.leadership_status.text() == "Chưa ghi cho năm 2019"

    tab.save_leadership_button.click()  # no leader
    assert tab.leadership_error.text() == "Chưa chọn khối trưởng."
    assert tab.history_model.rowCount() == 0

    tab.apply_suggestion_button.click()
    assert tab.leader.currentData() == m[0]
    assert not tab.apply_suggestion_button.isEnabled()
    tab.standing_deputy.setCurrentIndex(tab.standing_deputy.findData(m[0]))
    tab.save_leadership_button.click()  # one member, two roles: refused by the service
    assert tab.leadership_error.text() == "Một thành viên chỉ giữ một vai trò trong năm."
    assert tab.history_model.rowCount() == 0

    tab.standing_deputy.setCurrentIndex(tab.standing_deputy.findData(m[1]))
    assert tab.leadership_error.text() == ""
    tab.set_deputy_ids([m[2]])
    tab.save_leadership_button.click()
    assert tab.leadership_status.text() == "Đã lưu khối trưởng, khối phó năm 2019"
    assert [
        (r[0], r[1], r[2]) for r in (tuple(tab.history_model.index(i, c).data() for c in range(3)) for i in range(3))
    ] == [
        ("2019", "Khối trưởng", "Sở Nội vụ"),
        ("2019", "Khối phó thường trực", "Sở Tài chính"),
        ("2019", "Khối phó", "Báo Nhân Dân"),
    ]

    tab.year.setValue(2020)
    assert tab.suggestion.text() == "Đề xuất khối trưởng năm 2020: Sở Tài chính (chưa làm khối trưởng)"
    assert tab.leader.currentData() is None and tab.deputy_ids() == []
    tab.leader.setCurrentIndex(tab.leader.findData(m[2]))
    tab.save_leadership_button.click()

    # two years later everyone has led once: the one that led longest ago comes back
    tab.year.setValue(2021)
    assert tab.suggestion.text() == "Đề xuất khối trưởng năm 2021: Sở Tài chính (chưa làm khối trưởng)"
    tab.apply_suggestion_button.click()
    tab.save_leadership_button.click()
    tab.year.setValue(2022)
    assert tab.suggestion.text() == ("Đề xuất khối trưởng năm 2022: Sở Nội vụ (khối trưởng lần gần nhất năm 2019)")
    assert _texts(tab.history_model, 0) == ["2021", "2020", "2019", "2019", "2019"]

    # double-clicking a past year loads it back
    tab._on_history_activated(tab.history_model.index(3, 0))
    assert tab.year.value() == 2019
    assert tab.leader.currentData() == m[0] and tab.standing_deputy.currentData() == m[1]
    assert tab.deputy_ids() == [m[2]]
    assert tab.leadership_status.text() == "Đã ghi cho năm 2019"
    qtmodeltester.check(tab.history_model)

    tab.set_bloc(None)
    assert tab.members_model.rowCount() == 0 and not tab.add_units_button.isEnabled()


def test_members_who_left_are_not_offered(qtbot, members_tab, bloc_db):
    m = _add_members(bloc_db, "SNV", "STC")
    with bloc_db.factory.begin() as s:
        bloc_admin.update_member(s, member_id=m[0], joined_year=2019, left_year=2020)
    members_tab.reload()
    members_tab.year.setValue(2021)
    assert [members_tab.leader.itemData(i) for i in range(members_tab.leader.count())] == [None, m[1]]
    assert members_tab.suggestion.text().startswith("Đề xuất khối trưởng năm 2021: Sở Tài chính")


# ---------------------------------------------------------------- criteria tables


def test_new_bloc_failure_that_is_no_app_error_is_shown(qtbot, bloc_db, monkeypatch, message_boxes):
    """A failure other than an AppError (here a lost connection) goes to the error box; the
    dialog's handler passed every failure to errors.inline_text, which reads AppErrors only
    (found by mypy)."""
    from ui import errors
    from ui.blocs.blocs_screen import NewBlocDialog

    def lost(session, **_kwargs):
        raise ConnectionResetError("mất kết nối")

    shown: list[BaseException] = []
    monkeypatch.setattr(errors, "show_unexpected", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(bloc, "create_bloc", lost)
    dialog = NewBlocDialog(bloc_db)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Khối mới")
    dialog.save()
    assert dialog.bloc_id is None
    assert [type(e) for e in shown] == [ConnectionResetError]


def test_points_parsing_is_exact():
    assert parse_points("12,5") == Decimal("12.5") and parse_points(" 7.25 ") == Decimal("7.25")
    for bad, reason in (
        ("", "chưa nhập điểm"),
        ("abc", "không phải là số"),
        ("0", "phải lớn hơn 0"),
        ("-1", "phải lớn hơn 0"),
        ("1,234", "tối đa 2 chữ số thập phân"),
        ("nan", "không phải là số"),
    ):
        with pytest.raises(ValueError, match=reason):
            parse_points(bad)
    assert fmt_points(Decimal("12.50")) == "12,5" and fmt_points(Decimal("100.00")) == "100"
    assert fmt_points(Decimal("1E+2")) == "100"
    assert (next_code("1.3"), next_code("T1"), next_code("9"), next_code("A")) == ("1.4", "T2", "10", "")


def test_create_table_in_dialog(qtbot, criteria_tab, bloc_db, monkeypatch, qtmodeltester):
    emitted = []
    criteria_tab.tables_changed.connect(lambda: emitted.append(1))
    assert criteria_tab.empty_label.isVisible() and not criteria_tab.copy_button.isEnabled()

    def fill(self):
        qtbot.addWidget(self)
        self.show()
        model, view = self.items.model, self.items.view
        self.name.clear()
        qtbot.keyClicks(self.name, "Bang tieu chi 2025")
        self.year.setValue(2025)
        self.drop_extremes.setChecked(True)
        # first row by keyboard: typing on a cell opens its editor, Enter commits
        view.setFocus()
        view.setCurrentIndex(model.index(0, CriteriaItemsModel.COL_NAME))
        _type_in_cell(qtbot, view, "Nhiem vu chinh tri")
        view.setCurrentIndex(model.index(0, CriteriaItemsModel.COL_POINTS))
        _type_in_cell(qtbot, view, "60")
        assert model.row_values(0) == ("1", "", "Nhiem vu chinh tri", "60", "NORMAL")
        # the others by setting cells; Thêm dòng continues the code
        for values in (
            ("II", "Xây dựng Đảng", "34,5", "NORMAL"),
            ("Thưởng", "Được tặng Cờ thi đua", "3", "BONUS"),
            ("Trừ", "Có cán bộ bị kỷ luật", "5.25", "PENALTY"),
        ):
            row = self.items.add_row()
            for col, value in zip((1, 2, 3, 4), values):
                assert model.setData(model.index(row, col), value)
        model.setData(model.index(2, 0), "T1")
        model.setData(model.index(3, 0), "P1")
        assert model.index(1, 0).data() == "2"
        assert model.index(2, 4).data() == "Điểm thưởng" and model.index(2, 4).data(Qt.ItemDataRole.EditRole) == BONUS
        assert not model.setData(model.index(2, 4), "OTHER")
        assert self.items.total_label.text() == "✘ Tổng điểm tối đa các tiêu chí: 94,5 / 100 — thiếu 5,5 điểm"
        assert self.items.total_label.property("ok") is False
        assert self.items.extras_label.text() == "Điểm thưởng tối đa: 3 · Điểm trừ tối đa: 5,25"
        qtmodeltester.check(model)

        self.ok_button.click()  # refused by the service, shown under the grid; nothing saved
        assert self.result() == 0
        assert self.boxes["items"].error.text() == (
            "tổng điểm tối đa các tiêu chí là 94.5, không bằng tổng điểm đã công bố 100 (thiếu 5.5 điểm)"
        )
        with bloc_db.factory() as s:
            assert bloc.list_tables(s, bloc_id=bloc_db.ids["bloc"]) == []

        model.setData(model.index(1, 3), "40")
        assert self.items.total_label.text() == "✔ Tổng điểm tối đa các tiêu chí: 100 / 100 — đủ"
        assert self.items.total_label.property("ok") is True
        assert self.boxes["items"].error.text() == ""
        model.setData(model.index(1, 3), "4o")
        assert model.index(1, 3).data(Qt.ItemDataRole.ToolTipRole) == "không phải là số"
        assert self.boxes["items"].error.text() == "dòng 2: điểm tối đa không phải là số"
        model.setData(model.index(1, 3), "40")
        # move the bonus below the penalty and back; a blank row is left out
        view.setCurrentIndex(model.index(2, 0))
        self.items.down_button.click()
        assert [model.index(r, 0).data() for r in range(4)] == ["1", "2", "P1", "T1"]
        self.items.up_button.click()
        self.items.add_row()
        assert model.rowCount() == 5
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(CriteriaTableDialog, "exec", fill)
    criteria_tab.add_button.click()
    assert emitted == [1]
    t = criteria_tab.selected_table()
    assert (t.name, t.year, t.declared_total, t.drop_extremes) == ("Bang tieu chi 2025", 2025, Decimal(100), True)
    assert t.criteria == (
        Criterion("1", "Nhiem vu chinh tri", Decimal(60), "", "NORMAL"),
        Criterion("2", "Xây dựng Đảng", Decimal(40), "II", "NORMAL"),
        Criterion("T1", "Được tặng Cờ thi đua", Decimal(3), "Thưởng", BONUS),
        Criterion("P1", "Có cán bộ bị kỷ luật", Decimal("5.25"), "Trừ", PENALTY),
    )
    assert all(type(c.max_points) is Decimal for c in t.criteria)
    assert [criteria_tab.tables_model.index(0, c).data() for c in range(5)] == [
        "2025",
        "Bang tieu chi 2025",
        "100",
        "2 tiêu chí · 1 điểm thưởng · 1 điểm trừ",
        "Có",
    ]
    assert _texts(criteria_tab.items_model, 3) == ["60", "40", "3", "5,25"]
    assert _texts(criteria_tab.items_model, 4) == ["Tiêu chí", "Tiêu chí", "Điểm thưởng", "Điểm trừ"]
    qtmodeltester.check(criteria_tab.tables_model)
    qtmodeltester.check(criteria_tab.items_model)


def _type_in_cell(qtbot, view, text):
    """Type on the current cell: the first key opens its editor, Enter commits."""
    from PySide6.QtWidgets import QLineEdit

    qtbot.keyClick(view, text[0])
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    qtbot.keyClicks(editors[0], text[1:])
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)


def _make_table(db, year=2024, items=ITEMS):
    with db.factory.begin() as s:
        return bloc.create_table(
            s, bloc_id=db.ids["bloc"], year=year, name=f"Bảng tiêu chí năm {year}", declared_total=100, items=items
        )


def test_copy_from_last_year_and_delete(qtbot, criteria_tab, bloc_db, monkeypatch, message_boxes):
    _make_table(bloc_db)
    criteria_tab.reload()
    emitted = []
    criteria_tab.tables_changed.connect(lambda: emitted.append(1))
    asked = []

    def get_int(parent, title, label, value, *args):
        asked.append(value)
        return asked_year[0], True

    asked_year = [2025]
    monkeypatch.setattr(QInputDialog, "getInt", get_int)
    criteria_tab.copy_button.click()
    assert asked == [2025] and emitted == [1]
    assert _texts(criteria_tab.tables_model, 1) == ["Bảng tiêu chí năm 2025", "Bảng tiêu chí năm 2024"]
    assert criteria_tab.selected_table().year == 2025
    assert criteria_tab.selected_table().criteria == tuple(ITEMS)

    message_boxes.answer = QMessageBox.StandardButton.No  # a 2025 table exists: do not copy again
    criteria_tab.copy_button.click()
    assert asked == [2025, 2026] and criteria_tab.tables_model.rowCount() == 2
    assert "đã có bảng tiêu chí năm 2025" in message_boxes.texts("question")[-1]

    message_boxes.answer = None
    asked_year[0] = 2024  # nothing before 2024
    criteria_tab.copy_button.click()
    assert "Không tìm thấy bảng tiêu chí năm trước" in message_boxes.texts("warning")[-1]
    assert criteria_tab.tables_model.rowCount() == 2

    criteria_tab.select_table(criteria_tab.tables_model.rows[1].id)
    criteria_tab.delete_button.click()
    assert message_boxes.texts("question")[-1] == "Xóa bảng tiêu chí «Bảng tiêu chí năm 2024»?"
    assert _texts(criteria_tab.tables_model, 1) == ["Bảng tiêu chí năm 2025"]
    assert emitted == [1, 1]


def test_items_of_a_scored_table_are_not_changed(qtbot, criteria_tab, bloc_db, monkeypatch, message_boxes):
    tid = _make_table(bloc_db)
    m = _add_members(bloc_db, "SNV")
    with bloc_db.factory.begin() as s:
        bloc.record_scores(s, table_id=tid, member_id=m[0], assessor_id=None, points={"1": Decimal(55)})
    criteria_tab.reload()

    def edit_items(self):
        qtbot.addWidget(self)
        assert "Bảng đã có 1 điểm chấm" in self.intro.text()
        self.items.model.setData(self.items.model.index(0, 3), "50")
        self.items.model.setData(self.items.model.index(1, 3), "49,5")
        self.ok_button.click()
        assert self.boxes["items"].error.text() == "bảng đã có điểm chấm; không sửa được danh sách tiêu chí"
        self.items.model.setData(self.items.model.index(0, 3), "60")
        self.items.model.setData(self.items.model.index(1, 3), "39,5")
        self.name.setText("Bảng tiêu chí chấm điểm năm 2024")  # only the name: allowed
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(CriteriaTableDialog, "exec", edit_items)
    criteria_tab.edit_button.click()
    t = criteria_tab.selected_table()
    assert t.name == "Bảng tiêu chí chấm điểm năm 2024" and t.criteria == tuple(ITEMS)

    criteria_tab.delete_button.click()
    assert "Bảng đã có 1 điểm chấm; các điểm này cũng bị xóa." in message_boxes.texts("question")[-1]
    assert criteria_tab.tables_model.rowCount() == 0 and criteria_tab.empty_label.isVisible()


def test_new_table_dialog_defaults(qtbot, criteria_tab, bloc_db):
    _make_table(bloc_db, 2024)
    criteria_tab.reload()
    dialog = criteria_tab.make_table_dialog()
    qtbot.addWidget(dialog)
    assert dialog.year.value() == 2025 and dialog.name.text() == "Bảng tiêu chí chấm điểm thi đua năm 2025"
    dialog.year.setValue(2026)
    assert dialog.name.text() == "Bảng tiêu chí chấm điểm thi đua năm 2026"
    assert dialog.items.model.rowCount() == 1 and dialog.items.model.is_blank(0)
    dialog.declared_total.setText("abc")
    assert dialog.items.total_label.text() == "✘ Tổng điểm tối đa các tiêu chí: 0 / ? — chưa nhập tổng điểm"
    assert dialog.boxes["declared_total"].error.text() == "không phải là số"
    dialog.ok_button.click()
    assert dialog.boxes["items"].error.text() == "chưa có tiêu chí nào"
    with bloc_db.factory() as s:
        assert len(bloc.list_tables(s, bloc_id=bloc_db.ids["bloc"])) == 1


def test_table_dialog_links_a_movement(qtbot, bloc_db):
    from app.services import movement as mv
    from ui.blocs.criteria_dialog import CriteriaTableDialog

    with bloc_db.factory.begin() as s:
        mid = mv.create_movement(s, name="Phát huy hào khí Điện Biên")
    dialog = CriteriaTableDialog(bloc_db, bloc_id=bloc_db.ids["bloc"], default_year=2025)
    qtbot.addWidget(dialog)
    model = dialog.items.model
    model.setData(model.index(0, CriteriaItemsModel.COL_NAME), "Nâng cao chất lượng tham mưu")
    model.setData(model.index(0, CriteriaItemsModel.COL_POINTS), "100")
    dialog.movement.setCurrentIndex(dialog.movement.findData(mid))
    dialog.ok_button.click()
    assert dialog.result() == 1
    with bloc_db.factory() as s:
        assert bloc.get_table(s, table_id=dialog.saved_id).movement_id == mid
        saved = bloc.get_table(s, table_id=dialog.saved_id)
    again = CriteriaTableDialog(bloc_db, bloc_id=bloc_db.ids["bloc"], table=saved)
    qtbot.addWidget(again)
    assert again.movement.currentData() == mid
