"""Eligibility of a nomination under a rule set (DOMAIN.md §3–5). Pure: no Session, no I/O.

`evaluate(subject, rule, year=…, review_date=…)` takes a frozen snapshot of a person's or a
unit's history and one award's `RuleParams`, and returns a `Verdict`: ELIGIBLE,
NOT_ELIGIBLE or MANUAL_CHECK, with `Reason(code, params)` values that
`app.rules.reasons` turns into Vietnamese sentences.

Definitions (documented here once, tested in tests/app/rules/test_eligibility.py):
- **Year counting.** Streaks end with the review year `year` and go backwards. A title
  counts in year y if the history holds it for y, or — for the review year only — the
  subject is nominated for it in the same round (`pending`; e.g. CSTĐCS proposed together
  with CSTĐ cấp bộ); the verdict then notes PENDING_TITLE.
- **A gap breaks a streak**: a year without the title ends it, except a year overlapped by
  maternity leave (NĐ 152/2025 Art. 4: counts as worked), which is skipped — it neither
  breaks the streak nor counts towards it (MATERNITY_BRIDGED notes it).
- **One achievement, one form**: the years counted for an award start after the last year
  the subject received that same award (a CSTĐ cấp bộ every three CSTĐCS, not every year).
- **Discipline** (individuals): a measure blocks every award of a year any day of which falls
  within its period (start..end inclusive; no end = still in force) — so a measure ending on
  30/6 still blocks that year — and any award while it is in force on the review date.
  Collectives: a member disciplined at `blocking_discipline` (cảnh cáo) or above during the
  year blocks TTLĐTT/TTLĐXS.
- **Sáng kiến** (CV 5007/BNV-TĐKT): grounds one award only. One recognised within the last
  `initiative_window` years (ending with the review year), at the required level or above,
  not used by an award (`used`) and not claimed by another nomination of the round
  (`claimed_initiatives`). The verdict names the initiative(s) it uses (`initiative_ids`).
  A sáng kiến only of a lower level than required leaves the decision to a person (its
  effect may still be bộ-wide): MANUAL_CHECK.
- **Verdict**: any failing reason → NOT_ELIGIBLE; otherwise any condition the data cannot
  decide → MANUAL_CHECK; otherwise ELIGIBLE. Informational reasons never change it.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Mapping
from typing import Any, Union

from app.rules.catalogue import (
    DISCIPLINE_RANK,
    INITIATIVE_RANK,
    PERSON_CRITERIA,
    RATING_RANK,
    UNIT_CRITERIA,
    RuleParams,
)

ELIGIBLE, NOT_ELIGIBLE, MANUAL_CHECK = "ELIGIBLE", "NOT_ELIGIBLE", "MANUAL_CHECK"
VERDICT_STATUSES = (ELIGIBLE, NOT_ELIGIBLE, MANUAL_CHECK)

# How far back a streak may reach (bounds the walk when leave bridges many years).
_MAX_LOOKBACK = 60

# Reason codes by effect on the verdict; codes not listed fail.
INFO_REASONS = frozenset({"MATERNITY_BRIDGED", "GROUNDED_BY_INITIATIVE", "PENDING_TITLE"})
MANUAL_REASONS = frozenset({
    "MANUAL", "INITIATIVE_LEVEL_UNCERTAIN", "MEMBERS_UNRATED", "LEAVE_NO_RATING", "QUOTA_EXCEEDED",
    "UNKNOWN_CRITERION",
})


@dataclasses.dataclass(frozen=True)
class Reason:
    """Why: a stable code and its parameters (ints, strings, tuples; dates as ISO strings)."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, code: str, **params: Any) -> "Reason":
        items = []
        for key in sorted(params):
            value = params[key]
            if isinstance(value, (list, set, frozenset)):
                value = tuple(sorted(value)) if not isinstance(value, list) else tuple(value)
            elif isinstance(value, _dt.date):
                value = value.isoformat()
            items.append((key, value))
        return cls(code, tuple(items))

    @property
    def kind(self) -> str:
        """"fail", "manual" or "info"."""
        if self.code in INFO_REASONS:
            return "info"
        if self.code in MANUAL_REASONS:
            return "manual"
        return "fail"

    def get(self, key: str, default: Any = None) -> Any:
        for k, v in self.params:
            if k == key:
                return v
        return default

    def as_dict(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self.params}

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "params": self.as_dict()}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Reason":
        return cls.of(data["code"], **dict(data.get("params") or {}))


