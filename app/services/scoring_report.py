"""The data of the scoring report (bảng tổng hợp kết quả chấm điểm thi đua) of a bloc's
criteria table: the ranking, each member's self-score against the assessed average per
criterion with the gap, the sheet totals of every assessor, the missing scores, and the
document's identity from the agency settings. The writers are `app.exports.scoring_report`.

Every function takes a Session and never commits; it runs on the caller's thread (a worker
for the export). The numbers come from `app.services.bloc` / `app.rules.scoring` (exact
Decimal, ROUND_HALF_UP); nothing here is recomputed with floats.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from app.errors import BadInput
from app.rules import scoring
from app.rules.document import DocumentHeader
from app.rules.scoring import PENALTY
from app.rules.scoring_report import (
    DONE,
    GAP_SHARE,
    MISSING,
    OWN,
    PARTIAL,
    AssessorLine,
    CriterionLine,
    CriterionScore,
    MemberScore,
    MissingLine,
    ScoringReport,
    SheetCell,
)
from app.rules.vntext import date_line
from app.services import audit
from app.services import bloc as bloc_svc
from app.services.settings import get_settings

Progress = Callable[[int, int], None]


def _signed(kind: str, value: Decimal | None) -> Decimal | None:
    # 0 - x, not -x: Decimal("-0") would print as "-0.00".
    return Decimal(0) - value if value is not None and kind == PENALTY else value


def scoring_report(session: Session, *, table_id: int, on_date: _dt.date | None = None) -> ScoringReport:
    """The report of a bloc's criteria table. `on_date` is the date line's day (today by
    default). Raises NotFound (no such table), BadInput (a table of no bloc). Never commits."""

    table = bloc_svc.get_table(session, table_id=table_id)
    if table.bloc_id is None:
        raise BadInput("scoring_report.no_bloc")
    bloc = bloc_svc.load_bloc(session, table.bloc_id)
    checked = scoring.CriteriaTable(table.criteria, table.declared_total)
    members = bloc_svc.table_members(session, table_id=table_id)
    assessors = bloc_svc.list_assessors(session, table_id=table_id)
    ranking = bloc_svc.compute_ranking(session, table_id=table_id, with_points=True)

    self_points, sheet_points = ranking.self_points, ranking.sheet_points

    checked_normal = tuple(c.code for c in checked.normal)

    def cell(points: Mapping[str, Decimal] | None) -> SheetCell:
        if not points:
            return SheetCell(MISSING, None, checked_normal)
        lack = scoring.missing_codes(checked, points)
        if lack:
            return SheetCell(PARTIAL, None, lack)
        return SheetCell(DONE, scoring.sheet_total(checked, points))

    sheets = tuple(
        tuple(SheetCell(OWN) if a.member_id == m.id else cell(sheet_points.get((a.id, m.id))) for m in members)
        for a in assessors
    )
    self_sheets = tuple(cell(self_points.get(m.id)) for m in members)

    ranks = {r.member_id: r.rank for r in ranking.rows}
    shared = {rank for rank, n in Counter(r.rank for r in ranking.rows).items() if n > 1}
    results = {r.member: r for r in ranking.results}
    kinds = {c.code: c for c in table.criteria}
    rows = []
    for i, m in enumerate(members):
        res = results.get(m.id)
        scores: list[CriterionScore] = []
        for g in res.gaps if res is not None else ():
            c = kinds[g.code]
            scores.append(
                CriterionScore(
                    g.code,
                    _signed(c.kind, g.self_points),
                    _signed(c.kind, g.assessed),
                    _signed(c.kind, g.gap),
                    scoring.gap_is_large(g.gap, c.max_points),
                )
            )
        self_total = res.self_total if res is not None else None
        total = res.total if res is not None else None
        gap = None if self_total is None or total is None else self_total - total
        rank = ranks.get(m.id)
        rows.append(
            MemberScore(
                member_id=m.id,
                name=m.name,
                unit_id=m.unit_id,
                rank=rank,
                tied=rank in shared,
                self_total=self_total,
                self_complete=self_sheets[i].state == DONE,
                total=total,
                gap=gap,
                gap_flagged=scoring.gap_is_large(gap, table.declared_total),
                dropped_extremes=bool(res and res.dropped_extremes),
                sheets=len(res.assessor_totals) if res is not None else 0,
                expected_sheets=sum(a.member_id != m.id for a in assessors),
                scores=tuple(scores),
            )
        )

    member_names = {m.id: m.name for m in members}
    assessor_names = {a.id: a.name for a in assessors}
    missing = tuple(
        MissingLine(
            x.member_id,
            member_names.get(x.member_id, str(x.member_id)),
            x.assessor_id,
            "" if x.assessor_id is None else assessor_names.get(x.assessor_id, str(x.assessor_id)),
            tuple(x.codes),
            tuple(x.codes) == checked_normal,
        )
        for x in ranking.missing
    )

    st = get_settings(session)
    leader = next(
        (
            h.member_name
            for h in bloc_svc.leadership_history(session, bloc_id=table.bloc_id)
            if h.year == table.year and h.role == "KHOI_TRUONG"
        ),
        "",
    )
    header = DocumentHeader(
        header_style=st.header_style,
        issuing_body=st.issuing_body,
        agency_name=st.agency_name or bloc.name,
        place_date=date_line(st.place_name, on_date or _dt.date.today()),
    )
    return ScoringReport(
        table_id=table.id,
        table_name=table.name,
        year=table.year,
        bloc_name=bloc.name,
        declared_total=table.declared_total,
        drop_extremes=table.drop_extremes,
        assessor_mode=table.assessor_mode,
        criteria=tuple(CriterionLine(c.code, c.name, c.group, c.kind, c.max_points) for c in table.criteria),
        members=tuple(rows),
        assessors=tuple(AssessorLine(a.id, a.name, a.member_id) for a in assessors),
        sheets=sheets,
        self_sheets=self_sheets,
        missing=missing,
        header=header,
        leader_name=leader,
        signer_title=st.signer_title,
        signer_name=st.signer_name,
    )


def export_scoring(
    session: Session,
    *,
    table_id: int,
    out: str | Path,
    fmt: str | None = None,
    on_date: _dt.date | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the scoring report as xlsx or pdf (from `fmt` or the file's suffix). Raises
    NotFound, BadInput, FileLocked, Cancelled. Never commits."""
    # Lazy: the writers load ReportLab and openpyxl, which the GUI's start does not need.
    from app.exports.scoring_report import write_scoring_pdf, write_scoring_xlsx

    out = Path(out)
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    if fmt not in ("xlsx", "pdf"):
        raise BadInput("scoring_report.bad_suffix", out=out)
    report = scoring_report(session, table_id=table_id, on_date=on_date)
    writer = write_scoring_xlsx if fmt == "xlsx" else write_scoring_pdf
    written = writer(report, out, progress=progress, is_cancelled=is_cancelled)
    audit.log_event(
        session, "EXPORT", table="scoring_table", row_id=table_id, detail={"kind": "scoring", "out": str(written)}
    )
    return written


__all__ = [
    "GAP_SHARE",
    "DONE",
    "PARTIAL",
    "MISSING",
    "OWN",
    "CriterionLine",
    "CriterionScore",
    "MemberScore",
    "AssessorLine",
    "SheetCell",
    "MissingLine",
    "ScoringReport",
    "scoring_report",
    "export_scoring",
]
