"""Catalogue, rule sets, history, movements, rounds and nominations through the services."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from app.errors import StaleRecord, ValidationFailed
from app.models import AwardRule, AwardType, Council, CouncilMember, Nomination, RuleSet
from app.rules.eligibility import ELIGIBLE, MANUAL_CHECK, NOT_ELIGIBLE
from app.rules.person import PersonInput, UnitInput
from app.services import catalogue as cat
from app.services import history as hist
from app.services import movement as mv
from app.services import nomination as nom
from app.services.catalogue import NoRuleSet
from app.services.org import create_person, create_unit


@pytest.fixture
def world(session):
    """A bloc, an agency with a department, five people, an open round for 2024."""
    bloc = create_unit(session, data=UnitInput("KHOI", "Khối thi đua", "KHOI"))
    agency = create_unit(session, data=UnitInput("CQ", "Ban Tổ chức Trung ương", "CO_QUAN", bloc))
    dept = create_unit(session, data=UnitInput("CQ-VP", "Văn phòng Ban", "DON_VI", agency))
    people = []
    for i, (name, gender) in enumerate(
        [
            ("Nguyễn Thị Hoa", "F"),
            ("Trần Văn Minh", "M"),
            ("Lê Thị Lan", "F"),
            ("Phạm Văn Nam", "M"),
            ("Đỗ Thị Ánh", "F"),
        ],
        start=1,
    ):
        people.append(
            create_person(session, data=PersonInput(f"CB{i:03d}", name, gender, dept, position="Chuyên viên"))
        )
    rnd = mv.create_round(
        session,
        name="Đợt xét năm 2024",
        year=2024,
        review_date=dt.date(2025, 1, 15),
        submission_deadline=dt.date(2025, 1, 5),
    )
    session.commit()
    return dict(bloc=bloc, agency=agency, dept=dept, people=people, round=rnd)


# ---------------------------------------------------------------- catalogue and rule sets


def test_seeded_catalogue_and_rule_sets(session):
    codes = {a.code for a in cat.list_award_types(session)}
    assert {
        "LDTT",
        "CSTDCS",
        "CSTDBO",
        "CSTDTQ",
        "TTLDTT",
        "TTLDXS",
        "CO_BO",
        "CO_CP",
        "GK",
        "BK_BO",
        "BK_TTG",
        "HCLD3",
        "BK_BO_TT",
        "BK_TTG_TT",
        "GK_TT",
        "HCLD3_TT",
    } <= codes
    sets = cat.list_rule_sets(session)
    assert [(s.name, s.effective_from, s.effective_to) for s in sets] == [
        ("NĐ 98/2023", dt.date(2024, 1, 1), dt.date(2025, 6, 30)),
        ("NĐ 152/2025", dt.date(2025, 7, 1), None),
    ]
    rules = {r.award_code: r.params for r in cat.list_award_rules(session, rule_set_id=sets[1].id)}
    assert rules["CSTDBO"].vote_threshold == (9, 10) and rules["CSTDCS"].vote_threshold == (4, 5)
    lt = next(a for a in cat.list_award_types(session) if a.code == "TTLDTT")
    assert str(lt.reward_multiple) in ("0.8", "0.80")


def test_seed_is_idempotent(db):
    from app.database import seed

    seed(db.factory)
    seed(db.factory)
    with db.factory() as s:
        assert s.query(RuleSet).count() == 2
        assert s.query(AwardRule).count() == 2 * s.query(AwardType).count()


def test_rule_set_switch_on_first_july_2025(session):
    assert cat.rule_set_in_force(session, on=dt.date(2025, 6, 30)).name == "NĐ 98/2023"
    assert cat.rule_set_in_force(session, on=dt.date(2025, 7, 1)).name == "NĐ 152/2025"
    assert cat.rule_set_in_force(session, on=dt.date(2030, 1, 1)).name == "NĐ 152/2025"
    with pytest.raises(NoRuleSet):
        cat.rule_set_in_force(session, on=dt.date(2023, 12, 31))


def test_copy_rule_set_refuses_overlap_and_can_close_the_previous(session):
    current = cat.rule_set_in_force(session, on=dt.date(2026, 1, 1))
    with pytest.raises(ValidationFailed) as exc:
        cat.copy_rule_set(
            session, source_id=current.id, name="NĐ mới 2027", legal_text="", effective_from=dt.date(2027, 1, 1)
        )
    assert "trùng thời gian hiệu lực với «NĐ 152/2025»" in exc.value.fields["effective_from"]
    new_id = cat.copy_rule_set(
        session,
        source_id=current.id,
        name="NĐ mới 2027",
        legal_text="Nghị định mới",
        effective_from=dt.date(2027, 1, 1),
        close_previous=True,
    )
    assert cat.rule_set_in_force(session, on=dt.date(2026, 12, 31)).name == "NĐ 152/2025"
    assert cat.rule_set_in_force(session, on=dt.date(2027, 1, 1)).id == new_id
    assert len(cat.list_award_rules(session, rule_set_id=new_id)) == len(cat.list_award_types(session))
    with pytest.raises(ValidationFailed) as exc:
        cat.copy_rule_set(
            session, source_id=current.id, name="NĐ mới 2027", legal_text="", effective_from=dt.date(2040, 1, 1)
        )
    assert exc.value.fields["name"] == "đã có bộ quy tắc cùng tên"


def test_edit_award_rule_validation_and_stale(session):
    rs = cat.rule_set_in_force(session, on=dt.date(2026, 1, 1))
    rule = next(r for r in cat.list_award_rules(session, rule_set_id=rs.id) if r.award_code == "CSTDCS")
    capped = dataclasses.replace(rule.params, quota_share=(15, 100), quota_base_award="LDTT")
    cat.update_award_rule(session, rule_id=rule.id, version=rule.version, params=capped)
    again = next(r for r in cat.list_award_rules(session, rule_set_id=rs.id) if r.award_code == "CSTDCS")
    assert again.params.quota_share == (15, 100) and again.version == rule.version + 1
    with pytest.raises(StaleRecord):
        cat.update_award_rule(session, rule_id=rule.id, version=rule.version, params=capped)
    with pytest.raises(ValidationFailed) as exc:
        cat.update_award_rule(
            session,
            rule_id=again.id,
            version=again.version,
            params=dataclasses.replace(capped, vote_threshold=(9, 0), streak_award="XX"),
        )
    assert exc.value.fields["vote_threshold"] == "mẫu số phải lớn hơn 0"


# ---------------------------------------------------------------- history


def test_history_crud_and_validation(session, world):
    p = world["people"][0]
    rid = hist.add_rating(session, person_id=p, year=2024, rating="HTXSNV")
    with pytest.raises(ValidationFailed) as exc:
        hist.add_rating(session, person_id=p, year=2024, rating="HTTNV")
    assert exc.value.fields["year"] == "đã có xếp loại năm 2024"
    aid = hist.add_award(
        session,
        person_id=p,
        award_code="CSTDCS",
        year=2023,
        decision_no="05/QĐ-BTC",
        decision_date=dt.date(2023, 12, 20),
        issuer="Ban Tổ chức Trung ương",
    )
    with pytest.raises(ValidationFailed) as exc:
        hist.add_award(session, person_id=p, award_code="TTLDTT", year=2023)
    assert exc.value.fields["award_code"] == "dành cho tập thể"
    iid = hist.add_initiative(
        session,
        person_id=p,
        title="Số hóa hồ sơ đảng viên",
        level="CO_SO",
        year=2023,
        used_by_award_id=aid,
        authors="Nguyễn Thị Hoa",
    )
    hist.add_discipline(
        session, person_id=p, level="KHIEN_TRACH", start_date=dt.date(2022, 1, 1), end_date=dt.date(2022, 6, 30)
    )
    with pytest.raises(ValidationFailed) as exc:
        hist.add_discipline(
            session, person_id=p, level="X", start_date=dt.date(2022, 5, 1), end_date=dt.date(2022, 1, 1)
        )
    assert set(exc.value.fields) == {"level", "end_date"}
    hist.add_leave(session, person_id=p, start_date=dt.date(2021, 3, 1), end_date=dt.date(2021, 9, 1))
    h = hist.get_history(session, person_id=p)
    assert [r.year for r in h.ratings] == [2024]
    assert h.initiatives[0].used_by.startswith("Chiến sĩ thi đua cơ sở 2023")
    assert len(h.disciplines) == 1 and len(h.leaves) == 1
    r = h.ratings[0]
    hist.update_rating(session, rating_id=rid, version=r.version, year=2024, rating="HTTNV")
    with pytest.raises(StaleRecord):
        hist.update_rating(session, rating_id=rid, version=r.version, year=2024, rating="HTNV")
    hist.delete_award(session, award_id=aid, version=h.awards[0].version)
    session.expire_all()
    assert hist.get_history(session, person_id=p).initiatives[0].used_by_award_id is None
    assert iid


# ---------------------------------------------------------------- movements, rounds, registrations


def test_movement_round_registration(session, world):
    mid = mv.create_movement(
        session,
        name="Tham mưu giỏi, phục vụ tốt",
        kind="THUONG_XUYEN",
        start_date=dt.date(2019, 1, 1),
        end_date=dt.date(2024, 12, 31),
        launching_unit_id=world["bloc"],
        criteria=[("Tham mưu", 40), ("Phục vụ", "60")],
    )
    m = mv.list_movements(session)[0]
    assert m.id == mid and [c.max_points for c in m.criteria] == [40, 60]
    with pytest.raises(ValidationFailed):
        mv.create_movement(session, name="", kind="X")
    p1, p2 = world["people"][:2]
    mv.add_registration(session, year=2024, award_code="CSTDCS", person_id=p1, movement_id=mid)
    mv.add_registration(session, year=2024, award_code="LDTT", person_id=p2)
    mv.add_registration(session, year=2024, award_code="TTLDXS", unit_id=world["dept"])
    with pytest.raises(ValidationFailed):
        mv.add_registration(session, year=2024, award_code="LDTT", person_id=p2)
    hist.add_award(session, person_id=p2, award_code="LDTT", year=2024)
    nom.add_nominations(session, round_id=world["round"], award_code="CSTDCS", person_ids=[p1])
    results = {r.award_code: r.result for r in mv.list_registrations(session, year=2024)}
    assert results == {"CSTDCS": "DANG_XET", "LDTT": "DAT", "TTLDXS": "CHUA_DE_NGHI"}
    r = mv.get_round(session, world["round"])
    assert r.nominations == 1 and r.status == "OPEN"
    mv.set_round_status(session, round_id=r.id, version=r.version, status="CLOSED")
    with pytest.raises(ValidationFailed) as exc:
        nom.add_nominations(session, round_id=r.id, award_code="LDTT", person_ids=[p2])
    assert exc.value.fields["round_id"] == "đợt xét đã đóng"


# ---------------------------------------------------------------- nominations


def _ratings(session, person, years_ratings):
    for year, rating in years_ratings.items():
        hist.add_rating(session, person_id=person, year=year, rating=rating)


def test_add_propose_and_verdicts(session, world):
    a, b, c, d, e = world["people"]
    _ratings(session, a, {2022: "HTXSNV", 2023: "HTXSNV", 2024: "HTXSNV"})
    _ratings(session, b, {2024: "HTTNV"})
    _ratings(session, c, {2024: "HTNV"})
    _ratings(session, d, {2024: "HTTNV"})
    hist.add_discipline(
        session, person_id=d, level="KHIEN_TRACH", start_date=dt.date(2023, 8, 1), end_date=dt.date(2024, 2, 1)
    )
    for y in (2022, 2023):
        hist.add_award(session, person_id=a, award_code="CSTDCS", year=y)
    hist.add_initiative(session, person_id=a, title="Đề án cải cách thủ tục", level="BO_TINH", year=2024)
    rnd = world["round"]
    added = nom.propose_ldtt(session, round_id=rnd)
    assert len(added.added) == 3 and added.skipped == 0  # a, b, d (c is HTNV, e unrated)
    assert nom.propose_ldtt(session, round_id=rnd).skipped == 3
    nom.add_nominations(session, round_id=rnd, award_code="CSTDCS", person_ids=[a, b])
    nom.add_nominations(session, round_id=rnd, award_code="CSTDBO", person_ids=[a])
    nom.add_nominations(session, round_id=rnd, award_code="TTLDTT", unit_ids=[world["dept"]])
    summary = nom.compute_verdicts(session, round_id=rnd)
    assert summary.rule_set == "NĐ 98/2023" and summary.computed == 7
    rows = nom.list_nominations(session, round_id=rnd)
    got = {(r.name, r.award_code): r for r in rows}
    assert got[("Nguyễn Thị Hoa", "LDTT")].verdict_status == ELIGIBLE
    assert got[("Phạm Văn Nam", "LDTT")].verdict_status == NOT_ELIGIBLE
    assert "Bị kỷ luật khiển trách" in got[("Phạm Văn Nam", "LDTT")].verdict_text
    # CSTĐ cấp bộ counts the CSTĐCS proposed in the same round and uses the bộ-level sáng kiến.
    bo = got[("Nguyễn Thị Hoa", "CSTDBO")]
    assert bo.verdict_status == ELIGIBLE and "Tính cả đề nghị CSTĐCS năm 2024" in bo.verdict_text
    assert got[("Nguyễn Thị Hoa", "CSTDCS")].verdict_status == ELIGIBLE  # HTXSNV, no sáng kiến needed
    assert got[("Trần Văn Minh", "CSTDCS")].verdict_status == NOT_ELIGIBLE
    unit = got[("Văn phòng Ban", "TTLDTT")]
    # 3 of 5 members proposed for LĐTT, but Nam's is refused (discipline): only eligible pending
    # titles count (DOMAIN.md §3 "one round, one truth") — 2/5 = 40 % < 70 %.
    assert unit.verdict_status == NOT_ELIGIBLE and "Chỉ 2/5 thành viên" in unit.verdict_text
    assert unit.salutation == "Tập thể" and unit.work_unit == "Ban Tổ chức Trung ương"
    assert got[("Nguyễn Thị Hoa", "LDTT")].salutation == "Bà"
    assert got[("Trần Văn Minh", "LDTT")].salutation == "Ông"
    assert rows[-1].subject == "TAP_THE"
    # Filters.
    assert {r.award_code for r in nom.list_nominations(session, round_id=rnd, award_code="LDTT")} == {"LDTT"}
    assert len(nom.list_nominations(session, round_id=rnd, verdict=NOT_ELIGIBLE)) == 3
    assert len(nom.list_nominations(session, round_id=rnd, query="hoa")) == 3
    assert len(nom.list_nominations(session, round_id=rnd, unit_id=world["dept"])) == 7
    assert nom.list_nominations(session, round_id=rnd, status="CHECKED") == []


def test_rule_set_switch_changes_the_verdict(session, world):
    a = world["people"][0]
    _ratings(session, a, {2024: "HTXSNV"})
    rnd = mv.create_round(session, name="Đợt 2", year=2024, review_date=dt.date(2025, 7, 1))
    nom.add_nominations(session, round_id=rnd, award_code="CSTDCS", person_ids=[a])
    rs_new = cat.rule_set_in_force(session, on=dt.date(2025, 7, 1))
    rule = next(r for r in cat.list_award_rules(session, rule_set_id=rs_new.id) if r.award_code == "CSTDCS")
    # The office edits NĐ 152/2025 only: CSTĐCS now needs a sáng kiến even when excellent.
    cat.update_award_rule(
        session,
        rule_id=rule.id,
        version=rule.version,
        params=dataclasses.replace(
            rule.params,
            excellent_rating="HTXSNV",
            min_rating="HTXSNV",
            criterion="STREAK_INITIATIVE",
            streak_award="LDTT",
            streak_years=1,
        ),
    )
    assert nom.compute_verdicts(session, round_id=rnd).rule_set == "NĐ 152/2025"
    assert nom.list_nominations(session, round_id=rnd)[0].verdict_status == NOT_ELIGIBLE
    r = mv.get_round(session, rnd)
    mv.update_round(session, round_id=rnd, version=r.version, name=r.name, year=2024, review_date=dt.date(2025, 6, 30))
    assert nom.compute_verdicts(session, round_id=rnd).rule_set == "NĐ 98/2023"
    assert nom.list_nominations(session, round_id=rnd)[0].verdict_status == ELIGIBLE


def test_one_initiative_grounds_one_nomination_of_the_round(session, world):
    a = world["people"][0]
    _ratings(session, a, {2023: "HTTNV", 2024: "HTTNV"})
    hist.add_award(session, person_id=a, award_code="LDTT", year=2024)
    hist.add_initiative(session, person_id=a, title="Sáng kiến duy nhất", level="CO_SO", year=2024)
    nom.add_nominations(session, round_id=world["round"], award_code="CSTDCS", person_ids=[a])
    nom.add_nominations(session, round_id=world["round"], award_code="GK", person_ids=[a])
    nom.compute_verdicts(session, round_id=world["round"])
    row = next(r for r in nom.list_nominations(session, round_id=world["round"]) if r.award_code == "CSTDCS")
    assert row.verdict_status == ELIGIBLE
    assert session.scalar(select(Nomination.initiative_id).where(Nomination.id == row.id)) is not None


def test_workflow_transitions_and_reasons(session, world):
    a = world["people"][0]
    nid = nom.add_nominations(session, round_id=world["round"], award_code="CSTDCS", person_ids=[a]).added[0]

    def version():
        return session.get(Nomination, nid).version

    nom.change_status(session, nomination_id=nid, version=version(), to_status="SUBMITTED")
    nom.change_status(session, nomination_id=nid, version=version(), to_status="CHECKED")
    with pytest.raises(nom.InvalidTransition):
        nom.change_status(session, nomination_id=nid, version=version(), to_status="APPROVED")  # needs a vote
    with pytest.raises(ValidationFailed) as exc:
        nom.change_status(session, nomination_id=nid, version=version(), to_status="SUBMITTED")
    assert "lý do" in exc.value.fields["reason"]
    nom.change_status(
        session, nomination_id=nid, version=version(), to_status="SUBMITTED", reason="Thiếu bản tóm tắt thành tích"
    )
    stale = version()
    nom.change_status(session, nomination_id=nid, version=stale, to_status="CHECKED")
    with pytest.raises(StaleRecord):
        nom.change_status(session, nomination_id=nid, version=stale, to_status="VOTED")
    nom.change_status(session, nomination_id=nid, version=version(), to_status="VOTED")
    with pytest.raises(ValidationFailed):
        nom.change_status(session, nomination_id=nid, version=version(), to_status="REJECTED")
    nom.change_status(session, nomination_id=nid, version=version(), to_status="APPROVED")
    nom.change_status(session, nomination_id=nid, version=version(), to_status="DECIDED")
    assert nom.allowed_transitions("DECIDED") == []
    events = nom.nomination_events(session, nomination_id=nid)
    assert [e.to_status for e in events] == [
        "SUBMITTED",
        "CHECKED",
        "SUBMITTED",
        "CHECKED",
        "VOTED",
        "APPROVED",
        "DECIDED",
    ]
    assert events[2].reason == "Thiếu bản tóm tắt thành tích"
    # LĐTT needs no vote: checked → approved directly.
    b = world["people"][1]
    lid = nom.add_nominations(
        session, round_id=world["round"], award_code="LDTT", person_ids=[b], status="SUBMITTED"
    ).added[0]
    nom.change_status(session, nomination_id=lid, version=session.get(Nomination, lid).version, to_status="CHECKED")
    nom.change_status(session, nomination_id=lid, version=session.get(Nomination, lid).version, to_status="APPROVED")
    with pytest.raises(ValidationFailed):
        nom.delete_nomination(session, nomination_id=lid, version=session.get(Nomination, lid).version)


def test_conflict_of_interest_and_quota(session, world):
    a, b = world["people"][:2]
    council = Council(name="Hội đồng", unit_id=world["bloc"])
    session.add(council)
    session.flush()
    # the rule: the nominee himself, a direct colleague (same unit), or a member of the
    # collective nominated — not the agency above, not another agency, not the bloc
    session.add(CouncilMember(council_id=council.id, full_name="Ủy viên A", unit_id=world["dept"]))
    session.add(CouncilMember(council_id=council.id, full_name="Thủ trưởng cơ quan", unit_id=world["agency"]))
    other = create_unit(session, data=UnitInput("CQ2", "Ban Dân vận Trung ương", "CO_QUAN", world["bloc"]))
    session.add(CouncilMember(council_id=council.id, full_name="Ủy viên B", unit_id=other))
    session.add(CouncilMember(council_id=council.id, full_name="Chủ tịch Khối", unit_id=world["bloc"]))
    c = world["people"][2]
    session.add(CouncilMember(council_id=council.id, full_name="Lê Thị Lan", person_id=c, unit_id=world["dept"]))
    session.add(CouncilMember(council_id=council.id, full_name="Đã thôi", unit_id=world["dept"], active=False))
    session.flush()
    for p in (a, b):
        _ratings(session, p, {2024: "HTXSNV"})
    nom.add_nominations(session, round_id=world["round"], award_code="LDTT", person_ids=[a, b])
    nom.add_nominations(session, round_id=world["round"], award_code="CSTDCS", person_ids=[a, b])
    rows = nom.list_nominations(session, round_id=world["round"])
    assert all(r.conflicts == ("Ủy viên A", "Lê Thị Lan") for r in rows)
    # the collective (the department): its own people on the council; the agency head
    # sits above it, not in it
    nom.add_nominations(session, round_id=world["round"], award_code="TTLDTT", unit_ids=[world["dept"]])
    dept_row = next(r for r in nom.list_nominations(session, round_id=world["round"]) if r.award_code == "TTLDTT")
    assert dept_row.conflicts == ("Ủy viên A", "Lê Thị Lan")
    nom.add_nominations(session, round_id=world["round"], award_code="TTLDTT", unit_ids=[world["agency"]])
    agency_row = next(
        r
        for r in nom.list_nominations(session, round_id=world["round"])
        if r.award_code == "TTLDTT" and r.unit_id == world["agency"]
    )
    assert agency_row.conflicts == ("Ủy viên A", "Thủ trưởng cơ quan", "Lê Thị Lan")
    for row in (dept_row, agency_row):
        nom.delete_nomination(session, nomination_id=row.id, version=session.get(Nomination, row.id).version)
    rows = nom.list_nominations(session, round_id=world["round"])
    assert all(r.submitting_unit_id == world["agency"] for r in rows)
    assert nom.quota_warnings(session, round_id=world["round"]) == []
    rs = cat.rule_set_in_force(session, on=dt.date(2025, 1, 15))
    rule = next(r for r in cat.list_award_rules(session, rule_set_id=rs.id) if r.award_code == "CSTDCS")
    cat.update_award_rule(
        session,
        rule_id=rule.id,
        version=rule.version,
        params=dataclasses.replace(rule.params, quota_share=(1, 2), quota_base_award="LDTT"),
    )
    warnings = nom.quota_warnings(session, round_id=world["round"])
    assert [(w.unit_name, w.count, w.base_count, w.limit) for w in warnings] == [("Ban Tổ chức Trung ương", 2, 2, 1)]
    nom.compute_verdicts(session, round_id=world["round"])
    cst = [r for r in nom.list_nominations(session, round_id=world["round"]) if r.award_code == "CSTDCS"]
    assert all(r.verdict_status == MANUAL_CHECK and "vượt giới hạn 1" in r.verdict_text for r in cst)
