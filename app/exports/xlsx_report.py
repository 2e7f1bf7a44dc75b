"""A reusable styled spreadsheet report: the document header of NĐ 30/2020 (or the corner
blocks of a statistical form), a title, column headers on any number of levels with merged
cells, an optional row of column numbers (A, B, C, 1, 2 …), sections of rows (bold rows
allowed), a signature block with its date line, print setup (A4, fit to one page wide,
header rows repeated, "Trang n/m" in the footer).

Every spreadsheet sent upward (nomination lists, decision lists, tally results, TT 02/2023
forms) is a `ReportSpec` written by `write_report`. Pure file output: takes plain values,
never queries. Text goes through `safe_text` rules (= + - @ stay text), numbers stay
numbers, the file is saved crash-safely by `save_workbook` (FileLocked when open in Excel).

Speed: every cell of a column shares one style array, copied from the first styled cell
(assigning Font/Border objects per cell costs ~4× more); 5,000 rows × 9 columns ≈ 1 s.
"""

from __future__ import annotations

import copy
import dataclasses
import math
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.errors import Cancelled
from app.exports.xlsx_io import save_workbook, set_safe

Progress = Callable[[int, int], None]

NATIONAL_LINE_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_LINE_2 = "Độc lập - Tự do - Hạnh phúc"
PARTY_LINE = "ĐẢNG CỘNG SẢN VIỆT NAM"
DEFAULT_FONT = "Times New Roman"  # Liberation Serif is metric-compatible where TNR is missing
PAPER_A4 = 9
_LANDSCAPE_WIDTH = 100  # total column width (characters) above which the page turns landscape


@dataclasses.dataclass(frozen=True)
class ReportColumn:
    """A column: header text, width in characters (None = fit the content), optional upper
    header `group` (consecutive columns with the same group share one merged cell), value
    kind ("text", "int", "number", "date") and horizontal alignment."""

    header: str
    width: float | None = None
    group: str = ""
    kind: str = "text"
    align: str = ""  # "" = left for text, centre for int/date, right for number
    wrap: bool = True
    number_format: str = ""
    # Upper headers, outermost first, when there are more than two levels (TT 02/2023 form
    # 0602 has four): consecutive columns sharing a prefix share its merged cell. `group`
    # is the one-level shorthand: group="X" is groups=("X",).
    groups: tuple[str, ...] = ()
    number: str = ""  # the column's label in the numbering row ("A", "1"); "" = no such row

    @property
    def path(self) -> tuple[str, ...]:
        return self.groups or ((self.group,) if self.group else ())


@dataclasses.dataclass(frozen=True)
class ReportRow:
    """A row with its own style: `bold` for totals and section headings of the forms."""

    values: Sequence[object]
    bold: bool = False


@dataclasses.dataclass(frozen=True)
class ReportSection:
    """A block of rows under an optional bold title row ("I. Cá nhân")."""

    title: str
    rows: Sequence[Sequence[object] | ReportRow]


@dataclasses.dataclass(frozen=True)
class DocumentHeader:
    """Top of the page. `header_style` "national" prints the national motto lines on the
    right; "party" prints "ĐẢNG CỘNG SẢN VIỆT NAM" instead (DOMAIN.md §11)."""

    header_style: str = "national"
    issuing_body: str = ""  # the superior body, above the agency name
    agency_name: str = ""
    number: str = ""  # "Số: 05/DS-HĐTĐKT", optional
    place_date: str = ""  # "Hà Nội, ngày 05 tháng 3 năm 2024", optional
    # header_style "form" (TT 02/2023 statistical forms): these lines instead, the first of
    # each block bold ("Biểu số: 0603.N/BNV-TĐKT" | "Đơn vị báo cáo: …").
    left_lines: tuple[str, ...] = ()
    right_lines: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class SignatureBlock:
    title: str  # "CHỦ TỊCH HỘI ĐỒNG" / "NGƯỜI LẬP BIỂU"
    name: str = ""
    note: str = "(Ký, ghi rõ họ tên)"
    upper: bool = True  # print the title in capitals


@dataclasses.dataclass(frozen=True)
class ReportSpec:
    sheet_title: str
    title: str
    columns: tuple[ReportColumn, ...]
    sections: tuple[ReportSection, ...]
    subtitle: str = ""
    header: DocumentHeader = DocumentHeader()
    signatures: tuple[SignatureBlock, ...] = ()
    notes: tuple[str, ...] = ()  # lines under the table ("Danh sách có 25 cá nhân …")
    font_name: str = DEFAULT_FONT
    font_size: int = 12
    landscape: bool | None = None  # None: landscape when the columns are wide
    above_table: str = ""  # a right-aligned italic line over the grid ("Đơn vị tính: Phong trào")
    signature_date: str = ""  # "…, ngày … tháng … năm …" over the last signature block


