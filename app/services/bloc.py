"""Emulation blocs (khối/cụm thi đua): members, yearly leadership, criteria tables, scores,
the ranking, and nominations from the ranking.

A criteria table is scored by its assessors (ScoringAssessor). In MEMBERS mode (a bloc's
members scoring each other) there is one assessor per member, kept in step with the member
list; in PANEL mode the office lists them, e.g. the council's members for the units of an
agency (a cụm whose members are departments), each belonging to the member unit it never
scores.

Every function takes a Session and never commits; it runs on the caller's thread. The
arithmetic lives in `app.rules.scoring` (exact Decimal, ROUND_HALF_UP to 2 decimals).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from decimal import Decimal
from typing import Any, NamedTuple, cast

from sqlalchemy import Integer, case, delete, func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from app.errors import BadInput, NotFound, ValidationFailed
from app.messages import Msg
from app.models import (
    Bloc,
    BlocLeadership,
    BlocMember,
    CouncilMember,
    Nomination,
    Score,
    ScoringAssessor,
    ScoringItem,
    ScoringTable,
    Unit,
)
from app.rules import scoring
from app.rules.scoring import Criterion
from app.rules.vntext import clean_text
from app.services.nomination import AddResult, add_nominations

ROLES = ("KHOI_TRUONG", "KHOI_PHO_TT", "KHOI_PHO")
ASSESSOR_MODES = ("MEMBERS", "PANEL")
ROLE_LABELS = {"KHOI_TRUONG": "Khối trưởng", "KHOI_PHO_TT": "Khối phó thường trực", "KHOI_PHO": "Khối phó"}


class BlocMemberRow(NamedTuple):
    id: int
    bloc_id: int
    unit_id: int | None
    name: str
    sort_order: int


class LeadershipRow(NamedTuple):
    year: int
    role: str
    member_id: int
    member_name: str


class ScoringTableSummary(NamedTuple):
    """A criteria table with its items as `app.rules.scoring.Criterion`."""

    id: int
    bloc_id: int | None
    year: int
    name: str
    declared_total: Decimal
    drop_extremes: bool
    criteria: tuple[Criterion, ...]
    assessor_mode: str = "MEMBERS"
    movement_id: int | None = None


class AssessorRow(NamedTuple):
    """A scorer of a table; it never scores `member_id`, the member it belongs to."""

    id: int
    name: str
    member_id: int | None
    council_member_id: int | None


class AssessorInput(NamedTuple):
    """A panel assessor to add: a name, the member it belongs to, its council seat."""

    name: str
    member_id: int | None = None
    council_member_id: int | None = None


class ScoreRow(NamedTuple):
    """One stored score; `assessor_id` None is the member's self-score."""

    member_id: int
    assessor_id: int | None
    code: str
    points: Decimal


class RankingRow(NamedTuple):
    rank: int
    member_id: int
    member_name: str
    unit_id: int | None
    total: Decimal
    self_total: Decimal | None
    dropped_extremes: bool


class MissingRow(NamedTuple):
    """`assessor_id` None: the member's own self-score is incomplete."""

    member_id: int
    assessor_id: int | None
    codes: tuple[str, ...]


class RankingResult(NamedTuple):
    """The ranking, the missing scores, the per-member results, and the points they were
    computed from: `self_points[member][code]`, `sheet_points[(assessor, member)][code]`."""

    rows: tuple[RankingRow, ...]
    missing: tuple[MissingRow, ...]
    results: tuple[scoring.MemberResult, ...]
    self_points: Mapping[int, Mapping[str, Decimal]]
    sheet_points: Mapping[tuple[int, int], Mapping[str, Decimal]]


class BlocNominationResult(NamedTuple):
    """Nominations made from a ranking; `boundary_tie` is True when a member tied with the
    last one taken for the Bằng khen was left out by the number set."""

    flag: AddResult
    merit: AddResult
    outside_skipped: tuple[str, ...]
    boundary_tie: bool


def load_bloc(session: Session, bloc_id: int) -> Bloc:
    """The bloc, or NotFound (for the bloc services: admin, pledge, scoring report)."""
    bloc = session.get(Bloc, bloc_id)
    if bloc is None:
        raise NotFound(what="khối thi đua", key=bloc_id)
    return bloc


def bloc_members(session: Session, bloc_id: int) -> list[BlocMember]:
    """The bloc's members in their order."""
    return list(
        session.scalars(
            select(BlocMember).where(BlocMember.bloc_id == bloc_id).order_by(BlocMember.sort_order, BlocMember.id)
        )
    )


def create_bloc(session: Session, *, name: str, kind: str = "KHOI", note: str = "") -> int:
    """Add a bloc. Raises ValidationFailed (empty or duplicate name, unknown kind)."""
    name = clean_text(name)
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = Msg("reason.bloc_name_missing")
    elif session.scalar(select(Bloc.id).where(Bloc.name == name)) is not None:
        errors["name"] = Msg("reason.bloc_name_taken")
    if kind not in ("KHOI", "CUM"):
        errors["kind"] = Msg("reason.bloc_kind")
    if errors:
        raise ValidationFailed(errors)
    bloc = Bloc(name=name, kind=kind, note=note.strip())
    session.add(bloc)
    session.flush()
    return bloc.id


