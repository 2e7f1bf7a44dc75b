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
import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple, TypeVar
from typing import cast as type_cast

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Row,
    Table,
    Text,
    and_,
    bindparam,
    cast,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import set_committed_value

from app.db import utcnow
from app.errors import BadInput, NotFound, StaleRecord, ValidationFailed
from app.messages import Msg
from app.models import (
    Award,
    AwardType,
    Council,
    CouncilMember,
    DecisionItem,
    Discipline,
    Initiative,
    Leave,
    Movement,
    Nomination,
    NominationEvent,
    Person,
    Rating,
    ReviewRound,
    Unit,
)
from app.rules.catalogue import RATING_RANK
from app.rules.eligibility import (
    ELIGIBLE,
    MANUAL_CHECK,
    NOT_ELIGIBLE,
    REVIEW_HOLDS,
    VERDICT_STATUSES,
    AwardRule,
    DisciplineRecord,
    InitiativeRecord,
    LeaveRecord,
    MemberYear,
    PersonHistory,
    Reason,
    RoundItem,
    UnitHistory,
    Verdict,
    check_quota,
    evaluate,
    judge_person_round,
    verdict_of,
    with_reasons,
)
from app.rules.reasons import reason_text, verdict_text
from app.rules.rows import (  # the plain rows, re-exported for callers
    NominationRow,
)
from app.rules.vntext import clean_text, fold
from app.services import audit
from app.services.catalogue import NoRuleSet, engine_rules, rule_set_in_force
from app.services.common import current_user, flush_or_stale, load_for_update
from app.services.org import UnitRow, list_units, subtree_ids, unit_path
from app.services.settings import get_settings

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
_T = TypeVar("_T")


class InvalidTransition(BadInput):
    code = "invalid_transition"


class AddResult(NamedTuple):
    """Ids of the nominations created and how many were skipped (already in the round)."""

    added: tuple[int, ...]
    skipped: int


class QuotaWarningRow(NamedTuple):
    unit_id: int
    unit_name: str
    award_code: str
    count: int  # type: ignore[assignment]  # a field named like tuple.count: the field wins on rows
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


