"""The ranking's integer arithmetic equals the rules' exact Fractions (any sign, places)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from app.rules import scoring
from app.services.bloc import _average, _round_ratio


@given(st.integers(-(10**9), 10**9), st.integers(1, 10**6), st.integers(0, 4))
def test_round_ratio_is_round_half_up(num, den, places):
    assert _round_ratio(num, den, places) == scoring.round_half_up(Fraction(num, den), places)
    assert str(_round_ratio(num, den, places)) == str(scoring.round_half_up(Fraction(num, den), places))


@given(st.lists(st.integers(-(10**6), 10**6), max_size=70), st.booleans(), st.integers(0, 3))
def test_average_of_totals_is_the_rules_average(units, drop, places):
    totals = [Decimal(u).scaleb(-places) for u in units]
    assert _average(totals, 10**places, drop_extremes=drop, places=places) == scoring.average(
        totals, drop_extremes=drop, places=places
    )