@dataclasses.dataclass(frozen=True)
class Verdict:
    status: str
    reasons: tuple[Reason, ...] = ()
    initiative_ids: tuple[int, ...] = ()  # the sáng kiến this nomination is grounded on

    @property
    def failing(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if r.kind == "fail")


@dataclasses.dataclass(frozen=True)
class InitiativeRecord:
    id: int
    level: str  # INITIATIVE_LEVELS code
    year: int  # year recognised
    used: bool = False  # already grounded an award (initiative.used_by_award_id)
    title: str = ""


@dataclasses.dataclass(frozen=True)
class DisciplineRecord:
    level: str
    start: _dt.date
    end: _dt.date | None = None  # last day in force, inclusive; None = still in force


@dataclasses.dataclass(frozen=True)
class LeaveRecord:
    """Maternity leave: counts as worked time."""

    start: _dt.date
    end: _dt.date


@dataclasses.dataclass(frozen=True)
class PersonHistory:
    """What the engine knows about a person. `titles`: award code → years received."""

    person_id: int
    ratings: Mapping[int, str] = dataclasses.field(default_factory=dict)
    titles: Mapping[str, frozenset[int]] = dataclasses.field(default_factory=dict)
    initiatives: tuple[InitiativeRecord, ...] = ()
    disciplines: tuple[DisciplineRecord, ...] = ()
    leaves: tuple[LeaveRecord, ...] = ()
    pending: frozenset[str] = frozenset()  # award codes nominated in the same round, not rejected
    claimed_initiatives: frozenset[int] = frozenset()  # grounding another nomination of the round


@dataclasses.dataclass(frozen=True)
class MemberYear:
    """A member of a collective in the review year."""

    person_id: int
    rating: str | None
    titles: frozenset[str] = frozenset()  # titles of the review year, held or pending
    discipline_levels: tuple[str, ...] = ()  # measures in force during the year


@dataclasses.dataclass(frozen=True)
class UnitHistory:
    unit_id: int
    titles: Mapping[str, frozenset[int]] = dataclasses.field(default_factory=dict)
    members: tuple[MemberYear, ...] = ()
    pending: frozenset[str] = frozenset()


Subject = Union[PersonHistory, UnitHistory]


@dataclasses.dataclass(frozen=True)
class AwardRule:
    """One award's rule in the rule set in force: code, subject (CA_NHAN/TAP_THE), params."""

    code: str
    subject: str
    params: RuleParams


# ---------------------------------------------------------------- small helpers


def verdict_of(reasons: tuple[Reason, ...] | list[Reason], initiative_ids: tuple[int, ...] = ()) -> Verdict:
    """The verdict that a list of reasons implies."""
    reasons = tuple(reasons)
    kinds = {r.kind for r in reasons}
    status = NOT_ELIGIBLE if "fail" in kinds else MANUAL_CHECK if "manual" in kinds else ELIGIBLE
    if status == NOT_ELIGIBLE:
        # A refused nomination uses no sáng kiến: it stays free for another award.
        reasons = tuple(r for r in reasons if r.code != "GROUNDED_BY_INITIATIVE")
        initiative_ids = ()
    return Verdict(status, reasons, initiative_ids)


def with_reasons(verdict: Verdict, *extra: Reason) -> Verdict:
    """`verdict` with more reasons (e.g. a quota warning), status recomputed."""
    return verdict_of(verdict.reasons + tuple(extra), verdict.initiative_ids)


def _overlaps_year(start: _dt.date, end: _dt.date | None, year: int) -> bool:
    return start <= _dt.date(year, 12, 31) and (end is None or end >= _dt.date(year, 1, 1))


def _rating_ok(rating: str | None, minimum: str) -> bool:
    return rating is not None and RATING_RANK.get(rating, -1) >= RATING_RANK[minimum]


