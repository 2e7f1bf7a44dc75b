"""The "Đợt xét" screen: rounds, movements with criteria, registrations against results."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.services import nomination
from tests.ui.nominations.test_nominations import round_db  # noqa: F401 - fixture
from ui.nominations.picker import NomineePickerDialog
from ui.rounds.dialogs import MovementDialog, RoundDialog
from ui.rounds.rounds_screen import RoundsScreen


@pytest.fixture
def rounds_screen(qtbot, round_db):
    s = RoundsScreen(round_db)
    qtbot.addWidget(s)
    s.resize(1100, 600)
    s.show()
    return s


def test_round_dialog_validates_dates_and_saves(qtbot, rounds_screen, round_db, monkeypatch):
    qtmodel = rounds_screen.rounds_model
    assert [r.name for r in qtmodel.rows] == ["Đợt xét khen thưởng năm 2024"]
    assert qtmodel.index(0, 5).data() == "Đang mở"
    from ui.operations import change_hub

    emitted = []

    def record(changes):
        emitted.append(sorted(changes.kinds))

    change_hub().changed.connect(record)

    def fake_exec(self):
        qtbot.addWidget(self)
        self.name.setText("Đợt xét chuyên đề 2025")
        self.year.setText("2025")
        self.review_date.setText("15/12/2025")
        self.submission_deadline.setText("20/12/2025")
        assert self.boxes["submission_deadline"].error.text() == "phải trước hoặc bằng ngày xét"
        self.ok_button.click()
        assert self.result() == 0
        self.submission_deadline.setText("01/12/2025")
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(RoundDialog, "exec", fake_exec)
    rounds_screen.add_round_button.click()
    change_hub().changed.disconnect(record)
    assert emitted == [["rounds"]]
    assert rounds_screen.selected_round().name == "Đợt xét chuyên đề 2025"
    rounds_screen.toggle_round_button.click()  # close it (confirmation answered Yes)
    assert rounds_screen.selected_round().status == "CLOSED"
    assert rounds_screen.toggle_round_button.text() == "Mở lại đợt"


def test_movement_with_criteria(qtbot, rounds_screen, round_db, monkeypatch, qtmodeltester):
    def fake_exec(self):
        qtbot.addWidget(self)
        self.name.setText("Thi đua chuyển đổi số")
        self.kind.setCurrentIndex(self.kind.findData("CHUYEN_DE"))
        self.criteria.add_row("Số hóa hồ sơ", "60")
        self.criteria.add_row("", "40")
        self.ok_button.click()
        assert self.boxes["criteria"].error.text() == "tiêu chí thứ 2 chưa có tên"
        self.criteria.table.item(1, 0).setText("Dịch vụ công trực tuyến")
        self.criteria.table.item(1, 1).setText("40,5")
        assert self.criteria.total.text() == "Tổng: 100.5 điểm"
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(MovementDialog, "exec", fake_exec)
    rounds_screen.add_movement_button.click()
    qtmodeltester.check(rounds_screen.movements_model)
    m = rounds_screen.selected_movement()
    assert (m.name, m.kind) == ("Thi đua chuyển đổi số", "CHUYEN_DE")
    assert [(c.name, c.max_points) for c in m.criteria] == [
        ("Số hóa hồ sơ", Decimal("60")),
        ("Dịch vụ công trực tuyến", Decimal("40.5")),
    ]
    assert rounds_screen.movements_model.index(0, 1).data() == "Chuyên đề"


def test_registrations_against_results(qtbot, rounds_screen, round_db, monkeypatch):
    ids = round_db.ids
    rounds_screen.year.setValue(2024)

    def fake_exec(self):
        qtbot.addWidget(self)
        self.award.setCurrentIndex(self.award.findData("LDTT"))
        self.select_people([ids["CB001"], ids["CB003"], ids["CB004"]])
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(NomineePickerDialog, "exec", fake_exec)
    rounds_screen.add_registration_button.click()
    with round_db.factory.begin() as s:
        added = nomination.add_nominations(
            s, round_id=ids["round"], award_code="LDTT", person_ids=[ids["CB001"], ids["CB003"]]
        )
        approved, rejected = added.added
        nomination.change_status(s, nomination_id=rejected, version=1, to_status="SUBMITTED")
        nomination.change_status(s, nomination_id=rejected, version=2, to_status="REJECTED", reason="HTNV")
    rounds_screen.refresh_registrations()
    model = rounds_screen.registrations_model
    results = {model.index(r, 0).data(): model.index(r, 3).data() for r in range(model.rowCount())}
    assert results == {
        "Nguyễn Thị Hoa": "… Đang xét",
        "Nguyễn Văn An": "✘ Không đạt",
        "Trần Thị Bích": "– Chưa đề nghị",
    }
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Nguyễn Văn An")
    assert model.index(row, 3).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Không đạt: 1" in rounds_screen.reg_count.text()
