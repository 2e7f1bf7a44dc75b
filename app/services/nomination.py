"""Nominations of a review round: adding, bulk proposing, eligibility verdicts, filters,
status workflow, conflicts of interest and quota warnings.

Every function takes a Session (the caller owns the transaction) and returns DTOs or ids.
`compute_verdicts` may run in a worker thread with that thread's Session; it loads the
history of every nominee in a few queries and calls the pure engine
(`app.rules.eligibility`), then caches the verdict on each nomination.

Status workflow (DOMAIN.md §1): DRAFT → SUBMITTED → CHECKED → VOTED → APPROVED | REJECTED
→ DECIDED (from APPROVED). CHECKED → APPROVED directly only for awards that need no vote.
SUBMITTED/CHECKED may also go to REJECTED (the office refuses an ineligible dossier).
Going back to an earlier status ("trả lại") and rejecting need a reason; every change is
kept in `nomination_event`. DECIDED is final here (the decision owns it).
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from typing import Callable, NamedTuple, Sequence

from sqlalchemy import and_, bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session

from app.db import utcnow
from app.errors import BadInput, NotFound, StaleRecord, ValidationFailed
from app.models import (
    Award,
    AwardType,
    Council,
    CouncilMember,
    Discipline,
    Initiative,
    Leave,
    Nomination,
    NominationEvent,
    Person,
    Rating,
    ReviewRound,
    Unit,
)
from app.rules.catalogue import INITIATIVE_RANK, RATING_RANK
from app.rules.eligibility import (
    VERDICT_STATUSES,
    DisciplineRecord,
    InitiativeRecord,
    LeaveRecord,
    MemberYear,
    PersonHistory,
    Reason,
    UnitHistory,
    Verdict,
    check_quota,
    evaluate,
    verdict_of,
    with_reasons,
)
from app.rules.reasons import verdict_text
from app.rules.vntext import clean_text, fold
from app.services import audit
from app.services.catalogue import engine_rules, rule_set_in_force
from app.services.org import UnitRow, _flush_or_stale, current_user, list_units, subtree_ids, unit_path

Progress = Callable[[int, int], None]

STATUSES = {
    "DRAFT": "Dự thảo",
    "SUBMITTED": "Đã gửi",
    "CHECKED": "Đã kiểm tra",
    "VOTED": "Đã bỏ phiếu",
    "APPROVED": "Được duyệt",
    "REJECTED": "Không được duyệt",
    "DECIDED": "Đã có quyết định",
}
_ORDER = ["DRAFT", "SUBMITTED", "CHECKED", "VOTED", "APPROVED"]
_FORWARD = {
    "DRAFT": {"SUBMITTED"},
    "SUBMITTED": {"CHECKED", "REJECTED"},
    "CHECKED": {"VOTED", "REJECTED", "APPROVED"},
    "VOTED": {"APPROVED", "REJECTED"},
    "APPROVED": {"DECIDED"},
}
_IN_CHUNK = 500


class InvalidTransition(BadInput):
    code = "invalid_transition"
    template = "Không thể chuyển đề nghị của {who} từ «{from_label}» sang «{to_label}»."


class NominationRow(NamedTuple):
    """One nomination as listed, filtered and exported.

    `salutation` is "Ông"/"Bà" from the person's gender, "Tập thể" for a unit;
    `work_unit` is the person's unit (or a unit's parent); `conflicts` names the council
    members from the nominee's unit or an agency above it (or the nominee himself).
    """

    id: int
    round_id: int
    subject: str  # CA_NHAN | TAP_THE
    person_id: int | None
    unit_id: int | None
    person_code: str
    salutation: str
    name: str
    gender: str
    position: str
    work_unit: str
    agency: str
    leader_level: str
    staff_category: str
    award_code: str
    award_name: str
    status: str
    achievement: str
    submitting_unit_id: int | None
    submitting_unit_name: str
    verdict_status: str  # "" until computed
    reasons: tuple[Reason, ...]
    verdict_text: str
    conflicts: tuple[str, ...]
    version: int
    leads_bloc: str | None = None  # the bloc a Cờ thi đua nominee leads (Nomination.leads_bloc)


class AddResult(NamedTuple):
    """Ids of the nominations created and how many were skipped (already in the round)."""

    added: tuple[int, ...]
    skipped: int


class QuotaWarningRow(NamedTuple):
    unit_id: int
    unit_name: str
    award_code: str
    count: int
    base_award: str
    base_count: int
    limit: int


class VerdictSummary(NamedTuple):
    """Counts by verdict status after `compute_verdicts`, and the quota warnings."""

    rule_set: str
    computed: int
    by_status: dict[str, int]
    quota_warnings: tuple[QuotaWarningRow, ...]
    seconds: float


class NominationEventRow(NamedTuple):
    at: _dt.datetime
    by: str
    from_status: str
    to_status: str
    reason: str


# ---------------------------------------------------------------- helpers


def _round(session: Session, round_id: int) -> ReviewRound:
    r = session.get(ReviewRound, round_id)
    if r is None:
        raise NotFound(what="đợt xét", key=round_id)
    return r


def agency_of(units: Sequence[UnitRow], unit_id: int) -> UnitRow | None:
    """The agency (CO_QUAN) a unit belongs to; the unit's top non-bloc ancestor otherwise."""
    path = unit_path(list(units), unit_id)
    for u in path:
        if u.kind == "CO_QUAN":
            return u
    below_bloc = [u for u in path if u.kind != "KHOI"]
    return below_bloc[0] if below_bloc else (path[-1] if path else None)


