"""Criteria scoring (chấm điểm theo tiêu chí) of bloc members or units: pure and exact.

A criteria table holds criteria in groups. NORMAL criteria carry the weights, whose maximum
points must add up to the total the office declares (e.g. 100); BONUS items (điểm thưởng,
e.g. a Cờ received) add up to their maximum; PENALTY items (điểm trừ, e.g. a discipline
case) are entered as a positive number of points up to their maximum and subtracted.

Each member scores itself (tự chấm) and each assessor scores the members other than its
own (an assessor never scores its own unit). A sheet is one assessor's scores of one member.
A member's total is the average of the totals of its complete assessor sheets; with
`drop_extremes` and at least `MIN_ASSESSORS_TO_DROP` sheets, one highest and one lowest sheet
are left out first. Incomplete sheets are reported as missing and left out of the average.

Arithmetic is exact: points are `Decimal`, averages are computed as `Fraction` and rounded
once, at the end, to `places` decimals with ROUND_HALF_UP (half away from zero), the
precision stored in the database (Numeric(7, 2)). Nothing here uses float.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import cached_property

from app.errors import BadInput, ValidationFailed
from app.messages import Msg

NORMAL, BONUS, PENALTY = "NORMAL", "BONUS", "PENALTY"
KINDS = (NORMAL, BONUS, PENALTY)
KIND_LABELS = {NORMAL: "tiêu chí", BONUS: "điểm thưởng", PENALTY: "điểm trừ"}
MIN_ASSESSORS_TO_DROP = 5
# A self-score this far from the assessed average (share of the criterion's maximum) is
# highlighted in the grid and the exports for the bloc meeting to discuss.
GAP_HIGHLIGHT_SHARE = Decimal("0.10")
DEFAULT_PLACES = 2


def to_points(value: Decimal | int | str, *, places: int = DEFAULT_PLACES) -> Decimal:
    """A number of points as an exact Decimal. Floats are refused (they drift); more
    decimals than `places` are refused rather than silently rounded. Raises BadInput."""
    if isinstance(value, (float, bool)):
        raise BadInput("scoring.float_points", value=value)
    try:
        d = Decimal(str(value).strip().replace(",", ".")) if not isinstance(value, Decimal) else value
    except InvalidOperation:
        raise BadInput("scoring.bad_points", value=value) from None
    if not d.is_finite():
        raise BadInput("scoring.bad_points", value=value)
    if d != d.quantize(Decimal(1).scaleb(-places)):
        raise BadInput("scoring.too_many_places", value=value, places=places)
    return d


def round_half_up(value: Fraction | Decimal | int, places: int = DEFAULT_PLACES) -> Decimal:
    """`value` rounded to `places` decimals, halves away from zero, computed exactly."""
    f = Fraction(value)
    scale = 10**places
    sign = -1 if f < 0 else 1
    q = abs(f) * scale
    n = (q.numerator * 2 + q.denominator) // (2 * q.denominator)
    return (Decimal(sign * n).scaleb(-places)).quantize(Decimal(1).scaleb(-places))


@dataclass(frozen=True)
class Criterion:
    """One line of a criteria table; `code` is unique within the table (e.g. "1.2")."""

    code: str
    name: str
    max_points: Decimal
    group: str = ""
    kind: str = NORMAL


@dataclass(frozen=True)
class CriteriaTable:
    """A validated criteria table; build it with `make_table`."""

    criteria: tuple[Criterion, ...]
    declared_total: Decimal
    places: int = DEFAULT_PLACES

    @cached_property
    def _by_code(self) -> dict[str, Criterion]:
        return {c.code: c for c in self.criteria}

    def criterion(self, code: str) -> Criterion:
        c = self._by_code.get(code)
        if c is None:
            raise BadInput("scoring.unknown_criterion", code=code)
        return c

    @property
    def normal(self) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.kind == NORMAL)

    @property
    def min_total(self) -> Decimal:
        return -sum((c.max_points for c in self.criteria if c.kind == PENALTY), Decimal(0))

    @property
    def max_total(self) -> Decimal:
        return sum((c.max_points for c in self.criteria if c.kind != PENALTY), Decimal(0))


def weights_sum(criteria: Iterable[Criterion]) -> Decimal:
    return sum((c.max_points for c in criteria if c.kind == NORMAL), Decimal(0))


def make_table(
    criteria: Sequence[Criterion], declared_total: Decimal | int | str, *, places: int = DEFAULT_PLACES
) -> CriteriaTable:
    """Check a criteria table and freeze it. Raises ValidationFailed when a code repeats,
    a maximum is not positive, a kind is unknown, or the weights of the normal criteria do
    not add up to the declared total."""
    errors: dict[str, str] = {}
    total = to_points(declared_total, places=places)
    if total <= 0:
        errors["declared_total"] = Msg("reason.total_positive")
    seen: set[str] = set()
    fixed: list[Criterion] = []
    for c in criteria:
        code = c.code.strip()
        if not code:
            errors["code"] = Msg("reason.criterion_no_code")
        elif code in seen:
            errors[f"criterion {code}"] = Msg("reason.duplicate_criterion_code")
        seen.add(code)
        if c.kind not in KINDS:
            errors[f"criterion {code}"] = Msg("reason.bad_kind", kind=c.kind)
        mp = to_points(c.max_points, places=places)
        if mp <= 0:
            errors[f"criterion {code}"] = Msg("reason.max_points_positive")
        fixed.append(Criterion(code, c.name.strip(), mp, c.group.strip(), c.kind))
    if not any(c.kind == NORMAL for c in fixed):
        errors["criteria"] = Msg("reason.no_criteria")
    s = weights_sum(fixed)
    if not errors and s != total:
        errors["weights"] = Msg(
            "reason.total_mismatch", s=s, total=total, value="thiếu" if s < total else "thừa", total2=abs(total - s)
        )
    if errors:
        raise ValidationFailed(errors)
    return CriteriaTable(tuple(fixed), total, places)


def check_score(table: CriteriaTable, *, code: str, points: Decimal | int | str) -> Decimal:
    """One score checked against its criterion: 0 ≤ points ≤ maximum (a penalty is entered
    as the positive number of points deducted). Raises BadInput."""
    c = table.criterion(code)
    p = to_points(points, places=table.places)
    if p < 0:
        raise BadInput("scoring.negative", kind_labels=KIND_LABELS[c.kind], code=c.code, p=p)
    if p > c.max_points:
        raise BadInput(
            "scoring.above_max",
            kind_labels=KIND_LABELS[c.kind],
            code=c.code,
            p=p,
            max_points=c.max_points,
        )
    return p


def check_assessor(*, assessor_member: Hashable | None, member: Hashable) -> None:
    """An assessor never scores its own unit. Raises BadInput."""
    if assessor_member is not None and assessor_member == member:
        raise BadInput("scoring.self_scoring")


def sheet_total(table: CriteriaTable, points: Mapping[str, Decimal]) -> Decimal:
    """The total of one sheet: normal + bonus − penalty, exact. Missing items count 0."""
    total = Decimal(0)
    for c in table.criteria:
        p = points.get(c.code)
        if p is None:
            continue
        # Stored scores are Decimals already in range: check them cheaply, and take the
        # full path (parsing, the message) only for other input or a value out of range.
        if not (
            type(p) is Decimal
            and p.is_finite()
            and 0 <= p <= c.max_points
            and isinstance(e := p.as_tuple().exponent, int)
            and e >= -table.places
        ):
            p = check_score(table, code=c.code, points=p)
        total += -p if c.kind == PENALTY else p
    for code in points:
        table.criterion(code)
    return total


def missing_codes(table: CriteriaTable, points: Mapping[str, Decimal]) -> tuple[str, ...]:
    """Normal criteria without a score (bonus and penalty items may stay empty: 0)."""
    return tuple(c.code for c in table.normal if c.code not in points)


def average(
    totals: Sequence[Decimal], *, drop_extremes: bool = False, places: int = DEFAULT_PLACES
) -> tuple[Decimal | None, bool]:
    """(the average rounded half-up to `places`, whether extremes were dropped). Dropping
    removes one highest and one lowest only with at least MIN_ASSESSORS_TO_DROP totals."""
    if not totals:
        return None, False
    values = sorted(Fraction(t) for t in totals)
    dropped = drop_extremes and len(values) >= MIN_ASSESSORS_TO_DROP
    if dropped:
        values = values[1:-1]
    return round_half_up(sum(values, Fraction(0)) / len(values), places), dropped


@dataclass(frozen=True)
class MissingScore:
    """An assessor (None: the member itself) that has not scored `codes` of `member`."""

    member: Hashable
    assessor: Hashable | None
    codes: tuple[str, ...]


@dataclass(frozen=True)
class GapRow:
    """Self-score minus the assessors' average on one criterion (None when one is missing)."""

    code: str
    self_points: Decimal | None
    assessed: Decimal | None
    gap: Decimal | None


