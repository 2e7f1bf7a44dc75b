"""A round judged as a whole, through the database (issue 16, issue 14): the award a
nomination produced is not held against it, movement rounds, nominations under review and
the round's confirmation, and `tdkt-cli verdicts`."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from app.cli import EXIT_BAD_INPUT, EXIT_OK, main
from app.models import Nomination, ReviewRound
from app.rules.eligibility import ELIGIBLE, MANUAL_CHECK, NOT_ELIGIBLE
from app.rules.person import PersonInput, UnitInput
from app.services import decision as dec
from app.services import history as hist
from app.services import movement as mv
from app.services import nomination as nom
from app.services.org import create_person, create_unit


@pytest.fixture
def world(session):
    bloc = create_unit(session, data=UnitInput("KHOI", "Khối thi đua", "KHOI"))
    agency = create_unit(session, data=UnitInput("CQ", "Sở Nội vụ", "CO_QUAN", bloc))
    dept = create_unit(session, data=UnitInput("CQ-VP", "Văn phòng Sở", "DON_VI", agency))
    a = create_person(session, data=PersonInput("CB001", "Nguyễn Thị Hoa", "F", dept, position="Chuyên viên"))
    b = create_person(session, data=PersonInput("CB002", "Trần Văn Minh", "M", dept, position="Chuyên viên"))
    for y in (2024, 2025, 2026):
        hist.add_rating(session, person_id=a, year=y, rating="HTXSNV")
        hist.add_rating(session, person_id=b, year=y, rating="HTTNV")
    for y in (2024, 2025):
        hist.add_award(session, person_id=a, award_code="CSTDCS", year=y)
    hist.add_initiative(session, person_id=a, title="Đề án số hóa hồ sơ", level="BO_TINH", year=2026)
    rnd = mv.create_round(session, name="Đợt xét năm 2026", year=2026, review_date=dt.date(2026, 12, 10))
    session.commit()
    return dict(a=a, b=b, dept=dept, round=rnd)


def _verdicts(session, rnd):
    return {(r.name, r.award_code): r for r in nom.list_nominations(session, round_id=rnd)}


def test_issuing_a_decision_does_not_turn_its_own_nominations_red(session, world):
    # Issue 14: after the decision, "Đã được CSTĐCS năm 2026" must not refuse the very
    # nomination that produced it; the dashboard counts would otherwise flip to ✘.
    a, rnd = world["a"], world["round"]
    ids = nom.add_nominations(session, round_id=rnd, award_code="CSTDCS", person_ids=[a]).added
    ids += nom.add_nominations(session, round_id=rnd, award_code="CSTDBO", person_ids=[a]).added
    nom.compute_verdicts(session, round_id=rnd)
    before = {k: v.verdict_status for k, v in _verdicts(session, rnd).items()}
    assert before == {("Nguyễn Thị Hoa", "CSTDCS"): ELIGIBLE, ("Nguyễn Thị Hoa", "CSTDBO"): ELIGIBLE}
    for n in session.scalars(select(Nomination)):
        n.status = "APPROVED"
    session.flush()
    did = dec.create_decision(session, data=dec.default_input(session, on=dt.date(2026, 12, 20), round_id=rnd))
    dec.issue_decision(session, decision_id=did, version=dec.get_decision(session, decision_id=did).version)
    session.commit()
    nom.compute_verdicts(session, round_id=rnd)
    after = _verdicts(session, rnd)
    assert {k: v.verdict_status for k, v in after.items()} == before
    assert "Đã được" not in after[("Nguyễn Thị Hoa", "CSTDCS")].verdict_text
    assert nom.round_counts(session, round_id=rnd)["verdict"] == {ELIGIBLE: 2}


def test_movement_round_giay_khen_without_the_rating(session, world):
    b = world["b"]
    mid = mv.create_movement(session, name="Thi đua chuyển đổi số", kind="CHUYEN_DE")
    rnd = mv.create_round(
        session, name="Sơ kết phong trào chuyển đổi số", year=2027, review_date=dt.date(2027, 6, 1), movement_id=mid
    )
    nom.add_nominations(session, round_id=rnd, award_code="GK", person_ids=[b])
    nom.compute_verdicts(session, round_id=rnd)
    row = nom.list_nominations(session, round_id=rnd)[0]
    assert row.verdict_status == MANUAL_CHECK and "RATING_PENDING_ROUND" in [r.code for r in row.reasons]
    # The same nomination in an ordinary round is refused for the missing rating.
    plain = mv.create_round(session, name="Đợt 2027", year=2027, review_date=dt.date(2028, 1, 10))
    nom.add_nominations(session, round_id=plain, award_code="GK", person_ids=[b])
    nom.compute_verdicts(session, round_id=plain)
    assert nom.list_nominations(session, round_id=plain)[0].verdict_status == NOT_ELIGIBLE


def test_under_review_blocks_and_the_round_is_confirmed_once(session, world, tmp_path):
    a, b, rnd = world["a"], world["b"], world["round"]
    nid = nom.add_nominations(session, round_id=rnd, award_code="LDTT", person_ids=[a, b]).added[0]
    n = session.get(Nomination, nid)
    with pytest.raises(nom.ValidationFailed) as e:
        nom.set_review_hold(session, nomination_id=nid, version=n.version, kind="KY_LUAT", note="")
    assert "review_hold_note" in e.value.fields
    with pytest.raises(nom.ValidationFailed):
        nom.set_review_hold(session, nomination_id=nid, version=n.version, kind="XYZ", note="x")
    nom.set_review_hold(
        session, nomination_id=nid, version=n.version, kind="KHIEU_NAI", note="Đơn khiếu nại ngày 02/12/2026"
    )
    nom.compute_verdicts(session, round_id=rnd)
    got = {r.id: r for r in nom.list_nominations(session, round_id=rnd)}
    assert got[nid].verdict_status == NOT_ELIGIBLE
    assert "đang bị xem xét giải quyết khiếu nại, tố cáo (Đơn khiếu nại ngày 02/12/2026)" in got[nid].verdict_text
    assert [v.verdict_status for k, v in got.items() if k != nid] == [ELIGIBLE]
    # The list is not sent before the clerk confirms once; nothing is written.
    out = tmp_path / "ds.xlsx"
    with pytest.raises(nom.ReviewNotConfirmed, match="chưa được xác nhận không có ai đang bị xem xét"):
        nom.export_nominations(session, round_id=rnd, out=out)
    assert not out.exists() and nom.review_confirmation(session, round_id=rnd) == (None, "")
    nom.export_nominations(session, round_id=rnd, out=out, confirm_no_review=True)
    at, _by = nom.review_confirmation(session, round_id=rnd)
    assert at is not None and out.exists()
    nom.export_nominations(session, round_id=rnd, out=tmp_path / "again.xlsx")  # asked once only
    # Clearing the mark lets the verdict go back.
    n = session.get(Nomination, nid)
    nom.set_review_hold(session, nomination_id=nid, version=n.version, kind="")
    nom.compute_verdicts(session, round_id=rnd)
    assert next(r for r in nom.list_nominations(session, round_id=rnd) if r.id == nid).verdict_status == ELIGIBLE


def test_cli_verdicts_and_export_confirmation(db_url, tmp_path, capsys):
    from app.database import open_database

    database = open_database(db_url)
    with database.factory() as s:
        bloc = create_unit(s, data=UnitInput("KHOI", "Khối", "KHOI"))
        dept = create_unit(s, data=UnitInput("VP", "Văn phòng", "CO_QUAN", bloc))
        a = create_person(s, data=PersonInput("CB001", "Nguyễn Thị Hoa", "F", dept))
        for y in (2025, 2026):
            hist.add_award(s, person_id=a, award_code="CSTDCS", year=y - 1)
        hist.add_rating(s, person_id=a, year=2026, rating="HTTNV")
        rnd = mv.create_round(s, name="Đợt xét năm 2026", year=2026, review_date=dt.date(2026, 12, 10))
        nom.add_nominations(s, round_id=rnd, award_code="CSTDBO", person_ids=[a])
        nom.add_nominations(s, round_id=rnd, award_code="LDTT", person_ids=[a])
        s.commit()
    database.close()
    assert main(["--db", db_url, "verdicts", "--round", str(rnd), "--json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    rows = {r["award"]: r for r in data["nominations"]}
    assert set(rows) == {"CSTDBO", "LDTT"} and rows["LDTT"]["verdict"] == ELIGIBLE
    assert rows["CSTDBO"]["verdict"] == NOT_ELIGIBLE and rows["CSTDBO"]["code"] == "CB001"
    assert rows["CSTDBO"]["name"] == "Nguyễn Thị Hoa" and isinstance(rows["CSTDBO"]["id"], int)
    # Issue 14: the years found and what to do.
    assert (
        "Chưa đủ 3 năm liên tục đạt CSTĐCS: năm 2026 chưa đạt (các năm liền trước đã đạt: 2024, 2025) — "
        "cần thêm CSTĐCS năm 2026: đề nghị cùng đợt"
    ) in rows["CSTDBO"]["reasons"]
    assert main(["--db", db_url, "verdicts", "--round", str(rnd)]) == EXIT_OK
    text = capsys.readouterr().out
    assert "✘" in text and "✔" in text and "Nguyễn Thị Hoa" in text and "✘ không đủ điều kiện 1" in text
    assert main(["--db", db_url, "verdicts", "--round", "999"]) == EXIT_BAD_INPUT
    assert "Không tìm thấy đợt xét: 999" in capsys.readouterr().err
    out = tmp_path / "thư mục có dấu #1" / "ds 100%.xlsx"
    out.parent.mkdir()
    assert main(["--db", db_url, "export", "nominations", "--round", str(rnd), "--out", str(out)]) == EXIT_BAD_INPUT
    assert "--confirm-no-review" in capsys.readouterr().err and not out.exists()
    assert (
        main(["--db", db_url, "export", "nominations", "--round", str(rnd), "--out", str(out), "--confirm-no-review"])
        == EXIT_OK
    )
    assert out.exists()
    database = open_database(db_url)
    with database.factory() as s:
        assert s.get(ReviewRound, rnd).review_confirmed_at is not None
    database.close()


def test_confirmation_does_not_make_the_round_stale(session, world):
    rnd = world["round"]
    before = mv.get_round(session, rnd).version
    nom.confirm_no_review_in_round(session, round_id=rnd)
    first = nom.review_confirmation(session, round_id=rnd)[0]
    nom.confirm_no_review_in_round(session, round_id=rnd)  # the first confirmation is kept
    assert first is not None and nom.review_confirmation(session, round_id=rnd)[0] == first
    r = mv.get_round(session, rnd)
    assert r.version == before
    mv.update_round(
        session,
        round_id=rnd,
        version=before,
        name="Đợt xét năm 2026 (sửa)",
        year=2026,
        review_date=dt.date(2026, 12, 10),
    )
    assert session.get(ReviewRound, rnd).review_confirmed_at == first
