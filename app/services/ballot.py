"""Secret ballots of a Council meeting: candidates, double-entered sheets, comparison,
sealing with a SHA-256 hash, reopening with a logged reason, second rounds and the
Chair's recorded decision; the data of the ballot papers and of the minutes.

Every function takes a Session (the caller owns the transaction) and returns DTOs
(`app.rules.tally` values, NamedTuples) or ids. The counting itself is the pure engine
`app.rules.tally` (integers and fractions only).

Double entry: clerk A and clerk B enter the same pile as passes "A" and "B". `entry_state`
returns one pass only, so an entry screen never shows the other pass; `compare_passes`
needs both passes declared finished (`finish_entry`); the tally and the seal are refused
until both passes agree sheet by sheet.

Secrecy (issue 4 item 9): a stored sheet holds its serial number, kind and struck numbers
only. Papers carry no serial either.

Sealing stores the `TallyResult` and `seal_hash` = SHA-256 of `seal_payload` (a canonical
JSON of the ballot's parameters, its candidates, the sheets sorted by number and the
results). A sealed ballot refuses every change; `reopen_ballot` needs a reason, logged
with who and when; sealing again recomputes the hash.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from sqlalchemy import delete, func, select
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session, load_only

from app.db import utcnow
from app.errors import BadInput, NotFound, ValidationFailed
from app.messages import Joined, Msg
from app.models import (
    AwardType,
    Ballot,
    BallotCandidate,
    BallotEvent,
    BallotSheet,
    Meeting,
    MeetingAttendance,
    Nomination,
    ReviewRound,
)
from app.rules.ballot_sheets import parse_struck
from app.rules.document import DocumentHeader
from app.rules.tally import (
    BALLOT,
    INVALID,
    KINDS,
    WRITTEN,
    CandidateResult,
    Sheet,
    SheetDifference,
    TallyInput,
    TallyResult,
    Threshold,
    apply_chair_decision,
    entry_differences,
    reaches,
    second_round,
    tally,
)
from app.rules.vntext import clean_text, date_words
from app.services import audit
from app.services.catalogue import engine_rules, rule_set_in_force
from app.services.common import check_version, current_user, flush_or_stale
from app.services.settings import get_settings

if TYPE_CHECKING:  # the export modules and council are imported lazily, at first use
    from app.exports.ballot_papers import BallotPaperData
    from app.exports.minutes import MeetingMinutesData, TallyMinutesData
    from app.services.council import AttendanceRow

__all__ = [
    "ENTRIES",
    "KIND_NAMES",
    "BallotSealed",
    "EntriesDiffer",
    "BallotRow",
    "CandidateRow",
    "EntryState",
    "CompareResult",
    "SealResult",
    "BallotEventRow",
    "parse_entry_line",
    "seal_payload",
    "compute_seal_hash",
    "result_to_json",
    "result_from_json",
    "create_ballot",
    "update_ballot",
    "delete_ballot",
    "list_ballots",
    "get_ballot",
    "list_candidates",
    "entry_state",
    "add_sheet",
    "replace_sheet",
    "delete_sheet",
    "undo_last_sheet",
    "finish_entry",
    "compare_passes",
    "preview_tally",
    "seal_ballot",
    "reopen_ballot",
    "verify_seal",
    "ballot_events",
    "sealed_result",
    "create_second_round",
    "ballot_paper_data",
    "tally_minutes_data",
    "meeting_minutes_data",
]

ENTRIES = ("A", "B")
KIND_NAMES = {BALLOT: "Phiếu bầu", WRITTEN: "Ý kiến bằng văn bản", INVALID: "Phiếu không hợp lệ"}
STATUSES = {"OPEN": "Đang kiểm phiếu", "SEALED": "Đã niêm phong"}


class BallotSealed(BadInput):
    code = "ballot_sealed"


class EntriesDiffer(BadInput):
    code = "entries_differ"


class BallotRow(NamedTuple):
    """A ballot as listed. `threshold` is exact; `sheets_a/_b` count each pass's sheets."""

    id: int
    meeting_id: int
    award_code: str
    award_name: str
    title: str
    round_no: int
    parent_id: int | None
    members: int
    threshold: Threshold
    max_approvals: int | None
    quota: int | None
    issued: int
    spares: int
    status: str
    entry_a_done: bool
    entry_b_done: bool
    sheets_a: int
    sheets_b: int
    candidates: int
    seal_hash: str
    sealed_at: _dt.datetime | None
    sealed_by: str
    version: int

    @property
    def sealed(self) -> bool:
        return self.status == "SEALED"


class CandidateRow(NamedTuple):
    number: int
    name: str
    unit_name: str
    nomination_id: int | None


class EntryState(NamedTuple):
    """One pass only (the other clerk's pass is never returned): its sheets in entry
    order, the next free sheet number and the counts by kind."""

    ballot_id: int
    entry: str
    sheets: tuple[Sheet, ...]
    next_number: int
    counts: dict[str, int]
    done: bool
    members: int
    candidates: int
    sealed: bool


class CompareResult(NamedTuple):
    count_a: int
    count_b: int
    differences: tuple[SheetDifference, ...]

    @property
    def agree(self) -> bool:
        return not self.differences


class SealResult(NamedTuple):
    ballot_id: int
    seal_hash: str
    result: TallyResult


class BallotEventRow(NamedTuple):
    at: _dt.datetime
    by: str
    action: str
    reason: str
    seal_hash: str