@dataclasses.dataclass(frozen=True)
class ReportLayout:
    """Where things landed (for tests and for callers adding cells)."""

    header_rows: tuple[int, int]  # first and last row of the column headers (and numbering row)
    first_data_row: int
    last_data_row: int


# ---------------------------------------------------------------- writing


def write_report(spec: ReportSpec, path: str | Path, *, progress: Progress | None = None,
                 is_cancelled: Callable[[], bool] | None = None) -> Path:
    """Write one report to `path` (xlsx). Raises FileLocked, BadInput, Cancelled."""
    wb = Workbook()
    ws = wb.active
    add_report_sheet(ws, spec, progress=progress, is_cancelled=is_cancelled)
    return save_workbook(wb, path)


def add_report_sheet(ws: Worksheet, spec: ReportSpec, *, progress: Progress | None = None,
                     is_cancelled: Callable[[], bool] | None = None) -> ReportLayout:
    """Lay the report out on an existing (empty) worksheet; several reports make one workbook."""
    ws.title = spec.sheet_title[:31]
    n = len(spec.columns)
    widths = _widths(spec)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    f = _Fonts(spec.font_name, spec.font_size)
    row = _document_header(ws, spec.header, n, f)
    row += 1
    _merged_text(ws, row, 1, n, spec.title, f.title, Alignment(horizontal="center", vertical="center", wrap_text=True))
    ws.row_dimensions[row].height = _height(spec.title, sum(widths), spec.font_size + 2)
    row += 1
    if spec.subtitle:
        _merged_text(ws, row, 1, n, spec.subtitle, f.italic, Alignment(horizontal="center", wrap_text=True))
        row += 1
    if spec.above_table:
        _merged_text(ws, row, 1, n, spec.above_table, f.italic, Alignment(horizontal="right"))
        row += 1
    else:
        row += 1
    header_first = row
    row = _column_headers(ws, spec.columns, row, f)
    if any(c.number for c in spec.columns):
        row = _number_row(ws, spec.columns, row, f)
    header_last = row - 1
    first_data = row
    total = sum(len(s.rows) for s in spec.sections)
    done = 0
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    protos: dict[int, object] = {}
    bold_protos: dict[int, object] = {}
    section_proto = None
    char_widths = [max(1.0, w - 1.5) for w in widths]
    line_height = spec.font_size * 1.3
    for section in spec.sections:
        if section.title:
            if n > 1:
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=n)
            cell = ws.cell(row=row, column=1)
            if section_proto is None:
                cell.font, cell.border = f.bold, border
                cell.alignment = Alignment(horizontal="left", vertical="center")
                section_proto = cell._style
            else:
                cell._style = copy.copy(section_proto)
            set_safe(cell, section.title)
            for c in range(2, n + 1):
                ws.cell(row=row, column=c).border = border
            row += 1
        for values in section.rows:
            bold = False
            if isinstance(values, ReportRow):
                bold, values = values.bold, values.values
            lines = 1
            for c, col in enumerate(spec.columns, start=1):
                value = values[c - 1] if c - 1 < len(values) else None
                cell = ws.cell(row=row, column=c)
                if bold:
                    proto = bold_protos.get(c)
                    if proto is None:
                        cell._style = copy.copy(protos[c]) if c in protos else cell._style
                        if c not in protos:
                            _style_cell(cell, col, f.normal, border)
                        cell.font = f.bold
                        bold_protos[c] = cell._style
                    else:
                        cell._style = copy.copy(proto)
                    if value is not None and value != "":
                        set_safe(cell, value)
                    continue
                proto = protos.get(c)
                if proto is None:
                    _style_cell(cell, col, f.normal, border)
                    protos[c] = cell._style
                else:
                    cell._style = copy.copy(proto)
                if value is not None and value != "":
                    # Text through set_safe (= + - @ stay text); numbers and dates as they are.
                    set_safe(cell, value)
                if col.wrap and isinstance(value, str) and len(value) > char_widths[c - 1]:
                    lines = max(lines, _lines(value, char_widths[c - 1]))
            if lines > 1:
                ws.row_dimensions[row].height = round(lines * line_height + 3, 1)
            row += 1
            done += 1
            if done % 500 == 0:
                if is_cancelled is not None and is_cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(done, total)
    last_data = row - 1
    row += 1
    for note in spec.notes:
        _merged_text(ws, row, 1, n, note, f.italic, Alignment(horizontal="left", wrap_text=True))
        row += 1
    if spec.signatures:
        row = _signatures(ws, spec.signatures, row + 1, n, f, spec.signature_date)
    _print_setup(ws, spec, widths, header_first, header_last, first_data)
    if progress is not None:
        progress(total, total)
    return ReportLayout((header_first, header_last), first_data, last_data)