def add_members(
    session: Session,
    *,
    bloc_id: int,
    unit_ids: Sequence[int] = (),
    names: Sequence[str] = (),
    joined_year: int | None = None,
) -> tuple[int, ...]:
    """Add member agencies: units of the tree and/or outside agencies by name. Returns the
    new member ids in order. Raises NotFound, ValidationFailed (unknown unit, duplicate)."""
    load_bloc(session, bloc_id)
    existing = bloc_members(session, bloc_id)
    taken_names = {m.name for m in existing}
    taken_units = {m.unit_id for m in existing if m.unit_id is not None}
    order = max((m.sort_order for m in existing), default=0)
    new: list[BlocMember] = []
    for uid in unit_ids:
        unit = session.get(Unit, uid)
        if unit is None:
            raise ValidationFailed({"unit_ids": Msg("reason.no_unit_id", uid=uid)})
        if uid in taken_units or unit.name in taken_names:
            raise ValidationFailed({"unit_ids": Msg("reason.already_bloc_member", unit_name=unit.name)})
        taken_units.add(uid)
        taken_names.add(unit.name)
        order += 1
        new.append(BlocMember(bloc_id=bloc_id, unit_id=uid, name=unit.name, sort_order=order, joined_year=joined_year))
    for raw in names:
        name = clean_text(raw)
        if not name:
            raise ValidationFailed({"names": Msg("reason.agency_name_empty")})
        if name in taken_names:
            raise ValidationFailed({"names": Msg("reason.already_bloc_member", unit_name=name)})
        taken_names.add(name)
        order += 1
        new.append(BlocMember(bloc_id=bloc_id, unit_id=None, name=name, sort_order=order, joined_year=joined_year))
    session.add_all(new)
    session.flush()
    for table_id in session.scalars(
        select(ScoringTable.id).where(ScoringTable.bloc_id == bloc_id, ScoringTable.assessor_mode == "MEMBERS")
    ):
        sync_member_assessors(session, table_id=table_id)
    return tuple(m.id for m in new)


def list_members(session: Session, *, bloc_id: int) -> list[BlocMemberRow]:
    return [BlocMemberRow(m.id, m.bloc_id, m.unit_id, m.name, m.sort_order) for m in bloc_members(session, bloc_id)]


def set_leadership(
    session: Session,
    *,
    bloc_id: int,
    year: int,
    leader_id: int,
    standing_deputy_id: int | None = None,
    deputy_ids: Sequence[int] = (),
) -> None:
    """Set (replace) a year's Khối trưởng, Khối phó thường trực and Khối phó; other years
    stay as history. Raises NotFound, ValidationFailed (not a member, one member twice)."""
    load_bloc(session, bloc_id)
    members = {m.id for m in bloc_members(session, bloc_id)}
    chosen = [(leader_id, "KHOI_TRUONG")] + ([(standing_deputy_id, "KHOI_PHO_TT")] if standing_deputy_id else [])
    chosen += [(d, "KHOI_PHO") for d in deputy_ids]
    ids = [c[0] for c in chosen]
    if any(i not in members for i in ids):
        raise ValidationFailed({"leadership": Msg("reason.bloc_role_member_only")})
    if len(set(ids)) != len(ids):
        raise ValidationFailed({"leadership": Msg("reason.one_role_a_year")})
    session.execute(delete(BlocLeadership).where(BlocLeadership.bloc_id == bloc_id, BlocLeadership.year == year))
    session.add_all(BlocLeadership(bloc_id=bloc_id, year=year, member_id=i, role=r) for i, r in chosen)
    session.flush()


def leadership_history(session: Session, *, bloc_id: int) -> list[LeadershipRow]:
    """All years' leadership, latest year first, then by role."""
    rows = session.execute(
        select(BlocLeadership.year, BlocLeadership.role, BlocMember.id, BlocMember.name)
        .join(BlocMember, BlocMember.id == BlocLeadership.member_id)
        .where(BlocLeadership.bloc_id == bloc_id)
    ).all()
    return sorted((LeadershipRow(*r) for r in rows), key=lambda r: (-r.year, ROLES.index(r.role), r.member_name))


def suggest_leader(session: Session, *, bloc_id: int, year: int) -> int | None:
    """The member that led the bloc (Khối trưởng) least recently before `year`: those that
    never led come first, in member order. None for a bloc without members."""
    last = dict(
        session.execute(
            select(BlocLeadership.member_id, func.max(BlocLeadership.year))
            .where(BlocLeadership.bloc_id == bloc_id, BlocLeadership.role == "KHOI_TRUONG", BlocLeadership.year < year)
            .group_by(BlocLeadership.member_id)
        ).all()
    )
    members = [m for m in bloc_members(session, bloc_id) if m.left_year is None or m.left_year >= year]
    if not members:
        return None
    return min(members, key=lambda m: (last.get(m.id, -(10**6)), m.sort_order, m.id)).id


