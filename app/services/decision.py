"""Decisions on awards: numbering, the list of recipients, "số sổ vàng", the attached list
(DANH SÁCH kèm theo Quyết định) and issuing.

Every function takes a Session (the caller owns the transaction) and returns DTOs or ids.
Numbering (DOMAIN.md §8, NĐ 30/2020): one series per year and symbol, restarting on
1 January; `suggest_number` proposes the next free number, the user may change it.
"Số sổ vàng" (`so_so_vang`): each recipient's order number in the decision — individuals
first (I. Cá nhân), then collectives (II. Tập thể), each in list order — renumbered
whenever the list changes. A decision is edited only while DRAFT; `issue_decision` writes
the awards into history, marks the nominations DECIDED and locks it, all in the caller's
one transaction.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.db import utcnow
from app.errors import BadInput, Msg, NotFound, ValidationFailed
from app.models import Award, Decision, DecisionItem, Nomination, Person, ReviewRound
from app.rules.vntext import clean_text, date_words
from app.services import audit
from app.services.common import current_user, flush_or_stale
from app.services.decision_read import (  # the read side, re-exported
    DecisionDetail,
    DecisionInput,
    DecisionItemRow,
    DecisionRow,
    _decision,
    _row,
    get_decision,
    number_text,
)
from app.services.money import decision_amounts, freeze_amounts
from app.services.nomination import STATUSES as NOMINATION_STATUSES
from app.services.nomination import NominationRow, change_status_many, list_nominations
from app.services.settings import get_settings

if TYPE_CHECKING:  # the export modules are imported only when a list is written
    from app.exports.decision_list import DecisionListInfo, ListMoney

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

DECISION_STATUSES = {"DRAFT": "Dự thảo", "ISSUED": "Đã ban hành"}
DEFAULT_SYMBOL = "QĐ-HĐTĐKT"
FIELD_LABELS = {
    "number": "Số quyết định",
    "symbol": "Ký hiệu",
    "decision_date": "Ngày quyết định",
    "title": "Trích yếu",
    "issuing_body": "Cơ quan cấp trên",
    "agency_name": "Cơ quan ban hành",
    "signer_name": "Người ký",
    "signer_title": "Chức vụ người ký",
    "place": "Địa danh",
    "items": "Danh sách khen thưởng",
}


class IssueResult(NamedTuple):
    decision_id: int
    awards: int
    nominations: int


# ---------------------------------------------------------------- helpers


def suggest_number(session: Session, *, year: int, symbol: str = DEFAULT_SYMBOL) -> int:
    """The next number of the year's series for `symbol` (1 on a new year)."""
    top = session.scalar(
        select(func.max(Decision.number)).where(Decision.year == year, Decision.symbol == clean_text(symbol))
    )
    return (top or 0) + 1


def default_input(
    session: Session, *, on: _dt.date | None = None, round_id: int | None = None, symbol: str = DEFAULT_SYMBOL
) -> DecisionInput:
    """A new decision's header: today's date, the next number, the agency settings."""
    day = on or _dt.date.today()
    s = get_settings(session)
    title = ""
    if round_id is not None:
        rnd = session.get(ReviewRound, round_id)
        if rnd is None:
            raise NotFound(what="đợt xét", key=round_id)
        title = f"Về việc khen thưởng {rnd.name[:1].lower() + rnd.name[1:]}" if rnd.name else ""
    return DecisionInput(
        number=suggest_number(session, year=day.year, symbol=symbol),
        symbol=symbol,
        decision_date=day,
        title=title,
        issuing_body=s.issuing_body,
        agency_name=s.agency_name,
        signer_name=s.signer_name,
        signer_title=s.signer_title,
        place=s.place_name,
        header_style=s.header_style,
        round_id=round_id,
    )


