"""Criteria scoring: table checks, self-scoring refused, exact averages, ties, gaps."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import BadInput, ValidationFailed
from app.rules import scoring as sc
from app.rules.scoring import BONUS, PENALTY, Criterion


def table(total="100"):
    return sc.make_table(
        [
            Criterion("1.1", "Hoàn thành nhiệm vụ chính trị", D(40), "I"),
            Criterion("1.2", "Cải cách hành chính", D(30), "I"),
            Criterion("2.1", "Xây dựng Đảng, đoàn thể", D(30), "II"),
            Criterion("T", "Được tặng Cờ thi đua", D(5), "Thưởng", BONUS),
            Criterion("P", "Có cán bộ bị kỷ luật", D(10), "Trừ", PENALTY),
        ],
        total,
    )


def test_weights_must_add_up_to_declared_total():
    assert table().declared_total == D(100)
    with pytest.raises(ValidationFailed) as e:
        table("90")
    assert "không bằng tổng điểm đã công bố 90" in e.value.message() and "thừa 10" in e.value.message()
    with pytest.raises(ValidationFailed, match="thiếu 5"):
        table("105")


def test_table_refuses_duplicate_codes_and_non_positive_max():
    with pytest.raises(ValidationFailed, match="trùng"):
        sc.make_table([Criterion("1", "a", D(50)), Criterion("1", "b", D(50))], 100)
    with pytest.raises(ValidationFailed, match="lớn hơn 0"):
        sc.make_table([Criterion("1", "a", D(100)), Criterion("2", "b", D(0))], 100)


def test_score_above_maximum_or_float_refused():
    t = table()
    assert sc.check_score(t, code="1.1", points="39.5") == D("39.5")
    with pytest.raises(BadInput, match="vượt điểm tối đa 40"):
        sc.check_score(t, code="1.1", points="40.25")
    with pytest.raises(BadInput, match="số thực"):
        sc.check_score(t, code="1.1", points=39.5)
    with pytest.raises(BadInput, match="chữ số thập phân"):
        sc.check_score(t, code="1.1", points="1.005")
    with pytest.raises(BadInput):
        sc.check_score(t, code="9.9", points=1)


def test_bonus_and_penalty():
    t = table()
    assert sc.sheet_total(t, {"1.1": D(40), "1.2": D(30), "2.1": D(30), "T": D(5)}) == D(105)
    assert sc.sheet_total(t, {"1.1": D(40), "1.2": D(30), "2.1": D(30), "P": D(3)}) == D(97)
    assert t.min_total == D(-10) and t.max_total == D(105)


def test_sheet_total_refuses_a_score_that_is_not_a_number():
    # NaN used to escape as decimal.InvalidOperation from the quick range check.
    for bad in (D("NaN"), D("Infinity"), D("-Infinity")):
        with pytest.raises(BadInput, match="không hợp lệ"):
            sc.sheet_total(table(), {"1.1": bad})


def test_self_scoring_refused():
    with pytest.raises(BadInput, match="chính đơn vị mình"):
        sc.check_assessor(assessor_member="A", member="A")
    t = table()
    full = {"1.1": D(30), "1.2": D(20), "2.1": D(20)}
    with pytest.raises(BadInput, match="chính đơn vị mình"):
        sc.compute_results(
            t, members=["A", "B"], assessors={"A": "A", "B": "B"}, self_scores={}, scores={("A", "A"): full}
        )


def test_round_half_up_exact():
    assert sc.round_half_up(D("2.345")) == D("2.35")
    assert sc.round_half_up(D("-2.345")) == D("-2.35")
    assert sc.round_half_up(0) == D("0.00")
    from fractions import Fraction

    assert sc.round_half_up(Fraction(200, 3)) == D("66.67")
    assert sc.round_half_up(Fraction(1, 8)) == D("0.13")


def test_average_with_and_without_dropping_extremes():
    totals = [D("90"), D("85.5"), D("70"), D("88"), D("95.25")]
    # (90 + 85.5 + 70 + 88 + 95.25) / 5 = 428.75 / 5 = 85.75
    assert sc.average(totals) == (D("85.75"), False)
    # dropping 95.25 and 70: (90 + 85.5 + 88) / 3 = 263.5 / 3 = 87.8333… → 87.83
    assert sc.average(totals, drop_extremes=True) == (D("87.83"), True)
    # four assessors: nothing dropped; (90 + 85.5 + 70 + 88) / 4 = 83.375 → 83.38 (half up)
    assert sc.average(totals[:4], drop_extremes=True) == (D("83.38"), False)
    assert sc.average([]) == (None, False)


def test_ranking_with_ties():
    rows = sc.rank({"A": D("90"), "B": D("95"), "C": D("90"), "D": D("80"), "E": None})
    assert [(r.rank, r.member) for r in rows] == [(1, "B"), (2, "A"), (2, "C"), (4, "D")]


def test_compute_results_missing_and_gaps():
    t = table()
    members = ["A", "B", "C"]
    assessors = {"A": "A", "B": "B", "C": "C", "HD": None}
    s = {
        ("B", "A"): {"1.1": D(38), "1.2": D(28), "2.1": D(29)},
        ("C", "A"): {"1.1": D(36), "1.2": D(27), "2.1": D(30), "T": D(5)},
        ("HD", "A"): {"1.1": D(37), "1.2": D(26), "2.1": D(28), "P": D(2)},
        ("A", "B"): {"1.1": D(30)},
    }
    selfs = {"A": {"1.1": D(40), "1.2": D(30), "2.1": D(30)}}
    results, missing = sc.compute_results(t, members=members, assessors=assessors, self_scores=selfs, scores=s)
    a = results[0]
    assert a.self_total == D(100)
    assert sorted(a.assessor_totals) == [D(89), D(95), D(98)]
    assert a.total == D("94.00")  # (95 + 98 + 89) / 3 = 94
    gap = {g.code: g for g in a.gaps}
    assert gap["1.1"] == sc.GapRow("1.1", D(40), D("37.00"), D("3.00"))
    assert gap["P"].gap is None
    miss = {(m.member, m.assessor): m.codes for m in missing}
    assert miss[("B", "A")] == ("1.2", "2.1")
    assert ("A", "A") not in miss and ("A", None) not in miss
    assert miss[("B", None)] == ("1.1", "1.2", "2.1")
    assert results[1].total is None


points = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)


@given(st.dictionaries(st.integers(0, 30), st.one_of(st.none(), points), max_size=20))
def test_ranking_is_a_permutation(totals):
    rows = sc.rank(totals)
    assert sorted(r.member for r in rows) == sorted(m for m, t in totals.items() if t is not None)
    for prev, cur in zip(rows, rows[1:]):
        assert prev.total >= cur.total
        assert cur.rank == (prev.rank if prev.total == cur.total else rows.index(cur) + 1)
    assert all(1 <= r.rank <= len(rows) for r in rows)


@given(points, st.integers(1, 12))
def test_dropping_extremes_of_equal_scores_changes_nothing(value, n):
    totals = [value] * n
    assert sc.average(totals, drop_extremes=True)[0] == sc.average(totals)[0] == sc.round_half_up(value)


@given(
    st.lists(
        st.tuples(
            st.integers(0, 4000), st.integers(0, 3000), st.integers(0, 3000), st.integers(0, 500), st.integers(0, 1000)
        ),
        min_size=1,
        max_size=9,
    ),
    st.booleans(),
)
def test_totals_within_bounds(sheets, drop):
    t = table()
    codes = ["1.1", "1.2", "2.1", "T", "P"]
    totals = [sc.sheet_total(t, {c: D(v).scaleb(-2) for c, v in zip(codes, s)}) for s in sheets]
    avg, _ = sc.average(totals, drop_extremes=drop)
    assert t.min_total <= avg <= t.max_total
    assert min(totals) <= avg <= max(totals)