# ---------------------------------------------------------------- criteria tables


def _criteria(items: Sequence[Criterion | tuple]) -> list[Criterion]:
    return [i if isinstance(i, Criterion) else Criterion(*i) for i in items]


def create_table(
    session: Session,
    *,
    bloc_id: int | None,
    year: int,
    name: str,
    declared_total: Decimal | int | str,
    items: Sequence[Criterion | tuple],
    drop_extremes: bool = False,
    movement_id: int | None = None,
    assessor_mode: str = "MEMBERS",
) -> int:
    """Add a criteria table (MEMBERS mode: every member becomes an assessor). Raises
    ValidationFailed when the weights do not add up to the declared total
    (app.rules.scoring.make_table), the name is empty or the mode unknown."""
    if bloc_id is not None:
        load_bloc(session, bloc_id)
    if not clean_text(name):
        raise ValidationFailed({"name": Msg("reason.table_name_missing")})
    if assessor_mode not in ASSESSOR_MODES:
        raise ValidationFailed({"assessor_mode": Msg("reason.bad_scoring_mode", assessor_mode=assessor_mode)})
    checked = scoring.make_table(_criteria(items), declared_total)
    table = ScoringTable(
        bloc_id=bloc_id,
        movement_id=movement_id,
        year=year,
        name=clean_text(name),
        declared_total=checked.declared_total,
        drop_extremes=drop_extremes,
        assessor_mode=assessor_mode,
    )
    session.add(table)
    session.flush()
    _write_items(session, table.id, checked)
    if assessor_mode == "MEMBERS":
        sync_member_assessors(session, table_id=table.id)
    return table.id


def _write_items(session: Session, table_id: int, checked: scoring.CriteriaTable) -> None:
    session.add_all(
        ScoringItem(
            table_id=table_id,
            code=c.code,
            group_name=c.group,
            name=c.name,
            max_points=c.max_points,
            kind=c.kind,
            sort_order=i,
        )
        for i, c in enumerate(checked.criteria)
    )
    session.flush()


def _table(session: Session, table_id: int) -> ScoringTable:
    table = session.get(ScoringTable, table_id)
    if table is None:
        raise NotFound(what="bảng tiêu chí", key=table_id)
    return table


def get_table(session: Session, *, table_id: int) -> ScoringTableSummary:
    t = _table(session, table_id)
    items = session.scalars(
        select(ScoringItem).where(ScoringItem.table_id == table_id).order_by(ScoringItem.sort_order, ScoringItem.id)
    )
    crit = tuple(Criterion(i.code, i.name, Decimal(i.max_points), i.group_name, i.kind) for i in items)
    return ScoringTableSummary(
        t.id,
        t.bloc_id,
        t.year,
        t.name,
        Decimal(t.declared_total),
        t.drop_extremes,
        crit,
        t.assessor_mode,
        t.movement_id,
    )


def list_tables(session: Session, *, bloc_id: int) -> list[ScoringTableSummary]:
    ids = session.scalars(
        select(ScoringTable.id)
        .where(ScoringTable.bloc_id == bloc_id)
        .order_by(ScoringTable.year.desc(), ScoringTable.id)
    )
    return [get_table(session, table_id=i) for i in ids]


def update_table(
    session: Session,
    *,
    table_id: int,
    name: str | None = None,
    declared_total: Decimal | int | str | None = None,
    items: Sequence[Criterion | tuple] | None = None,
    drop_extremes: bool | None = None,
    movement_id: int | None | object = ...,
) -> None:
    """Change a table (`movement_id` None detaches it from a movement; leave it out to keep
    it). Its items can be replaced only while it has no scores. Raises NotFound,
    ValidationFailed."""
    t = _table(session, table_id)
    current = get_table(session, table_id=table_id)
    new_items = _criteria(items) if items is not None else list(current.criteria)
    checked = scoring.make_table(new_items, declared_total if declared_total is not None else current.declared_total)
    if items is not None:
        scored = session.scalar(
            select(func.count(Score.id))
            .join(ScoringItem, ScoringItem.id == Score.item_id)
            .where(ScoringItem.table_id == table_id)
        )
        if scored:
            raise ValidationFailed({"items": Msg("reason.criteria_locked")})
        session.execute(delete(ScoringItem).where(ScoringItem.table_id == table_id))
        _write_items(session, table_id, checked)
    if name is not None:
        if not clean_text(name):
            raise ValidationFailed({"name": Msg("reason.table_name_missing")})
        t.name = clean_text(name)
    t.declared_total = checked.declared_total
    if drop_extremes is not None:
        t.drop_extremes = drop_extremes
    if movement_id is not ...:
        t.movement_id = cast("int | None", movement_id)
    session.flush()


def delete_table(session: Session, *, table_id: int) -> None:
    """Delete a table with its items and scores. Raises NotFound."""
    t = _table(session, table_id)
    item_ids = select(ScoringItem.id).where(ScoringItem.table_id == table_id)
    session.execute(delete(Score).where(Score.item_id.in_(item_ids)))
    session.execute(delete(ScoringItem).where(ScoringItem.table_id == table_id))
    session.execute(delete(ScoringAssessor).where(ScoringAssessor.table_id == table_id))
    session.delete(t)
    session.flush()