class _Ctx:
    """Evaluation of one person: the shared lookups and the reasons collected."""

    def __init__(self, h: PersonHistory, rule: AwardRule, year: int, review_date: _dt.date) -> None:
        self.h, self.rule, self.p, self.year, self.review_date = h, rule, rule.params, year, review_date
        self.reasons: list[Reason] = []
        self.initiative_ids: list[int] = []
        self.bridged: set[int] = set()
        self.pending_used: set[str] = set()

    def add(self, code: str, **params: Any) -> None:
        self.reasons.append(Reason.of(code, **params))

    def held(self, code: str, y: int) -> bool:
        if y in self.h.titles.get(code, ()):
            return True
        if y == self.year and code in self.h.pending:
            self.pending_used.add(code)
            return True
        return False

    def on_leave(self, y: int) -> bool:
        return any(_overlaps_year(lv.start, lv.end, y) for lv in self.h.leaves)

    def last_received(self, code: str, before: int) -> int | None:
        years = [y for y in self.h.titles.get(code, ()) if y < before]
        return max(years) if years else None

    def streak(self, test, need: int | None, after: int | None) -> list[int]:
        """Years (newest first) ending with the review year where `test(y)` holds; a year
        on maternity leave is skipped, any other gap ends the walk. Stops at `need` years
        (None: as many as there are) or at year `after` (exclusive)."""
        years: list[int] = []
        floor = self.year - _MAX_LOOKBACK if after is None else max(after, self.year - _MAX_LOOKBACK)
        y = self.year
        while y > floor and (need is None or len(years) < need):
            if test(y):
                years.append(y)
            elif self.on_leave(y):
                self.bridged.add(y)
            else:
                break
            y -= 1
        return years

    def usable_initiatives(self, level: str | None, window: int):
        """(usable at the level, usable only below the level, used or claimed) in the window."""
        first = self.year - window + 1
        need = INITIATIVE_RANK.get(level or "CO_SO", 0)
        ok, lower, used = [], [], []
        for ini in sorted(self.h.initiatives, key=lambda i: (i.year, i.id)):
            if not first <= ini.year <= self.year:
                continue
            if ini.used or ini.id in self.h.claimed_initiatives:
                used.append(ini)
            elif INITIATIVE_RANK.get(ini.level, -1) >= need:
                ok.append(ini)
            else:
                lower.append(ini)
        return ok, lower, used

    def ground(self, ini: InitiativeRecord) -> None:
        self.initiative_ids.append(ini.id)
        self.add("GROUNDED_BY_INITIATIVE", id=ini.id, title=ini.title, year=ini.year, level=ini.level)

    def finish(self) -> Verdict:
        extra = []
        for code in sorted(self.pending_used):
            extra.append(Reason.of("PENDING_TITLE", award=code, year=self.year))
        if self.bridged:
            extra.append(Reason.of("MATERNITY_BRIDGED", years=sorted(self.bridged)))
        for check in self.p.manual_checks:
            extra.append(Reason.of("MANUAL", check=check))
        return verdict_of(self.reasons + extra, tuple(self.initiative_ids))


# ---------------------------------------------------------------- the engine


def evaluate(subject: Subject, rule: AwardRule, *, year: int, review_date: _dt.date) -> Verdict:
    """The verdict on nominating `subject` for `rule.code` for the year `year`, judged on
    `review_date` (whose rule set the caller picked). Deterministic and pure."""
    criterion = rule.params.criterion
    if isinstance(subject, UnitHistory):
        if rule.subject != "TAP_THE" or criterion in PERSON_CRITERIA:
            return verdict_of([Reason.of("SUBJECT_MISMATCH", award=rule.code, subject=rule.subject)])
        return _evaluate_unit(subject, rule, year)
    if rule.subject != "CA_NHAN" or criterion in UNIT_CRITERIA:
        return verdict_of([Reason.of("SUBJECT_MISMATCH", award=rule.code, subject=rule.subject)])
    ctx = _Ctx(subject, rule, year, review_date)
    if year in subject.titles.get(rule.code, ()):
        ctx.add("ALREADY_AWARDED", award=rule.code, year=year)
    _check_discipline(ctx)
    handler = _PERSON_HANDLERS.get(criterion)
    if handler is None:
        ctx.add("UNKNOWN_CRITERION", criterion=criterion)
    else:
        handler(ctx)
    return ctx.finish()