@dataclass(frozen=True)
class MemberResult:
    member: Hashable
    self_total: Decimal | None
    assessor_totals: tuple[Decimal, ...]
    total: Decimal | None
    dropped_extremes: bool
    gaps: tuple[GapRow, ...]


@dataclass(frozen=True)
class RankRow:
    """A line of the ranking; equal totals share a rank (competition ranking 1, 1, 3)."""

    rank: int
    member: Hashable
    total: Decimal


def gap_is_large(gap: Decimal | None, max_points: Decimal) -> bool:
    """Whether a self-score gap deserves attention: |gap| ≥ GAP_HIGHLIGHT_SHARE × maximum."""
    return gap is not None and gap != 0 and abs(gap) >= GAP_HIGHLIGHT_SHARE * max_points


def rank(totals: Mapping[Hashable, Decimal | None]) -> tuple[RankRow, ...]:
    """Members by total, highest first; ties share the rank and keep the mapping's order.
    Members without a total are left out."""
    order = {m: i for i, m in enumerate(totals)}
    items = sorted(((m, t) for m, t in totals.items() if t is not None), key=lambda mt: (-mt[1], order[mt[0]]))
    rows: list[RankRow] = []
    for i, (m, t) in enumerate(items):
        r = rows[-1].rank if rows and rows[-1].total == t else i + 1
        rows.append(RankRow(r, m, t))
    return tuple(rows)


