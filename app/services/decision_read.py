"""A decision as it is read: its header, its recipients in print order and the DTOs.

The read side of `app.services.decision`, below both it and `app.services.money` (the
money of a decision's lines is computed from this detail, and issuing a decision freezes
that money): neither imports the other's writing side. `app.services.decision`
re-exports every name here. Raises NotFound, StaleRecord, BadInput; never commits.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import BadInput, Msg
from app.models import AwardType, Decision, DecisionItem, Person, ReviewRound
from app.rules.rows import (  # the plain rows, re-exported for callers
    DecisionItemRow,
)
from app.rules.vntext import doc_number, unit_with_agency
from app.services.common import load_for_update
from app.services.nomination import agency_of
from app.services.org import UnitRow, list_units

__all__ = ["DecisionInput", "DecisionItemRow", "DecisionRow", "DecisionDetail", "number_text", "get_decision"]


@dataclasses.dataclass(frozen=True)
class DecisionInput:
    """The editable header of a decision. `signer_title` may hold several lines
    ("KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC")."""

    number: int
    symbol: str
    decision_date: _dt.date
    title: str = ""
    issuing_body: str = ""
    agency_name: str = ""
    signer_name: str = ""
    signer_title: str = ""
    place: str = ""
    header_style: str = "national"
    round_id: int | None = None


class DecisionRow(NamedTuple):
    """A decision as listed. `number_text` is "05/QĐ-HĐTĐKT"."""

    id: int
    year: int
    number: int
    symbol: str
    number_text: str
    decision_date: _dt.date
    title: str
    round_id: int | None
    round_name: str
    status: str
    people: int
    units: int
    version: int


class DecisionDetail(NamedTuple):
    """A decision with its header and its recipients in print order (I. then II.)."""

    row: DecisionRow
    data: DecisionInput
    issued_at: _dt.datetime | None
    issued_by: str
    items: tuple[DecisionItemRow, ...]

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def version(self) -> int:
        return self.row.version


def number_text(number: int, symbol: str) -> str:
    """'05/QĐ-HĐTĐKT' (doc_number without 'Số: ')."""
    return doc_number(number, symbol).removeprefix("Số: ")


def _decision(session: Session, decision_id: int, version: int | None = None, *, draft: bool = False) -> Decision:
    d = load_for_update(
        session,
        Decision,
        decision_id,
        version,
        missing="quyết định",
        stale=lambda d: Msg("what.decision_numbered", number=number_text(d.number, d.symbol)),
    )
    if draft and d.status != "DRAFT":
        raise BadInput("decision.issued_no_edit", number=number_text(d.number, d.symbol))
    return d


def _row(d: Decision, round_name: str, people: int, units: int) -> DecisionRow:
    return DecisionRow(
        d.id,
        d.year,
        d.number,
        d.symbol,
        number_text(d.number, d.symbol),
        d.decision_date,
        d.title,
        d.round_id,
        round_name,
        d.status,
        people,
        units,
        d.version,
    )


def _with_agency(unit_rows: Sequence[UnitRow], units: dict[int, UnitRow], unit_id: int | None) -> str:
    """The unit's name with its agency (DOMAIN.md §8: never a bare "Văn phòng")."""
    if unit_id is None or unit_id not in units:
        return ""
    agency = agency_of(unit_rows, unit_id)
    return unit_with_agency(units[unit_id].name, agency.name if agency and agency.kind != "KHOI" else "")


def get_decision(session: Session, *, decision_id: int) -> DecisionDetail:
    """A decision with its recipients, I. Cá nhân then II. Tập thể (số sổ vàng order)."""
    d = _decision(session, decision_id)
    unit_rows = list_units(session)
    units = {u.id: u for u in unit_rows}
    awards = {a.code: a for a in session.scalars(select(AwardType))}
    stmt = (
        select(DecisionItem, Person.full_name, Person.gender, Person.position, Person.unit_id, Person.leader_level)
        .outerjoin(Person, Person.id == DecisionItem.person_id)
        .where(DecisionItem.decision_id == decision_id)
        .order_by(DecisionItem.so_so_vang, DecisionItem.position)
    )
    items = []
    for it, full_name, gender, position, p_unit, leader in session.execute(stmt):
        award = awards.get(it.award_code)
        if it.person_id is not None:
            subj, name, sal = "CA_NHAN", full_name or "", {"F": "Bà", "M": "Ông"}.get(gender or "", "")
            work = _with_agency(unit_rows, units, p_unit)
        else:
            unit = units.get(it.unit_id) if it.unit_id is not None else None
            subj, name, sal, gender, position, leader = "TAP_THE", unit.name if unit else "", "Tập thể", "", "", ""
            parent = units.get(unit.parent_id) if unit and unit.parent_id else None
            work = _with_agency(unit_rows, units, parent.id) if parent else ""
        items.append(
            DecisionItemRow(
                it.id,
                it.position,
                it.so_so_vang,
                subj,
                it.person_id,
                it.unit_id,
                sal,
                name,
                gender or "",
                position or "",
                work,
                leader or "",
                it.award_code,
                award.name if award else it.award_code,
                award.kind if award else "",
                it.achievement,
                it.nomination_id,
                it.award_id,
            )
        )
    round_name = ""
    if d.round_id is not None:
        rnd = session.get(ReviewRound, d.round_id)
        round_name = rnd.name if rnd else ""
    people = sum(1 for i in items if i.subject == "CA_NHAN")
    data = DecisionInput(
        d.number,
        d.symbol,
        d.decision_date,
        d.title,
        d.issuing_body,
        d.agency_name,
        d.signer_name,
        d.signer_title,
        d.place,
        d.header_style,
        d.round_id,
    )
    return DecisionDetail(
        _row(d, round_name, people, len(items) - people), data, d.issued_at, d.issued_by, tuple(items)
    )
