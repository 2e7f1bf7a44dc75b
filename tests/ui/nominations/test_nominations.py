"""The nominations screen: adding one or many, the bulk LĐTT proposal, verdicts and
filters, the status workflow with reasons, the Excel list."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.errors import FileLocked
from app.rules.eligibility import ELIGIBLE, MANUAL_CHECK, NOT_ELIGIBLE, Reason
from app.services import history, movement, nomination
from app.services.nomination import NominationListRow
from ui.models.nomination_table import NominationTableModel
from ui.nominations.nominations_screen import NominationsScreen
from ui.nominations.picker import NomineePickerDialog
from ui.nominations.reason_dialog import ReasonDialog

YEAR = 2024
# code → rating in YEAR (CB003 is below LĐTT; CB006 has no rating).
RATINGS_2024 = {"CB001": "HTXSNV", "CB002": "HTTNV", "CB003": "HTNV", "CB004": "HTTNV", "CB005": "HTTNV"}


@pytest.fixture
def round_db(org_db):
    """`org_db` with 2024 ratings and an open round for 2024 (judged under NĐ 98/2023)."""
    ids = org_db.ids
    with org_db.factory.begin() as s:
        for code, rating in RATINGS_2024.items():
            history.add_rating(s, person_id=ids[code], year=YEAR, rating=rating)
        ids["round"] = movement.create_round(
            s,
            name="Đợt xét khen thưởng năm 2024",
            year=YEAR,
            review_date=_dt.date(2025, 1, 15),
            submission_deadline=_dt.date(2025, 1, 5),
        )
    return org_db


@pytest.fixture
def screen(qtbot, round_db):
    s = NominationsScreen(round_db)
    qtbot.addWidget(s)
    s.resize(1200, 700)
    s.show()
    qtbot.waitExposed(s)
    return s


def names(screen) -> list[str]:
    return [r.name for r in screen.model.rows]


def by_name(screen, name: str) -> NominationListRow:
    return next(r for r in screen.model.rows if r.name == name)


def pick(
    qtbot,
    monkeypatch,
    people: list[str] | None = None,
    units: list[int] | None = None,
    award: str = "LDTT",
    search: str = "",
):
    """Make the picker choose `people` (by name) or `units` (ids) when it opens."""
    seen = []

    def fake_exec(self):
        qtbot.addWidget(self)
        seen.append(self)
        if units is not None:
            self.unit_radio.setChecked(True)
            self.award.setCurrentIndex(self.award.findData(award))
            self.select_units(units)
        else:
            self.award.setCurrentIndex(self.award.findData(award))
            if search:
                qtbot.keyClicks(self.search, search)
                qtbot.waitUntil(lambda: self.people_model.rowCount() < 6)
            ids = [r.id for r in self.people_model.rows if r.full_name in people]
            self.select_people(ids)
        assert self.ok_button.isEnabled()
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(NomineePickerDialog, "exec", fake_exec)
    return seen


def test_nomination_table_model(qtmodeltester):
    import json

    model = NominationTableModel()
    missing = json.dumps([Reason.of("RATING_MISSING", year=2024).to_json()])
    rows = [
        NominationListRow(
            1,
            1,
            "CA_NHAN",
            5,
            None,
            "Nguyễn Thị Hoa",
            "Phòng Tổ chức",
            "Sở Nội vụ",
            "LDTT",
            "Lao động tiên tiến",
            "DRAFT",
            ELIGIBLE,
            "[]",
            (),
            1,
            2,
        ),
        NominationListRow(
            2,
            1,
            "CA_NHAN",
            6,
            None,
            "Lê Văn Tám",
            "Phòng Ngân sách",
            "Sở Tài chính",
            "CSTDCS",
            "Chiến sĩ thi đua cơ sở",
            "SUBMITTED",
            NOT_ELIGIBLE,
            missing,
            ("Trần Văn B",),
            1,
            3,
        ),
        NominationListRow(
            3,
            1,
            "TAP_THE",
            None,
            9,
            "Phòng Ngân sách",
            "Sở Tài chính",
            "Sở Tài chính",
            "TTLDTT",
            "Tập thể lao động tiên tiến",
            "CHECKED",
            MANUAL_CHECK,
            None,
            (),
            1,
            3,
        ),
    ]
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.columnCount() == 8
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == [
        "STT",
        "Họ tên / Tập thể",
        "Đơn vị",
        "Danh hiệu đề nghị",
        "Trạng thái",
        "Kết quả kiểm tra",
        "Lý do",
        "Xung đột lợi ích",
    ]
    assert [model.index(1, c).data() for c in range(8)] == [
        "2",
        "Lê Văn Tám",
        "Phòng Ngân sách — Sở Tài chính",
        "Chiến sĩ thi đua cơ sở",
        "Đã gửi",
        "✘ Không đủ điều kiện",
        "Chưa có xếp loại chất lượng năm 2024",
        "⚠ Trần Văn B",
    ]
    assert model.index(2, 1).data() == "Tập thể Phòng Ngân sách"
    # Colour and words say the same thing.
    green = model.index(0, 5).data(Qt.ItemDataRole.BackgroundRole)
    red = model.index(1, 5).data(Qt.ItemDataRole.BackgroundRole)
    amber = model.index(2, 5).data(Qt.ItemDataRole.BackgroundRole)
    assert green.green() > green.red() and red.red() > red.green() and amber != red and amber != green
    assert model.index(0, 5).data() == "✔ Đủ điều kiện"
    assert model.index(2, 5).data() == "? Cần kiểm tra thêm"
    model.set_rows([])
    qtmodeltester.check(model)


def test_add_one_person_shows_its_verdict(qtbot, screen, monkeypatch):
    assert screen.round_combo.currentText().startswith("Đợt xét khen thưởng năm 2024")
    assert screen.rule_set_label.text() == "Bộ quy tắc: NĐ 98/2023"
    pick(qtbot, monkeypatch, ["Nguyễn Thị Hoa"], search="hoa")
    screen.add_button.click()
    assert names(screen) == ["Nguyễn Thị Hoa"]
    row = by_name(screen, "Nguyễn Thị Hoa")
    assert (row.award_code, row.status, row.verdict_status) == ("LDTT", "DRAFT", ELIGIBLE)
    assert screen.model.index(0, 5).data() == "✔ Đủ điều kiện"
    assert screen.message_label.text() == "Đã thêm 1 đề nghị"
    assert [r.name for r in screen.selected_rows()] == ["Nguyễn Thị Hoa"]  # the new one is selected
    assert "Đủ điều kiện" in screen.detail_title.text()


def test_add_many_people_at_once(qtbot, screen, monkeypatch, round_db):
    pick(qtbot, monkeypatch, ["Nguyễn Thị Hoa", "Nguyễn Văn An", "Đặng Đức Dũng"])
    screen.add_button.click()
    assert sorted(names(screen)) == ["Nguyễn Thị Hoa", "Nguyễn Văn An", "Đặng Đức Dũng"]
    assert by_name(screen, "Nguyễn Văn An").verdict_status == NOT_ELIGIBLE  # HTNV in 2024
    assert "xếp loại hoàn thành nhiệm vụ" in by_name(screen, "Nguyễn Văn An").verdict_text
    assert by_name(screen, "Đặng Đức Dũng").verdict_text == "Chưa có xếp loại chất lượng năm 2024"
    assert len(screen.selected_rows()) == 3
    assert screen.selection_label.text() == "Đang chọn 3"
    # The same people again: skipped, said so.
    pick(qtbot, monkeypatch, ["Nguyễn Thị Hoa", "Lê Văn Tám"])
    screen.add_button.click()
    assert len(names(screen)) == 4
    assert screen.message_label.text() == "Đã thêm 1 đề nghị; 1 đã có trong đợt nên bỏ qua"


def test_add_units_for_a_collective_title(qtbot, screen, monkeypatch, round_db):
    pick(qtbot, monkeypatch, units=[round_db.ids["SNV-TC"], round_db.ids["STC-NS"]], award="TTLDTT")
    screen.add_button.click()
    assert sorted(names(screen)) == ["Phòng Ngân sách", "Phòng Tổ chức, biên chế"]
    assert all(r.subject == "TAP_THE" and r.verdict_status for r in screen.model.rows)
    assert screen.model.index(0, 1).data().startswith("Tập thể ")


def test_bulk_ldtt_proposal_then_filters(qtbot, screen, monkeypatch, round_db, message_boxes):
    screen.propose_button.click()
    assert "Lao động tiên tiến năm 2024" in message_boxes.texts("question")[0]
    # Everyone rated HTTNV or better in 2024; An (HTNV) and Dũng (no rating) are left out.
    assert sorted(names(screen)) == ["Lê Văn Tám", "Nguyễn Thị Hoa", "Nguyễn Thị Lan", "Trần Thị Bích"]
    assert {r.verdict_status for r in screen.model.rows} == {ELIGIBLE}
    assert screen.message_label.text() == "Đã đề xuất 4 người đạt LĐTT"
    pick(qtbot, monkeypatch, ["Nguyễn Văn An"])
    screen.add_button.click()

    screen.verdict_filter.setCurrentIndex(screen.verdict_filter.findData(NOT_ELIGIBLE))
    assert names(screen) == ["Nguyễn Văn An"]
    assert screen.counts_label.text().startswith("Hiển thị 1 / 5 đề nghị")
    screen.verdict_filter.setCurrentIndex(screen.verdict_filter.findData(ELIGIBLE))
    assert len(names(screen)) == 4
    screen.verdict_filter.setCurrentIndex(0)

    # Unit filter: a subtree (Sở Tài chính and its department).
    screen.unit_filter.set_unit_id(round_db.ids["STC"])
    qtbot.waitUntil(lambda: sorted(names(screen)) == ["Lê Văn Tám", "Trần Thị Bích"])
    screen.unit_filter.set_unit_id(round_db.ids["SNV-TC"])
    qtbot.waitUntil(lambda: names(screen) == ["Nguyễn Thị Hoa"])
    screen.unit_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(names(screen)) == 5)
    # Text search, without accents.
    qtbot.keyClicks(screen.search, "bich")
    qtbot.waitUntil(lambda: names(screen) == ["Trần Thị Bích"])


def test_bulk_proposal_in_a_real_worker_thread(qtbot, screen, monkeypatch):
    from ui.workers import Worker

    monkeypatch.setattr(Worker, "inline", False)
    screen.propose_button.click()
    qtbot.waitUntil(lambda: len(names(screen)) == 4, timeout=10_000)
    assert {r.verdict_status for r in screen.model.rows} == {ELIGIBLE}


def _select(screen, *names_):
    ids = [by_name(screen, n).id for n in names_]
    screen.select_ids(ids)


def test_status_buttons_follow_allowed_transitions(qtbot, screen, monkeypatch):
    pick(qtbot, monkeypatch, ["Nguyễn Thị Hoa", "Nguyễn Thị Lan"])
    screen.add_button.click()
    _select(screen, "Nguyễn Thị Hoa", "Nguyễn Thị Lan")
    enabled = {code for code, b in screen.status_buttons.items() if b.isEnabled()}
    assert enabled == {"SUBMITTED"}
    assert not screen.return_button.isEnabled()  # nothing before Dự thảo
    screen.status_buttons["SUBMITTED"].click()  # both at once
    assert {r.status for r in screen.model.rows} == {"SUBMITTED"}
    assert screen.message_label.text() == "Đã chuyển 2 đề nghị sang «Đã gửi»"
    _select(screen, "Nguyễn Thị Hoa")
    assert {c for c, b in screen.status_buttons.items() if b.isEnabled()} == {"CHECKED"}
    assert screen.reject_button.isEnabled() and screen.return_button.isEnabled()
    screen.status_buttons["CHECKED"].click()
    # LĐTT needs no vote (NĐ 98/2023): from Đã kiểm tra straight to Được duyệt.
    _select(screen, "Nguyễn Thị Hoa")
    assert {c for c, b in screen.status_buttons.items() if b.isEnabled()} == {"VOTED", "APPROVED"}
    # A mixed selection offers only what both may do.
    _select(screen, "Nguyễn Thị Hoa", "Nguyễn Thị Lan")
    assert {c for c, b in screen.status_buttons.items() if b.isEnabled()} == set()
    assert screen.return_targets(screen.selected_rows()) == ["DRAFT"]


def test_return_needs_a_reason(qtbot, screen, monkeypatch):
    pick(qtbot, monkeypatch, ["Nguyễn Thị Hoa"])
    screen.add_button.click()
    _select(screen, "Nguyễn Thị Hoa")
    screen.status_buttons["SUBMITTED"].click()
    screen.status_buttons["CHECKED"].click()
    shown = []

    def fake_exec(self):
        qtbot.addWidget(self)
        self.show()
        shown.append([self.targets.itemText(i) for i in range(self.targets.count())])
        self.ok_button.click()  # empty: refused inline
        assert self.result() != QDialog.DialogCode.Accepted
        assert self.error.text() == "cần ghi lý do khi trả lại hoặc không duyệt đề nghị"
        assert self.error.isVisible()
        self.text.setFocus()
        from tests.ui.conftest import ime_type

        ime_type(self.text, "Thiếu bản tóm tắt thành tích")
        assert self.error.isHidden()
        self.targets.setCurrentIndex(self.targets.findData("DRAFT"))
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(ReasonDialog, "exec", fake_exec)
    screen.return_button.click()
    assert shown == [["Đã gửi", "Dự thảo"]]  # nearest first
    row = by_name(screen, "Nguyễn Thị Hoa")
    assert row.status == "DRAFT"
    events = screen.events_model.rows
    assert [(e.from_status, e.to_status, e.reason) for e in events] == [
        ("DRAFT", "SUBMITTED", ""),
        ("SUBMITTED", "CHECKED", ""),
        ("CHECKED", "DRAFT", "Thiếu bản tóm tắt thành tích"),
    ]
    assert screen.events_model.index(2, 2).data() == "Đã kiểm tra → Dự thảo"


def test_reject_with_reason_and_cancel_keeps_status(qtbot, screen, monkeypatch, round_db):
    pick(qtbot, monkeypatch, ["Nguyễn Văn An"])
    screen.add_button.click()
    _select(screen, "Nguyễn Văn An")
    screen.status_buttons["SUBMITTED"].click()

    monkeypatch.setattr(ReasonDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    screen.reject_button.click()
    assert by_name(screen, "Nguyễn Văn An").status == "SUBMITTED"

    def fake_exec(self):
        qtbot.addWidget(self)
        assert self.targets.count() == 0  # rejecting has no target to choose
        self.text.setPlainText("Năm 2024 chỉ hoàn thành nhiệm vụ")
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(ReasonDialog, "exec", fake_exec)
    _select(screen, "Nguyễn Văn An")
    screen.reject_button.click()
    assert by_name(screen, "Nguyễn Văn An").status == "REJECTED"
    with round_db.factory() as s:
        events = nomination.nomination_events(s, nomination_id=by_name(screen, "Nguyễn Văn An").id)
    assert events[-1].to_status == "REJECTED" and events[-1].reason == "Năm 2024 chỉ hoàn thành nhiệm vụ"
    screen.status_filter.setCurrentIndex(screen.status_filter.findData("REJECTED"))
    assert names(screen) == ["Nguyễn Văn An"]


def test_stale_status_change_is_reported_and_reloaded(qtbot, screen, monkeypatch, round_db, message_boxes):
    pick(qtbot, monkeypatch, ["Nguyễn Thị Hoa"])
    screen.add_button.click()
    row = by_name(screen, "Nguyễn Thị Hoa")
    with round_db.factory.begin() as s:  # another clerk moves it meanwhile
        nomination.change_status(s, nomination_id=row.id, version=row.version, to_status="SUBMITTED")
    _select(screen, "Nguyễn Thị Hoa")
    screen.status_buttons["SUBMITTED"].click()
    assert "thay đổi sau khi bạn mở" in message_boxes.texts("warning")[-1]
    assert by_name(screen, "Nguyễn Thị Hoa").status == "SUBMITTED"  # reloaded


def _export_options(monkeypatch, *, everything=False, status=False, verdict=False):
    from ui.nominations.nominations_screen import ExportOptionsDialog

    seen = []

    def exec_(dialog):
        seen.append((dialog.sendable.text(), dialog.everything.text()))
        dialog.everything.setChecked(everything)
        dialog.with_status.setChecked(status)
        dialog.with_verdict.setChecked(verdict)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", exec_)
    return seen


def test_export_sends_only_the_sendable_after_confirming_the_rest(
    qtbot, screen, monkeypatch, tmp_path, message_boxes, round_db
):
    """Drafts are not sent by default; choosing "every one shown" asks first; the screen's
    filters apply; the verdict column is optional."""
    screen.propose_button.click()
    out = tmp_path / "gửi lên.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))
    seen = _export_options(monkeypatch)
    screen.export_button.click()
    assert "(0)" in seen[-1][0] and "(4, trong đó 4" in seen[-1][1]
    assert message_boxes.texts("information")[-1].startswith("Trong các đề nghị đang hiển thị, không có")
    assert not out.exists()
    # submit two: only those go
    rows = [screen.model.row_at(i) for i in range(screen.model.rowCount())]
    rows.sort(key=lambda r: r.verdict_status == NOT_ELIGIBLE)  # the ✔ / ? first
    assert rows[1].verdict_status in (ELIGIBLE, MANUAL_CHECK)
    with round_db.factory.begin() as s:
        nomination.change_status_many(s, items=[(r.id, r.version) for r in rows[:2]], to_status="SUBMITTED")
    screen.refresh()
    screen.export_button.click()
    cells = [str(c.value) for row in load_workbook(out).active.iter_rows() for c in row if c.value is not None]
    assert sum(1 for r in rows[:2] if any(r.name == c for c in cells)) == 2
    assert not any(r.name == c for r in rows[2:] for c in cells)
    assert "Kết quả kiểm tra" not in cells
    assert message_boxes.calls[-1][0] == "saved" and "Đã xuất 2 đề nghị" in message_boxes.calls[-1][2]
    # everything shown, with the verdict column, after the confirmation; refused → nothing
    out.unlink()
    message_boxes.answer = QMessageBox.StandardButton.No
    _export_options(monkeypatch, everything=True, verdict=True)
    screen.export_button.click()
    assert "chưa đủ điều kiện gửi" in message_boxes.texts("question")[-1] and not out.exists()
    message_boxes.answer = None
    screen.search.setText(rows[3].name)
    screen.refresh()
    screen.export_button.click()
    cells = [str(c.value) for row in load_workbook(out).active.iter_rows() for c in row if c.value is not None]
    assert "Kết quả kiểm tra" in cells and rows[3].name in cells
    assert not any(r.name == c for r in rows[:3] if r.name != rows[3].name for c in cells)


def test_export_writes_the_rows(qtbot, screen, monkeypatch, tmp_path, message_boxes):
    screen.propose_button.click()
    out = tmp_path / "Danh sách đề nghị 2024.xlsx"
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, title, suggested, filters: asked.append(suggested) or (str(out), filters),
    )
    _export_options(monkeypatch, everything=True)
    screen.export_button.click()
    # The export flow proposes the document and today's date in the last folder (else Documents).
    assert asked and Path(asked[0]).name == f"Danh sách đề nghị khen thưởng 2024 {_dt.date.today():%d-%m-%Y}.xlsx"
    assert out.exists()
    assert screen.message_label.text() == f"Đã xuất 4 đề nghị ra {out.name}"
    wb = load_workbook(out)
    cells = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    for name in ("Nguyễn Thị Hoa", "Nguyễn Thị Lan", "Trần Thị Bích", "Lê Văn Tám"):
        assert sum(1 for c in cells if name in c) == 1
    assert not any(c.startswith("=") for c in cells)


def test_submission_word_file(qtbot, screen, monkeypatch, tmp_path):
    import docx

    screen.propose_button.click()
    out = tmp_path / "Tờ trình #1.docx"
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, title, suggested, filters: asked.append(suggested) or (str(out), filters),
    )
    assert screen.submission_button.isEnabled()
    screen.submission_button.click()
    assert (
        asked
        and Path(asked[0]).name.startswith("Tờ trình Đợt xét khen thưởng năm 2024 ")
        and asked[0].endswith(".docx")
    )
    assert screen.message_label.text() == f"Đã xuất tờ trình ra {out.name}"
    d = docx.Document(str(out))
    table = next(t for t in d.tables if t.rows[0].cells[0].text == "STT")
    cells = [c.text for row in table.rows for c in row.cells]
    assert "Tóm tắt thành tích" in cells
    for name in ("Nguyễn Thị Hoa", "Nguyễn Thị Lan", "Trần Thị Bích", "Lê Văn Tám"):
        assert any(name in c for c in cells), name


def test_export_to_a_locked_file_offers_another_name(qtbot, screen, monkeypatch, tmp_path, message_boxes):
    screen.propose_button.click()
    locked, other = tmp_path / "locked.xlsx", tmp_path / "other.xlsx"
    names_given = iter([str(locked), str(other)])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (next(names_given), ""))
    real = nomination.export_nominations

    def export(session, *, round_id, out, **kw):
        if out == locked:
            raise FileLocked(path=str(out))
        return real(session, round_id=round_id, out=out, **kw)

    monkeypatch.setattr(nomination, "export_nominations", export)
    _export_options(monkeypatch, everything=True)
    message_boxes.click = ["Lưu tên khác…"]
    screen.export_button.click()
    locked_box = next(t for k, _title, t in message_boxes.calls if k == "box")
    assert "đang được mở trong chương trình khác" in locked_box
    assert other.exists() and not locked.exists()
    assert message_boxes.calls[-1][0] == "saved" and screen.last_export == other


def test_quota_warning_banner(qtbot, screen, monkeypatch, round_db):
    import dataclasses

    from app.services import catalogue

    with round_db.factory.begin() as s:
        rs = catalogue.rule_set_in_force(s, on=_dt.date(2025, 1, 15))
        rule = next(r for r in catalogue.list_award_rules(s, rule_set_id=rs.id) if r.award_code == "CSTDCS")
        catalogue.update_award_rule(
            s,
            rule_id=rule.id,
            version=rule.version,
            params=dataclasses.replace(rule.params, quota_share=(1, 10), quota_base_award="LDTT"),
        )
    screen.propose_button.click()
    assert screen.banner.isHidden()
    pick(qtbot, monkeypatch, ["Nguyễn Thị Hoa"], award="CSTDCS")
    screen.add_button.click()
    assert screen.banner.isVisible()
    assert "Sở Nội vụ: 1 CSTĐCS, giới hạn 0" in screen.banner.text()