def gaps(
    table: CriteriaTable, self_points: Mapping[str, Decimal] | None, sheets: Sequence[Mapping[str, Decimal]]
) -> tuple[GapRow, ...]:
    """Per criterion: self-score, assessors' average (half-up to the table's places), gap."""
    rows = []
    for c in table.criteria:
        vals = [s[c.code] for s in sheets if c.code in s]
        # Decimal addition of 2-decimal points is exact; only the division needs Fraction.
        assessed = round_half_up(Fraction(sum(vals, Decimal(0))) / len(vals), table.places) if vals else None
        mine = self_points.get(c.code) if self_points is not None else None
        rows.append(GapRow(c.code, mine, assessed, None if mine is None or assessed is None else mine - assessed))
    return tuple(rows)


def compute_results(
    table: CriteriaTable,
    *,
    members: Sequence[Hashable],
    assessors: Mapping[Hashable, Hashable | None],
    self_scores: Mapping[Hashable, Mapping[str, Decimal]],
    scores: Mapping[tuple[Hashable, Hashable], Mapping[str, Decimal]],
    drop_extremes: bool = False,
) -> tuple[tuple[MemberResult, ...], tuple[MissingScore, ...]]:
    """Results per member and the missing scores.

    `assessors` maps an assessor to the member it belongs to (None if none); `scores` maps
    (assessor, member) to that sheet's points by criterion code. Raises BadInput when a
    sheet scores the assessor's own unit, names an unknown assessor or member, or holds a
    score out of range.
    """
    member_set = set(members)
    sheet_totals: dict[tuple[Hashable, Hashable], Decimal] = {}
    for (a, m), pts in scores.items():
        if a not in assessors:
            raise BadInput("scoring.unknown_scorer", a=a)
        if m not in member_set:
            raise BadInput("scoring.unknown_member", m=m)
        check_assessor(assessor_member=assessors[a], member=m)
        sheet_totals[(a, m)] = sheet_total(table, pts)
    results: list[MemberResult] = []
    missing: list[MissingScore] = []
    for m in members:
        own = self_scores.get(m)
        if own is None or missing_codes(table, own):
            missing.append(MissingScore(m, None, missing_codes(table, own or {})))
        self_total = sheet_total(table, own) if own is not None else None
        complete = []
        totals_list = []
        for a, home in assessors.items():
            if home is not None and home == m:
                continue
            pts = scores.get((a, m), {})
            if lack := missing_codes(table, pts):
                missing.append(MissingScore(m, a, lack))
            else:
                complete.append(pts)
                totals_list.append(sheet_totals[(a, m)])
        totals = tuple(totals_list)
        total, dropped = average(totals, drop_extremes=drop_extremes, places=table.places)
        results.append(MemberResult(m, self_total, totals, total, dropped, gaps(table, own, complete)))
    return tuple(results), tuple(missing)