def copy_table_from_last_year(session: Session, *, bloc_id: int, year: int) -> int:
    """Copy the bloc's latest table of an earlier year into `year` (items only, no scores).
    Raises NotFound when there is none."""
    src_id = session.scalar(
        select(ScoringTable.id)
        .where(ScoringTable.bloc_id == bloc_id, ScoringTable.year < year)
        .order_by(ScoringTable.year.desc(), ScoringTable.id.desc())
        .limit(1)
    )
    if src_id is None:
        raise NotFound(what="bảng tiêu chí năm trước của khối", key=bloc_id)
    src = get_table(session, table_id=src_id)
    name = src.name.replace(str(src.year), str(year)) if str(src.year) in src.name else src.name
    new_id = create_table(
        session,
        bloc_id=bloc_id,
        year=year,
        name=name,
        declared_total=src.declared_total,
        items=src.criteria,
        drop_extremes=src.drop_extremes,
        assessor_mode=src.assessor_mode,
    )
    if src.assessor_mode == "PANEL":
        add_assessors(
            session,
            table_id=new_id,
            assessors=[
                AssessorInput(a.name, a.member_id, a.council_member_id)
                for a in list_assessors(session, table_id=src_id)
            ],
        )
    return new_id


# ---------------------------------------------------------------- assessors


def _active_members(session: Session, table: ScoringTable) -> list[BlocMember]:
    """The bloc's members in the table's year (joined by then, not left before)."""
    if table.bloc_id is None:
        return []
    return [
        m
        for m in bloc_members(session, table.bloc_id)
        if (m.joined_year is None or m.joined_year <= table.year) and (m.left_year is None or m.left_year >= table.year)
    ]


def sync_member_assessors(session: Session, *, table_id: int) -> None:
    """MEMBERS mode: one assessor per member of the year (existing ones keep their scores).
    Raises NotFound."""
    table = _table(session, table_id)
    have = set(session.scalars(select(ScoringAssessor.member_id).where(ScoringAssessor.table_id == table_id)))
    session.add_all(
        ScoringAssessor(table_id=table_id, name=m.name, member_id=m.id, sort_order=m.sort_order)
        for m in _active_members(session, table)
        if m.id not in have
    )
    session.flush()


def table_members(session: Session, *, table_id: int) -> list[BlocMemberRow]:
    """The members scored in a table: the bloc's members in the table's year. Raises NotFound."""
    return [
        BlocMemberRow(m.id, m.bloc_id, m.unit_id, m.name, m.sort_order)
        for m in _active_members(session, _table(session, table_id))
    ]


def list_assessors(session: Session, *, table_id: int) -> list[AssessorRow]:
    """The table's assessors in order; in MEMBERS mode named after their member."""
    t = _table(session, table_id)
    rows = session.execute(
        select(ScoringAssessor, BlocMember.name)
        .outerjoin(BlocMember, BlocMember.id == ScoringAssessor.member_id)
        .where(ScoringAssessor.table_id == table_id)
        .order_by(ScoringAssessor.sort_order, ScoringAssessor.id)
    ).all()
    return [
        AssessorRow(
            a.id,
            member_name if t.assessor_mode == "MEMBERS" and member_name else a.name,
            a.member_id,
            a.council_member_id,
        )
        for a, member_name in rows
    ]


def _has_assessor_scores(session: Session, table_id: int) -> bool:
    return bool(
        session.scalar(
            select(func.count(Score.id))
            .join(ScoringItem, ScoringItem.id == Score.item_id)
            .where(ScoringItem.table_id == table_id, Score.assessor_id.is_not(None))
        )
    )


def set_assessor_mode(session: Session, *, table_id: int, mode: str) -> None:
    """Switch between the members scoring each other and a listed panel. Refused once an
    assessor has scored (their sheets would lose their meaning). Raises ValidationFailed."""
    t = _table(session, table_id)
    if mode not in ASSESSOR_MODES:
        raise ValidationFailed({"assessor_mode": Msg("reason.bad_scoring_mode", assessor_mode=mode)})
    if mode == t.assessor_mode:
        return
    if _has_assessor_scores(session, table_id):
        raise ValidationFailed({"assessor_mode": Msg("reason.mode_locked_by_scores")})
    session.execute(delete(ScoringAssessor).where(ScoringAssessor.table_id == table_id))
    t.assessor_mode = mode
    session.flush()
    if mode == "MEMBERS":
        sync_member_assessors(session, table_id=table_id)