def _chunks(items: Sequence, size: int = _IN_CHUNK):
    for i in range(0, len(items), size):
        yield items[i:i + size]


# ---------------------------------------------------------------- adding


def add_nominations(session: Session, *, round_id: int, award_code: str, person_ids: Sequence[int] = (),
                    unit_ids: Sequence[int] = (), submitting_unit_id: int | None = None, achievement: str = "",
                    status: str = "DRAFT") -> AddResult:
    """Nominate people or units (not both) for one award. Those already nominated for it
    in the round are skipped. The submitting unit defaults to the nominee's agency.
    Raises NotFound, ValidationFailed (closed round, wrong subject, unknown ids)."""
    rnd = _round(session, round_id)
    errors: dict[str, str] = {}
    if rnd.status != "OPEN":
        errors["round_id"] = "đợt xét đã đóng"
    subject = session.scalar(select(AwardType.subject).where(AwardType.code == award_code))
    if subject is None:
        errors["award_code"] = "không có trong danh mục"
    if bool(person_ids) == bool(unit_ids):
        errors["subject"] = "chọn cá nhân hoặc tập thể (không chọn cả hai)"
    elif subject is not None and subject != ("CA_NHAN" if person_ids else "TAP_THE"):
        errors["award_code"] = "dành cho tập thể" if subject == "TAP_THE" else "dành cho cá nhân"
    if status not in ("DRAFT", "SUBMITTED"):
        errors["status"] = "đề nghị mới phải ở trạng thái Dự thảo hoặc Đã gửi"
    if errors:
        raise ValidationFailed(errors)
    units = list_units(session)
    unit_ids_known = {u.id for u in units}
    if submitting_unit_id is not None and submitting_unit_id not in unit_ids_known:
        raise ValidationFailed({"submitting_unit_id": "không tồn tại"})
    wanted = list(dict.fromkeys(person_ids or unit_ids))
    if person_ids:
        home: dict[int, int] = {}
        for chunk in _chunks(wanted):
            home.update(session.execute(select(Person.id, Person.unit_id).where(Person.id.in_(chunk))).all())
        missing = [i for i in wanted if i not in home]
        if missing:
            raise ValidationFailed({"person_ids": f"không có cán bộ mã số {', '.join(map(str, missing[:10]))}"})
        existing = set(session.scalars(select(Nomination.person_id).where(
            Nomination.round_id == round_id, Nomination.award_code == award_code, Nomination.person_id.is_not(None))))
    else:
        missing = [i for i in wanted if i not in unit_ids_known]
        if missing:
            raise ValidationFailed({"unit_ids": f"không có đơn vị mã số {', '.join(map(str, missing[:10]))}"})
        home = {i: i for i in wanted}
        existing = set(session.scalars(select(Nomination.unit_id).where(
            Nomination.round_id == round_id, Nomination.award_code == award_code, Nomination.unit_id.is_not(None))))
    agency_cache: dict[int, int | None] = {}

    def submitter(unit_id: int) -> int | None:
        if submitting_unit_id is not None:
            return submitting_unit_id
        if unit_id not in agency_cache:
            a = agency_of(units, unit_id)
            agency_cache[unit_id] = a.id if a else None
        return agency_cache[unit_id]

    now, user = utcnow(), current_user()
    text = achievement.strip()
    rows = []
    for sid in wanted:
        if sid in existing:
            continue
        rows.append(dict(round_id=round_id, person_id=sid if person_ids else None, unit_id=None if person_ids else sid,
                         award_code=award_code, status=status, achievement=text, submitting_unit_id=submitter(home[sid]),
                         initiative_id=None, verdict_status="", verdict_reasons=None, verdict_at=None, created_at=now,
                         version=1, updated_at=now, updated_by=user))
    for chunk in _chunks(rows, 2000):
        session.execute(insert(Nomination), list(chunk))
    col = Nomination.person_id if person_ids else Nomination.unit_id
    new_ids: list[int] = []
    added_subjects = [r["person_id"] if person_ids else r["unit_id"] for r in rows]
    for chunk in _chunks(added_subjects):
        new_ids += session.scalars(select(Nomination.id).where(Nomination.round_id == round_id,
                                                               Nomination.award_code == award_code, col.in_(chunk)))
    return AddResult(tuple(sorted(new_ids)), len(wanted) - len(rows))


