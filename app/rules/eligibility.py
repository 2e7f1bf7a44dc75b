"""Eligibility of a nomination under a rule set (DOMAIN.md §3–5). Pure: no Session, no I/O.

`evaluate(subject, rule, year=…, review_date=…)` takes a frozen snapshot of a person's or a
unit's history and one award's `RuleParams`, and returns a `Verdict`: ELIGIBLE,
NOT_ELIGIBLE or MANUAL_CHECK, with `Reason(code, params)` values that
`app.rules.reasons` turns into Vietnamese sentences. `judge_person_round` judges all the
nominations of one person in a round together ("one round, one truth").

Definitions (documented here once, tested in tests/app/rules/):
- **Year counting.** Streaks end with the review year `year` and go backwards. A title
  counts in year y if the history holds it for y, or — for the review year only — the
  subject is nominated for it in the same round (`pending`; e.g. CSTĐCS proposed together
  with CSTĐ cấp bộ) and that nomination is itself eligible; one still to be checked by
  hand counts with a MANUAL_CHECK (`pending_uncertain`), a refused one does not count
  (`pending_refused`).
- **A gap breaks a streak**, maternity leave included: the leave counts as worked time
  *within* its year (NĐ 152/2025 Art. 4(5)) — that year is still judged and must itself
  earn the title. Only the review year on leave and not yet rated is a MANUAL_CHECK
  (LEAVE_NO_RATING); it counts provisionally.
- **One achievement, one form**: the years counted for an award start after the last year
  the subject received that same award (a CSTĐ cấp bộ every three CSTĐCS, not every year).
- **Discipline** (individuals, NĐ 152/2025 Art. 4(4)): a measure blocks every award of a
  year any day of which falls within its period (start..end inclusive; no end = still in
  force) — so a measure ending on 30/6 still blocks that year — and any award while it is
  in force on the review date. Every multi-year window (streaks, service years, sáng kiến)
  starts after the last year touched by a discipline. Collectives: a member disciplined at
  `blocking_discipline` or above during the year blocks the title (TTLĐTT, Luật Art. 28;
  none for TTLĐXS since Luật 2022 Art. 27, an option kept for offices that want one).
- **Alternative criteria** (Luật Art. 73(1), 74(1), 75: "đạt một trong các tiêu chuẩn"):
  a form with `alternative_checks` whose record path fails is a MANUAL_CHECK naming the
  criteria left to the council (ALTERNATIVE_CRITERIA), the record path's reasons kept as
  information — never NOT_ELIGIBLE for that reason alone.
- **Movement and sudden-feat rounds** (`movement_round`): held before the year's rating
  exists, a missing rating of the review year is a MANUAL_CHECK (the unit judges "hoàn
  thành tốt nhiệm vụ"), never a refusal; rating windows then end with the year before.
- **Sáng kiến** (CV 5007/BNV-TĐKT): grounds one award only. One recognised within the last
  `initiative_window` years (ending with the review year), at the required level or above,
  not used by an award (`used`) and not claimed by another nomination of the round
  (`claimed_initiatives`). The verdict names the initiative(s) it uses (`initiative_ids`)
  and those it could use (`initiative_options`). A sáng kiến only of a lower level than
  required leaves the decision to a person (its effect may still be bộ-wide): MANUAL_CHECK.
  Two nominations of a round that cannot both be grounded are both MANUAL_CHECK naming the
  conflict (INITIATIVE_CONFLICT).
- **Verdict**: any failing reason → NOT_ELIGIBLE; otherwise any condition the data cannot
  decide → MANUAL_CHECK; otherwise ELIGIBLE. Informational reasons never change it.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import itertools
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

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

# How far back a streak may reach.
_MAX_LOOKBACK = 60

# Reason codes by effect on the verdict; codes not listed fail.
INFO_REASONS = frozenset(
    {
        "MATERNITY_BRIDGED",
        "GROUNDED_BY_INITIATIVE",
        "PENDING_TITLE",
        "PENDING_REFUSED",
        "LEAVE_NOT_A_BRIDGE",
        "WINDOW_AFTER_DISCIPLINE",
    }
)
MANUAL_REASONS = frozenset(
    {
        "MANUAL",
        "INITIATIVE_LEVEL_UNCERTAIN",
        "MEMBERS_UNRATED",
        "LEAVE_NO_RATING",
        "QUOTA_EXCEEDED",
        "UNKNOWN_CRITERION",
        "ALTERNATIVE_CRITERIA",
        "RATING_PENDING_ROUND",
        "PENDING_UNCERTAIN",
        "INITIATIVE_CONFLICT",
        "MEMBERS_PENDING_UNCERTAIN",
    }
)
# Held-for-review kinds of a nomination (NĐ 152/2025 Art. 4(4)): it blocks, with its note.
REVIEW_HOLDS = {
    "KY_LUAT": "đang bị xem xét kỷ luật",
    "THANH_TRA": "đang bị thanh tra, kiểm tra",
    "KHIEU_NAI": "đang bị xem xét giải quyết khiếu nại, tố cáo",
}


class Reason(NamedTuple):
    """Why: a stable code and its parameters (ints, strings, tuples; dates as ISO strings).
    Immutable (a tuple: cheap to make, a verdict holds many).

    A failing reason of a record path that has alternatives carries `record_path=True` and
    is then information only (the ALTERNATIVE_CRITERIA reason next to it decides)."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def kind(self) -> str:
        """ "fail", "manual" or "info"."""
        if self.code in INFO_REASONS or ("record_path", True) in self.params:
            return "info"
        if self.code in MANUAL_REASONS:
            return "manual"
        return "fail"

    @classmethod
    def of(cls, code: str, **params: Any) -> Reason:
        items = []
        for key in sorted(params):
            value = params[key]
            t = type(value)
            if t is list:
                value = tuple(value)
            elif t is set or t is frozenset:
                value = tuple(sorted(value))
            elif t is _dt.date:
                value = value.isoformat()
            items.append((key, value))
        return cls(code, tuple(items))

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
    def from_json(cls, data: Mapping[str, Any]) -> Reason:
        return cls.of(data["code"], **dict(data.get("params") or {}))

    def soft(self) -> Reason:
        """This reason as information about a failed record path (keys stay sorted)."""
        return Reason(self.code, tuple(sorted(self.params + (("record_path", True),), key=lambda kv: kv[0])))


