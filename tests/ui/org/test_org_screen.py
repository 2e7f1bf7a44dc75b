import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.rules.person import PersonInput
from app.services import org
from tests.ui.conftest import ime_type
from ui.models.unit_tree import UNIT_ROW_ROLE
from ui.org.deactivate_dialog import DeactivateDialog
from ui.org.person_dialog import PersonDialog
from ui.org.unit_dialog import UnitDialog


def names(screen) -> list[str]:
    return [r.full_name for r in screen.people_model.rows]


def test_lists_everyone_in_vietnamese_name_order(org_screen):
    assert names(org_screen)[0] == "Nguyễn Văn An"  # sorted by given name: An < Bích < Dũng…
    assert set(names(org_screen)) == {
        "Nguyễn Thị Hoa",
        "Nguyễn Thị Lan",
        "Nguyễn Văn An",
        "Trần Thị Bích",
        "Lê Văn Tám",
        "Đặng Đức Dũng",
    }
    assert org_screen.count_label.text() == "6 người"


def test_search_as_you_type_without_accents(qtbot, org_screen):
    qtbot.keyClicks(org_screen.search, "nguyen thi")
    qtbot.waitUntil(lambda: sorted(names(org_screen)) == ["Nguyễn Thị Hoa", "Nguyễn Thị Lan"])
    org_screen.search.clear()
    qtbot.keyClicks(org_screen.search, "dung")  # 'd' also finds 'đ'
    qtbot.waitUntil(lambda: names(org_screen) == ["Đặng Đức Dũng"])


def test_search_is_debounced(qtbot, org_screen, monkeypatch):
    calls = []
    original = org.search_people
    monkeypatch.setattr(org, "search_people", lambda *a, **k: calls.append(k["query"]) or original(*a, **k))
    qtbot.keyClicks(org_screen.search, "tam")
    qtbot.waitUntil(lambda: calls == ["tam"])
    assert names(org_screen) == ["Lê Văn Tám"]


def test_search_with_a_vietnamese_input_method(qtbot, org_screen):
    # Pre-edit text is not yet in text(); the search runs on the committed "Thị Bích".
    org_screen.search.setFocus()
    ime_type(org_screen.search, "Thị Bích")
    assert org_screen.search.text() == "Thị Bích"
    qtbot.waitUntil(lambda: names(org_screen) == ["Trần Thị Bích"])


def test_selecting_a_unit_filters_to_its_subtree(qtbot, org_screen, org_db):
    org_screen.select_unit(org_db.ids["SNV"])
    assert sorted(names(org_screen)) == ["Nguyễn Thị Hoa", "Nguyễn Thị Lan", "Nguyễn Văn An", "Đặng Đức Dũng"]
    org_screen.select_unit(org_db.ids["STC-NS"])
    assert names(org_screen) == ["Lê Văn Tám"]
    qtbot.keyClicks(org_screen.search, "hoa")  # Hoa works in another unit
    qtbot.waitUntil(lambda: org_screen.people_model.rowCount() == 0 and org_screen.count_label.text() == "0 người")
    org_screen.search.clear()
    from ui.models import ALL_UNITS

    org_screen.select_unit(ALL_UNITS)
    qtbot.waitUntil(lambda: len(names(org_screen)) == 6)