def _check_discipline(ctx: _Ctx) -> None:
    for d in sorted(ctx.h.disciplines, key=lambda d: (d.start, d.level)):
        if _overlaps_year(d.start, d.end, ctx.year):
            ctx.add("DISCIPLINE", level=d.level, start=d.start, end=d.end, year=ctx.year)
        elif d.start <= ctx.review_date and (d.end is None or d.end >= ctx.review_date):
            ctx.add("DISCIPLINE_IN_FORCE", level=d.level, start=d.start, end=d.end, on=ctx.review_date)


def _check_year_rating(ctx: _Ctx, minimum: str) -> bool:
    rating = ctx.h.ratings.get(ctx.year)
    if rating is None:
        if ctx.on_leave(ctx.year):
            ctx.add("LEAVE_NO_RATING", year=ctx.year)
        else:
            ctx.add("RATING_MISSING", year=ctx.year)
        return False
    if not _rating_ok(rating, minimum):
        ctx.add("RATING_TOO_LOW", year=ctx.year, rating=rating, required=minimum)
        return False
    return True


def _ldtt(ctx: _Ctx) -> None:
    _check_year_rating(ctx, ctx.p.min_rating or "HTTNV")


def _good_year_manual(ctx: _Ctx) -> None:
    _check_year_rating(ctx, ctx.p.min_rating or "HTTNV")


def _cstdcs(ctx: _Ctx) -> None:
    p, year = ctx.p, ctx.year
    # LĐTT that year: held (or proposed in the round), or its own criteria met.
    if not ctx.held("LDTT", year):
        rating = ctx.h.ratings.get(year)
        if not _rating_ok(rating, p.min_rating or "HTTNV"):
            ctx.add("NOT_LDTT", year=year)
            _check_year_rating(ctx, p.min_rating or "HTTNV")
            return
    rating = ctx.h.ratings.get(year)
    if _rating_ok(rating, p.excellent_rating):
        return
    ok, lower, used = ctx.usable_initiatives(p.initiative_level, p.initiative_window)
    if ok:
        ctx.ground(ok[0])
        return
    ctx.add("NO_EXCELLENCE_GROUND", year=year, rating=rating or "", from_year=year - p.initiative_window + 1,
            level=p.initiative_level or "CO_SO")
    if used:
        ctx.add("INITIATIVE_USED", count=len(used), titles=[i.title for i in used])


def _initiative_requirement(ctx: _Ctx, level: str | None, window: int) -> None:
    ok, lower, used = ctx.usable_initiatives(level, window)
    if ok:
        ctx.ground(ok[0])
        return
    if lower:
        best = max(lower, key=lambda i: (INITIATIVE_RANK.get(i.level, -1), i.year, i.id))
        ctx.initiative_ids.append(best.id)
        ctx.add("INITIATIVE_LEVEL_UNCERTAIN", need_level=level or "CO_SO", have_level=best.level,
                title=best.title, year=best.year, id=best.id)
        return
    ctx.add("INITIATIVE_MISSING", level=level or "CO_SO", from_year=ctx.year - window + 1, to_year=ctx.year)
    if used:
        ctx.add("INITIATIVE_USED", count=len(used), titles=[i.title for i in used])


def _streak_initiative(ctx: _Ctx) -> None:
    p = ctx.p
    since = ctx.last_received(ctx.rule.code, ctx.year)
    years = ctx.streak(lambda y: ctx.held(p.streak_award, y), p.streak_years, since)
    if len(years) < p.streak_years:
        ctx.add("STREAK_SHORT", award=p.streak_award, need=p.streak_years, have=sorted(years))
    if p.initiative_level is not None:
        _initiative_requirement(ctx, p.initiative_level, p.initiative_window)