class Verdict(NamedTuple):
    """ELIGIBLE, NOT_ELIGIBLE or MANUAL_CHECK with its reasons. Immutable (a tuple)."""

    status: str
    reasons: tuple[Reason, ...] = ()
    initiative_ids: tuple[int, ...] = ()  # the sáng kiến this nomination is grounded on
    initiative_options: tuple[int, ...] = ()  # the sáng kiến it could be grounded on (round matching)

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
    """Maternity leave: counts as worked time within its year."""

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
    pending: frozenset[str] = frozenset()  # eligible award codes nominated in the same round
    claimed_initiatives: frozenset[int] = frozenset()  # grounding another nomination of the round
    pending_uncertain: frozenset[str] = frozenset()  # nominated in the round, still a MANUAL_CHECK
    pending_refused: frozenset[str] = frozenset()  # nominated in the round, NOT_ELIGIBLE


@dataclasses.dataclass(frozen=True)
class MemberYear:
    """A member of a collective in the review year."""

    person_id: int
    rating: str | None
    titles: frozenset[str] = frozenset()  # titles of the review year, held or pending and eligible
    discipline_levels: tuple[str, ...] = ()  # measures in force during the year
    uncertain_titles: frozenset[str] = frozenset()  # pending in the round, still a MANUAL_CHECK


@dataclasses.dataclass(frozen=True)
class UnitHistory:
    unit_id: int
    titles: Mapping[str, frozenset[int]] = dataclasses.field(default_factory=dict)
    members: tuple[MemberYear, ...] = ()
    pending: frozenset[str] = frozenset()


Subject = PersonHistory | UnitHistory


@dataclasses.dataclass(frozen=True)
class AwardRule:
    """One award's rule in the rule set in force: code, subject (CA_NHAN/TAP_THE), params."""

    code: str
    subject: str
    params: RuleParams


# ---------------------------------------------------------------- small helpers


def verdict_of(
    reasons: tuple[Reason, ...] | list[Reason],
    initiative_ids: tuple[int, ...] = (),
    initiative_options: tuple[int, ...] = (),
) -> Verdict:
    """The verdict that a list of reasons implies."""
    reasons = tuple(reasons)
    kinds = {r.kind for r in reasons}
    status = NOT_ELIGIBLE if "fail" in kinds else MANUAL_CHECK if "manual" in kinds else ELIGIBLE
    if status == NOT_ELIGIBLE:
        # A refused nomination uses no sáng kiến: it stays free for another award.
        reasons = tuple(r for r in reasons if r.code != "GROUNDED_BY_INITIATIVE")
        initiative_ids = ()
    return Verdict(status, reasons, initiative_ids, initiative_options)


def with_reasons(verdict: Verdict, *extra: Reason) -> Verdict:
    """`verdict` with more reasons (e.g. a quota warning), status recomputed."""
    return verdict_of(verdict.reasons + tuple(extra), verdict.initiative_ids, verdict.initiative_options)