def propose_ldtt(session: Session, *, round_id: int, unit_id: int | None = None,
                 award_code: str = "LDTT") -> AddResult:
    """Nominate for LĐTT every person working at the end of the round's year (in `unit_id`'s
    subtree if given) whose rating that year qualifies under the rule set in force; people
    already nominated are skipped. Discipline etc. show in the verdict, not here."""
    rnd = _round(session, round_id)
    rules = engine_rules(session, rule_set_id=rule_set_in_force(session, on=rnd.review_date).id)
    minimum = rules[award_code].params.min_rating if award_code in rules else "HTTNV"
    good = [code for code, rank in RATING_RANK.items() if rank >= RATING_RANK[minimum or "HTTNV"]]
    year_end = _dt.date(rnd.year, 12, 31)
    stmt = (select(Person.id).join(Rating, and_(Rating.person_id == Person.id, Rating.year == rnd.year))
            .where(Rating.rating.in_(good))
            .where(or_(Person.active_from.is_(None), Person.active_from <= year_end))
            .where(or_(Person.active_to.is_(None), Person.active_to > year_end))
            .order_by(Person.id))
    if unit_id is not None:
        stmt = stmt.where(Person.unit_id.in_(sorted(subtree_ids(list_units(session), unit_id))))
    ids = list(session.scalars(stmt))
    if not ids:
        return AddResult((), 0)
    return add_nominations(session, round_id=round_id, award_code=award_code, person_ids=ids)


def update_nomination(session: Session, *, nomination_id: int, version: int, achievement: str,
                      submitting_unit_id: int | None) -> None:
    """Edit the achievement summary (tóm tắt thành tích) and the submitting unit."""
    n = _load(session, nomination_id, version)
    if submitting_unit_id is not None and session.get(Unit, submitting_unit_id) is None:
        raise ValidationFailed({"submitting_unit_id": "không tồn tại"})
    if len(achievement) > 20_000:
        raise ValidationFailed({"achievement": "dài quá 20.000 ký tự"})
    n.achievement = clean_text(achievement) if "\n" not in achievement else achievement.strip()
    n.submitting_unit_id = submitting_unit_id
    n.updated_by = current_user()
    _flush_or_stale(session, "Đề nghị khen thưởng", Nomination, nomination_id)


def delete_nomination(session: Session, *, nomination_id: int, version: int) -> None:
    """Delete a nomination still in draft or submitted. Raises ValidationFailed otherwise."""
    n = _load(session, nomination_id, version)
    if n.status not in ("DRAFT", "SUBMITTED"):
        raise ValidationFailed({"status": f"đề nghị đang ở trạng thái «{STATUSES[n.status]}», không xóa được; "
                                          "hãy trả lại hoặc không duyệt"})
    session.delete(n)
    session.flush()


def _load(session: Session, nomination_id: int, version: int) -> Nomination:
    n = session.get(Nomination, nomination_id)
    if n is None:
        raise NotFound(what="đề nghị khen thưởng", key=nomination_id)
    if n.version != version:
        raise StaleRecord(what="Đề nghị khen thưởng", who=n.updated_by or "người khác")
    return n


# ---------------------------------------------------------------- workflow


def allowed_transitions(status: str, *, vote_required: bool = True) -> list[str]:
    """Statuses a nomination in `status` may move to (forward, back, reject)."""
    out = set(_FORWARD.get(status, ()))
    if status == "CHECKED" and vote_required:
        out.discard("APPROVED")
    if status in _ORDER:
        out.update(_ORDER[:_ORDER.index(status)])
    elif status == "REJECTED":
        out.update(["DRAFT", "SUBMITTED", "CHECKED", "VOTED"])
    return [s for s in STATUSES if s in out]


def needs_reason(from_status: str, to_status: str) -> bool:
    """Returning to an earlier status, reopening a rejection, or rejecting needs a reason."""
    if to_status == "REJECTED" or from_status == "REJECTED":
        return True
    return from_status in _ORDER and to_status in _ORDER and _ORDER.index(to_status) < _ORDER.index(from_status)