# ---------------------------------------------------------------- pure helpers

_PREFIX = re.compile(r"^\s*([vVkK])(?=[\s,]|\d|$)\s*,?")


def parse_entry_line(text: str, candidates: int, *, kind: str = BALLOT) -> tuple[str, frozenset[int], list[str]]:
    """A typed entry line → (kind, struck, problems).

    "3 17" or "3,17": a ballot striking 3 and 17; "" a ballot striking nobody; a leading
    "v" marks a written opinion ("v 3"), a leading "k" an invalid sheet ("k"). `kind` is
    the kind chosen on screen when the line has no prefix.
    """
    m = _PREFIX.match(text or "")
    if m:
        kind = WRITTEN if m.group(1).lower() == "v" else INVALID
        text = text[m.end() :]
    if kind not in KINDS:
        return kind, frozenset(), [f"loại phiếu '{kind}' không hợp lệ"]
    struck, problems = parse_struck(text or "", candidates)
    return kind, struck, problems


def result_to_json(result: TallyResult) -> dict:
    """Everything of a TallyResult as plain JSON values (round trip: `result_from_json`)."""
    return {
        "members": result.members,
        "collected": result.collected,
        "valid": result.valid,
        "invalid": result.invalid,
        "written": result.written,
        "over_max": result.over_max,
        "threshold": [result.threshold.num, result.threshold.den],
        "max_approvals": result.max_approvals,
        "quota": result.quota,
        "candidates": [
            {
                "number": c.number,
                "name": c.name,
                "approvals": c.approvals,
                "percent": c.percent,
                "passed": c.passed,
                "tied": c.tied,
                "by_decision": c.by_decision,
            }
            for c in result.candidates
        ],
    }


def result_from_json(data: dict) -> TallyResult:
    return TallyResult(
        members=data["members"],
        collected=data["collected"],
        valid=data["valid"],
        invalid=data["invalid"],
        written=data["written"],
        over_max=data.get("over_max", 0),
        threshold=Threshold(*data["threshold"]),
        max_approvals=data.get("max_approvals"),
        quota=data.get("quota"),
        candidates=tuple(CandidateResult(**c) for c in data["candidates"]),
    )