def _overlaps_year(start: _dt.date, end: _dt.date | None, year: int) -> bool:
    return start <= _dt.date(year, 12, 31) and (end is None or end >= _dt.date(year, 1, 1))


def _rating_ok(rating: str | None, minimum: str) -> bool:
    return rating is not None and RATING_RANK.get(rating, -1) >= RATING_RANK[minimum]


class _Walk:
    """A streak walked back from the review year: the years counted (newest first), the
    year that broke it (None when it reached the floor), and the years just before the
    review year when the review year itself broke it (what a clerk needs to read)."""

    __slots__ = ("years", "gap", "prior")

    def __init__(self, years: list[int], gap: int | None, prior: list[int]) -> None:
        self.years, self.gap, self.prior = years, gap, prior


class _Ctx:
    """Evaluation of one person: the shared lookups and the reasons collected."""

    __slots__ = (
        "h",
        "rule",
        "p",
        "year",
        "review_date",
        "movement_round",
        "reasons",
        "initiative_ids",
        "initiative_options",
        "pending_used",
        "pending_uncertain",
        "pending_refused",
        "leave_breaks",
        "leave_unjudged",
        "rating_pending",
        "floor_hit",
        "discipline",
        "disc_floor",
    )

    def __init__(
        self, h: PersonHistory, rule: AwardRule, year: int, review_date: _dt.date, movement_round: bool = False
    ) -> None:
        self.h, self.rule, self.p, self.year, self.review_date = h, rule, rule.params, year, review_date
        self.movement_round = movement_round
        self.reasons: list[Reason] = []
        self.initiative_ids: list[int] = []
        self.initiative_options: list[int] = []
        self.pending_used: set[str] = set()
        self.pending_uncertain: set[str] = set()
        self.pending_refused: set[str] = set()
        self.leave_breaks: set[int] = set()
        self.leave_unjudged = False
        self.rating_pending = False
        self.floor_hit = False
        # Achievements count only after the last discipline ended (NĐ 152/2025 Art. 4(4)).
        self.discipline = None
        self.disc_floor = None
        for d in h.disciplines:
            if d.start <= _dt.date(year, 12, 31) and d.end is not None and d.end.year < year:
                if self.disc_floor is None or d.end.year > self.disc_floor:
                    self.disc_floor, self.discipline = d.end.year, d

    def add(self, code: str, **params: Any) -> None:
        self.reasons.append(Reason.of(code, **params))

    def held(self, code: str, y: int) -> bool:
        if y in self.h.titles.get(code, ()):
            return True
        if y == self.year:
            if code in self.h.pending:
                self.pending_used.add(code)
                return True
            if code in self.h.pending_uncertain:
                self.pending_uncertain.add(code)
                return True
            if code in self.h.pending_refused:
                self.pending_refused.add(code)
        return False

    def on_leave(self, y: int) -> bool:
        return any(_overlaps_year(lv.start, lv.end, y) for lv in self.h.leaves)

    def unjudged(self, y: int) -> bool:
        """The review year, on maternity leave and not yet rated: judged later."""
        return y == self.year and self.h.ratings.get(y) is None and self.on_leave(y)

    def last_received(self, code: str, before: int) -> int | None:
        years = [y for y in self.h.titles.get(code, ()) if y < before]
        return max(years) if years else None

    def floor(self, after: int | None) -> int:
        """Years counted must be greater than this."""
        floor = self.year - _MAX_LOOKBACK
        if after is not None:
            floor = max(floor, after)
        if self.disc_floor is not None:
            floor = max(floor, self.disc_floor)
        return floor

    def streak(
        self, test: Callable[[int], bool], need: int | None, after: int | None, *, rating_based: bool = False
    ) -> _Walk:
        """Consecutive years ending with the review year where `test(y)` holds; any gap
        (a leave year included) ends it. Stops at `need` years (None: as many as there are)
        or at the floor (after `after` and the last discipline)."""
        years: list[int] = []
        floor = self.floor(after)
        gap: int | None = None
        y = self.year
        while y > floor and (need is None or len(years) < need):
            if test(y):
                years.append(y)
            elif self.unjudged(y):
                years.append(y)  # counted provisionally; LEAVE_NO_RATING makes it a manual check
                self.leave_unjudged = True
            elif y == self.year and rating_based and self.movement_round and self.h.ratings.get(y) is None:
                self.rating_pending = True  # the window ends with the year before
            else:
                gap = y
                if self.on_leave(y):
                    self.leave_breaks.add(y)
                break
            y -= 1
        prior: list[int] = []
        if gap == self.year:
            y = self.year - 1
            while y > floor and (need is None or len(prior) < need) and test(y):
                prior.append(y)
                y -= 1
            short = need is None or len(prior) + 1 < need
        else:
            short = gap is None and (need is None or len(years) < need)
        # The discipline, not the record, ended the walk (NĐ 152/2025 Art. 4(4)): say so.
        if short and self.disc_floor is not None and y == floor == self.disc_floor and test(y):
            self.floor_hit = True
        return _Walk(years, gap, prior)

    def usable_initiatives(
        self, level: str | None, window: int
    ) -> tuple[list[InitiativeRecord], list[InitiativeRecord], list[InitiativeRecord]]:
        """(usable at the level, usable only below the level, used or claimed) in the window
        (and after the last discipline)."""
        first = self.year - window + 1
        if self.disc_floor is not None:
            first = max(first, self.disc_floor + 1)
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

    def streak_short(self, code: str, award: str, need: int, walk: _Walk, **extra: Any) -> None:
        held = (
            sorted(y for y in self.h.titles.get(award, ()) if self.floor(None) < y <= self.year)
            if code == "STREAK_SHORT"
            else []
        )
        params: dict[str, Any] = dict(
            need=need, have=sorted(walk.years), gap=walk.gap or 0, prior=sorted(walk.prior), year=self.year, **extra
        )
        if code == "STREAK_SHORT":
            params.update(
                award=award,
                held=held,
                pending=award in self.h.pending_refused and "refused" or "",
                since_award=self.rule.code if extra.get("since") else "",
            )
        self.add(code, **params)

    def finish(self) -> Verdict:
        extra = []
        for code in sorted(self.pending_used):
            extra.append(Reason.of("PENDING_TITLE", award=code, year=self.year))
        for code in sorted(self.pending_uncertain):
            extra.append(Reason.of("PENDING_UNCERTAIN", award=code, year=self.year))
        for code in sorted(self.pending_refused - self.pending_used - self.pending_uncertain):
            extra.append(Reason.of("PENDING_REFUSED", award=code, year=self.year))
        if self.leave_unjudged and not any(r.code == "LEAVE_NO_RATING" for r in self.reasons):
            extra.append(Reason.of("LEAVE_NO_RATING", year=self.year))
        if self.rating_pending and not any(r.code == "RATING_PENDING_ROUND" for r in self.reasons):
            extra.append(Reason.of("RATING_PENDING_ROUND", year=self.year))
        if self.leave_breaks:
            extra.append(Reason.of("LEAVE_NOT_A_BRIDGE", years=sorted(self.leave_breaks)))
        if self.floor_hit and self.discipline is not None and self.disc_floor is not None:
            d = self.discipline
            extra.append(
                Reason.of(
                    "WINDOW_AFTER_DISCIPLINE", level=d.level, start=d.start, end=d.end, from_year=self.disc_floor + 1
                )
            )
        for check in self.p.manual_checks:
            extra.append(Reason.of("MANUAL", check=check))
        return verdict_of(
            self.reasons + extra, tuple(self.initiative_ids), tuple(dict.fromkeys(self.initiative_options))
        )