def add_assessors(session: Session, *, table_id: int, assessors: Sequence[AssessorInput]) -> tuple[int, ...]:
    """Add panel assessors (PANEL mode). Raises ValidationFailed (MEMBERS mode, empty or
    repeated name, a member of another bloc)."""
    t = _table(session, table_id)
    if t.assessor_mode != "PANEL":
        raise ValidationFailed({"assessors": Msg("reason.cross_scoring")})
    members = {m.id for m in bloc_members(session, t.bloc_id)} if t.bloc_id is not None else set()
    taken = {a.name for a in list_assessors(session, table_id=table_id)}
    order = (
        session.scalar(select(func.max(ScoringAssessor.sort_order)).where(ScoringAssessor.table_id == table_id)) or 0
    )
    new = []
    for a in assessors:
        name = clean_text(a.name)
        if not name:
            raise ValidationFailed({"assessors": Msg("reason.scorer_no_name")})
        if name in taken:
            raise ValidationFailed({"assessors": Msg("reason.scorer_listed", name=name)})
        if a.member_id is not None and a.member_id not in members:
            raise ValidationFailed({"assessors": Msg("reason.scorer_unit_not_member", name=name)})
        taken.add(name)
        order += 1
        new.append(
            ScoringAssessor(
                table_id=table_id,
                name=name,
                member_id=a.member_id,
                council_member_id=a.council_member_id,
                sort_order=order,
            )
        )
    session.add_all(new)
    session.flush()
    return tuple(a.id for a in new)


def remove_assessor(session: Session, *, assessor_id: int) -> int:
    """Remove a panel assessor with its scores; returns how many scores went. Raises
    NotFound, ValidationFailed (MEMBERS mode: remove the member instead)."""
    a = session.get(ScoringAssessor, assessor_id)
    if a is None:
        raise NotFound(what="người chấm", key=assessor_id)
    if _table(session, a.table_id).assessor_mode != "PANEL":
        raise ValidationFailed({"assessors": Msg("reason.cross_scorers_are_members")})
    done = cast("CursorResult[Any]", session.execute(delete(Score).where(Score.assessor_id == assessor_id)))
    gone = done.rowcount or 0
    session.delete(a)
    session.flush()
    return gone


def _unit_parents(session: Session) -> dict[int, int | None]:
    return dict(session.execute(select(Unit.id, Unit.parent_id)).all())


def home_member_of_unit(session: Session, *, bloc_id: int, unit_id: int | None) -> int | None:
    """The bloc member a unit belongs to: the member that is the unit or one of its
    ancestors (a department's staff belong to their department's member). None if none."""
    if unit_id is None:
        return None
    by_unit = {m.unit_id: m.id for m in bloc_members(session, bloc_id) if m.unit_id is not None}
    parents = _unit_parents(session)
    seen: set[int] = set()
    u: int | None = unit_id
    while u is not None and u not in seen:
        if u in by_unit:
            return by_unit[u]
        seen.add(u)
        u = parents.get(u)
    return None


def add_council_as_assessors(session: Session, *, table_id: int, council_id: int) -> tuple[int, ...]:
    """Add the council's active members as the panel (switching an unscored table to PANEL
    mode); each belongs to the member unit of its own unit, which it will never score.
    Members already listed are skipped. Raises ValidationFailed."""
    t = _table(session, table_id)
    if t.assessor_mode != "PANEL":
        set_assessor_mode(session, table_id=table_id, mode="PANEL")
    current = list_assessors(session, table_id=table_id)
    listed = {a.council_member_id for a in current}
    names = {a.name for a in current}
    seats = session.scalars(
        select(CouncilMember)
        .where(CouncilMember.council_id == council_id, CouncilMember.active.is_(True))
        .order_by(CouncilMember.sort_order, CouncilMember.id)
    ).all()
    if not seats:
        raise ValidationFailed({"council_id": Msg("reason.council_no_active_members")})
    new = []
    for c in seats:
        if c.id in listed:
            continue
        name = c.full_name if c.full_name not in names else f"{c.full_name} ({c.position or c.id})"
        names.add(name)
        home = home_member_of_unit(session, bloc_id=t.bloc_id, unit_id=c.unit_id) if t.bloc_id is not None else None
        new.append(AssessorInput(name, home, c.id))
    return add_assessors(session, table_id=table_id, assessors=new)


# ---------------------------------------------------------------- scores and ranking


def record_scores(
    session: Session,
    *,
    table_id: int,
    member_id: int,
    assessor_id: int | None,
    points: Mapping[str, Decimal | int | str | None],
) -> dict[str, Decimal | None]:
    """Save one sheet: the points an assessor of the table (None: the member itself) gives a
    member, by item code; None clears a score. Returns the values stored, by code. Raises
    NotFound, BadInput (an assessor scoring its own unit, a score above the maximum, an
    unknown code, member or assessor)."""
    t = _table(session, table_id)
    summary = get_table(session, table_id=table_id)
    checked = scoring.CriteriaTable(summary.criteria, summary.declared_total)
    if member_id not in {m.id for m in _active_members(session, t)}:
        raise BadInput("bloc.not_member")
    if assessor_id is not None:
        assessor = session.get(ScoringAssessor, assessor_id)
        if assessor is None or assessor.table_id != table_id:
            raise BadInput("bloc.not_scorer")
        scoring.check_assessor(assessor_member=assessor.member_id, member=member_id)
    values = {
        code: None if p is None else scoring.check_score(checked, code=code, points=p) for code, p in points.items()
    }
    item_ids = dict(
        session.execute(select(ScoringItem.code, ScoringItem.id).where(ScoringItem.table_id == table_id)).all()
    )
    same_assessor = Score.assessor_id.is_(None) if assessor_id is None else Score.assessor_id == assessor_id
    existing = {
        s.item_id: s
        for s in session.scalars(
            select(Score).where(Score.item_id.in_(item_ids.values()), Score.member_id == member_id, same_assessor)
        )
    }
    for code, value in values.items():
        iid = item_ids[code]
        row = existing.get(iid)
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(Score(item_id=iid, member_id=member_id, assessor_id=assessor_id, points=value))
        else:
            row.points = value
    session.flush()
    places = Decimal("0.01")
    return {code: None if v is None else v.quantize(places) for code, v in values.items()}