def _terms_initiative(ctx: _Ctx) -> None:
    """N consecutive terms of a title given every `term_years` (CSTĐ cấp bộ → toàn quốc)."""
    p = ctx.p
    since = ctx.last_received(ctx.rule.code, ctx.year)
    chain: list[int] = []
    y = ctx.year
    while len(chain) < p.streak_years and (since is None or y > since) and y > ctx.year - _MAX_LOOKBACK:
        if not ctx.held(p.streak_award, y):
            break
        chain.append(y)
        y -= p.term_years
    if len(chain) < p.streak_years:
        have = sorted(y for y in ctx.h.titles.get(p.streak_award, ()) if y <= ctx.year and (since is None or y > since))
        ctx.add("TERMS_SHORT", award=p.streak_award, need=p.streak_years, term=p.term_years, have=have)
    if p.initiative_level is not None:
        _initiative_requirement(ctx, p.initiative_level, p.initiative_window)


def _bk_bo(ctx: _Ctx) -> None:
    """Bằng khen cấp bộ: N consecutive CSTĐCS, or N' consecutive excellent years with M sáng kiến."""
    p = ctx.p
    since = ctx.last_received(ctx.rule.code, ctx.year)
    years = ctx.streak(lambda y: ctx.held(p.streak_award, y), p.streak_years, since)
    if len(years) >= p.streak_years:
        return
    if p.alt_excellent_years > 0:
        excellent = ctx.streak(lambda y: _rating_ok(ctx.h.ratings.get(y), p.excellent_rating),
                               p.alt_excellent_years, since)
        window = max(p.initiative_window, p.alt_excellent_years)
        ok, _lower, _used = ctx.usable_initiatives(p.initiative_level, window)
        if len(excellent) >= p.alt_excellent_years and len(ok) >= p.alt_initiatives:
            for ini in ok[:p.alt_initiatives]:
                ctx.ground(ini)
            return
        ctx.add("STREAK_SHORT", award=p.streak_award, need=p.streak_years, have=sorted(years))
        ctx.add("ALT_PATH_SHORT", need_years=p.alt_excellent_years, have=sorted(excellent),
                need_initiatives=p.alt_initiatives, have_initiatives=len(ok), rating=p.excellent_rating)
        return
    ctx.add("STREAK_SHORT", award=p.streak_award, need=p.streak_years, have=sorted(years))


def _service_years(ctx: _Ctx) -> None:
    """Holds the prerequisite form; then N consecutive years rated well or better, with K
    titles and E excellent years among them (Bằng khen TTg, Huân chương Lao động hạng Ba)."""
    p, year = ctx.p, ctx.year
    after = ctx.last_received(ctx.rule.code, year)
    prereq_years: list[int] = []
    for code in p.prerequisite_awards:
        held = [y for y in ctx.h.titles.get(code, ()) if y <= year]
        if not held:
            ctx.add("PREREQUISITE_MISSING", award=code)
        else:
            prereq_years.append(max(held))
    if p.after_prerequisite and prereq_years:
        last = max(prereq_years)
        after = last if after is None else max(after, last)
    minimum = p.min_rating or "HTTNV"
    streak = ctx.streak(lambda y: _rating_ok(ctx.h.ratings.get(y), minimum), None, after)
    if len(streak) < p.rating_years:
        ctx.add("RATING_STREAK_SHORT", need=p.rating_years, rating=minimum, have=sorted(streak),
                after=after if after is not None else 0)
        return
    first, last = min(streak), max(streak)
    if p.window_award and p.window_award_count:
        have = [y for y in streak if ctx.held(p.window_award, y)]
        if len(have) < p.window_award_count:
            ctx.add("WINDOW_AWARD_SHORT", award=p.window_award, need=p.window_award_count, have=sorted(have),
                    from_year=first, to_year=last)
    if p.excellent_in_window:
        excellent = [y for y in streak if _rating_ok(ctx.h.ratings.get(y), p.excellent_rating)]
        if len(excellent) < p.excellent_in_window:
            ctx.add("WINDOW_EXCELLENT_SHORT", need=p.excellent_in_window, have=sorted(excellent),
                    from_year=first, to_year=last)


def _manual(ctx: _Ctx) -> None:
    if not ctx.p.manual_checks:
        ctx.add("UNKNOWN_CRITERION", criterion=ctx.p.criterion)