# ---------------------------------------------------------------- the engine


def evaluate(
    subject: Subject, rule: AwardRule, *, year: int, review_date: _dt.date, movement_round: bool = False
) -> Verdict:
    """The verdict on nominating `subject` for `rule.code` for the year `year`, judged on
    `review_date` (whose rule set the caller picked). `movement_round`: the round rewards
    a movement or a sudden feat (held before the year's rating exists). Pure."""
    criterion = rule.params.criterion
    if isinstance(subject, UnitHistory):
        if rule.subject != "TAP_THE" or criterion in PERSON_CRITERIA:
            return verdict_of([Reason.of("SUBJECT_MISMATCH", award=rule.code, subject=rule.subject)])
        return _evaluate_unit(subject, rule, year)
    if rule.subject != "CA_NHAN" or criterion in UNIT_CRITERIA:
        return verdict_of([Reason.of("SUBJECT_MISMATCH", award=rule.code, subject=rule.subject)])
    ctx = _Ctx(subject, rule, year, review_date, movement_round)
    if year in subject.titles.get(rule.code, ()):
        ctx.add("ALREADY_AWARDED", award=rule.code, year=year)
    _check_discipline(ctx)
    handler = _PERSON_HANDLERS.get(criterion)
    if handler is None:
        ctx.add("UNKNOWN_CRITERION", criterion=criterion)
        return ctx.finish()
    before = len(ctx.reasons)
    handler(ctx)
    alternatives = rule.params.alternative_checks
    if alternatives:
        path = ctx.reasons[before:]
        if any(r.kind == "fail" for r in path):
            # Luật Art. 73(1), 74(1): "một trong các tiêu chuẩn" — the council judges the others.
            ctx.reasons[before:] = [Reason.of("ALTERNATIVE_CRITERIA", award=rule.code, checks=list(alternatives))] + [
                r.soft() if r.kind == "fail" else r for r in path
            ]
            ctx.initiative_ids.clear()
            ctx.reasons = [r for r in ctx.reasons if r.code != "GROUNDED_BY_INITIATIVE"]
    return ctx.finish()