ALL_SHEETS = object()  # list_scores: every assessor's and the self-scores


def _score_tuples(session: Session, table_id: int, assessor_id: int | None | object) -> list[tuple]:
    """(member_id, assessor_id, code, points) of a table, one sheet or all; plain tuples
    (a large cụm holds 100,000 scores: no ORM rows, no DTO per score)."""
    stmt = (
        select(Score.member_id, Score.assessor_id, ScoringItem.code, Score.points)
        .join(ScoringItem, ScoringItem.id == Score.item_id)
        .where(ScoringItem.table_id == table_id)
        .order_by(Score.member_id, Score.assessor_id, ScoringItem.sort_order)
    )
    if assessor_id is None:
        stmt = stmt.where(Score.assessor_id.is_(None))
    elif assessor_id is not ALL_SHEETS:
        stmt = stmt.where(Score.assessor_id == assessor_id)
    places = Decimal("0.01")
    return [(m, a, code, Decimal(p).quantize(places)) for m, a, code, p in session.connection().execute(stmt)]


def list_scores(session: Session, *, table_id: int, assessor_id: int | None | object = ALL_SHEETS) -> list[ScoreRow]:
    """The stored scores of the table — of one sheet when `assessor_id` is given (None:
    the self-scores) — as exact Decimals. Raises NotFound."""
    _table(session, table_id)
    return [ScoreRow(*t) for t in _score_tuples(session, table_id, assessor_id)]


