"""The scoring report of a bloc's criteria table (bảng tổng hợp kết quả chấm điểm thi đua)
for the bloc meeting: a workbook through the shared `xlsx_report` engine and an A4 landscape
PDF in the NĐ 30/2020 layout.

Workbook sheets: "Xếp hạng" (the ranking, ties noted "Đồng hạng n"), "Bảng điểm" (one
block per member: each criterion's maximum, self-score, assessed average and gap — a block
per member prints on any number of members, where a column trio per member would not),
"Chi tiết chấm" (each assessor's sheet total of each member, missing sheets "Chưa chấm").
PDF: the ranking, the criteria table with four members side by side per table (header
rows repeated on each page), the missing sheets, the signatures.

Penalties (điểm trừ) print negative, as counted in the totals. Numbers stay exact: the
DTO's Decimals go into the cells as they are (2-decimal format) and are printed with a
decimal comma in the PDF; nothing is summed here. A gap of at least the report's share of
the criterion's maximum is bold on a shaded cell in both files.
Pure output: a `ScoringReport` in, a file out (temp file, then rename); never queries.
Worker-thread safe.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.errors import Cancelled
from app.exports.pdf_doc import (
    MARGINS,
    PAGE,
    SignatureBlock,
    esc,
    header_flowable,
    signature_table,
    styles,
)
from app.exports.pdf_fonts import SERIF, SERIF_BOLD, register_fonts
from app.exports.xlsx_io import save_workbook
from app.exports.xlsx_report import ReportColumn, ReportRow, ReportSection, ReportSpec, add_report_sheet
from app.rules.scoring import BONUS, MIN_ASSESSORS_TO_DROP, PENALTY
from app.rules.scoring_report import DONE, MISSING, OWN, PARTIAL, MemberScore, ScoringReport, SheetCell
from app.safe_write import atomic_output

__all__ = [
    "RANKING_SHEET",
    "SCORES_SHEET",
    "SHEETS_SHEET",
    "NOT_SCORED",
    "scorers",
    "title_of",
    "rank_note",
    "sheet_text",
    "number_vi",
    "write_scoring_xlsx",
    "write_scoring_pdf",
]

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

RANKING_SHEET, SCORES_SHEET, SHEETS_SHEET = "Xếp hạng", "Bảng điểm", "Chi tiết chấm"
NOT_SCORED = "Chưa chấm"
OWN_UNIT = "x"  # an assessor never scores its own unit
NUMBER = "0.00"
SIGNED = "+0.00;-0.00;0.00"
KIND_SUFFIX = {BONUS: "điểm thưởng", PENALTY: "điểm trừ"}
FLAG_FILL = "D9D9D9"  # light grey: still readable when printed in black and white
PER_TABLE = 4  # members side by side in a PDF criteria table (A4 landscape)


# ---------------------------------------------------------------- shared text


def scorers(report: ScoringReport) -> str:
    """Who scores, for the labels: the members (đơn vị chấm) or a listed panel (người chấm)."""
    return "người chấm" if report.assessor_mode == "PANEL" else "đơn vị chấm"


def title_of(report: ScoringReport) -> str:
    return f"BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM {report.year}"


def number_vi(value: Decimal | None, *, signed: bool = False) -> str:
    """'95,50' (decimal comma); with `signed`, '+1,50' / '-2,00' / '0,00'. None → ''."""
    if value is None:
        return ""
    text = f"{value:.2f}".replace(".", ",")
    return f"+{text}" if signed and value > 0 else text


def rank_note(m: MemberScore) -> str:
    """The "Ghi chú" of a ranking line: shared rank, extremes dropped, missing sheets."""
    parts = []
    if m.rank is None:
        parts.append("Chưa xếp hạng (chưa có phiếu chấm đủ)")
    elif m.tied:
        parts.append(f"Đồng hạng {m.rank}")
    if m.dropped_extremes:
        parts.append("Đã bỏ 1 phiếu cao nhất và 1 phiếu thấp nhất")
    if m.sheets < m.expected_sheets:
        parts.append(f"Thiếu {m.expected_sheets - m.sheets} phiếu chấm")
    if not m.self_complete:
        parts.append("Chưa tự chấm đủ" if m.self_total is not None else "Chưa tự chấm")
    return "; ".join(parts)


def sheet_text(cell: SheetCell) -> str:
    """A sheet that has no total: 'Chưa chấm', 'Chưa đủ (thiếu 1.2, 2)', or the own-unit mark."""
    if cell.state == MISSING:
        return NOT_SCORED
    if cell.state == PARTIAL:
        return f"Chưa đủ (thiếu {', '.join(cell.missing_codes)})"
    if cell.state == OWN:
        return OWN_UNIT
    return ""


def _criterion_label(name: str, group: str, kind: str) -> str:
    suffix = KIND_SUFFIX.get(kind)
    if suffix and suffix.split()[-1] not in f"{name} {group}".lower():
        return f"{name} ({suffix})"
    return name


def _missing_lines(report: ScoringReport) -> list[str]:
    """One line per member still short of sheets: its own self-score, the assessors that
    sent nothing, the sheets sent incomplete."""
    out = []
    for m in report.members:
        mine = [x for x in report.missing if x.member_id == m.member_id]
        if not mine:
            continue
        parts = []
        own = next((x for x in mine if x.assessor_id is None), None)
        if own is not None:
            parts.append(
                "chưa tự chấm" if own.nothing_scored else f"tự chấm chưa đủ (thiếu tiêu chí {', '.join(own.codes)})"
            )
        absent = [x.assessor_name for x in mine if x.assessor_id is not None and x.nothing_scored]
        if absent and len(absent) == m.expected_sheets:
            parts.append(f"chưa có phiếu chấm nào ({len(absent)} phiếu)")
        elif absent:
            parts.append(f"chưa có phiếu chấm của {', '.join(absent)}")
        parts += [
            f"phiếu chấm của {x.assessor_name} chưa đủ (thiếu tiêu chí {', '.join(x.codes)})"
            for x in mine
            if x.assessor_id is not None and not x.nothing_scored
        ]
        out.append(f"{m.name}: {'; '.join(parts)}")
    return out


def _rule_notes(report: ScoringReport) -> list[str]:
    share = f"{report.gap_share * 100:.0f}%"
    notes = [
        f"Chênh lệch = điểm tự chấm − điểm bình quân của các {scorers(report)}; chênh lệch từ {share} điểm tối đa "
        "trở lên được in đậm trên nền xám. Điểm trừ ghi số âm."
    ]
    avg = "Điểm bình quân là bình quân tổng điểm các phiếu chấm đủ"
    if report.drop_extremes:
        avg += f" (khi có từ {MIN_ASSESSORS_TO_DROP} phiếu trở lên, bỏ 1 phiếu cao nhất và 1 phiếu thấp nhất)"
    notes.append(avg + ", làm tròn đến 2 chữ số thập phân; phiếu chưa chấm đủ không được tính.")
    if report.leader_name:
        notes.append(f"Khối trưởng năm {report.year}: {report.leader_name}.")
    return notes


def _signatures(report: ScoringReport) -> tuple[SignatureBlock, SignatureBlock]:
    return (SignatureBlock("Người lập biểu"), SignatureBlock("Khối trưởng", report.signer_name))


# ---------------------------------------------------------------- xlsx


def _ranking_spec(report: ScoringReport) -> tuple[ReportSpec, list[tuple[int, int]]]:
    columns = (
        ReportColumn("STT", 6, kind="int"),
        ReportColumn("Xếp hạng", 8, kind="int"),
        ReportColumn("Thành viên", 40),
        ReportColumn("Điểm tự chấm", 11, kind="number", number_format=NUMBER),
        ReportColumn(f"Điểm bình quân các {scorers(report)}", 14, kind="number", number_format=NUMBER),
        ReportColumn("Chênh lệch", 11, kind="number", number_format=SIGNED),
        ReportColumn("Số phiếu chấm", 9, kind="int"),
        ReportColumn("Ghi chú", 34),
    )
    rows, flagged = [], []
    for i, m in enumerate(report.ranking, start=1):
        rows.append((i, m.rank, m.name, m.self_total, m.total, m.gap, m.sheets, rank_note(m)))
        if m.gap_flagged:
            flagged.append((i - 1, 6))
    spec = ReportSpec(
        sheet_title=RANKING_SHEET,
        title=title_of(report),
        subtitle=f"{report.table_name} – {report.bloc_name}",
        header=report.header,
        columns=columns,
        sections=(ReportSection("", rows),),
        notes=tuple(_rule_notes(report)),
        signatures=_signatures(report),
        landscape=True,
    )
    return spec, flagged


def _scores_spec(report: ScoringReport) -> tuple[ReportSpec, list[tuple[int, int]]]:
    columns = (
        ReportColumn("Mã", 7, align="center"),
        ReportColumn("Tiêu chí", 50),
        ReportColumn("Điểm tối đa", 9, kind="number", number_format=NUMBER),
        ReportColumn("Tự chấm", 10, kind="number", number_format=NUMBER),
        ReportColumn("Bình quân chấm chéo", 11, kind="number", number_format=NUMBER),
        ReportColumn("Chênh lệch", 10, kind="number", number_format=SIGNED),
    )
    sections, flagged = [], []
    offset = 0
    for n, m in enumerate(report.members, start=1):
        title = f"{n}. {m.name}"
        if m.rank is not None:
            title += f" – xếp hạng {m.rank}" + (" (đồng hạng)" if m.tied else "")
        offset += 1  # the section's title row
        rows: list = []
        group = None
        for c, s in zip(report.criteria, m.scores):
            if c.group and c.group != group:
                rows.append(ReportRow(("", c.group), bold=True))
            group = c.group
            if s.flagged:
                flagged.append((offset + len(rows), 6))
            rows.append(
                (
                    c.code,
                    _criterion_label(c.name, c.group, c.kind),
                    -c.max_points if c.kind == PENALTY else c.max_points,
                    s.self_points,
                    s.assessed,
                    s.gap,
                )
            )
        if m.gap_flagged:
            flagged.append((offset + len(rows), 6))
        rows.append(ReportRow(("", "Tổng cộng", report.declared_total, m.self_total, m.total, m.gap), bold=True))
        offset += len(rows)
        sections.append(ReportSection(title, rows))
    notes = (
        "Điểm tối đa của điểm trừ là số điểm trừ tối đa (ghi số âm).",
        "Bình quân từng tiêu chí tính trên mọi phiếu chấm đủ; dòng Tổng cộng ghi điểm bình quân chính thức "
        "(bình quân tổng điểm các phiếu), có thể khác tổng của cột do làm tròn hoặc do bỏ phiếu cao nhất, "
        "thấp nhất.",
    )
    spec = ReportSpec(
        sheet_title=SCORES_SHEET,
        title=title_of(report),
        subtitle=f"Điểm từng tiêu chí: tự chấm, bình quân chấm chéo, chênh lệch – {report.table_name}",
        header=report.header,
        columns=columns,
        sections=tuple(sections),
        notes=notes,
        landscape=False,
    )
    return spec, flagged


def _sheets_spec(report: ScoringReport) -> tuple[ReportSpec, list[tuple[int, int]]]:
    group = "Tổng điểm phiếu chấm của đơn vị được chấm"
    columns = (ReportColumn("STT", 6, kind="int"), ReportColumn(scorers(report).capitalize(), 32)) + tuple(
        ReportColumn(m.name, 13, group=group, kind="number", align="center", number_format=NUMBER)
        for m in report.members
    )

    def value(cell: SheetCell) -> Decimal | str | None:
        return cell.total if cell.state == DONE else sheet_text(cell)

    rows: list = [ReportRow(("", "Tự chấm", *(value(c) for c in report.self_sheets)), bold=True)]
    rows += [
        (i, a.name, *(value(c) for c in line))
        for i, (a, line) in enumerate(zip(report.assessors, report.sheets), start=1)
    ]
    rows.append(ReportRow(("", "Số phiếu chấm đủ", *(m.sheets for m in report.members)), bold=True))
    rows.append(ReportRow(("", "Điểm bình quân", *(m.total for m in report.members)), bold=True))
    missing = [
        (r, c)
        for r, row in enumerate(rows)
        for c, v in enumerate(row.values if isinstance(row, ReportRow) else row)
        if isinstance(v, str) and c >= 2 and v and v != OWN_UNIT
    ]
    missing = [(r, c + 1) for r, c in missing]  # 1-based columns
    spec = ReportSpec(
        sheet_title=SHEETS_SHEET,
        title=title_of(report),
        subtitle=f"Tổng điểm từng phiếu chấm – {report.table_name}",
        header=report.header,
        columns=columns,
        sections=(ReportSection("", rows),),
        notes=(f"«{NOT_SCORED}»: {scorers(report)} chưa gửi phiếu chấm; «{OWN_UNIT}»: không chấm đơn vị mình.",),
        landscape=True,
    )
    return spec, missing


def _shade(ws: Worksheet, first_data_row: int, cells: Sequence[tuple[int, int]], *, bold: bool) -> None:
    fill = PatternFill("solid", start_color=FLAG_FILL, end_color=FLAG_FILL)
    for offset, col in cells:
        cell = ws.cell(row=first_data_row + offset, column=col)
        cell.fill = fill
        if bold:
            font = copy.copy(cell.font)
            font.bold = True
            cell.font = font


def write_scoring_xlsx(
    report: ScoringReport,
    path: str | Path,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Path:
    """The workbook (three sheets). Raises FileLocked, BadInput, Cancelled."""
    wb = Workbook()
    builders = (_ranking_spec, _scores_spec, _sheets_spec)
    for i, build in enumerate(builders):
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        spec, marked = build(report)
        ws = wb.active if i == 0 else wb.create_sheet()
        layout = add_report_sheet(ws, spec, is_cancelled=is_cancelled)
        _shade(ws, layout.first_data_row, marked, bold=build is not _sheets_spec)
        if build is _sheets_spec:  # the row of sheet counts: whole numbers in number columns
            for c in range(3, len(report.members) + 3):
                ws.cell(row=layout.last_data_row - 1, column=c).number_format = "0"
        if progress is not None:
            progress(i + 1, len(builders) + 1)
    out = save_workbook(wb, path)
    if progress is not None:
        progress(len(builders) + 1, len(builders) + 1)
    return out


# ---------------------------------------------------------------- pdf

_PAGE = landscape(PAGE)
# FONTNAME: the spanned (empty) cells would otherwise select the unembedded Helvetica.
_GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, "black"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("FONTNAME", (0, 0), (-1, -1), SERIF),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]


def _width() -> float:
    return _PAGE[0] - MARGINS[0] - MARGINS[1]


def _pdf_styles() -> dict[str, ParagraphStyle]:
    st = styles()
    cell = ParagraphStyle("sc_cell", parent=st["cell"], fontSize=11, leading=13)
    small = ParagraphStyle("sc_small", parent=cell, fontSize=10, leading=12)
    return {
        **st,
        "c": cell,
        "c_c": ParagraphStyle("sc_c", parent=cell, alignment=TA_CENTER),
        "c_r": ParagraphStyle("sc_r", parent=cell, alignment=TA_RIGHT),
        "s": small,
        "s_c": ParagraphStyle("sc_s_c", parent=small, alignment=TA_CENTER),
        "s_r": ParagraphStyle("sc_s_r", parent=small, alignment=TA_RIGHT),
        "s_b": ParagraphStyle("sc_s_b", parent=small, fontName=SERIF_BOLD),
        "s_rb": ParagraphStyle("sc_s_rb", parent=small, fontName=SERIF_BOLD, alignment=TA_RIGHT),
        "h": ParagraphStyle("sc_h", parent=st["head_c"], fontSize=11, leading=13),
        "hs": ParagraphStyle("sc_hs", parent=st["head_c"], fontSize=10, leading=12),
        "note": ParagraphStyle("sc_note", parent=st["left"], fontSize=11, leading=14),
    }


def _flag_styles(cells: Sequence[tuple[int, int]]) -> list:
    out = []
    for row, col in cells:
        out.append(("BACKGROUND", (col, row), (col, row), f"#{FLAG_FILL}"))
    return out


def _ranking_table(report: ScoringReport, ps: dict[str, ParagraphStyle]) -> Table:
    head = [
        "STT",
        "Xếp hạng",
        "Thành viên",
        "Điểm tự chấm",
        f"Điểm bình quân các {scorers(report)}",
        "Chênh lệch",
        "Số phiếu chấm",
        "Ghi chú",
    ]
    rows: list = [[Paragraph(esc(h), ps["h"]) for h in head]]
    flagged = []
    for i, m in enumerate(report.ranking, start=1):
        gap = number_vi(m.gap, signed=True)
        if m.gap_flagged:
            flagged.append((i, 5))
            gap = f"<b>{gap}</b>"
        rows.append(
            [
                Paragraph(str(i), ps["c_c"]),
                Paragraph("" if m.rank is None else str(m.rank), ps["c_c"]),
                Paragraph(esc(m.name), ps["c"]),
                Paragraph(number_vi(m.self_total), ps["c_r"]),
                Paragraph(f"<b>{number_vi(m.total)}</b>", ps["c_r"]),
                Paragraph(gap, ps["c_r"]),
                Paragraph(f"{m.sheets}/{m.expected_sheets}", ps["c_c"]),
                Paragraph(esc(rank_note(m)), ps["s"]),
            ]
        )
    widths = [11 * mm, 16 * mm, 0, 22 * mm, 30 * mm, 21 * mm, 19 * mm, 62 * mm]
    widths[2] = _width() - sum(widths)
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(_GRID + _flag_styles(flagged)))
    return t


def _criteria_table(report: ScoringReport, members: Sequence[MemberScore], ps: dict[str, ParagraphStyle]) -> Table:
    """Criteria down, members across (self / assessed / gap each); two header rows repeat."""
    fixed = [11 * mm, 0, 13 * mm]
    trio = [13 * mm, 13 * mm, 13 * mm]
    fixed[1] = _width() - fixed[0] - fixed[2] - len(members) * sum(trio)  # the last table also fills the width
    widths = fixed + trio * len(members)
    top: list = [Paragraph("Mã", ps["hs"]), Paragraph("Tiêu chí", ps["hs"]), Paragraph("Điểm tối đa", ps["hs"])]
    sub: list = ["", "", ""]
    spans = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1))]
    for k, m in enumerate(members):
        col = 3 + 3 * k
        label = esc(m.name) + (f"<br/>(hạng {m.rank})" if m.rank is not None else "")
        top += [Paragraph(label, ps["hs"]), "", ""]
        sub += [Paragraph(h, ps["hs"]) for h in ("TC", "CC", "CL")]
        spans.append(("SPAN", (col, 0), (col + 2, 0)))
    rows: list = [top, sub]
    extra: list = []
    flagged = []
    group = None
    for i, c in enumerate(report.criteria):
        if c.group and c.group != group:
            r = len(rows)
            rows.append([Paragraph(f"<b>{esc(c.group)}</b>", ps["s"])] + [""] * (len(widths) - 1))
            extra.append(("SPAN", (0, r), (-1, r)))
        group = c.group
        line = [
            Paragraph(esc(c.code), ps["s_c"]),
            Paragraph(esc(_criterion_label(c.name, c.group, c.kind)), ps["s"]),
            Paragraph(number_vi(-c.max_points if c.kind == PENALTY else c.max_points), ps["s_r"]),
        ]
        for k, m in enumerate(members):
            s = m.scores[i] if i < len(m.scores) else None
            gap = number_vi(s.gap, signed=True) if s else ""
            if s is not None and s.flagged:
                flagged.append((len(rows), 5 + 3 * k))
                gap = f"<b>{gap}</b>"
            line += [
                Paragraph(number_vi(s.self_points) if s else "", ps["s_r"]),
                Paragraph(number_vi(s.assessed) if s else "", ps["s_r"]),
                Paragraph(gap, ps["s_r"]),
            ]
        rows.append(line)
    total = [
        Paragraph("", ps["s"]),
        Paragraph("<b>Tổng cộng</b>", ps["s"]),
        Paragraph(number_vi(report.declared_total), ps["s_rb"]),
    ]
    for k, m in enumerate(members):
        gap = number_vi(m.gap, signed=True)
        if m.gap_flagged:
            flagged.append((len(rows), 5 + 3 * k))
        total += [
            Paragraph(number_vi(m.self_total), ps["s_rb"]),
            Paragraph(number_vi(m.total), ps["s_rb"]),
            Paragraph(gap, ps["s_rb"]),
        ]
    rows.append(total)
    t = Table(rows, colWidths=widths, repeatRows=2)
    t.setStyle(
        TableStyle(
            _GRID
            + spans
            + extra
            + [("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), "#F2F2F2")]
            + _flag_styles(flagged)
        )
    )
    return t


def _page_number(canvas: Canvas, doc: BaseDocTemplate) -> None:
    # NĐ 30: page numbers from page 2, centred in the top margin.
    if doc.page > 1:
        canvas.setFont(SERIF, 12)
        canvas.drawCentredString(_PAGE[0] / 2 + (MARGINS[0] - MARGINS[1]) / 2, _PAGE[1] - 14 * mm, str(doc.page))


def write_scoring_pdf(
    report: ScoringReport,
    path: str | Path,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Path:
    """The PDF for the bloc meeting (A4 landscape, fonts embedded). Raises FileLocked,
    BadInput, Cancelled."""
    register_fonts()
    ps = _pdf_styles()
    chunks = [report.members[i : i + PER_TABLE] for i in range(0, len(report.members), PER_TABLE)]
    total = len(chunks) + 2
    done = 0

    def step() -> None:
        nonlocal done
        if done < total - 1 and is_cancelled is not None and is_cancelled():
            raise Cancelled()
        done += 1
        if progress is not None:
            progress(done, total)

    story: list = [
        header_flowable(report.header, _width()),
        Paragraph(esc(title_of(report)), ps["title"]),
        Paragraph(esc(report.table_name), ps["subtitle"]),
        Paragraph(esc(report.bloc_name), ps["italic_c"]),
        Paragraph("<b>I. Kết quả xếp hạng</b>", ps["body"]),
        _ranking_table(report, ps),
        Spacer(1, 4),
    ]
    step()
    heading = [
        Paragraph("<b>II. Điểm từng tiêu chí</b>", ps["body"]),
        Paragraph(
            esc(f"TC: điểm tự chấm; CC: điểm bình quân các {scorers(report)}; CL: chênh lệch (TC − CC)."), ps["note"]
        ),
    ]
    for k, chunk in enumerate(chunks):
        # A table that fits a page is kept whole (no total row alone on the next page); a
        # longer one still splits, its two header rows repeated.
        story.append(KeepTogether((heading if k == 0 else []) + [_criteria_table(report, chunk, ps)]))
        story.append(Spacer(1, 8))
        step()
    lines = _missing_lines(report)
    missing = [Paragraph("– " + esc(t) + ".", ps["note"]) for t in lines] or [Paragraph("Không có.", ps["note"])]
    story.append(KeepTogether([Paragraph("<b>III. Phiếu chấm chưa đủ</b>", ps["body"]), missing[0]]))
    story += missing[1:]
    # The notes go with the signatures: a signature block never stands alone on a page.
    story.append(
        KeepTogether(
            [Paragraph("<b>Ghi chú</b>", ps["body"])]
            + [Paragraph("– " + esc(n), ps["note"]) for n in _rule_notes(report)]
            + [Spacer(1, 8), signature_table(_signatures(report), _width())]
        )
    )

    out = Path(path)
    left, right, top, bottom = MARGINS
    with atomic_output(out, suffix=".pdf.tmp") as tmp:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=_PAGE,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=title_of(report),
            author="TĐKT Desk",
            creator="TĐKT Desk",
            initialFontName=SERIF,
        )  # else every page names Helvetica, unembedded
        doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    step()
    return out
