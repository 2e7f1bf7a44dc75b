"""The model examples screen: adding a person or a collective through the picker, the
duplicate refused inline, recording stages in order, filters and counts, deleting, the
Excel list, and the table model."""

from __future__ import annotations

import datetime as _dt

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog

from app.services import example, movement
from ui.examples.examples_screen import (
    ExampleDialog,
    ExamplesScreen,
    ExampleSubjectPicker,
    StagesDialog,
)

D = _dt.date


@pytest.fixture
def ex_db(org_db):
    """`org_db` with the movement 2019–2024, an empty one, and two examples."""
    ids = org_db.ids
    with org_db.factory.begin() as s:
        ids["M"] = movement.create_movement(
            s, name="Tham mưu giỏi, phục vụ tốt", start_date=D(2019, 1, 1), end_date=D(2024, 12, 31)
        )
        ids["M_EMPTY"] = movement.create_movement(s, name="Văn hóa công sở", start_date=D(2023, 1, 1))
        ids["E_LAN"] = example.register_example(
            s,
            movement_id=ids["M"],
            person_id=ids["CB002"],
            year=2020,
            found_on=D(2020, 3, 1),
            achievement="Phục vụ chu đáo các hội nghị",
        )
        example.set_stage(s, example_id=ids["E_LAN"], stage="BOI_DUONG", on_date=D(2020, 9, 1))
        ids["E_STC"] = example.register_example(
            s,
            movement_id=ids["M"],
            unit_id=ids["STC-NS"],
            year=2021,
            found_on=D(2021, 5, 2),
            achievement="Đổi mới lề lối làm việc",
        )
    return org_db


@pytest.fixture
def screen(qtbot, ex_db):
    s = ExamplesScreen(ex_db)
    qtbot.addWidget(s)
    s.resize(1300, 700)
    s.show()
    qtbot.waitExposed(s)
    return s


def names(screen) -> list[str]:
    return [r.subject_name for r in screen.model.rows]


def select(screen, name: str) -> None:
    screen.select_example(next(r.id for r in screen.model.rows if r.subject_name == name))
    assert screen.selected_example().subject_name == name


def fake_picker(qtbot, monkeypatch, *, person: str | None = None, unit_id: int | None = None, seen=None):
    def fake_exec(self):
        qtbot.addWidget(self)
        if seen is not None:
            seen.append(self)
        if person is not None:
            ids = [r.id for r in self.people_model.rows if r.full_name == person]
            self.select_people(ids)
        else:
            self.select_units([unit_id])
        assert self.ok_button.isEnabled()
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(ExampleSubjectPicker, "exec", fake_exec)


def fake_example_dialog(qtbot, monkeypatch, *, year="2022", achievement="", found_on="", note="", seen=None):
    def fake_exec(self):
        qtbot.addWidget(self)
        if seen is not None:
            seen.append(self)
        self.year.setText(year)
        if achievement:
            self.achievement.setPlainText(achievement)
        if self.found_on is not None:
            self.found_on.setText(found_on)
        self.note.setText(note)
        self.ok_button.click()
        if self.result() != QDialog.DialogCode.Accepted:
            self.reject()
        return self.result()

    monkeypatch.setattr(ExampleDialog, "exec", fake_exec)