def compute_ranking(session: Session, *, table_id: int, with_points: bool = False) -> RankingResult:
    """The ranking of a table's members (ties share a rank), the missing scores (by
    assessor id of `list_assessors`), and the per-member results with self-score gaps.

    Computed from SQL aggregates (one total and one count per sheet, one average per member
    and criterion): a 60-member × 30-criteria table with 108,000 scores ranks in tens of
    milliseconds. `sheet_points` is filled only `with_points` (the scoring report prints
    every sheet); `self_points` always. Raises NotFound."""
    if with_points:
        return _compute_ranking_from_points(session, table_id=table_id)
    t = _table(session, table_id)
    summary = get_table(session, table_id=table_id)
    checked = scoring.CriteriaTable(summary.criteria, summary.declared_total)
    places = Decimal(1).scaleb(-checked.places)
    unit = 10**checked.places
    normal_codes = [c.code for c in checked.normal]
    members = _active_members(session, t)
    member_ids = [m.id for m in members]
    assessors = {a.id: a.member_id for a in list_assessors(session, table_id=table_id)}
    item_rows = session.execute(
        select(ScoringItem.id, ScoringItem.kind, ScoringItem.code).where(ScoringItem.table_id == table_id)
    ).all()
    kinds = {i: k for i, k, _c in item_rows}
    code_of = {i: c for i, _k, c in item_rows}
    items = list(kinds)
    # Points as integer hundredths: exact sums on SQLite (REAL storage) and PostgreSQL alike.
    cents = func.cast(func.round(Score.points * 100), Integer)
    penalty = [i for i, k in kinds.items() if k == scoring.PENALTY]
    normal = [i for i, k in kinds.items() if k == scoring.NORMAL]
    signed = case((Score.item_id.in_(penalty), -cents), else_=cents) if penalty else cents
    is_normal = case((Score.item_id.in_(normal), 1), else_=0) if len(normal) < len(items) else 1
    # The active members' scores of this table's items, without a join: SQLite walks the
    # covering index ix_score_member_assessor_item_points member by member, already grouped
    # by sheet (no sort of 108,000 rows for a 60 × 30 table: 75 ms -> 30 ms).
    mine = (Score.member_id.in_(member_ids), Score.item_id.in_(items))
    sheet_rows = (
        session.execute(
            select(Score.member_id, Score.assessor_id, func.sum(signed), func.sum(is_normal))
            .where(*mine)
            .group_by(Score.member_id, Score.assessor_id)
        ).all()
        if member_ids and items
        else []
    )
    totals = {(m, a): Decimal(int(total)).scaleb(-2).quantize(places) for m, a, total, _n in sheet_rows}
    scored = {(m, a): int(n) for m, a, _t, n in sheet_rows}
    complete = {k for k, n in scored.items() if n >= len(normal_codes)}
    incomplete = [k for k, n in scored.items() if n < len(normal_codes)]
    active = set(member_ids)
    # The self-scores, and the assessors' sum and count per member and criterion over the
    # complete sheets only (an incomplete sheet is missing, not averaged): the sums over all
    # sheets, less the few incomplete ones.
    self_points: dict[int, dict[str, Decimal]] = {}
    if member_ids and items:
        for m, item, points in session.execute(
            select(Score.member_id, Score.item_id, Score.points).where(*mine, Score.assessor_id.is_(None))
        ):
            self_points.setdefault(m, {})[code_of[item]] = Decimal(points).quantize(places)
    per_code: dict[tuple[int, str], tuple[int, int]] = {}
    if member_ids and items:
        # Grouped in the order of ix_score_item_member_assessor_points: no sort, no join.
        for item, m, total, n in session.execute(
            select(Score.item_id, Score.member_id, func.sum(cents), func.count())
            .where(Score.item_id.in_(items), Score.assessor_id.is_not(None))
            .group_by(Score.item_id, Score.member_id)
        ):
            if m in active:
                per_code[(m, code_of[item])] = (int(total), int(n))
    codes_of: dict[tuple[int, int | None], set[str]] = {}
    if incomplete:
        partial_members = {m for m, _a in incomplete}
        for m, a, code, points in session.execute(
            select(Score.member_id, Score.assessor_id, ScoringItem.code, cents)
            .join(ScoringItem, ScoringItem.id == Score.item_id)
            .where(ScoringItem.table_id == table_id, Score.member_id.in_(partial_members))
        ):
            if (m, a) in scored and scored[(m, a)] < len(normal_codes):
                codes_of.setdefault((m, a), set()).add(code)
                if a is not None:
                    s_, n_ = per_code[(m, code)]
                    per_code[(m, code)] = (s_ - int(points), n_ - 1)
    results: list[scoring.MemberResult] = []
    missing: list[MissingRow] = []
    for m in member_ids:
        own_key = (m, None)
        if own_key not in scored or own_key in incomplete:
            have = codes_of.get(own_key, set())
            missing.append(MissingRow(m, None, tuple(c for c in normal_codes if c not in have)))
        self_total = totals.get(own_key)
        sheet_totals = []
        for a, home in assessors.items():
            if home is not None and home == m:
                continue
            if (m, a) in complete:
                sheet_totals.append(totals[(m, a)])
            else:
                have = codes_of.get((m, a), set())
                missing.append(MissingRow(m, a, tuple(c for c in normal_codes if c not in have)))
        total, dropped = _average(sheet_totals, unit, drop_extremes=t.drop_extremes, places=checked.places)
        own = self_points.get(m)
        gaps = []
        for c in checked.criteria:
            s_, n_ = per_code.get((m, c.code), (0, 0))
            assessed = _round_ratio(s_, 100 * n_, checked.places) if n_ else None
            own_points = own.get(c.code) if own is not None else None
            gaps.append(
                scoring.GapRow(
                    c.code,
                    own_points,
                    assessed,
                    None if own_points is None or assessed is None else own_points - assessed,
                )
            )
        results.append(scoring.MemberResult(m, self_total, tuple(sheet_totals), total, dropped, tuple(gaps)))
    by_id: dict[Hashable, BlocMember] = {m.id: m for m in members}
    res = {r.member: r for r in results}
    rows = tuple(
        RankingRow(
            r.rank,
            cast(int, r.member),
            by_id[r.member].name,
            by_id[r.member].unit_id,
            r.total,
            res[r.member].self_total,
            res[r.member].dropped_extremes,
        )
        for r in scoring.rank({r.member: r.total for r in results})
    )
    return RankingResult(rows, tuple(missing), tuple(results), self_points, {})


def _round_ratio(num: int, den: int, places: int) -> Decimal:
    """`scoring.round_half_up(Fraction(num, den), places)` in integers (den > 0): the
    ranking rounds 1,800 criterion averages, and a Fraction each costs more than the SQL."""
    sign = -1 if num < 0 else 1
    n = (2 * abs(num) * 10**places + den) // (2 * den)
    return Decimal(sign * n).scaleb(-places).quantize(Decimal(1).scaleb(-places))


def _average(totals: Sequence[Decimal], unit: int, *, drop_extremes: bool, places: int) -> tuple[Decimal | None, bool]:
    """`scoring.average` of totals with `places` decimals (`unit` = 10 ** places), in
    integers."""
    if not totals:
        return None, False
    values = sorted(int(t * unit) for t in totals)
    dropped = drop_extremes and len(values) >= scoring.MIN_ASSESSORS_TO_DROP
    if dropped:
        values = values[1:-1]
    return _round_ratio(sum(values), unit * len(values), places), dropped