_PERSON_HANDLERS = {
    "LDTT": _ldtt,
    "CSTDCS": _cstdcs,
    "STREAK_INITIATIVE": _streak_initiative,
    "TERMS_INITIATIVE": _terms_initiative,
    "BK_BO": _bk_bo,
    "SERVICE_YEARS": _service_years,
    "GOOD_YEAR_MANUAL": _good_year_manual,
    "MANUAL": _manual,
}


def _evaluate_unit(u: UnitHistory, rule: AwardRule, year: int) -> Verdict:
    p = rule.params
    reasons: list[Reason] = []
    if year in u.titles.get(rule.code, ()):
        reasons.append(Reason.of("ALREADY_AWARDED", award=rule.code, year=year))
    if p.criterion == "COLLECTIVE_SHARES":
        reasons += _collective_shares(u, p, year)
    elif p.criterion == "MANUAL":
        if not p.manual_checks:
            reasons.append(Reason.of("UNKNOWN_CRITERION", criterion=p.criterion))
    else:
        reasons.append(Reason.of("UNKNOWN_CRITERION", criterion=p.criterion))
    reasons += [Reason.of("MANUAL", check=c) for c in p.manual_checks]
    return verdict_of(reasons)


def _collective_shares(u: UnitHistory, p: RuleParams, year: int) -> list[Reason]:
    """TTLĐTT / TTLĐXS (DOMAIN.md §4): shares of the members in the review year."""
    out: list[Reason] = []
    n = len(u.members)
    if n == 0:
        return [Reason.of("NO_MEMBERS", year=year)]
    if p.member_ldtt_share is not None:
        num, den = p.member_ldtt_share
        ldtt = sum(1 for m in u.members if "LDTT" in m.titles)
        if ldtt * den < num * n:  # "≥ 70 %" in integers: ldtt/n ≥ num/den
            out.append(Reason.of("MEMBER_LDTT_SHARE", count=ldtt, members=n, num=num, den=den, year=year))
    if p.member_complete_share is not None:
        num, den = p.member_complete_share
        complete = sum(1 for m in u.members if _rating_ok(m.rating, "HTNV"))
        unrated = sum(1 for m in u.members if m.rating is None)
        if complete * den < num * n:
            if (complete + unrated) * den >= num * n:
                out.append(Reason.of("MEMBERS_UNRATED", count=unrated, year=year))
            else:
                out.append(Reason.of("MEMBER_COMPLETE_SHARE", count=complete, members=n, num=num, den=den,
                                     year=year))
    if p.min_member_cstdcs:
        cstdcs = sum(1 for m in u.members if "CSTDCS" in m.titles)
        if cstdcs < p.min_member_cstdcs:
            out.append(Reason.of("NO_MEMBER_CSTDCS", need=p.min_member_cstdcs, count=cstdcs, year=year))
    if p.blocking_discipline is not None:
        floor = DISCIPLINE_RANK.get(p.blocking_discipline, 0)
        hit = sum(1 for m in u.members if any(DISCIPLINE_RANK.get(lv, 99) >= floor for lv in m.discipline_levels))
        if hit:
            out.append(Reason.of("MEMBER_DISCIPLINE", count=hit, level=p.blocking_discipline, year=year))
    return out


# ---------------------------------------------------------------- quotas


@dataclasses.dataclass(frozen=True)
class QuotaWarning:
    """More nominations for `award_code` in a unit than `share` of its `base_award` count."""

    unit_id: int
    award_code: str
    count: int
    base_award: str
    base_count: int
    limit: int
    share: tuple[int, int]

    def reason(self) -> Reason:
        return Reason.of("QUOTA_EXCEEDED", award=self.award_code, count=self.count, limit=self.limit,
                         base_award=self.base_award, base_count=self.base_count, num=self.share[0],
                         den=self.share[1])


def check_quota(*, unit_id: int, award_code: str, count: int, base_award: str, base_count: int,
                share: tuple[int, int]) -> QuotaWarning | None:
    """A warning when count > ⌊base_count × share⌋ (exact integers), else None."""
    num, den = share
    limit = base_count * num // den
    if count > limit:
        return QuotaWarning(unit_id, award_code, count, base_award, base_count, limit, (num, den))
    return None
