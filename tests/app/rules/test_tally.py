"""Worked cases of the tally engine (DOMAIN.md §6, issue 4 item 5)."""

from dataclasses import replace

import pytest

from app.errors import BadInput
from app.rules.tally import (
    DEFAULT_THRESHOLD,
    Sheet,
    TallyInput,
    Threshold,
    apply_chair_decision,
    compare_entries,
    entry_differences,
    parse_threshold,
    percent_text,
    reaches,
    second_round,
    tally,
)


def _names(n):
    return tuple(f"Ứng viên {i}" for i in range(1, n + 1))


def _sheets(n_approving, n_striking, candidate=1, start=1):
    """n_approving sheets that approve everyone, then n_striking that strike `candidate`."""
    out = [Sheet(start + i) for i in range(n_approving)]
    out += [Sheet(start + n_approving + i, "ballot", frozenset({candidate})) for i in range(n_striking)]
    return out


def _one(members, approvals, threshold):
    result = tally(TallyInput(members, _names(1), _sheets(approvals, members - approvals), threshold))
    (c,) = result.candidates
    assert c.approvals == approvals
    return c


# ---------------------------------------------------------------- thresholds


@pytest.mark.parametrize(
    ("members", "threshold", "approvals", "passes"),
    [
        (9, "2/3", 6, True),  # 2/3 of 9 is 6, not 7
        (9, "2/3", 5, False),
        (10, "90%", 9, True),
        (10, "90%", 8, False),
        (11, "80%", 9, True),  # 80% of 11 = 8.8 → needs 9
        (11, "80%", 8, False),
        (11, "4/5", 9, True),
        (11, "4/5", 8, False),
        (5, "100%", 5, True),
        (5, "100%", 4, False),
        (9, "66.67%", 6, False),  # an exact 66.67% is stricter than 2/3
        (9, "66.5%", 6, True),
    ],
)
def test_threshold_worked_cases(members, threshold, approvals, passes):
    t = parse_threshold(threshold)
    assert _one(members, approvals, t).passed is passes
    assert reaches(approvals, members, t) is passes


def test_minimum_approvals():
    assert parse_threshold("2/3").minimum(9) == 6
    assert parse_threshold("90%").minimum(10) == 9
    assert parse_threshold("80%").minimum(11) == 9
    assert parse_threshold("80%").minimum(10) == 8


@pytest.mark.parametrize(
    ("text", "num", "den"),
    [
        ("90%", 9, 10),
        ("80 %", 4, 5),
        (" 4/5 ", 4, 5),
        ("2/3", 2, 3),
        ("66.67%", 6667, 10000),
        ("66,5%", 133, 200),
        ("100%", 1, 1),
        ("6/9", 2, 3),
        ("50.0%", 1, 2),
    ],
)
def test_parse_threshold(text, num, den):
    assert parse_threshold(text) == Threshold(num, den)


@pytest.mark.parametrize("text", ["", "90", "0.9", "0%", "0/5", "101%", "5/4", "4/0", "abc", "-80%", "1e2%", "½"])
def test_parse_threshold_rejects(text):
    with pytest.raises(BadInput) as exc:
        parse_threshold(text)
    assert "Ngưỡng" in exc.value.message()


def test_threshold_labels_and_default():
    assert Threshold(4, 5) == DEFAULT_THRESHOLD
    assert Threshold(4, 5).label() == "80%"
    assert Threshold(2, 3).label() == "2/3"
    assert parse_threshold("66,5%").label() == "66,5%"
    assert parse_threshold("66.67%").label() == "66,67%"


# ---------------------------------------------------------------- percent


@pytest.mark.parametrize(
    ("approvals", "members", "text"),
    [
        (9, 11, "81.82"),
        (2, 3, "66.67"),
        (1, 32, "3.13"),
        (1, 8, "12.50"),
        (0, 7, "0.00"),
        (7, 7, "100.00"),
        (1, 3, "33.33"),
        (1, 400, "0.25"),
        (1, 800, "0.13"),
        (1, 1600, "0.06"),
        (5, 9, "55.56"),
        (1, 6, "16.67"),
    ],
)
def test_percent_rounds_half_up_on_exact_fraction(approvals, members, text):
    assert percent_text(approvals, members) == text


# ---------------------------------------------------------------- sheets