def _compute_ranking_from_points(session: Session, *, table_id: int) -> RankingResult:
    """The same ranking computed in Python from every stored point (the scoring report,
    which prints each sheet, needs them all anyway)."""
    t = _table(session, table_id)
    summary = get_table(session, table_id=table_id)
    checked = scoring.CriteriaTable(summary.criteria, summary.declared_total)
    members = _active_members(session, t)
    member_ids = {m.id for m in members}
    self_scores: dict[int, dict[str, Decimal]] = {}
    sheets: dict[tuple[int, int], dict[str, Decimal]] = {}
    for member, assessor, code, points in _score_tuples(session, table_id, ALL_SHEETS):
        if member not in member_ids:
            continue  # a member that left: its old scores stay stored but out of the ranking
        target = self_scores.setdefault(member, {}) if assessor is None else sheets.setdefault((assessor, member), {})
        target[code] = points
    assessors = {a.id: a.member_id for a in list_assessors(session, table_id=table_id)}
    results, missing = scoring.compute_results(  # members keyed by any Hashable (Mapping keys are invariant)
        checked,
        members=[m.id for m in members],
        assessors=cast("Mapping[Hashable, Hashable | None]", assessors),
        self_scores=cast("Mapping[Hashable, Mapping[str, Decimal]]", self_scores),
        scores=cast("Mapping[tuple[Hashable, Hashable], Mapping[str, Decimal]]", sheets),
        drop_extremes=t.drop_extremes,
    )
    by_id: dict[Hashable, BlocMember] = {m.id: m for m in members}
    res = {r.member: r for r in results}
    rows = tuple(
        RankingRow(
            r.rank,
            cast(int, r.member),
            by_id[r.member].name,
            by_id[r.member].unit_id,
            r.total,
            res[r.member].self_total,
            res[r.member].dropped_extremes,
        )
        for r in scoring.rank({r.member: r.total for r in results})
    )
    return RankingResult(
        rows,
        tuple(MissingRow(cast(int, m.member), cast("int | None", m.assessor), m.codes) for m in missing),
        results,
        self_scores,
        sheets,
    )


def nominate_from_ranking(
    session: Session,
    *,
    table_id: int,
    round_id: int,
    merit_count: int,
    leader_member_id: int | None = None,
    flag_code: str = "CO_BO",
    merit_code: str = "BK_BO_TT",
) -> BlocNominationResult:
    """Nominate the leading member for the Cờ thi đua (the nomination carries "leads bloc
    X" in `leads_bloc`) and the next `merit_count` members for the bloc's Bằng khen.
    Outside agencies (not units of the tree) cannot be nominated and are listed back.
    Raises NotFound, ValidationFailed (nobody ranked, a tie for first place without
    `leader_member_id`, a round that is closed)."""
    t = _table(session, table_id)
    bloc = load_bloc(session, t.bloc_id) if t.bloc_id is not None else None
    if bloc is None:
        raise ValidationFailed({"table_id": Msg("reason.table_without_bloc")})
    if merit_count < 0:
        raise ValidationFailed({"merit_count": Msg("reason.count_not_negative")})
    rows = compute_ranking(session, table_id=table_id).rows
    if not rows:
        raise ValidationFailed({"ranking": Msg("reason.nobody_ranked")})
    leader: RankingRow | None
    if leader_member_id is None:
        firsts = [r for r in rows if r.rank == 1]
        if len(firsts) > 1:
            raise ValidationFailed(
                {
                    "ranking": "có "
                    + str(len(firsts))
                    + " thành viên đồng hạng nhất ("
                    + ", ".join(r.member_name for r in firsts)
                    + "); hãy chọn đơn vị dẫn đầu khối"
                }
            )
        leader = firsts[0]
    else:
        leader = next((r for r in rows if r.member_id == leader_member_id), None)
        if leader is None:
            raise ValidationFailed({"leader_member_id": Msg("reason.not_ranked")})
    outside = [r.member_name for r in rows if r.unit_id is None]
    lead_text = f"Dẫn đầu {bloc.name} năm {t.year}"
    flag = AddResult((), 0)
    if leader.unit_id is not None:
        flag = add_nominations(
            session, round_id=round_id, award_code=flag_code, unit_ids=[leader.unit_id], achievement=lead_text
        )
        session.execute(
            update(Nomination)
            .where(
                Nomination.round_id == round_id,
                Nomination.award_code == flag_code,
                Nomination.unit_id == leader.unit_id,
            )
            .values(leads_bloc=bloc.name)
            .execution_options(synchronize_session=False)
        )
    rest = [r for r in rows if r.member_id != leader.member_id and r.unit_id is not None]
    chosen = rest[:merit_count]
    boundary_tie = bool(chosen) and len(rest) > len(chosen) and rest[len(chosen)].total == chosen[-1].total
    merit = AddResult((), 0)
    if chosen:
        merit = add_nominations(
            session,
            round_id=round_id,
            award_code=merit_code,
            unit_ids=[r.unit_id for r in chosen if r.unit_id is not None],
            achievement=f"Xếp hạng cao trong {bloc.name} năm {t.year}",
        )
    session.flush()
    return BlocNominationResult(flag, merit, tuple(outside), boundary_tie)