def change_status(session: Session, *, nomination_id: int, version: int, to_status: str, reason: str = "") -> None:
    """Move one nomination. Raises NotFound, StaleRecord, InvalidTransition,
    ValidationFailed({"reason": …}) when a reason is required and missing."""
    change_status_many(session, items=[(nomination_id, version)], to_status=to_status, reason=reason)


def change_status_many(session: Session, *, items: Sequence[tuple[int, int]], to_status: str, reason: str = "") -> int:
    """Move several nominations (id, version) at once: all or none. Returns the count."""
    if to_status not in STATUSES:
        raise ValidationFailed({"status": "không hợp lệ"})
    reason = clean_text(reason)
    vote_needed: dict[tuple[int, str], bool] = {}
    user, now = current_user(), utcnow()
    changed = 0
    for nomination_id, version in items:
        n = _load(session, nomination_id, version)
        if n.status == to_status:
            continue
        key = (n.round_id, n.award_code)
        if key not in vote_needed:
            rnd = session.get(ReviewRound, n.round_id)
            rules = engine_rules(session, rule_set_id=rule_set_in_force(session, on=rnd.review_date).id)
            rule = rules.get(n.award_code)
            vote_needed[key] = rule.params.vote_required if rule else True
        if to_status not in allowed_transitions(n.status, vote_required=vote_needed[key]):
            raise InvalidTransition(who=_who(session, n), from_label=STATUSES[n.status], to_label=STATUSES[to_status])
        if needs_reason(n.status, to_status) and not reason:
            raise ValidationFailed({"reason": "cần ghi lý do khi trả lại hoặc không duyệt đề nghị"})
        session.add(NominationEvent(nomination_id=n.id, at=now, by=user, from_status=n.status, to_status=to_status,
                                    reason=reason))
        n.status, n.updated_by = to_status, user
        changed += 1
    try:
        session.flush()
    except Exception as exc:
        from sqlalchemy.orm.exc import StaleDataError

        if isinstance(exc, StaleDataError):
            raise StaleRecord(what="Đề nghị khen thưởng", who="người khác") from exc
        raise
    return changed


def _who(session: Session, n: Nomination) -> str:
    if n.person_id is not None:
        return session.scalar(select(Person.full_name).where(Person.id == n.person_id)) or ""
    return session.scalar(select(Unit.name).where(Unit.id == n.unit_id)) or ""


def nomination_events(session: Session, *, nomination_id: int) -> list[NominationEventRow]:
    """The status history of a nomination, oldest first."""
    rows = session.execute(select(NominationEvent.at, NominationEvent.by, NominationEvent.from_status,
                                  NominationEvent.to_status, NominationEvent.reason)
                           .where(NominationEvent.nomination_id == nomination_id)
                           .order_by(NominationEvent.at, NominationEvent.id)).all()
    return [NominationEventRow(*r) for r in rows]


# ---------------------------------------------------------------- verdicts