def _check_discipline(ctx: _Ctx) -> None:
    for d in sorted(ctx.h.disciplines, key=lambda d: (d.start, d.level)):
        if _overlaps_year(d.start, d.end, ctx.year):
            ctx.add("DISCIPLINE", level=d.level, start=d.start, end=d.end, year=ctx.year)
        elif d.start <= ctx.review_date and (d.end is None or d.end >= ctx.review_date):
            ctx.add("DISCIPLINE_IN_FORCE", level=d.level, start=d.start, end=d.end, on=ctx.review_date)


def _check_year_rating(ctx: _Ctx, minimum: str, *, form: bool = False) -> bool:
    """The review year's rating; for a form (`form`) in a movement/sudden round held before
    the rating exists, its absence is left to the unit (Luật Art. 75), never a refusal."""
    rating = ctx.h.ratings.get(ctx.year)
    if rating is None:
        if ctx.on_leave(ctx.year):
            ctx.add("LEAVE_NO_RATING", year=ctx.year)
        elif form and ctx.movement_round:
            ctx.add("RATING_PENDING_ROUND", year=ctx.year)
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
    _check_year_rating(ctx, ctx.p.min_rating or "HTTNV", form=True)


def _cstdcs(ctx: _Ctx) -> None:
    p, year = ctx.p, ctx.year
    # LĐTT that year: held (or proposed and eligible in the round), or its own criteria met.
    if not ctx.held("LDTT", year):
        rating = ctx.h.ratings.get(year)
        if not _rating_ok(rating, p.min_rating or "HTTNV"):
            if rating is not None or not ctx.on_leave(year):
                ctx.add("NOT_LDTT", year=year)
            _check_year_rating(ctx, p.min_rating or "HTTNV")
            return
    rating = ctx.h.ratings.get(year)
    if _rating_ok(rating, p.excellent_rating):
        return
    ok, lower, used = ctx.usable_initiatives(p.initiative_level, p.initiative_window)
    ctx.initiative_options += [i.id for i in ok]
    if ok:
        ctx.ground(ok[0])
        return
    ctx.add(
        "NO_EXCELLENCE_GROUND",
        year=year,
        rating=rating or "",
        from_year=year - p.initiative_window + 1,
        level=p.initiative_level or "CO_SO",
    )
    if used:
        ctx.add("INITIATIVE_USED", count=len(used), titles=[i.title for i in used])


def _initiative_requirement(ctx: _Ctx, level: str | None, window: int) -> None:
    ok, lower, used = ctx.usable_initiatives(level, window)
    ctx.initiative_options += [i.id for i in ok] or [i.id for i in lower]
    if ok:
        ctx.ground(ok[0])
        return
    if lower:
        best = max(lower, key=lambda i: (INITIATIVE_RANK.get(i.level, -1), i.year, i.id))
        ctx.initiative_ids.append(best.id)
        ctx.add(
            "INITIATIVE_LEVEL_UNCERTAIN",
            need_level=level or "CO_SO",
            have_level=best.level,
            title=best.title,
            year=best.year,
            id=best.id,
        )
        return
    ctx.add("INITIATIVE_MISSING", level=level or "CO_SO", from_year=ctx.year - window + 1, to_year=ctx.year)
    if used:
        ctx.add("INITIATIVE_USED", count=len(used), titles=[i.title for i in used])


def _streak_initiative(ctx: _Ctx) -> None:
    p = ctx.p
    award = p.streak_award or ""  # check_params requires it for this criterion
    since = ctx.last_received(ctx.rule.code, ctx.year)
    walk = ctx.streak(lambda y: ctx.held(award, y), p.streak_years, since)
    if len(walk.years) < p.streak_years:
        ctx.streak_short("STREAK_SHORT", award, p.streak_years, walk, since=since or 0)
    if p.initiative_level is not None:
        _initiative_requirement(ctx, p.initiative_level, p.initiative_window)


