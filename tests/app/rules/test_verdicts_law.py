"""Worked cases of the verdicts the law gives (issue 16, DOMAIN.md §3–§7 as corrected), each
with its legal source, judged under both seeded rule sets, on each side of 01/7/2025
(NĐ 98/2023 until 30/6/2025, NĐ 152/2025 from 01/7/2025); and a round judged as a whole."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules.catalogue import AWARD_TYPE_BY_CODE, default_params, validate_params
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
    RoundItem,
    UnitHistory,
    evaluate,
    judge_person_round,
)
from app.rules.reasons import reason_text, verdict_text

# (rule set, review date, review year): the last day of NĐ 98/2023 and the first of NĐ 152/2025.
SIDES = [("NĐ 98/2023", dt.date(2025, 6, 30), 2025), ("NĐ 152/2025", dt.date(2025, 7, 1), 2025)]
sides = pytest.mark.parametrize("rule_set,review,year", SIDES, ids=["ND98-30-6-2025", "ND152-01-7-2025"])


def rule(code: str, rule_set: str, **changes) -> AwardRule:
    params = default_params(code, rule_set)
    if changes:
        params = dataclasses.replace(params, **changes)
    return AwardRule(code, AWARD_TYPE_BY_CODE[code].subject, params)


def person(ratings=None, titles=None, **kw) -> PersonHistory:
    return PersonHistory(
        1, ratings=dict(ratings or {}), titles={k: frozenset(v) for k, v in (titles or {}).items()}, **kw
    )


def codes(v) -> list[str]:
    return [r.code for r in v.reasons]


# ---------------------------------------------------------------- 1. alternative criteria


@sides
def test_bk_bo_record_path_failing_is_left_to_the_council(rule_set, review, year):
    # Luật 06/2022 Art. 74(1): Bằng khen bộ/tỉnh for "một trong các tiêu chuẩn" — a movement
    # achievement, many or sudden achievements, a contribution, or the record path.
    h = person(titles={"CSTDCS": {year - 2, year}})
    v = evaluate(h, rule("BK_BO", rule_set), year=year, review_date=review)
    assert v.status == MANUAL_CHECK
    assert codes(v)[0] == "ALTERNATIVE_CRITERIA"
    text = verdict_text(v)
    assert text.startswith("Chưa đủ tiêu chuẩn Bằng khen cấp bộ theo thành tích các năm; Hội đồng xem xét")
    assert "thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua" in text
    assert "lập được nhiều thành tích hoặc thành tích đột xuất" in text
    # The record path's own reason is still shown, as information.
    assert "Chưa đủ 2 năm liên tục đạt CSTĐCS" in text


@sides
def test_bk_bo_discipline_still_refuses(rule_set, review, year):
    # NĐ 152/2025 Art. 4(4) (NĐ 98/2023 Art. 4 alike): no award while disciplined that year.
    d = DisciplineRecord("KHIEN_TRACH", dt.date(year, 2, 1), dt.date(year, 8, 1))
    v = evaluate(
        person(titles={"CSTDCS": {year}}, disciplines=(d,)), rule("BK_BO", rule_set), year=year, review_date=review
    )
    assert v.status == NOT_ELIGIBLE and codes(v)[0] == "DISCIPLINE"


@sides
def test_bk_ttg_condition_b_failing_names_a_and_c(rule_set, review, year):
    # Luật 06/2022 Art. 73(1): (b) Bằng khen bộ + 5 years "hoàn thành tốt" with 3 CSTĐCS; or
    # (a) a movement achievement, (c) many or sudden achievements — the council judges those.
    h = person({y: "HTTNV" for y in range(year - 4, year + 1)}, {"CSTDCS": {year - 2, year}, "BK_BO": {year - 6}})
    v = evaluate(h, rule("BK_TTG", rule_set), year=year, review_date=review)
    assert v.status == MANUAL_CHECK and codes(v) == ["ALTERNATIVE_CRITERIA", "WINDOW_AWARD_SHORT"]
    assert "Bằng khen của Thủ tướng Chính phủ" in reason_text(v.reasons[0])
    # An office whose regulation has no alternatives clears them: the record path decides.
    strict = evaluate(h, rule("BK_TTG", rule_set, alternative_checks=()), year=year, review_date=review)
    assert strict.status == NOT_ELIGIBLE


@sides
def test_bk_ttg_record_path_met_is_eligible(rule_set, review, year):
    h = person(
        {y: "HTTNV" for y in range(year - 4, year + 1)}, {"CSTDCS": {year - 4, year - 2, year}, "BK_BO": {year - 6}}
    )
    assert evaluate(h, rule("BK_TTG", rule_set), year=year, review_date=review).status == ELIGIBLE


# ---------------------------------------------------------------- 2. movement and sudden rounds


@sides
def test_giay_khen_in_a_movement_round_without_the_rating(rule_set, review, year):
    # Luật 06/2022 Art. 75: the unit judges "hoàn thành tốt nhiệm vụ" and the achievement; a
    # movement/sudden round is held before the year's rating exists: not a refusal.
    v = evaluate(person({year - 1: "HTXSNV"}), rule("GK", rule_set), year=year, review_date=review, movement_round=True)
    assert v.status == MANUAL_CHECK and codes(v) == ["RATING_PENDING_ROUND", "MANUAL"]
    assert "trước khi có xếp loại năm 2025: đơn vị xác nhận hoàn thành tốt nhiệm vụ" in verdict_text(v)
    # In the year-end round the rating exists and is required.
    regular = evaluate(person({year - 1: "HTXSNV"}), rule("GK", rule_set), year=year, review_date=review)
    assert regular.status == NOT_ELIGIBLE and codes(regular)[0] == "RATING_MISSING"


@sides
def test_hcld3_in_a_sudden_round_counts_years_up_to_the_last_rated(rule_set, review, year):
    # Luật Art. 47 via DOMAIN.md §5: 5 years "hoàn thành tốt"+ up to the proposal; in a round
    # held before the year's rating, the window ends with the year before → MANUAL_CHECK.
    ratings = {y: "HTTNV" for y in range(year - 5, year)}
    ratings[year - 3] = "HTXSNV"
    h = person(ratings, {"BK_TTG": {year - 6}, "CSTDCS": {year - 5, year - 3, year - 1}})
    v = evaluate(h, rule("HCLD3", rule_set), year=year, review_date=review, movement_round=True)
    assert v.status == MANUAL_CHECK and codes(v) == ["RATING_PENDING_ROUND"]
    assert evaluate(h, rule("HCLD3", rule_set), year=year, review_date=review).status == NOT_ELIGIBLE


# ---------------------------------------------------------------- 3. maternity leave


@sides
def test_maternity_leave_never_stands_in_for_a_title(rule_set, review, year):
    # NĐ 152/2025 Art. 4(5): the leave counts as worked time *within* that year's evaluation;
    # the year was judged and no CSTĐCS was given, so the streak breaks (issue 16 case 3).
    leave = LeaveRecord(dt.date(year - 1, 3, 1), dt.date(year - 1, 8, 31))
    bo = InitiativeRecord(9, "BO_TINH", year, title="Đề án")
    h = person(titles={"CSTDCS": {year - 3, year - 2, year}}, initiatives=(bo,), leaves=(leave,))
    v = evaluate(h, rule("CSTDBO", rule_set), year=year, review_date=review)
    assert v.status == NOT_ELIGIBLE
    assert "LEAVE_NOT_A_BRIDGE" in codes(v) and "MATERNITY_BRIDGED" not in codes(v)


@sides
def test_maternity_leave_year_with_its_rating_counts_as_worked(rule_set, review, year):
    # The leave year is judged like any other: rated "hoàn thành tốt" it earns LĐTT.
    leave = LeaveRecord(dt.date(year, 2, 1), dt.date(year, 7, 31))
    assert (
        evaluate(person({year: "HTTNV"}, leaves=(leave,)), rule("LDTT", rule_set), year=year, review_date=review).status
        == ELIGIBLE
    )


@sides
def test_review_year_on_leave_and_unrated_is_a_manual_check(rule_set, review, year):
    # DOMAIN.md §3: only the review year itself, on leave and not yet rated, is MANUAL_CHECK.
    leave = LeaveRecord(dt.date(year, 2, 1), dt.date(year, 12, 31))
    bo = InitiativeRecord(9, "BO_TINH", year, title="Đề án")
    h = person(titles={"CSTDCS": {year - 2, year - 1}}, initiatives=(bo,), leaves=(leave,))
    v = evaluate(h, rule("CSTDBO", rule_set), year=year, review_date=review)
    assert v.status == MANUAL_CHECK and "LEAVE_NO_RATING" in codes(v)
    assert f"Đang nghỉ thai sản, chưa được bình xét năm {year}" in verdict_text(v)


# ---------------------------------------------------------------- 4. discipline windows


@sides
def test_cstdbo_window_starts_after_the_discipline_ended(rule_set, review, year):
    # NĐ 152/2025 Art. 4(4): after a discipline, achievements count from the day it ends;
    # CSTĐ bộ's 3 years cannot reach over it (issue 16 case 5).
    d = DisciplineRecord("KHIEN_TRACH", dt.date(year - 2, 3, 1), dt.date(year - 2, 9, 1))
    bo = InitiativeRecord(9, "BO_TINH", year, title="Đề án")
    h = person(titles={"CSTDCS": {year - 3, year - 2, year - 1, year}}, initiatives=(bo,), disciplines=(d,))
    v = evaluate(h, rule("CSTDBO", rule_set), year=year, review_date=review)
    assert v.status == NOT_ELIGIBLE
    assert codes(v)[0] == "STREAK_SHORT" and v.reasons[0].get("have") == (year - 1, year)
    assert f"Chỉ tính thành tích từ năm {year - 1}, sau khi hết kỷ luật khiển trách" in verdict_text(v)
    # Without the discipline the same history is eligible.
    clean = dataclasses.replace(h, disciplines=())
    assert evaluate(clean, rule("CSTDBO", rule_set), year=year, review_date=review).status == ELIGIBLE


@sides
def test_bk_ttg_five_years_start_after_the_discipline(rule_set, review, year):
    # BK TTg's 5 years (Luật Art. 73(1)(b)) after the discipline of year-3: only 2 years.
    d = DisciplineRecord("CANH_CAO", dt.date(year - 3, 1, 10), dt.date(year - 3, 12, 1))
    h = person(
        {y: "HTXSNV" for y in range(year - 8, year + 1)},
        {"CSTDCS": set(range(year - 8, year + 1)), "BK_BO": {year - 8}},
        disciplines=(d,),
    )
    v = evaluate(h, rule("BK_TTG", rule_set, alternative_checks=()), year=year, review_date=review)
    assert v.status == NOT_ELIGIBLE and codes(v)[0] == "RATING_STREAK_SHORT"
    assert v.reasons[0].get("have") == (year - 2, year - 1, year)
    assert "WINDOW_AFTER_DISCIPLINE" in codes(v)


@sides
def test_initiative_recognised_before_the_discipline_ended_does_not_count(rule_set, review, year):
    d = DisciplineRecord("KHIEN_TRACH", dt.date(year - 1, 1, 5), dt.date(year - 1, 6, 5))
    ini = InitiativeRecord(4, "CO_SO", year - 1, title="Cũ")
    v = evaluate(
        person({year: "HTTNV"}, initiatives=(ini,), disciplines=(d,)),
        rule("CSTDCS", rule_set),
        year=year,
        review_date=review,
    )
    assert v.status == NOT_ELIGIBLE and "NO_EXCELLENCE_GROUND" in codes(v)


# ---------------------------------------------------------------- 5. TTLĐXS


@sides
def test_ttldxs_member_warning_does_not_refuse(rule_set, review, year):
    # Luật 06/2022 Art. 27: TTLĐXS has no discipline clause (TTLĐTT's Art. 28 has).
    members = tuple(
        MemberYear(i, "HTTNV", frozenset({"LDTT", "CSTDCS"} if i == 0 else {"LDTT"}), ("CANH_CAO",) if i == 1 else ())
        for i in range(10)
    )
    u = UnitHistory(5, members=members)
    assert evaluate(u, rule("TTLDXS", rule_set), year=year, review_date=review).status == MANUAL_CHECK
    assert evaluate(u, rule("TTLDTT", rule_set), year=year, review_date=review).status == NOT_ELIGIBLE


# ---------------------------------------------------------------- 6. unconfirmed values


def test_nd152_marks_what_the_text_leaves_to_each_office():
    # NĐ 152/2025 Art. 6(2)(c): CSTĐCS, LĐTT, TTLĐTT, Giấy khen procedures left to bộ/tỉnh.
    p = default_params("CSTDCS", "NĐ 152/2025")
    assert set(p.unconfirmed) == {"vote_required", "vote_threshold", "vote_base"}
    assert "Điều 6 khoản 2 điểm c" in p.unconfirmed_note
    assert default_params("CSTDBO", "NĐ 152/2025").unconfirmed == ("vote_threshold", "vote_base")
    assert default_params("CSTDCS", "NĐ 98/2023").unconfirmed == ()
    assert validate_params(p) == {}
    assert "unconfirmed" in validate_params(dataclasses.replace(p, unconfirmed=("nonsense",)))


# ---------------------------------------------------------------- 7. reasons that say what to do


@sides
def test_reason_names_the_years_found_and_what_to_do(rule_set, review, year):
    # Issue 14: CSTĐCS 2023, 2024 and a CSTĐ bộ for 2025 without the 2025 CSTĐCS.
    bo = InitiativeRecord(9, "BO_TINH", year, title="Đề án")
    v = evaluate(
        person(titles={"CSTDCS": {year - 2, year - 1}}, initiatives=(bo,)),
        rule("CSTDBO", rule_set),
        year=year,
        review_date=review,
    )
    assert reason_text(v.reasons[0]) == (
        f"Chưa đủ 3 năm liên tục đạt CSTĐCS: năm {year} chưa đạt (các năm liền trước đã đạt: {year - 2}, "
        f"{year - 1}) — cần thêm CSTĐCS năm {year}: đề nghị cùng đợt"
    )
    one = evaluate(
        person(titles={"CSTDCS": {year - 1}}, initiatives=(bo,)),
        rule("CSTDBO", rule_set),
        year=year,
        review_date=review,
    )
    assert reason_text(one.reasons[0]).endswith("— cần thêm 2 năm liên tục nữa")
    never = evaluate(person(initiatives=(bo,)), rule("CSTDBO", rule_set), year=year, review_date=review)
    assert "không có" not in reason_text(never.reasons[0])


# ---------------------------------------------------------------- 8. a round as a whole


def items_for(h: PersonHistory, codes_: list[str], rule_set: str, **kw) -> list[RoundItem]:
    return [RoundItem(100 + i, c, h, rule(c, rule_set), **kw) for i, c in enumerate(codes_)]


@sides
def test_one_initiative_two_nominations_both_manual_naming_the_conflict(rule_set, review, year):
    # CV 5007/BNV-TĐKT: one sáng kiến grounds one award; the round must not say ✔ and ✘
    # (issue 16 case 4): CSTĐCS (rated "tốt", needs a sáng kiến) and CSTĐ bộ share the only one.
    bo = InitiativeRecord(9, "BO_TINH", year, title="Đề án số hóa")
    h = person({year: "HTTNV"}, {"CSTDCS": {year - 2, year - 1}, "LDTT": {year}}, initiatives=(bo,))
    out = judge_person_round(items_for(h, ["CSTDBO", "CSTDCS"], rule_set), year=year, review_date=review)
    bo_v, cs_v = out[100], out[101]
    assert bo_v.status == MANUAL_CHECK and cs_v.status == MANUAL_CHECK
    assert "INITIATIVE_CONFLICT" in codes(bo_v) and "INITIATIVE_CONFLICT" in codes(cs_v)
    assert "Sáng kiến «Đề án số hóa» chỉ làm căn cứ cho một khen thưởng nhưng đề nghị CSTĐCS cùng đợt" in verdict_text(
        bo_v
    )
    assert bo_v.initiative_ids == () and cs_v.initiative_ids == ()


@sides
def test_two_initiatives_are_shared_out(rule_set, review, year):
    inis = (InitiativeRecord(9, "BO_TINH", year, title="Đề án"), InitiativeRecord(3, "CO_SO", year, title="Nhỏ"))
    h = person({year: "HTTNV"}, {"CSTDCS": {year - 2, year - 1}, "LDTT": {year}}, initiatives=inis)
    out = judge_person_round(items_for(h, ["CSTDBO", "CSTDCS"], rule_set), year=year, review_date=review)
    assert out[100].status == ELIGIBLE and out[100].initiative_ids == (9,)
    assert out[101].status == ELIGIBLE and out[101].initiative_ids == (3,)


@sides
def test_higher_title_does_not_count_a_refused_pending_one(rule_set, review, year):
    # DOMAIN.md §3: a higher title counts a pending lower one only if that one is eligible.
    bo = InitiativeRecord(9, "BO_TINH", year, title="Đề án")
    h = person({year: "HTNV"}, {"CSTDCS": {year - 2, year - 1}}, initiatives=(bo,))
    out = judge_person_round(items_for(h, ["CSTDCS", "CSTDBO"], rule_set), year=year, review_date=review)
    assert out[100].status == NOT_ELIGIBLE
    assert out[101].status == NOT_ELIGIBLE
    assert f"đề nghị CSTĐCS năm {year} cùng đợt không đủ điều kiện nên không được tính" in verdict_text(out[101])


@sides
def test_higher_title_on_an_uncertain_pending_one_is_uncertain(rule_set, review, year):
    # The CSTĐCS needs a hand check (review year on leave, unrated): CSTĐ bộ cannot be ✔.
    leave = LeaveRecord(dt.date(year, 1, 1), dt.date(year, 12, 31))
    bo = InitiativeRecord(9, "BO_TINH", year - 1, title="Đề án")
    h = person({}, {"CSTDCS": {year - 2, year - 1}}, initiatives=(bo,), leaves=(leave,))
    out = judge_person_round(items_for(h, ["CSTDCS", "CSTDBO"], rule_set), year=year, review_date=review)
    assert out[100].status == MANUAL_CHECK and out[101].status == MANUAL_CHECK


@sides
def test_pending_eligible_lower_title_counts(rule_set, review, year):
    bo = InitiativeRecord(9, "BO_TINH", year, title="Đề án")
    h = person({year: "HTXSNV"}, {"CSTDCS": {year - 2, year - 1}}, initiatives=(bo,))
    out = judge_person_round(items_for(h, ["CSTDBO", "CSTDCS", "LDTT"], rule_set), year=year, review_date=review)
    assert [out[k].status for k in (100, 101, 102)] == [ELIGIBLE] * 3
    assert "PENDING_TITLE" in codes(out[100])


@sides
def test_a_nomination_under_review_is_refused_with_its_note(rule_set, review, year):
    # NĐ 152/2025 Art. 4(4): no award while a discipline, inspection or complaint is considered.
    h = person({year: "HTXSNV"})
    out = judge_person_round(
        items_for(h, ["LDTT"], rule_set, hold="THANH_TRA", hold_note="Đoàn thanh tra số 5"),
        year=year,
        review_date=review,
    )
    assert out[100].status == NOT_ELIGIBLE
    assert "Đề nghị được đánh dấu đang bị thanh tra, kiểm tra (Đoàn thanh tra số 5): chưa khen thưởng" in verdict_text(
        out[100]
    )


CODES = ["LDTT", "CSTDCS", "CSTDBO", "BK_BO", "BK_TTG", "GK"]


@settings(max_examples=150, deadline=None)
@given(
    ratings=st.dictionaries(st.integers(2018, 2025), st.sampled_from(["HTXSNV", "HTTNV", "HTNV"])),
    cstdcs=st.sets(st.integers(2018, 2024)),
    levels=st.lists(st.sampled_from(["CO_SO", "BO_TINH"]), max_size=3),
    chosen=st.sets(st.sampled_from(CODES), min_size=1),
    seed=st.integers(0, 10_000),
    rule_set=st.sampled_from(["NĐ 98/2023", "NĐ 152/2025"]),
    movement=st.booleans(),
)
def test_round_verdicts_do_not_depend_on_the_order_of_nominations(
    ratings, cstdcs, levels, chosen, seed, rule_set, movement
):
    inis = tuple(InitiativeRecord(i + 1, lv, 2024 + i % 2, title=f"SK{i}") for i, lv in enumerate(levels))
    h = person(ratings, {"CSTDCS": cstdcs, "BK_BO": {2018}}, initiatives=inis)
    items = [RoundItem(10 + i, c, h, rule(c, rule_set)) for i, c in enumerate(sorted(chosen))]
    first = judge_person_round(items, year=2025, review_date=dt.date(2026, 1, 10), movement_round=movement)
    shuffled = list(items)
    random.Random(seed).shuffle(shuffled)
    # The keys are the nominations' ids: entered in another order, they would differ; give
    # each code the id its position in the shuffled entry order would have.
    renum = {it.code: 500 + i for i, it in enumerate(shuffled)}
    again = judge_person_round(
        [dataclasses.replace(it, key=renum[it.code]) for it in shuffled],
        year=2025,
        review_date=dt.date(2026, 1, 10),
        movement_round=movement,
    )
    assert {it.code: first[it.key] for it in items} == {c: again[k] for c, k in renum.items()}
    # One sáng kiến never grounds two verdicts of the round.
    used = [i for v in first.values() for i in v.initiative_ids]
    assert len(used) == len(set(used))
    # A ✔ never counts a refused or doubtful pending title.
    by_code = {it.code: first[it.key] for it in items}
    for v in by_code.values():
        if v.status == ELIGIBLE:
            for r in v.reasons:
                if r.code == "PENDING_TITLE":
                    assert by_code[r.get("award")].status == ELIGIBLE


@sides
def test_titles_still_need_the_years_rating_in_a_movement_round(rule_set, review, year):
    # Luật 06/2022 Art. 24: LĐTT is a yearly title on the year's rating; only forms (Art. 75)
    # may be judged before the rating exists.
    v = evaluate(person({}), rule("LDTT", rule_set), year=year, review_date=review, movement_round=True)
    assert v.status == NOT_ELIGIBLE and codes(v) == ["RATING_MISSING"]


@sides
def test_reasons_say_why_earlier_years_do_not_count(rule_set, review, year):
    bo = InitiativeRecord(9, "BO_TINH", year, title="Đề án")
    # One achievement, one form (Luật Art. 5(2)(c)): the CSTĐCS before the last CSTĐ bộ do not count again.
    h = person(titles={"CSTDCS": set(range(year - 4, year)), "CSTDBO": {year - 2}}, initiatives=(bo,))
    v = evaluate(h, rule("CSTDBO", rule_set), year=year, review_date=review)
    assert f"chỉ tính các năm sau lần được tặng CSTĐ cấp bộ năm {year - 2}" in reason_text(v.reasons[0])
    # NĐ 152/2025 Art. 4(4): the discipline cut the window even when the review year is missing.
    d = DisciplineRecord("KHIEN_TRACH", dt.date(year - 2, 2, 1), dt.date(year - 2, 8, 1))
    h = person(titles={"CSTDCS": set(range(year - 5, year))}, initiatives=(bo,), disciplines=(d,))
    v = evaluate(h, rule("CSTDBO", rule_set), year=year, review_date=review)
    assert "WINDOW_AFTER_DISCIPLINE" in codes(v)
    # Nothing found reads "chưa có năm nào", never "(có: không có)" (issue 14).
    h = person({y: "HTTNV" for y in range(year - 4, year + 1)}, {"BK_TTG": {year - 5}})
    text = verdict_text(evaluate(h, rule("HCLD3", rule_set), year=year, review_date=review))
    assert "(chưa có năm nào)" in text and "không có)" not in text


@sides
def test_collective_share_reached_only_with_doubtful_pending_titles_is_a_check(rule_set, review, year):
    # Luật Art. 28 (TTLĐTT ≥ 70 % LĐTT) with DOMAIN.md §3 "one round, one truth": a member's
    # LĐTT proposed in the same round counts when eligible; one still to be checked makes
    # the collective's verdict a check too; a refused one does not count at all.
    def unit(held: int, doubtful: int) -> UnitHistory:
        return UnitHistory(
            5,
            members=tuple(
                MemberYear(
                    i,
                    "HTTNV",
                    frozenset({"LDTT"}) if i < held else frozenset(),
                    (),
                    frozenset({"LDTT"}) if held <= i < held + doubtful else frozenset(),
                )
                for i in range(10)
            ),
        )

    v = evaluate(unit(6, 1), rule("TTLDTT", rule_set), year=year, review_date=review)
    assert v.status == MANUAL_CHECK and "MEMBERS_PENDING_UNCERTAIN" in codes(v)
    assert "Tỷ lệ chỉ đạt khi tính 1 đề nghị của thành viên" in verdict_text(v)
    assert evaluate(unit(6, 0), rule("TTLDTT", rule_set), year=year, review_date=review).status == NOT_ELIGIBLE
    ok = evaluate(unit(7, 0), rule("TTLDTT", rule_set), year=year, review_date=review)
    assert "MEMBERS_PENDING_UNCERTAIN" not in codes(ok)
