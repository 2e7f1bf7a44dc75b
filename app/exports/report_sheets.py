"""Summary sheets for superiors on the `xlsx_report` engine: awards per unit and per year,
and the share of awards to non-leaders ("người trực tiếp công tác") and to women.

Take the DTOs of `app.services.reports` (`AwardsByUnitReport`, `ShareReport`, or objects
with the same attributes) and the agency's identity; never query. Counts are numbers,
shares are numbers with one decimal (no formulas anywhere).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.exports.tt02_forms import SheetInfo
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
    from app.rules.rows import AwardsByUnitReport, ShareReport, ShareRow

LEVEL_NOTES = {
    "ALL": "Tất cả các cấp khen thưởng",
    "BO_TINH_UP": "Khen thưởng cấp bộ, ban, ngành, tỉnh trở lên",
    "NHA_NUOC": "Khen thưởng cấp Nhà nước",
}
PCT = "0.0"


def _header(info: SheetInfo) -> DocumentHeader:
    day = info.on_date or _dt.date.today()
    return DocumentHeader(
        header_style=info.header_style,
        issuing_body=info.issuing_body,
        agency_name=info.agency_name,
        place_date=date_line(info.place_name, day),
    )


def _signatures(info: SheetInfo) -> tuple[SignatureBlock, ...]:
    return (
        SignatureBlock("Người lập biểu"),
        SignatureBlock(info.signer_title or "Thủ trưởng cơ quan", info.signer_name),
    )


def build_by_unit_spec(report: AwardsByUnitReport, info: SheetInfo) -> ReportSpec:
    """Awards per unit (rows) and per year (columns), with the total row."""
    group = "Số lượt khen thưởng theo năm"
    columns = (
        ReportColumn("STT", 6, kind="int"),
        ReportColumn("Đơn vị", 44),
        *(ReportColumn(str(y), 10, kind="int", group=group) for y in report.years),
        ReportColumn("Tổng cộng", 11, kind="int"),
    )
    rows: list = [(i, r.name, *r.counts, r.total) for i, r in enumerate(report.rows, start=1)]
    rows.append(ReportRow((None, report.total.name, *report.total.counts, report.total.total), bold=True))
    first, last = report.years[0], report.years[-1]
    return ReportSpec(
        sheet_title="Theo đơn vị",
        title="SỐ LƯỢT KHEN THƯỞNG THEO ĐƠN VỊ VÀ THEO NĂM",
        subtitle=f"Năm {first}–{last}; {LEVEL_NOTES.get(report.level_filter, '').lower()}",
        header=_header(info),
        columns=columns,
        sections=(ReportSection("", rows),),
        notes=(
            "Năm là năm thành tích được khen; khen thưởng của cá nhân tính theo đơn vị công tác hiện nay, "
            "của tập thể theo đơn vị được khen; mỗi đơn vị gồm cả các đơn vị trực thuộc. Dòng tổng cộng "
            "tính mỗi lượt khen thưởng một lần.",
        ),
        signatures=_signatures(info),
        landscape=len(report.years) > 6,
    )


def _share_values(stt: int | None, r: ShareRow) -> tuple[object, ...]:
    return (stt, r.label, r.individuals, r.non_leaders, r.non_leader_pct, r.women, r.women_pct)


def build_shares_spec(report: ShareReport, info: SheetInfo) -> ReportSpec:
    """Shares per unit for the year and for the span, then year by year."""
    g1 = "Người trực tiếp công tác, lao động (không giữ chức vụ lãnh đạo)"
    g2 = "Nữ"
    columns = (
        ReportColumn("STT", 6, kind="int"),
        ReportColumn("Đơn vị / năm", 40),
        ReportColumn("Số lượt cá nhân được khen thưởng", 14, kind="int"),
        ReportColumn("Số lượt", 10, kind="int", group=g1),
        ReportColumn("Tỷ lệ (%)", 10, kind="number", group=g1, number_format=PCT),
        ReportColumn("Số lượt", 10, kind="int", group=g2),
        ReportColumn("Tỷ lệ (%)", 10, kind="number", group=g2, number_format=PCT),
    )
    first, last = report.years[0], report.years[-1]

    def block(rows: Sequence[ShareRow], total: ShareRow) -> list[tuple[object, ...] | ReportRow]:
        out: list[tuple[object, ...] | ReportRow] = [_share_values(i, r) for i, r in enumerate(rows, start=1)]
        out.append(ReportRow(_share_values(None, total), bold=True))
        return out

    sections = (
        ReportSection(f"I. Năm {report.year}, theo đơn vị", block(report.by_unit, report.by_unit_total)),
        ReportSection(
            f"II. Cả giai đoạn {first}–{last}, theo đơn vị", block(report.by_unit_span, report.by_unit_span_total)
        ),
        ReportSection(
            f"III. Từng năm {first}–{last}, các đơn vị đã chọn",
            [_share_values(i, r) for i, r in enumerate(report.by_year, start=1)],
        ),
    )
    return ReportSpec(
        sheet_title="Tỷ lệ khen thưởng",
        title="TỶ LỆ KHEN THƯỞNG NGƯỜI TRỰC TIẾP CÔNG TÁC, LAO ĐỘNG VÀ NỮ",
        subtitle=f"Năm {report.year}; {LEVEL_NOTES.get(report.level_filter, '').lower()}",
        header=_header(info),
        columns=columns,
        sections=sections,
        notes=(
            "Người trực tiếp công tác, lao động: cá nhân không giữ chức vụ lãnh đạo (từ phó phòng trở lên) "
            "tại thời điểm được khen và không phải doanh nhân, như dòng tương ứng của biểu 0602, 0603 "
            "(Thông tư 02/2023/TT-BNV). Năm là năm thành tích được khen.",
        ),
        signatures=_signatures(info),
        landscape=False,
    )


def write_sheet(
    spec: ReportSpec,
    out: str | Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write a built spec; raises FileLocked, Cancelled. Any thread."""
    return write_report(spec, out, progress=progress, is_cancelled=is_cancelled)
