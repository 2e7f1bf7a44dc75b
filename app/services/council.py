"""The Council (Hội đồng TĐKT): members with roles and terms, meetings with attendance,
the quorum check, the counting committee (Ban kiểm phiếu) and the meeting's agenda.

Every function takes a Session (the caller owns the transaction) and returns DTOs or ids.
The base of every vote is the meeting's members: the active members of the Council when
the meeting was created (an attendance row each), DOMAIN.md §6.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationFailed
from app.messages import Msg
from app.models import (
    Ballot,
    BallotCandidate,
    Council,
    CouncilMember,
    Meeting,
    MeetingAttendance,
    Person,
    ReviewRound,
    Unit,
)
from app.rules.codes import COUNCIL_ROLES
from app.rules.vntext import clean_text, unit_with_agency
from app.services.catalogue import engine_rules, rule_set_in_force
from app.services.common import check_version, current_user, flush_or_stale, load_for_update
from app.services.nomination import list_nominations

__all__ = [
    "ATTENDANCE",
    "COMMITTEE_ROLES",
    "ROLE_ORDER",
    "CouncilRow",
    "MemberInput",
    "MemberRow",
    "MeetingRow",
    "AttendanceRow",
    "QuorumResult",
    "AgendaRow",
    "quorum_check",
    "list_councils",
    "create_council",
    "default_council_id",
    "list_members",
    "get_member",
    "add_member",
    "update_member",
    "set_member_active",
    "create_meeting",
    "update_meeting",
    "list_meetings",
    "get_meeting",
    "list_attendance",
    "set_attendance",
    "set_committee",
    "quorum",
    "agenda",
    "committee",
]

ATTENDANCE = {
    "PRESENT": "Có mặt",
    "WRITTEN": "Vắng, có ý kiến bằng văn bản",
    "ABSENT": "Vắng",
}
COMMITTEE_ROLES = {"HEAD": "Trưởng ban", "MEMBER": "Thành viên"}
ROLE_ORDER = {code: i for i, code in enumerate(("CHU_TICH", "PHO_CHU_TICH", "UY_VIEN_TT", "UY_VIEN", "THU_KY"))}


class CouncilRow(NamedTuple):
    id: int
    name: str
    unit_id: int | None
    term_start: _dt.date | None
    term_end: _dt.date | None
    active_members: int


@dataclasses.dataclass(frozen=True)
class MemberInput:
    """What the member dialog edits. `full_name` may stay empty when `person_id` is given
    (taken from the registry); `unit_id` then defaults to the person's unit."""

    full_name: str = ""
    role: str = "UY_VIEN"
    person_id: int | None = None
    unit_id: int | None = None
    position: str = ""
    term_start: _dt.date | None = None
    term_end: _dt.date | None = None
    note: str = ""


class MemberRow(NamedTuple):
    id: int
    council_id: int
    full_name: str
    role: str
    role_label: str
    position: str
    person_id: int | None
    unit_id: int | None
    unit_name: str
    term_start: _dt.date | None
    term_end: _dt.date | None
    active: bool
    note: str
    version: int


class MeetingRow(NamedTuple):
    id: int
    council_id: int
    council_name: str
    round_id: int
    round_name: str
    year: int
    title: str
    starts_at: _dt.datetime
    ends_at: _dt.datetime | None
    place: str
    quorum_num: int
    quorum_den: int
    note: str
    version: int


class AttendanceRow(NamedTuple):
    """A member at a meeting; `committee_role` is "", "HEAD" or "MEMBER"."""

    member_id: int
    full_name: str
    role: str
    role_label: str
    position: str
    unit_name: str
    status: str
    opinion: str
    committee_role: str


class QuorumResult(NamedTuple):
    """`required` = the fewest present members meeting the quorum fraction (integers only)."""

    members: int
    present: int
    written: int
    absent: int
    required: int
    met: bool
    message: str


class AgendaRow(NamedTuple):
    """A nomination the meeting must vote on; `ballot_id` once it is on a ballot of the meeting."""

    nomination_id: int
    award_code: str
    award_name: str
    name: str
    unit_name: str
    status: str
    ballot_id: int | None


# ---------------------------------------------------------------- pure