def compute_verdicts(session: Session, *, round_id: int, progress: Progress | None = None,
                     now: _dt.datetime | None = None) -> VerdictSummary:
    """Judge every nomination of the round under the rule set in force on its review date
    and cache the verdicts. Rejected nominations are judged too but do not count as
    pending titles or claim a sáng kiến. `now` stamps `verdict_at` (the demo passes a fixed
    time for reproducible data). Raises NotFound, NoRuleSet."""
    import time

    t0 = time.perf_counter()
    rnd = _round(session, round_id)
    year, review_date = rnd.year, rnd.review_date
    rule_set = rule_set_in_force(session, on=review_date)
    rules = engine_rules(session, rule_set_id=rule_set.id)
    noms = session.execute(select(Nomination.id, Nomination.person_id, Nomination.unit_id, Nomination.award_code,
                                  Nomination.status, Nomination.submitting_unit_id)
                           .where(Nomination.round_id == round_id).order_by(Nomination.id)).all()
    total = len(noms)
    if progress:
        progress(0, total)
    nominee_people = select(Nomination.person_id).where(Nomination.round_id == round_id,
                                                        Nomination.person_id.is_not(None))
    histories = _load_person_histories(session, person_filter=Rating.person_id.in_(nominee_people),
                                       award_filter=Award.person_id.in_(nominee_people),
                                       ini_filter=Initiative.person_id.in_(nominee_people),
                                       disc_filter=Discipline.person_id.in_(nominee_people),
                                       leave_filter=Leave.person_id.in_(nominee_people), up_to=year)
    pending: dict[tuple[str, int], set[str]] = defaultdict(set)  # ("p"/"u", id) → codes
    for nid, pid, uid, code, status, _sub in noms:
        if status != "REJECTED":
            pending[("p", pid) if pid is not None else ("u", uid)].add(code)

    verdicts: dict[int, Verdict] = {}
    # Per person, the awards needing the highest sáng kiến level claim first.
    def claim_order(row):
        rule = rules.get(row[3])
        level = rule.params.initiative_level if rule else None
        return (-INITIATIVE_RANK.get(level, -1) if level else 1, row[0])

    person_noms: dict[int, list] = defaultdict(list)
    unit_noms = []
    for row in noms:
        if row[1] is not None:
            person_noms[row[1]].append(row)
        else:
            unit_noms.append(row)
    done = 0
    empty = _EmptyHistory()
    for pid, rows in person_noms.items():
        base = histories.get(pid, empty)
        claimed: set[int] = set()
        for nid, _pid, _uid, code, status, _sub in sorted(rows, key=claim_order):
            rule = rules.get(code)
            if rule is None:
                verdicts[nid] = verdict_of([Reason.of("NO_RULE", award=code)])
                continue
            h = PersonHistory(pid, base.ratings, base.titles, base.initiatives, base.disciplines, base.leaves,
                              frozenset(pending[("p", pid)] - {code}), frozenset(claimed))
            v = evaluate(h, rule, year=year, review_date=review_date)
            verdicts[nid] = v
            if status != "REJECTED":
                claimed.update(v.initiative_ids)
        done += len(rows)
        if progress and done % 500 < len(rows):
            progress(done, total)
    if unit_noms:
        unit_histories = _load_unit_histories(session, [r[2] for r in unit_noms], year, round_id)
        for nid, _pid, uid, code, _status, _sub in unit_noms:
            rule = rules.get(code)
            if rule is None:
                verdicts[nid] = verdict_of([Reason.of("NO_RULE", award=code)])
                continue
            uh = unit_histories[uid]
            uh = UnitHistory(uid, uh.titles, uh.members, frozenset(pending[("u", uid)] - {code}))
            verdicts[nid] = evaluate(uh, rule, year=year, review_date=review_date)

    warnings = _quota(session, noms, rules)
    over = {(w.unit_id, w.award_code): w for w in warnings}
    if over:
        for nid, _pid, _uid, code, status, sub in noms:
            w = over.get((sub, code))
            if w is not None and status != "REJECTED":
                verdicts[nid] = with_reasons(verdicts[nid], Reason.of(
                    "QUOTA_EXCEEDED", award=code, count=w.count, limit=w.limit, base_award=w.base_award,
                    base_count=w.base_count, num=rules[code].params.quota_share[0],
                    den=rules[code].params.quota_share[1]))

    now = now or utcnow()
    params = [{"b_id": nid, "b_status": v.status, "b_reasons": [r.to_json() for r in v.reasons],
               "b_at": now, "b_ini": v.initiative_ids[0] if v.initiative_ids else None}
              for nid, v in verdicts.items()]
    table = Nomination.__table__
    stmt = (update(table).where(table.c.id == bindparam("b_id"))
            .values(verdict_status=bindparam("b_status"), verdict_reasons=bindparam("b_reasons"),
                    verdict_at=bindparam("b_at"), initiative_id=bindparam("b_ini"),
                    # A cache, not an edit: keep updated_at (its onupdate would stamp the clock).
                    updated_at=table.c.updated_at))
    conn = session.connection()
    for chunk in _chunks(params, 2000):
        conn.execute(stmt, list(chunk))
    session.expire_all()
    if progress:
        progress(total, total)
    by_status = {s: 0 for s in VERDICT_STATUSES}
    for v in verdicts.values():
        by_status[v.status] += 1
    return VerdictSummary(rule_set.name, len(verdicts), by_status, tuple(warnings), time.perf_counter() - t0)


class _EmptyHistory:
    ratings: dict = {}
    titles: dict = {}
    initiatives: tuple = ()
    disciplines: tuple = ()
    leaves: tuple = ()


class _Hist:
    __slots__ = ("ratings", "titles", "initiatives", "disciplines", "leaves")

    def __init__(self) -> None:
        self.ratings: dict[int, str] = {}
        self.titles: dict[str, set[int]] = {}
        self.initiatives: list = []
        self.disciplines: list = []
        self.leaves: list = []


