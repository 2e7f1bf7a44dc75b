"""Organisation use cases: the unit tree and the staff registry.

Every function takes a Session (the caller owns the transaction) and returns DTOs or ids.
"""

from __future__ import annotations

import datetime as _dt
from typing import NamedTuple, cast

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session

from app.errors import Msg, NotFound, ValidationFailed
from app.models import Person, Unit
from app.rules.person import (
    FIELD_LABELS,
    UNIT_FIELD_LABELS,
    PersonInput,
    UnitInput,
    invisible_errors,
    validate_person,
    validate_unit,
)
from app.rules.vntext import fold, name_sort_key, search_tokens
from app.services.common import current_user, flush_or_stale, load_for_update

SEARCH_LIMIT = 500  # rows a keystroke loads; the user narrows the search for more


class UnitRow(NamedTuple):
    """A unit of the tree, as shown and edited."""

    id: int
    code: str
    name: str
    kind: str
    parent_id: int | None
    sort_order: int
    is_active: bool
    version: int


class PersonRow(NamedTuple):
    """A person, as listed in the staff table and edited in the person dialog."""

    id: int
    code: str
    full_name: str
    gender: str
    birth_date: _dt.date | None
    birth_year: int | None
    ethnicity: str
    position: str
    leader_level: str
    staff_category: str
    unit_id: int
    unit_name: str
    active_from: _dt.date | None
    active_to: _dt.date | None
    version: int
    updated_by: str


class PeopleResult(NamedTuple):
    """The first `limit` matches of a search, in Vietnamese name order, and their total;
    with `more` the total is only a lower bound (more than `limit` people match)."""

    rows: list[PersonRow]
    total: int
    more: bool = False


# ---------------------------------------------------------------- units


def list_units(session: Session) -> list[UnitRow]:
    """Every unit, parents before children is not guaranteed: build the tree by parent_id."""
    stmt = select(
        Unit.id, Unit.code, Unit.name, Unit.kind, Unit.parent_id, Unit.sort_order, Unit.is_active, Unit.version
    ).order_by(Unit.sort_order, Unit.id)
    return [UnitRow(*r) for r in session.execute(stmt)]


def subtree_ids(units: list[UnitRow], root_id: int) -> set[int]:
    """The id of `root_id` and of every unit below it."""
    children: dict[int | None, list[int]] = {}
    for u in units:
        children.setdefault(u.parent_id, []).append(u.id)
    found, stack = set(), [root_id]
    while stack:
        uid = stack.pop()
        if uid in found:
            continue
        found.add(uid)
        stack.extend(children.get(uid, ()))
    return found


def unit_path(units: list[UnitRow], unit_id: int) -> list[UnitRow]:
    """From the root down to `unit_id`."""
    by_id = {u.id: u for u in units}
    path: list[UnitRow] = []
    seen: set[int] = set()
    current = by_id.get(unit_id)
    while current is not None and current.id not in seen:
        seen.add(current.id)
        path.append(current)
        current = by_id.get(current.parent_id) if current.parent_id is not None else None
    return list(reversed(path))


def _unit_errors(session: Session, data: UnitInput, unit_id: int | None) -> dict[str, str]:
    errors = validate_unit(data)
    if "code" not in errors:
        clash = session.scalar(select(Unit.id).where(func.upper(Unit.code) == data.code))
        if clash is not None and clash != unit_id:
            errors["code"] = Msg("reason.unit_code_taken")
    if data.parent_id is not None:
        units = list_units(session)
        if data.parent_id not in {u.id for u in units}:
            errors["parent_id"] = Msg("reason.does_not_exist")
        elif unit_id is not None and data.parent_id in subtree_ids(units, unit_id):
            errors["parent_id"] = Msg("reason.unit_cycle")
    return errors


def _refuse_invisible(**fields: str) -> None:
    """Names and codes with bidi-control or zero-width characters are refused, not stored."""
    if errors := invisible_errors(fields):
        raise ValidationFailed(errors)