def _terms_initiative(ctx: _Ctx) -> None:
    """N consecutive terms of a title given every `term_years` (CSTĐ cấp bộ → toàn quốc)."""
    p = ctx.p
    award = p.streak_award or ""  # check_params requires it for this criterion
    since = ctx.last_received(ctx.rule.code, ctx.year)
    floor = ctx.floor(since)
    chain: list[int] = []
    y = ctx.year
    while len(chain) < p.streak_years and y > floor:
        if not ctx.held(award, y):
            break
        chain.append(y)
        y -= p.term_years
    if len(chain) < p.streak_years:
        if y <= floor and ctx.disc_floor is not None and floor == ctx.disc_floor:
            ctx.floor_hit = True
        have = sorted(y for y in ctx.h.titles.get(award, ()) if floor < y <= ctx.year)
        ctx.add("TERMS_SHORT", award=award, need=p.streak_years, term=p.term_years, have=have)
    if p.initiative_level is not None:
        _initiative_requirement(ctx, p.initiative_level, p.initiative_window)


def _bk_bo(ctx: _Ctx) -> None:
    """Bằng khen cấp bộ, record path: N consecutive CSTĐCS, or N' consecutive excellent
    years with M sáng kiến."""
    p = ctx.p
    award = p.streak_award or ""  # check_params requires it for this criterion
    since = ctx.last_received(ctx.rule.code, ctx.year)
    walk = ctx.streak(lambda y: ctx.held(award, y), p.streak_years, since)
    if len(walk.years) >= p.streak_years:
        return
    if p.alt_excellent_years > 0:
        excellent = ctx.streak(
            lambda y: _rating_ok(ctx.h.ratings.get(y), p.excellent_rating),
            p.alt_excellent_years,
            since,
            rating_based=True,
        )
        window = max(p.initiative_window, p.alt_excellent_years)
        ok, _lower, _used = ctx.usable_initiatives(p.initiative_level, window)
        ctx.initiative_options += [i.id for i in ok]
        if len(excellent.years) >= p.alt_excellent_years and len(ok) >= p.alt_initiatives:
            for ini in ok[: p.alt_initiatives]:
                ctx.ground(ini)
            return
        ctx.streak_short("STREAK_SHORT", award, p.streak_years, walk, since=since or 0)
        ctx.add(
            "ALT_PATH_SHORT",
            need_years=p.alt_excellent_years,
            have=sorted(excellent.years),
            need_initiatives=p.alt_initiatives,
            have_initiatives=len(ok),
            rating=p.excellent_rating,
        )
        return
    ctx.streak_short("STREAK_SHORT", award, p.streak_years, walk, since=since or 0)


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
    walk = ctx.streak(lambda y: _rating_ok(ctx.h.ratings.get(y), minimum), None, after, rating_based=True)
    streak = walk.years
    if len(streak) < p.rating_years:
        ctx.streak_short(
            "RATING_STREAK_SHORT", "", p.rating_years, walk, rating=minimum, after=after if after is not None else 0
        )
        return
    first, last = min(streak), max(streak)
    if p.window_award and p.window_award_count:
        have = [y for y in streak if ctx.held(p.window_award, y)]
        if len(have) < p.window_award_count:
            ctx.add(
                "WINDOW_AWARD_SHORT",
                award=p.window_award,
                need=p.window_award_count,
                have=sorted(have),
                from_year=first,
                to_year=last,
            )
    if p.excellent_in_window:
        excellent = [y for y in streak if _rating_ok(ctx.h.ratings.get(y), p.excellent_rating)]
        if len(excellent) < p.excellent_in_window:
            ctx.add(
                "WINDOW_EXCELLENT_SHORT",
                need=p.excellent_in_window,
                have=sorted(excellent),
                from_year=first,
                to_year=last,
            )


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
    """TTLĐTT / TTLĐXS (DOMAIN.md §4): shares of the members in the review year. A member's
    pending title still to be checked by hand counts only with a MANUAL_CHECK."""
    out: list[Reason] = []
    n = len(u.members)
    if n == 0:
        return [Reason.of("NO_MEMBERS", year=year)]
    uncertain_needed = 0
    if p.member_ldtt_share is not None:
        num, den = p.member_ldtt_share
        ldtt = sum(1 for m in u.members if "LDTT" in m.titles)
        maybe = sum(1 for m in u.members if "LDTT" not in m.titles and "LDTT" in m.uncertain_titles)
        if ldtt * den < num * n:  # "≥ 70 %" in integers: ldtt/n ≥ num/den
            if (ldtt + maybe) * den >= num * n:
                uncertain_needed = max(uncertain_needed, maybe)
            else:
                out.append(Reason.of("MEMBER_LDTT_SHARE", count=ldtt, members=n, num=num, den=den, year=year))
    if p.member_complete_share is not None:
        num, den = p.member_complete_share
        complete = sum(1 for m in u.members if _rating_ok(m.rating, "HTNV"))
        unrated = sum(1 for m in u.members if m.rating is None)
        if complete * den < num * n:
            if (complete + unrated) * den >= num * n:
                out.append(Reason.of("MEMBERS_UNRATED", count=unrated, year=year))
            else:
                out.append(Reason.of("MEMBER_COMPLETE_SHARE", count=complete, members=n, num=num, den=den, year=year))
    if p.min_member_cstdcs:
        cstdcs = sum(1 for m in u.members if "CSTDCS" in m.titles)
        maybe = sum(1 for m in u.members if "CSTDCS" not in m.titles and "CSTDCS" in m.uncertain_titles)
        if cstdcs < p.min_member_cstdcs:
            if cstdcs + maybe >= p.min_member_cstdcs:
                uncertain_needed = max(uncertain_needed, maybe)
            else:
                out.append(Reason.of("NO_MEMBER_CSTDCS", need=p.min_member_cstdcs, count=cstdcs, year=year))
    if p.blocking_discipline is not None:
        floor = DISCIPLINE_RANK.get(p.blocking_discipline, 0)
        hit = sum(1 for m in u.members if any(DISCIPLINE_RANK.get(lv, 99) >= floor for lv in m.discipline_levels))
        if hit:
            out.append(Reason.of("MEMBER_DISCIPLINE", count=hit, level=p.blocking_discipline, year=year))
    if uncertain_needed:
        out.append(Reason.of("MEMBERS_PENDING_UNCERTAIN", count=uncertain_needed, year=year))
    return out


