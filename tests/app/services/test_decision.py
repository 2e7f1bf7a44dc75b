"""Decisions: numbering, số sổ vàng, issuing into history, the attached list (xlsx, PDF)."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.errors import BadInput, StaleRecord, ValidationFailed
from app.models import Award, Nomination, Person
from app.rules.person import PersonInput, UnitInput
from app.rules.vntext import date_line, date_words, doc_number
from app.services import decision as dec
from app.services import movement as mv
from app.services.nomination import add_nominations
from app.services.org import create_person, create_unit

PEOPLE = [
    ("Nguyễn Thị Hoa", "F", "VU_SO"),
    ("Trần Văn Minh", "M", "NONE"),
    ("Lê Thị Lan", "F", "PHONG"),
    ("Phạm Văn Nam", "M", "NONE"),
]


@pytest.fixture
def world(session):
    """An agency, two departments, four people, a 2024 round with approved nominations:
    three people for Giấy khen, one department for Giấy khen (tập thể), one person left
    at CHECKED."""
    bloc = create_unit(session, data=UnitInput("KHOI", "Khối thi đua", "KHOI"))
    agency = create_unit(session, data=UnitInput("SNV", "Sở Nội vụ", "CO_QUAN", bloc))
    dept = create_unit(session, data=UnitInput("SNV-VP", "Văn phòng Sở", "DON_VI", agency))
    dept2 = create_unit(session, data=UnitInput("SNV-TC", "Phòng Tổ chức", "DON_VI", agency))
    people = []
    for i, (name, gender, level) in enumerate(PEOPLE, start=1):
        pid = create_person(session, data=PersonInput(f"CB{i:03d}", name, gender, dept, position="Chuyên viên"))
        session.get(Person, pid).leader_level = level
        people.append(pid)
    rnd = mv.create_round(session, name="Đợt xét năm 2024", year=2024, review_date=dt.date(2025, 1, 15))
    # Unit first in the nomination ids, so số sổ vàng must still put people first.
    unit_noms = add_nominations(session, round_id=rnd, award_code="GK_TT", unit_ids=[dept2]).added
    person_noms = add_nominations(
        session, round_id=rnd, award_code="GK", person_ids=people, achievement="Hoàn thành xuất sắc nhiệm vụ năm 2024"
    ).added
    for n in session.scalars(select(Nomination)):
        n.status = "APPROVED"
    session.scalars(select(Nomination).where(Nomination.person_id == people[3])).one().status = "CHECKED"
    session.commit()
    return dict(
        agency=agency, dept=dept, dept2=dept2, people=people, round=rnd, unit_noms=unit_noms, person_noms=person_noms
    )


def test_numbering_per_year_restarts_and_pads(session):
    assert dec.suggest_number(session, year=2024) == 1
    for n, day in ((1, dt.date(2024, 3, 5)), (2, dt.date(2024, 12, 30))):
        dec.create_decision(session, data=dec.DecisionInput(n, "QĐ-HĐTĐKT", day, place="Hà Nội"))
    assert dec.suggest_number(session, year=2024) == 3
    assert dec.suggest_number(session, year=2025) == 1  # restarts on 1 January
    assert dec.suggest_number(session, year=2024, symbol="QĐ-SNV") == 1  # one series per symbol
    assert dec.default_input(session, on=dt.date(2025, 1, 2)).number == 1
    assert dec.default_input(session, on=dt.date(2024, 6, 1)).number == 3
    assert dec.number_text(5, "QĐ-HĐTĐKT") == "05/QĐ-HĐTĐKT"
    assert dec.number_text(12, "QĐ-HĐTĐKT") == "12/QĐ-HĐTĐKT"
    assert doc_number(5, "QĐ-HĐTĐKT") == "Số: 05/QĐ-HĐTĐKT"
    rows = dec.list_decisions(session)
    assert [r.number_text for r in rows] == ["02/QĐ-HĐTĐKT", "01/QĐ-HĐTĐKT"]
    with pytest.raises(ValidationFailed) as e:
        dec.create_decision(session, data=dec.DecisionInput(2, "QĐ-HĐTĐKT", dt.date(2024, 7, 1), place="Hà Nội"))
    assert "số gợi ý: 3" in e.value.fields["number"]
    with pytest.raises(ValidationFailed) as e:
        dec.create_decision(session, data=dec.DecisionInput(0, "", dt.date(2024, 7, 1), place=""))
    assert set(e.value.fields) == {"number", "symbol", "place"}


def test_date_lines():
    assert date_words(dt.date(2024, 3, 5)) == "ngày 05 tháng 3 năm 2024"
    assert date_words(dt.date(2024, 1, 15)) == "ngày 15 tháng 01 năm 2024"
    assert date_words(dt.date(2024, 2, 9)) == "ngày 09 tháng 02 năm 2024"
    assert date_words(dt.date(2024, 12, 20)) == "ngày 20 tháng 12 năm 2024"
    assert date_line("Hà Nội", dt.date(2024, 3, 5)) == "Hà Nội, ngày 05 tháng 3 năm 2024"


def test_from_round_so_so_vang_people_first(session, world):
    did = dec.create_decision(
        session, data=dec.default_input(session, on=dt.date(2025, 1, 20), round_id=world["round"])
    )
    d = dec.get_decision(session, decision_id=did)
    assert d.data.title == "Về việc khen thưởng đợt xét năm 2024"
    # the CHECKED nomination is not taken; people (I.) before the unit (II.)
    assert [(i.so_so_vang, i.subject, i.name) for i in d.items] == [
        (1, "CA_NHAN", "Nguyễn Thị Hoa"),
        (2, "CA_NHAN", "Lê Thị Lan"),
        (3, "CA_NHAN", "Trần Văn Minh"),
        (4, "TAP_THE", "Phòng Tổ chức"),
    ]
    assert d.items[0].salutation == "Bà" and d.items[2].salutation == "Ông"
    assert (d.row.people, d.row.units) == (3, 1)
    # reordering by hand renumbers the golden book
    ids = [i.nomination_id for i in d.items]
    dec.set_items(session, decision_id=did, version=d.version, nomination_ids=[ids[3], ids[2], ids[0]])
    d2 = dec.get_decision(session, decision_id=did)
    assert [(i.so_so_vang, i.name) for i in d2.items] == [
        (1, "Trần Văn Minh"),
        (2, "Nguyễn Thị Hoa"),
        (3, "Phòng Tổ chức"),
    ]
    assert d2.version > d.version
    with pytest.raises(StaleRecord):
        dec.set_items(session, decision_id=did, version=d.version, nomination_ids=ids)
    # nominations not approved are refused; one nomination cannot be in two decisions
    checked = session.scalars(select(Nomination.id).where(Nomination.status == "CHECKED")).one()
    with pytest.raises(ValidationFailed) as e:
        dec.set_items(session, decision_id=did, version=d2.version, nomination_ids=[checked])
    assert "chưa được duyệt" in e.value.fields["items"]
    other = dec.create_decision(session, data=dec.default_input(session, on=dt.date(2025, 1, 21)), nomination_ids=[])
    with pytest.raises(ValidationFailed) as e:
        dec.set_items(session, decision_id=other, version=1, nomination_ids=[ids[0]])
    assert "quyết định khác" in e.value.fields["items"]
    assert [r.id for r in dec.approved_nominations(session, round_id=world["round"])] == [ids[1]]


def test_issue_writes_awards_marks_decided_and_locks(session, world):
    did = dec.create_decision(
        session, data=dec.default_input(session, on=dt.date(2025, 1, 20), round_id=world["round"])
    )
    session.commit()
    d = dec.get_decision(session, decision_id=did)
    result = dec.issue_decision(session, decision_id=did, version=d.version)
    session.commit()
    assert (result.awards, result.nominations) == (4, 4)
    awards = session.scalars(select(Award).order_by(Award.id)).all()
    assert [(a.award_code, a.year, a.decision_no, a.decision_date) for a in awards] == [
        ("GK", 2024, "01/QĐ-HĐTĐKT", dt.date(2025, 1, 20))
    ] * 3 + [("GK_TT", 2024, "01/QĐ-HĐTĐKT", dt.date(2025, 1, 20))]
    by_person = {a.person_id: a.subject_category for a in awards if a.person_id}
    assert by_person == {world["people"][0]: "VU_SO", world["people"][1]: "NONE", world["people"][2]: "PHONG"}
    assert awards[3].unit_id == world["dept2"] and awards[3].subject_category == ""
    statuses = dict(session.execute(select(Nomination.id, Nomination.status)).all())
    assert sorted(statuses.values()) == ["CHECKED", "DECIDED", "DECIDED", "DECIDED", "DECIDED"]
    d2 = dec.get_decision(session, decision_id=did)
    assert d2.row.status == "ISSUED" and d2.issued_at is not None
    assert all(i.award_id for i in d2.items)
    with pytest.raises(BadInput, match="đã ban hành"):
        dec.issue_decision(session, decision_id=did, version=d2.version)
    with pytest.raises(BadInput, match="đã ban hành"):
        dec.update_decision(session, decision_id=did, version=d2.version, data=d2.data)
    with pytest.raises(BadInput):
        dec.delete_decision(session, decision_id=did, version=d2.version)


def test_issue_refused_when_not_approved_or_empty(session, world):
    did = dec.create_decision(
        session, data=dec.default_input(session, on=dt.date(2025, 1, 20), round_id=world["round"])
    )
    session.commit()
    # someone sends one nomination back meanwhile
    n = session.get(Nomination, world["person_noms"][0])
    n.status = "VOTED"
    session.commit()
    d = dec.get_decision(session, decision_id=did)
    with pytest.raises(BadInput, match="Được duyệt"):
        dec.issue_decision(session, decision_id=did, version=d.version)
    session.rollback()
    assert session.scalar(select(Award.id)) is None
    assert dec.get_decision(session, decision_id=did).row.status == "DRAFT"
    empty = dec.create_decision(session, data=dec.default_input(session, on=dt.date(2025, 1, 20)), nomination_ids=[])
    with pytest.raises(BadInput, match="chưa có ai"):
        dec.issue_decision(session, decision_id=empty, version=1)


def test_annex_xlsx_groups_every_recipient_once(session, world, tmp_path):
    did = dec.create_decision(session, data=dec.default_input(session, on=dt.date(2025, 3, 5), round_id=world["round"]))
    out = dec.export_decision_list(session, decision_id=did, out=tmp_path / "danh sách.xlsx")
    ws = load_workbook(out).active
    cells = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    texts = [str(c) for row in cells for c in row if c is not None]
    assert "DANH SÁCH" in texts
    assert any("Kèm theo Quyết định số 01/QĐ-HĐTĐKT ngày 05 tháng 3 năm 2025" in t for t in texts)
    i_row = next(i for i, r in enumerate(cells) if r[0] and str(r[0]).startswith("I. Cá nhân"))
    ii_row = next(i for i, r in enumerate(cells) if r[0] and str(r[0]).startswith("II. Tập thể"))
    people = [r for r in cells[i_row + 1 : ii_row] if r[2]]
    units = [r for r in cells[ii_row + 1 :] if isinstance(r[0], int) and r[2]]
    assert [(r[0], r[1], r[2], r[5]) for r in people] == [
        (1, "Bà", "Nguyễn Thị Hoa", 1),
        (2, "Bà", "Lê Thị Lan", 2),
        (3, "Ông", "Trần Văn Minh", 3),
    ]
    assert [(r[0], r[2], r[5]) for r in units] == [(1, "Phòng Tổ chức", 4)]
    names = [str(c) for row in cells for c in row[2:3] if c]
    for name in ("Nguyễn Thị Hoa", "Trần Văn Minh", "Lê Thị Lan", "Phòng Tổ chức"):
        assert names.count(name) == 1
    assert "Phạm Văn Nam" not in names


def test_annex_pdf_text(session, world, tmp_path):
    did = dec.create_decision(
        session, data=dec.default_input(session, on=dt.date(2025, 1, 20), round_id=world["round"])
    )
    out = dec.export_decision_list(session, decision_id=did, out=tmp_path / "ds.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "DANH SÁCH" in text
    assert "Kèm theo Quyết định số 01/QĐ-HĐTĐKT ngày 20 tháng 01 năm 2025" in " ".join(text.split())
    i, ii = text.index("I. Cá nhân (3)"), text.index("II. Tập thể (1)")
    assert i < text.index("Bà Nguyễn Thị Hoa") < text.index("Bà Lê Thị Lan") < text.index("Ông Trần Văn Minh") < ii
    assert ii < text.index("Phòng Tổ chức", ii)
    assert text.count("Trần Văn Minh") == 1
    with pytest.raises(BadInput):
        dec.export_decision_list(session, decision_id=did, out=tmp_path / "ds.odt")
    assert not list(tmp_path.glob("ds.odt*"))


def test_dashboard_lists_issued_decisions_not_printed(session, world, tmp_path):
    from app.services import printing
    from app.services.dashboard import dashboard_summary, unprinted_decisions

    did = dec.create_decision(
        session, data=dec.default_input(session, on=dt.date(2025, 1, 20), round_id=world["round"])
    )
    session.commit()
    assert unprinted_decisions(session) == []  # a draft is not expected to be printed
    dec.issue_decision(session, decision_id=did, version=dec.get_decision(session, decision_id=did).version)
    session.commit()
    assert unprinted_decisions(session) == ["01/QĐ-HĐTĐKT"]
    warning = [w for w in dashboard_summary(session).warnings if w.target == "printing"]
    assert len(warning) == 1 and "01/QĐ-HĐTĐKT" in warning[0].text
    items = printing.decision_certificates(session, decision_id=did)
    printing.produce_certificates(
        session, items=items, template_key="giay-khen", blank=False, out=tmp_path / "gk.pdf", decision_id=did
    )
    session.commit()
    assert unprinted_decisions(session) == []
