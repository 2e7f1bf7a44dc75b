"""The eligibility engine: a worked case for every criterion of DOMAIN.md §3–5, the
boundaries, and properties (hypothesis)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules.catalogue import (
    AWARD_TYPE_BY_CODE,
    AWARD_TYPES,
    RuleParams,
    default_params,
    params_from_json,
    params_to_json,
    validate_params,
)
from app.rules.eligibility import (
    ELIGIBLE,
    MANUAL_CHECK,
    NOT_ELIGIBLE,
    AwardRule,
    DisciplineRecord,
    InitiativeRecord,
    LeaveRecord,
    MemberYear,
    PersonHistory,
    Reason,
    UnitHistory,
    check_quota,
    evaluate,
    with_reasons,
)
from app.rules.reasons import reason_text, verdict_text

YEAR = 2024
REVIEW = dt.date(2025, 1, 15)


def rule(code: str, **changes) -> AwardRule:
    params = dataclasses.replace(default_params(code), **changes) if changes else default_params(code)
    return AwardRule(code, AWARD_TYPE_BY_CODE[code].subject, params)


def person(ratings=None, titles=None, **kw) -> PersonHistory:
    titles = {k: frozenset(v) for k, v in (titles or {}).items()}
    return PersonHistory(1, ratings=dict(ratings or {}), titles=titles, **kw)


def judge(h, code, year=YEAR, review=REVIEW, **changes):
    return evaluate(h, rule(code, **changes), year=year, review_date=review)


def codes(verdict) -> list[str]:
    return [r.code for r in verdict.reasons]


def texts(verdict) -> str:
    return verdict_text(verdict)


# ---------------------------------------------------------------- LĐTT


@pytest.mark.parametrize(
    "rating,status", [("HTXSNV", ELIGIBLE), ("HTTNV", ELIGIBLE), ("HTNV", NOT_ELIGIBLE), ("KHTNV", NOT_ELIGIBLE)]
)
def test_ldtt_by_rating(rating, status):
    v = judge(person({YEAR: rating}), "LDTT")
    assert v.status == status
    if status == NOT_ELIGIBLE:
        assert codes(v) == ["RATING_TOO_LOW"]
        assert "cần hoàn thành tốt nhiệm vụ trở lên" in texts(v)


def test_ldtt_without_rating():
    v = judge(person({YEAR - 1: "HTTNV"}), "LDTT")
    assert v.status == NOT_ELIGIBLE and codes(v) == ["RATING_MISSING"]
    assert texts(v) == "Chưa có xếp loại chất lượng năm 2024"


def test_ldtt_already_awarded_that_year():
    v = judge(person({YEAR: "HTTNV"}, {"LDTT": {YEAR}}), "LDTT")
    assert v.status == NOT_ELIGIBLE and codes(v) == ["ALREADY_AWARDED"]


def test_discipline_ending_mid_year_blocks_that_year():
    d = DisciplineRecord("KHIEN_TRACH", dt.date(2023, 7, 1), dt.date(2024, 6, 30))
    v = judge(person({YEAR: "HTTNV"}, disciplines=(d,)), "LDTT")
    assert v.status == NOT_ELIGIBLE and codes(v) == ["DISCIPLINE"]
    assert "từ 01/07/2023 đến 30/06/2024 (trong năm 2024)" in texts(v)


def test_discipline_ending_the_day_before_the_year_does_not_block():
    d = DisciplineRecord("CANH_CAO", dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert judge(person({YEAR: "HTTNV"}, disciplines=(d,)), "LDTT").status == ELIGIBLE


def test_discipline_starting_on_the_last_day_blocks():
    d = DisciplineRecord("KHIEN_TRACH", dt.date(2024, 12, 31), None)
    v = judge(person({YEAR: "HTTNV"}, disciplines=(d,)), "LDTT")
    assert codes(v) == ["DISCIPLINE"] and "đến nay" in texts(v)


def test_discipline_in_force_on_review_date_blocks():
    d = DisciplineRecord("KHIEN_TRACH", dt.date(2025, 1, 5), dt.date(2025, 7, 4))
    v = judge(person({YEAR: "HTTNV"}, disciplines=(d,)), "LDTT")
    assert v.status == NOT_ELIGIBLE and codes(v) == ["DISCIPLINE_IN_FORCE"]


def test_maternity_leave_without_rating_needs_a_check():
    leave = LeaveRecord(dt.date(2024, 2, 1), dt.date(2024, 8, 1))
    v = judge(person({}, leaves=(leave,)), "LDTT")
    assert v.status == MANUAL_CHECK and codes(v) == ["LEAVE_NO_RATING"]


# ---------------------------------------------------------------- CSTĐCS


def test_cstdcs_excellent_rating():
    v = judge(person({YEAR: "HTXSNV"}, {"LDTT": {YEAR}}), "CSTDCS")
    assert v.status == ELIGIBLE and v.initiative_ids == ()


def test_cstdcs_good_rating_with_initiative():
    ini = InitiativeRecord(7, "CO_SO", YEAR, title="Số hóa hồ sơ")
    v = judge(person({YEAR: "HTTNV"}, {"LDTT": {YEAR}}, initiatives=(ini,)), "CSTDCS")
    assert v.status == ELIGIBLE and v.initiative_ids == (7,)
    assert "Căn cứ sáng kiến «Số hóa hồ sơ» (2024)" in texts(v)


def test_cstdcs_used_initiative_does_not_count():
    ini = InitiativeRecord(7, "CO_SO", YEAR, used=True, title="Số hóa hồ sơ")
    v = judge(person({YEAR: "HTTNV"}, {"LDTT": {YEAR}}, initiatives=(ini,)), "CSTDCS")
    assert v.status == NOT_ELIGIBLE
    assert codes(v) == ["NO_EXCELLENCE_GROUND", "INITIATIVE_USED"]
    assert "1 sáng kiến đã dùng để xét khen thưởng khác" in texts(v)


def test_cstdcs_initiative_claimed_by_another_nomination_does_not_count():
    ini = InitiativeRecord(7, "CO_SO", YEAR)
    h = person({YEAR: "HTTNV"}, {"LDTT": {YEAR}}, initiatives=(ini,), claimed_initiatives=frozenset({7}))
    assert judge(h, "CSTDCS").status == NOT_ELIGIBLE


def test_cstdcs_initiative_outside_window_does_not_count():
    old = InitiativeRecord(7, "CO_SO", YEAR - 2)
    last_year = InitiativeRecord(8, "CO_SO", YEAR - 1)
    assert judge(person({YEAR: "HTTNV"}, {"LDTT": {YEAR}}, initiatives=(old,)), "CSTDCS").status == NOT_ELIGIBLE
    v = judge(person({YEAR: "HTTNV"}, {"LDTT": {YEAR}}, initiatives=(old, last_year)), "CSTDCS")
    assert v.status == ELIGIBLE and v.initiative_ids == (8,)


def test_cstdcs_needs_ldtt():
    v = judge(person({YEAR: "HTNV"}), "CSTDCS")
    assert v.status == NOT_ELIGIBLE and codes(v)[:1] == ["NOT_LDTT"]


def test_cstdcs_ldtt_criteria_met_without_the_title_counts():
    assert judge(person({YEAR: "HTXSNV"}), "CSTDCS").status == ELIGIBLE


# ---------------------------------------------------------------- CSTĐ cấp bộ (streaks)

BO_INI = InitiativeRecord(9, "BO_TINH", YEAR, title="Đề án cải cách")


def test_cstdbo_exactly_three_years():
    h = person(titles={"CSTDCS": {2022, 2023, 2024}}, initiatives=(BO_INI,))
    v = judge(h, "CSTDBO")
    assert v.status == ELIGIBLE and v.initiative_ids == (9,)


def test_cstdbo_two_years_only_message():
    h = person(titles={"CSTDCS": {2023, 2024}}, initiatives=(BO_INI,))
    v = judge(h, "CSTDBO")
    assert v.status == NOT_ELIGIBLE
    assert reason_text(v.reasons[0]) == (
        "Chưa đủ 3 năm liên tục đạt CSTĐCS (có: 2023, 2024); năm 2022 không đạt "
        "nên chuỗi bị gián đoạn — cần thêm 1 năm liên tục nữa, sớm nhất xét năm 2025"
    )


def test_cstdbo_gap_year_breaks_the_streak():
    h = person(titles={"CSTDCS": {2020, 2021, 2022, 2024}}, initiatives=(BO_INI,))
    v = judge(h, "CSTDBO")
    assert v.status == NOT_ELIGIBLE
    assert v.reasons[0].get("have") == (2024,)


def test_cstdbo_maternity_leave_never_bridges_the_gap():
    # NĐ 152/2025 Art. 4(5): the leave counts as worked time within 2023, which was judged
    # and got no CSTĐCS: the streak is broken (DOMAIN.md §3, issue 16 point 3).
    leave = LeaveRecord(dt.date(2023, 3, 1), dt.date(2023, 9, 1))
    h = person(titles={"CSTDCS": {2021, 2022, 2024}}, initiatives=(BO_INI,), leaves=(leave,))
    v = judge(h, "CSTDBO")
    assert v.status == NOT_ELIGIBLE
    assert "LEAVE_NOT_A_BRIDGE" in codes(v)
    assert "Năm 2023 nghỉ thai sản: tính là thời gian công tác của năm đó, không thay cho danh hiệu" in texts(v)


def test_cstdbo_counts_the_pending_cstdcs_of_the_round():
    h = person(titles={"CSTDCS": {2022, 2023}}, initiatives=(BO_INI,), pending=frozenset({"CSTDCS"}))
    v = judge(h, "CSTDBO")
    assert v.status == ELIGIBLE and "PENDING_TITLE" in codes(v)


def test_cstdbo_years_before_the_last_cstdbo_do_not_count_again():
    h = person(titles={"CSTDCS": {2020, 2021, 2022, 2023, 2024}, "CSTDBO": {2022}}, initiatives=(BO_INI,))
    v = judge(h, "CSTDBO")
    assert v.status == NOT_ELIGIBLE and v.reasons[0].get("have") == (2023, 2024)


def test_cstdbo_lower_level_initiative_needs_manual_check():
    ini = InitiativeRecord(5, "CO_SO", YEAR, title="Sáng kiến nhỏ")
    h = person(titles={"CSTDCS": {2022, 2023, 2024}}, initiatives=(ini,))
    v = judge(h, "CSTDBO")
    assert v.status == MANUAL_CHECK and codes(v) == ["INITIATIVE_LEVEL_UNCERTAIN"]


def test_cstdbo_without_initiative():
    v = judge(person(titles={"CSTDCS": {2022, 2023, 2024}}), "CSTDBO")
    assert v.status == NOT_ELIGIBLE and codes(v) == ["INITIATIVE_MISSING"]


def test_cstdtq_two_consecutive_terms():
    nat = InitiativeRecord(3, "TOAN_QUOC", 2023)
    assert judge(person(titles={"CSTDBO": {2021, 2024}}, initiatives=(nat,)), "CSTDTQ").status == ELIGIBLE
    v = judge(person(titles={"CSTDBO": {2020, 2024}}, initiatives=(nat,)), "CSTDTQ")
    assert v.status == NOT_ELIGIBLE and codes(v) == ["TERMS_SHORT"]
    bo = InitiativeRecord(4, "BO_TINH", 2023)
    assert judge(person(titles={"CSTDBO": {2021, 2024}}, initiatives=(bo,)), "CSTDTQ").status == MANUAL_CHECK


# ---------------------------------------------------------------- forms


def test_bk_bo_two_consecutive_cstdcs():
    assert judge(person(titles={"CSTDCS": {2023, 2024}}), "BK_BO").status == ELIGIBLE
    # Luật Art. 74(1): "một trong các tiêu chuẩn" — the record path failing leaves the others
    # to the council: MANUAL_CHECK, never NOT_ELIGIBLE.
    v = judge(person(titles={"CSTDCS": {2022, 2024}}), "BK_BO")
    assert v.status == MANUAL_CHECK and codes(v) == ["ALTERNATIVE_CRITERIA", "STREAK_SHORT", "ALT_PATH_SHORT"]


def test_bk_bo_excellent_years_with_two_initiatives():
    inis = (InitiativeRecord(1, "CO_SO", 2023), InitiativeRecord(2, "CO_SO", 2024))
    h = person({2023: "HTXSNV", 2024: "HTXSNV"}, initiatives=inis)
    v = judge(h, "BK_BO")
    assert v.status == ELIGIBLE and v.initiative_ids == (1, 2)
    one = person({2023: "HTXSNV", 2024: "HTXSNV"}, initiatives=inis[:1])
    assert judge(one, "BK_BO").status == MANUAL_CHECK
    assert judge(one, "BK_BO", alternative_checks=()).status == NOT_ELIGIBLE


def test_bk_bo_not_twice_for_the_same_years():
    v = judge(person(titles={"CSTDCS": {2023, 2024}, "BK_BO": {2023}}), "BK_BO")
    assert v.status == MANUAL_CHECK and v.reasons[0].code == "ALTERNATIVE_CRITERIA"
    assert (
        judge(person(titles={"CSTDCS": {2023, 2024}, "BK_BO": {2023}}), "BK_BO", alternative_checks=()).status
        == NOT_ELIGIBLE
    )


def _service(years, rating="HTTNV", cstdcs=(), **titles):
    return person({y: rating for y in years}, {"CSTDCS": set(cstdcs), **titles})


def test_bk_ttg_five_years_with_three_cstdcs():
    h = _service(range(2020, 2025), cstdcs={2020, 2022, 2024}, BK_BO={2018})
    assert judge(h, "BK_TTG").status == ELIGIBLE


def test_bk_ttg_missing_prerequisite_and_short_years():
    v = judge(_service(range(2021, 2025), cstdcs={2022, 2024}), "BK_TTG", alternative_checks=())
    assert v.status == NOT_ELIGIBLE
    assert codes(v) == ["PREREQUISITE_MISSING", "RATING_STREAK_SHORT"]
    assert "Chưa được tặng Bằng khen cấp bộ" in texts(v)


def test_bk_ttg_two_cstdcs_only():
    v = judge(_service(range(2020, 2025), cstdcs={2022, 2024}, BK_BO={2019}), "BK_TTG")
    assert codes(v) == ["ALTERNATIVE_CRITERIA", "WINDOW_AWARD_SHORT"] and v.status == MANUAL_CHECK


def test_hcld3_counts_only_years_after_the_bang_khen_ttg():
    h = _service(range(2015, 2025), cstdcs={2016, 2017, 2018, 2022}, BK_TTG={2019})
    h = dataclasses.replace(h, ratings={**h.ratings, 2021: "HTXSNV"})
    v = judge(h, "HCLD3")
    # 2020–2024 follow the Bằng khen TTg of 2019; the CSTĐCS of 2016–2018 came before it.
    assert v.status == NOT_ELIGIBLE and codes(v) == ["WINDOW_AWARD_SHORT"]
    assert v.reasons[0].get("have") == (2022,)
    early = dataclasses.replace(h, titles={**h.titles, "BK_TTG": frozenset({2021})})
    assert codes(judge(early, "HCLD3")) == ["RATING_STREAK_SHORT"]  # only 2022–2024 after it
    h2 = dataclasses.replace(
        h, ratings={**h.ratings, 2025: "HTTNV"}, titles={**h.titles, "CSTDCS": frozenset({2021, 2023, 2025})}
    )
    assert judge(h2, "HCLD3", year=2025).status == ELIGIBLE


def test_hcld3_needs_one_excellent_year():
    h = _service(range(2019, 2025), cstdcs={2020, 2022, 2024}, BK_TTG={2018})
    v = judge(h, "HCLD3")
    assert codes(v) == ["WINDOW_EXCELLENT_SHORT"]


def test_giay_khen_needs_manual_check_of_the_achievement():
    v = judge(person({YEAR: "HTTNV"}), "GK")
    assert v.status == MANUAL_CHECK
    assert "Cần kiểm tra: có thành tích trong phong trào thi đua" in texts(v)


# ---------------------------------------------------------------- collectives


def members(n, *, ldtt=0, cstdcs=0, ratings="HTTNV", disciplines=()):
    out = []
    for i in range(n):
        titles = set()
        if i < ldtt:
            titles.add("LDTT")
        if i < cstdcs:
            titles.add("CSTDCS")
        rating = ratings[i] if isinstance(ratings, (list, tuple)) else ratings
        out.append(MemberYear(i + 1, rating, frozenset(titles), tuple(disciplines[i]) if i < len(disciplines) else ()))
    return tuple(out)


def test_ttldtt_seventy_percent_boundary():
    ok = UnitHistory(5, members=members(10, ldtt=7))
    v = judge(ok, "TTLDTT")
    assert v.status == MANUAL_CHECK and codes(v) == ["MANUAL"]  # "completes tasks well"
    short = judge(UnitHistory(5, members=members(10, ldtt=6)), "TTLDTT")
    assert short.status == NOT_ELIGIBLE
    assert "Chỉ 6/10 thành viên đạt Lao động tiên tiến (60%); cần từ 70% trở lên" in texts(short)
    # 7 of 9 is 77.8 %, 6 of 9 is 66.7 %: integers, never floats.
    assert judge(UnitHistory(5, members=members(9, ldtt=7)), "TTLDTT").status == MANUAL_CHECK
    assert judge(UnitHistory(5, members=members(9, ldtt=6)), "TTLDTT").status == NOT_ELIGIBLE


def test_ttldtt_member_warning_blocks_reprimand_does_not():
    warned = UnitHistory(5, members=members(10, ldtt=10, disciplines=[("CANH_CAO",)]))
    assert codes(judge(warned, "TTLDTT"))[0] == "MEMBER_DISCIPLINE"
    reprimanded = UnitHistory(5, members=members(10, ldtt=10, disciplines=[("KHIEN_TRACH",)]))
    assert judge(reprimanded, "TTLDTT").status == MANUAL_CHECK


def test_ttldxs_has_no_discipline_clause_since_2024():
    # Luật 06/2022 Art. 27 has no discipline clause for TTLĐXS (the old law had one).
    warned = UnitHistory(5, members=members(10, ldtt=10, cstdcs=1, disciplines=[("CANH_CAO",)]))
    assert judge(warned, "TTLDXS").status == MANUAL_CHECK
    # An office whose regulation keeps one sets the option.
    kept = judge(warned, "TTLDXS", blocking_discipline="CANH_CAO")
    assert kept.status == NOT_ELIGIBLE and codes(kept)[0] == "MEMBER_DISCIPLINE"


def test_ttldxs_all_complete_and_one_cstdcs():
    good = UnitHistory(5, members=members(10, ldtt=8, cstdcs=1))
    assert judge(good, "TTLDXS").status == MANUAL_CHECK
    no_cstdcs = judge(UnitHistory(5, members=members(10, ldtt=8)), "TTLDXS")
    assert codes(no_cstdcs)[0] == "NO_MEMBER_CSTDCS"
    ratings = ["HTTNV"] * 9 + ["KHTNV"]
    incomplete = judge(UnitHistory(5, members=members(10, ldtt=8, cstdcs=1, ratings=ratings)), "TTLDXS")
    assert codes(incomplete)[0] == "MEMBER_COMPLETE_SHARE"
    unrated = judge(UnitHistory(5, members=members(10, ldtt=8, cstdcs=1, ratings=["HTTNV"] * 9 + [None])), "TTLDXS")
    assert unrated.status == MANUAL_CHECK and "MEMBERS_UNRATED" in codes(unrated)


def test_unit_without_members():
    assert codes(judge(UnitHistory(5), "TTLDTT")) == ["NO_MEMBERS", "MANUAL"]


def test_co_thi_dua_is_a_manual_check():
    v = judge(UnitHistory(5, members=members(3, ldtt=3)), "CO_BO")
    assert v.status == MANUAL_CHECK and "dẫn đầu cụm, khối" in texts(v)


def test_subject_mismatch():
    assert codes(judge(UnitHistory(5), "LDTT")) == ["SUBJECT_MISMATCH"]
    assert codes(judge(person({YEAR: "HTTNV"}), "TTLDTT")) == ["SUBJECT_MISMATCH"]


# ---------------------------------------------------------------- quotas


def test_quota_cap_exact_integers():
    assert (
        check_quota(unit_id=1, award_code="CSTDCS", count=3, base_award="LDTT", base_count=20, share=(15, 100)) is None
    )
    w = check_quota(unit_id=1, award_code="CSTDCS", count=4, base_award="LDTT", base_count=20, share=(15, 100))
    assert w is not None and w.limit == 3
    v = with_reasons(judge(person({YEAR: "HTXSNV"}), "CSTDCS"), w.reason())
    assert v.status == MANUAL_CHECK
    assert "vượt giới hạn 3 (15% của 20 Lao động tiên tiến)" in texts(v)


# ---------------------------------------------------------------- rule params


def test_default_params_are_valid_and_round_trip():
    known = {a.code for a in AWARD_TYPES}
    for a in AWARD_TYPES:
        p = default_params(a.code)
        assert validate_params(p, known_awards=known) == {}, a.code
        assert params_from_json(params_to_json(p)) == p


def test_vote_thresholds_of_domain_section_6():
    assert default_params("CSTDBO").vote_threshold == (9, 10)
    assert default_params("CSTDTQ").vote_threshold == (9, 10)
    for code in ("CSTDCS", "CO_BO", "CO_CP"):
        assert default_params(code).vote_threshold == (4, 5) and default_params(code).vote_required
    assert not default_params("LDTT").vote_required


def test_validate_params_messages():
    bad = RuleParams(
        "XYZ", min_rating="A", vote_required=True, vote_threshold=None, quota_share=(3, 0), streak_years=-1
    )
    errors = validate_params(bad)
    assert errors["criterion"] == "không có trong danh sách cách kiểm tra"
    assert errors["vote_threshold"] == "chưa nhập"
    assert errors["quota_share"] == "mẫu số phải lớn hơn 0"
    assert errors["streak_years"] == "phải là số nguyên không âm"
    assert validate_params(RuleParams("LDTT", min_rating="HTTNV", vote_threshold=(11, 10)))["vote_threshold"]


def test_reason_json_round_trip():
    r = Reason.of("STREAK_SHORT", award="CSTDCS", need=3, have=[2023, 2024])
    assert Reason.from_json(r.to_json()) == r


# ---------------------------------------------------------------- properties

RATING = st.sampled_from(["HTXSNV", "HTTNV", "HTNV", "KHTNV"])
YEARS = st.sets(st.integers(2010, 2024), max_size=15)


@settings(max_examples=200, deadline=None)
@given(years=YEARS, extra=st.integers(2010, 2024), code=st.sampled_from(["CSTDBO", "BK_BO"]))
def test_adding_a_title_year_never_hurts_a_streak(years, extra, code):
    ini = (InitiativeRecord(1, "BO_TINH", YEAR),)
    before = judge(person(titles={"CSTDCS": years}, initiatives=ini), code)
    after = judge(person(titles={"CSTDCS": years | {extra}}, initiatives=ini), code)
    if before.status == ELIGIBLE:
        assert after.status == ELIGIBLE


@settings(max_examples=200, deadline=None)
@given(years=YEARS, gap=st.integers(2022, 2024))
def test_a_gap_always_breaks_the_cstdbo_streak(years, gap):
    ini = (InitiativeRecord(1, "BO_TINH", YEAR),)
    v = judge(person(titles={"CSTDCS": years - {gap}}, initiatives=ini), "CSTDBO")
    assert v.status == NOT_ELIGIBLE
    assert all(y > gap for y in v.reasons[0].get("have"))


@settings(max_examples=200, deadline=None)
@given(ratings=st.dictionaries(st.integers(2015, 2024), RATING), extra=st.integers(2015, 2024))
def test_improving_a_rating_never_hurts_service_years(ratings, extra):
    titles = {"BK_BO": {2014}, "CSTDCS": {2016, 2018, 2020, 2022, 2024}}
    before = judge(person(ratings, titles), "BK_TTG")
    after = judge(person({**ratings, extra: "HTXSNV"}, titles), "BK_TTG")
    if before.status == ELIGIBLE:
        assert after.status == ELIGIBLE


@settings(max_examples=200, deadline=None)
@given(n=st.integers(1, 60), data=st.data())
def test_ldtt_share_matches_exact_arithmetic(n, data):
    ldtt = data.draw(st.integers(0, n))
    v = judge(UnitHistory(5, members=members(n, ldtt=ldtt)), "TTLDTT")
    assert (v.status != NOT_ELIGIBLE) == (ldtt * 10 >= 7 * n)


@settings(max_examples=100, deadline=None)
@given(
    ratings=st.dictionaries(st.integers(2015, 2024), RATING),
    years=YEARS,
    code=st.sampled_from(["LDTT", "CSTDCS", "CSTDBO", "BK_BO", "BK_TTG", "HCLD3", "GK"]),
)
def test_verdict_is_deterministic_and_every_reason_has_a_sentence(ratings, years, code):
    h = person(
        ratings, {"CSTDCS": years, "BK_BO": {2016}}, initiatives=(InitiativeRecord(1, "CO_SO", 2024, title="A"),)
    )
    a, b = judge(h, code), judge(h, code)
    assert a == b
    for r in a.reasons:
        text = reason_text(r)
        assert text and text != r.code


@settings(max_examples=100, deadline=None)
@given(start=st.dates(dt.date(2022, 1, 1), dt.date(2025, 12, 31)), days=st.integers(0, 800))
def test_any_discipline_touching_the_year_blocks_ldtt(start, days):
    end = start + dt.timedelta(days=days)
    v = judge(person({YEAR: "HTXSNV"}, disciplines=(DisciplineRecord("KHIEN_TRACH", start, end),)), "LDTT")
    touches = start <= dt.date(YEAR, 12, 31) and end >= dt.date(YEAR, 1, 1)
    in_force = start <= REVIEW <= end
    assert (v.status == NOT_ELIGIBLE) == (touches or in_force)