def create_unit(session: Session, *, data: UnitInput) -> int:
    """Add a unit. Raises ValidationFailed (field → reason)."""
    _refuse_invisible(code=data.code, name=data.name)
    data = data.cleaned()
    if errors := _unit_errors(session, data, None):
        raise ValidationFailed(errors)
    order = session.scalar(
        select(func.coalesce(func.max(Unit.sort_order), 0)).where(
            Unit.parent_id.is_(None) if data.parent_id is None else Unit.parent_id == data.parent_id
        )
    )
    unit = Unit(
        code=data.code,
        name=data.name,
        kind=data.kind,
        parent_id=data.parent_id,
        sort_order=(order or 0) + 1,
        updated_by=current_user(),
    )
    session.add(unit)
    session.flush()
    return unit.id


def update_unit(session: Session, *, unit_id: int, version: int, data: UnitInput) -> None:
    """Change a unit. Raises NotFound, StaleRecord, ValidationFailed."""
    _refuse_invisible(code=data.code, name=data.name)
    data = data.cleaned()
    unit = load_for_update(
        session, Unit, unit_id, version, missing="đơn vị", stale=lambda unit: Msg("what.unit_named", name=unit.name)
    )
    if errors := _unit_errors(session, data, unit_id):
        raise ValidationFailed(errors)
    unit.code, unit.name, unit.kind, unit.parent_id = data.code, data.name, data.kind, data.parent_id
    unit.updated_by = current_user()
    flush_or_stale(session, Msg("what.unit_named", name=unit.name), Unit, unit_id)


def set_unit_active(session: Session, *, unit_id: int, version: int, active: bool) -> None:
    unit = load_for_update(
        session, Unit, unit_id, version, missing="đơn vị", stale=lambda unit: Msg("what.unit_named", name=unit.name)
    )
    unit.is_active = active
    unit.updated_by = current_user()
    flush_or_stale(session, Msg("what.unit_named", name=unit.name), Unit, unit_id)


# ---------------------------------------------------------------- people

_PERSON_COLUMNS = (
    Person.id,
    Person.code,
    Person.full_name,
    Person.gender,
    Person.birth_date,
    Person.birth_year,
    Person.ethnicity,
    Person.position,
    Person.leader_level,
    Person.staff_category,
    Person.unit_id,
    Unit.name,
    Person.active_from,
    Person.active_to,
    Person.version,
    Person.updated_by,
)


def search_people(
    session: Session,
    *,
    query: str = "",
    unit_ids: set[int] | None = None,
    include_inactive: bool = False,
    today: _dt.date | None = None,
    limit: int | None = SEARCH_LIMIT,
    exact_total: bool = False,
) -> PeopleResult:
    """People whose name or code contains every word of `query`, ignoring tone marks and
    case ('nguyen thi' finds 'Nguyễn Thị'; 'd' finds 'đ'), in Vietnamese name order.

    A keystroke reads at most `limit` + 1 rows: when more than `limit` match, the result
    says so (`more`, total = limit + 1) instead of counting every match — a full count of
    a common prefix over 100,000 staff costs a second pass (issue 17). `exact_total`
    counts them all."""
    today = today or _dt.date.today()
    conditions = []
    for token in search_tokens(query):
        conditions.append(Person.search_key.contains(token, autoescape=True))
    if unit_ids is not None:
        conditions.append(Person.unit_id.in_(sorted(unit_ids)))
    if not include_inactive:
        conditions.append(or_(Person.active_to.is_(None), Person.active_to > today))
    where = and_(*conditions) if conditions else None
    stmt = (
        select(*_PERSON_COLUMNS)
        .join(Unit, Unit.id == Person.unit_id)
        .order_by(Person.sort_key, Person.search_key)  # the order of ix_person_search
    )
    count_stmt = select(func.count()).select_from(Person)
    if where is not None:
        count_stmt = count_stmt.where(where)
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres and conditions:
        # The words decide the plan (the trigram index for a rare one, the name order for a
        # common one); the driver prepares a statement run often, and a prepared statement's
        # generic plan cannot see the words ("xyz": 0.1 ms planned for it, 80 ms generic).
        session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    if where is not None and limit is not None and postgres:
        # PostgreSQL tests a filter only after fetching each row from the table: the ids of
        # the first matches come first from the covering index ix_person_search_ids alone
        # (index-only, migration 0021), then those rows ("le m" over 100,000 staff: 5×).
        first = select(Person.id).where(where).order_by(Person.sort_key, Person.search_key).limit(limit + 1)
        stmt = stmt.where(Person.id.in_(first))
    elif where is not None:
        stmt = stmt.where(where)
    if limit is not None:
        stmt = stmt.limit(limit + 1)
    rows = [PersonRow._make(r) for r in session.execute(stmt)]
    if limit is None or len(rows) <= limit:
        return PeopleResult(rows, len(rows))
    if exact_total:
        return PeopleResult(rows[:limit], session.scalar(count_stmt) or 0)  # a count is never NULL
    return PeopleResult(rows[:limit], limit + 1, more=True)


