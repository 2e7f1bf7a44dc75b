"""Emulation movements, review rounds (đợt xét) and registrations (đăng ký thi đua).

Every function takes a Session (the caller owns the transaction) and returns DTOs or ids;
it raises NotFound, StaleRecord or ValidationFailed (field → Vietnamese reason).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import Msg, NotFound, ValidationFailed
from app.models import (
    Award,
    AwardType,
    Council,
    Movement,
    MovementCriterion,
    Nomination,
    Person,
    Registration,
    ReviewRound,
    Unit,
)
from app.rules.vntext import clean_text
from app.services.common import current_user, flush_or_stale, load_for_update
from app.services.org import list_units, subtree_ids

MOVEMENT_KINDS = {"THUONG_XUYEN": "Thường xuyên", "CHUYEN_DE": "Chuyên đề", "DOT_XUAT": "Đột xuất"}
ROUND_STATUSES = {"OPEN": "Đang mở", "CLOSED": "Đã đóng"}
REGISTRATION_RESULTS = {
    "DAT": "Đạt",
    "KHONG_DAT": "Không đạt",
    "DANG_XET": "Đang xét",
    "CHUA_DE_NGHI": "Chưa đề nghị",
}


class CriterionRow(NamedTuple):
    """A scoring criterion of a movement."""

    name: str
    max_points: Decimal


class MovementRow(NamedTuple):
    id: int
    name: str
    kind: str  # MOVEMENT_KINDS
    start_date: _dt.date | None
    end_date: _dt.date | None
    launching_unit_id: int | None
    launching_unit_name: str
    plan_number: str
    description: str
    criteria: tuple[CriterionRow, ...]
    version: int


class RoundRow(NamedTuple):
    """A review round; `nominations` counts its nominations."""

    id: int
    name: str
    year: int
    review_date: _dt.date
    submission_deadline: _dt.date | None
    meeting_date: _dt.date | None
    status: str  # ROUND_STATUSES
    movement_id: int | None
    council_id: int | None
    note: str
    nominations: int
    version: int


class RegistrationRow(NamedTuple):
    """A registered target shown against its result (REGISTRATION_RESULTS)."""

    id: int
    year: int
    person_id: int | None
    unit_id: int | None
    subject_name: str
    award_code: str
    award_name: str
    movement_id: int | None
    registered_on: _dt.date | None
    note: str
    result: str
    version: int


# ---------------------------------------------------------------- movements


def _movement_errors(
    session: Session,
    name: str,
    kind: str,
    start: _dt.date | None,
    end: _dt.date | None,
    unit_id: int | None,
    criteria: Sequence[tuple[str, Decimal | str | int]],
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = Msg("reason.required")
    elif len(name) > 500:
        errors["name"] = Msg("reason.too_long_500")
    if kind not in MOVEMENT_KINDS:
        errors["kind"] = Msg("reason.movement_kind")
    if start and end and end < start:
        errors["end_date"] = Msg("reason.not_before_start")
    if unit_id is not None and session.get(Unit, unit_id) is None:
        errors["launching_unit_id"] = Msg("reason.does_not_exist")
    for n, (cname, points) in enumerate(criteria, start=1):
        if not clean_text(cname):
            errors["criteria"] = Msg("reason.criterion_no_name", n=n)
            break
        try:
            if Decimal(str(points)) < 0:
                raise InvalidOperation
        except InvalidOperation:
            errors["criteria"] = Msg("reason.criterion_points", n=n)
            break
    return errors


def _criteria(session: Session, movement_id: int) -> tuple[CriterionRow, ...]:
    rows = session.execute(
        select(MovementCriterion.name, MovementCriterion.max_points)
        .where(MovementCriterion.movement_id == movement_id)
        .order_by(MovementCriterion.sort_order, MovementCriterion.id)
    ).all()
    return tuple(CriterionRow(n, Decimal(p)) for n, p in rows)


def list_movements(session: Session) -> list[MovementRow]:
    """Every movement, newest first."""
    rows = session.execute(
        select(Movement, Unit.name)
        .outerjoin(Unit, Unit.id == Movement.launching_unit_id)
        .order_by(Movement.start_date.desc(), Movement.id.desc())
    ).all()
    return [
        MovementRow(
            m.id,
            m.name,
            m.kind,
            m.start_date,
            m.end_date,
            m.launching_unit_id,
            uname or "",
            m.plan_number,
            m.description,
            _criteria(session, m.id),
            m.version,
        )
        for m, uname in rows
    ]


def _set_criteria(session: Session, movement_id: int, criteria: Sequence[tuple[str, Decimal | str | int]]) -> None:
    for c in session.scalars(select(MovementCriterion).where(MovementCriterion.movement_id == movement_id)):
        session.delete(c)
    session.flush()
    for order, (name, points) in enumerate(criteria, start=1):
        session.add(
            MovementCriterion(
                movement_id=movement_id, name=clean_text(name), max_points=Decimal(str(points)), sort_order=order
            )
        )


def create_movement(
    session: Session,
    *,
    name: str,
    kind: str = "THUONG_XUYEN",
    start_date: _dt.date | None = None,
    end_date: _dt.date | None = None,
    launching_unit_id: int | None = None,
    plan_number: str = "",
    description: str = "",
    criteria: Sequence[tuple[str, Decimal | str | int]] = (),
) -> int:
    """Add a movement with its scoring criteria (name, max points)."""
    name = clean_text(name)
    if errors := _movement_errors(session, name, kind, start_date, end_date, launching_unit_id, criteria):
        raise ValidationFailed(errors)
    m = Movement(
        name=name,
        kind=kind,
        start_date=start_date,
        end_date=end_date,
        launching_unit_id=launching_unit_id,
        plan_number=clean_text(plan_number),
        description=description.strip(),
        updated_by=current_user(),
    )
    session.add(m)
    session.flush()
    _set_criteria(session, m.id, criteria)
    session.flush()
    return m.id


def update_movement(
    session: Session,
    *,
    movement_id: int,
    version: int,
    name: str,
    kind: str,
    start_date: _dt.date | None,
    end_date: _dt.date | None,
    launching_unit_id: int | None,
    plan_number: str = "",
    description: str = "",
    criteria: Sequence[tuple[str, Decimal | str | int]] = (),
) -> None:
    """Save a movement; its criteria are replaced by `criteria`."""
    m = load_for_update(
        session,
        Movement,
        movement_id,
        version,
        missing="phong trào",
        stale=lambda m: Msg("what.movement_named", name=m.name),
    )
    name = clean_text(name)
    if errors := _movement_errors(session, name, kind, start_date, end_date, launching_unit_id, criteria):
        raise ValidationFailed(errors)
    m.name, m.kind, m.start_date, m.end_date = name, kind, start_date, end_date
    m.launching_unit_id, m.plan_number, m.description = launching_unit_id, clean_text(plan_number), description.strip()
    m.updated_by = current_user()
    flush_or_stale(session, Msg("what.movement_named", name=name), Movement, movement_id)
    _set_criteria(session, movement_id, criteria)
    session.flush()


def delete_movement(session: Session, *, movement_id: int, version: int) -> None:
    m = load_for_update(
        session,
        Movement,
        movement_id,
        version,
        missing="phong trào",
        stale=lambda m: Msg("what.movement_named", name=m.name),
    )
    session.delete(m)
    session.flush()


# ---------------------------------------------------------------- rounds


def _round_errors(
    session: Session,
    name: str,
    year: int,
    review_date: _dt.date | None,
    deadline: _dt.date | None,
    meeting: _dt.date | None,
    movement_id: int | None,
    council_id: int | None,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = Msg("reason.required")
    elif len(name) > 255:
        errors["name"] = Msg("reason.too_long_255")
    if not isinstance(year, int) or not 1950 <= year <= 2100:
        errors["year"] = Msg("reason.invalid")
    if review_date is None:
        errors["review_date"] = Msg("reason.not_entered")
    elif "year" not in errors and review_date.year < year:
        errors["review_date"] = Msg("reason.from_year", year=year)
    if deadline and review_date and deadline > review_date:
        errors["submission_deadline"] = Msg("reason.not_after_review")
    if meeting and deadline and meeting < deadline:
        errors["meeting_date"] = Msg("reason.after_deadline")
    if movement_id is not None and session.get(Movement, movement_id) is None:
        errors["movement_id"] = Msg("reason.does_not_exist")
    if council_id is not None and session.get(Council, council_id) is None:
        errors["council_id"] = Msg("reason.does_not_exist")
    return errors


def _round_row(r: ReviewRound, count: int) -> RoundRow:
    return RoundRow(
        r.id,
        r.name,
        r.year,
        r.review_date,
        r.submission_deadline,
        r.meeting_date,
        r.status,
        r.movement_id,
        r.council_id,
        r.note,
        count,
        r.version,
    )


def list_rounds(session: Session, *, status: str | None = None) -> list[RoundRow]:
    """Rounds, newest first, with their nomination counts."""
    counts = dict(session.execute(select(Nomination.round_id, func.count()).group_by(Nomination.round_id)).all())
    stmt = select(ReviewRound).order_by(ReviewRound.review_date.desc(), ReviewRound.id.desc())
    if status is not None:
        stmt = stmt.where(ReviewRound.status == status)
    return [_round_row(r, counts.get(r.id, 0)) for r in session.scalars(stmt)]


def get_round(session: Session, round_id: int) -> RoundRow:
    r = session.get(ReviewRound, round_id)
    if r is None:
        raise NotFound(what="đợt xét", key=round_id)
    count = session.scalar(select(func.count()).select_from(Nomination).where(Nomination.round_id == round_id))
    return _round_row(r, count or 0)


def default_round_year(today: _dt.date | None = None) -> int:
    """The achievement year a new round is most likely for: the current year from April
    (the year-end review is held in Nov–Dec: 07/12/2026 → 2026); in January–March the
    year just ended (a review held after New Year: 15/01/2027 → 2026)."""
    today = today or _dt.date.today()
    return today.year if today.month >= 4 else today.year - 1


def create_round(
    session: Session,
    *,
    name: str,
    year: int,
    review_date: _dt.date,
    submission_deadline: _dt.date | None = None,
    meeting_date: _dt.date | None = None,
    movement_id: int | None = None,
    council_id: int | None = None,
    note: str = "",
) -> int:
    """Open a review round. Nominations are judged under the rule set in force on `review_date`."""
    name = clean_text(name)
    if errors := _round_errors(
        session, name, year, review_date, submission_deadline, meeting_date, movement_id, council_id
    ):
        raise ValidationFailed(errors)
    r = ReviewRound(
        name=name,
        year=year,
        review_date=review_date,
        submission_deadline=submission_deadline,
        meeting_date=meeting_date,
        movement_id=movement_id,
        council_id=council_id,
        note=note.strip(),
        status="OPEN",
        updated_by=current_user(),
    )
    session.add(r)
    session.flush()
    return r.id


def update_round(
    session: Session,
    *,
    round_id: int,
    version: int,
    name: str,
    year: int,
    review_date: _dt.date,
    submission_deadline: _dt.date | None = None,
    meeting_date: _dt.date | None = None,
    movement_id: int | None = None,
    council_id: int | None = None,
    note: str = "",
) -> None:
    r = load_for_update(
        session, ReviewRound, round_id, version, missing="đợt xét", stale=lambda r: Msg("what.round_named", name=r.name)
    )
    name = clean_text(name)
    if errors := _round_errors(
        session, name, year, review_date, submission_deadline, meeting_date, movement_id, council_id
    ):
        raise ValidationFailed(errors)
    r.name, r.year, r.review_date, r.submission_deadline, r.meeting_date = (
        name,
        year,
        review_date,
        submission_deadline,
        meeting_date,
    )
    r.movement_id, r.council_id, r.note, r.updated_by = movement_id, council_id, note.strip(), current_user()
    flush_or_stale(session, Msg("what.round_named", name=name), ReviewRound, round_id)


def set_round_status(session: Session, *, round_id: int, version: int, status: str) -> None:
    """Open or close a round (a closed round accepts no new nominations)."""
    if status not in ROUND_STATUSES:
        raise ValidationFailed({"status": Msg("reason.invalid")})
    r = load_for_update(
        session, ReviewRound, round_id, version, missing="đợt xét", stale=lambda r: Msg("what.round_named", name=r.name)
    )
    r.status, r.updated_by = status, current_user()
    flush_or_stale(session, Msg("what.round_named", name=r.name), ReviewRound, round_id)


# ---------------------------------------------------------------- registrations


def add_registration(
    session: Session,
    *,
    year: int,
    award_code: str,
    person_id: int | None = None,
    unit_id: int | None = None,
    movement_id: int | None = None,
    registered_on: _dt.date | None = None,
    note: str = "",
) -> int:
    """Register a person's or a unit's target for a year."""
    errors: dict[str, str] = {}
    if (person_id is None) == (unit_id is None):
        errors["subject"] = Msg("reason.person_or_unit")
    elif person_id is not None and session.get(Person, person_id) is None:
        errors["subject"] = Msg("reason.person_missing")
    elif unit_id is not None and session.get(Unit, unit_id) is None:
        errors["subject"] = Msg("reason.unit_missing")
    subject = session.scalar(select(AwardType.subject).where(AwardType.code == award_code))
    if subject is None:
        errors["award_code"] = Msg("reason.not_in_catalogue")
    elif "subject" not in errors and subject != ("CA_NHAN" if person_id is not None else "TAP_THE"):
        errors["award_code"] = "dành cho tập thể" if subject == "TAP_THE" else "dành cho cá nhân"
    if not isinstance(year, int) or not 1950 <= year <= 2100:
        errors["year"] = Msg("reason.invalid")
    if movement_id is not None and session.get(Movement, movement_id) is None:
        errors["movement_id"] = Msg("reason.does_not_exist")
    if not errors:
        col = Registration.person_id == person_id if person_id is not None else Registration.unit_id == unit_id
        if session.scalar(
            select(Registration.id).where(col, Registration.year == year, Registration.award_code == award_code)
        ):
            errors["award_code"] = Msg("reason.registered", year=year)
    if errors:
        raise ValidationFailed(errors)
    reg = Registration(
        year=year,
        person_id=person_id,
        unit_id=unit_id,
        award_code=award_code,
        movement_id=movement_id,
        registered_on=registered_on,
        note=clean_text(note),
        updated_by=current_user(),
    )
    session.add(reg)
    session.flush()
    return reg.id


def delete_registration(session: Session, *, registration_id: int, version: int) -> None:
    reg = load_for_update(
        session, Registration, registration_id, version, missing="đăng ký thi đua", stale="Đăng ký thi đua"
    )
    session.delete(reg)
    session.flush()


def list_registrations(session: Session, *, year: int, unit_id: int | None = None) -> list[RegistrationRow]:
    """Registrations of a year (optionally of a unit's subtree: its people and units), each
    with its result: DAT (received, or approved/decided in a round), KHONG_DAT (rejected),
    DANG_XET (nominated, pending) or CHUA_DE_NGHI."""
    stmt = (
        select(Registration, Person.full_name, Unit.name, AwardType.name)
        .outerjoin(Person, Person.id == Registration.person_id)
        .outerjoin(Unit, Unit.id == Registration.unit_id)
        .outerjoin(AwardType, AwardType.code == Registration.award_code)
        .where(Registration.year == year)
    )
    if unit_id is not None:
        ids = sorted(subtree_ids(list_units(session), unit_id))
        stmt = stmt.where((Registration.unit_id.in_(ids)) | (Person.unit_id.in_(ids)))
    rows = session.execute(stmt.order_by(Registration.id)).all()
    held = {
        (p, u, c)
        for p, u, c in session.execute(
            select(Award.person_id, Award.unit_id, Award.award_code).where(Award.year == year)
        )
    }
    nominated: dict[tuple, str] = {}
    for p, u, c, nomination_status in session.execute(
        select(Nomination.person_id, Nomination.unit_id, Nomination.award_code, Nomination.status)
        .join(ReviewRound, ReviewRound.id == Nomination.round_id)
        .where(ReviewRound.year == year)
    ):
        nominated[(p, u, c)] = nomination_status
    out = []
    for reg, pname, uname, aname in rows:
        key = (reg.person_id, reg.unit_id, reg.award_code)
        status = nominated.get(key)
        if key in held or status in ("APPROVED", "DECIDED"):
            result = "DAT"
        elif status == "REJECTED":
            result = "KHONG_DAT"
        elif status is not None:
            result = "DANG_XET"
        else:
            result = "CHUA_DE_NGHI"
        out.append(
            RegistrationRow(
                reg.id,
                reg.year,
                reg.person_id,
                reg.unit_id,
                pname or uname or "",
                reg.award_code,
                aname or reg.award_code,
                reg.movement_id,
                reg.registered_on,
                reg.note,
                result,
                reg.version,
            )
        )
    return out