def test_struck_out_candidates_lose_approval_and_others_gain():
    sheets = [Sheet(1), Sheet(2, "ballot", frozenset({2})), Sheet(3, "ballot", frozenset({1, 3}))]
    r = tally(TallyInput(5, _names(3), sheets, parse_threshold("2/5")))
    assert [c.approvals for c in r.candidates] == [2, 2, 2]
    assert [c.percent for c in r.candidates] == ["40.00"] * 3
    assert all(c.passed for c in r.candidates)
    assert (r.members, r.collected, r.valid, r.invalid, r.written) == (5, 3, 3, 0, 0)


def test_invalid_and_over_max_sheets_approve_nobody():
    sheets = [
        Sheet(1, "ballot", frozenset({3, 4})),  # approves 2: valid
        Sheet(2, "ballot", frozenset({4})),  # approves 3 > max 2: invalid
        Sheet(3, "invalid"),
        Sheet(4, "written", frozenset()),  # approves 4 > 2: invalid
        Sheet(5, "written", frozenset({1, 2})),  # approves 2: valid written opinion
    ]
    r = tally(TallyInput(7, _names(4), sheets, parse_threshold("1/7"), max_approvals=2))
    assert (r.collected, r.valid, r.invalid, r.written, r.over_max) == (5, 2, 3, 1, 2)
    assert [c.approvals for c in r.candidates] == [1, 1, 1, 1]
    assert all(c.passed for c in r.candidates)


def test_written_opinions_count_like_ballots():
    sheets = [Sheet(1), Sheet(2), Sheet(3, "written"), Sheet(4, "written", frozenset({2}))]
    r = tally(TallyInput(4, _names(2), sheets, parse_threshold("100%")))
    assert r.written == 2 and r.valid == 4
    assert [(c.approvals, c.passed) for c in r.candidates] == [(4, True), (3, False)]


def test_base_is_members_not_sheets():
    # 8 of 8 collected approve, but the council has 10 members: 80% of 10 needs 8 → passes;
    # 90% needs 9 → fails although every valid sheet approves.
    sheets = _sheets(8, 0)
    assert tally(TallyInput(10, _names(1), sheets, parse_threshold("80%"))).candidates[0].passed
    r = tally(TallyInput(10, _names(1), sheets, parse_threshold("90%")))
    assert not r.candidates[0].passed and r.candidates[0].percent == "80.00"


def test_no_sheets_at_all():
    r = tally(TallyInput(3, _names(2), []))
    assert (r.collected, r.valid, r.invalid) == (0, 0, 0)
    assert [c.approvals for c in r.candidates] == [0, 0]


# ---------------------------------------------------------------- quota and ties


def _quota_case(approvals, quota, members=10, threshold="50%"):
    """Candidates whose approvals are as given, on `members` sheets."""
    sheets = []
    for s in range(members):
        struck = frozenset(i + 1 for i, a in enumerate(approvals) if s >= a)
        sheets.append(Sheet(s + 1, "ballot", struck))
    r = tally(TallyInput(members, _names(len(approvals)), sheets, parse_threshold(threshold), quota=quota))
    assert [c.approvals for c in r.candidates] == list(approvals)
    return r


def test_quota_takes_highest_first():
    r = _quota_case([6, 9, 7, 8, 3], quota=2)
    assert [c.number for c in r.passed] == [2, 4]
    assert not any(c.tied for c in r.candidates)
    assert r.seats_left == 0


def test_quota_tie_across_boundary_passes_nobody_tied():
    r = _quota_case([9, 7, 7, 7, 5, 8], quota=3)
    assert [(c.number, c.passed, c.tied) for c in r.candidates] == [
        (1, True, False),
        (2, False, True),
        (3, False, True),
        (4, False, True),
        (5, False, False),
        (6, True, False),
    ]
    assert [c.verdict() for c in r.candidates] == ["Đạt", "Bằng phiếu", "Bằng phiếu", "Bằng phiếu", "Không đạt", "Đạt"]
    assert r.seats_left == 1


def test_tie_inside_quota_is_no_tie():
    r = _quota_case([8, 8, 6, 5], quota=2)
    assert [c.passed for c in r.candidates] == [True, True, False, False]
    assert not any(c.tied for c in r.candidates)


def test_tie_below_threshold_is_not_flagged():
    # 9, 4, 4 with quota 2 and 50%: only one reaches the threshold, so there is no tie.
    r = _quota_case([9, 4, 4], quota=2)
    assert [(c.passed, c.tied) for c in r.candidates] == [(True, False), (False, False), (False, False)]


def test_quota_without_enough_reaching_is_not_filled():
    r = _quota_case([9, 4, 6], quota=5)
    assert [c.passed for c in r.candidates] == [True, False, True]
    assert r.seats_left == 3