def test_opens_on_the_movement_with_examples_and_shows_counts(screen, ex_db):
    assert screen.movement_id == ex_db.ids["M"]
    assert screen.movement_combo.currentText() == "Tham mưu giỏi, phục vụ tốt (2)"
    assert screen.period_label.text() == "01/01/2019 – 31/12/2024"
    assert names(screen) == ["Nguyễn Thị Lan", "Phòng Ngân sách"]
    text = screen.counts_label.text()
    assert text.startswith("<b>2</b> điển hình: 1 cá nhân, 1 tập thể")
    assert "Phát hiện <b>2</b>" in text and "Bồi dưỡng <b>1</b>" in text and "Tổng kết <b>0</b>" in text
    assert screen.model.headerData(5, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Phát hiện"
    lan = screen.model.index(0, 5)
    assert lan.data() == "01/03/2020" and screen.model.index(0, 6).data() == "01/09/2020"
    assert screen.model.index(0, 7).data() == ""
    assert screen.model.index(0, 2).data() == "Chánh Văn phòng, Văn phòng Sở, Sở Nội vụ"
    assert screen.model.index(1, 1).data() == "Tập thể"
    assert not screen.edit_button.isEnabled() and screen.export_button.isEnabled()


def test_model_passes_the_tester(screen, qtmodeltester):
    qtmodeltester.check(screen.model)
    screen.movement_combo.setCurrentIndex(screen.movement_combo.findData(screen.movement_id + 1))
    assert screen.model.rowCount() == 0
    qtmodeltester.check(screen.model)


def test_add_person_example_via_the_picker(qtbot, monkeypatch, screen, ex_db):
    pickers, dialogs = [], []
    fake_picker(qtbot, monkeypatch, person="Nguyễn Thị Hoa", seen=pickers)
    fake_example_dialog(
        qtbot,
        monkeypatch,
        year="2022",
        achievement="Đi đầu trong chuyển đổi số",
        found_on="15/04/2022",
        note="Đề nghị biểu dương",
        seen=dialogs,
    )
    screen.add_person_button.click()
    picker = pickers[0]
    assert picker.subject == "CA_NHAN" and picker.award.isHidden() and picker.person_radio.isHidden()
    assert dialogs[0].subject.text() == "Nguyễn Thị Hoa, Chuyên viên, Phòng Tổ chức, biên chế"
    assert dialogs[0].result() == QDialog.DialogCode.Accepted
    assert "Nguyễn Thị Hoa" in names(screen)
    row = screen.selected_example()
    assert row.subject_name == "Nguyễn Thị Hoa" and row.year == 2022 and row.note == "Đề nghị biểu dương"
    assert row.stage("PHAT_HIEN").on_date == D(2022, 4, 15)
    assert screen.movement_combo.currentText() == "Tham mưu giỏi, phục vụ tốt (3)"
    assert screen.counts_label.text().startswith("<b>3</b> điển hình: 2 cá nhân, 1 tập thể")


def test_the_same_person_twice_is_refused_inline(qtbot, monkeypatch, screen, ex_db):
    dialogs = []
    fake_picker(qtbot, monkeypatch, person="Nguyễn Thị Lan")
    fake_example_dialog(qtbot, monkeypatch, achievement="Lần nữa", seen=dialogs)
    screen.add_person_button.click()
    assert dialogs[0].result() == QDialog.DialogCode.Rejected
    error = dialogs[0].field_errors()["subject"]
    assert error.startswith("«Nguyễn Thị Lan» đã có trong danh sách điển hình tiên tiến của phong trào «Tham mưu giỏi")
    assert names(screen).count("Nguyễn Thị Lan") == 1


def test_fields_are_checked_before_saving(qtbot, monkeypatch, screen):
    dialogs = []
    fake_picker(qtbot, monkeypatch, person="Nguyễn Văn An")
    fake_example_dialog(qtbot, monkeypatch, year="2030", achievement="", found_on="31/02/2022", seen=dialogs)
    screen.add_person_button.click()
    errors = dialogs[0].field_errors()
    assert errors["achievement"] == "chưa nhập thành tích tiêu biểu"
    assert errors["found_on"] == "ngày không có thật"
    assert "Nguyễn Văn An" not in names(screen)


def test_add_collective(qtbot, monkeypatch, screen, ex_db):
    pickers = []
    fake_picker(qtbot, monkeypatch, unit_id=ex_db.ids["SNV-VP"], seen=pickers)
    fake_example_dialog(qtbot, monkeypatch, year="2023", achievement="Tập thể đoàn kết")
    screen.add_unit_button.click()
    assert pickers[0].subject == "TAP_THE"
    assert names(screen) == ["Nguyễn Thị Lan", "Văn phòng Sở", "Phòng Ngân sách"]
    assert screen.selected_example().subject_name == "Văn phòng Sở"


def test_edit_example(qtbot, monkeypatch, screen):
    select(screen, "Nguyễn Thị Lan")
    dialogs = []
    fake_example_dialog(qtbot, monkeypatch, year="2021", achievement="Thành tích mới", seen=dialogs)
    screen.edit_button.click()
    assert dialogs[0].found_on is None
    row = screen.selected_example()
    assert (row.year, row.achievement) == (2021, "Thành tích mới")


def fake_stages(qtbot, monkeypatch, fill, seen):
    def fake_exec(self):
        qtbot.addWidget(self)
        seen.append(self)
        fill(self)
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(StagesDialog, "exec", fake_exec)


def test_record_a_stage(qtbot, monkeypatch, screen):
    select(screen, "Nguyễn Thị Lan")
    dialogs = []

    def fill(d):
        assert d.editors["PHAT_HIEN"].done.isChecked() and not d.editors["PHAT_HIEN"].done.isEnabled()
        assert d.editors["BOI_DUONG"].date.text() == "01/09/2020"
        assert not d.editors["TONG_KET"].date.isEnabled()
        d.editors["TONG_KET"].done.setChecked(True)
        d.editors["TONG_KET"].date.setText("20/12/2020")
        d.editors["TONG_KET"].note.setText("Biểu dương tại hội nghị tổng kết")

    fake_stages(qtbot, monkeypatch, fill, dialogs)
    screen.stages_button.click()
    assert dialogs[0].result() == QDialog.DialogCode.Accepted
    row = screen.selected_example()
    assert row.stage("TONG_KET") == example.StageRow(
        "TONG_KET", True, D(2020, 12, 20), "Biểu dương tại hội nghị tổng kết"
    )
    assert row.current_stage == "TONG_KET"
    assert "Tổng kết <b>1</b>" in screen.counts_label.text()
    assert screen.model.index(screen.model.row_of_id(row.id), 7).data() == "20/12/2020"


def test_stages_out_of_order_are_shown_and_not_saved(qtbot, monkeypatch, screen):
    select(screen, "Phòng Ngân sách")
    dialogs = []

    def fill(d):
        d.editors["TONG_KET"].done.setChecked(True)  # Bồi dưỡng not ticked
        d.editors["TONG_KET"].date.setText("01/06/2021")

    fake_stages(qtbot, monkeypatch, fill, dialogs)
    screen.stages_button.click()
    d = dialogs[0]
    assert d.result() != QDialog.DialogCode.Accepted
    assert d.field_errors() == {
        "TONG_KET": "Chưa thể ghi nhận khâu Tổng kết khi chưa có khâu Bồi dưỡng: các khâu đi "
        "theo thứ tự Phát hiện → Bồi dưỡng → Tổng kết → Nhân rộng"
    }
    d.editors["BOI_DUONG"].done.setChecked(True)
    d.editors["BOI_DUONG"].date.setText("01/07/2021")
    assert d.field_errors() == {
        "TONG_KET": "Ngày của khâu Tổng kết (01/06/2021) không được trước ngày của khâu Bồi dưỡng (01/07/2021)"
    }
    d.editors["BOI_DUONG"].date.setText("10/05/2021")
    assert d.field_errors() == {}
    d.ok_button.click()
    assert d.result() == QDialog.DialogCode.Accepted
    screen.refresh()
    select(screen, "Phòng Ngân sách")
    assert screen.selected_example().current_stage == "TONG_KET"


def test_filters(qtbot, screen, ex_db):
    screen.stage_filter.setCurrentIndex(screen.stage_filter.findData("BOI_DUONG"))
    assert names(screen) == ["Nguyễn Thị Lan"]
    assert screen.shown_label.text() == "Đang hiển thị 1 / 2"
    screen.stage_filter.setCurrentIndex(0)
    screen.kind_filter.setCurrentIndex(screen.kind_filter.findData("TAP_THE"))
    assert names(screen) == ["Phòng Ngân sách"]
    screen.kind_filter.setCurrentIndex(0)
    screen.unit_filter.set_unit_id(ex_db.ids["SNV"])
    assert names(screen) == ["Nguyễn Thị Lan"]
    screen.unit_filter.setCurrentIndex(0)
    assert len(names(screen)) == 2
    qtbot.keyClicks(screen.search, "le loi")  # "lề lối" in the achievement, typed without marks
    qtbot.waitUntil(lambda: names(screen) == ["Phòng Ngân sách"])
    assert screen.shown_label.text() == "Đang hiển thị 1 / 2"


def test_delete_asks_then_removes(screen, message_boxes):
    select(screen, "Phòng Ngân sách")
    screen.delete_button.click()
    assert message_boxes.calls[-1][0] == "question" and "Phòng Ngân sách" in message_boxes.calls[-1][2]
    assert names(screen) == ["Nguyễn Thị Lan"]
    from PySide6.QtWidgets import QMessageBox

    message_boxes.answer = QMessageBox.StandardButton.No
    select(screen, "Nguyễn Thị Lan")
    screen.delete_button.click()
    assert names(screen) == ["Nguyễn Thị Lan"]


def test_export_writes_the_list_through_the_flow(qtbot, monkeypatch, screen, tmp_path, message_boxes):
    """The save dialog proposes the document, the movement and today's date in the last
    folder; the file is written by the service; the saved box offers Mở tệp."""
    import datetime as _dt

    from ui import export_flow

    export_flow.remember_folder(tmp_path / "x.xlsx")
    out = tmp_path / "Điển hình.xlsx"
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, title, suggested, filters: asked.append(suggested) or (str(out), filters),
    )
    screen.export_button.click()
    today = _dt.date.today().strftime("%d-%m-%Y")
    assert asked == [str(tmp_path / f"Danh sách điển hình tiên tiến - Tham mưu giỏi, phục vụ tốt {today}.xlsx")]
    assert out.exists() and screen.last_export == out
    assert screen.message_label.text() == f"Đã xuất 2 điển hình ra {out.name}"
    assert message_boxes.calls[-1][0] == "saved" and str(out) in message_boxes.calls[-1][2]
    ws = load_workbook(out).active
    cells = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert "DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN" in cells and "I. CÁ NHÂN" in cells and "II. TẬP THỂ" in cells
    assert "Nguyễn Thị Lan" in cells and "Phòng Ngân sách" in cells