def _style_cell(cell, col: ReportColumn, font: Font, border: Border) -> None:
    cell.font, cell.border = font, border
    cell.alignment = Alignment(horizontal=_align(col), vertical="center" if col.kind != "text" else "top",
                               wrap_text=col.wrap)
    if col.number_format:
        cell.number_format = col.number_format
    elif col.kind == "date":
        cell.number_format = "DD/MM/YYYY"


class _Fonts:
    def __init__(self, name: str, size: int) -> None:
        self.normal = Font(name=name, size=size)
        self.bold = Font(name=name, size=size, bold=True)
        self.italic = Font(name=name, size=size, italic=True)
        self.bold_underline = Font(name=name, size=size, bold=True, underline="single")
        self.title = Font(name=name, size=size + 2, bold=True)


def _align(col: ReportColumn) -> str:
    if col.align:
        return col.align
    return {"int": "center", "date": "center", "number": "right"}.get(col.kind, "left")


def _lines(text: str, chars: float) -> int:
    return sum(max(1, math.ceil(len(part) / chars)) for part in text.split("\n"))


def _height(text: str, chars: float, size: int) -> float:
    return round(_lines(text, max(chars, 10)) * size * 1.35 + 4, 1)


def _widths(spec: ReportSpec) -> list[float]:
    """Given widths, or widths fitted to the longest line of header and values (10–60)."""
    out = []
    for i, col in enumerate(spec.columns):
        if col.width is not None:
            out.append(float(col.width))
            continue
        longest = max((len(w) for w in col.header.split()), default=4) + 2
        for section in spec.sections:
            for values in section.rows[:2000]:
                v = values[i] if i < len(values) else None
                if v is not None:
                    longest = max(longest, len(str(v)) + 2)
        out.append(float(min(60, max(6, longest))))
    return out


def _merged_text(ws: Worksheet, row: int, c1: int, c2: int, text: str, font: Font, align: Alignment) -> None:
    if c2 > c1:
        ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    cell = ws.cell(row=row, column=c1)
    set_safe(cell, text)
    cell.font, cell.alignment = font, align


def _document_header(ws: Worksheet, h: DocumentHeader, n: int, f: _Fonts) -> int:
    """Left block: superior body and agency; right block: motto lines; then place and date."""
    split = max(1, min(n - 1, round(n * 0.4))) if n > 1 else 1
    left = (1, split)
    right = (split + 1, n) if n > 1 else (1, 1)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if h.header_style == "form":
        return _form_corners(ws, h, left, right, n, f)
    left_lines = [(t, f.normal) for t in [h.issuing_body.upper()] if t]
    if h.agency_name:
        left_lines.append((h.agency_name.upper(), f.bold_underline))
    if h.number:
        left_lines.append((h.number, f.normal))
    if h.header_style == "party":
        right_lines = [(PARTY_LINE, f.bold_underline)]
    else:
        right_lines = [(NATIONAL_LINE_1, f.bold), (NATIONAL_LINE_2, f.bold_underline)]
    rows = max(len(left_lines), len(right_lines))
    for i in range(rows):
        r = i + 1
        if i < len(left_lines):
            _merged_text(ws, r, *left, left_lines[i][0], left_lines[i][1], center)
        if i < len(right_lines) and n > 1:
            _merged_text(ws, r, *right, right_lines[i][0], right_lines[i][1], center)
        ws.row_dimensions[r].height = 18
    row = rows + 1
    if h.place_date:
        _merged_text(ws, row, *right, h.place_date, f.italic, center)
        row += 1
    return row


