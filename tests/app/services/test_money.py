"""Reward money services: base salaries, amounts of every award kind around 01/7/2024 and
01/7/2025, rounding per rule set, two forms in one decision, freezing on issue, the payment
list read back, the year's totals."""

from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.errors import BadInput, StaleRecord, ValidationFailed
from app.models import Nomination
from app.rules import money as M
from app.rules.catalogue import AWARD_TYPES
from app.rules.person import PersonInput, UnitInput
from app.services import catalogue, history, money
from app.services import decision as dec
from app.services import movement as mv
from app.services.nomination import add_nominations
from app.services.org import create_person, create_unit

D = dt.date


def _expected(multiple: Decimal, base: int) -> int:
    """multiple × base rounded UP to 10,000 đ, in integer arithmetic (hundredths of a multiple)."""
    hundredths = int(multiple * 100)
    assert Decimal(hundredths) == multiple * 100
    return -(-hundredths * base // 1_000_000) * 10_000


# Dates on both sides of the base-salary change (01/7/2024) and of the decree change (01/7/2025).
DATES = [
    (D(2024, 6, 30), 1_800_000, "NĐ 98/2023"),
    (D(2024, 7, 1), 2_340_000, "NĐ 98/2023"),
    (D(2025, 6, 30), 2_340_000, "NĐ 98/2023"),
    (D(2025, 7, 1), 2_340_000, "NĐ 152/2025"),
]


@pytest.mark.parametrize("day, base, rule_set", DATES)
def test_every_award_kind_on_both_sides_of_the_changes(session, day, base, rule_set):
    for spec in AWARD_TYPES:
        a = money.award_amount(session, award_code=spec.code, on=day)
        assert (a.base_salary, a.rule_set_name, a.multiple) == (base, rule_set, spec.reward_multiple), spec.code
        assert a.amount == _expected(spec.reward_multiple, base), spec.code
        assert a.amount % 10_000 == 0
        assert a.multiple_unconfirmed == (spec.code in M.UNCONFIRMED_MULTIPLES)
    # A few by hand: LĐTT 0.3 × 1,800,000 = 540,000; 0.3 × 2,340,000 = 702,000 → 710,000.
    ldtt = money.award_amount(session, award_code="LDTT", on=day).amount
    assert ldtt == (540_000 if base == 1_800_000 else 710_000)
    assert money.award_amount(session, award_code="CO_CP", on=day).amount == 12 * base


def test_older_base_salaries_and_no_rule_set(session):
    assert money.award_amount(session, award_code="LDTT", on=D(2019, 12, 20)).amount == 450_000  # 447,000
    assert money.award_amount(session, award_code="CSTDCS", on=D(2018, 12, 20)).amount == 1_390_000
    assert money.award_amount(session, award_code="LDTT", on=D(2018, 12, 20)).rule_set_name == ""
    with pytest.raises(money.NoBaseSalary):
        money.award_amount(session, award_code="LDTT", on=D(2010, 1, 1))
    with pytest.raises(Exception):
        money.award_amount(session, award_code="NOPE", on=D(2025, 1, 1))


def test_rule_set_multiple_and_rounding_are_used(session):
    rs = catalogue.rule_set_in_force(session, on=D(2025, 7, 1))
    rule = next(r for r in catalogue.list_award_rules(session, rule_set_id=rs.id) if r.award_code == "GK")
    import dataclasses

    catalogue.update_award_rule(
        session,
        rule_id=rule.id,
        version=rule.version,
        params=dataclasses.replace(rule.params, reward_multiple=Decimal("0.35"), reward_unconfirmed=False),
    )
    a = money.award_amount(session, award_code="GK", on=D(2025, 7, 1))
    assert (a.multiple, a.amount, a.multiple_unconfirmed) == (Decimal("0.35"), 820_000, False)  # 819,000 up
    m = money.get_rule_set_money(session, rule_set_id=rs.id)
    assert m.rounding == M.Rounding(10_000, "UP", False)  # NĐ 152: unconfirmed
    money.set_rounding(session, rule_set_id=rs.id, version=m.version, rounding=M.Rounding(1_000, "HALF_UP", True))
    assert money.award_amount(session, award_code="GK", on=D(2025, 7, 1)).amount == 819_000
    assert money.award_amount(session, award_code="GK", on=D(2025, 6, 30)).amount == 710_000  # NĐ 98 unchanged
    with pytest.raises(StaleRecord):
        money.set_rounding(session, rule_set_id=rs.id, version=m.version, rounding=M.Rounding())
    with pytest.raises(ValidationFailed) as exc:
        money.set_rounding(session, rule_set_id=rs.id, version=m.version + 1, rounding=M.Rounding(0, "SIDEWAYS"))
    assert set(exc.value.fields) == {"step", "mode"}
    old = money.get_rule_set_money(session, rule_set_id=catalogue.rule_set_in_force(session, on=D(2025, 1, 1)).id)
    assert old.rounding.confirmed is True  # NĐ 98/2023 (DOMAIN.md §5)


def test_base_salaries_edit(session):
    rows = money.list_base_salaries(session)
    assert [(r.effective_from, r.amount) for r in rows][-3:] == [
        (D(2019, 7, 1), 1_490_000),
        (D(2023, 7, 1), 1_800_000),
        (D(2024, 7, 1), 2_340_000),
    ]
    assert [r.effective_from for r in rows] == sorted(r.effective_from for r in rows)
    new = money.save_base_salary(
        session, effective_from=D(2026, 7, 1), amount="2.530.000 đ", legal_text="Nghị định mới"
    )
    assert money.base_salary_in_force(session, on=D(2026, 7, 1)).amount == 2_530_000
    assert money.base_salary_in_force(session, on=D(2026, 6, 30)).amount == 2_340_000
    assert money.award_amount(session, award_code="CSTDCS", on=D(2026, 12, 1)).amount == 2_530_000
    with pytest.raises(ValidationFailed) as exc:
        money.save_base_salary(session, effective_from=D(2024, 7, 1), amount="abc")
    assert set(exc.value.fields) == {"effective_from", "amount"}
    with pytest.raises(ValidationFailed) as exc:
        money.save_base_salary(session, effective_from=None, amount=0)
    assert set(exc.value.fields) == {"effective_from", "amount"}
    row = next(r for r in money.list_base_salaries(session) if r.id == new)
    money.save_base_salary(
        session, salary_id=new, version=row.version, effective_from=D(2026, 7, 1), amount=2_600_000, legal_text="Sửa"
    )
    with pytest.raises(StaleRecord):
        money.save_base_salary(session, salary_id=new, version=row.version, effective_from=D(2026, 7, 1), amount=1)
    row = next(r for r in money.list_base_salaries(session) if r.id == new)
    assert (row.amount, row.legal_text) == (2_600_000, "Sửa")
    money.delete_base_salary(session, salary_id=new, version=row.version)
    assert money.base_salary_in_force(session, on=D(2026, 7, 1)).amount == 2_340_000


@pytest.fixture
def world(session):
    """Hoa: LĐTT + CSTĐCS (two titles) and Bằng khen bộ (a form); Minh: Giấy khen + Bằng
    khen bộ (two forms); Lan: Giấy khen; a department: Giấy khen (tập thể); all approved."""
    agency = create_unit(session, data=UnitInput("SNV", "Sở Nội vụ", "CO_QUAN"))
    dept = create_unit(session, data=UnitInput("SNV-VP", "Văn phòng Sở", "DON_VI", agency))
    dept2 = create_unit(session, data=UnitInput("SNV-TC", "Phòng Tổ chức", "DON_VI", agency))
    hoa, minh, lan = (
        create_person(session, data=PersonInput(f"CB{i}", name, g, dept, position="Chuyên viên"))
        for i, (name, g) in enumerate((("Nguyễn Thị Hoa", "F"), ("Trần Văn Minh", "M"), ("Lê Thị Lan", "F")), start=1)
    )
    rnd = mv.create_round(session, name="Đợt xét năm 2025", year=2025, review_date=D(2025, 12, 1))
    add_nominations(session, round_id=rnd, award_code="LDTT", person_ids=[hoa])
    add_nominations(session, round_id=rnd, award_code="CSTDCS", person_ids=[hoa])
    add_nominations(session, round_id=rnd, award_code="BK_BO", person_ids=[hoa, minh])
    add_nominations(session, round_id=rnd, award_code="GK", person_ids=[minh, lan])
    add_nominations(session, round_id=rnd, award_code="GK_TT", unit_ids=[dept2])
    for n in session.scalars(select(Nomination)):
        n.status = "APPROVED"
    session.commit()
    return dict(round=rnd, agency=agency, hoa=hoa, minh=minh, lan=lan, dept2=dept2)


def _decision(session, world, day):
    did = dec.create_decision(session, data=dec.default_input(session, on=day, round_id=world["round"]))
    session.commit()
    return did


def test_two_forms_in_one_decision(session, world):
    did = _decision(session, world, D(2025, 12, 20))
    a = money.decision_amounts(session, decision_id=did)
    lines = {(line.name, line.award_code): line for line in a.lines}
    assert len(lines) == 7
    assert a.base_salary == 2_340_000 and a.rule_set_name == "NĐ 152/2025"
    # Hoa: the higher title (CSTĐCS) and the form (Bằng khen bộ); LĐTT not paid.
    assert lines[("Nguyễn Thị Hoa", "LDTT")][-3:-1] == (710_000, 0)
    assert "Chiến sĩ thi đua cơ sở" in lines[("Nguyễn Thị Hoa", "LDTT")].note
    assert lines[("Nguyễn Thị Hoa", "CSTDCS")].amount == 2_340_000
    assert lines[("Nguyễn Thị Hoa", "BK_BO")].amount == 3_510_000
    # Minh: two forms → the higher one only.
    assert lines[("Trần Văn Minh", "BK_BO")].amount == 3_510_000
    assert lines[("Trần Văn Minh", "GK")].amount == 0 and lines[("Trần Văn Minh", "GK")].due == 710_000
    assert lines[("Lê Thị Lan", "GK")].amount == 710_000
    assert lines[("Phòng Tổ chức", "GK_TT")].amount == 1_410_000  # 0.6 × 2,340,000 = 1,404,000 → up
    total = 2_340_000 + 3_510_000 + 3_510_000 + 710_000 + 1_410_000
    assert a.total == total == sum(line.amount for line in a.lines)
    assert (a.people_total, a.units_total) == (total - 1_410_000, 1_410_000)
    assert a.total_words == "Mười một triệu bốn trăm tám mươi nghìn đồng"
    assert any("2 dòng không chi tiền" in w for w in a.warnings)
    assert any("NĐ 152/2025" in w and "chưa được đối chiếu" in w for w in a.warnings)
    assert any("Mức thưởng chưa đối chiếu văn bản" in w and "Giấy khen" in w for w in a.warnings)


def test_amounts_before_the_base_salary_change(session, world):
    did = _decision(session, world, D(2024, 6, 28))
    a = money.decision_amounts(session, decision_id=did)
    lines = {(line.name, line.award_code): line.amount for line in a.lines}
    assert a.base_salary == 1_800_000 and a.rule_set_name == "NĐ 98/2023"
    assert lines[("Nguyễn Thị Hoa", "CSTDCS")] == 1_800_000
    assert lines[("Nguyễn Thị Hoa", "BK_BO")] == 2_700_000
    assert lines[("Phòng Tổ chức", "GK_TT")] == 1_080_000
    assert not any("làm tròn" in w.lower() for w in a.warnings)  # NĐ 98: confirmed


def test_issue_freezes_amounts(session, world):
    did = _decision(session, world, D(2025, 12, 20))
    before = money.decision_amounts(session, decision_id=did)
    dec.issue_decision(session, decision_id=did, version=dec.get_decision(session, decision_id=did).version)
    session.commit()
    # A new base salary dated before the decision does not change what was issued.
    money.save_base_salary(session, effective_from=D(2025, 12, 1), amount=3_000_000)
    session.commit()
    after = money.decision_amounts(session, decision_id=did)
    assert after.frozen and after.warnings == ()
    assert [(x.item_id, x.amount, x.note) for x in after.lines] == [(x.item_id, x.amount, x.note) for x in before.lines]
    assert (after.total, after.base_salary) == (before.total, 2_340_000)
    # The year's totals use the frozen amounts.
    report = money.rewards_report(session, year=2025)
    assert report.frozen_awards == 7 and report.total.amount == before.total
    assert money.year_total_spent(session, year=2025) == before.total
    row = next(r for r in report.rows if r.name == "Sở Nội vụ")
    assert row.counts == (5, 2, 0)  # cơ sở: LĐTT, CSTĐCS, 2 × GK, GK_TT; bộ: 2 × BK_BO
    assert row.amounts == (2_340_000 + 710_000 + 1_410_000, 2 * 3_510_000, 0)
    assert row.amount == before.total


def test_issue_without_base_salary_writes_nothing(session, world):
    for row in money.list_base_salaries(session):
        money.delete_base_salary(session, salary_id=row.id, version=row.version)
    session.commit()
    did = _decision(session, world, D(2025, 12, 20))
    a = money.decision_amounts(session, decision_id=did)
    assert a.base_salary is None and a.total == 0 and "Chưa có mức lương cơ sở" in a.warnings[0]
    with pytest.raises(money.NoBaseSalary):
        dec.issue_decision(session, decision_id=did, version=dec.get_decision(session, decision_id=did).version)
    session.rollback()
    assert dec.get_decision(session, decision_id=did).row.status == "DRAFT"
    with pytest.raises(money.NoBaseSalary):
        money.export_payments(session, decision_id=did, out="x.xlsx")


def test_payment_list_xlsx_read_back(session, world, tmp_path):
    did = _decision(session, world, D(2025, 12, 20))
    a = money.decision_amounts(session, decision_id=did)
    out = money.export_payments(session, decision_id=did, out=tmp_path / "chi tiền 50% #1.xlsx")
    ws = load_workbook(out).active
    cells = [list(r) for r in ws.iter_rows(values_only=True)]
    texts = [str(c) for r in cells for c in r if c is not None]
    assert "DANH SÁCH CHI TIỀN THƯỞNG" in texts
    assert any("Kèm theo Quyết định số 01/QĐ-HĐTĐKT ngày 20 tháng 12 năm 2025" in t for t in texts)
    head = next(i for i, r in enumerate(cells) if r[0] == "STT")
    assert cells[head][:8] == [
        "STT",
        "Họ và tên / Tên tập thể",
        "Đơn vị công tác",
        "Danh hiệu, hình thức khen thưởng",
        "Hệ số (lần lương cơ sở)",
        "Số tiền (đồng)",
        "Ký nhận",
        "Ghi chú",
    ]
    lines = [r for r in cells[head + 1 :] if isinstance(r[0], int)]
    assert len(lines) == 7
    assert sum(r[5] for r in lines) == a.total
    assert ("Bà Nguyễn Thị Hoa", "Chiến sĩ thi đua cơ sở", Decimal("1"), 2_340_000) in [
        (r[1], r[3], Decimal(str(r[4])), r[5]) for r in lines
    ]
    subtotals = {r[1]: r[5] for r in cells if r[1] in ("Cộng I", "Cộng II", "TỔNG CỘNG")}
    assert subtotals == {"Cộng I": a.people_total, "Cộng II": a.units_total, "TỔNG CỘNG": a.total}
    assert f"Bằng chữ: {a.total_words}." in texts
    for title in ("NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG"):
        assert title in texts
    assert all(isinstance(r[5], int) for r in lines)  # whole đồng, never floats


def test_payment_list_pdf_and_annex(session, world, tmp_path):
    did = _decision(session, world, D(2025, 12, 20))
    a = money.decision_amounts(session, decision_id=did)
    out = money.export_payments(session, decision_id=did, out=tmp_path / "Danh sách chi.pdf")
    text = " ".join(
        subprocess.run(
            ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "DANH SÁCH CHI TIỀN THƯỞNG" in text and "Ký nhận" in text
    assert f"TỔNG CỘNG {M.format_money(a.total)}" in text
    assert f"Bằng chữ: {a.total_words}." in text
    for title in ("NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG"):
        assert title in text
    assert "Mức lương cơ sở áp dụng: 2.340.000 đồng/tháng" in text
    with pytest.raises(BadInput):
        money.export_payments(session, decision_id=did, out=tmp_path / "x.docx")
    # The decision's annex carries the amounts, the total and the words too.
    annex = dec.export_decision_list(session, decision_id=did, out=tmp_path / "annex.xlsx")
    cells = [list(r) for r in load_workbook(annex).active.iter_rows(values_only=True)]
    head = next(i for i, r in enumerate(cells) if r[0] == "STT")
    assert cells[head][-1] == "Số tiền thưởng (đồng)"
    amounts = [r[-1] for r in cells[head + 1 :] if isinstance(r[0], int)]
    assert sum(amounts) == a.total
    assert [r[-1] for r in cells if r[2] == "Tổng cộng"] == [a.total]
    assert any(f"Bằng chữ: {a.total_words}." == c for r in cells for c in r)
    pdf = dec.export_decision_list(session, decision_id=did, out=tmp_path / "annex.pdf")
    text = " ".join(
        subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert f"Tổng cộng {M.format_money(a.total)}" in text and a.total_words in text
    # ... and the decision in Word, whose annex is the same list with its amounts.
    import docx

    word = docx.Document(str(dec.export_decision_list(session, decision_id=did, out=tmp_path / "quyết định.docx")))
    table = word.tables[-1]
    assert table.rows[0].cells[-1].text == "Số tiền (đồng)"
    lines = [[c.text for c in r.cells] for r in table.rows[1:]]
    paid = [int(r[-1].replace(".", "")) for r in lines if r[0].strip().isdigit()]
    assert sum(paid) == a.total and len(paid) == len(a.lines)
    assert [r[-1] for r in lines if r[1] == "Tổng cộng"] == [M.format_money(a.total)]
    assert any(p.text == f"Bằng chữ: {a.total_words}." for p in word.paragraphs)


def test_rewards_report_values_history(session, world):
    # History entered without a decision of the program: valued by the rules.
    history.add_award(
        session, person_id=world["lan"], award_code="LDTT", year=2024, decision_no="12/QĐ", decision_date=D(2025, 1, 10)
    )
    history.add_award(
        session,
        person_id=world["lan"],
        award_code="CSTDCS",
        year=2024,
        decision_no="12/QĐ",
        decision_date=D(2025, 1, 10),
    )
    history.add_award(
        session,
        unit_id=world["dept2"],
        award_code="BK_TTG_TT",
        year=2024,
        decision_no="7/QĐ-TTg",
        decision_date=D(2025, 3, 1),
    )
    history.add_award(session, person_id=world["minh"], award_code="LDTT", year=2025)  # no date: its year
    history.add_award(session, person_id=world["minh"], award_code="LDTT", year=2024, decision_date=D(2024, 12, 1))
    r = money.rewards_report(session, year=2025)
    assert (r.frozen_awards, r.computed_awards, r.unvalued_awards) == (0, 4, 0)
    # Lan: CSTĐCS 2,340,000 (LĐTT in the same decision not paid); unit 7 × 2,340,000; Minh 710,000.
    assert r.total.counts == (3, 0, 1)
    assert r.total.amounts == (2_340_000 + 710_000, 0, 16_380_000)
    assert r.total.amount == 19_430_000
    assert [row.name for row in r.rows] == ["Sở Nội vụ"] and r.rows[0].amount == r.total.amount
    with pytest.raises(BadInput):
        money.rewards_report(session, year=10)


def test_cli_export_payments_and_rewards(db, db_url, world_cli, tmp_path, capsys):
    from app.cli import main

    did = world_cli
    out = tmp_path / "Thư mục có dấu & 100%" / "chi tiền #1.xlsx"
    assert main(["--db", db_url, "export", "payments", "--decision", str(did), "--out", str(out)]) == 0
    cells = [list(r) for r in load_workbook(out).active.iter_rows(values_only=True)]
    total = next(r[5] for r in cells if r[1] == "TỔNG CỘNG")
    assert total == 11_480_000
    assert main(["--db", db_url, "export", "payments", "--decision", str(did), "--out", str(tmp_path / "c.pdf")]) == 0
    assert (tmp_path / "c.pdf").read_bytes()[:5] == b"%PDF-"
    capsys.readouterr()
    assert main(["--db", db_url, "export", "payments", "--out", str(tmp_path / "x.xlsx")]) == 2
    assert main(["--db", db_url, "export", "payments", "--decision", "999", "--out", str(tmp_path / "x.xlsx")]) == 2
    assert main(["--db", db_url, "export", "payments", "--decision", str(did), "--out", str(tmp_path / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "quyết định: 999" in err and ".xlsx hoặc .pdf" in err
    stats = tmp_path / "tiền thưởng 2025.xlsx"
    assert main(["--db", db_url, "export", "stats", "--form", "rewards", "--year", "2025", "--out", str(stats)]) == 0
    cells = [list(r) for r in load_workbook(stats).active.iter_rows(values_only=True)]
    assert next(r for r in cells if r[1] == "Tổng cộng")[-2:] == [0, 0]  # a draft has paid nothing yet
    with db.factory.begin() as s:
        dec.issue_decision(s, decision_id=did, version=dec.get_decision(s, decision_id=did).version)
    assert main(["--db", db_url, "export", "stats", "--form", "rewards", "--year", "2025", "--out", str(stats)]) == 0
    cells = [list(r) for r in load_workbook(stats).active.iter_rows(values_only=True)]
    total_row = next(r for r in cells if r[1] == "Tổng cộng")
    assert total_row[-2:] == [7, 11_480_000]


@pytest.fixture
def world_cli(db, world):
    """The world's draft decision of 20/12/2025, committed (the CLI opens its own session)."""
    with db.factory() as s:
        did = _decision(s, world, D(2025, 12, 20))
    return did


def test_payment_list_of_a_draft_says_so(session, world, tmp_path):
    did = _decision(session, world, D(2025, 12, 20))
    out = money.export_payments(session, decision_id=did, out=tmp_path / "draft.pdf")
    text = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    assert "DỰ THẢO — quyết định chưa ban hành" in text
    dec.issue_decision(session, decision_id=did, version=dec.get_decision(session, decision_id=did).version)
    out = money.export_payments(session, decision_id=did, out=tmp_path / "issued.xlsx")
    texts = [str(c) for r in load_workbook(out).active.iter_rows(values_only=True) for c in r if c]
    assert not any("DỰ THẢO" in t for t in texts)
    assert any("Kèm theo Quyết định số 01/QĐ-HĐTĐKT" in t for t in texts)
