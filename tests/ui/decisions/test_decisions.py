"""DecisionsScreen: creating a decision from a round's approved nominations, reordering,
exporting the list and issuing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Award, Nomination
from app.services import decision as dec
from app.services import movement as mv
from app.services.nomination import add_nominations


@pytest.fixture
def approved_db(org_db):
    ids = org_db.ids
    with org_db.factory.begin() as s:
        rnd = mv.create_round(s, name="Đợt xét năm 2024", year=2024, review_date=dt.date(2025, 1, 15))
        add_nominations(
            s,
            round_id=rnd,
            award_code="GK",
            person_ids=[ids["CB001"], ids["CB003"], ids["CB004"]],
            achievement="Hoàn thành xuất sắc nhiệm vụ",
        )
        add_nominations(s, round_id=rnd, award_code="GK_TT", unit_ids=[ids["SNV-VP"]])
        for n in s.scalars(select(Nomination)):
            n.status = "APPROVED"
    org_db.round_id = rnd
    return org_db


@pytest.fixture
def screen(qtbot, approved_db):
    from ui.decisions.decisions_screen import DecisionsScreen

    w = DecisionsScreen(approved_db)
    qtbot.addWidget(w)
    w.resize(1200, 650)
    w.show()
    return w


def test_create_from_round_reorder_export_issue(
    qtbot, screen, approved_db, monkeypatch, message_boxes, tmp_path, qtmodeltester
):
    from ui.decisions.decisions_screen import DecisionDialog

    assert screen.model.rowCount() == 0 and not screen.issue_button.isEnabled()

    def run_dialog(dialog):
        assert dialog.number.value() == 1
        assert "Số: 01/QĐ-HĐTĐKT" in dialog.preview.text()
        dialog.round.setCurrentIndex(dialog.round.findData(approved_db.round_id))
        dialog.day.setText("05/03/2025")
        assert "ngày 05 tháng 3 năm 2025" in dialog.preview.text()
        dialog.agency.setText("Sở Nội vụ")
        dialog.signer_title.setPlainText("GIÁM ĐỐC")
        dialog.signer_name.setText("Nguyễn Văn An")
        dialog.title.setText("Về việc tặng Giấy khen năm 2024")
        dialog._on_ok()
        return dialog.result()

    monkeypatch.setattr(DecisionDialog, "exec", run_dialog)
    screen.new_button.click()
    assert screen.model.rowCount() == 1
    qtmodeltester.check(screen.items_model)
    names = [(r.so_so_vang, r.name) for r in screen.items_model.rows]
    assert sorted(n for _, n in names[:3]) == ["Nguyễn Thị Hoa", "Nguyễn Văn An", "Trần Thị Bích"]
    assert [s for s, _ in names] == [1, 2, 3, 4] and names[-1][1] == "Văn phòng Sở"
    # move the second person up: số sổ vàng follows
    second = names[1][1]
    screen.items_view.selectRow(1)
    screen.up_button.click()
    assert [r.name for r in screen.items_model.rows][0] == second
    assert screen.items_model.rows[0].so_so_vang == 1
    screen.export_list("xlsx", path=tmp_path / "ds.xlsx")
    assert (tmp_path / "ds.xlsx").exists()
    assert screen.word_button.isEnabled()
    screen.export_list("docx", path=tmp_path / "quyết định.docx")
    import docx

    annex = docx.Document(str(tmp_path / "quyết định.docx")).tables[-1]
    assert [r.cells[1].text for r in annex.rows if r.cells[0].text.strip().isdigit()][-1] == "Văn phòng Sở"
    # issue
    screen.issue_button.click()
    assert any("Đã ghi 4 khen thưởng" in t for t in message_boxes.texts("information"))
    with approved_db.factory() as s:
        assert len(s.scalars(select(Award)).all()) == 4
        assert {n.status for n in s.scalars(select(Nomination))} == {"DECIDED"}
        assert dec.list_decisions(s)[0].status == "ISSUED"
    assert not screen.issue_button.isEnabled() and not screen.edit_button.isEnabled()
    assert screen.print_button.isEnabled()
    assert "Đã ban hành" in screen.header.text()


def test_dialog_shows_number_clash_inline(qtbot, approved_db):
    from ui.decisions.decisions_screen import DecisionDialog

    with approved_db.factory.begin() as s:
        dec.create_decision(s, data=dec.DecisionInput(1, "QĐ-HĐTĐKT", dt.date.today(), place="Hà Nội"))
    dialog = DecisionDialog(approved_db)
    qtbot.addWidget(dialog)
    assert dialog.number.value() == 2
    dialog.number.setValue(1)
    dialog._on_ok()
    assert "số gợi ý: 2" in dialog.field_errors()["number"]
    assert dialog.result() == 0


def test_reward_money_shown_before_issuing_and_payment_list(qtbot, screen, approved_db, message_boxes, tmp_path):
    from openpyxl import load_workbook

    with approved_db.factory.begin() as s:
        did = dec.create_decision(s, data=dec.default_input(s, on=dt.date(2025, 12, 20), round_id=approved_db.round_id))
    screen.reload(select_id=did)
    # 3 × Giấy khen 0.3 × 2,340,000 → 710,000; Giấy khen (tập thể) 0.6 → 1,410,000.
    amounts = [screen.items_model.data(screen.items_model.index(r, 5)) for r in range(4)]
    assert amounts == ["710.000", "710.000", "710.000", "1.410.000"]
    text = screen.money_label.text()
    assert "Tổng tiền thưởng: 3.540.000 đồng" in text and "Ba triệu năm trăm bốn mươi nghìn đồng" in text
    assert "chưa đối chiếu" in text  # NĐ 152 rounding and the Giấy khen multiple are unconfirmed
    assert screen.pay_pdf_button.isEnabled() and screen.pay_xlsx_button.isEnabled()
    screen.export_list("xlsx", payments=True, path=tmp_path / "chi tiền.xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "chi tiền.xlsx").exists(), timeout=10_000)
    cells = [list(r) for r in load_workbook(tmp_path / "chi tiền.xlsx").active.iter_rows(values_only=True)]
    assert next(r[5] for r in cells if r[1] == "TỔNG CỘNG") == 3_540_000
    qtbot.wait(50)  # let the layout take the new text
    screen.grab().save("/tmp/money_decisions.png")
    screen.issue_button.click()
    assert any("3.540.000 đồng" in t for t in message_boxes.texts("question"))
    assert "số tiền đã chốt khi ban hành" in screen.money_label.text()


def test_list_through_the_export_flow(qtbot, screen, approved_db, tmp_path, message_boxes, monkeypatch):
    """*Danh sách Excel…*: the dialog proposes the decision's number and today's date in the
    last folder; the file is written by the service (an EXPORT entry) and the saved box
    offers to open it."""
    from app.services import audit
    from ui import export_flow

    with approved_db.factory.begin() as s:
        did = dec.create_decision(s, data=dec.default_input(s, on=dt.date(2025, 12, 20), round_id=approved_db.round_id))
    screen.reload(select_id=did)
    asked = []
    monkeypatch.setattr(
        export_flow,
        "ask_save_file_name",
        lambda parent, title, start, filters: (
            asked.append((title, start)) or (str(tmp_path / "danh sách.xlsx"), filters)
        ),
    )
    screen.xlsx_button.click()
    title, start = asked[-1]
    assert title == "Lưu danh sách kèm theo quyết định"
    assert Path(start).name == f"Danh sách kèm QĐ 01-QĐ-HĐTĐKT {dt.date.today():%d-%m-%Y}.xlsx"
    assert (tmp_path / "danh sách.xlsx").stat().st_size > 0
    assert any(kind == "saved" for kind, _t, _x in message_boxes.calls)
    with approved_db.factory() as s:
        assert any(e.action == "EXPORT" for e in audit.list_entries(s, table="decision"))