def validate_input(session: Session, data: DecisionInput, *, decision_id: int | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not isinstance(data.number, int) or data.number < 1:
        errors["number"] = Msg("reason.decision_number_from_1")
    symbol = clean_text(data.symbol)
    if not symbol:
        errors["symbol"] = Msg("reason.symbol_missing")
    elif len(symbol) > 50 or " " in symbol:
        errors["symbol"] = Msg("reason.symbol_format")
    if data.decision_date is None:
        errors["decision_date"] = Msg("reason.date_missing")
    for key, limit in (
        ("title", 500),
        ("issuing_body", 255),
        ("agency_name", 255),
        ("signer_name", 100),
        ("signer_title", 255),
        ("place", 100),
    ):
        if len(getattr(data, key)) > limit:
            errors[key] = Msg("reason.too_long", max_len=limit)
    if not clean_text(data.place):
        errors["place"] = Msg("reason.place_missing")
    if data.header_style not in ("national", "party"):
        errors["header_style"] = Msg("reason.invalid")
    if not errors:
        clash = session.scalar(
            select(Decision.id).where(
                Decision.year == data.decision_date.year, Decision.symbol == symbol, Decision.number == data.number
            )
        )
        if clash is not None and clash != decision_id:
            errors["number"] = Msg(
                "reason.decision_number_taken",
                number=number_text(data.number, symbol),
                year=data.decision_date.year,
                session=suggest_number(session, year=data.decision_date.year, symbol=symbol),
            )
    return errors


def _apply(d: Decision, data: DecisionInput) -> None:
    d.year, d.number, d.symbol = data.decision_date.year, data.number, clean_text(data.symbol)
    d.decision_date = data.decision_date
    d.title, d.issuing_body, d.agency_name = (
        clean_text(data.title),
        clean_text(data.issuing_body),
        clean_text(data.agency_name),
    )
    d.signer_name, d.place = clean_text(data.signer_name), clean_text(data.place)
    d.signer_title = "\n".join(clean_text(x) for x in data.signer_title.splitlines() if clean_text(x))
    d.header_style, d.round_id = data.header_style, data.round_id
    d.updated_by = current_user()


def _renumber(session: Session, decision_id: int) -> None:
    """Số sổ vàng: individuals first, then collectives, each in list order, from 1."""
    items = session.scalars(
        select(DecisionItem)
        .where(DecisionItem.decision_id == decision_id)
        .order_by(DecisionItem.position, DecisionItem.id)
    ).all()
    ordered = [i for i in items if i.person_id is not None] + [i for i in items if i.person_id is None]
    for n, item in enumerate(ordered, start=1):
        item.so_so_vang = n


def _nominations_in_decisions(session: Session, ids: Sequence[int], exclude: int | None) -> dict[int | None, str]:
    if not ids:
        return {}
    stmt = (
        select(DecisionItem.nomination_id, Decision.number, Decision.symbol)
        .join(Decision, Decision.id == DecisionItem.decision_id)
        .where(DecisionItem.nomination_id.in_(list(ids)))
    )
    if exclude is not None:
        stmt = stmt.where(Decision.id != exclude)
    return {n: number_text(num, sym) for n, num, sym in session.execute(stmt)}


def _set_items(session: Session, d: Decision, nomination_ids: Sequence[int]) -> None:
    ids = list(dict.fromkeys(nomination_ids))
    noms = {n.id: n for n in session.scalars(select(Nomination).where(Nomination.id.in_(ids)))} if ids else {}
    missing = [i for i in ids if i not in noms]
    if missing:
        raise NotFound(what="đề nghị khen thưởng", key=missing[0])
    bad = [n for n in noms.values() if n.status not in ("APPROVED", "DECIDED")]
    if bad:
        raise ValidationFailed(
            {
                "items": Msg(
                    "reason.not_approved_for_decision",
                    n_bad=len(bad),
                    nomination_statuses=NOMINATION_STATUSES[bad[0].status],
                )
            }
        )
    taken = _nominations_in_decisions(session, ids, d.id)
    if taken:
        first = next(iter(taken.values()))
        raise ValidationFailed({"items": Msg("reason.in_other_decision", n_taken=len(taken), first=first)})
    existing = {
        i.nomination_id: i for i in session.scalars(select(DecisionItem).where(DecisionItem.decision_id == d.id))
    }
    for nid, old in existing.items():
        if nid not in noms:
            session.delete(old)
    for position, nid in enumerate(ids, start=1):
        n = noms[nid]
        item = existing.get(nid)
        if item is None:
            item = DecisionItem(
                decision_id=d.id,
                nomination_id=nid,
                person_id=n.person_id,
                unit_id=n.unit_id,
                award_code=n.award_code,
                achievement=n.achievement,
                position=position,
            )
            session.add(item)
        else:
            item.position = position
    session.flush()
    _renumber(session, d.id)


# ---------------------------------------------------------------- use cases


def create_decision(session: Session, *, data: DecisionInput, nomination_ids: Sequence[int] | None = None) -> int:
    """A new DRAFT decision. Without `nomination_ids`, takes every APPROVED nomination of
    `data.round_id` not yet in a decision (catalogue order, individuals first). Raises
    ValidationFailed (fields of FIELD_LABELS), NotFound."""
    if errors := validate_input(session, data):
        raise ValidationFailed(errors)
    if nomination_ids is None:
        nomination_ids = (
            [r.id for r in approved_nominations(session, round_id=data.round_id)] if data.round_id is not None else []
        )
    d = Decision(status="DRAFT")
    _apply(d, data)
    session.add(d)
    session.flush()
    _set_items(session, d, nomination_ids)
    session.flush()
    return d.id


def update_decision(session: Session, *, decision_id: int, version: int, data: DecisionInput) -> None:
    """Change a draft's header. Raises StaleRecord, BadInput (issued), ValidationFailed."""
    d = _decision(session, decision_id, version, draft=True)
    if errors := validate_input(session, data, decision_id=decision_id):
        raise ValidationFailed(errors)
    _apply(d, data)
    flush_or_stale(session, "Quyết định", Decision, decision_id)


def set_items(session: Session, *, decision_id: int, version: int, nomination_ids: Sequence[int]) -> None:
    """Replace a draft's list by these nominations, in this order (số sổ vàng follows).
    Raises StaleRecord, BadInput (issued), ValidationFailed({"items"}), NotFound."""
    d = _decision(session, decision_id, version, draft=True)
    _set_items(session, d, nomination_ids)
    # A change to the list is a change to the decision: touching the row bumps its version.
    d.updated_by, d.updated_at = current_user(), utcnow()
    flush_or_stale(session, "Quyết định", Decision, decision_id)


def delete_decision(session: Session, *, decision_id: int, version: int) -> None:
    """Delete a draft. Raises StaleRecord, BadInput (issued)."""
    d = _decision(session, decision_id, version, draft=True)
    session.execute(delete(DecisionItem).where(DecisionItem.decision_id == decision_id))
    session.delete(d)
    session.flush()


def approved_nominations(session: Session, *, round_id: int, decision_id: int | None = None) -> list[NominationRow]:
    """The round's APPROVED nominations not in another decision (NominationRow list)."""
    rows = list_nominations(session, round_id=round_id, status="APPROVED")
    taken = _nominations_in_decisions(session, [r.id for r in rows], decision_id)
    return [r for r in rows if r.id not in taken]


def issue_decision(session: Session, *, decision_id: int, version: int) -> IssueResult:
    """Issue a draft: one Award per recipient (decision number, date and issuer; the
    person's leader level as `subject_category`), nominations → DECIDED, decision →
    ISSUED. All or nothing in the caller's transaction. Raises BadInput (already issued,
    empty), InvalidTransition (a nomination no longer approved), StaleRecord."""
    d = _decision(session, decision_id, version)
    if d.status != "DRAFT":
        raise BadInput(
            "decision.already_issued",
            number=number_text(d.number, d.symbol),
            issued_at=d.issued_at,
            issued_by=d.issued_by or "người khác",
        )
    items = session.scalars(
        select(DecisionItem).where(DecisionItem.decision_id == decision_id).order_by(DecisionItem.so_so_vang)
    ).all()
    if not items:
        raise BadInput("decision.empty")
    noms = {
        n.id: n
        for n in session.scalars(
            select(Nomination).where(Nomination.id.in_([i.nomination_id for i in items if i.nomination_id is not None]))
        )
    }
    not_approved = [n for n in noms.values() if n.status != "APPROVED"]
    if not_approved:
        n = not_approved[0]
        raise BadInput(
            "decision.not_approved",
            n_not_approved=len(not_approved),
            n_id=n.id,
            nomination_statuses=NOMINATION_STATUSES[n.status],
        )
    # Reward money frozen on the lines (raises NoBaseSalary before anything is written).
    freeze_amounts(session, decision_id=decision_id)
    rounds = (
        {
            r.id: r.year
            for r in session.scalars(select(ReviewRound).where(ReviewRound.id.in_({n.round_id for n in noms.values()})))
        }
        if noms
        else {}
    )
    person_ids = [i.person_id for i in items if i.person_id is not None]
    levels = {
        pid: level
        for pid, level in session.execute(select(Person.id, Person.leader_level).where(Person.id.in_(person_ids)))
    }
    user, now = current_user(), utcnow()
    no = number_text(d.number, d.symbol)
    issuer = d.agency_name or d.issuing_body
    for item in items:
        nom = noms.get(item.nomination_id) if item.nomination_id is not None else None
        year = rounds.get(nom.round_id, d.year) if nom is not None else d.year
        award = Award(
            person_id=item.person_id,
            unit_id=item.unit_id,
            award_code=item.award_code,
            year=year,
            decision_no=no,
            decision_date=d.decision_date,
            issuer=issuer,
            subject_category=levels.get(item.person_id, "") if item.person_id is not None else "",
            updated_by=user,
        )
        session.add(award)
        session.flush()
        item.award_id = award.id
    decided = change_status_many(
        session, items=[(n.id, n.version) for n in noms.values()], to_status="DECIDED", reason=f"Quyết định số {no}"
    )
    d.status, d.issued_at, d.issued_by, d.updated_by = "ISSUED", now, user, user
    flush_or_stale(session, "Quyết định", Decision, decision_id)
    return IssueResult(decision_id, len(items), decided)


# ---------------------------------------------------------------- reading


def list_decisions(session: Session, *, year: int | None = None) -> list[DecisionRow]:
    """Decisions, newest first."""
    counts: dict[int, list[int]] = {}
    for did, is_person, n in session.execute(
        select(DecisionItem.decision_id, DecisionItem.person_id.is_not(None), func.count()).group_by(
            DecisionItem.decision_id, DecisionItem.person_id.is_not(None)
        )
    ):
        counts.setdefault(did, [0, 0])[0 if is_person else 1] += n
    stmt = select(Decision, ReviewRound.name).outerjoin(ReviewRound, ReviewRound.id == Decision.round_id)
    if year is not None:
        stmt = stmt.where(Decision.year == year)
    stmt = stmt.order_by(Decision.year.desc(), Decision.decision_date.desc(), Decision.number.desc())
    return [_row(d, name or "", *counts.get(d.id, [0, 0])) for d, name in session.execute(stmt)]


# ---------------------------------------------------------------- the attached list


def list_info(detail: DecisionDetail) -> DecisionListInfo:
    """The DecisionListInfo of the attached list."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.decision_list import DecisionListInfo

    data = detail.data
    return DecisionListInfo(
        number_text=detail.row.number_text,
        decision_date=data.decision_date,
        agency_name=data.agency_name,
        issuing_body=data.issuing_body,
        header_style=data.header_style,
        signer_title=data.signer_title,
        signer_name=data.signer_name,
        title=data.title,
    )


def export_decision_list(
    session: Session,
    *,
    decision_id: int,
    out: str | Path,
    fmt: str | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Path:
    """Write the "DANH SÁCH kèm theo Quyết định" as xlsx or pdf, or the decision with its
    annex as docx (from `fmt` or the file's suffix). Raises NotFound, FileLocked, BadInput,
    Cancelled."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.decision_list import write_decision_pdf, write_decision_xlsx

    out = Path(out)
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    if fmt not in ("xlsx", "pdf", "docx"):
        raise BadInput("decision.bad_suffix", out=out)
    detail = get_decision(session, decision_id=decision_id)
    if fmt == "docx":
        from app.exports.word_documents import write_decision_docx

        written = write_decision_docx(
            detail.items,
            list_info(detail),
            out,
            place=detail.data.place,
            progress=progress,
            is_cancelled=is_cancelled,
            money=list_money(session, decision_id=decision_id),
        )
    else:
        writer = write_decision_xlsx if fmt == "xlsx" else write_decision_pdf
        written = writer(
            detail.items,
            list_info(detail),
            out,
            progress=progress,
            is_cancelled=is_cancelled,
            money=list_money(session, decision_id=decision_id),
        )
    audit.log_event(
        session, "EXPORT", table="decision", row_id=decision_id, detail={"kind": "decision_list", "out": str(written)}
    )
    return written


def list_money(session: Session, *, decision_id: int) -> ListMoney | None:
    """The annex's reward money (ListMoney), None when no base salary covers the date."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.decision_list import ListMoney

    amounts = decision_amounts(session, decision_id=decision_id)
    if amounts.base_salary is None:
        return None
    return ListMoney({line.item_id: line.amount for line in amounts.lines}, amounts.total)


def decision_date_words(detail: DecisionDetail) -> str:
    return date_words(detail.data.decision_date)


__all__ = [
    "DECISION_STATUSES",
    "DEFAULT_SYMBOL",
    "FIELD_LABELS",
    "DecisionInput",
    "DecisionItemRow",
    "DecisionRow",
    "DecisionDetail",
    "IssueResult",
    "number_text",
    "suggest_number",
    "default_input",
    "validate_input",
    "create_decision",
    "update_decision",
    "set_items",
    "delete_decision",
    "approved_nominations",
    "issue_decision",
    "list_decisions",
    "get_decision",
    "list_info",
    "export_decision_list",
]