def _load_person_histories(session: Session, *, person_filter, award_filter, ini_filter, disc_filter, leave_filter,
                           up_to: int) -> dict[int, _Hist]:
    """History of many people in five queries (one per table)."""
    out: dict[int, _Hist] = defaultdict(_Hist)
    for pid, y, r in session.execute(select(Rating.person_id, Rating.year, Rating.rating)
                                     .where(person_filter, Rating.year <= up_to)):
        out[pid].ratings[y] = r
    for pid, code, y in session.execute(select(Award.person_id, Award.award_code, Award.year)
                                        .where(award_filter, Award.year <= up_to)):
        out[pid].titles.setdefault(code, set()).add(y)
    for iid, pid, level, y, used, title in session.execute(
            select(Initiative.id, Initiative.person_id, Initiative.level, Initiative.year,
                   Initiative.used_by_award_id, Initiative.title).where(ini_filter, Initiative.year <= up_to)):
        out[pid].initiatives.append(InitiativeRecord(iid, level, y, used is not None, title))
    for pid, level, start, end in session.execute(select(Discipline.person_id, Discipline.level, Discipline.start_date,
                                                         Discipline.end_date).where(disc_filter)):
        out[pid].disciplines.append(DisciplineRecord(level, start, end))
    for pid, start, end in session.execute(select(Leave.person_id, Leave.start_date, Leave.end_date)
                                           .where(leave_filter)):
        out[pid].leaves.append(LeaveRecord(start, end))
    for h in out.values():
        h.titles = {code: frozenset(years) for code, years in h.titles.items()}
        h.initiatives = tuple(h.initiatives)
        h.disciplines = tuple(h.disciplines)
        h.leaves = tuple(h.leaves)
    return out


def _load_unit_histories(session: Session, unit_ids: Sequence[int], year: int, round_id: int) -> dict[int, UnitHistory]:
    """Each unit's own titles and its members in `year` (people of its subtree working at
    the end of the year): rating, LĐTT/CSTĐCS held or pending in the round, discipline."""
    units = list_units(session)
    year_start, year_end = _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    subtrees = {uid: subtree_ids(units, uid) for uid in set(unit_ids)}
    all_units = sorted(set().union(*subtrees.values())) if subtrees else []
    people: dict[int, int] = {}  # person → unit
    for chunk in _chunks(all_units):
        people.update(session.execute(
            select(Person.id, Person.unit_id).where(Person.unit_id.in_(chunk))
            .where(or_(Person.active_from.is_(None), Person.active_from <= year_end))
            .where(or_(Person.active_to.is_(None), Person.active_to > year_end))).all())
    ids = sorted(people)
    ratings: dict[int, str] = {}
    titles: dict[int, set[str]] = defaultdict(set)
    discipline: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(ids):
        ratings.update(session.execute(select(Rating.person_id, Rating.rating)
                                       .where(Rating.person_id.in_(chunk), Rating.year == year)).all())
        for pid, code in session.execute(select(Award.person_id, Award.award_code)
                                         .where(Award.person_id.in_(chunk), Award.year == year)):
            titles[pid].add(code)
        for pid, code in session.execute(select(Nomination.person_id, Nomination.award_code)
                                         .where(Nomination.round_id == round_id, Nomination.person_id.in_(chunk),
                                                Nomination.status != "REJECTED")):
            titles[pid].add(code)
        for pid, level in session.execute(
                select(Discipline.person_id, Discipline.level)
                .where(Discipline.person_id.in_(chunk), Discipline.start_date <= year_end)
                .where(or_(Discipline.end_date.is_(None), Discipline.end_date >= year_start))):
            discipline[pid].append(level)
    own: dict[int, dict[str, set[int]]] = defaultdict(dict)
    for chunk in _chunks(sorted(subtrees)):
        for uid, code, y in session.execute(select(Award.unit_id, Award.award_code, Award.year)
                                            .where(Award.unit_id.in_(chunk), Award.year <= year)):
            own[uid].setdefault(code, set()).add(y)
    out = {}
    for uid, tree in subtrees.items():
        members = tuple(MemberYear(pid, ratings.get(pid), frozenset(titles.get(pid, ())), tuple(discipline.get(pid, ())))
                        for pid in ids if people[pid] in tree)
        out[uid] = UnitHistory(uid, {c: frozenset(y) for c, y in own[uid].items()}, members)
    return out