# ---------------------------------------------------------------- a round as a whole


@dataclasses.dataclass(frozen=True)
class RoundItem:
    """One nomination of a person in a round, for `judge_person_round`.

    `history` is the person's history as this nomination sees it (without the award this
    very nomination produced, once its decision is issued); `active` is False for a rejected
    nomination (judged, but it neither counts as pending nor claims a sáng kiến); `hold` is
    a REVIEW_HOLDS kind when the nomination is marked under review, with `hold_note`."""

    key: int
    code: str
    history: PersonHistory
    rule: AwardRule | None
    active: bool = True
    hold: str = ""
    hold_note: str = ""


def _depends_on(rule: AwardRule | None) -> set[str]:
    """Award codes whose review-year title this rule may count."""
    if rule is None:
        return set()
    p = rule.params
    out = {c for c in (p.streak_award, p.window_award) if c}
    out.update(p.prerequisite_awards)
    if p.criterion == "CSTDCS":
        out.add("LDTT")
    return out


def _assign(demands: list[tuple[RoundItem, int, tuple[int, ...]]]) -> dict[int, tuple[int, ...]] | None:
    """Distinct sáng kiến for every demand (item, count, options), or None when impossible.
    Backtracking over the (few) nominations of one person, in the given canonical order."""
    out: dict[int, tuple[int, ...]] = {}
    budget = [20_000]

    def go(i: int, taken: frozenset[int]) -> bool:
        if i == len(demands):
            return True
        item, count, options = demands[i]
        for combo in itertools.combinations([o for o in options if o not in taken], count):
            budget[0] -= 1
            if budget[0] < 0:
                return False
            out[item.key] = combo
            if go(i + 1, taken | set(combo)):
                return True
        return False

    return out if go(0, frozenset()) else None


