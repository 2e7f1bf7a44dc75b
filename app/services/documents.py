"""The official documents reached by id, for the screens and the command line: the tờ
trình of a round (Word), the decision with its annex (xlsx, pdf, Word), the ballot papers
(pdf), the tally minutes (pdf, Word) and results (xlsx), the meeting minutes (pdf, Word)
— the format from the output file's suffix —; and the discovery lists of `tdkt-cli list`.

Every function takes a Session (the caller owns the transaction; nothing here writes to
the database) and raises AppError subclasses with Vietnamese messages.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import BadInput, NotFound
from app.models import Bloc, Council, ReviewRound, ScoringTable
from app.rules.document import DocumentHeader
from app.rules.vntext import date_line, unit_with_agency
from app.services import audit
from app.services.ballot import ballot_paper_data, list_ballots, meeting_minutes_data, tally_minutes_data
from app.services.bloc_admin import list_blocs
from app.services.council import list_meetings
from app.services.decision import list_decisions
from app.services.movement import list_movements, list_rounds
from app.services.nomination import list_nominations
from app.services.settings import _KEYS, get_settings, save_settings

if TYPE_CHECKING:
    from app.exports.word_documents import SubmissionData

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

LIST_KINDS = ("rounds", "decisions", "meetings", "ballots", "tables", "movements", "blocs")


def _fmt(out: Path, allowed: tuple[str, ...], what: str) -> str:
    fmt = out.suffix.lstrip(".").lower()
    if fmt not in allowed:
        names = ", ".join(f".{a}" for a in allowed)
        raise BadInput("documents.bad_suffix", out=out, what=what, names=names)
    return fmt


# ---------------------------------------------------------------- discovery


def open_round_id(session: Session) -> int:
    """The open round when there is exactly one; BadInput naming the choices otherwise."""
    rows = session.execute(
        select(ReviewRound.id, ReviewRound.name).where(ReviewRound.status == "OPEN").order_by(ReviewRound.id)
    ).all()
    if len(rows) == 1:
        return rows[0][0]
    if not rows:
        raise BadInput("documents.no_open_round")
    names = "; ".join(f"{i}: {n}" for i, n in rows)
    raise BadInput("documents.many_open_rounds", n_rows=len(rows), names=names)


def list_items(session: Session, kind: str) -> list[dict]:
    """`tdkt-cli list KIND`: plain objects with at least id, name (or title), year where
    there is one, status."""
    if kind == "rounds":
        return [
            {
                "id": r.id,
                "name": r.name,
                "year": r.year,
                "status": r.status,
                "review_date": r.review_date.isoformat(),
                "nominations": r.nominations,
            }
            for r in list_rounds(session)
        ]
    if kind == "decisions":
        return [
            {
                "id": d.id,
                "name": f"Quyết định số {d.number_text}",
                "title": d.title,
                "year": d.year,
                "status": d.status,
                "number": d.number_text,
                "date": d.decision_date.isoformat(),
                "round_id": d.round_id,
                "people": d.people,
                "units": d.units,
            }
            for d in list_decisions(session)
        ]
    if kind == "meetings":
        return [
            {
                "id": m.id,
                "name": m.title or f"Phiên họp {m.council_name}",
                "year": m.year,
                "status": "ENDED" if m.ends_at else "OPEN",
                "starts_at": m.starts_at.isoformat(timespec="minutes"),
                "council": m.council_name,
                "round_id": m.round_id,
            }
            for m in list_meetings(session)
        ]
    if kind == "ballots":
        out = []
        for m in list_meetings(session):
            for b in list_ballots(session, meeting_id=m.id):
                out.append(
                    {
                        "id": b.id,
                        "name": b.title,
                        "year": m.year,
                        "status": b.status,
                        "meeting_id": m.id,
                        "award_code": b.award_code,
                        "round_no": b.round_no,
                        "candidates": b.candidates,
                    }
                )
        return out
    if kind == "tables":
        rows = session.execute(
            select(ScoringTable, Bloc.name)
            .outerjoin(Bloc, Bloc.id == ScoringTable.bloc_id)
            .order_by(ScoringTable.year.desc(), ScoringTable.id)
        ).all()
        this_year = _dt.date.today().year
        return [
            {
                "id": t.id,
                "name": t.name,
                "year": t.year,
                "status": "OPEN" if t.year >= this_year - 1 else "PAST",
                "bloc_id": t.bloc_id,
                "bloc": bloc or "",
            }
            for t, bloc in rows
        ]
    if kind == "movements":
        today = _dt.date.today()
        out = []
        for mv in list_movements(session):
            if mv.end_date is not None and mv.end_date < today:
                status = "ENDED"
            elif mv.start_date is not None and mv.start_date > today:
                status = "PLANNED"
            else:
                status = "ACTIVE"
            out.append(
                {
                    "id": mv.id,
                    "name": mv.name,
                    "year": mv.start_date.year if mv.start_date else None,
                    "status": status,
                    "kind": mv.kind,
                    "start_date": mv.start_date.isoformat() if mv.start_date else None,
                    "end_date": mv.end_date.isoformat() if mv.end_date else None,
                }
            )
        return out
    if kind == "blocs":
        return [
            {"id": b.id, "name": b.name, "year": None, "status": "ACTIVE", "kind": b.kind, "members": b.member_count}
            for b in list_blocs(session)
        ]
    raise BadInput("documents.unknown_list", kind=kind, list_kinds=", ".join(LIST_KINDS))


# ---------------------------------------------------------------- tờ trình


def submission_data(session: Session, *, round_id: int, on_date: _dt.date | None = None) -> SubmissionData:
    """The tờ trình of a round: every nomination but the rejected ones, with its
    "Tóm tắt thành tích" (the nomination's achievement text, led by the bloc it leads)."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.nomination_list import achievement_text
    from app.exports.word_documents import SubmissionData, SubmissionRow

    rnd = session.get(ReviewRound, round_id)
    if rnd is None:
        raise NotFound(what="đợt xét", key=round_id)
    s = get_settings(session)
    council = session.get(Council, rnd.council_id) if rnd.council_id is not None else None
    recipient = council.name if council else "Hội đồng Thi đua - Khen thưởng"
    rows = []
    for r in list_nominations(session, round_id=round_id):
        if r.status == "REJECTED":
            continue
        unit = unit_with_agency(r.work_unit, "" if r.agency == r.name else r.agency)
        if r.subject == "CA_NHAN":
            name = f"{r.salutation} {r.name}".strip()
            where = ", ".join(p for p in (r.position, unit) if p)
        else:
            name, where = r.name, unit
        rows.append(SubmissionRow(r.subject, name, where, r.award_name, achievement_text(r)))
    day = on_date or _dt.date.today()
    header = DocumentHeader(
        header_style=s.header_style,
        issuing_body=s.issuing_body,
        agency_name=s.agency_name,
        number="Số:        /TTr-TĐKT",
        place_date=date_line(s.place_name, day),
    )
    return SubmissionData(
        header=header,
        round_name=rnd.name,
        year=rnd.year,
        recipient=recipient,
        agency_name=s.agency_name,
        rows=tuple(rows),
        signer_title=s.signer_title,
        signer_name=s.signer_name,
    )


def export_submission(
    session: Session,
    *,
    round_id: int,
    out: str | Path,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Path:
    """Tờ trình đề nghị khen thưởng of a round as .docx. Raises NotFound, BadInput,
    FileLocked, Cancelled."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.word_documents import write_submission_docx

    out = Path(out)
    _fmt(out, ("docx",), "tờ trình")
    written = write_submission_docx(
        submission_data(session, round_id=round_id), out, progress=progress, is_cancelled=is_cancelled
    )
    audit.log_event(
        session, "EXPORT", table="review_round", row_id=round_id, detail={"kind": "submission", "out": str(written)}
    )
    return written


# ---------------------------------------------------------------- council documents


def export_ballot_papers(
    session: Session,
    *,
    ballot_id: int,
    out: str | Path,
    copies: int | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Path:
    """The ballot papers (one per member plus the spares) as .pdf."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.ballot_papers import render_ballot_papers

    out = Path(out)
    _fmt(out, ("pdf",), "phiếu bầu")
    render_ballot_papers(
        ballot_paper_data(session, ballot_id=ballot_id, copies=copies),
        out,
        progress=progress,
        is_cancelled=is_cancelled,
    )
    audit.log_event(
        session, "EXPORT", table="ballot", row_id=ballot_id, detail={"kind": "ballot_papers", "out": str(out)}
    )
    return out


def export_tally(
    session: Session,
    *,
    ballot_id: int,
    out: str | Path,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Path:
    """A sealed ballot: Biên bản kiểm phiếu (.pdf, .docx) or the results (.xlsx)."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.minutes import render_tally_minutes, write_results_xlsx
    from app.exports.word_documents import write_tally_minutes_docx

    out = Path(out)
    fmt = _fmt(out, ("pdf", "docx", "xlsx"), "biên bản kiểm phiếu")
    writer = {"pdf": render_tally_minutes, "docx": write_tally_minutes_docx, "xlsx": write_results_xlsx}[fmt]
    writer(tally_minutes_data(session, ballot_id=ballot_id), out, progress=progress, is_cancelled=is_cancelled)
    audit.log_event(session, "EXPORT", table="ballot", row_id=ballot_id, detail={"kind": "tally", "out": str(out)})
    return out


def export_meeting_minutes(
    session: Session,
    *,
    meeting_id: int,
    out: str | Path,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Path:
    """Biên bản họp Hội đồng as .pdf or .docx."""
    # Lazy: the writers (ReportLab, openpyxl, python-docx) load on first use, not at start-up.
    from app.exports.minutes import render_meeting_minutes
    from app.exports.word_documents import write_meeting_minutes_docx

    out = Path(out)
    fmt = _fmt(out, ("pdf", "docx"), "biên bản họp")
    writer = render_meeting_minutes if fmt == "pdf" else write_meeting_minutes_docx
    writer(meeting_minutes_data(session, meeting_id=meeting_id), out, progress=progress, is_cancelled=is_cancelled)
    audit.log_event(session, "EXPORT", table="meeting", row_id=meeting_id, detail={"kind": "minutes", "out": str(out)})
    return out


# ---------------------------------------------------------------- settings


def settings_dict(session: Session) -> dict[str, str]:
    s = get_settings(session)
    return {k: getattr(s, k) for k in _KEYS}


def set_setting(session: Session, *, key: str, value: str) -> None:
    """`tdkt-cli settings set KEY VALUE`. Raises BadInput (unknown key), ValidationFailed."""

    if key not in _KEYS:
        raise BadInput("documents.unknown_setting", key=key, keys=", ".join(_KEYS))
    current = get_settings(session)
    change: dict[str, Any] = {key: value}  # one of _KEYS: the str fields ("versions" is not one)
    save_settings(session, values=dataclasses.replace(current, **change))
