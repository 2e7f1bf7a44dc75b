"""The secret-ballot tally of a Council vote (DOMAIN.md §6; PRODUCT.md §2 `tdkt-cli tally`).

Pure functions and frozen dataclasses; integers and `fractions.Fraction` only — a float
never takes part in a decision nor in a printed percentage.

Rules (NĐ 98/2023 Art. 30(7), office practice noted in DOMAIN.md §6):
- The base of every percentage is the total number of Council members, not the members
  present nor the valid sheets.
- Paper ballots list the candidates; a member strikes out (gạch tên) those he or she does
  not approve, so a sheet is entered by its struck numbers and approves every other name.
- A written opinion (ý kiến bằng văn bản) of an absent member counts like a ballot.
- An invalid sheet approves nobody; a sheet approving more than `max_approvals` candidates
  is invalid too.
- A candidate passes when approvals × den ≥ num × members ("từ 90% trở lên"; 2/3 of 9 is 6).
- With a quota Q, at most Q of those reaching the threshold pass, highest approvals first;
  candidates tied across the quota boundary do not pass and are flagged `tied` — the Council
  then holds a second round over them (`second_round`) or records the Chair's decision
  (`apply_chair_decision`).

Counts of a `TallyResult`:
- `collected`: every sheet entered (ballots + written opinions + invalid sheets);
- `valid`: sheets that count (kind ballot or written, within `max_approvals`);
- `invalid`: kind `invalid` plus sheets over `max_approvals` (`over_max` of them);
- `written`: the written opinions among `valid` (an over-max written opinion is invalid
  and counted only in `invalid`).
So `valid + invalid == collected ≤ members` and every candidate's approvals ≤ `valid`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from fractions import Fraction

from app.errors import BadInput

__all__ = [
    "KINDS",
    "Sheet",
    "Threshold",
    "TallyInput",
    "CandidateResult",
    "TallyResult",
    "SheetDifference",
    "DEFAULT_THRESHOLD",
    "parse_threshold",
    "percent_text",
    "reaches",
    "tally",
    "compare_entries",
    "entry_differences",
    "second_round",
    "apply_chair_decision",
]

BALLOT, WRITTEN, INVALID = "ballot", "written", "invalid"
KINDS = (BALLOT, WRITTEN, INVALID)
KIND_LABELS = {BALLOT: "phiếu bầu", WRITTEN: "ý kiến bằng văn bản", INVALID: "phiếu không hợp lệ"}


# ---------------------------------------------------------------- values


@dataclass(frozen=True)
class Sheet:
    """One entered sheet: its number, kind and the candidate numbers struck out.

    `number` is the sheet's serial in the pile, never a member: nothing links a sheet to
    whoever filled it in (secrecy by design, issue 4 item 9).
    """

    number: int
    kind: str = BALLOT
    struck: frozenset[int] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise BadInput("tally.bad_kind", number=self.number, kind=self.kind)
        if not isinstance(self.struck, frozenset):
            object.__setattr__(self, "struck", frozenset(self.struck))

    def approvals(self, candidates: int) -> int:
        """How many candidates this sheet approves (before any validity rule)."""
        return 0 if self.kind == INVALID else candidates - len(self.struck)

    def describe(self) -> str:
        """Vietnamese one-liner for a difference report: 'phiếu bầu, gạch 3 17'."""
        label = KIND_LABELS[self.kind]
        if self.kind == INVALID and not self.struck:
            return label
        struck = " ".join(str(n) for n in sorted(self.struck)) if self.struck else "không gạch ai"
        return f"{label}, gạch {struck}" if self.struck else f"{label}, {struck}"


@dataclass(frozen=True)
class Threshold:
    """A vote threshold `num/den` of the members (reduced; 0 < num/den ≤ 1)."""

    num: int
    den: int

    def __post_init__(self) -> None:
        if self.den <= 0 or self.num <= 0 or self.num > self.den:
            raise BadInput("tally.fraction_range", num=self.num, den=self.den)
        f = Fraction(self.num, self.den)
        object.__setattr__(self, "num", f.numerator)
        object.__setattr__(self, "den", f.denominator)

    @property
    def fraction(self) -> Fraction:
        return Fraction(self.num, self.den)

    def minimum(self, members: int) -> int:
        """The fewest approvals that reach the threshold with `members` members."""
        return -(-self.num * members // self.den)

    def label(self) -> str:
        """'80%' when the percentage is exact with at most 2 decimals, else '2/3'."""
        pct = self.fraction * 100
        if (pct * 100).denominator == 1:
            hundredths = int(pct * 100)
            whole, frac = divmod(hundredths, 100)
            return f"{whole}%" if frac == 0 else f"{whole},{frac:02d}".rstrip("0") + "%"
        return f"{self.num}/{self.den}"


DEFAULT_THRESHOLD = Threshold(4, 5)
"""80 %: the threshold of CSTĐCS, Cờ thi đua bộ/tỉnh and Cờ thi đua của Chính phủ (DOMAIN.md §6),
the most frequent vote of a council; CSTĐ bộ/tỉnh, CSTĐ toàn quốc and Anh hùng need 90 %."""

_PERCENT = re.compile(r"^(\d{1,3})(?:[.,](\d{1,6}))?\s*%$")
_RATIO = re.compile(r"^(\d{1,9})\s*/\s*(\d{1,9})$")  # no 5,000-digit int()


def parse_threshold(text: str) -> Threshold:
    """'90%', '66,5%', '66.67%', '4/5', '2/3' → an exact Threshold.

    Raises BadInput (Vietnamese) for anything else, for 0 and for more than 100 %.
    A decimal percentage is taken exactly: '66.67%' is 6667/10000, stricter than 2/3.
    """
    raw = (text or "").strip()
    m = _PERCENT.match(raw)
    if m:
        whole, frac = m.group(1), m.group(2) or ""
        value = Fraction(int(whole + frac), 100 * 10 ** len(frac))
    else:
        m = _RATIO.match(raw)
        if not m or int(m.group(2)) == 0:
            raise BadInput("tally.threshold_form", raw=raw if len(raw) <= 20 else raw[:20] + "…")
        value = Fraction(int(m.group(1)), int(m.group(2)))
    if value <= 0 or value > 1:
        raise BadInput("tally.threshold_range", raw=raw)
    return Threshold(value.numerator, value.denominator)


def percent_text(approvals: int, members: int) -> str:
    """approvals × 100 / members with two decimals, rounded half up on the exact fraction.

    9/11 → '81.82', 2/3 → '66.67', 1/32 → '3.13', 1/8 → '12.50'.
    """
    if members <= 0 or approvals < 0:
        raise ValueError("members must be positive and approvals non-negative")
    hundredths = (approvals * 20000 + members) // (2 * members)
    whole, frac = divmod(hundredths, 100)
    return f"{whole}.{frac:02d}"


def reaches(approvals: int, members: int, threshold: Threshold) -> bool:
    """approvals × den ≥ num × members, in integers."""
    return approvals * threshold.den >= threshold.num * members


@dataclass(frozen=True)
class TallyInput:
    """Everything a tally needs. `candidates` are the names, numbered from 1 in order.

    `max_approvals`: a sheet approving more is invalid (None: no limit).
    `quota`: at most this many pass (None: everyone reaching the threshold passes).
    """

    members: int
    candidates: tuple[str, ...]
    sheets: tuple[Sheet, ...]
    threshold: Threshold = DEFAULT_THRESHOLD
    max_approvals: int | None = None
    quota: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "candidates", tuple(self.candidates))
        object.__setattr__(self, "sheets", tuple(self.sheets))


@dataclass(frozen=True)
class CandidateResult:
    """One candidate's line of the result. `percent` is on the members base ('81.82').

    `tied`: reached the threshold but is tied with others across the quota boundary, so
    did not pass. `by_decision`: passed through a recorded Chair's decision on that tie.
    """

    number: int
    name: str
    approvals: int
    percent: str
    passed: bool
    tied: bool = False
    by_decision: bool = False

    def verdict(self) -> str:
        """'Đạt', 'Bằng phiếu' or 'Không đạt' as printed in tables and minutes."""
        if self.passed:
            return "Đạt (Chủ tịch quyết định)" if self.by_decision else "Đạt"
        return "Bằng phiếu" if self.tied else "Không đạt"


@dataclass(frozen=True)
class TallyResult:
    """The outcome of a tally; see the module docstring for the meaning of the counts."""

    members: int
    collected: int
    valid: int
    invalid: int
    written: int
    candidates: tuple[CandidateResult, ...]
    threshold: Threshold = DEFAULT_THRESHOLD
    max_approvals: int | None = None
    quota: int | None = None
    over_max: int = 0

    @property
    def passed(self) -> tuple[CandidateResult, ...]:
        return tuple(c for c in self.candidates if c.passed)

    @property
    def tied(self) -> tuple[CandidateResult, ...]:
        """Candidates tied across the quota boundary still awaiting a decision (none once
        the seats are filled)."""
        if not self.seats_left:
            return ()
        return tuple(c for c in self.candidates if c.tied and not c.passed)

    @property
    def seats_left(self) -> int | None:
        """Quota places not yet filled (None without a quota)."""
        return None if self.quota is None else self.quota - len(self.passed)

    def to_dict(self) -> dict:
        """Exactly the `tdkt-cli tally --json` object of PRODUCT.md §2."""
        return {
            "members": self.members,
            "collected": self.collected,
            "valid": self.valid,
            "invalid": self.invalid,
            "written": self.written,
            "candidates": [
                {
                    "number": c.number,
                    "name": c.name,
                    "approvals": c.approvals,
                    "percent": c.percent,
                    "passed": c.passed,
                    "tied": c.tied,
                }
                for c in self.candidates
            ],
        }


# ---------------------------------------------------------------- the tally


def _check_positive(value: int | None, what: str, *, optional: bool = True) -> None:
    if value is None and optional:
        return
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise BadInput("tally.not_positive", what=what, value=value)


def tally(data: TallyInput) -> TallyResult:
    """Count the sheets of one ballot. Raises BadInput when an invariant is broken
    (more sheets than members, a repeated sheet number, a struck number outside the list,
    no candidate, a non-positive members / max_approvals / quota)."""
    _check_positive(data.members, "Số thành viên Hội đồng", optional=False)
    _check_positive(data.max_approvals, "Số người được đồng ý tối đa trên một phiếu")
    _check_positive(data.quota, "Số lượng tối đa được chọn")
    n_candidates = len(data.candidates)
    if n_candidates == 0:
        raise BadInput("tally.no_candidates")
    if len(data.sheets) > data.members:
        raise BadInput("tally.too_many_sheets", n_sheets=len(data.sheets), members=data.members)

    seen: set[int] = set()
    struck_counts: Counter[int] = Counter()
    valid = written = invalid_kind = over_max = 0
    for sheet in data.sheets:
        if sheet.number in seen:
            raise BadInput("tally.duplicate_sheet", number=sheet.number)
        seen.add(sheet.number)
        if sheet.struck and (min(sheet.struck) < 1 or max(sheet.struck) > n_candidates):
            bad = min(n for n in sheet.struck if n < 1 or n > n_candidates)
            raise BadInput("tally.number_not_listed", number=sheet.number, bad=bad, n_candidates=n_candidates)
        if sheet.kind == INVALID:
            invalid_kind += 1
            continue
        if data.max_approvals is not None and sheet.approvals(n_candidates) > data.max_approvals:
            over_max += 1
            continue
        valid += 1
        if sheet.kind == WRITTEN:
            written += 1
        struck_counts.update(sheet.struck)

    collected = len(data.sheets)
    invalid = invalid_kind + over_max
    if valid + invalid != collected:  # pragma: no cover - guarded by construction
        raise BadInput("tally.count_mismatch")

    members, threshold = data.members, data.threshold
    approvals = [valid - struck_counts[i] for i in range(1, n_candidates + 1)]
    reaching = [i for i, a in enumerate(approvals) if reaches(a, members, threshold)]
    passed: set[int] = set(reaching)
    tied: set[int] = set()
    if data.quota is not None and len(reaching) > data.quota:
        ranked = sorted(reaching, key=lambda i: -approvals[i])
        boundary = approvals[ranked[data.quota - 1]]
        if approvals[ranked[data.quota]] == boundary:
            passed = {i for i in reaching if approvals[i] > boundary}
            tied = {i for i in reaching if approvals[i] == boundary}
        else:
            passed = set(ranked[: data.quota])

    results = []
    for i, name in enumerate(data.candidates):
        a = approvals[i]
        if not 0 <= a <= valid:  # pragma: no cover - guarded by construction
            raise BadInput("tally.approvals_range", i=i + 1, a=a, valid=valid)
        results.append(
            CandidateResult(
                number=i + 1,
                name=name,
                approvals=a,
                percent=percent_text(a, members),
                passed=i in passed,
                tied=i in tied,
            )
        )
    return TallyResult(
        members=members,
        collected=collected,
        valid=valid,
        invalid=invalid,
        written=written,
        candidates=tuple(results),
        threshold=threshold,
        max_approvals=data.max_approvals,
        quota=data.quota,
        over_max=over_max,
    )


# ---------------------------------------------------------------- double entry


@dataclass(frozen=True)
class SheetDifference:
    """A sheet on which two entries of the same pile disagree (None: missing in that entry)."""

    number: int
    first: Sheet | None
    second: Sheet | None


def entry_differences(first: Iterable[Sheet], second: Iterable[Sheet]) -> list[SheetDifference]:
    """The sheets that differ between two clerks' entries, by sheet number.

    A sheet differs when it is present in one entry only, or its kind or struck set
    differ (also on an invalid sheet: what was typed must match). Entry order is ignored.
    A repeated number inside one entry is not resolved here (`tally` rejects it).
    """
    a = {s.number: s for s in first}
    b = {s.number: s for s in second}
    return [SheetDifference(n, a.get(n), b.get(n)) for n in sorted(a.keys() | b.keys()) if a.get(n) != b.get(n)]


def compare_entries(first: Iterable[Sheet], second: Iterable[Sheet]) -> list[int]:
    """The numbers of the sheets that differ between two entries, sorted ([] = they agree)."""
    return [d.number for d in entry_differences(first, second)]


# ---------------------------------------------------------------- ties


def second_round(data: TallyInput, result: TallyResult) -> tuple[TallyInput, tuple[int, ...]]:
    """The ballot of a second round over the candidates tied at the quota boundary.

    Returns (input, numbers): `input` has the tied names as its candidates (renumbered from
    1, in their first-round order), `quota` = seats left, the same members, threshold and
    max_approvals, and no sheets yet (`dataclasses.replace(input, sheets=...)`); `numbers`
    are their first-round numbers. Raises BadInput when no tie awaits a decision.
    """
    tied = tuple(c.number for c in result.tied)
    if not tied:
        raise BadInput("tally.no_tie")
    return (
        replace(
            data,
            candidates=tuple(data.candidates[n - 1] for n in tied),
            sheets=(),
            quota=result.seats_left,
        ),
        tied,
    )


def apply_chair_decision(result: TallyResult, chosen: Iterable[int]) -> TallyResult:
    """The result after the Chair chose `chosen` among the tied candidates (recorded decision).

    The chosen keep `tied=True` and get `passed=True, by_decision=True`. Raises BadInput
    when a chosen number is not tied or more are chosen than seats are left.
    """
    picked = set(chosen)
    tied = {c.number for c in result.tied}
    if not picked:
        raise BadInput("tally.none_picked")
    if not picked <= tied:
        wrong = ", ".join(str(n) for n in sorted(picked - tied))
        raise BadInput("tally.not_in_tie", wrong=wrong)
    left = result.seats_left or 0
    if len(picked) > left:
        raise BadInput("tally.too_many_picked", left=left, n_picked=len(picked))
    return replace(
        result,
        candidates=tuple(
            replace(c, passed=True, by_decision=True) if c.number in picked else c for c in result.candidates
        ),
    )