def seal_payload(
    *,
    award_code: str,
    round_no: int,
    members: int,
    threshold: Threshold,
    max_approvals: int | None,
    quota: int | None,
    candidates: Sequence[tuple[int, str]],
    sheets: Iterable[Sheet],
    results: dict,
    chair_choice: Sequence[int] | None = None,
) -> bytes:
    """The canonical bytes hashed at sealing: sorted keys, no spaces, UTF-8 (NFC text),
    candidates by number, sheets by number with their struck numbers sorted."""
    doc = {
        "ballot": {
            "award_code": award_code,
            "round_no": round_no,
            "members": members,
            "threshold": [threshold.num, threshold.den],
            "max_approvals": max_approvals,
            "quota": quota,
        },
        "candidates": [[n, name] for n, name in sorted(candidates)],
        "sheets": [[s.number, s.kind, sorted(s.struck)] for s in sorted(sheets, key=lambda s: s.number)],
        "results": results,
        "chair_choice": sorted(chair_choice) if chair_choice else [],
    }
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def compute_seal_hash(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()


def _struck_text(struck: Iterable[int]) -> str:
    return " ".join(str(n) for n in sorted(struck))


def _struck_set(text: str) -> frozenset[int]:
    return frozenset(int(t) for t in text.split()) if text else frozenset()


# ---------------------------------------------------------------- loading


def _ballot(session: Session, ballot_id: int, *, lock: bool = False) -> Ballot:
    stmt = select(Ballot).where(Ballot.id == ballot_id)
    if lock:
        # PostgreSQL: two clerks on two PCs; the seal and an entry must not interleave.
        stmt = stmt.with_for_update()
    b = session.scalar(stmt)
    if b is None:
        raise NotFound(what="phiếu bầu", key=ballot_id)
    return b


def _open_ballot(session: Session, ballot_id: int) -> Ballot:
    b = _ballot(session, ballot_id, lock=True)
    if b.status == "SEALED":
        raise BallotSealed(title=b.title)
    return b


def _check_entry(entry: str) -> str:
    if entry not in ENTRIES:
        raise BadInput("ballot.bad_entry", entry=entry)
    return entry


def _candidate_count(session: Session, ballot_id: int) -> int:
    return (
        session.scalar(select(func.count()).select_from(BallotCandidate).where(BallotCandidate.ballot_id == ballot_id))
        or 0
    )


def _sheets(session: Session, ballot_id: int, entry: str) -> list[Sheet]:
    rows = session.execute(
        select(BallotSheet.number, BallotSheet.kind, BallotSheet.struck)
        .where(BallotSheet.ballot_id == ballot_id, BallotSheet.entry == entry)
        .order_by(BallotSheet.id)
    ).all()
    return [Sheet(n, k, _struck_set(s)) for n, k, s in rows]


def _threshold_of(b: Ballot) -> Threshold:
    return Threshold(b.threshold_num, b.threshold_den)


def _row(session: Session, b: Ballot) -> BallotRow:
    counts = dict(
        session.execute(
            select(BallotSheet.entry, func.count()).where(BallotSheet.ballot_id == b.id).group_by(BallotSheet.entry)
        ).all()
    )
    award = session.get(AwardType, b.award_code)
    return BallotRow(
        b.id,
        b.meeting_id,
        b.award_code,
        award.name if award else b.award_code,
        b.title,
        b.round_no,
        b.parent_id,
        b.members,
        _threshold_of(b),
        b.max_approvals,
        b.quota,
        b.issued,
        b.spares,
        b.status,
        b.entry_a_done,
        b.entry_b_done,
        counts.get("A", 0),
        counts.get("B", 0),
        _candidate_count(session, b.id),
        b.seal_hash,
        b.sealed_at,
        b.sealed_by,
        b.version,
    )


def list_ballots(session: Session, *, meeting_id: int) -> list[BallotRow]:
    return [
        _row(session, b)
        for b in session.scalars(select(Ballot).where(Ballot.meeting_id == meeting_id).order_by(Ballot.id))
    ]


def get_ballot(session: Session, ballot_id: int) -> BallotRow:
    return _row(session, _ballot(session, ballot_id))


def list_candidates(session: Session, *, ballot_id: int) -> list[CandidateRow]:
    # Plain columns, no ORM objects: a 300-candidate ballot is read several times a sealing.
    return [
        CandidateRow(*r)
        for r in session.execute(
            select(
                BallotCandidate.number, BallotCandidate.name, BallotCandidate.unit_name, BallotCandidate.nomination_id
            )
            .where(BallotCandidate.ballot_id == ballot_id)
            .order_by(BallotCandidate.number)
        )
    ]


def ballot_events(session: Session, *, ballot_id: int) -> list[BallotEventRow]:
    return [
        BallotEventRow(e.at, e.by, e.action, e.reason, e.seal_hash)
        for e in session.scalars(select(BallotEvent).where(BallotEvent.ballot_id == ballot_id).order_by(BallotEvent.id))
    ]


# ---------------------------------------------------------------- ballots


def _positive_or_none(value: int | None, field: str, errors: dict[str, str]) -> None:
    if value is not None and (not isinstance(value, int) or value < 1):
        errors[field] = Msg("reason.positive_or_empty")


def create_ballot(
    session: Session,
    *,
    meeting_id: int,
    award_code: str,
    nomination_ids: Sequence[int] | None = None,
    title: str = "",
    max_approvals: int | None = None,
    quota: int | None = None,
    spares: int = 2,
) -> int:
    """A ballot over one award group of the meeting's agenda (all its nominations of
    `award_code` not yet on a ballot, or `nomination_ids`). Threshold from the rule set in
    force on the round's review date; base = the meeting's members; papers issued default
    to the members present plus the written opinions. Raises NotFound, ValidationFailed,
    BadInput (award needs no vote, nothing to vote on, a base other than total members)."""
    from app.services.council import agenda  # lazy for start-up (see _move_nominations)

    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(what="phiên họp", key=meeting_id)
    rnd = session.get(ReviewRound, meeting.round_id)
    if rnd is None:
        raise NotFound(what="đợt xét", key=meeting.round_id)
    rule = engine_rules(session, rule_set_id=rule_set_in_force(session, on=rnd.review_date).id).get(award_code)
    award = session.get(AwardType, award_code)
    if rule is None or award is None:
        raise ValidationFailed({"award_code": Msg("reason.not_in_catalogue")})
    if not rule.params.vote_required or rule.params.vote_threshold is None:
        raise BadInput("ballot.no_vote_needed", award_name=award.name)
    if rule.params.vote_base != "members":
        # DOMAIN.md §6: the base is the total members; other bases are not supported here.
        raise BadInput("ballot.unsupported_base", award_name=award.name)
    errors: dict[str, str] = {}
    _positive_or_none(max_approvals, "max_approvals", errors)
    _positive_or_none(quota, "quota", errors)
    if not isinstance(spares, int) or not 0 <= spares <= 100:
        errors["spares"] = Msg("reason.range_0_100")
    if errors:
        raise ValidationFailed(errors)
    rows = [r for r in agenda(session, meeting_id=meeting_id) if r.award_code == award_code]
    if nomination_ids is not None:
        wanted = set(nomination_ids)
        rows = [r for r in rows if r.nomination_id in wanted]
        if len(rows) != len(wanted):
            raise ValidationFailed({"nomination_ids": Msg("reason.ballot_mixed")})
    taken = [r for r in rows if r.ballot_id is not None]
    if taken and nomination_ids is not None:
        raise ValidationFailed({"nomination_ids": Msg("reason.already_on_ballot", name=taken[0].name)})
    rows = [r for r in rows if r.ballot_id is None]
    if not rows:
        raise BadInput("ballot.nothing_to_vote", award_name=award.name)
    attendance = session.execute(
        select(MeetingAttendance.status, func.count())
        .where(MeetingAttendance.meeting_id == meeting_id)
        .group_by(MeetingAttendance.status)
    ).all()
    by_status = dict(attendance)
    members = sum(by_status.values())
    vt = rule.params.vote_threshold  # an exact (num, den) pair, or a Fraction
    threshold = Threshold(*vt) if isinstance(vt, tuple) else Threshold(vt.numerator, vt.denominator)
    b = Ballot(
        meeting_id=meeting_id,
        award_code=award_code,
        title=clean_text(title) or f"Bầu danh hiệu {award.name} năm {rnd.year}",
        round_no=1,
        members=members,
        threshold_num=threshold.num,
        threshold_den=threshold.den,
        max_approvals=max_approvals,
        quota=quota,
        issued=by_status.get("PRESENT", 0) + by_status.get("WRITTEN", 0),
        spares=spares,
        status="OPEN",
        entry_a_done=False,
        entry_b_done=False,
        seal_hash="",
        sealed_by="",
        chair_note="",
        updated_by=current_user(),
    )
    session.add(b)
    session.flush()
    session.add_all(
        [
            BallotCandidate(ballot_id=b.id, number=i, nomination_id=r.nomination_id, name=r.name, unit_name=r.unit_name)
            for i, r in enumerate(rows, start=1)
        ]
    )
    session.flush()
    return b.id


def update_ballot(
    session: Session,
    *,
    ballot_id: int,
    version: int,
    title: str,
    max_approvals: int | None,
    quota: int | None,
    issued: int,
    spares: int,
) -> None:
    """Edit an open ballot's title, limits and paper counts. Raises BallotSealed,
    StaleRecord, ValidationFailed."""
    b = _open_ballot(session, ballot_id)
    check_version(b, version, "Phiếu bầu")
    errors: dict[str, str] = {}
    _positive_or_none(max_approvals, "max_approvals", errors)
    _positive_or_none(quota, "quota", errors)
    if not isinstance(issued, int) or not 0 <= issued <= b.members:
        errors["issued"] = Msg("reason.range_members", members=b.members)
    if not isinstance(spares, int) or not 0 <= spares <= 100:
        errors["spares"] = Msg("reason.range_0_100")
    if not clean_text(title):
        errors["title"] = Msg("reason.required")
    if errors:
        raise ValidationFailed(errors)
    b.title, b.max_approvals, b.quota, b.issued, b.spares = clean_text(title), max_approvals, quota, issued, spares
    b.updated_by = current_user()
    flush_or_stale(session, "Phiếu bầu", Ballot, ballot_id)


def delete_ballot(session: Session, *, ballot_id: int) -> None:
    """Delete an open ballot with its sheets (its nominations return to the agenda)."""
    b = _open_ballot(session, ballot_id)
    session.delete(b)
    session.flush()


# ---------------------------------------------------------------- entry


def entry_state(session: Session, *, ballot_id: int, entry: str) -> EntryState:
    """The sheets of pass `entry` only, in entry order."""
    _check_entry(entry)
    b = _ballot(session, ballot_id)
    sheets = _sheets(session, ballot_id, entry)
    used = {s.number for s in sheets}
    nxt = 1
    while nxt in used:
        nxt += 1
    counts = Counter(s.kind for s in sheets)
    return EntryState(
        ballot_id,
        entry,
        tuple(sheets),
        nxt,
        {k: counts.get(k, 0) for k in KINDS},
        b.entry_a_done if entry == "A" else b.entry_b_done,
        b.members,
        _candidate_count(session, ballot_id),
        b.status == "SEALED",
    )


def _validated_sheet(session: Session, b: Ballot, number: int, kind: str, struck: str | Iterable[int]) -> Sheet:
    n_candidates = _candidate_count(session, b.id)
    if isinstance(struck, str):
        numbers, problems = parse_struck(struck, n_candidates)
    else:
        numbers = frozenset(struck)
        problems = [
            Msg("sheets.number_not_listed", n=n, candidates=n_candidates)
            for n in sorted(numbers)
            if not 1 <= n <= n_candidates
        ]
    if kind not in KINDS:
        problems.append(Msg("ballot.bad_sheet_kind", kind=kind))
    if not isinstance(number, int) or not 1 <= number <= b.members:
        problems.append(Msg("ballot.sheet_number_range", number=number, members=b.members))
    if problems:
        raise BadInput("ballot.sheet_problems", number=number, text=Joined(problems), problems=tuple(problems))
    return Sheet(number, kind, numbers)


def add_sheet(
    session: Session,
    *,
    ballot_id: int,
    entry: str,
    kind: str = BALLOT,
    struck: Iterable[int] | str = (),
    number: int | None = None,
) -> Sheet:
    """Enter one sheet of pass `entry` (number: the next free one by default). Raises
    BallotSealed, BadInput (number taken or above the members, struck number outside the
    list, unknown kind) — nothing is written then."""
    _check_entry(entry)
    b = _open_ballot(session, ballot_id)
    if number is None:
        used = set(
            session.scalars(
                select(BallotSheet.number).where(BallotSheet.ballot_id == ballot_id, BallotSheet.entry == entry)
            )
        )
        number = 1
        while number in used:
            number += 1
    sheet = _validated_sheet(session, b, number, kind, struck)
    exists = session.scalar(
        select(BallotSheet.id).where(
            BallotSheet.ballot_id == ballot_id, BallotSheet.entry == entry, BallotSheet.number == number
        )
    )
    if exists:
        raise BadInput("ballot.sheet_entered", number=number, entry=entry)
    session.add(
        BallotSheet(
            ballot_id=ballot_id, entry=entry, number=sheet.number, kind=sheet.kind, struck=_struck_text(sheet.struck)
        )
    )
    session.flush()
    return sheet


def replace_sheet(
    session: Session, *, ballot_id: int, entry: str, number: int, kind: str, struck: Iterable[int] | str
) -> Sheet:
    """Correct (or add) sheet `number` of pass `entry`, e.g. after a comparison."""
    _check_entry(entry)
    b = _open_ballot(session, ballot_id)
    sheet = _validated_sheet(session, b, number, kind, struck)
    row = session.scalar(
        select(BallotSheet).where(
            BallotSheet.ballot_id == ballot_id, BallotSheet.entry == entry, BallotSheet.number == number
        )
    )
    if row is None:
        session.add(
            BallotSheet(
                ballot_id=ballot_id, entry=entry, number=number, kind=sheet.kind, struck=_struck_text(sheet.struck)
            )
        )
    else:
        row.kind, row.struck = sheet.kind, _struck_text(sheet.struck)
    session.flush()
    return sheet


def delete_sheet(session: Session, *, ballot_id: int, entry: str, number: int) -> None:
    """Remove sheet `number` from pass `entry` (e.g. entered twice by mistake)."""
    _check_entry(entry)
    _open_ballot(session, ballot_id)
    done = cast(
        "CursorResult[Any]",
        session.execute(
            delete(BallotSheet).where(
                BallotSheet.ballot_id == ballot_id, BallotSheet.entry == entry, BallotSheet.number == number
            )
        ),
    )
    if not done.rowcount:
        raise NotFound(what=f"phiếu ở lượt {entry}", key=number)
    session.flush()


def undo_last_sheet(session: Session, *, ballot_id: int, entry: str) -> Sheet | None:
    """Remove the sheet entered last in pass `entry`; returns it (None when the pass is empty)."""
    _check_entry(entry)
    _open_ballot(session, ballot_id)
    row = session.scalar(
        select(BallotSheet)
        .where(BallotSheet.ballot_id == ballot_id, BallotSheet.entry == entry)
        .order_by(BallotSheet.id.desc())
        .limit(1)
    )
    if row is None:
        return None
    sheet = Sheet(row.number, row.kind, _struck_set(row.struck))
    session.delete(row)
    session.flush()
    return sheet


def finish_entry(session: Session, *, ballot_id: int, entry: str, done: bool = True) -> None:
    """Declare pass `entry` finished (or not). Raises BallotSealed, BadInput (empty pass)."""
    _check_entry(entry)
    b = _open_ballot(session, ballot_id)
    if done and not session.scalar(
        select(func.count())
        .select_from(BallotSheet)
        .where(BallotSheet.ballot_id == ballot_id, BallotSheet.entry == entry)
    ):
        raise BadInput("ballot.pass_empty", entry=entry)
    if entry == "A":
        b.entry_a_done = done
    else:
        b.entry_b_done = done
    b.updated_by = current_user()
    session.flush()


def compare_passes(session: Session, *, ballot_id: int) -> CompareResult:
    """The sheets on which pass A and pass B differ. Both passes must be finished first,
    so neither clerk sees the other's entries while entering. Raises BadInput."""
    return _compare(session, _ballot(session, ballot_id))[0]


def _compare(session: Session, b: Ballot) -> tuple[CompareResult, list[Sheet]]:
    """The comparison of the passes and pass A's sheets."""
    missing = [e for e, done in (("A", b.entry_a_done), ("B", b.entry_b_done)) if not done]
    if missing:
        raise BadInput("ballot.pass_unfinished", missing=" và ".join(missing))
    a, bb = _sheets(session, b.id, "A"), _sheets(session, b.id, "B")
    return CompareResult(len(a), len(bb), tuple(entry_differences(a, bb))), a


def _tally_input(session: Session, b: Ballot) -> tuple[TallyInput, list[CandidateRow]]:
    diff, sheets = _compare(session, b)
    if not diff.agree:
        numbers = ", ".join(str(d.number) for d in diff.differences[:10])
        raise EntriesDiffer(count=len(diff.differences), numbers=numbers)
    cands = list_candidates(session, ballot_id=b.id)
    data = TallyInput(
        members=b.members,
        candidates=tuple(c.name for c in cands),
        sheets=tuple(sheets),
        threshold=_threshold_of(b),
        max_approvals=b.max_approvals,
        quota=b.quota,
    )
    return data, cands


def preview_tally(session: Session, *, ballot_id: int) -> TallyResult:
    """The tally of the agreed sheets (not stored). Raises BadInput, EntriesDiffer."""
    b = _ballot(session, ballot_id)
    if b.status == "SEALED":
        assert b.results is not None  # sealing stores the results
        return result_from_json(b.results)
    data, _ = _tally_input(session, b)
    return tally(data)


def _payload(
    session: Session,
    b: Ballot,
    results: dict,
    *,
    cands: Sequence[CandidateRow] | None = None,
    sheets: Sequence[Sheet] | None = None,
) -> bytes:
    cands = list_candidates(session, ballot_id=b.id) if cands is None else cands
    sheets = _sheets(session, b.id, "A") if sheets is None else sheets
    return seal_payload(
        award_code=b.award_code,
        round_no=b.round_no,
        members=b.members,
        threshold=_threshold_of(b),
        max_approvals=b.max_approvals,
        quota=b.quota,
        candidates=[(c.number, c.name) for c in cands],
        sheets=sheets,
        results=results,
        chair_choice=b.chair_choice,
    )


_MOVE_COLUMNS = (
    Nomination.id,
    Nomination.round_id,
    Nomination.award_code,
    Nomination.status,
    Nomination.version,
    Nomination.person_id,
    Nomination.unit_id,
)


def _move_nominations(session: Session, b: Ballot, result: TallyResult, cands: Sequence[CandidateRow]) -> None:
    """The nominations follow the sealed result (CHECKED → VOTED → APPROVED/REJECTED), all
    in one batch of moves with a single flush (a 300-candidate ballot in milliseconds)."""
    # Lazy for start-up: this module is loaded while the first window opens, and the
    # nomination and council services (≈ 0.2 s) are needed only to change a ballot.
    from app.services import nomination as nom

    by_number = {c.number: c for c in result.candidates}
    label = result.threshold.label()
    ids = [c.nomination_id for c in cands if c.nomination_id is not None]
    # Only the columns the workflow reads (not the cached verdict's JSON): one query.
    loaded = (
        {
            n.id: n
            for n in session.scalars(
                select(Nomination).where(Nomination.id.in_(ids)).options(load_only(*_MOVE_COLUMNS))
            )
        }
        if ids
        else {}
    )
    moves: list[tuple[Nomination, str, str]] = []
    for cand in cands:
        n = loaded.get(cand.nomination_id) if cand.nomination_id is not None else None
        if n is None:
            continue
        c = by_number[cand.number]
        if n.status == "CHECKED":
            moves.append((n, "VOTED", ""))
        elif n.status != "VOTED":
            raise BadInput("ballot.result_status", cand_name=cand.name, statuses=nom.STATUSES[n.status])
        base = (
            f"{b.title}: {c.approvals}/{result.members} phiếu đồng ý ({c.percent.replace('.', ',')}%), ngưỡng {label}"
        )
        if c.passed:
            moves.append((n, "APPROVED", base + (" — Chủ tịch Hội đồng quyết định" if c.by_decision else "")))
        elif c.tied and result.tied:
            continue  # awaits a second round or the Chair's decision: stays VOTED
        else:
            outside = c.tied or reaches(c.approvals, result.members, result.threshold)
            moves.append(
                (n, "REJECTED", base + (", đạt ngưỡng nhưng ngoài số lượng được chọn" if outside else ", không đạt"))
            )
    nom.apply_moves(session, moves)


def seal_ballot(
    session: Session, *, ballot_id: int, chair_choice: Sequence[int] | None = None, chair_note: str = ""
) -> SealResult:
    """Finalise: tally the agreed sheets, apply the Chair's recorded decision on a tie
    (`chair_choice`: first-round candidate numbers), store results and the seal hash, log
    SEAL, and move the nominations CHECKED → VOTED → APPROVED/REJECTED (the tied ones
    without a decision stay VOTED for a second round). Raises BallotSealed, EntriesDiffer,
    BadInput (invariants of the tally, a wrong chair choice, a nomination moved meanwhile)."""
    b = _open_ballot(session, ballot_id)
    data, cands = _tally_input(session, b)
    result = tally(data)
    if chair_choice:
        result = apply_chair_decision(result, chair_choice)
        b.chair_choice = sorted(chair_choice)
        b.chair_note = clean_text(chair_note)
    else:
        b.chair_choice, b.chair_note = None, ""
    results = result_to_json(result)
    b.results = results
    b.seal_hash = compute_seal_hash(_payload(session, b, results, cands=cands, sheets=data.sheets))
    b.status, b.sealed_at, b.sealed_by = "SEALED", utcnow(), current_user()
    b.updated_by = b.sealed_by
    session.add(
        BallotEvent(
            ballot_id=b.id,
            at=b.sealed_at,
            by=b.sealed_by,
            action="SEAL",
            reason=b.chair_note and f"Chủ tịch quyết định: {b.chair_note}",
            seal_hash=b.seal_hash,
        )
    )
    flush_or_stale(session, "Phiếu bầu", Ballot, ballot_id)
    _move_nominations(session, b, result, cands)
    audit.log_event(session, "SEAL", table="ballot", row_id=b.id, detail={"seal_hash": b.seal_hash})
    return SealResult(b.id, b.seal_hash, result)


def reopen_ballot(session: Session, *, ballot_id: int, reason: str) -> None:
    """Unseal with a reason (logged with who and when, and the hash being replaced); the
    nominations return to VOTED. Raises ValidationFailed (no reason), BadInput (not sealed,
    a second round exists, a nomination already decided)."""
    from app.services import nomination as nom  # lazy for start-up (see _move_nominations)

    audit.require_role(session, "admin", "mở lại phiếu bầu đã niêm phong")
    reason = clean_text(reason)
    if not reason:
        raise ValidationFailed({"reason": Msg("reason.reopen_reason")})
    b = _ballot(session, ballot_id, lock=True)
    if b.status != "SEALED":
        raise BadInput("ballot.not_sealed")
    if session.scalar(select(Ballot.id).where(Ballot.parent_id == ballot_id)):
        raise BadInput("ballot.has_runoff")
    for cand in list_candidates(session, ballot_id=ballot_id):
        n = session.get(Nomination, cand.nomination_id) if cand.nomination_id else None
        if n is None or n.status == "VOTED":
            continue
        if n.status not in ("APPROVED", "REJECTED"):
            raise BadInput("ballot.reopen_status", cand_name=cand.name, statuses=nom.STATUSES[n.status])
        nom.change_status(
            session,
            nomination_id=n.id,
            version=n.version,
            to_status="VOTED",
            reason=f"Mở lại kết quả bỏ phiếu: {reason}",
        )
    user, now = current_user(), utcnow()
    session.add(BallotEvent(ballot_id=b.id, at=now, by=user, action="REOPEN", reason=reason, seal_hash=b.seal_hash))
    b.status, b.results, b.seal_hash, b.sealed_at, b.sealed_by = "OPEN", None, "", None, ""
    b.chair_choice, b.chair_note = None, ""
    b.updated_by = user
    flush_or_stale(session, "Phiếu bầu", Ballot, ballot_id)
    audit.log_event(session, "REOPEN", table="ballot", row_id=b.id, detail={"reason": reason})


def verify_seal(session: Session, *, ballot_id: int) -> bool:
    """True when the stored sheets and results still hash to the seal (tampering shows)."""
    b = _ballot(session, ballot_id)
    if b.status != "SEALED" or not b.results:
        return False
    return compute_seal_hash(_payload(session, b, b.results)) == b.seal_hash


def sealed_result(session: Session, *, ballot_id: int) -> TallyResult:
    """The stored result of a sealed ballot. Raises BadInput when it is not sealed."""
    b = _ballot(session, ballot_id)
    if b.status != "SEALED" or not b.results:
        raise BadInput("ballot.title_not_sealed", b_title=b.title)
    return result_from_json(b.results)


def create_second_round(session: Session, *, ballot_id: int, spares: int = 2) -> int:
    """A new ballot over the candidates tied at the quota boundary of a sealed ballot
    (`tally.second_round`: quota = seats left, same base and threshold). Raises BadInput."""
    b = _ballot(session, ballot_id)
    result = sealed_result(session, ballot_id=ballot_id)
    cands = list_candidates(session, ballot_id=ballot_id)
    first = TallyInput(
        members=b.members,
        candidates=tuple(c.name for c in cands),
        sheets=(),
        threshold=_threshold_of(b),
        max_approvals=b.max_approvals,
        quota=b.quota,
    )
    data, numbers = second_round(first, result)
    if session.scalar(select(Ballot.id).where(Ballot.parent_id == ballot_id)):
        raise BadInput("ballot.runoff_exists")
    by_number = {c.number: c for c in cands}
    nb = Ballot(
        meeting_id=b.meeting_id,
        award_code=b.award_code,
        title=f"{b.title} (vòng {b.round_no + 1})",
        round_no=b.round_no + 1,
        parent_id=b.id,
        members=b.members,
        threshold_num=b.threshold_num,
        threshold_den=b.threshold_den,
        max_approvals=data.max_approvals,
        quota=data.quota,
        issued=b.issued,
        spares=spares,
        status="OPEN",
        entry_a_done=False,
        entry_b_done=False,
        seal_hash="",
        sealed_by="",
        chair_note="",
        updated_by=current_user(),
    )
    session.add(nb)
    session.flush()
    session.add_all(
        [
            BallotCandidate(
                ballot_id=nb.id,
                number=i,
                nomination_id=by_number[n].nomination_id,
                name=by_number[n].name,
                unit_name=by_number[n].unit_name,
            )
            for i, n in enumerate(numbers, start=1)
        ]
    )
    session.add(
        BallotEvent(
            ballot_id=b.id,
            at=utcnow(),
            by=current_user(),
            action="SECOND_ROUND",
            reason=f"Bỏ phiếu lại cho ứng viên số {', '.join(map(str, numbers))}",
            seal_hash=b.seal_hash,
        )
    )
    session.flush()
    return nb.id


# ---------------------------------------------------------------- documents


def _local(moment: _dt.datetime | None) -> _dt.datetime | None:
    """A stored UTC time as local wall-clock time (minutes print local times)."""
    if moment is None:
        return None
    return moment.replace(tzinfo=_dt.UTC).astimezone().replace(tzinfo=None)


def _header(session: Session, council_name: str) -> DocumentHeader:
    st = get_settings(session)
    return DocumentHeader(
        header_style=st.header_style, issuing_body=st.agency_name or st.issuing_body, agency_name=council_name
    )


def ballot_paper_data(session: Session, *, ballot_id: int, copies: int | None = None) -> BallotPaperData:
    """The ballot papers' DTO: one per member plus the ballot's spares (or `copies`)."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.ballot_papers import BallotPaperData
    from app.services.council import get_meeting  # lazy for start-up (see _move_nominations)

    b = _ballot(session, ballot_id)
    meeting = get_meeting(session, b.meeting_id)
    award = session.get(AwardType, b.award_code)
    subject = b.title.removeprefix("Bầu ").strip()
    subject = subject[:1].upper() + subject[1:]
    return BallotPaperData(
        header=_header(session, meeting.council_name),
        subject=subject if award else b.title,
        meeting_line=f"Phiên họp {meeting.council_name} {date_words(meeting.starts_at.date())}",
        candidates=tuple((c.number, c.name, c.unit_name) for c in list_candidates(session, ballot_id=ballot_id)),
        copies=copies if copies is not None else b.members + b.spares,
        max_approvals=b.max_approvals,
    )


def _candidate_notes(session: Session, candidates: Sequence[CandidateRow]) -> dict[int, str]:
    """By candidate number: "Dẫn đầu <bloc>" for a nomination that leads its bloc — the
    ground of a Cờ thi đua (DOMAIN.md §4), which the minutes must show. Not part of the
    seal: it is the nomination's data, not the count's."""
    ids = {c.nomination_id: c.number for c in candidates if c.nomination_id is not None}
    if not ids:
        return {}
    rows = session.execute(
        select(Nomination.id, Nomination.leads_bloc).where(Nomination.id.in_(ids), Nomination.leads_bloc.is_not(None))
    )
    return {ids[nid]: f"Dẫn đầu {clean_text(bloc)}" for nid, bloc in rows if clean_text(bloc or "")}


def _tally_closed_at(
    starts_at: _dt.datetime, ends_at: _dt.datetime | None, sealed_at: _dt.datetime | None
) -> _dt.datetime:
    """When the tally minutes close: the meeting's end as recorded on the meeting tab; with
    no end recorded, the sealing moment only when it falls within the meeting's day after
    its start (the clerk sealed in the room), else the meeting's start — never a moment
    on the clerk's PC another day or before the meeting began."""
    if ends_at is not None:
        return ends_at
    if sealed_at is not None and sealed_at.date() == starts_at.date() and sealed_at >= starts_at:
        return sealed_at
    return starts_at


def tally_minutes_data(session: Session, *, ballot_id: int) -> TallyMinutesData:
    """The DTO of Biên bản kiểm phiếu (and of the results xlsx). Raises BadInput when the
    ballot is not sealed: only a sealed result is ever printed."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.minutes import ResultLine, TallyMinutesData
    from app.services.council import committee, get_meeting, list_attendance  # lazy for start-up

    b = _ballot(session, ballot_id)
    result = sealed_result(session, ballot_id=ballot_id)
    meeting = get_meeting(session, b.meeting_id)
    head, others = committee(session, meeting_id=b.meeting_id)
    attendance = list_attendance(session, meeting_id=b.meeting_id)
    award = session.get(AwardType, b.award_code)
    candidates = list_candidates(session, ballot_id=ballot_id)
    units = {c.number: c.unit_name for c in candidates}
    notes = _candidate_notes(session, candidates)
    return TallyMinutesData(
        header=_header(session, meeting.council_name),
        council_name=meeting.council_name,
        subject=b.title,
        award_name=f"danh hiệu «{award.name}»" if award else b.award_code,
        round_no=b.round_no,
        place=meeting.place,
        started_at=meeting.starts_at,
        closed_at=_tally_closed_at(meeting.starts_at, meeting.ends_at, _local(b.sealed_at)),
        committee_head=head.full_name if head else "",
        committee_members=tuple(r.full_name for r in others),
        members=result.members,
        present=sum(r.status == "PRESENT" for r in attendance),
        written_absent=sum(r.status == "WRITTEN" for r in attendance),
        issued=b.issued,
        collected=result.collected,
        valid=result.valid,
        invalid=result.invalid,
        written=result.written,
        over_max=result.over_max,
        threshold_label=result.threshold.label(),
        minimum=result.threshold.minimum(result.members),
        max_approvals=result.max_approvals,
        quota=result.quota,
        lines=tuple(
            ResultLine(
                c.number,
                c.name,
                units.get(c.number, ""),
                c.approvals,
                c.percent,
                c.verdict(),
                c.passed,
                notes.get(c.number, ""),
            )
            for c in result.candidates
        ),
        tied_pending=tuple(c.name for c in result.tied),
        chair_note=b.chair_note,
        seal_hash=b.seal_hash,
        sealed_by=b.sealed_by,
    )


def _opinion_text(row: AttendanceRow) -> str:
    """A member absent with a written opinion is listed under «Ý kiến bằng văn bản» even when
    the clerk has not typed its content (the paper is attached to the minutes)."""
    if row.opinion.strip():
        return row.opinion.strip()
    if row.status == "WRITTEN":
        return "có ý kiến bằng văn bản (kèm theo biên bản)"
    return ""


def meeting_minutes_data(session: Session, *, meeting_id: int) -> MeetingMinutesData:
    """The DTO of Biên bản họp Hội đồng: attendance, written opinions, sealed results."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.minutes import AttendanceLine, MeetingMinutesData
    from app.services.council import ATTENDANCE, committee, get_meeting, list_attendance, quorum  # lazy, start-up

    meeting = get_meeting(session, meeting_id)
    rows = list_attendance(session, meeting_id=meeting_id)
    head, others = committee(session, meeting_id=meeting_id)
    ballots = list_ballots(session, meeting_id=meeting_id)
    chair = next((r.full_name for r in rows if r.role == "CHU_TICH"), "")
    secretary = next((r.full_name for r in rows if r.role == "THU_KY"), "")
    return MeetingMinutesData(
        header=_header(session, meeting.council_name),
        council_name=meeting.council_name,
        meeting_title=meeting.title,
        round_name=meeting.round_name,
        place=meeting.place,
        started_at=meeting.starts_at,
        ended_at=meeting.ends_at,
        chair=chair,
        secretary=secretary,
        members=len(rows),
        attendance=tuple(
            AttendanceLine(r.full_name, r.role_label, ATTENDANCE[r.status], _opinion_text(r)) for r in rows
        ),
        quorum_text=quorum(session, meeting_id=meeting_id).message,
        committee_head=head.full_name if head else "",
        committee_members=tuple(r.full_name for r in others),
        ballots=tuple(tally_minutes_data(session, ballot_id=b.id) for b in ballots if b.sealed),
        open_ballots=tuple(b.title for b in ballots if not b.sealed),
    )
