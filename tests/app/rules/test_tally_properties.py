"""Property-based tests of the tally engine: invariants and exact threshold arithmetic."""

from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules.ballot_sheets import parse_sheets
from app.rules.tally import (
    KINDS,
    Sheet,
    TallyInput,
    Threshold,
    compare_entries,
    percent_text,
    reaches,
    tally,
)

thresholds = st.builds(
    lambda den, num: Threshold(min(num, den), den),
    st.integers(1, 100),
    st.integers(1, 100),
)


@st.composite
def tally_inputs(draw, with_quota=None):
    members = draw(st.integers(1, 25))
    n_candidates = draw(st.integers(1, 12))
    n_sheets = draw(st.integers(0, members))
    numbers = draw(st.lists(st.integers(1, 10_000), min_size=n_sheets, max_size=n_sheets, unique=True))
    sheets = [
        Sheet(
            n,
            draw(st.sampled_from(KINDS)),
            draw(st.frozensets(st.integers(1, n_candidates), max_size=n_candidates)),
        )
        for n in numbers
    ]
    quota = (
        draw(st.none() | st.integers(1, n_candidates + 1))
        if with_quota is None
        else (draw(st.integers(1, n_candidates + 1)) if with_quota else None)
    )
    return TallyInput(
        members=members,
        candidates=tuple(f"Ứng viên {i}" for i in range(1, n_candidates + 1)),
        sheets=tuple(sheets),
        threshold=draw(thresholds),
        max_approvals=draw(st.none() | st.integers(1, n_candidates + 1)),
        quota=quota,
    )


def _exact_percent(approvals: int, members: int) -> str:
    with localcontext() as ctx:
        ctx.prec = 50
        value = Decimal(approvals * 100) / Decimal(members)
        return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


@settings(max_examples=300)
@given(tally_inputs())
def test_invariants(data):
    r = tally(data)
    assert r.valid + r.invalid == r.collected == len(data.sheets) <= r.members == data.members
    assert 0 <= r.written <= r.valid
    assert r.written == sum(
        1
        for s in data.sheets
        if s.kind == "written"
        and (data.max_approvals is None or len(data.candidates) - len(s.struck) <= data.max_approvals)
    )
    for c in r.candidates:
        assert 0 <= c.approvals <= r.valid <= r.members
        assert c.percent == _exact_percent(c.approvals, r.members)
        assert not (c.passed and c.tied) or c.by_decision
        if c.passed or c.tied:
            assert reaches(c.approvals, r.members, data.threshold)
    if data.quota is None:
        for c in r.candidates:
            assert c.passed == (c.approvals * data.threshold.den >= data.threshold.num * data.members)
            assert not c.tied


@settings(max_examples=300)
@given(tally_inputs(with_quota=True))
def test_quota_properties(data):
    r = tally(data)
    passed = [c for c in r.candidates if c.passed]
    tied = [c for c in r.candidates if c.tied]
    reaching = [c for c in r.candidates if reaches(c.approvals, r.members, data.threshold)]
    assert len(passed) <= data.quota
    others = [c for c in reaching if not c.passed and not c.tied]
    for p in passed:
        for o in others:
            assert p.approvals >= o.approvals
    if tied:
        # the tied share one vote count, strictly below every passed one, and they would
        # overflow the seats left
        assert len({c.approvals for c in tied}) == 1
        assert all(p.approvals > tied[0].approvals for p in passed)
        assert len(passed) + len(tied) > data.quota
        assert all(o.approvals < tied[0].approvals for o in others)
    # an independent characterisation: among those reaching the threshold, a candidate
    # passes iff at most Q have at least as many approvals, and is tied iff fewer than Q
    # have strictly more but more than Q have at least as many
    for c in reaching:
        above = sum(1 for o in reaching if o.approvals > c.approvals)
        at_or_above = sum(1 for o in reaching if o.approvals >= c.approvals)
        assert c.passed == (at_or_above <= data.quota)
        assert c.tied == (above < data.quota < at_or_above)
    if len(reaching) <= data.quota:
        assert passed == reaching and not tied
    else:
        # seats are filled unless a tie blocks the last ones
        assert len(passed) == data.quota or tied


@settings(max_examples=200)
@given(tally_inputs(), st.randoms(use_true_random=False))
def test_permuting_sheets_changes_nothing(data, rnd):
    sheets = list(data.sheets)
    rnd.shuffle(sheets)
    shuffled = TallyInput(data.members, data.candidates, tuple(sheets), data.threshold, data.max_approvals, data.quota)
    assert tally(shuffled) == tally(data)
    assert compare_entries(data.sheets, sheets) == []


# members of the form 2^a·5^b make exact halves of a hundredth (1/32 → 3.125 → "3.13") likely
_HALF_PRONE = sorted({2**a * 5**b for a in range(9) for b in range(7) if 2**a * 5**b <= 100_000})


@given(st.integers(0, 10_000), st.integers(1, 10_000) | st.sampled_from(_HALF_PRONE))
def test_percent_text_is_exact_half_up(approvals, members):
    assert percent_text(approvals, members) == _exact_percent(approvals, members)


@given(st.integers(0, 500), st.integers(1, 500), thresholds)
def test_pass_iff_integer_inequality(approvals, members, threshold):
    expected = Fraction(approvals, members) >= Fraction(threshold.num, threshold.den)
    assert reaches(approvals, members, threshold) is expected
    assert (approvals >= threshold.minimum(members)) is expected


@settings(max_examples=200)
@given(tally_inputs(), st.data())
def test_compare_finds_exactly_the_changed_sheets(data, draw):
    first = list(data.sheets)
    n = len(data.candidates)
    changed: set[int] = set()
    second = []
    for s in first:
        action = draw.draw(st.sampled_from(["keep", "keep", "kind", "struck", "drop"]))
        if action == "keep":
            second.append(s)
        elif action == "drop":
            changed.add(s.number)
        elif action == "kind":
            second.append(Sheet(s.number, next(k for k in KINDS if k != s.kind), s.struck))
            changed.add(s.number)
        else:
            new = s.struck ^ {draw.draw(st.integers(1, n))}
            second.append(Sheet(s.number, s.kind, new))
            changed.add(s.number)
    extra = draw.draw(st.integers(20_000, 20_005))
    if draw.draw(st.booleans()):
        second.append(Sheet(extra))
        changed.add(extra)
    assert compare_entries(first, second) == sorted(changed)
    assert compare_entries(second, first) == sorted(changed)


@settings(max_examples=200)
@given(tally_inputs(), st.sampled_from([" ", ",", " , "]), st.booleans())
def test_csv_round_trip(data, sep, crlf):
    nl = "\r\n" if crlf else "\n"
    body = (
        "sheet,kind,struck"
        + nl
        + "".join(f'{s.number},{s.kind},"{sep.join(str(n) for n in sorted(s.struck))}"{nl}' for s in data.sheets)
    )
    parsed = parse_sheets(body, "p.csv", candidates=len(data.candidates), members=data.members)
    assert compare_entries(parsed, data.sheets) == []
    assert len(parsed) == len(data.sheets)