def test_second_round_and_chair_decision():
    data_approvals = [9, 7, 7, 7, 5, 8]
    r = _quota_case(data_approvals, quota=3)
    first = TallyInput(10, _names(6), [], parse_threshold("50%"), max_approvals=4, quota=3)
    again, numbers = second_round(first, r)
    assert numbers == (2, 3, 4)
    assert again == TallyInput(10, ("Ứng viên 2", "Ứng viên 3", "Ứng viên 4"), (), parse_threshold("50%"), 4, 1)
    sheets = [Sheet(i, "ballot", frozenset({1, 3} if i <= 3 else {1})) for i in range(1, 11)]
    r2 = tally(replace(again, sheets=sheets))
    assert [(c.approvals, c.passed, c.tied) for c in r2.candidates] == [
        (0, False, False),
        (10, True, False),
        (7, False, False),
    ]
    r2 = tally(replace(again, sheets=sheets[3:]))  # 2 and 3 tied again on 7 for one seat
    assert [(c.passed, c.tied) for c in r2.candidates] == [(False, False), (False, True), (False, True)]
    decided = apply_chair_decision(r, [3])
    c3 = decided.candidates[2]
    assert c3.passed and c3.tied and c3.by_decision and c3.verdict() == "Đạt (Chủ tịch quyết định)"
    assert decided.seats_left == 0 and decided.tied == ()
    assert [c.tied for c in decided.candidates][1:4] == [True, True, True]
    with pytest.raises(BadInput):
        apply_chair_decision(r, [2, 3])  # two chosen, one seat left
    with pytest.raises(BadInput):
        apply_chair_decision(r, [5])  # not tied
    with pytest.raises(BadInput):
        second_round(first, decided)


# ---------------------------------------------------------------- invariants


def test_more_sheets_than_members_is_bad_input():
    with pytest.raises(BadInput, match="nhiều hơn số thành viên"):
        tally(TallyInput(2, _names(1), _sheets(3, 0)))


def test_repeated_sheet_number_is_bad_input():
    with pytest.raises(BadInput, match="bị lặp"):
        tally(TallyInput(5, _names(1), [Sheet(1), Sheet(1, "written")]))


@pytest.mark.parametrize("bad", [0, 4, -1])
def test_struck_outside_list_is_bad_input(bad):
    with pytest.raises(BadInput, match=f"số {bad} không có trong danh sách"):
        tally(TallyInput(5, _names(3), [Sheet(1, "ballot", frozenset({2, bad}))]))


@pytest.mark.parametrize(
    "kwargs", [{"members": 0}, {"max_approvals": 0}, {"quota": 0}, {"quota": -2}, {"candidates": ()}]
)
def test_bad_parameters(kwargs):
    base = {"members": 3, "candidates": _names(2), "sheets": ()}
    base.update(kwargs)
    with pytest.raises(BadInput):
        tally(TallyInput(**base))


def test_unknown_kind_is_bad_input():
    with pytest.raises(BadInput, match="loại"):
        Sheet(1, "blank")


def test_result_dict_has_exactly_the_contract_keys():
    d = tally(TallyInput(3, ("Nguyễn Văn An",), [Sheet(1)])).to_dict()
    assert list(d) == ["members", "collected", "valid", "invalid", "written", "candidates"]
    assert list(d["candidates"][0]) == ["number", "name", "approvals", "percent", "passed", "tied"]


# ---------------------------------------------------------------- double entry


def test_compare_entries():
    a = [Sheet(1), Sheet(2, "ballot", frozenset({3, 17})), Sheet(3, "invalid"), Sheet(4), Sheet(6, "written")]
    b = [Sheet(6, "written"), Sheet(2, "ballot", frozenset({3, 71})), Sheet(3, "ballot"), Sheet(1), Sheet(5)]
    assert compare_entries(a, b) == [2, 3, 4, 5]
    assert compare_entries(a, list(reversed(a))) == []
    assert compare_entries([], []) == []
    diffs = {d.number: d for d in entry_differences(a, b)}
    assert diffs[4].second is None and diffs[5].first is None
    assert diffs[2].first.describe() == "phiếu bầu, gạch 3 17"
    assert diffs[3].first.describe() == "phiếu không hợp lệ"
    assert Sheet(9, "written").describe() == "ý kiến bằng văn bản, không gạch ai"


def test_sheet_accepts_any_iterable_of_struck_numbers():
    assert Sheet(1, "ballot", [3, 1]) == Sheet(1, "ballot", frozenset({1, 3}))
