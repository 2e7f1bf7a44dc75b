"""History of people and units: ratings, awards received, sáng kiến, discipline, leave.

Use cases for the history tabs of a person or a unit. Every function takes a Session (the
caller owns the transaction), returns DTOs or ids, and raises NotFound, StaleRecord (the
record changed since `version` was read) or ValidationFailed (field → Vietnamese reason).
Ratings, sáng kiến, discipline and leave belong to people; awards to a person or a unit.
After a change, the GUI recomputes the verdicts of open rounds
(`app.services.nomination.compute_verdicts`).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import NamedTuple, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationFailed
from app.messages import Msg
from app.models import Award, AwardType, Discipline, Initiative, Leave, Person, Rating, Unit
from app.rules.codes import DISCIPLINE_LEVELS, FIRST_YEAR, INITIATIVE_KINDS, INITIATIVE_LEVELS, LEAVE_KINDS, RATINGS
from app.rules.person import MIN_AGE
from app.rules.vntext import clean_text
from app.services.common import check_version, current_user, flush_or_stale

_Record = TypeVar("_Record", Rating, Award, Initiative, Discipline, Leave)


class RatingRow(NamedTuple):
    id: int
    person_id: int
    year: int
    rating: str
    version: int


class AwardRow(NamedTuple):
    """A title or form received. Exactly one of person_id / unit_id is set."""

    id: int
    person_id: int | None
    unit_id: int | None
    award_code: str
    award_name: str
    year: int
    decision_no: str
    decision_date: _dt.date | None
    issuer: str
    version: int


class InitiativeRow(NamedTuple):
    """A sáng kiến/đề tài; `used_by_award_id` is the award it grounded (one only)."""

    id: int
    person_id: int
    title: str
    kind: str
    level: str
    year: int
    recognised_date: _dt.date | None
    authors: str
    used_by_award_id: int | None
    used_by: str  # "CSTĐCS 2023"-like text of that award, "" when unused
    version: int


class DisciplineRow(NamedTuple):
    """A measure in force from start_date to end_date inclusive (None = still in force)."""

    id: int
    person_id: int
    level: str
    start_date: _dt.date
    end_date: _dt.date | None
    note: str
    version: int


class LeaveRow(NamedTuple):
    id: int
    person_id: int
    kind: str
    start_date: _dt.date
    end_date: _dt.date
    note: str
    version: int


class HistoryResult(NamedTuple):
    """Everything recorded for one person (or, for a unit, its awards only), newest first."""

    ratings: list[RatingRow]
    awards: list[AwardRow]
    initiatives: list[InitiativeRow]
    disciplines: list[DisciplineRow]
    leaves: list[LeaveRow]


# ---------------------------------------------------------------- reading


def get_history(session: Session, *, person_id: int | None = None, unit_id: int | None = None) -> HistoryResult:
    """The history of a person or a unit. Raises NotFound."""
    if (person_id is None) == (unit_id is None):
        raise ValueError("give exactly one of person_id, unit_id")
    names = dict(session.execute(select(AwardType.code, AwardType.name)).all())
    if unit_id is not None:
        if session.get(Unit, unit_id) is None:
            raise NotFound(what="đơn vị", key=unit_id)
        awards = session.scalars(
            select(Award).where(Award.unit_id == unit_id).order_by(Award.year.desc(), Award.award_code)
        ).all()
        return HistoryResult([], [_award_row(a, names) for a in awards], [], [], [])
    if session.get(Person, person_id) is None:
        raise NotFound(what="cán bộ", key=person_id)
    ratings = session.scalars(select(Rating).where(Rating.person_id == person_id).order_by(Rating.year.desc())).all()
    awards = session.scalars(
        select(Award).where(Award.person_id == person_id).order_by(Award.year.desc(), Award.award_code)
    ).all()
    by_id = {a.id: a for a in awards}
    initiatives = session.scalars(
        select(Initiative).where(Initiative.person_id == person_id).order_by(Initiative.year.desc(), Initiative.id)
    ).all()
    disciplines = session.scalars(
        select(Discipline).where(Discipline.person_id == person_id).order_by(Discipline.start_date.desc())
    ).all()
    leaves = session.scalars(select(Leave).where(Leave.person_id == person_id).order_by(Leave.start_date.desc())).all()

    def used_text(award_id: int | None) -> str:
        a = by_id.get(award_id) if award_id else None
        return f"{names.get(a.award_code, a.award_code)} {a.year}" if a else ""

    return HistoryResult(
        [RatingRow(r.id, r.person_id, r.year, r.rating, r.version) for r in ratings],
        [_award_row(a, names) for a in awards],
        [
            InitiativeRow(
                i.id,
                i.person_id,
                i.title,
                i.kind,
                i.level,
                i.year,
                i.recognised_date,
                i.authors,
                i.used_by_award_id,
                used_text(i.used_by_award_id),
                i.version,
            )
            for i in initiatives
        ],
        [DisciplineRow(d.id, d.person_id, d.level, d.start_date, d.end_date, d.note, d.version) for d in disciplines],
        [LeaveRow(lv.id, lv.person_id, lv.kind, lv.start_date, lv.end_date, lv.note, lv.version) for lv in leaves],
    )


def _award_row(a: Award, names: dict[str, str]) -> AwardRow:
    return AwardRow(
        a.id,
        a.person_id,
        a.unit_id,
        a.award_code,
        names.get(a.award_code, a.award_code),
        a.year,
        a.decision_no,
        a.decision_date,
        a.issuer,
        a.version,
    )


# ---------------------------------------------------------------- helpers


def _year_error(year: int | None) -> str | None:
    if year is None:
        return "chưa nhập"
    top = _dt.date.today().year + 1
    if not isinstance(year, int) or not FIRST_YEAR <= year <= top:
        return f"phải từ {FIRST_YEAR} đến {top}"
    return None


def _person(session: Session, person_id: int) -> Person:
    p = session.get(Person, person_id)
    if p is None:
        raise NotFound(what="cán bộ", key=person_id)
    return p


def _load(session: Session, model: type[_Record], record_id: int, version: int, what: str) -> _Record:
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFound(what=what, key=record_id)
    check_version(obj, version, what.capitalize())
    return obj


def _save(
    session: Session, obj: Rating | Award | Initiative | Discipline | Leave, what: str, apply: Callable[[], None]
) -> None:
    apply()
    obj.updated_by = current_user()
    flush_or_stale(session, what.capitalize(), type(obj), obj.id)


def _delete(session: Session, model: type[_Record], record_id: int, version: int, what: str) -> None:
    obj = _load(session, model, record_id, version, what)
    session.delete(obj)
    session.flush()


# ---------------------------------------------------------------- ratings


def _rating_errors(session: Session, person_id: int, year: int, rating: str, own_id: int | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if msg := _year_error(year):
        errors["year"] = msg
    if rating not in RATINGS:
        errors["rating"] = "phải là một trong: " + "; ".join(RATINGS.values())
    if "year" not in errors and (msg := before_birth_error(_birth_year(session, person_id), year)):
        errors["year"] = msg
    if "year" not in errors:
        clash = session.scalar(select(Rating.id).where(Rating.person_id == person_id, Rating.year == year))
        if clash is not None and clash != own_id:
            errors["year"] = Msg("reason.rating_exists", year=year)
    return errors


def _birth_year(session: Session, person_id: int | None) -> int | None:
    if person_id is None:
        return None
    row = session.execute(select(Person.birth_year, Person.birth_date).where(Person.id == person_id)).first()
    if row is None:
        return None
    return row[1].year if row[1] is not None else row[0]


def before_birth_error(birth_year: int | None, year: int | None) -> str | None:
    """A record of `year` for someone born in `birth_year` must come after the birth
    (a working year at MIN_AGE or later); None when plausible or unknown."""
    if birth_year is None or not isinstance(year, int):
        return None
    if year < birth_year + MIN_AGE:
        return f"năm {year} không hợp lý: cán bộ sinh năm {birth_year} (chưa đủ {MIN_AGE} tuổi)"
    return None


def overlapping_leave_error(
    session: Session, person_id: int, start: _dt.date | None, end: _dt.date | None, own_id: int | None
) -> str | None:
    """The leave [start, end] must not overlap another leave of the same person."""
    if start is None or end is None:
        return None
    stmt = select(Leave.start_date, Leave.end_date).where(
        Leave.person_id == person_id, Leave.start_date <= end, Leave.end_date >= start
    )
    if own_id is not None:
        stmt = stmt.where(Leave.id != own_id)
    other = session.execute(stmt.limit(1)).first()
    if other is None:
        return None
    return f"trùng thời gian với lần nghỉ từ {other[0]:%d/%m/%Y} đến {other[1]:%d/%m/%Y} của cùng cán bộ"


def add_rating(session: Session, *, person_id: int, year: int, rating: str) -> int:
    _person(session, person_id)
    if errors := _rating_errors(session, person_id, year, rating, None):
        raise ValidationFailed(errors)
    r = Rating(person_id=person_id, year=year, rating=rating, updated_by=current_user())
    session.add(r)
    session.flush()
    return r.id


def update_rating(session: Session, *, rating_id: int, version: int, year: int, rating: str) -> None:
    r = _load(session, Rating, rating_id, version, "xếp loại")
    if errors := _rating_errors(session, r.person_id, year, rating, rating_id):
        raise ValidationFailed(errors)

    def apply() -> None:
        r.year, r.rating = year, rating

    _save(session, r, f"xếp loại năm {year}", apply)


def delete_rating(session: Session, *, rating_id: int, version: int) -> None:
    _delete(session, Rating, rating_id, version, "xếp loại")


# ---------------------------------------------------------------- awards


def _award_errors(
    session: Session,
    person_id: int | None,
    unit_id: int | None,
    code: str,
    year: int,
    decision_no: str,
    decision_date: _dt.date | None,
    own_id: int | None,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if msg := _year_error(year):
        errors["year"] = msg
    subject = session.scalar(select(AwardType.subject).where(AwardType.code == code))
    if subject is None:
        errors["award_code"] = Msg("reason.unknown_award")
    elif subject != ("CA_NHAN" if person_id is not None else "TAP_THE"):
        errors["award_code"] = "dành cho tập thể" if subject == "TAP_THE" else "dành cho cá nhân"
    if len(decision_no) > 50:
        errors["decision_no"] = Msg("reason.too_long_50")
    if decision_date is not None and "year" not in errors and decision_date < _dt.date(year, 1, 1):
        errors["decision_date"] = Msg("reason.before_award_year", year=year)
    if "year" not in errors and (msg := before_birth_error(_birth_year(session, person_id), year)):
        errors["year"] = msg
    if not errors:
        subject_col = Award.person_id == person_id if person_id is not None else Award.unit_id == unit_id
        clash = session.scalar(select(Award.id).where(subject_col, Award.award_code == code, Award.year == year))
        if clash is not None and clash != own_id:
            errors["award_code"] = Msg("reason.award_exists", year=year)
    return errors


def add_award(
    session: Session,
    *,
    person_id: int | None = None,
    unit_id: int | None = None,
    award_code: str,
    year: int,
    decision_no: str = "",
    decision_date: _dt.date | None = None,
    issuer: str = "",
) -> int:
    """Record a title or form received by a person or a unit."""
    if (person_id is None) == (unit_id is None):
        raise ValueError("give exactly one of person_id, unit_id")
    category = ""
    if person_id is not None:
        category = _person(session, person_id).leader_level
    elif session.get(Unit, unit_id) is None:
        raise NotFound(what="đơn vị", key=unit_id)
    decision_no, issuer = clean_text(decision_no), clean_text(issuer)
    if errors := _award_errors(session, person_id, unit_id, award_code, year, decision_no, decision_date, None):
        raise ValidationFailed(errors)
    a = Award(
        person_id=person_id,
        unit_id=unit_id,
        award_code=award_code,
        year=year,
        decision_no=decision_no,
        decision_date=decision_date,
        issuer=issuer,
        subject_category=category,
        updated_by=current_user(),
    )
    session.add(a)
    session.flush()
    return a.id


def update_award(
    session: Session,
    *,
    award_id: int,
    version: int,
    award_code: str,
    year: int,
    decision_no: str = "",
    decision_date: _dt.date | None = None,
    issuer: str = "",
) -> None:
    a = _load(session, Award, award_id, version, "khen thưởng")
    decision_no, issuer = clean_text(decision_no), clean_text(issuer)
    if errors := _award_errors(session, a.person_id, a.unit_id, award_code, year, decision_no, decision_date, award_id):
        raise ValidationFailed(errors)

    def apply() -> None:
        a.award_code, a.year, a.decision_no, a.decision_date, a.issuer = (
            award_code,
            year,
            decision_no,
            decision_date,
            issuer,
        )

    _save(session, a, "khen thưởng", apply)


def delete_award(session: Session, *, award_id: int, version: int) -> None:
    """Delete an award; a sáng kiến it used becomes free again."""
    _delete(session, Award, award_id, version, "khen thưởng")


# ---------------------------------------------------------------- sáng kiến


def _initiative_errors(
    session: Session,
    person_id: int,
    title: str,
    kind: str,
    level: str,
    year: int,
    recognised_date: _dt.date | None,
    authors: str,
    used_by_award_id: int | None,
    own_id: int | None,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not title:
        errors["title"] = Msg("reason.required")
    elif len(title) > 500:
        errors["title"] = Msg("reason.too_long_500")
    if kind not in INITIATIVE_KINDS:
        errors["kind"] = Msg("reason.initiative_kind")
    if level not in INITIATIVE_LEVELS:
        errors["level"] = "phải là một trong: " + "; ".join(INITIATIVE_LEVELS.values())
    if msg := _year_error(year):
        errors["year"] = msg
    elif recognised_date is not None and recognised_date.year != year:
        errors["recognised_date"] = Msg("reason.not_in_year", year=year)
    if len(authors) > 500:
        errors["authors"] = Msg("reason.too_long_500")
    if used_by_award_id is not None:
        owner = session.scalar(select(Award.person_id).where(Award.id == used_by_award_id))
        if owner != person_id:
            errors["used_by_award_id"] = Msg("reason.award_of_other")
        else:
            clash = session.scalar(
                select(Initiative.id).where(
                    Initiative.used_by_award_id == used_by_award_id, Initiative.person_id == person_id
                )
            )
            if clash is not None and clash != own_id:
                errors["used_by_award_id"] = Msg("reason.award_used_other_initiative")
    return errors


def add_initiative(
    session: Session,
    *,
    person_id: int,
    title: str,
    level: str,
    year: int,
    kind: str = "SANG_KIEN",
    recognised_date: _dt.date | None = None,
    authors: str = "",
    used_by_award_id: int | None = None,
) -> int:
    _person(session, person_id)
    title, authors = clean_text(title), clean_text(authors)
    if errors := _initiative_errors(
        session, person_id, title, kind, level, year, recognised_date, authors, used_by_award_id, None
    ):
        raise ValidationFailed(errors)
    i = Initiative(
        person_id=person_id,
        title=title,
        kind=kind,
        level=level,
        year=year,
        recognised_date=recognised_date,
        authors=authors,
        used_by_award_id=used_by_award_id,
        updated_by=current_user(),
    )
    session.add(i)
    session.flush()
    return i.id


def update_initiative(
    session: Session,
    *,
    initiative_id: int,
    version: int,
    title: str,
    level: str,
    year: int,
    kind: str = "SANG_KIEN",
    recognised_date: _dt.date | None = None,
    authors: str = "",
    used_by_award_id: int | None = None,
) -> None:
    i = _load(session, Initiative, initiative_id, version, "sáng kiến")
    title, authors = clean_text(title), clean_text(authors)
    if errors := _initiative_errors(
        session, i.person_id, title, kind, level, year, recognised_date, authors, used_by_award_id, initiative_id
    ):
        raise ValidationFailed(errors)

    def apply() -> None:
        i.title, i.kind, i.level, i.year, i.recognised_date = title, kind, level, year, recognised_date
        i.authors, i.used_by_award_id = authors, used_by_award_id

    _save(session, i, "sáng kiến", apply)


def delete_initiative(session: Session, *, initiative_id: int, version: int) -> None:
    _delete(session, Initiative, initiative_id, version, "sáng kiến")


# ---------------------------------------------------------------- discipline and leave


def _period_errors(start: _dt.date | None, end: _dt.date | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if start is None:
        errors["start_date"] = Msg("reason.not_entered")
    elif start.year < FIRST_YEAR:
        errors["start_date"] = Msg("reason.implausible_date")
    if start is not None and end is not None and end < start:
        errors["end_date"] = Msg("reason.not_before_start")
    return errors


def _discipline_errors(level: str, start: _dt.date | None, end: _dt.date | None, note: str) -> dict[str, str]:
    errors = _period_errors(start, end)
    if level not in DISCIPLINE_LEVELS:
        errors["level"] = "phải là một trong: " + "; ".join(DISCIPLINE_LEVELS.values())
    if len(note) > 500:
        errors["note"] = Msg("reason.too_long_500")
    return errors


def add_discipline(
    session: Session,
    *,
    person_id: int,
    level: str,
    start_date: _dt.date,
    end_date: _dt.date | None = None,
    note: str = "",
) -> int:
    """Record a measure in force from start_date to end_date inclusive (None = still in force)."""
    _person(session, person_id)
    note = clean_text(note)
    if errors := _discipline_errors(level, start_date, end_date, note):
        raise ValidationFailed(errors)
    d = Discipline(
        person_id=person_id, level=level, start_date=start_date, end_date=end_date, note=note, updated_by=current_user()
    )
    session.add(d)
    session.flush()
    return d.id


def update_discipline(
    session: Session,
    *,
    discipline_id: int,
    version: int,
    level: str,
    start_date: _dt.date,
    end_date: _dt.date | None = None,
    note: str = "",
) -> None:
    d = _load(session, Discipline, discipline_id, version, "kỷ luật")
    note = clean_text(note)
    if errors := _discipline_errors(level, start_date, end_date, note):
        raise ValidationFailed(errors)

    def apply() -> None:
        d.level, d.start_date, d.end_date, d.note = level, start_date, end_date, note

    _save(session, d, "kỷ luật", apply)


def delete_discipline(session: Session, *, discipline_id: int, version: int) -> None:
    _delete(session, Discipline, discipline_id, version, "kỷ luật")


def add_leave(
    session: Session,
    *,
    person_id: int,
    start_date: _dt.date,
    end_date: _dt.date,
    kind: str = "THAI_SAN",
    note: str = "",
) -> int:
    """Record maternity leave (counts as worked time for consecutive-year criteria)."""
    _person(session, person_id)
    errors = _period_errors(start_date, end_date)
    if end_date is None:
        errors["end_date"] = Msg("reason.not_entered")
    if kind not in LEAVE_KINDS:
        errors["kind"] = Msg("reason.invalid")
    if not errors and (msg := _leave_plausibility(session, person_id, start_date, end_date, None)):
        errors["start_date"] = msg
    if errors:
        raise ValidationFailed(errors)
    lv = Leave(
        person_id=person_id,
        kind=kind,
        start_date=start_date,
        end_date=end_date,
        note=clean_text(note),
        updated_by=current_user(),
    )
    session.add(lv)
    session.flush()
    return lv.id


def update_leave(
    session: Session, *, leave_id: int, version: int, start_date: _dt.date, end_date: _dt.date, note: str = ""
) -> None:
    lv = _load(session, Leave, leave_id, version, "nghỉ thai sản")
    errors = _period_errors(start_date, end_date)
    if end_date is None:
        errors["end_date"] = Msg("reason.not_entered")
    if not errors and (msg := _leave_plausibility(session, lv.person_id, start_date, end_date, leave_id)):
        errors["start_date"] = msg
    if errors:
        raise ValidationFailed(errors)

    def apply() -> None:
        lv.start_date, lv.end_date, lv.note = start_date, end_date, clean_text(note)

    _save(session, lv, "nghỉ thai sản", apply)


def _leave_plausibility(
    session: Session, person_id: int, start: _dt.date, end: _dt.date, own_id: int | None
) -> str | None:
    return before_birth_error(_birth_year(session, person_id), start.year) or overlapping_leave_error(
        session, person_id, start, end, own_id
    )


def delete_leave(session: Session, *, leave_id: int, version: int) -> None:
    _delete(session, Leave, leave_id, version, "nghỉ thai sản")