def get_person(session: Session, person_id: int) -> PersonRow:
    """Raises NotFound."""
    row = session.execute(
        select(*_PERSON_COLUMNS).join(Unit, Unit.id == Person.unit_id).where(Person.id == person_id)
    ).first()
    if row is None:
        raise NotFound(what="cán bộ", key=person_id)
    return PersonRow._make(row)


def person_keys(full_name: str, code: str) -> tuple[bytes, str]:
    """(sort_key, search_key) stored with a person."""
    return name_sort_key(full_name), f"{fold(full_name)} {fold(code)}"


def _person_errors(session: Session, data: PersonInput, person_id: int | None) -> dict[str, str]:
    errors = validate_person(data, today=_dt.date.today())
    if "code" not in errors:
        clash = session.scalar(select(Person.id).where(func.upper(Person.code) == data.code))
        if clash is not None and clash != person_id:
            errors["code"] = Msg("reason.person_code_taken")
    if "unit_id" not in errors and session.get(Unit, data.unit_id) is None:
        errors["unit_id"] = Msg("reason.does_not_exist")
    return errors


def _apply(person: Person, data: PersonInput) -> None:
    person.code = data.code
    person.full_name = data.full_name
    person.sort_key, person.search_key = person_keys(data.full_name, data.code)
    person.gender = data.gender
    person.birth_date = data.birth_date
    person.birth_year = data.birth_year
    person.ethnicity = data.ethnicity
    person.position = data.position
    person.leader_level = data.leader_level
    person.staff_category = data.staff_category
    person.unit_id = cast(int, data.unit_id)  # _person_errors refuses a person without a unit

    person.active_from = data.active_from
    person.active_to = data.active_to
    person.updated_by = current_user()


def create_person(session: Session, *, data: PersonInput) -> int:
    """Add a person. Raises ValidationFailed (field → Vietnamese reason)."""
    _refuse_invisible(code=data.code, full_name=data.full_name)
    data = data.cleaned()
    if errors := _person_errors(session, data, None):
        raise ValidationFailed(errors)
    person = Person()
    _apply(person, data)
    session.add(person)
    session.flush()
    return person.id


def update_person(session: Session, *, person_id: int, version: int, data: PersonInput) -> None:
    """Save a person edited from `version`. Raises NotFound, StaleRecord, ValidationFailed."""
    _refuse_invisible(code=data.code, full_name=data.full_name)
    data = data.cleaned()
    person = load_for_update(
        session,
        Person,
        person_id,
        version,
        missing="cán bộ",
        stale=lambda person: Msg("what.person_named", name=person.full_name),
    )
    if errors := _person_errors(session, data, person_id):
        raise ValidationFailed(errors)
    _apply(person, data)
    flush_or_stale(session, Msg("what.person_named", name=data.full_name), Person, person_id)


def deactivate_person(session: Session, *, person_id: int, version: int, on_date: _dt.date) -> None:
    """Mark a person as no longer working here from `on_date`. Raises NotFound, StaleRecord,
    ValidationFailed."""
    person = load_for_update(
        session,
        Person,
        person_id,
        version,
        missing="cán bộ",
        stale=lambda person: Msg("what.person_named", name=person.full_name),
    )
    if person.active_from and on_date <= person.active_from:
        raise ValidationFailed({"active_to": Msg("reason.after_start_of_work")})
    person.active_to = on_date
    person.updated_by = current_user()
    flush_or_stale(session, Msg("what.person_named", name=person.full_name), Person, person_id)


def reactivate_person(session: Session, *, person_id: int, version: int) -> None:
    person = load_for_update(
        session,
        Person,
        person_id,
        version,
        missing="cán bộ",
        stale=lambda person: Msg("what.person_named", name=person.full_name),
    )
    person.active_to = None
    person.updated_by = current_user()
    flush_or_stale(session, Msg("what.person_named", name=person.full_name), Person, person_id)


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field) or UNIT_FIELD_LABELS.get(field) or field