def test_clicking_a_unit_in_the_tree_filters(qtbot, org_screen, org_db):
    index = org_screen.unit_model.index_of(org_db.ids["STC"])
    org_screen.tree.scrollTo(index)
    rect = org_screen.tree.visualRect(index)
    qtbot.mouseClick(org_screen.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sorted(names(org_screen)) == ["Lê Văn Tám", "Trần Thị Bích"]


def _fill(qtbot, dialog: PersonDialog, *, code="CB100", name="Phạm Thu Trang", birth="12/05/1991"):
    qtbot.keyClicks(dialog.code, code)
    dialog.full_name.setFocus()
    ime_type(dialog.full_name, name)
    dialog.gender.setCurrentIndex(dialog.gender.findData("F"))
    qtbot.keyClicks(dialog.birth, birth)


def test_person_dialog_inline_validation(qtbot, org_screen, org_db):
    dialog = PersonDialog(org_db, org_screen._units, default_unit_id=org_db.ids["SNV-VP"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    # Untouched fields show no reason yet; a field the user emptied does.
    qtbot.keyClicks(dialog.full_name, "X")
    dialog.full_name.clear()
    qtbot.keyClicks(dialog.full_name, "A")
    qtbot.keyClick(dialog.full_name, Qt.Key.Key_Backspace)
    box = dialog.boxes["full_name"]
    assert box.error.text() == "không được để trống"
    assert box.error.isVisible()
    assert dialog.full_name.property("invalid") is True
    assert not dialog.ok_button.isEnabled()

    _fill(qtbot, dialog, name="Phạm Thu Trang", birth="01/01/2999")
    assert dialog.boxes["full_name"].error.isHidden()
    assert dialog.boxes["birth"].error.text() == "ngày sinh ở tương lai"
    assert not dialog.ok_button.isEnabled()

    dialog.birth.clear()
    qtbot.keyClicks(dialog.birth, "31/02/1990")
    assert dialog.boxes["birth"].error.text() == "ngày không có thật"

    dialog.birth.clear()
    qtbot.keyClicks(dialog.birth, "12/05/1991")
    assert dialog.boxes["birth"].error.isHidden()
    assert dialog.ok_button.isEnabled()

    dialog.year_only.setChecked(True)
    assert dialog.boxes["birth"].error.text() == "nhập năm gồm 4 chữ số"
    dialog.birth.clear()
    qtbot.keyClicks(dialog.birth, "1991")
    assert dialog.ok_button.isEnabled()


def test_new_person_saved_appears_in_table(qtbot, org_screen, org_db, monkeypatch):
    def fake_exec(self):
        qtbot.addWidget(self)
        _fill(qtbot, self)
        assert self.unit.unit_id() == org_db.ids["SNV-VP"]  # the unit selected in the tree
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(PersonDialog, "exec", fake_exec)
    org_screen.select_unit(org_db.ids["SNV-VP"])
    org_screen.add_person()
    assert "Phạm Thu Trang" in names(org_screen)
    assert org_screen.selected_person().full_name == "Phạm Thu Trang"
    with org_db.factory() as s:
        stored = org.get_person(s, org_screen.selected_person().id)
    assert (stored.code, stored.birth_date, stored.unit_id) == ("CB100", _dt.date(1991, 5, 12), org_db.ids["SNV-VP"])


def test_duplicate_code_from_the_service_is_shown_inline(qtbot, org_screen, org_db):
    dialog = PersonDialog(org_db, org_screen._units, default_unit_id=org_db.ids["SNV-VP"])
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, code="CB001")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.boxes["code"].error.text() == "mã đã được dùng cho người khác"


def test_edit_person_with_enter_key(qtbot, org_screen, org_db, monkeypatch):
    opened = []

    def fake_exec(self):
        qtbot.addWidget(self)
        opened.append(self.person.full_name)
        self.position.setText("Phó Chánh Văn phòng")
        self.position.textEdited.emit("")
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(PersonDialog, "exec", fake_exec)
    org_screen.select_person(org_db.ids["CB002"])
    org_screen.table.setFocus()
    qtbot.keyClick(org_screen.table, Qt.Key.Key_Return)
    assert opened == ["Nguyễn Thị Lan"]
    assert org_screen.selected_person().position == "Phó Chánh Văn phòng"
    qtbot.keyClick(org_screen.table, Qt.Key.Key_F2)
    assert len(opened) == 2


def test_stale_edit_names_who_changed_it_and_reloads(qtbot, org_screen, org_db, monkeypatch):
    with org_db.factory() as s:
        person = org.get_person(s, org_db.ids["CB004"])
    dialog = PersonDialog(org_db, org_screen._units, person)
    qtbot.addWidget(dialog)
    # Someone else saves the same record meanwhile.
    with org_db.factory.begin() as s:
        org.update_person(
            s,
            person_id=person.id,
            version=person.version,
            data=PersonInput(
                code="CB004",
                full_name="Trần Thị Bích",
                gender="F",
                unit_id=person.unit_id,
                birth_year=1992,
                position="Trưởng phòng",
            ),
        )
    asked = []
    monkeypatch.setattr(PersonDialog, "_ask_reload", lambda self, message: asked.append(message) or True)
    dialog.position.setText("Chuyên viên chính")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert len(asked) == 1
    assert "Hồ sơ Trần Thị Bích đã được" in asked[0] and "thay đổi sau khi bạn mở" in asked[0]
    assert org.current_user() in asked[0]
    assert dialog.position.text() == "Trưởng phòng"  # reloaded
    dialog.position.setText("Chuyên viên chính")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_deactivate_hides_the_person_and_can_be_undone(qtbot, org_screen, org_db, monkeypatch):
    monkeypatch.setattr(DeactivateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    org_screen.select_person(org_db.ids["CB005"])
    assert org_screen.deactivate_button.text() == "Thôi công tác"
    org_screen.deactivate_button.click()
    assert "Lê Văn Tám" not in names(org_screen)
    org_screen.show_inactive.setChecked(True)
    assert "Lê Văn Tám" in names(org_screen)
    org_screen.select_person(org_db.ids["CB005"])
    assert org_screen.deactivate_button.text() == "Cho công tác lại"
    org_screen.deactivate_button.click()
    org_screen.show_inactive.setChecked(False)
    assert "Lê Văn Tám" in names(org_screen)


def test_deactivate_dialog_defaults_to_today(qtbot):
    dialog = DeactivateDialog("Lê Văn Tám")
    qtbot.addWidget(dialog)
    assert dialog.on_date() == _dt.date.today()


def test_unit_dialog_validates_and_creates(qtbot, org_screen, org_db, monkeypatch):
    def fake_exec(self):
        qtbot.addWidget(self)
        assert self.parent_unit.unit_id() == org_db.ids["STC"]
        assert self.kind.currentData() == "DON_VI"
        self.code.setFocus()
        ime_type(self.code, "có dấu")
        assert self.boxes["code"].error.text() == "chỉ gồm chữ không dấu, chữ số và các dấu . _ / -"
        assert not self.ok_button.isEnabled()
        self.code.clear()
        qtbot.keyClicks(self.code, "STC-KH")
        ime_type(self.name, "Phòng Kế hoạch")
        assert self.ok_button.isEnabled()
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(UnitDialog, "exec", fake_exec)
    org_screen.select_unit(org_db.ids["STC"])
    org_screen.add_unit()
    assert org_screen.selected_unit().name == "Phòng Kế hoạch"
    assert org_screen.selected_unit().parent_id == org_db.ids["STC"]


def test_unit_dialog_cannot_move_a_unit_under_itself(qtbot, org_screen, org_db):
    unit = next(u for u in org_screen._units if u.code == "SNV")
    dialog = UnitDialog(org_db, org_screen._units, unit)
    qtbot.addWidget(dialog)
    texts = [dialog.parent_unit.itemText(i) for i in range(dialog.parent_unit.count())]
    assert not any(t.startswith("Phòng Tổ chức") for t in texts)  # its own subtree is not offered
    dialog.parent_unit.setEditText("không có đơn vị này")
    assert dialog.boxes["parent_id"].error.text() == "chọn một đơn vị trong danh sách"
    assert not dialog.ok_button.isEnabled()


def test_deactivating_a_unit_asks_first(qtbot, org_screen, org_db, message_boxes):
    org_screen.select_unit(org_db.ids["STC-NS"])
    org_screen.toggle_unit_button.click()
    assert message_boxes.texts("question")
    assert org_screen.selected_unit().is_active is False
    assert org_screen.toggle_unit_button.text() == "Hoạt động lại"


def test_a_write_in_one_screen_refreshes_another_through_the_hub(qtbot, org_screen, org_db, monkeypatch):
    """No window wires them: the second screen subscribed to the change hub itself; hidden,
    it waits for its next show."""
    from ui.org.org_screen import OrgScreen

    other = OrgScreen(org_db)
    qtbot.addWidget(other)
    other.show()
    other.reload()
    assert "Trần Thị Bích" in names(other)
    org_screen.select_person(org_db.ids["CB004"])
    monkeypatch.setattr(DeactivateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    org_screen.toggle_person_active()
    assert "Trần Thị Bích" not in names(other)  # refreshed by PEOPLE on the hub

    other.hide()
    org_screen.select_unit(org_db.ids["STC-NS"])
    org_screen.toggle_unit()
    assert other._refresher.dirty  # hidden: no database work yet
    other.show()
    assert not other._refresher.dirty
    stc = other.unit_model.index_of(org_db.ids["STC-NS"])
    assert not stc.data(UNIT_ROW_ROLE).is_active
