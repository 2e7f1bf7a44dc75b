""" "Danh sách điển hình tiên tiến" of a movement as xlsx, on the `xlsx_report` engine.

Takes an `app.services.example.ExampleListSummary` (any object with the same attributes);
never queries. Individuals under "I. CÁ NHÂN", collectives under "II. TẬP THỂ", numbered
from 1 in each part; one date column per stage ("4 khâu") under "Các khâu". A stage
recorded without a date prints "x".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.exports.xlsx_report import (
    DocumentHeader,
    ReportColumn,
    ReportSection,
    ReportSpec,
    SignatureBlock,
    write_report,
)
from app.rules.examples import STAGE_LABELS, STAGES
from app.rules.vntext import date_line

if TYPE_CHECKING:  # types only
    from app.rules.rows import ExampleListSummary, ExampleRow

TITLE = "DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN"
PERSONS_TITLE = "I. CÁ NHÂN"
COLLECTIVES_TITLE = "II. TẬP THỂ"
STAGES_GROUP = "Các khâu"
NO_DATE = "x"

COLUMNS = (
    ReportColumn("STT", 6, kind="int"),
    ReportColumn("Họ và tên / Tập thể", 24),
    ReportColumn("Chức vụ – đơn vị", 30),
    ReportColumn("Thành tích tiêu biểu", 44),
    *(ReportColumn(STAGE_LABELS[s], 12, group=STAGES_GROUP, kind="date") for s in STAGES),
    ReportColumn("Ghi chú", 18),
)


def movement_line(report: ExampleListSummary) -> str:
    """'Phong trào thi đua “Tham mưu giỏi, phục vụ tốt” (2019 – 2024)'."""
    start, end = report.start_date, report.end_date
    period = ""
    if start and end:
        period = f" ({start.year} – {end.year})" if start.year != end.year else f" (năm {start.year})"
    elif start:
        period = f" (từ năm {start.year})"
    return f"Phong trào thi đua “{report.movement_name}”{period}"


def _values(stt: int, row: ExampleRow) -> tuple[object, ...]:
    stages = tuple((s.on_date or NO_DATE) if s.done else None for s in row.stages)
    return (stt, row.subject_name, row.position_unit, row.achievement, *stages, row.note)


def build_spec(report: ExampleListSummary) -> ReportSpec:
    people = [r for r in report.rows if r.kind == "CA_NHAN"]
    units = [r for r in report.rows if r.kind != "CA_NHAN"]
    sections = (
        ReportSection(PERSONS_TITLE, [_values(i, r) for i, r in enumerate(people, start=1)]),
        ReportSection(COLLECTIVES_TITLE, [_values(i, r) for i, r in enumerate(units, start=1)]),
    )
    return ReportSpec(
        sheet_title="Điển hình tiên tiến",
        title=TITLE,
        subtitle=movement_line(report),
        header=DocumentHeader(
            header_style=report.header_style,
            issuing_body=report.issuing_body,
            agency_name=report.agency_name,
            place_date=date_line(report.place_name, report.on_date),
        ),
        columns=COLUMNS,
        sections=sections,
        notes=(f"Danh sách có {len(people)} cá nhân và {len(units)} tập thể.",),
        signatures=(
            SignatureBlock("Người lập danh sách"),
            SignatureBlock(report.signer_title or "Thủ trưởng cơ quan", report.signer_name),
        ),
        landscape=True,
    )


def write_examples_list(
    report: ExampleListSummary,
    out: str | Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the list; raises FileLocked, BadInput, Cancelled. Worker-thread safe."""
    return write_report(build_spec(report), out, progress=progress, is_cancelled=is_cancelled)
