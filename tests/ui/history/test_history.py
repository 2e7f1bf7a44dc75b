"""The history dialog: ratings, awards, sáng kiến, discipline and leave tabs with inline
validation and stale-record handling; history edits re-check the nominations."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.rules.eligibility import ELIGIBLE, NOT_ELIGIBLE
from app.services import history
from tests.ui.nominations.test_nominations import by_name, pick, round_db, screen  # noqa: F401 - fixtures
from ui.history.history_dialog import HistoryDialog
from ui.history.record_dialogs import AwardDialog, DisciplineDialog, InitiativeDialog, LeaveDialog, RatingDialog
from ui.models.dto_table import Column, DtoTableModel
from ui.operations import change_hub


def test_dto_table_model(qtmodeltester):
    from app.services.history import RatingRow

    model = DtoTableModel(
        [Column("Năm", lambda r: str(r.year), Qt.AlignmentFlag.AlignCenter), Column("Xếp loại", lambda r: r.rating)],
        tint=lambda r, c: None,
    )
    model.set_rows([RatingRow(1, 1, 2024, "HTTNV", 1), RatingRow(2, 1, 2023, "HTXSNV", 1)])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "2024"
    assert model.row_at(1).rating == "HTXSNV"
    assert model.row_of(lambda r: r.id == 2) == 1
    model.set_rows([])
    qtmodeltester.check(model)


def _dialog(qtbot, db, code="CB006", person=True):
    d = (
        HistoryDialog(db, person_id=db.ids[code], subject_name="Đặng Đức Dũng (CB006)")
        if person
        else HistoryDialog(db, unit_id=db.ids[code], subject_name="Sở Nội vụ")
    )
    qtbot.addWidget(d)
    d.show()
    return d


def _with_dialog(monkeypatch, cls, fill):
    def fake_exec(self):
        fill(self)
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)


def test_person_history_has_five_tabs(qtbot, round_db):
    d = _dialog(qtbot, round_db, "CB001")
    assert [d.tabs.tabText(i) for i in range(d.tabs.count())] == [
        "&Xếp loại (1)",
        "&Khen thưởng (0)",
        "&Sáng kiến (0)",
        "Kỷ &luật (0)",
        "Nghỉ &thai sản (0)",
    ]
    assert d.ratings_tab.model.index(0, 1).data() == "Hoàn thành xuất sắc nhiệm vụ"
    unit = _dialog(qtbot, round_db, "SNV", person=False)
    assert unit.tabs.count() == 1 and unit.tabs.tabText(0) == "&Khen thưởng (0)"


def test_rating_dialog_validates_inline(qtbot, round_db):
    d = RatingDialog(round_db, person_id=round_db.ids["CB001"])
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClicks(d.year, "20")
    assert d.boxes["year"].error.text() == "nhập năm gồm 4 chữ số"
    qtbot.keyClicks(d.year, "24")
    assert d.boxes["year"].error.isHidden()
    d.ok_button.click()  # 2024 is already rated: the service says so under the field
    assert d.result() != QDialog.DialogCode.Accepted
    assert d.boxes["year"].error.text() == "đã có xếp loại năm 2024"
    d.year.clear()
    assert d.boxes["year"].error.text() == "chưa nhập"


def test_rating_add_edit_delete_rechecks_the_nomination(qtbot, screen, monkeypatch, round_db, message_boxes):
    """Dũng has no 2024 rating: not eligible for LĐTT until one is added from his history."""
    pick(qtbot, monkeypatch, ["Đặng Đức Dũng"])
    screen.add_button.click()
    assert by_name(screen, "Đặng Đức Dũng").verdict_text == "Chưa có xếp loại chất lượng năm 2024"
    screen.select_ids([by_name(screen, "Đặng Đức Dũng").id])
    dialogs = []

    def run(fn):
        def fake_exec(self):
            qtbot.addWidget(self)
            dialogs.append(self)
            fn(self)
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(HistoryDialog, "exec", fake_exec)
        screen.history_button.click()

    # Add 2024 HTTNV.
    def add(d):
        _with_dialog(
            monkeypatch,
            RatingDialog,
            lambda r: (qtbot.keyClicks(r.year, "2024"), r.rating.setCurrentIndex(r.rating.findData("HTTNV"))),
        )
        d.ratings_tab.add_button.click()
        assert [(r.year, r.rating) for r in d.ratings_tab.model.rows] == [(2024, "HTTNV")]
        assert d.ratings_tab.model.index(0, 1).data() == "Hoàn thành tốt nhiệm vụ"
        assert d.changed

    run(add)
    assert by_name(screen, "Đặng Đức Dũng").verdict_status == ELIGIBLE

    # Edit it down to HTNV.
    def edit(d):
        d.ratings_tab.select_record(d.ratings_tab.model.rows[0].id)
        _with_dialog(monkeypatch, RatingDialog, lambda r: r.rating.setCurrentIndex(r.rating.findData("HTNV")))
        d.ratings_tab.edit_button.click()
        assert d.ratings_tab.model.index(0, 1).data() == "Hoàn thành nhiệm vụ"

    run(edit)
    row = by_name(screen, "Đặng Đức Dũng")
    assert row.verdict_status == NOT_ELIGIBLE
    assert "xếp loại hoàn thành nhiệm vụ" in row.verdict_text

    # Delete it.
    def delete(d):
        d.ratings_tab.select_record(d.ratings_tab.model.rows[0].id)
        d.ratings_tab.delete_button.click()
        assert "Xóa xếp loại năm 2024?" in message_boxes.texts("question")[-1]
        assert d.ratings_tab.model.rowCount() == 0

    run(delete)
    assert by_name(screen, "Đặng Đức Dũng").verdict_text == "Chưa có xếp loại chất lượng năm 2024"
    assert len(dialogs) == 3


def test_history_change_from_the_org_screen_rechecks_open_rounds(qtbot, round_db, monkeypatch):
    from app.services import nomination

    with round_db.factory.begin() as s:
        added = nomination.add_nominations(
            s, round_id=round_db.ids["round"], award_code="LDTT", person_ids=[round_db.ids["CB006"]]
        )
        nomination.compute_verdicts(s, round_id=round_db.ids["round"])
    from ui.app import build_main_window

    window = build_main_window(round_db)
    qtbot.addWidget(window)
    screen = window.org_screen
    screen.select_person(round_db.ids["CB006"])
    assert screen.history_button.isEnabled()

    def fake_exec(self):
        qtbot.addWidget(self)
        _with_dialog(monkeypatch, RatingDialog, lambda r: qtbot.keyClicks(r.year, "2024"))
        self.ratings_tab.add_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(HistoryDialog, "exec", fake_exec)
    screen.history_button.click()  # the nominations screen was never opened
    with round_db.factory() as s:
        rows = nomination.list_nominations(s, round_id=round_db.ids["round"])
    assert [(r.id, r.verdict_status) for r in rows] == [(added.added[0], ELIGIBLE)]


def test_award_initiative_discipline_leave_dialogs(qtbot, round_db, monkeypatch):
    d = _dialog(qtbot, round_db, "CB001")

    def award(a):
        assert a.award_code.findData("TTLDTT") < 0  # collective titles are not offered to a person
        a.award_code.setCurrentIndex(a.award_code.findData("CSTDCS"))
        qtbot.keyClicks(a.year, "2023")
        a.decision_no.setText("125/QĐ-UBND")
        qtbot.keyClicks(a.decision_date, "31/02/2024")
        assert a.boxes["decision_date"].error.text() == "ngày không có thật"
        a.decision_date.clear()
        qtbot.keyClicks(a.decision_date, "15/01/2024")

    _with_dialog(monkeypatch, AwardDialog, award)
    d.awards_tab.add_button.click()
    assert d.awards_tab.model.index(0, 1).data() == "Chiến sĩ thi đua cơ sở"
    assert d.awards_tab.model.index(0, 3).data() == "15/01/2024"

    def initiative(i):
        i.title.setText("Số hóa hồ sơ thi đua")
        qtbot.keyClicks(i.year, "2023")
        qtbot.keyClicks(i.recognised_date, "01/03/2024")
        assert i.boxes["recognised_date"].error.text() == "không thuộc năm 2023"
        i.recognised_date.clear()
        i.used_by_award_id.setCurrentIndex(1)  # used for the CSTĐCS 2023 just added

    _with_dialog(monkeypatch, InitiativeDialog, initiative)
    d.initiatives_tab.add_button.click()
    assert d.initiatives_tab.model.index(0, 5).data() == "Chiến sĩ thi đua cơ sở 2023"

    def discipline(k):
        k.level.setCurrentIndex(k.level.findData("KHIEN_TRACH"))
        qtbot.keyClicks(k.start_date, "01/06/2024")
        qtbot.keyClicks(k.end_date, "01/01/2024")
        assert k.boxes["end_date"].error.text() == "phải từ ngày bắt đầu trở đi"
        k.end_date.clear()

    _with_dialog(monkeypatch, DisciplineDialog, discipline)
    d.disciplines_tab.add_button.click()
    assert [d.disciplines_tab.model.index(0, c).data() for c in range(3)] == [
        "Khiển trách",
        "01/06/2024",
        "còn hiệu lực",
    ]

    def leave(lv):
        qtbot.keyClicks(lv.start_date, "01/02/2023")
        lv.ok_button.click()  # end date missing: refused inline
        assert lv.boxes["end_date"].error.text() == "chưa nhập"
        qtbot.keyClicks(lv.end_date, "31/07/2023")

    _with_dialog(monkeypatch, LeaveDialog, leave)
    d.leaves_tab.add_button.click()
    assert d.leaves_tab.model.rowCount() == 1
    assert d.tabs.tabText(4) == "Nghỉ &thai sản (1)"


def test_stale_edit_says_who_and_reloads(qtbot, round_db, monkeypatch, message_boxes):
    d = _dialog(qtbot, round_db, "CB001")
    old = d.ratings_tab.model.rows[0]
    with round_db.factory.begin() as s:  # another clerk changes it after the dialog loaded
        history.update_rating(s, rating_id=old.id, version=old.version, year=2024, rating="HTTNV")
    d.ratings_tab.select_record(old.id)
    _with_dialog(monkeypatch, RatingDialog, lambda r: r.rating.setCurrentIndex(r.rating.findData("HTNV")))
    d.ratings_tab.edit_button.click()
    assert "thay đổi sau khi bạn mở" in message_boxes.texts("warning")[-1]
    assert d.ratings_tab.model.rows[0].rating == "HTTNV"  # reloaded; the stale edit was not saved
    assert not d.changed
    # A stale delete too.
    current = d.ratings_tab.model.rows[0]
    with round_db.factory.begin() as s:
        history.update_rating(s, rating_id=current.id, version=current.version, year=2024, rating="HTXSNV")
    d.ratings_tab.select_record(current.id)
    d.ratings_tab.delete_button.click()
    assert len(message_boxes.texts("warning")) == 2
    assert d.ratings_tab.model.rows[0].rating == "HTXSNV"


def test_unit_history_from_the_org_tree(qtbot, org_screen, org_db, monkeypatch):
    org_screen.select_unit(org_db.ids["SNV-TC"])
    opened = []

    def fake_exec(self):
        qtbot.addWidget(self)
        opened.append(self.windowTitle())
        _with_dialog(
            monkeypatch,
            AwardDialog,
            lambda a: (a.award_code.setCurrentIndex(a.award_code.findData("TTLDTT")), qtbot.keyClicks(a.year, "2024")),
        )
        self.awards_tab.add_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(HistoryDialog, "exec", fake_exec)
    changed = []
    change_hub().changed.connect(lambda c: changed.append(sorted(c.kinds)))
    org_screen.tree.setFocus()
    qtbot.keyClick(org_screen.tree, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["Lịch sử khen thưởng — Phòng Tổ chức, biên chế"]
    assert changed == [["history"]]  # once per dialog, announced on the change hub
    with org_db.factory() as s:
        assert [a.award_code for a in history.get_history(s, unit_id=org_db.ids["SNV-TC"]).awards] == ["TTLDTT"]