def judge_person_round(
    items: list[RoundItem], *, year: int, review_date: _dt.date, movement_round: bool = False
) -> dict[int, Verdict]:
    """The verdicts of all the nominations of one person in a round, judged together (DOMAIN.md
    §3 "one round, one truth"), whatever the order of `items`:

    1. the sáng kiến: each nomination is judged counting the others as held; those grounded
       on sáng kiến get distinct ones if an assignment exists, else every nomination of the
       clash is a MANUAL_CHECK naming the others (INITIATIVE_CONFLICT);
    2. the titles: lower titles are judged first; a higher one counts a pending lower one
       only if that one is eligible (a MANUAL_CHECK one counts with a MANUAL_CHECK);
    3. a nomination under review (`hold`) is refused with its note (NĐ 152/2025 Art. 4(4)).
    """
    if len(items) == 1:  # nothing to share out: the usual case
        it = items[0]
        if it.rule is None:
            v = verdict_of([Reason.of("NO_RULE", award=it.code)])
        else:
            v = evaluate(it.history, it.rule, year=year, review_date=review_date, movement_round=movement_round)
        if it.hold:
            v = with_reasons(v, Reason.of("UNDER_REVIEW", kind=it.hold, note=it.hold_note))
        return {it.key: v}
    order = sorted(items, key=lambda it: (it.code, not it.active, it.key))
    active_codes = {it.code for it in order if it.active}
    all_ids = frozenset(i.id for it in order for i in it.history.initiatives)

    def run(it: RoundItem, **changes: Any) -> Verdict:
        if it.rule is None:
            return verdict_of([Reason.of("NO_RULE", award=it.code)])
        h = it.history
        if any(getattr(h, k) != v for k, v in changes.items()):
            h = dataclasses.replace(h, **changes)
        return evaluate(h, it.rule, year=year, review_date=review_date, movement_round=movement_round)

    # 1. sáng kiến demand, counting the other nominations optimistically.
    assigned: dict[int, tuple[int, ...]] = {}
    conflicts: dict[int, tuple[set[str], set[int]]] = {}
    if len(order) > 1 and all_ids:
        demands = []
        for it in order:
            if not it.active:
                continue
            v0 = run(it, pending=frozenset(active_codes - {it.code}))
            if v0.initiative_ids:
                demands.append((it, len(v0.initiative_ids), v0.initiative_options or v0.initiative_ids))
        # Components of nominations sharing an option.
        groups: list[list] = []
        for d in demands:
            joined = [g for g in groups if any(set(d[2]) & set(o[2]) for o in g)]
            merged = [d] + [o for g in joined for o in g]
            groups = [g for g in groups if g not in joined] + [sorted(merged, key=lambda x: (x[0].code, x[0].key))]
        for g in groups:
            found = _assign(g)
            if found is not None:
                assigned.update(found)
            else:
                for it, _n, opts in g:
                    others = {o[0].code for o in g if o[0] is not it}
                    shared = set(opts) & {x for o in g if o[0] is not it for x in o[2]}
                    conflicts[it.key] = (others, shared)
    taken_by_others = {it.key: frozenset(x for k, ids in assigned.items() if k != it.key for x in ids) for it in order}

    # 2. titles, lower first (Kahn's order with the canonical tie-break; a cycle is judged
    #    with the codes not yet known counted as uncertain).
    deps = {it.key: _depends_on(it.rule) & (active_codes - {it.code}) for it in order}
    verdicts: dict[int, Verdict] = {}
    by_code: dict[str, Verdict] = {}
    remaining = list(order)
    while remaining:
        ready = [it for it in remaining if all(c in by_code for c in deps[it.key])] or remaining[:1]
        it = ready[0]
        remaining.remove(it)
        others = active_codes - {it.code}
        pend, unsure, refused = set(), set(), set()
        for c in others:
            judged = by_code.get(c)
            if judged is None:
                unsure.add(c)
            elif judged.status == ELIGIBLE:
                pend.add(c)
            elif judged.status == MANUAL_CHECK:
                unsure.add(c)
            else:
                refused.add(c)
        if it.key in assigned:
            claimed = all_ids - frozenset(assigned[it.key])
        else:
            claimed = frozenset(x for ids in assigned.values() for x in ids) | taken_by_others[it.key]
        v = run(
            it,
            pending=frozenset(pend),
            pending_uncertain=frozenset(unsure),
            pending_refused=frozenset(refused),
            claimed_initiatives=claimed | it.history.claimed_initiatives,
        )
        if it.key in conflicts and v.status != NOT_ELIGIBLE:
            others_codes, shared = conflicts[it.key]
            titles = [
                i.title or f"#{i.id}"
                for i in sorted(it.history.initiatives, key=lambda i: (i.year, i.id))
                if i.id in shared
            ]
            kept = tuple(r for r in v.reasons if r.code != "GROUNDED_BY_INITIATIVE")
            v = verdict_of(
                kept + (Reason.of("INITIATIVE_CONFLICT", awards=sorted(others_codes), titles=titles),),
                (),
                v.initiative_options,
            )
        if it.hold:
            v = with_reasons(v, Reason.of("UNDER_REVIEW", kind=it.hold, note=it.hold_note))
        verdicts[it.key] = v
        if it.active:
            by_code[it.code] = v
    return verdicts


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
        return Reason.of(
            "QUOTA_EXCEEDED",
            award=self.award_code,
            count=self.count,
            limit=self.limit,
            base_award=self.base_award,
            base_count=self.base_count,
            num=self.share[0],
            den=self.share[1],
        )


def check_quota(
    *, unit_id: int, award_code: str, count: int, base_award: str, base_count: int, share: tuple[int, int]
) -> QuotaWarning | None:
    """A warning when count > ⌊base_count × share⌋ (exact integers), else None."""
    num, den = share
    limit = base_count * num // den
    if count > limit:
        return QuotaWarning(unit_id, award_code, count, base_award, base_count, limit, (num, den))
    return None