def _quota(session: Session, noms, rules) -> list[QuotaWarningRow]:
    capped = {code: r.params for code, r in rules.items() if r.params.quota_share and r.params.quota_base_award}
    if not capped:
        return []
    counts: dict[tuple[int, str], int] = defaultdict(int)
    for _nid, _pid, _uid, code, status, sub in noms:
        if status != "REJECTED" and sub is not None:
            counts[(sub, code)] += 1
    names = dict(session.execute(select(Unit.id, Unit.name)).all())
    out = []
    for (unit_id, code), count in sorted(counts.items()):
        p = capped.get(code)
        if p is None:
            continue
        w = check_quota(unit_id=unit_id, award_code=code, count=count, base_award=p.quota_base_award,
                        base_count=counts.get((unit_id, p.quota_base_award), 0), share=p.quota_share)
        if w is not None:
            out.append(QuotaWarningRow(unit_id, names.get(unit_id, ""), code, w.count, w.base_award, w.base_count,
                                       w.limit))
    return out


def quota_warnings(session: Session, *, round_id: int) -> list[QuotaWarningRow]:
    """Units whose nominations exceed a cap of the rule set in force (e.g. CSTĐCS ≤ 15 % of
    LĐTT, when the office sets one), counted per submitting unit."""
    rnd = _round(session, round_id)
    rules = engine_rules(session, rule_set_id=rule_set_in_force(session, on=rnd.review_date).id)
    noms = session.execute(select(Nomination.id, Nomination.person_id, Nomination.unit_id, Nomination.award_code,
                                  Nomination.status, Nomination.submitting_unit_id)
                           .where(Nomination.round_id == round_id)).all()
    return _quota(session, noms, rules)


# ---------------------------------------------------------------- listing


def conflicts_of_interest(session: Session, *, round_id: int) -> dict[int, tuple[str, ...]]:
    """Nomination id → names of council members with a conflict: the member is the nominee,
    or belongs to the nominee's unit or to a unit above it below the bloc (e.g. the
    nominee's agency).
    The round's council, or the newest council when the round names none."""
    rnd = _round(session, round_id)
    council_id = rnd.council_id or session.scalar(select(func.max(Council.id)))
    if council_id is None:
        return {}
    members = session.execute(
        select(CouncilMember.full_name, CouncilMember.person_id, CouncilMember.unit_id, Person.unit_id)
        .outerjoin(Person, Person.id == CouncilMember.person_id)
        .where(CouncilMember.council_id == council_id)).all()
    if not members:
        return {}
    units = list_units(session)
    noms = session.execute(select(Nomination.id, Nomination.person_id, Nomination.unit_id, Person.unit_id)
                           .outerjoin(Person, Person.id == Nomination.person_id)
                           .where(Nomination.round_id == round_id)).all()
    path_cache: dict[int, set[int]] = {}
    out: dict[int, tuple[str, ...]] = {}
    for nid, pid, uid, person_unit in noms:
        home = person_unit if pid is not None else uid
        if home not in path_cache:
            # The bloc (KHOI) is above everyone: belonging to it is no conflict.
            path_cache[home] = {u.id for u in unit_path(units, home) if u.kind != "KHOI"}
        path = path_cache[home]
        names = []
        for name, m_pid, m_unit, m_person_unit in members:
            if (pid is not None and m_pid == pid) or (m_unit is not None and m_unit in path) or (
                    m_person_unit is not None and m_person_unit in path):
                names.append(name)
        if names:
            out[nid] = tuple(dict.fromkeys(names))
    return out