def test_a_locked_file_is_offered_again(qtbot, monkeypatch, screen, tmp_path, message_boxes):
    from app.errors import FileLocked

    real = example.export_examples
    calls = []

    def locked_once(session, *, movement_id, out, **kw):
        calls.append(out)
        if len(calls) == 1:
            raise FileLocked(path=str(out))
        return real(session, movement_id=movement_id, out=out, **kw)

    monkeypatch.setattr(example, "export_examples", locked_once)
    message_boxes.click = ["Thử lại"]
    screen.export(path=tmp_path / "x.xlsx")
    assert message_boxes.calls[0][0] == "box" and str(tmp_path / "x.xlsx") in message_boxes.calls[0][2]
    assert calls == [tmp_path / "x.xlsx"] * 2 and (tmp_path / "x.xlsx").exists()
    assert message_boxes.calls[-1][0] == "saved"


def test_no_movement_disables_adding(qtbot, db):
    s = ExamplesScreen(db)
    qtbot.addWidget(s)
    assert s.movement_id is None
    assert not s.add_person_button.isEnabled() and not s.export_button.isEnabled()
    assert s.message_label.text().startswith("Chưa có phong trào thi đua nào")


def test_screenshot_with_150_examples(qtbot, db, tmp_path):
    """150 seeded examples on the demo bloc: the table fills and the counts add up."""
    import random

    from app.services.demo import generate_demo

    with db.factory.begin() as s:
        generate_demo(s, people=400, seed=3)
        mid = next(m.id for m in movement.list_movements(s) if m.name == "Tham mưu giỏi, phục vụ tốt")
        demo_rows = example.list_examples(s, movement_id=mid)
        assert len(demo_rows) == 400 // 30  # the demo seeds one example per 30 staff
        for row in demo_rows:
            example.delete_example(s, example_id=row.id)
        assert example.seed_examples(s, movement_id=mid, rng=random.Random(3)) == 150
    w = ExamplesScreen(db)
    qtbot.addWidget(w)
    w.resize(1400, 800)
    w.show()
    qtbot.waitExposed(w)
    assert w.movement_id == mid and w.model.rowCount() == 150
    assert w.counts_label.text().startswith("<b>150</b> điển hình: 120 cá nhân, 30 tập thể")
    assert w.grab().save(str(tmp_path / "examples_screen.png"))


def test_a_movement_added_elsewhere_appears_through_the_hub(qtbot, screen, ex_db):
    """A write announcing ROUNDS (as the rounds screen makes) reloads the movements: at once
    while shown, on the next show while hidden; no one calls the screen."""
    from ui.operations import ROUNDS, CollectionOp

    def add(name):
        CollectionOp(
            parent=None, db=ex_db, changes={ROUNDS}, op=lambda s: movement.create_movement(s, name=name)
        ).run_in_background()

    movements = lambda: [screen.movement_combo.itemText(i) for i in range(screen.movement_combo.count())]  # noqa: E731
    add("Thi đua chuyển đổi số")
    assert "Thi đua chuyển đổi số" in movements()
    assert screen.movement_id == ex_db.ids["M"]  # the chosen movement is kept
    screen.hide()
    add("Dân vận khéo")
    assert "Dân vận khéo" not in movements()
    screen.show()
    assert "Dân vận khéo" in movements()