def quorum_check(members: int, present: int, num: int, den: int, *, written: int = 0) -> QuorumResult:
    """Quorum: present × den ≥ num × members (2/3 of 9 is 6). Written opinions do not make
    a member present."""
    required = -(-num * members // den) if members else 0
    met = members > 0 and present * den >= num * members
    frac = f"{num}/{den}"
    if members == 0:
        msg = "Hội đồng chưa có thành viên."
    elif met:
        msg = f"Đủ số lượng: có mặt {present}/{members} thành viên (cần ít nhất {required}, tức {frac})."
    else:
        msg = (
            f"CHƯA ĐỦ SỐ LƯỢNG: có mặt {present}/{members} thành viên, cần ít nhất {required} "
            f"({frac} tổng số thành viên). Phiên họp chưa đủ điều kiện biểu quyết."
        )
    return QuorumResult(members, present, written, members - present - written, required, met, msg)


# ---------------------------------------------------------------- councils and members


def list_councils(session: Session) -> list[CouncilRow]:
    counts = dict(
        session.execute(
            select(CouncilMember.council_id, func.count())
            .where(CouncilMember.active.is_(True))
            .group_by(CouncilMember.council_id)
        ).all()
    )
    return [
        CouncilRow(c.id, c.name, c.unit_id, c.term_start, c.term_end, counts.get(c.id, 0))
        for c in session.scalars(select(Council).order_by(Council.id))
    ]


def create_council(
    session: Session,
    *,
    name: str,
    unit_id: int | None = None,
    term_start: _dt.date | None = None,
    term_end: _dt.date | None = None,
) -> int:
    """A new council. Raises ValidationFailed (empty name, term ends before it starts)."""
    name = clean_text(name)
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = Msg("reason.required")
    if term_start and term_end and term_end < term_start:
        errors["term_end"] = Msg("reason.before_term")
    if errors:
        raise ValidationFailed(errors)
    c = Council(name=name, unit_id=unit_id, term_start=term_start, term_end=term_end)
    session.add(c)
    session.flush()
    return c.id


def default_council_id(session: Session) -> int | None:
    """The newest council (the one a screen opens on), None when there is none."""
    return session.scalar(select(func.max(Council.id)))


def _member_row(m: CouncilMember, unit_name: str) -> MemberRow:
    return MemberRow(
        m.id,
        m.council_id,
        m.full_name,
        m.role,
        COUNCIL_ROLES.get(m.role, m.role),
        m.position,
        m.person_id,
        m.unit_id,
        unit_name,
        m.term_start,
        m.term_end,
        m.active,
        m.note,
        m.version,
    )


def list_members(session: Session, *, council_id: int, active_only: bool = False) -> list[MemberRow]:
    """Members by role (Chủ tịch first), then their order, then name."""
    stmt = (
        select(CouncilMember, Unit.name)
        .outerjoin(Unit, Unit.id == CouncilMember.unit_id)
        .where(CouncilMember.council_id == council_id)
    )
    if active_only:
        stmt = stmt.where(CouncilMember.active.is_(True))
    rows = [_member_row(m, u or "") for m, u in session.execute(stmt)]
    rows.sort(key=lambda r: (not r.active, ROLE_ORDER.get(r.role, 9), r.id))
    return rows


def get_member(session: Session, member_id: int) -> MemberRow:
    m = session.get(CouncilMember, member_id)
    if m is None:
        raise NotFound(what="thành viên Hội đồng", key=member_id)
    unit = session.get(Unit, m.unit_id) if m.unit_id else None
    return _member_row(m, unit.name if unit else "")


def _clean_member(session: Session, council_id: int, data: MemberInput, member_id: int | None) -> MemberInput:
    data = dataclasses.replace(
        data, full_name=clean_text(data.full_name), position=clean_text(data.position), note=data.note.strip()
    )
    errors: dict[str, str] = {}
    if data.person_id is not None:
        person = session.get(Person, data.person_id)
        if person is None:
            errors["person_id"] = Msg("reason.not_in_staff")
        else:
            data = dataclasses.replace(
                data,
                full_name=data.full_name or person.full_name,
                unit_id=data.unit_id if data.unit_id is not None else person.unit_id,
                position=data.position or (person.position or ""),
            )
    if not data.full_name:
        errors["full_name"] = Msg("reason.required")
    elif len(data.full_name) > 100:
        errors["full_name"] = Msg("reason.too_long_100")
    if data.role not in COUNCIL_ROLES:
        errors["role"] = Msg("reason.invalid")
    if data.unit_id is not None and session.get(Unit, data.unit_id) is None:
        errors["unit_id"] = Msg("reason.does_not_exist")
    if data.term_start and data.term_end and data.term_end < data.term_start:
        errors["term_end"] = Msg("reason.before_term")
    if data.role == "CHU_TICH":
        other = session.scalar(
            select(CouncilMember.full_name).where(
                CouncilMember.council_id == council_id,
                CouncilMember.role == "CHU_TICH",
                CouncilMember.active.is_(True),
                CouncilMember.id != (member_id or 0),
            )
        )
        if other:
            errors["role"] = Msg("reason.chair_exists", other=other)
    if data.person_id is not None and "person_id" not in errors:
        dup = session.scalar(
            select(CouncilMember.id).where(
                CouncilMember.council_id == council_id,
                CouncilMember.person_id == data.person_id,
                CouncilMember.active.is_(True),
                CouncilMember.id != (member_id or 0),
            )
        )
        if dup:
            errors["person_id"] = Msg("reason.already_council_member")
    if errors:
        raise ValidationFailed(errors)
    return data


def add_member(session: Session, *, council_id: int, data: MemberInput) -> int:
    """Add an active member. Raises NotFound (council), ValidationFailed (empty name, unknown
    role or person, a second Chủ tịch, a person already a member, term dates)."""
    if session.get(Council, council_id) is None:
        raise NotFound(what="Hội đồng", key=council_id)
    data = _clean_member(session, council_id, data, None)
    order = (
        session.scalar(select(func.max(CouncilMember.sort_order)).where(CouncilMember.council_id == council_id)) or 0
    ) + 1
    m = CouncilMember(
        council_id=council_id,
        full_name=data.full_name,
        role=data.role,
        person_id=data.person_id,
        unit_id=data.unit_id,
        position=data.position,
        term_start=data.term_start,
        term_end=data.term_end,
        note=data.note,
        active=True,
        sort_order=order,
        updated_by=current_user(),
    )
    session.add(m)
    session.flush()
    return m.id


def _load_member(session: Session, member_id: int, version: int) -> CouncilMember:
    m = load_for_update(
        session, CouncilMember, member_id, version, missing="thành viên Hội đồng", stale="Thành viên Hội đồng"
    )
    return m


def update_member(session: Session, *, member_id: int, version: int, data: MemberInput) -> None:
    """Edit a member. Raises NotFound, StaleRecord, ValidationFailed."""
    m = _load_member(session, member_id, version)
    data = _clean_member(session, m.council_id, data, member_id)
    m.full_name, m.role, m.person_id, m.unit_id = data.full_name, data.role, data.person_id, data.unit_id
    m.position, m.term_start, m.term_end, m.note = data.position, data.term_start, data.term_end, data.note
    m.updated_by = current_user()
    flush_or_stale(session, "Thành viên Hội đồng", CouncilMember, member_id)


def set_member_active(
    session: Session, *, member_id: int, version: int, active: bool, end_date: _dt.date | None = None
) -> None:
    """Deactivate (the term ends on `end_date`, default today) or reactivate a member.
    Past meetings keep their attendance; new meetings count active members only."""
    m = _load_member(session, member_id, version)
    if active and m.role == "CHU_TICH":
        _clean_member(session, m.council_id, MemberInput(m.full_name, m.role, None, m.unit_id), member_id)
    m.active = active
    if not active:
        m.term_end = end_date or _dt.date.today()
    elif end_date is None and m.term_end is not None and m.term_end <= _dt.date.today():
        m.term_end = None
    m.updated_by = current_user()
    flush_or_stale(session, "Thành viên Hội đồng", CouncilMember, member_id)


# ---------------------------------------------------------------- meetings


def _meeting(session: Session, meeting_id: int) -> Meeting:
    m = session.get(Meeting, meeting_id)
    if m is None:
        raise NotFound(what="phiên họp", key=meeting_id)
    return m


def _quorum_errors(num: int, den: int) -> dict[str, str]:
    if not (isinstance(num, int) and isinstance(den, int)) or den <= 0 or num <= 0 or num > den:
        return {"quorum": "tỷ lệ phải lớn hơn 0 và không quá 100% (ví dụ 2/3)"}
    return {}


def create_meeting(
    session: Session,
    *,
    round_id: int,
    starts_at: _dt.datetime,
    place: str = "",
    title: str = "",
    council_id: int | None = None,
    quorum_num: int = 2,
    quorum_den: int = 3,
) -> int:
    """A meeting over a round: the council is the round's (else the newest); every active
    member gets an attendance row marked present. Raises NotFound, ValidationFailed."""
    rnd = session.get(ReviewRound, round_id)
    if rnd is None:
        raise NotFound(what="đợt xét", key=round_id)
    council_id = council_id or rnd.council_id or default_council_id(session)
    errors = _quorum_errors(quorum_num, quorum_den)
    if council_id is None or session.get(Council, council_id) is None:
        errors["council_id"] = Msg("reason.no_council")
    members = list_members(session, council_id=council_id, active_only=True) if council_id else []
    if council_id and not members:
        errors["council_id"] = Msg("reason.council_empty")
    if errors:
        raise ValidationFailed(errors)
    m = Meeting(
        council_id=council_id,
        round_id=round_id,
        title=clean_text(title) or f"Phiên họp xét khen thưởng {rnd.name}",
        starts_at=starts_at,
        place=clean_text(place),
        quorum_num=quorum_num,
        quorum_den=quorum_den,
        note="",
        updated_by=current_user(),
    )
    session.add(m)
    session.flush()
    session.add_all(
        [
            MeetingAttendance(meeting_id=m.id, member_id=r.id, status="PRESENT", opinion="", committee_role="")
            for r in members
        ]
    )
    session.flush()
    return m.id


def update_meeting(
    session: Session,
    *,
    meeting_id: int,
    version: int,
    starts_at: _dt.datetime,
    ends_at: _dt.datetime | None,
    place: str,
    title: str,
    quorum_num: int,
    quorum_den: int,
    note: str = "",
) -> None:
    """Edit the meeting's time, place, title and quorum. Raises NotFound, StaleRecord,
    ValidationFailed."""
    m = _meeting(session, meeting_id)
    check_version(m, version, "Phiên họp")
    errors = _quorum_errors(quorum_num, quorum_den)
    if ends_at is not None and ends_at < starts_at:
        errors["ends_at"] = Msg("reason.before_start_time")
    if errors:
        raise ValidationFailed(errors)
    m.starts_at, m.ends_at, m.place, m.title = starts_at, ends_at, clean_text(place), clean_text(title) or m.title
    m.quorum_num, m.quorum_den, m.note = quorum_num, quorum_den, note.strip()
    m.updated_by = current_user()
    flush_or_stale(session, "Phiên họp", Meeting, meeting_id)


def _meeting_row(session: Session, m: Meeting) -> MeetingRow:
    council = session.get(Council, m.council_id)
    rnd = session.get(ReviewRound, m.round_id)
    return MeetingRow(
        m.id,
        m.council_id,
        council.name if council else "",
        m.round_id,
        rnd.name if rnd else "",
        rnd.year if rnd else 0,
        m.title,
        m.starts_at,
        m.ends_at,
        m.place,
        m.quorum_num,
        m.quorum_den,
        m.note,
        m.version,
    )


def list_meetings(session: Session, *, round_id: int | None = None) -> list[MeetingRow]:
    """Meetings, newest first."""
    stmt = select(Meeting).order_by(Meeting.starts_at.desc(), Meeting.id.desc())
    if round_id is not None:
        stmt = stmt.where(Meeting.round_id == round_id)
    return [_meeting_row(session, m) for m in session.scalars(stmt)]


def get_meeting(session: Session, meeting_id: int) -> MeetingRow:
    return _meeting_row(session, _meeting(session, meeting_id))


def list_attendance(session: Session, *, meeting_id: int) -> list[AttendanceRow]:
    """The meeting's members (its vote base), Chủ tịch first."""
    _meeting(session, meeting_id)
    rows = session.execute(
        select(MeetingAttendance, CouncilMember, Unit.name)
        .join(CouncilMember, CouncilMember.id == MeetingAttendance.member_id)
        .outerjoin(Unit, Unit.id == CouncilMember.unit_id)
        .where(MeetingAttendance.meeting_id == meeting_id)
    ).all()
    out = [
        AttendanceRow(
            m.id,
            m.full_name,
            m.role,
            COUNCIL_ROLES.get(m.role, m.role),
            m.position,
            u or "",
            a.status,
            a.opinion,
            a.committee_role,
        )
        for a, m, u in rows
    ]
    order = {m.id: (ROLE_ORDER.get(m.role, 9), m.sort_order, m.id) for _a, m, _u in rows}
    out.sort(key=lambda r: order[r.member_id])
    return out


def _attendance(session: Session, meeting_id: int, member_id: int) -> MeetingAttendance:
    a = session.scalar(
        select(MeetingAttendance).where(
            MeetingAttendance.meeting_id == meeting_id, MeetingAttendance.member_id == member_id
        )
    )
    if a is None:
        raise NotFound(what="thành viên trong phiên họp", key=member_id)
    return a


def set_attendance(session: Session, *, meeting_id: int, member_id: int, status: str, opinion: str = "") -> None:
    """Mark a member present, absent with a written opinion (its summary in `opinion`) or
    absent. A member no longer present leaves the counting committee. Raises NotFound,
    ValidationFailed."""
    if status not in ATTENDANCE:
        raise ValidationFailed({"status": Msg("reason.invalid")})
    _meeting(session, meeting_id)
    a = _attendance(session, meeting_id, member_id)
    a.status = status
    a.opinion = opinion.strip() if status == "WRITTEN" else ""
    if status != "PRESENT":
        a.committee_role = ""
    session.flush()


def set_committee(session: Session, *, meeting_id: int, head_id: int, member_ids: Sequence[int]) -> None:
    """The counting committee: a head and at least one member, all present at the meeting.
    Raises ValidationFailed."""
    rows = {r.member_id: r for r in list_attendance(session, meeting_id=meeting_id)}
    members = list(dict.fromkeys(i for i in member_ids if i != head_id))
    errors: dict[str, str] = {}
    for who in [head_id, *members]:
        r = rows.get(who)
        if r is None:
            errors["committee"] = Msg("reason.member_not_in_meeting", who=who)
        elif r.status != "PRESENT":
            errors["committee"] = Msg("reason.teller_absent", full_name=r.full_name)
    if not members:
        errors.setdefault("committee", "Ban kiểm phiếu cần Trưởng ban và ít nhất một thành viên")
    if errors:
        raise ValidationFailed(errors)
    for a in session.scalars(select(MeetingAttendance).where(MeetingAttendance.meeting_id == meeting_id)):
        a.committee_role = "HEAD" if a.member_id == head_id else ("MEMBER" if a.member_id in members else "")
    session.flush()


def committee(session: Session, *, meeting_id: int) -> tuple[AttendanceRow | None, tuple[AttendanceRow, ...]]:
    """(head, members) of the counting committee."""
    rows = list_attendance(session, meeting_id=meeting_id)
    head = next((r for r in rows if r.committee_role == "HEAD"), None)
    return head, tuple(r for r in rows if r.committee_role == "MEMBER")


def quorum(session: Session, *, meeting_id: int) -> QuorumResult:
    m = _meeting(session, meeting_id)
    rows = list_attendance(session, meeting_id=meeting_id)
    present = sum(r.status == "PRESENT" for r in rows)
    written = sum(r.status == "WRITTEN" for r in rows)
    return quorum_check(len(rows), present, m.quorum_num, m.quorum_den, written=written)


def agenda(session: Session, *, meeting_id: int) -> list[AgendaRow]:
    """The round's nominations awaiting the Council's vote: status CHECKED (or VOTED, e.g.
    tied in a first round) for an award that needs a vote under the rule set in force, plus
    any nomination already on a ballot of this meeting. Catalogue order, then name."""
    m = _meeting(session, meeting_id)
    rnd = session.get_one(ReviewRound, m.round_id)  # the round of a meeting always exists (FK)
    rules = engine_rules(session, rule_set_id=rule_set_in_force(session, on=rnd.review_date).id)
    on_ballot = dict(
        session.execute(
            select(BallotCandidate.nomination_id, func.max(Ballot.id))
            .join(Ballot, Ballot.id == BallotCandidate.ballot_id)
            .where(Ballot.meeting_id == meeting_id, BallotCandidate.nomination_id.is_not(None))
            .group_by(BallotCandidate.nomination_id)
        ).all()
    )
    out = []
    for r in list_nominations(session, round_id=m.round_id):
        rule = rules.get(r.award_code)
        if r.id in on_ballot or (rule is not None and rule.params.vote_required and r.status in ("CHECKED", "VOTED")):
            out.append(
                AgendaRow(
                    r.id,
                    r.award_code,
                    r.award_name,
                    r.name,
                    unit_with_agency(r.work_unit, "" if r.agency == r.name else r.agency),
                    r.status,
                    on_ballot.get(r.id),
                )
            )
    return out
