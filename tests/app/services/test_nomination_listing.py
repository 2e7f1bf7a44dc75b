"""The nominations screen's listing (issue 17): one SQL projection into plain row tuples
that lists, filters, sorts and words exactly what `list_nominations` does, with the
reasons decoded only on demand."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.models import Council, CouncilMember, Nomination
from app.rules.eligibility import ELIGIBLE, MANUAL_CHECK, NOT_ELIGIBLE
from app.rules.person import PersonInput, UnitInput
from app.services import catalogue as cat
from app.services import history as hist
from app.services import nomination as nom
from app.services.org import create_person, create_unit
from tests.app.services.test_nomination import world  # noqa: F401  (fixture)

FIELDS = (
    "id",
    "round_id",
    "subject",
    "person_id",
    "unit_id",
    "name",
    "work_unit",
    "agency",
    "award_code",
    "award_name",
    "status",
    "verdict_status",
    "conflicts",
    "version",
    "submitting_unit_id",
)


@pytest.fixture
def busy_round(session, world):
    """Two agencies, eight people, a council with conflicts, nominations of individuals
    and collectives in several statuses, verdicts computed, a CSTĐCS quota."""
    other = create_unit(session, data=UnitInput("CQ2", "Ban Dân vận Trung ương", "CO_QUAN", world["bloc"]))
    other_dept = create_unit(session, data=UnitInput("CQ2-P1", "Phòng Nghiên cứu", "DON_VI", other))
    more = [
        create_person(session, data=PersonInput(f"DV{i}", name, gender, other_dept))
        for i, (name, gender) in enumerate(
            [("Bùi Văn Ánh", "M"), ("Nguyễn Thị Ấn", "F"), ("Vũ Đức Cường", "M")], start=1
        )
    ]
    people = world["people"] + more
    for i, p in enumerate(people):
        hist.add_rating(session, person_id=p, year=2024, rating=("HTXSNV", "HTTNV", "HTNV")[i % 3])
    council = Council(name="Hội đồng", unit_id=world["bloc"])
    session.add(council)
    session.flush()
    session.add(CouncilMember(council_id=council.id, full_name="Ủy viên A", unit_id=world["dept"]))
    session.add(CouncilMember(council_id=council.id, full_name="Nguyễn Thị Ấn", person_id=more[1], unit_id=other_dept))
    session.add(CouncilMember(council_id=council.id, full_name="Thủ trưởng", unit_id=other))
    session.flush()
    rid = world["round"]
    nom.add_nominations(session, round_id=rid, award_code="LDTT", person_ids=people, submitting_unit_id=world["agency"])
    nom.add_nominations(
        session, round_id=rid, award_code="CSTDCS", person_ids=people[:4], submitting_unit_id=world["agency"]
    )
    nom.add_nominations(session, round_id=rid, award_code="TTLDTT", unit_ids=[world["dept"], other_dept, other])
    rows = nom.list_nominations(session, round_id=rid)
    nom.change_status_many(session, items=[(r.id, r.version) for r in rows[:5]], to_status="SUBMITTED")
    rs = cat.rule_set_in_force(session, on=dt.date(2025, 1, 15))
    rule = next(r for r in cat.list_award_rules(session, rule_set_id=rs.id) if r.award_code == "CSTDCS")
    cat.update_award_rule(
        session,
        rule_id=rule.id,
        version=rule.version,
        params=dataclasses.replace(rule.params, quota_share=(1, 4), quota_base_award="LDTT"),
    )
    nom.compute_verdicts(session, round_id=rid)
    return dict(world, other=other, other_dept=other_dept, people=people)


def _same(session, rid, **filters):
    old = nom.list_nominations(session, round_id=rid, **filters)
    new = nom.list_nomination_rows(session, round_id=rid, **filters)
    assert [tuple(getattr(r, f) for f in FIELDS) for r in new] == [tuple(getattr(r, f) for f in FIELDS) for r in old]
    names = nom.nomination_listing(session, round_id=rid).award_names
    assert [nom.row_reasons(r) for r in new] == [r.reasons for r in old]
    assert [nom.row_verdict_text(r, names) for r in new] == [r.verdict_text for r in old]
    return new


def test_the_projection_lists_what_list_nominations_lists(session, busy_round):
    rid = busy_round["round"]
    rows = _same(session, rid)
    assert len(rows) == 8 + 4 + 3
    assert {r.verdict_status for r in rows} >= {ELIGIBLE, NOT_ELIGIBLE, MANUAL_CHECK}
    assert [r.subject for r in rows][-3:] == ["TAP_THE"] * 3  # individuals first
    # conflicts: a colleague, the nominee himself, the members of a collective
    assert any(r.conflicts == ("Nguyễn Thị Ấn",) and r.name == "Nguyễn Thị Ấn" for r in rows)
    assert next(r for r in rows if r.unit_id == busy_round["other"]).conflicts == ("Nguyễn Thị Ấn", "Thủ trưởng")


@pytest.mark.parametrize(
    "filters",
    [
        dict(query="nguyen thi"),
        dict(query="AN"),
        dict(query="phong"),
        dict(query="ấn"),
        dict(query="100%_x"),
        dict(status="SUBMITTED"),
        dict(verdict=NOT_ELIGIBLE),
        dict(verdict=""),
        dict(award_code="CSTDCS"),
        dict(subject="TAP_THE"),
        dict(subject="CA_NHAN", query="van"),
    ],
)
def test_every_filter_matches_list_nominations(session, busy_round, filters):
    _same(session, busy_round["round"], **filters)


def test_unit_filter_takes_the_subtree(session, busy_round):
    rid = busy_round["round"]
    rows = _same(session, rid, unit_id=busy_round["other"])
    assert {r.name for r in rows} == {
        "Bùi Văn Ánh",
        "Nguyễn Thị Ấn",
        "Vũ Đức Cường",
        "Phòng Nghiên cứu",
        "Ban Dân vận Trung ương",
    }


def test_listing_counts_and_quota_match_the_services(session, busy_round):
    rid = busy_round["round"]
    listing = nom.nomination_listing(session, round_id=rid, status="SUBMITTED")
    assert len(listing.rows) == 5
    assert listing.counts == nom.round_counts(session, round_id=rid)
    # counted from the rows when they are the whole round, read again when filtered
    for filters in ({}, dict(query="  ", unit_id=None, verdict=None), dict(verdict=""), dict(query="van")):
        assert nom.nomination_listing(session, round_id=rid, **filters).counts == nom.round_counts(
            session, round_id=rid
        ), filters
    assert listing.warnings == nom.quota_warnings(session, round_id=rid) != []
    assert listing.award_names["LDTT"] == "Lao động tiên tiến"


def test_reasons_stay_json_until_asked_and_the_detail_decodes_them(session, busy_round):
    rid = busy_round["round"]
    row = next(r for r in nom.list_nomination_rows(session, round_id=rid) if r.verdict_status == NOT_ELIGIBLE)
    assert isinstance(row.reasons_json, str)  # not decoded by the listing
    detail = nom.nomination_detail(session, nomination_id=row.id)
    assert detail.reasons == nom.row_reasons(row) and detail.reasons
    assert detail.version == row.version and [e.to_status for e in detail.events] == (
        ["SUBMITTED"] if row.status == "SUBMITTED" else []
    )
    unchecked = nom.list_nomination_rows(session, round_id=rid)[0]._replace(verdict_status="", reasons_json=None)
    assert nom.row_reasons(unchecked) == () and nom.row_verdict_text(unchecked) == ""


def test_no_rule_set_means_no_quota_warnings(session, busy_round):
    rid = busy_round["round"]
    rnd = session.get(nom.ReviewRound, rid)
    rnd.review_date = dt.date(1990, 1, 1)
    session.flush()
    listing = nom.nomination_listing(session, round_id=rid)
    assert listing.warnings == [] and len(listing.rows) == 15


def test_an_unknown_nomination_has_no_detail(session, busy_round):
    from app.errors import NotFound

    with pytest.raises(NotFound):
        nom.nomination_detail(session, nomination_id=10_000)
    assert session.get(Nomination, 10_000) is None
