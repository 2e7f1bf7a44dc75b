"""The statistical forms of TT 02/2023/TT-BNV (0601, 0602, 0603) as xlsx, on the
`xlsx_report` engine, laid out as FORMS_TT02.md describes.

Takes a `FormReport` of `app.services.reports` (any object with the same attributes) and
the agency's identity; never queries. Column A holds the row labels (no header), B "Mã số",
C "Đơn vị tính" (0602, 0603), then the numbered data columns under their merged headers and
a bold row of column labels (A, B, C, 1, 2 …). Zero prints as a blank cell.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.exports.xlsx_report import (
    DocumentHeader,
    ReportColumn,
    ReportRow,
    ReportSection,
    ReportSpec,
    SignatureBlock,
    write_report,
)
from app.rules.vntext import date_line

if TYPE_CHECKING:  # types only
    from app.rules.rows import FormReport

CIRCULAR = "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023"
RECEIPT = "Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo"
HEAD_TITLE = "THỦ TRƯỞNG ĐƠN VỊ"


@dataclasses.dataclass(frozen=True)
class SheetInfo:
    """The document's identity (from the agency settings) and the date it is signed."""

    agency_name: str = ""
    issuing_body: str = ""
    header_style: str = "national"
    place_name: str = "Hà Nội"
    signer_title: str = ""
    signer_name: str = ""
    on_date: _dt.date | None = None


def _blank_zero(v: int) -> int | None:
    return v or None


def build_form_spec(report: FormReport, info: SheetInfo) -> ReportSpec:
    """The ReportSpec of one form (report: FormReport)."""
    has_unit = report.form != "0601"
    data_width = {"0601": 13, "0602": 11}.get(report.form, 18)
    columns = [
        ReportColumn("", 44 if has_unit else 40, number="A"),
        ReportColumn("Mã số", 7, kind="int", align="center", number="B"),
    ]
    if has_unit:
        columns.append(ReportColumn("Đơn vị tính", 9, align="center", number="C"))
    for col in report.columns:
        columns.append(ReportColumn(col.header, data_width, kind="int", groups=col.groups, number=col.number))
    rows = []
    for r in report.rows:
        lead: list[object] = [r.label, r.code or None, *([r.unit or None] if has_unit else [])]
        values: list[object] = [_blank_zero(v) for v in r.values] if r.values else [None] * len(report.columns)
        # Codes are printed as text ("01"): the form's codes keep their leading zero.
        rows.append(ReportRow(lead + values, bold=r.bold))
    start, end = report.period
    day = info.on_date or _dt.date.today()
    reporter = report.reporting_unit or info.agency_name
    header = DocumentHeader(
        header_style="form",
        left_lines=(f"Biểu số: {report.form}.N/BNV-TĐKT", CIRCULAR, RECEIPT),
        right_lines=(f"Đơn vị báo cáo: {reporter}", f"Đơn vị nhận báo cáo: {report.receiving_unit}"),
    )
    subtitle = f"Thời điểm báo cáo: Báo cáo cả năm {report.year} (từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y})"
    return ReportSpec(
        sheet_title=f"Biểu {report.form}",
        title=report.title,
        subtitle=subtitle,
        header=header,
        columns=tuple(columns),
        sections=(ReportSection("", rows),),
        notes=tuple(report.notes),
        above_table=f"Đơn vị tính: {report.unit_label}" if report.unit_label else "",
        signatures=(
            SignatureBlock("Người lập biểu", note="(Ký, họ tên)", upper=False),
            SignatureBlock(
                info.signer_title.upper() if info.signer_title else HEAD_TITLE,
                info.signer_name,
                note="(Ký, họ tên, đóng dấu)",
            ),
        ),
        signature_date=date_line(info.place_name, day),
        landscape=report.form != "0601",
    )


def write_form(
    report: FormReport,
    info: SheetInfo,
    out: str | Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write one form; raises FileLocked, Cancelled. Any thread."""
    return write_report(build_form_spec(report, info), out, progress=progress, is_cancelled=is_cancelled)