def list_nominations(session: Session, *, round_id: int, unit_id: int | None = None, award_code: str | None = None,
                     verdict: str | None = None, status: str | None = None, subject: str | None = None,
                     query: str = "") -> list[NominationRow]:
    """The round's nominations, individuals first, then by award (catalogue order) and name.

    Filters: `unit_id` (nominees in its subtree), `award_code`, `verdict` (a verdict status,
    or "" for not yet computed), `status`, `subject` (CA_NHAN/TAP_THE), `query` (name, tone-
    and case-insensitive). Raises NotFound."""
    _round(session, round_id)
    units = list_units(session)
    by_id = {u.id: u for u in units}
    stmt = (select(Nomination, Person.code, Person.full_name, Person.gender, Person.position, Person.unit_id,
                   Person.leader_level, Person.staff_category, Person.sort_key, AwardType.name, AwardType.sort_order)
            .outerjoin(Person, Person.id == Nomination.person_id)
            .outerjoin(AwardType, AwardType.code == Nomination.award_code)
            .where(Nomination.round_id == round_id))
    if award_code:
        stmt = stmt.where(Nomination.award_code == award_code)
    if status:
        stmt = stmt.where(Nomination.status == status)
    if verdict is not None:
        stmt = stmt.where(Nomination.verdict_status == verdict)
    if subject == "CA_NHAN":
        stmt = stmt.where(Nomination.person_id.is_not(None))
    elif subject == "TAP_THE":
        stmt = stmt.where(Nomination.unit_id.is_not(None))
    if unit_id is not None:
        tree = sorted(subtree_ids(units, unit_id))
        stmt = stmt.where(or_(Person.unit_id.in_(tree), Nomination.unit_id.in_(tree)))
    conflicts = conflicts_of_interest(session, round_id=round_id)
    names = dict(session.execute(select(AwardType.code, AwardType.name)).all())
    tokens = fold(query).split()
    agency_cache: dict[int | None, UnitRow | None] = {}
    rows = []
    for (n, code, full_name, gender, position, p_unit, leader, category, sort_key, award_name,
         award_order) in session.execute(stmt):
        if n.person_id is not None:
            salutation = "Bà" if gender == "F" else "Ông"
            name, home = full_name, p_unit
            work = by_id[home].name if home in by_id else ""
            subj = "CA_NHAN"
        else:
            unit = by_id.get(n.unit_id)
            salutation, name, home = "Tập thể", unit.name if unit else "", n.unit_id
            parent = by_id.get(unit.parent_id) if unit and unit.parent_id else None
            work = parent.name if parent else ""
            subj, code, gender, position, leader, category = "TAP_THE", "", "", "", "", ""
            sort_key = b""
        if tokens and not all(t in fold(name) for t in tokens):
            continue
        if home not in agency_cache:
            agency_cache[home] = agency_of(units, home) if home in by_id else None
        agency = agency_cache[home]
        reasons = tuple(Reason.from_json(r) for r in (n.verdict_reasons or ()))
        v_text = verdict_text(Verdict(n.verdict_status, reasons), names) if n.verdict_status else ""
        sub = by_id.get(n.submitting_unit_id)
        rows.append((
            (0 if subj == "CA_NHAN" else 1, award_order or 0, n.award_code, sort_key or b"", name, n.id),
            NominationRow(n.id, n.round_id, subj, n.person_id, n.unit_id, code or "", salutation, name, gender or "",
                          position or "", work, agency.name if agency else "", leader or "", category or "",
                          n.award_code, award_name or n.award_code, n.status, n.achievement, n.submitting_unit_id,
                          sub.name if sub else "", n.verdict_status, reasons, v_text, conflicts.get(n.id, ()),
                          n.version, n.leads_bloc)))
    rows.sort(key=lambda item: item[0])
    return [r for _k, r in rows]


def round_counts(session: Session, *, round_id: int) -> dict[str, dict[str, int]]:
    """{"status": {status: n}, "verdict": {verdict or "": n}} for a round's dashboard."""
    out: dict[str, dict[str, int]] = {"status": {}, "verdict": {}}
    for s, n in session.execute(select(Nomination.status, func.count()).where(Nomination.round_id == round_id)
                                .group_by(Nomination.status)):
        out["status"][s] = n
    for s, n in session.execute(select(Nomination.verdict_status, func.count())
                                .where(Nomination.round_id == round_id).group_by(Nomination.verdict_status)):
        out["verdict"][s] = n
    return out


__all__ = [
    "STATUSES", "InvalidTransition", "NominationRow", "AddResult", "QuotaWarningRow", "VerdictSummary",
    "NominationEventRow", "add_nominations", "propose_ldtt", "update_nomination", "delete_nomination",
    "allowed_transitions", "needs_reason", "change_status", "change_status_many", "nomination_events",
    "compute_verdicts", "quota_warnings", "conflicts_of_interest", "list_nominations", "round_counts", "agency_of",
    "export_nominations",
]


def export_nominations(session: Session, *, round_id: int, out, progress: Progress | None = None,
                       is_cancelled: Callable[[], bool] | None = None, on_date: _dt.date | None = None):
    """Write the round's "Danh sách đề nghị khen thưởng" (all nominations but the rejected)
    to `out`; returns (path, count). Raises NotFound, FileLocked, Cancelled."""
    from app.exports.nomination_list import NominationListInfo, write_nomination_list
    from app.services.settings import get_settings

    rnd = _round(session, round_id)
    rows = [r for r in list_nominations(session, round_id=round_id) if r.status != "REJECTED"]
    s = get_settings(session)
    info = NominationListInfo(round_name=rnd.name, year=rnd.year, agency_name=s.agency_name,
                              issuing_body=s.issuing_body, header_style=s.header_style, place_name=s.place_name,
                              signer_title=s.signer_title, signer_name=s.signer_name, on_date=on_date)
    path = write_nomination_list(rows, info, out, progress=progress, is_cancelled=is_cancelled)
    audit.log_event(session, "EXPORT", table="review_round", row_id=round_id,
                    detail={"kind": "nominations", "out": str(path), "rows": len(rows)})
    return path, len(rows)