def _form_corners(ws: Worksheet, h: DocumentHeader, left: tuple[int, int], right: tuple[int, int], n: int,
                  f: _Fonts) -> int:
    """The corner blocks of a statistical form: "Biểu số …" on the left, "Đơn vị báo cáo …" on
    the right, each line left-aligned and wrapped, the first line of each block bold."""
    align = Alignment(horizontal="left", vertical="top", wrap_text=True)
    widths = [ws.column_dimensions[get_column_letter(c)].width or 10 for c in range(1, n + 1)]
    left_w = sum(widths[left[0] - 1:left[1]])
    right_w = sum(widths[right[0] - 1:right[1]])
    rows = max(len(h.left_lines), len(h.right_lines))
    for i in range(rows):
        r = i + 1
        lines = 1
        if i < len(h.left_lines):
            _merged_text(ws, r, *left, h.left_lines[i], f.bold if i == 0 else f.normal, align)
            lines = max(lines, _lines(h.left_lines[i], max(10.0, left_w - 2)))
        if i < len(h.right_lines) and n > 1:
            _merged_text(ws, r, *right, h.right_lines[i], f.bold if i == 0 else f.normal, align)
            lines = max(lines, _lines(h.right_lines[i], max(10.0, right_w - 2)))
        ws.row_dimensions[r].height = round(lines * 16 + 2, 1)
    return rows + 1


def _number_row(ws: Worksheet, columns: Sequence[ReportColumn], row: int, f: _Fonts) -> int:
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    align = Alignment(horizontal="center", vertical="center")
    for c, col in enumerate(columns, start=1):
        cell = ws.cell(row=row, column=c)
        cell.font, cell.border, cell.alignment = f.bold, border, align
        set_safe(cell, col.number)
    return row + 1


def _column_headers(ws: Worksheet, columns: Sequence[ReportColumn], row: int, f: _Fonts) -> int:
    """Headers on 1 + (longest group path) rows. A group's cell spans the consecutive columns
    that share the path up to it; a leaf header fills its column down to the last header row."""
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    align = Alignment(horizontal="center", vertical="center", wrap_text=True)
    paths = [col.path for col in columns]
    depth = max((len(p) for p in paths), default=0) + 1
    last = row + depth - 1
    n = len(columns)
    for c in range(1, n + 1):
        for r in range(row, last + 1):
            cell = ws.cell(row=r, column=c)
            cell.font, cell.border, cell.alignment = f.bold, border, align
    widths = [ws.column_dimensions[get_column_letter(i)].width or 10 for i in range(1, n + 1)]
    # lines needed per header row: text anchored there over its merged width and height
    need = [1.0] * depth
    for level in range(depth - 1):
        c = 0
        while c < n:
            if len(paths[c]) <= level:
                c += 1
                continue
            prefix = paths[c][:level + 1]
            end = c
            while end + 1 < n and paths[end + 1][:level + 1] == prefix:
                end += 1
            r = row + level
            if end > c:
                ws.merge_cells(start_row=r, start_column=c + 1, end_row=r, end_column=end + 1)
            set_safe(ws.cell(row=r, column=c + 1), prefix[-1])
            need[level] = max(need[level], _lines(prefix[-1], max(4.0, sum(widths[c:end + 1]) - 1)))
            c = end + 1
    for c, col in enumerate(columns):
        r = row + len(paths[c])
        if last > r:
            ws.merge_cells(start_row=r, start_column=c + 1, end_row=last, end_column=c + 1)
        set_safe(ws.cell(row=r, column=c + 1), col.header)
        lines = _lines(col.header, max(4.0, widths[c] - 1))
        span = last - r + 1
        share = math.ceil(lines / span)
        for k in range(r - row, depth):
            need[k] = max(need[k], share)
    for k in range(depth):
        ws.row_dimensions[row + k].height = round(need[k] * 16 + 4, 1)
    return last + 1


def _signatures(ws: Worksheet, blocks: Sequence[SignatureBlock], row: int, n: int, f: _Fonts,
                date_line: str = "") -> int:
    """Signature blocks side by side, the last one on the right (under `date_line`)."""
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    k = len(blocks)
    spans = []
    width = max(1, n // k)
    for i in range(k):
        c1 = 1 + i * width
        c2 = n if i == k - 1 else c1 + width - 1
        spans.append((c1, max(c1, c2)))
    if date_line:
        _merged_text(ws, row, *spans[-1], date_line, f.italic, center)
        row += 1
    for (c1, c2), b in zip(spans, blocks):
        _merged_text(ws, row, c1, c2, b.title.upper() if b.upper else b.title, f.bold, center)
        if b.note:
            _merged_text(ws, row + 1, c1, c2, b.note, f.italic, center)
        if b.name:
            _merged_text(ws, row + 5, c1, c2, b.name, f.bold, center)
    return row + 6


def _print_setup(ws: Worksheet, spec: ReportSpec, widths: Sequence[float], header_first: int, header_last: int,
                 first_data: int) -> None:
    landscape = spec.landscape if spec.landscape is not None else sum(widths) > _LANDSCAPE_WIDTH
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_title_rows = f"{header_first}:{header_last}"
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.size = 10
    ws.freeze_panes = ws.cell(row=first_data, column=1).coordinate