def _chunks(items: Sequence[_T], size: int = _IN_CHUNK) -> Iterator[Sequence[_T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# ---------------------------------------------------------------- adding


def add_nominations(
    session: Session,
    *,
    round_id: int,
    award_code: str,
    person_ids: Sequence[int] = (),
    unit_ids: Sequence[int] = (),
    submitting_unit_id: int | None = None,
    achievement: str = "",
    status: str = "DRAFT",
    achievements: dict[int, str] | None = None,
) -> AddResult:
    """Nominate people or units (not both) for one award. Those already nominated for it
    in the round are skipped. The submitting unit defaults to the nominee's agency.
    `achievements` gives some subjects their own summary (a unit's list). Raises NotFound,
    ValidationFailed (closed round, wrong subject, unknown ids)."""
    rnd = _round(session, round_id)
    errors: dict[str, str] = {}
    if rnd.status != "OPEN":
        errors["round_id"] = Msg("reason.round_closed")
    subject = session.scalar(select(AwardType.subject).where(AwardType.code == award_code))
    if subject is None:
        errors["award_code"] = Msg("reason.not_in_catalogue")
    if bool(person_ids) == bool(unit_ids):
        errors["subject"] = Msg("reason.person_or_unit_not_both")
    elif subject is not None and subject != ("CA_NHAN" if person_ids else "TAP_THE"):
        errors["award_code"] = "dành cho tập thể" if subject == "TAP_THE" else "dành cho cá nhân"
    if status not in ("DRAFT", "SUBMITTED"):
        errors["status"] = Msg("reason.new_nomination_status")
    if errors:
        raise ValidationFailed(errors)
    units = list_units(session)
    unit_ids_known = {u.id for u in units}
    if submitting_unit_id is not None and submitting_unit_id not in unit_ids_known:
        raise ValidationFailed({"submitting_unit_id": Msg("reason.does_not_exist")})
    wanted = list(dict.fromkeys(person_ids or unit_ids))
    if person_ids:
        home: dict[int, int] = {}
        for chunk in _chunks(wanted):
            home.update(session.execute(select(Person.id, Person.unit_id).where(Person.id.in_(chunk))).all())
        missing = [i for i in wanted if i not in home]
        if missing:
            raise ValidationFailed(
                {"person_ids": Msg("reason.no_person_ids", missing=", ".join(map(str, missing[:10])))}
            )
        existing = set(
            session.scalars(
                select(Nomination.person_id).where(
                    Nomination.round_id == round_id,
                    Nomination.award_code == award_code,
                    Nomination.person_id.is_not(None),
                )
            )
        )
    else:
        missing = [i for i in wanted if i not in unit_ids_known]
        if missing:
            raise ValidationFailed({"unit_ids": Msg("reason.no_unit_ids", missing=", ".join(map(str, missing[:10])))})
        home = {i: i for i in wanted}
        existing = set(
            session.scalars(
                select(Nomination.unit_id).where(
                    Nomination.round_id == round_id,
                    Nomination.award_code == award_code,
                    Nomination.unit_id.is_not(None),
                )
            )
        )
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
        rows.append(
            dict(
                round_id=round_id,
                person_id=sid if person_ids else None,
                unit_id=None if person_ids else sid,
                award_code=award_code,
                status=status,
                achievement=(achievements or {}).get(sid, "").strip() or text,
                submitting_unit_id=submitter(home[sid]),
                initiative_id=None,
                verdict_status="",
                verdict_reasons=None,
                verdict_at=None,
                created_at=now,
                version=1,
                updated_at=now,
                updated_by=user,
            )
        )
    for batch in _chunks(rows, 2000):
        session.execute(insert(Nomination), list(batch))
    col = Nomination.person_id if person_ids else Nomination.unit_id
    new_ids: list[int] = []
    added_subjects = [r["person_id"] if person_ids else r["unit_id"] for r in rows]
    for subjects in _chunks(added_subjects):
        new_ids += session.scalars(
            select(Nomination.id).where(
                Nomination.round_id == round_id, Nomination.award_code == award_code, col.in_(subjects)
            )
        )
    return AddResult(tuple(sorted(new_ids)), len(wanted) - len(rows))


def propose_ldtt(session: Session, *, round_id: int, unit_id: int | None = None, award_code: str = "LDTT") -> AddResult:
    """Nominate for LĐTT every person working at the end of the round's year (in `unit_id`'s
    subtree if given) whose rating that year qualifies under the rule set in force; people
    already nominated are skipped. Discipline etc. show in the verdict, not here."""
    rnd = _round(session, round_id)
    rules = engine_rules(session, rule_set_id=rule_set_in_force(session, on=rnd.review_date).id)
    minimum = rules[award_code].params.min_rating if award_code in rules else "HTTNV"
    good = [code for code, rank in RATING_RANK.items() if rank >= RATING_RANK[minimum or "HTTNV"]]
    year_end = _dt.date(rnd.year, 12, 31)
    stmt = (
        select(Person.id)
        .join(Rating, and_(Rating.person_id == Person.id, Rating.year == rnd.year))
        .where(Rating.rating.in_(good))
        .where(or_(Person.active_from.is_(None), Person.active_from <= year_end))
        .where(or_(Person.active_to.is_(None), Person.active_to > year_end))
        .order_by(Person.id)
    )
    if unit_id is not None:
        stmt = stmt.where(Person.unit_id.in_(sorted(subtree_ids(list_units(session), unit_id))))
    ids = list(session.scalars(stmt))
    if not ids:
        return AddResult((), 0)
    return add_nominations(session, round_id=round_id, award_code=award_code, person_ids=ids)


def update_nomination(
    session: Session, *, nomination_id: int, version: int, achievement: str, submitting_unit_id: int | None
) -> None:
    """Edit the achievement summary (tóm tắt thành tích) and the submitting unit."""
    n = _load(session, nomination_id, version)
    if submitting_unit_id is not None and session.get(Unit, submitting_unit_id) is None:
        raise ValidationFailed({"submitting_unit_id": Msg("reason.does_not_exist")})
    if len(achievement) > 20_000:
        raise ValidationFailed({"achievement": Msg("reason.too_long_20000")})
    n.achievement = clean_text(achievement) if "\n" not in achievement else achievement.strip()
    n.submitting_unit_id = submitting_unit_id
    n.updated_by = current_user()
    flush_or_stale(session, "Đề nghị khen thưởng", Nomination, nomination_id)


def delete_nomination(session: Session, *, nomination_id: int, version: int) -> None:
    """Delete a nomination still in draft or submitted. Raises ValidationFailed otherwise."""
    n = _load(session, nomination_id, version)
    if n.status not in ("DRAFT", "SUBMITTED"):
        raise ValidationFailed({"status": Msg("reason.cannot_delete_nomination", statuses=STATUSES[n.status])})
    session.delete(n)
    session.flush()


def _load(session: Session, nomination_id: int, version: int) -> Nomination:
    n = load_for_update(
        session, Nomination, nomination_id, version, missing="đề nghị khen thưởng", stale="Đề nghị khen thưởng"
    )
    return n


# ---------------------------------------------------------------- workflow


def allowed_transitions(status: str, *, vote_required: bool = True) -> list[str]:
    """Statuses a nomination in `status` may move to (forward, back, reject)."""
    out = set(_FORWARD.get(status, ()))
    if status == "CHECKED" and vote_required:
        out.discard("APPROVED")
    if status in _ORDER:
        out.update(_ORDER[: _ORDER.index(status)])
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
    moves = []
    for nomination_id, version in items:
        moves.append((_load(session, nomination_id, version), to_status, reason))
    return apply_moves(session, moves)


def apply_moves(session: Session, moves: Sequence[tuple[Nomination, str, str]]) -> int:
    """Apply status moves (nomination, to_status, reason) in order, each checked against
    the workflow, with one event each, written in one batched UPDATE and one INSERT: all or
    none. A nomination may appear more than once (CHECKED → VOTED → APPROVED). Returns the
    count of changes. Raises InvalidTransition, ValidationFailed, StaleRecord."""
    user, now = current_user(), utcnow()
    vote_needed: dict[tuple[int, str], bool] = {}
    rules_of: dict[int, dict] = {}
    status_of: dict[int, str] = {}
    touched: dict[int, Nomination] = {}
    events: list[dict] = []
    for n, to_status, reason in moves:
        if to_status not in STATUSES:
            raise ValidationFailed({"status": Msg("reason.invalid")})
        current = status_of.get(n.id, n.status)
        if current == to_status:
            continue
        reason = clean_text(reason)
        key = (n.round_id, n.award_code)
        if key not in vote_needed:
            if n.round_id not in rules_of:
                rnd = _round(session, n.round_id)
                rules_of[n.round_id] = engine_rules(
                    session, rule_set_id=rule_set_in_force(session, on=rnd.review_date).id
                )
            rule = rules_of[n.round_id].get(n.award_code)
            vote_needed[key] = rule.params.vote_required if rule else True
        if to_status not in allowed_transitions(current, vote_required=vote_needed[key]):
            raise InvalidTransition(who=_who(session, n), from_label=STATUSES[current], to_label=STATUSES[to_status])
        if needs_reason(current, to_status) and not reason:
            raise ValidationFailed({"reason": Msg("reason.return_reason_needed")})
        events.append(
            dict(nomination_id=n.id, at=now, by=user, from_status=current, to_status=to_status, reason=reason)
        )
        status_of[n.id] = to_status
        touched[n.id] = n
    if not events:
        return 0
    # One executemany UPDATE (with the optimistic version check) instead of the ORM's
    # statement per row: the ORM never batches a versioned mapper (sealing 300 candidates
    # 0.45 s -> tens of ms with the audit trail imaging the whole batch at once).
    session.flush()
    t = type_cast(Table, Nomination.__table__)
    stmt = (
        update(t)
        .where(t.c.id == bindparam("b_id"), t.c.version == bindparam("b_version"))
        .values(status=bindparam("b_status"), version=bindparam("b_new_version"), updated_by=user, updated_at=now)
    )
    rows = [
        dict(b_id=nid, b_version=n.version, b_status=status_of[nid], b_new_version=n.version + 1)
        for nid, n in touched.items()
    ]
    done = type_cast("CursorResult[Any]", session.execute(stmt, rows))  # an UPDATE: a cursor result
    if session.get_bind().dialect.supports_sane_multi_rowcount and done.rowcount != len(rows):
        raise StaleRecord(what="Đề nghị khen thưởng", who="người khác")
    session.execute(insert(type_cast(Table, NominationEvent.__table__)), events)
    for nid, n in touched.items():
        for name, value in (
            ("status", status_of[nid]),
            ("version", n.version + 1),
            ("updated_by", user),
            ("updated_at", now),
        ):
            set_committed_value(n, name, value)
    return len(events)


def _who(session: Session, n: Nomination) -> str:
    if n.person_id is not None:
        return session.scalar(select(Person.full_name).where(Person.id == n.person_id)) or ""
    return session.scalar(select(Unit.name).where(Unit.id == n.unit_id)) or ""


def nomination_events(session: Session, *, nomination_id: int) -> list[NominationEventRow]:
    """The status history of a nomination, oldest first."""
    rows = session.execute(
        select(
            NominationEvent.at,
            NominationEvent.by,
            NominationEvent.from_status,
            NominationEvent.to_status,
            NominationEvent.reason,
        )
        .where(NominationEvent.nomination_id == nomination_id)
        .order_by(NominationEvent.at, NominationEvent.id)
    ).all()
    return [NominationEventRow(*r) for r in rows]


# ---------------------------------------------------------------- under review (NĐ 152/2025 Art. 4(4))


class ReviewNotConfirmed(BadInput):
    code = "review_not_confirmed"


def set_review_hold(session: Session, *, nomination_id: int, version: int, kind: str, note: str = "") -> None:
    """Mark a nomination as under discipline/inspection/complaint review (`kind` one of
    REVIEW_HOLDS, with a note), or clear the mark (`kind` ""). The verdict shows it at the
    next computation. Raises NotFound, StaleRecord, ValidationFailed."""
    n = _load(session, nomination_id, version)
    note = clean_text(note)
    if kind and kind not in REVIEW_HOLDS:
        raise ValidationFailed({"review_hold": Msg("reason.invalid_choose", values=", ".join(REVIEW_HOLDS.values()))})
    if kind and not note:
        raise ValidationFailed({"review_hold_note": Msg("reason.review_note_needed")})
    if len(note) > 1000:
        raise ValidationFailed({"review_hold_note": Msg("reason.too_long_1000")})
    n.review_hold, n.review_hold_note = kind, note if kind else ""
    n.updated_by = current_user()
    flush_or_stale(session, "Đề nghị khen thưởng", Nomination, nomination_id)


def confirm_no_review_in_round(session: Session, *, round_id: int) -> None:
    """Record once the clerk's confirmation that nobody in the round is under review but
    those marked. Raises NotFound."""
    rnd = _round(session, round_id)
    # A Core update: the confirmation is no edit of the round (its version, which the rounds
    # screen holds, stays); only the first confirmation is kept.
    session.execute(
        update(ReviewRound)
        .where(ReviewRound.id == round_id, ReviewRound.review_confirmed_at.is_(None))
        .values(review_confirmed_at=utcnow(), review_confirmed_by=current_user(), updated_at=ReviewRound.updated_at)
        .execution_options(synchronize_session=False)
    )
    session.expire(rnd, ["review_confirmed_at", "review_confirmed_by"])


def review_confirmation(session: Session, *, round_id: int) -> tuple[_dt.datetime | None, str]:
    """(when, by whom) the round was confirmed, (None, "") if not yet. Raises NotFound."""
    rnd = _round(session, round_id)
    return rnd.review_confirmed_at, rnd.review_confirmed_by or ""


def review_holds(session: Session, *, round_id: int) -> dict[int, tuple[str, str]]:
    """Nomination id → (kind, note) of the round's nominations marked under review."""
    return {
        nid: (kind, note)
        for nid, kind, note in session.execute(
            select(Nomination.id, Nomination.review_hold, Nomination.review_hold_note).where(
                Nomination.round_id == round_id, Nomination.review_hold != ""
            )
        )
    }


# ---------------------------------------------------------------- verdicts


def round_verdicts(session: Session, *, round_id: int) -> list[dict]:
    """The round's nominations with their cached verdicts, in list order, for the record
    and batch checks: {id, name, code, award, award_name, status, verdict, reasons:[text…],
    reason_codes:[…], review_hold}. Raises NotFound."""
    names = dict(session.execute(select(AwardType.code, AwardType.name)).all())
    holds = review_holds(session, round_id=round_id)
    order = {"fail": 0, "manual": 1, "info": 2}
    out = []
    for r in list_nominations(session, round_id=round_id):
        reasons = sorted(r.reasons, key=lambda x: order[x.kind])
        out.append(
            {
                "id": r.id,
                "name": r.name,
                "code": r.person_code,
                "award": r.award_code,
                "award_name": r.award_name,
                "status": r.status,
                "verdict": r.verdict_status,
                "reasons": [reason_text(x, names) for x in reasons],
                "reason_codes": [x.code for x in reasons],
                "review_hold": holds.get(r.id, ("", ""))[0],
            }
        )
    return out


def compute_verdicts(
    session: Session, *, round_id: int, progress: Progress | None = None, now: _dt.datetime | None = None
) -> VerdictSummary:
    """Judge every nomination of the round under the rule set in force on its review date
    and cache the verdicts. Rejected nominations are judged too but do not count as
    pending titles or claim a sáng kiến. `now` stamps `verdict_at` (the demo passes a fixed
    time for reproducible data). Raises NotFound, NoRuleSet."""
    t0 = time.perf_counter()
    rnd = _round(session, round_id)
    year, review_date = rnd.year, rnd.review_date
    rule_set = rule_set_in_force(session, on=review_date)
    rules = engine_rules(session, rule_set_id=rule_set.id)
    movement_round = _is_movement_round(session, rnd)
    pending_units: dict[int, set[str]] = defaultdict(set)
    noms = session.execute(
        select(
            Nomination.id,
            Nomination.person_id,
            Nomination.unit_id,
            Nomination.award_code,
            Nomination.status,
            Nomination.submitting_unit_id,
        )
        .where(Nomination.round_id == round_id)
        .order_by(Nomination.id)
    ).all()
    holds = review_holds(session, round_id=round_id)
    total = len(noms)
    if progress:
        progress(0, total)
    # Awards this round's own nominations produced (issued decisions): a nomination never
    # counts the award it produced itself (issue 14), its person's other nominations do.
    # Neither is NULL: award_id IS NOT NULL, nomination_id joined.
    produced: dict[int, int] = dict(
        type_cast(
            "Sequence[tuple[int, int]]",
            session.execute(
                select(DecisionItem.award_id, DecisionItem.nomination_id)
                .join(Nomination, Nomination.id == DecisionItem.nomination_id)
                .where(Nomination.round_id == round_id, DecisionItem.award_id.is_not(None))
            ).all(),
        )
    )
    nominee_people = select(Nomination.person_id).where(
        Nomination.round_id == round_id, Nomination.person_id.is_not(None)
    )
    histories = _load_person_histories(
        session,
        person_filter=Rating.person_id.in_(nominee_people),
        award_filter=Award.person_id.in_(nominee_people),
        ini_filter=Initiative.person_id.in_(nominee_people),
        disc_filter=Discipline.person_id.in_(nominee_people),
        leave_filter=Leave.person_id.in_(nominee_people),
        up_to=year,
        produced=produced,
    )

    verdicts: dict[int, Verdict] = {}
    person_noms: dict[int, list] = defaultdict(list)
    unit_noms = []
    for row in noms:
        if row[1] is not None:
            person_noms[row[1]].append(row)
        else:
            unit_noms.append(row)
    done = 0
    empty = _Hist()
    for pid, rows in person_noms.items():
        base = histories.get(pid, empty)
        items = []
        for nid, _pid, _uid, code, status, _sub in rows:
            hold, note = holds.get(nid, ("", ""))
            items.append(RoundItem(nid, code, base.view(nid), rules.get(code), status != "REJECTED", hold, note))
        verdicts.update(judge_person_round(items, year=year, review_date=review_date, movement_round=movement_round))
        done += len(rows)
        if progress and done % 500 < len(rows):
            progress(done, total)
    for _nid, _pid, uid, code, status, _sub in unit_noms:
        assert uid is not None  # CHECK one_subject: a unit's nomination names its unit
        if status != "REJECTED":
            pending_units[uid].add(code)
    if unit_noms:
        # Members' titles pending in the round count only when judged eligible (uncertain
        # when still to be checked by hand).
        member_pending: dict[int, dict[str, str]] = defaultdict(dict)
        for rows in person_noms.values():
            for nid, pid, _uid, code, status, _sub in rows:
                if status != "REJECTED":
                    member_pending[pid][code] = verdicts[nid].status
        unit_histories = _load_unit_histories(
            session, [r[2] for r in unit_noms if r[2] is not None], year, member_pending
        )
        for nid, _pid, uid, code, _status, _sub in unit_noms:
            assert uid is not None  # CHECK one_subject
            rule = rules.get(code)
            if rule is None:
                v = verdict_of([Reason.of("NO_RULE", award=code)])
            else:
                uh = unit_histories[uid]
                uh = UnitHistory(uid, uh.titles, uh.members, frozenset(pending_units[uid] - {code}))
                v = evaluate(uh, rule, year=year, review_date=review_date, movement_round=movement_round)
            if nid in holds:
                v = with_reasons(v, Reason.of("UNDER_REVIEW", kind=holds[nid][0], note=holds[nid][1]))
            verdicts[nid] = v

    warnings = _quota(session, noms, rules)
    over: dict[tuple[int | None, str], QuotaWarningRow] = {(w.unit_id, w.award_code): w for w in warnings}
    if over:
        for nid, _pid, _uid, code, status, sub in noms:
            w = over.get((sub, code))
            if w is not None and status != "REJECTED":
                share = rules[code].params.quota_share
                assert share is not None  # a warning comes only for a capped award (_quota)
                verdicts[nid] = with_reasons(
                    verdicts[nid],
                    Reason.of(
                        "QUOTA_EXCEEDED",
                        award=code,
                        count=w.count,
                        limit=w.limit,
                        base_award=w.base_award,
                        base_count=w.base_count,
                        num=share[0],
                        den=share[1],
                    ),
                )

    now = now or utcnow()
    params = [
        {
            "b_id": nid,
            "b_status": v.status,
            "b_reasons": [r.to_json() for r in v.reasons],
            "b_at": now,
            "b_ini": v.initiative_ids[0] if v.initiative_ids else None,
        }
        for nid, v in verdicts.items()
    ]
    table = type_cast(Table, Nomination.__table__)
    stmt = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(
            verdict_status=bindparam("b_status"),
            verdict_reasons=bindparam("b_reasons"),
            verdict_at=bindparam("b_at"),
            initiative_id=bindparam("b_ini"),
            # A cache, not an edit: keep updated_at (its onupdate would stamp the clock).
            updated_at=table.c.updated_at,
        )
        .execution_options(audit_cache=True)
    )  # not recorded by the audit trail (CACHE_COLUMNS)
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


class _Hist:
    """One person's history as loaded; `view(nid)` is what nomination `nid` sees."""

    __slots__ = ("person_id", "ratings", "titles", "initiatives", "disciplines", "leaves", "produced", "_base")

    def __init__(self) -> None:
        self.person_id = 0
        self.ratings: dict[int, str] = {}
        self.titles: dict[str, set[int]] = {}
        self.initiatives: list = []  # (id, level, year, used_by_award_id, title)
        self.disciplines: list = []
        self.leaves: list = []
        self.produced: dict[int, tuple[int, str, int]] = {}  # award id → (nomination id, code, year)
        self._base: PersonHistory | None = None

    def view(self, nid: int) -> PersonHistory:
        """The history without the award nomination `nid` produced (and with the sáng kiến
        that award used free again for it)."""
        own = {aid for aid, (n, _c, _y) in self.produced.items() if n == nid}
        if self._base is not None and not own:
            return self._base
        titles: dict[str, set[int]] = {c: set(ys) for c, ys in self.titles.items()}
        for _aid, (n, code, y) in self.produced.items():
            if n != nid:
                titles.setdefault(code, set()).add(y)
        h = PersonHistory(
            self.person_id,
            self.ratings,
            {c: frozenset(ys) for c, ys in titles.items()},
            tuple(
                InitiativeRecord(iid, level, y, used is not None and used not in own, title)
                for iid, level, y, used, title in self.initiatives
            ),
            tuple(self.disciplines),
            tuple(self.leaves),
        )
        if not own:
            self._base = h
        return h


def _load_person_histories(
    session: Session,
    *,
    person_filter: ColumnElement[bool],
    award_filter: ColumnElement[bool],
    ini_filter: ColumnElement[bool],
    disc_filter: ColumnElement[bool],
    leave_filter: ColumnElement[bool],
    up_to: int,
    produced: dict[int, int] | None = None,
) -> dict[int, _Hist]:
    """History of many people in five queries (one per table). `produced`: award id → the
    nomination of the round that produced it (kept apart, see `_Hist.view`)."""
    produced = produced or {}
    out: dict[int, _Hist] = defaultdict(_Hist)
    session.flush()
    conn = session.connection()  # plain rows, no ORM result machinery: ~100,000 rows per round
    for pid, y, r in conn.execute(
        select(Rating.person_id, Rating.year, Rating.rating).where(person_filter, Rating.year <= up_to)
    ):
        out[pid].ratings[y] = r
    for aid, holder, code, y in conn.execute(
        select(Award.id, Award.person_id, Award.award_code, Award.year).where(award_filter, Award.year <= up_to)
    ):
        assert holder is not None  # award_filter: Award.person_id IN (…)
        if aid in produced:
            out[holder].produced[aid] = (produced[aid], code, y)
        else:
            out[holder].titles.setdefault(code, set()).add(y)
    for iid, pid, level, y, used, title in conn.execute(
        select(
            Initiative.id,
            Initiative.person_id,
            Initiative.level,
            Initiative.year,
            Initiative.used_by_award_id,
            Initiative.title,
        ).where(ini_filter, Initiative.year <= up_to)
    ):
        out[pid].initiatives.append((iid, level, y, used, title))
    for pid, level, start, end in conn.execute(
        select(Discipline.person_id, Discipline.level, Discipline.start_date, Discipline.end_date).where(disc_filter)
    ):
        out[pid].disciplines.append(DisciplineRecord(level, start, end))
    for pid, start, end in conn.execute(select(Leave.person_id, Leave.start_date, Leave.end_date).where(leave_filter)):
        out[pid].leaves.append(LeaveRecord(start, end))
    for pid, h in out.items():
        h.person_id = pid
    return out


def _is_movement_round(session: Session, rnd: ReviewRound) -> bool:
    """A round rewarding a themed movement or a sudden feat (held before the year's rating)."""
    if rnd.movement_id is None:
        return False
    return session.scalar(select(Movement.kind).where(Movement.id == rnd.movement_id)) in ("CHUYEN_DE", "DOT_XUAT")


def _load_unit_histories(
    session: Session, unit_ids: Sequence[int], year: int, member_pending: dict[int, dict[str, str]]
) -> dict[int, UnitHistory]:
    """Each unit's own titles and its members in `year` (people of its subtree working at
    the end of the year): rating, LĐTT/CSTĐCS held, or pending in the round and eligible
    (`member_pending`: person → code → verdict status; MANUAL_CHECK ones are uncertain),
    discipline."""
    units = list_units(session)
    year_start, year_end = _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    subtrees = {uid: subtree_ids(units, uid) for uid in set(unit_ids)}
    all_units = sorted(set().union(*subtrees.values())) if subtrees else []
    people: dict[int, int] = {}  # person → unit
    for chunk in _chunks(all_units):
        people.update(
            session.execute(
                select(Person.id, Person.unit_id)
                .where(Person.unit_id.in_(chunk))
                .where(or_(Person.active_from.is_(None), Person.active_from <= year_end))
                .where(or_(Person.active_to.is_(None), Person.active_to > year_end))
            ).all()
        )
    ids = sorted(people)
    ratings: dict[int, str] = {}
    titles: dict[int, set[str]] = defaultdict(set)
    uncertain: dict[int, set[str]] = defaultdict(set)
    discipline: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(ids):
        ratings.update(
            session.execute(
                select(Rating.person_id, Rating.rating).where(Rating.person_id.in_(chunk), Rating.year == year)
            ).all()
        )
        for pid, code in session.execute(
            select(Award.person_id, Award.award_code).where(Award.person_id.in_(chunk), Award.year == year)
        ):
            assert pid is not None  # Award.person_id IN (chunk)
            titles[pid].add(code)
        for pid in chunk:
            for code, status in member_pending.get(pid, {}).items():
                if status == ELIGIBLE:
                    titles[pid].add(code)
                elif status == MANUAL_CHECK:
                    uncertain[pid].add(code)
        for pid, level in session.execute(
            select(Discipline.person_id, Discipline.level)
            .where(Discipline.person_id.in_(chunk), Discipline.start_date <= year_end)
            .where(or_(Discipline.end_date.is_(None), Discipline.end_date >= year_start))
        ):
            discipline[pid].append(level)
    own: dict[int, dict[str, set[int]]] = defaultdict(dict)
    for chunk in _chunks(sorted(subtrees)):
        for uid, code, y in session.execute(
            select(Award.unit_id, Award.award_code, Award.year).where(Award.unit_id.in_(chunk), Award.year <= year)
        ):
            assert uid is not None  # Award.unit_id IN (chunk)
            own[uid].setdefault(code, set()).add(y)
    out = {}
    for uid, tree in subtrees.items():
        members = tuple(
            MemberYear(
                pid,
                ratings.get(pid),
                frozenset(titles.get(pid, ())),
                tuple(discipline.get(pid, ())),
                frozenset(uncertain.get(pid, set()) - titles.get(pid, set())),
            )
            for pid in ids
            if people[pid] in tree
        )
        out[uid] = UnitHistory(uid, {c: frozenset(y) for c, y in own[uid].items()}, members)
    return out


def _quota(
    session: Session,
    noms: Sequence[Row[int, int | None, int | None, str, str, int | None]],
    rules: Mapping[str, AwardRule],
) -> list[QuotaWarningRow]:
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
        if p is None or p.quota_share is None or p.quota_base_award is None:  # (capped has both)
            continue
        w = check_quota(
            unit_id=unit_id,
            award_code=code,
            count=count,
            base_award=p.quota_base_award,
            base_count=counts.get((unit_id, p.quota_base_award), 0),
            share=p.quota_share,
        )
        if w is not None:
            out.append(
                QuotaWarningRow(unit_id, names.get(unit_id, ""), code, w.count, w.base_award, w.base_count, w.limit)
            )
    return out


def quota_warnings(session: Session, *, round_id: int) -> list[QuotaWarningRow]:
    """Units whose nominations exceed a cap of the rule set in force (e.g. CSTĐCS ≤ 15 % of
    LĐTT, when the office sets one), counted per submitting unit."""
    rnd = _round(session, round_id)
    rules = engine_rules(session, rule_set_id=rule_set_in_force(session, on=rnd.review_date).id)
    noms = session.execute(
        select(
            Nomination.id,
            Nomination.person_id,
            Nomination.unit_id,
            Nomination.award_code,
            Nomination.status,
            Nomination.submitting_unit_id,
        ).where(Nomination.round_id == round_id)
    ).all()
    return _quota(session, noms, rules)


# ---------------------------------------------------------------- listing


CONFLICT_RULE = (
    "thành viên Hội đồng là chính người được đề nghị; hoặc làm việc trực tiếp tại đơn vị của cá nhân "
    "được đề nghị (cùng phòng, ban); hoặc thuộc tập thể được đề nghị (đơn vị đó hay đơn vị trực thuộc)"
)


def conflicts_of_interest(session: Session, *, round_id: int) -> dict[int, tuple[str, ...]]:
    """Nomination id → names of council members with a conflict of interest (CONFLICT_RULE).

    A member's unit is the unit he works in: his person's unit when he is staff, else the
    unit chosen for him (an outsider). There is a conflict when the member
    - is the nominee (an individual);
    - works in the individual nominee's own unit (same phòng/ban: a direct colleague; a
      unit above, e.g. the nominee's agency, does not count — on a bloc council every
      agency has a member, and that is no conflict);
    - belongs to the collective nominee: his unit is that unit or one under it.
    The round's council, or the newest council when the round names none."""
    rnd = _round(session, round_id)
    council_id = rnd.council_id or session.scalar(select(func.max(Council.id)))
    if council_id is None:
        return {}
    members = session.execute(
        select(CouncilMember.full_name, CouncilMember.person_id, CouncilMember.unit_id, Person.unit_id)
        .outerjoin(Person, Person.id == CouncilMember.person_id)
        .where(CouncilMember.council_id == council_id, CouncilMember.active.is_(True))
    ).all()
    if not members:
        return {}
    units = list_units(session)
    noms = session.execute(
        select(Nomination.id, Nomination.person_id, Nomination.unit_id, Person.unit_id)
        .outerjoin(Person, Person.id == Nomination.person_id)
        .where(Nomination.round_id == round_id)
    ).all()
    subtree_cache: dict[int, set[int]] = {}
    out: dict[int, tuple[str, ...]] = {}
    for nid, pid, uid, person_unit in noms:
        if pid is None and uid is not None and uid not in subtree_cache:
            subtree_cache[uid] = subtree_ids(units, uid)
        names = []
        for name, m_pid, m_unit, m_person_unit in members:
            home = m_person_unit if m_pid is not None else m_unit
            if pid is not None:
                hit = m_pid == pid or (home is not None and home == person_unit)
            else:
                hit = home is not None and uid is not None and home in subtree_cache[uid]
            if hit:
                names.append(name)
        if names:
            out[nid] = tuple(dict.fromkeys(names))
    return out


def list_nominations(
    session: Session,
    *,
    round_id: int,
    unit_id: int | None = None,
    award_code: str | None = None,
    verdict: str | None = None,
    status: str | None = None,
    subject: str | None = None,
    query: str = "",
) -> list[NominationRow]:
    """The round's nominations, individuals first, then by award (catalogue order) and name.

    Filters: `unit_id` (nominees in its subtree), `award_code`, `verdict` (a verdict status,
    or "" for not yet computed), `status`, `subject` (CA_NHAN/TAP_THE), `query` (name, tone-
    and case-insensitive). Raises NotFound."""
    _round(session, round_id)
    units = list_units(session)
    by_id = {u.id: u for u in units}
    stmt = (
        select(
            Nomination,
            Person.code,
            Person.full_name,
            Person.gender,
            Person.position,
            Person.unit_id,
            Person.leader_level,
            Person.staff_category,
            Person.sort_key,
            AwardType.name,
            AwardType.sort_order,
        )
        .outerjoin(Person, Person.id == Nomination.person_id)
        .outerjoin(AwardType, AwardType.code == Nomination.award_code)
        .where(Nomination.round_id == round_id)
    )
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
    for (
        n,
        code,
        full_name,
        gender,
        position,
        p_unit,
        leader,
        category,
        sort_key,
        award_name,
        award_order,
    ) in session.execute(stmt):
        if n.person_id is not None:
            salutation = "Bà" if gender == "F" else "Ông"
            name, home = full_name, p_unit
            work = by_id[home].name if home in by_id else ""
            subj = "CA_NHAN"
        else:
            assert n.unit_id is not None  # CHECK one_subject
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
        sub = by_id.get(n.submitting_unit_id) if n.submitting_unit_id is not None else None
        rows.append(
            (
                (0 if subj == "CA_NHAN" else 1, award_order or 0, n.award_code, sort_key or b"", name, n.id),
                NominationRow(
                    n.id,
                    n.round_id,
                    subj,
                    n.person_id,
                    n.unit_id,
                    code or "",
                    salutation,
                    name,
                    gender or "",
                    position or "",
                    work,
                    agency.name if agency else "",
                    leader or "",
                    category or "",
                    n.award_code,
                    award_name or n.award_code,
                    n.status,
                    n.achievement,
                    n.submitting_unit_id,
                    sub.name if sub else "",
                    n.verdict_status,
                    reasons,
                    v_text,
                    conflicts.get(n.id, ()),
                    n.version,
                    n.leads_bloc,
                ),
            )
        )
    rows.sort(key=lambda item: item[0])
    return [r for _k, r in rows]


class NominationListRow(NamedTuple):
    """One line of the nominations screen, read by one SQL projection (no ORM objects).

    `reasons_json` is the cached verdict's reasons as stored (JSON text, None before the
    first check): decode it only for the rows shown (`row_reasons`, `row_verdict_text`).
    `work_unit` is the person's unit (or a unit's parent), `agency` its agency; `conflicts`
    names the council members with a conflict of interest (CONFLICT_RULE)."""

    id: int
    round_id: int
    subject: str  # CA_NHAN | TAP_THE
    person_id: int | None
    unit_id: int | None
    name: str
    work_unit: str
    agency: str
    award_code: str
    award_name: str
    status: str
    verdict_status: str  # "" until computed
    reasons_json: str | None
    conflicts: tuple[str, ...]
    version: int
    submitting_unit_id: int | None

    @property
    def reasons(self) -> tuple[Reason, ...]:
        return row_reasons(self)

    @property
    def verdict_text(self) -> str:
        """The reasons' text with the catalogue's standard award names (`row_verdict_text`
        takes the office's names)."""
        return row_verdict_text(self)


class NominationListing(NamedTuple):
    """What the nominations screen shows for a round under its filters: the rows, the
    round's counts by status and verdict, the quota warnings and the award names (for
    the reason texts)."""

    rows: list[NominationListRow]
    counts: dict[str, dict[str, int]]
    warnings: list[QuotaWarningRow]
    award_names: dict[str, str]


class NominationDetail(NamedTuple):
    """The detail pane of one nomination: achievement summary, under-review mark, its
    decoded reasons and status history."""

    id: int
    version: int
    achievement: str
    review_hold: str
    review_hold_note: str
    reasons: tuple[Reason, ...]
    events: list[NominationEventRow]


def row_reasons(row: NominationListRow) -> tuple[Reason, ...]:
    """The reasons of a listed row's cached verdict, decoded from their stored JSON."""
    if not row.reasons_json:
        return ()
    data = row.reasons_json if isinstance(row.reasons_json, list) else json.loads(row.reasons_json)
    return tuple(Reason.from_json(r) for r in data or ())


def row_verdict_text(row: NominationListRow, names: Mapping[str, str] | None = None) -> str:
    """'; '-joined reasons of a listed row (the list's «Lý do» column), "" before a check."""
    if not row.verdict_status:
        return ""
    return verdict_text(Verdict(row.verdict_status, row_reasons(row)), names)


def _conflict_lookup(
    session: Session, round_id: int, units: list[UnitRow]
) -> Callable[[int | None, int | None, int | None], tuple[str, ...]]:
    """A function (person_id, person_unit_id, unit_id) → names of council members with a
    conflict (CONFLICT_RULE, as `conflicts_of_interest`): for individuals a dictionary
    lookup of names prepared per unit, so 50,000 rows cost a few milliseconds."""
    rnd = _round(session, round_id)
    council_id = rnd.council_id or session.scalar(select(func.max(Council.id)))
    members = (
        []
        if council_id is None
        else session.execute(
            select(CouncilMember.full_name, CouncilMember.person_id, CouncilMember.unit_id, Person.unit_id)
            .outerjoin(Person, Person.id == CouncilMember.person_id)
            .where(CouncilMember.council_id == council_id, CouncilMember.active.is_(True))
        ).all()
    )
    by_pid: dict[int, list[int]] = defaultdict(list)
    by_home: dict[int, list[int]] = defaultdict(list)
    homes = []
    for i, (_name, m_pid, m_unit, m_person_unit) in enumerate(members):
        home = m_person_unit if m_pid is not None else m_unit
        homes.append(home)
        if m_pid is not None:
            by_pid[m_pid].append(i)
        if home is not None:
            by_home[home].append(i)

    def names(indices: Iterable[int]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(members[i][0] for i in sorted(set(indices))))

    home_names = {home: names(indices) for home, indices in by_home.items()}
    children: dict[int | None, list[int]] = defaultdict(list)
    for u in units:
        children[u.parent_id].append(u.id)
    unit_names: dict[int, tuple[str, ...]] = {}

    def subtree(root: int) -> set[int]:
        found, stack = set(), [root]
        while stack:
            uid = stack.pop()
            if uid not in found:
                found.add(uid)
                stack.extend(children.get(uid, ()))
        return found

    def conflicts(pid: int | None, person_unit: int | None, uid: int | None) -> tuple[str, ...]:
        if pid is not None:
            home = person_unit if person_unit is not None else -1
            if pid not in by_pid:
                return home_names.get(home, ())
            return names(by_pid[pid] + by_home.get(home, []))
        if uid is None or not members:
            return ()
        if uid not in unit_names:
            tree = subtree(uid)
            unit_names[uid] = names(i for i, home in enumerate(homes) if home is not None and home in tree)
        return unit_names[uid]

    return conflicts


_NOMINEE_UNIT = aliased(Unit)


def _agency_name(by_id: dict[int, UnitRow], unit_id: int) -> str:
    """`agency_of(units, unit_id).name` from a prepared id → unit map."""
    path: list[UnitRow] = []
    current = by_id.get(unit_id)
    while current is not None and current not in path:
        path.append(current)
        current = by_id.get(current.parent_id) if current.parent_id is not None else None
    path.reverse()
    for u in path:
        if u.kind == "CO_QUAN":
            return u.name
    below_bloc = [u for u in path if u.kind != "KHOI"]
    agency = below_bloc[0] if below_bloc else (path[-1] if path else None)
    return agency.name if agency else ""


def list_nomination_rows(
    session: Session,
    *,
    round_id: int,
    unit_id: int | None = None,
    award_code: str | None = None,
    verdict: str | None = None,
    status: str | None = None,
    subject: str | None = None,
    query: str = "",
) -> list[NominationListRow]:
    """The round's nominations as the screen lists them, in `list_nominations` order
    (individuals first, then award in catalogue order and Vietnamese name order), read by
    one SQL projection: every filter is in SQL (`unit_id`: nominees in its subtree;
    `verdict` "" = not yet computed; `query`: every folded word in the person's stored
    search key or the unit's name), the sort from stored keys, the reasons left as JSON.
    Raises NotFound. Any thread with its own Session."""
    _round(session, round_id)
    units = list_units(session)
    by_id = {u.id: u for u in units}
    nominee_unit = _NOMINEE_UNIT
    stmt = (
        select(
            Nomination.id,
            Nomination.person_id,
            Nomination.unit_id,
            Nomination.award_code,
            Nomination.status,
            Nomination.verdict_status,
            cast(Nomination.verdict_reasons, Text),
            Nomination.version,
            Nomination.submitting_unit_id,
            Person.full_name,
            Person.unit_id,
            AwardType.name,
        )
        .outerjoin(Person, Person.id == Nomination.person_id)
        .outerjoin(nominee_unit, nominee_unit.id == Nomination.unit_id)
        .outerjoin(AwardType, AwardType.code == Nomination.award_code)
        .where(Nomination.round_id == round_id)
        .order_by(
            Nomination.person_id.is_(None),
            func.coalesce(AwardType.sort_order, 0),
            Nomination.award_code,
            Person.sort_key,
            Person.full_name,
            nominee_unit.name,
            Nomination.id,
        )
    )
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
    tokens = fold(query).split()
    if tokens:
        # Units are few: their names are folded here; people carry a stored search key.
        named_units = [u.id for u in units if all(t in fold(u.name) for t in tokens)]
        stmt = stmt.where(
            or_(
                and_(*(Person.search_key.contains(t, autoescape=True) for t in tokens)),
                Nomination.unit_id.in_(named_units),
            )
        )
    conflicts = _conflict_lookup(session, round_id, units)
    agency_cache: dict[int | None, str] = {}
    result = session.connection().execute(stmt)
    try:
        # The DBAPI's own tuples: no column here needs a result processor, and building
        # SQLAlchemy Row objects costs as much as the query (5,000 rows: ~0.5× the floor).
        fetched = result.cursor.fetchall()
    finally:
        result.close()
    rows = []
    for nid, pid, uid, code, st, v_status, reasons, version, sub, full_name, p_unit, award_name in fetched:
        if pid is not None:
            subj, name, home = "CA_NHAN", full_name, p_unit
            work = by_id[home].name if home in by_id else ""
        else:
            unit = by_id.get(uid)
            subj, name, home = "TAP_THE", unit.name if unit else "", uid
            parent = by_id.get(unit.parent_id) if unit and unit.parent_id else None
            work = parent.name if parent else ""
        agency = agency_cache.get(home)
        if agency is None:
            agency = agency_cache[home] = _agency_name(by_id, home) if home in by_id else ""
        rows.append(
            NominationListRow(
                nid,
                round_id,
                subj,
                pid,
                uid,
                name,
                work,
                agency,
                code,
                award_name or code,
                st,
                v_status or "",
                reasons,
                conflicts(pid, p_unit, uid),
                version,
                sub,
            )
        )
    return rows


def _quota_grouped(session: Session, round_id: int, rules: dict[str, Any]) -> list[QuotaWarningRow]:
    """`quota_warnings` from one GROUP BY (submitting unit, award) instead of every row."""
    capped = {code: r.params for code, r in rules.items() if r.params.quota_share and r.params.quota_base_award}
    if not capped:
        return []
    grouped = session.execute(
        select(Nomination.submitting_unit_id, Nomination.award_code, func.count())
        .where(
            Nomination.round_id == round_id, Nomination.status != "REJECTED", Nomination.submitting_unit_id.is_not(None)
        )
        .group_by(Nomination.submitting_unit_id, Nomination.award_code)
    )
    counts: dict[tuple[int, str], int] = {(sub, code): n for sub, code, n in grouped if sub is not None}
    names = dict(session.execute(select(Unit.id, Unit.name)).all())
    out = []
    for (unit_id, code), count in sorted(counts.items()):
        p = capped.get(code)
        if p is None or p.quota_share is None or p.quota_base_award is None:  # (capped has both)
            continue
        w = check_quota(
            unit_id=unit_id,
            award_code=code,
            count=count,
            base_award=p.quota_base_award,
            base_count=counts.get((unit_id, p.quota_base_award), 0),
            share=p.quota_share,
        )
        if w is not None:
            out.append(
                QuotaWarningRow(unit_id, names.get(unit_id, ""), code, w.count, w.base_award, w.base_count, w.limit)
            )
    return out


def nomination_listing(session: Session, *, round_id: int, **filters: Any) -> NominationListing:
    """Everything the nominations screen shows for a round under `filters`
    (`list_nomination_rows`' keywords): the rows, the round's counts, the quota warnings
    (none while no rule set is in force) and the award names. Raises NotFound. Any
    thread with its own Session."""
    rows = list_nomination_rows(session, round_id=round_id, **filters)
    counts: dict[str, dict[str, int]] = {"status": defaultdict(int), "verdict": defaultdict(int)}
    unfiltered = (
        filters.get("verdict") is None
        and not str(filters.get("query") or "").strip()
        and not any(filters.get(k) for k in ("unit_id", "award_code", "status", "subject"))
    )
    grouped: Iterable[tuple[Any, Any, int]]
    if not unfiltered:
        grouped = (
            session.connection()
            .execute(
                select(Nomination.status, Nomination.verdict_status, func.count())
                .where(Nomination.round_id == round_id)
                .group_by(Nomination.status, Nomination.verdict_status)
            )
            .all()
        )
    else:  # the rows are the whole round: count them rather than read the round again
        grouped = [(r.status, r.verdict_status, 1) for r in rows]
    for st, v_status, n in grouped:
        counts["status"][st] += n
        counts["verdict"][v_status or ""] += n
    counts = {k: dict(v) for k, v in counts.items()}
    rnd = _round(session, round_id)
    try:
        rules = engine_rules(session, rule_set_id=rule_set_in_force(session, on=rnd.review_date).id)
        warnings = _quota_grouped(session, round_id, rules)
    except NoRuleSet:
        warnings = []
    names = dict(session.execute(select(AwardType.code, AwardType.name)).all())
    return NominationListing(rows, counts, warnings, names)


def nomination_detail(session: Session, *, nomination_id: int) -> NominationDetail:
    """The detail pane of one nomination (its reasons decoded here, for this one row).
    Raises NotFound."""
    n = session.execute(
        select(
            Nomination.id,
            Nomination.version,
            Nomination.achievement,
            Nomination.review_hold,
            Nomination.review_hold_note,
            Nomination.verdict_reasons,
        ).where(Nomination.id == nomination_id)
    ).first()
    if n is None:
        raise NotFound(what="đề nghị khen thưởng", key=nomination_id)
    reasons = tuple(Reason.from_json(r) for r in (n.verdict_reasons or ()))
    return NominationDetail(
        n.id,
        n.version,
        n.achievement or "",
        n.review_hold or "",
        n.review_hold_note or "",
        reasons,
        nomination_events(session, nomination_id=nomination_id),
    )


def round_counts(session: Session, *, round_id: int) -> dict[str, dict[str, int]]:
    """{"status": {status: n}, "verdict": {verdict or "": n}} for a round's dashboard."""
    out: dict[str, dict[str, int]] = {"status": {}, "verdict": {}}
    for s, n in session.execute(
        select(Nomination.status, func.count()).where(Nomination.round_id == round_id).group_by(Nomination.status)
    ):
        out["status"][s] = n
    for s, n in session.execute(
        select(Nomination.verdict_status, func.count())
        .where(Nomination.round_id == round_id)
        .group_by(Nomination.verdict_status)
    ):
        out["verdict"][s] = n
    return out


__all__ = [
    "STATUSES",
    "InvalidTransition",
    "NominationRow",
    "AddResult",
    "QuotaWarningRow",
    "VerdictSummary",
    "NominationEventRow",
    "add_nominations",
    "propose_ldtt",
    "update_nomination",
    "delete_nomination",
    "allowed_transitions",
    "needs_reason",
    "change_status",
    "change_status_many",
    "nomination_events",
    "compute_verdicts",
    "quota_warnings",
    "conflicts_of_interest",
    "list_nominations",
    "round_counts",
    "agency_of",
    "export_nominations",
    "ReviewNotConfirmed",
    "set_review_hold",
    "confirm_no_review_in_round",
    "review_confirmation",
    "review_holds",
    "round_verdicts",
    "rows_for_export",
    "is_sendable",
    "SENDABLE_STATUSES",
    "SENDABLE_VERDICTS",
    "NominationListRow",
    "NominationListing",
    "NominationDetail",
    "list_nomination_rows",
    "nomination_listing",
    "nomination_detail",
    "row_reasons",
    "row_verdict_text",
]


# What goes to the superior by default (the "list sent upward"): nominations the units have
# submitted and the office has checked (or the council passed), judged eligible or to be
# checked by hand — never a draft, a rejection, one already decided here, nor a ✘.
SENDABLE_STATUSES = ("SUBMITTED", "CHECKED", "VOTED", "APPROVED")
SENDABLE_VERDICTS = (ELIGIBLE, MANUAL_CHECK)


def is_sendable(row: NominationRow) -> bool:
    return row.status in SENDABLE_STATUSES and row.verdict_status in SENDABLE_VERDICTS


def rows_for_export(
    session: Session, *, round_id: int, filters: dict | None = None, everything: bool = False
) -> tuple[list[NominationRow], list[NominationRow]]:
    """The rows the list would hold and those left out: the round's nominations under
    `filters` (list_nominations' keyword filters — the screen's), of which only the
    sendable ones (`is_sendable`) unless `everything`. Raises NotFound."""
    rows = list_nominations(session, round_id=round_id, **(filters or {}))
    if everything:
        return rows, []
    return [r for r in rows if is_sendable(r)], [r for r in rows if not is_sendable(r)]


def export_nominations(
    session: Session,
    *,
    round_id: int,
    out: str | Path,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    on_date: _dt.date | None = None,
    confirm_no_review: bool = False,
    filters: dict | None = None,
    everything: bool = False,
    with_status: bool = False,
    with_verdict: bool = False,
) -> tuple[Path, int]:
    """Write the round's "Danh sách đề nghị khen thưởng" to `out`: by default the sendable
    nominations (`rows_for_export`) under `filters`; `everything` = every nomination under
    the filters (the caller has confirmed). `with_status` / `with_verdict` add the columns
    "Trạng thái" / "Kết quả kiểm tra". The round must have the clerk's confirmation that
    nobody in it is under review (NĐ 152/2025 Art. 4(4)); `confirm_no_review` gives it now.
    Returns (path, count). Raises NotFound, ReviewNotConfirmed, FileLocked, Cancelled."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.nomination_list import NominationListInfo, write_nomination_list

    rnd = _round(session, round_id)
    if rnd.review_confirmed_at is None:
        if not confirm_no_review:
            raise ReviewNotConfirmed(round=rnd.name)
        confirm_no_review_in_round(session, round_id=round_id)
    rows, _left_out = rows_for_export(session, round_id=round_id, filters=filters, everything=everything)
    s = get_settings(session)
    info = NominationListInfo(
        round_name=rnd.name,
        year=rnd.year,
        agency_name=s.agency_name,
        issuing_body=s.issuing_body,
        header_style=s.header_style,
        place_name=s.place_name,
        signer_title=s.signer_title,
        signer_name=s.signer_name,
        on_date=on_date,
    )
    extra = []
    if with_status:
        extra.append(("Trạng thái", 14, lambda r: STATUSES.get(r.status, r.status)))
    if with_verdict:
        extra.append(("Kết quả kiểm tra", 30, _verdict_cell))
    path = write_nomination_list(
        rows, info, out, progress=progress, is_cancelled=is_cancelled, extra_columns=tuple(extra)
    )
    audit.log_event(
        session,
        "EXPORT",
        table="review_round",
        row_id=round_id,
        detail={"kind": "nominations", "out": str(path), "rows": len(rows)},
    )
    return path, len(rows)


def _verdict_cell(row: NominationRow) -> str:
    label = {ELIGIBLE: "Đủ điều kiện", NOT_ELIGIBLE: "Không đủ điều kiện", MANUAL_CHECK: "Cần kiểm tra thủ công"}.get(
        row.verdict_status, "Chưa kiểm tra"
    )
    text = verdict_text(Verdict(row.verdict_status, row.reasons), lang="vi")  # a document: Vietnamese
    return f"{label}: {text}" if row.verdict_text and row.verdict_status != ELIGIBLE else label
