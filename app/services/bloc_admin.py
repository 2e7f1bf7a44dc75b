"""Keeping emulation blocs (khối thi đua) in order, next to `app.services.bloc`: listing and
renaming blocs, members with the years they joined and left, editing and removing members,
and how many scores a criteria table holds.

Every function takes a Session, never commits, and runs on the caller's thread.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationFailed
from app.messages import Msg
from app.models import Bloc, BlocLeadership, BlocMember, Score, ScoringAssessor, ScoringItem, ScoringTable
from app.rules.vntext import clean_text
from app.services.bloc import load_bloc, sync_member_assessors

MIN_YEAR, MAX_YEAR = 1945, 2100


class BlocSummary(NamedTuple):
    """A bloc with its number of members (kind KHOI or CUM)."""

    id: int
    name: str
    kind: str
    note: str
    member_count: int


class MemberDetailRow(NamedTuple):
    """A member agency with its years; `unit_id` None for an outside agency (cơ quan ngoài)."""

    id: int
    bloc_id: int
    unit_id: int | None
    name: str
    sort_order: int
    joined_year: int | None
    left_year: int | None


def _member(session: Session, member_id: int) -> BlocMember:
    member = session.get(BlocMember, member_id)
    if member is None:
        raise NotFound(what="thành viên khối", key=member_id)
    return member


def list_blocs(session: Session) -> list[BlocSummary]:
    """Every bloc by name, with its member count."""
    counts = select(BlocMember.bloc_id, func.count(BlocMember.id).label("n")).group_by(BlocMember.bloc_id).subquery()
    rows = session.execute(
        select(Bloc.id, Bloc.name, Bloc.kind, Bloc.note, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.bloc_id == Bloc.id)
        .order_by(Bloc.name, Bloc.id)
    )
    return [BlocSummary(*r) for r in rows]


def rename_bloc(session: Session, *, bloc_id: int, name: str, note: str | None = None) -> None:
    """Rename a bloc (and change its note). Raises NotFound, ValidationFailed (empty or
    duplicate name)."""
    bloc = load_bloc(session, bloc_id)
    name = clean_text(name)
    if not name:
        raise ValidationFailed({"name": Msg("reason.bloc_name_missing")})
    other = session.scalar(select(Bloc.id).where(Bloc.name == name, Bloc.id != bloc_id))
    if other is not None:
        raise ValidationFailed({"name": Msg("reason.bloc_name_taken")})
    bloc.name = name
    if note is not None:
        bloc.note = note.strip()
    session.flush()


def list_member_details(session: Session, *, bloc_id: int) -> list[MemberDetailRow]:
    """The bloc's members in member order, with the years they joined and left. Raises
    NotFound."""
    load_bloc(session, bloc_id)
    rows = session.execute(
        select(
            BlocMember.id,
            BlocMember.bloc_id,
            BlocMember.unit_id,
            BlocMember.name,
            BlocMember.sort_order,
            BlocMember.joined_year,
            BlocMember.left_year,
        )
        .where(BlocMember.bloc_id == bloc_id)
        .order_by(BlocMember.sort_order, BlocMember.id)
    )
    return [MemberDetailRow(*r) for r in rows]


def _check_year(errors: dict[str, str], field: str, year: int | None) -> None:
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        errors[field] = Msg("reason.year_range", min_year=MIN_YEAR, max_year=MAX_YEAR)


def update_member(
    session: Session, *, member_id: int, joined_year: int | None, left_year: int | None, name: str | None = None
) -> None:
    """Set a member's joined and left years and, for an outside agency, its name (a unit
    of the tree keeps the unit's name). Raises NotFound, ValidationFailed."""
    member = _member(session, member_id)
    errors: dict[str, str] = {}
    _check_year(errors, "joined_year", joined_year)
    _check_year(errors, "left_year", left_year)
    if not errors and joined_year is not None and left_year is not None and left_year < joined_year:
        errors["left_year"] = Msg("reason.leave_after_join")
    if name is not None:
        name = clean_text(name)
        if member.unit_id is not None and name != member.name:
            errors["name"] = Msg("reason.unit_name_in_org")
        elif not name:
            errors["name"] = Msg("reason.agency_name_missing")
        elif (
            session.scalar(
                select(BlocMember.id).where(
                    BlocMember.bloc_id == member.bloc_id, BlocMember.name == name, BlocMember.id != member_id
                )
            )
            is not None
        ):
            errors["name"] = Msg("reason.already_bloc_member", unit_name=name)
    if errors:
        raise ValidationFailed(errors)
    if name is not None:
        member.name = name
    member.joined_year = joined_year
    member.left_year = left_year
    session.flush()
    # A member now inside a table's year becomes one of its scorers (MEMBERS mode).
    for table_id in session.scalars(
        select(ScoringTable.id).where(ScoringTable.bloc_id == member.bloc_id, ScoringTable.assessor_mode == "MEMBERS")
    ):
        sync_member_assessors(session, table_id=table_id)


def remove_member(session: Session, *, member_id: int) -> None:
    """Remove a member that has no scores (given or received), never held a leadership
    role and has no panel assessor (removing it would erase those records; set the year it
    left instead). Its MEMBERS-mode assessors go with it. Raises NotFound, ValidationFailed."""
    member = _member(session, member_id)
    own_assessors = select(ScoringAssessor.id).where(ScoringAssessor.member_id == member_id)
    scores = session.scalar(
        select(func.count(Score.id)).where(or_(Score.member_id == member_id, Score.assessor_id.in_(own_assessors)))
    )
    if scores:
        raise ValidationFailed({"member": Msg("reason.member_has_scores", member_name=member.name, scores=scores)})
    led = session.scalar(select(func.count(BlocLeadership.id)).where(BlocLeadership.member_id == member_id))
    if led:
        raise ValidationFailed({"member": Msg("reason.member_had_role", member_name=member.name)})
    panel = session.scalar(
        select(func.count(ScoringAssessor.id))
        .join(ScoringTable, ScoringTable.id == ScoringAssessor.table_id)
        .where(ScoringAssessor.member_id == member_id, ScoringTable.assessor_mode == "PANEL")
    )
    if panel:
        # The cascade would silently drop those panel assessors from their tables.
        raise ValidationFailed({"member": Msg("reason.member_has_scorers", member_name=member.name)})
    session.delete(member)
    session.flush()


def count_table_scores(session: Session, *, table_id: int) -> int:
    """How many scores (self and assessors') the criteria table holds."""
    return (
        session.scalar(
            select(func.count(Score.id))
            .join(ScoringItem, ScoringItem.id == Score.item_id)
            .where(ScoringItem.table_id == table_id)
        )
        or 0
    )


def set_table_year(session: Session, *, table_id: int, year: int) -> None:
    """Move a criteria table to another year (a typing slip). Raises NotFound,
    ValidationFailed (a year out of range, or a table that already has scores)."""
    table = session.get(ScoringTable, table_id)
    if table is None:
        raise NotFound(what="bảng tiêu chí", key=table_id)
    errors: dict[str, str] = {}
    _check_year(errors, "year", year)
    if errors:
        raise ValidationFailed(errors)
    if year != table.year and count_table_scores(session, table_id=table_id):
        raise ValidationFailed({"year": Msg("reason.year_locked")})
    table.year = year
    session.flush()
