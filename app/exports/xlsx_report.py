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
import functools
import math
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from app.errors import Cancelled
from app.exports.layout import MARGINS_MM, NATIONAL_LINE_1, NATIONAL_LINE_2, PARTY_LINE, header_layout, wrap  # noqa: F401 (re-exported)
from app.exports.xlsx_io import save_workbook, set_safe
from app.rules.document import DocumentHeader  # noqa: F401 (re-exported; a plain data type)

Progress = Callable[[int, int], None]

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


def write_report(
    spec: ReportSpec,
    path: str | Path,
    *,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write one report to `path` (xlsx). Raises FileLocked, BadInput, Cancelled."""
    wb = Workbook()
    ws = wb.active
    add_report_sheet(ws, spec, progress=progress, is_cancelled=is_cancelled)
    return save_workbook(wb, path)


def add_report_sheet(
    ws: Worksheet, spec: ReportSpec, *, progress: Progress | None = None, is_cancelled: Callable[[], bool] | None = None
) -> ReportLayout:
    """Lay the report out on an existing (empty) worksheet; several reports make one workbook."""
    ws.title = spec.sheet_title[:31]
    n = len(spec.columns)
    widths = _widths(spec)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    f = _Fonts(spec.font_name, spec.font_size)
    total_pt = sum(_points(w) for w in widths)
    row = _document_header(ws, spec.header, n, f)
    _gap(ws, row)
    row += 1
    _merged_text(ws, row, 1, n, spec.title, f.title, Alignment(horizontal="center", vertical="center", wrap_text=True))
    _fit_height(ws, row, spec.title, total_pt, spec.font_size + 2, bold=True)
    row += 1
    if spec.subtitle:
        _merged_text(
            ws, row, 1, n, spec.subtitle, f.italic, Alignment(horizontal="center", vertical="center", wrap_text=True)
        )
        _fit_height(ws, row, spec.subtitle, total_pt, spec.font_size, italic=True)
        row += 1
    if spec.above_table:
        _merged_text(ws, row, 1, n, spec.above_table, f.italic, Alignment(horizontal="right", wrap_text=True))
        _fit_height(ws, row, spec.above_table, total_pt, spec.font_size, italic=True)
        row += 1
    else:
        _gap(ws, row)
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
    line_height = spec.font_size * 1.2
    text_pt = [max(6.0, _points(w) - 5) for w in widths]
    for section in spec.sections:
        if section.title and not section.rows:
            continue  # no empty "II. Tập thể (0)"
        if section.title:
            _fit_height(ws, row, section.title, total_pt - 5, spec.font_size, bold=True)
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
                    if col.wrap and isinstance(value, str) and value:
                        lines = max(lines, _cell_lines(value, text_pt[c - 1], spec.font_size, True))
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
                if col.wrap and isinstance(value, str) and value:
                    lines = max(lines, _cell_lines(value, text_pt[c - 1], spec.font_size, False))
            ws.row_dimensions[row].height = round(lines * line_height + 4, 1)
            row += 1
            done += 1
            if done % 500 == 0:
                if is_cancelled is not None and is_cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(done, total)
    last_data = row - 1
    _gap(ws, row)
    row += 1
    for note in spec.notes:
        _merged_text(ws, row, 1, n, note, f.italic, Alignment(horizontal="left", vertical="top", wrap_text=True))
        _fit_height(ws, row, note, total_pt - 5, spec.font_size, italic=True)
        row += 1
    if spec.signatures:
        _gap(ws, row)
        row = _signatures(ws, spec.signatures, row + 1, n, f, spec.signature_date, widths)
    _print_setup(ws, spec, widths, header_first, header_last, first_data, last_data, row - 1)
    if progress is not None:
        progress(total, total)
    return ReportLayout((header_first, header_last), first_data, last_data)


def _style_cell(cell: Cell, col: ReportColumn, font: Font, border: Border) -> None:
    cell.font, cell.border = font, border
    cell.alignment = Alignment(
        horizontal=_align(col), vertical="center" if col.kind != "text" else "top", wrap_text=col.wrap
    )
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


def _points(width_chars: float) -> float:
    """A column's width in points (Excel's width unit: characters of the default font's
    digit, 7 px, plus 5 px of padding, at 96 px per inch)."""
    return (width_chars * 7 + 5) * 0.75


def _print_points(width_chars: float) -> float:
    """A column's printed width, the wider of Excel's (`_points`) and LibreOffice's
    (measured: 7 pt a character): the scale that fits the page in one fits it in both."""
    return max(_points(width_chars), width_chars * 7.0 + 1)


def _cell_lines(text: str, width_pt: float, size: float, bold: bool = False, italic: bool = False) -> int:
    """Lines `text` wraps to in a cell `width_pt` wide, measured in the serif's metrics
    (short texts are not measured: one line; repeated texts are measured once)."""
    if "\n" not in text and len(text) * size * 0.42 < width_pt:
        return 1
    return _measured_lines(text, width_pt, size, bold, italic)


@functools.lru_cache(maxsize=16384)
def _measured_lines(text: str, width_pt: float, size: float, bold: bool, italic: bool) -> int:
    return max(1, len(wrap(text, width_pt, size=size, bold=bold, italic=italic)))


def _fit_height(
    ws: Worksheet,
    row: int,
    text: str,
    width_pt: float,
    size: float,
    *,
    bold: bool = False,
    italic: bool = False,
    extra: float = 0.0,
) -> None:
    """Height of a (merged) row from the lines of its text: spreadsheet programs do not fit
    merged cells themselves."""
    lines = _cell_lines(text, width_pt, size, bold, italic)
    ws.row_dimensions[row].height = round(lines * size * 1.2 + 5 + extra, 1)


def _gap(ws: Worksheet, row: int, height: float = 8) -> None:
    ws.row_dimensions[row].height = height


def _widths(spec: ReportSpec) -> list[float]:
    """Given widths, or widths fitted to the longest line of header and values (10–60)."""
    out = []
    for i, col in enumerate(spec.columns):
        if col.width is not None:
            out.append(float(col.width))
            continue
        longest = max((len(w) for w in col.header.split()), default=4) + 2
        for section in spec.sections:
            for r in section.rows[:2000]:
                values = r.values if isinstance(r, ReportRow) else r
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


def _split(n: int) -> tuple[tuple[int, int], tuple[int, int]]:
    split = max(1, min(n - 1, round(n * 0.4))) if n > 1 else 1
    return (1, split), ((split + 1, n) if n > 1 else (1, 1))


def _rule_columns(ws: Worksheet, c1: int, c2: int) -> tuple[int, int]:
    """The middle columns of c1..c2 covering about a third of the block: where a short
    rule (a bottom border) goes."""
    widths = [_points(ws.column_dimensions[get_column_letter(c)].width or 10) for c in range(c1, c2 + 1)]
    total = sum(widths)
    mid = total / 2
    pos, centre = 0.0, c1
    for i, w in enumerate(widths):
        if pos + w >= mid:
            centre = c1 + i
            break
        pos += w
    lo = hi = centre
    while sum(widths[lo - c1 : hi - c1 + 1]) < total / 4 and (lo > c1 or hi < c2):
        if hi < c2:
            hi += 1
        if sum(widths[lo - c1 : hi - c1 + 1]) < total / 4 and lo > c1:
            lo -= 1
    return lo, hi


def _document_header(ws: Worksheet, h: DocumentHeader, n: int, f: _Fonts) -> int:
    """The NĐ 30 header (`layout.header_layout`). Left, the agency block: one row per line
    group (issuing body, agency name in bold, the short rule — a bottom border on the
    middle columns — or the Party "*", the number), each row as high as its wrapped
    lines. Right, the motto block: one merged cell over those rows holding the motto lines
    (the last underlined) and the place and date as rich text, so the motto lines stay
    together however many lines the agency's name takes."""

    left, right = _split(n)
    if h.header_style == "form":
        return _form_corners(ws, h, left, right, n, f)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def width(c1: int, c2: int) -> float:
        return sum(_points(ws.column_dimensions[get_column_letter(c)].width or 10) for c in range(c1, c2 + 1)) - 5

    lw, rw = width(*left), width(*right)
    size = f.normal.sz or 12
    lay = header_layout(h, lw + rw, size=size + 1)
    name = f.normal.name
    thin = Side(style="thin")
    heights: list[float] = []
    r = 0
    for hl in lay.left:
        r += 1
        font = Font(name=name, size=hl.size, bold=hl.bold, italic=hl.italic)
        _merged_text(ws, r, *left, hl.text, font, center)
        lines = len(wrap(hl.text, lw, size=hl.size, bold=hl.bold, italic=hl.italic))
        heights.append(lines * hl.size * 1.2 + 3 + hl.gap_before)
        if hl.rule == "rule":
            r += 1
            lo, hi = _rule_columns(ws, *left)
            for c in range(lo, hi + 1):
                ws.cell(row=r, column=c).border = Border(top=thin)
            heights.append(6)
        elif hl.rule == "star":
            r += 1
            _merged_text(ws, r, *left, "*", Font(name=name, size=hl.size), center)
            heights.append(hl.size * 1.2 + 2)
    rows = max(r, 1)
    heights += [0.0] * (rows - len(heights))
    # The motto block: rich text in one merged cell over the agency block's rows.
    parts, need = [], 4.0
    for i, hl in enumerate(lay.right):
        text = ("\n" if i else "") + ("\n" if hl.gap_before else "") + hl.text
        font = InlineFont(
            rFont=name, sz=hl.size, b=hl.bold or None, i=hl.italic or None, u="single" if hl.rule == "rule" else None
        )
        parts.append(TextBlock(font, text))
        need += (
            (len(wrap(hl.text, rw, size=hl.size, bold=hl.bold, italic=hl.italic)) + (1 if hl.gap_before else 0))
            * hl.size
            * 1.2
        )
    if n > 1:
        if rows > 1:
            ws.merge_cells(start_row=1, start_column=right[0], end_row=rows, end_column=right[1])
        elif right[1] > right[0]:
            ws.merge_cells(start_row=1, start_column=right[0], end_row=1, end_column=right[1])
        cell = ws.cell(row=1, column=right[0])
        cell.value = CellRichText(*parts)
        cell.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
        short = need - sum(heights)
        if short > 0:
            heights[-1] += short
    for i, height in enumerate(heights, start=1):
        ws.row_dimensions[i].height = round(max(height, 6), 1)
    return rows + 1


def _form_corners(
    ws: Worksheet, h: DocumentHeader, left: tuple[int, int], right: tuple[int, int], n: int, f: _Fonts
) -> int:
    """The corner blocks of a statistical form: "Biểu số …" on the left, "Đơn vị báo cáo …" on
    the right, each line left-aligned and wrapped, the first line of each block bold."""
    align = Alignment(horizontal="left", vertical="top", wrap_text=True)
    widths = [ws.column_dimensions[get_column_letter(c)].width or 10 for c in range(1, n + 1)]
    left_w = sum(widths[left[0] - 1 : left[1]])
    right_w = sum(widths[right[0] - 1 : right[1]])
    rows = max(len(h.left_lines), len(h.right_lines))
    for i in range(rows):
        r = i + 1
        lines = 1
        if i < len(h.left_lines):
            _merged_text(ws, r, *left, h.left_lines[i], f.bold if i == 0 else f.normal, align)
            lines = max(lines, _cell_lines(h.left_lines[i], _points(left_w) - 5, f.normal.sz or 12, i == 0))
        if i < len(h.right_lines) and n > 1:
            _merged_text(ws, r, *right, h.right_lines[i], f.bold if i == 0 else f.normal, align)
            lines = max(lines, _cell_lines(h.right_lines[i], _points(right_w) - 5, f.normal.sz or 12, i == 0))
        ws.row_dimensions[r].height = round(lines * (f.normal.sz or 12) * 1.2 + 5, 1)
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
            prefix = paths[c][: level + 1]
            end = c
            while end + 1 < n and paths[end + 1][: level + 1] == prefix:
                end += 1
            r = row + level
            if end > c:
                ws.merge_cells(start_row=r, start_column=c + 1, end_row=r, end_column=end + 1)
            set_safe(ws.cell(row=r, column=c + 1), prefix[-1])
            need[level] = max(
                need[level],
                _cell_lines(prefix[-1], sum(_points(w) for w in widths[c : end + 1]) - 5, f.bold.sz or 12, True),
            )
            c = end + 1
    for c, col in enumerate(columns):
        r = row + len(paths[c])
        if last > r:
            ws.merge_cells(start_row=r, start_column=c + 1, end_row=last, end_column=c + 1)
        set_safe(ws.cell(row=r, column=c + 1), col.header)
        lines = _cell_lines(col.header, _points(widths[c]) - 5, f.bold.sz or 12, True) if col.header else 1
        span = last - r + 1
        share = math.ceil(lines / span)
        for k in range(r - row, depth):
            need[k] = max(need[k], share)
    for k in range(depth):
        ws.row_dimensions[row + k].height = round(need[k] * (f.bold.sz or 12) * 1.2 + 6, 1)
    return last + 1


def _signatures(
    ws: Worksheet,
    blocks: Sequence[SignatureBlock],
    row: int,
    n: int,
    f: _Fonts,
    date_line: str = "",
    widths: Sequence[float] = (),
) -> int:
    """Signature blocks, two a row (three when there are three and the sheet is wide), the
    last one on the right (under `date_line`): the title in bold (wrapped, its row as high
    as its lines), the note in italic, room to sign, the name in bold."""
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    k = len(blocks)
    per_row = 3 if k == 3 and n >= 6 else min(k, 2)
    size = f.normal.sz or 12
    pts = [_points(w) for w in widths] if widths else [_points(10)] * n

    def spans_of(count: int) -> list[tuple[int, int]]:
        if count == 1 and n > 1:
            left, right = _split(n)
            return [right]
        width = max(1, n // count)
        out = []
        for i in range(count):
            c1 = 1 + i * width
            c2 = n if i == count - 1 else c1 + width - 1
            out.append((c1, max(c1, c2)))
        return out

    groups = [list(blocks[i : i + per_row]) for i in range(0, k, per_row)]
    # the last block (the head) signs on the right of the first row: rotate so it ends there
    for gi, group in enumerate(groups):
        spans = spans_of(per_row if len(group) == per_row or gi == 0 else len(group))
        if len(group) < len(spans):
            spans = spans[len(spans) - len(group) :]
        if gi == 0 and date_line:
            _merged_text(ws, row, *spans[-1], date_line, f.italic, center)
            _fit_height(ws, row, date_line, sum(pts[spans[-1][0] - 1 : spans[-1][1]]) - 5, size, italic=True)
            row += 1
        title_h = 0.0
        for (c1, c2), b in zip(spans, group):
            title = b.title.upper() if b.upper else b.title
            _merged_text(ws, row, c1, c2, title, f.bold, center)
            lines = _cell_lines(title, sum(pts[c1 - 1 : c2]) - 5, size, True)
            title_h = max(title_h, lines * size * 1.2 + 4)
            if b.note:
                _merged_text(ws, row + 1, c1, c2, b.note, f.italic, center)
            if b.name:
                _merged_text(ws, row + 5, c1, c2, b.name, f.bold, center)
        ws.row_dimensions[row].height = round(title_h, 1)
        ws.row_dimensions[row + 1].height = round(size * 1.2 + 4, 1)
        for r in range(row + 2, row + 5):
            ws.row_dimensions[r].height = 15
        ws.row_dimensions[row + 5].height = round(size * 1.2 + 4, 1)
        row += 7
    return row - 1


def _row_height(ws: Worksheet, r: int) -> float:
    h = ws.row_dimensions[r].height if r in ws.row_dimensions else None
    return float(h) if h else 15.75


def _print_setup(
    ws: Worksheet,
    spec: ReportSpec,
    widths: Sequence[float],
    header_first: int,
    header_last: int,
    first_data: int,
    last_data: int | None = None,
    last_row: int | None = None,
) -> None:
    """A4, the NĐ 30 margins, page numbers from page 2 (top centre), the column headers
    repeated; scaled to the page width and broken into pages here, so that the signature
    block always stays with the last rows of the table (a spreadsheet program left to
    itself may put it alone on the last page)."""
    landscape = spec.landscape if spec.landscape is not None else sum(widths) > _LANDSCAPE_WIDTH
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    left, right, top, bottom = (v / 25.4 for v in MARGINS_MM)
    ws.page_margins.left, ws.page_margins.right = left, right
    ws.page_margins.top, ws.page_margins.bottom = top, bottom
    ws.page_margins.header, ws.page_margins.footer = 0.5, 0.3  # the page number ~13 mm from the top
    ws.print_options.horizontalCentered = True
    ws.print_title_rows = f"{header_first}:{header_last}"
    # NĐ 30: the page number from page 2, top centre (the first page has an empty header).
    ws.HeaderFooter.differentFirst = True
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.size = 13
    ws.oddHeader.center.font = f"{spec.font_name},Regular"
    ws.freeze_panes = ws.cell(row=first_data, column=1).coordinate
    page_w, page_h = (297.0, 210.0) if landscape else (210.0, 297.0)
    avail_w = (page_w - MARGINS_MM[0] - MARGINS_MM[1]) * 72 / 25.4
    avail_h = (page_h - MARGINS_MM[2] - MARGINS_MM[3]) * 72 / 25.4 - 14  # the page number's room
    total_w = sum(_print_points(w) for w in widths)
    scale = min(1.0, avail_w / total_w) if total_w else 1.0
    last_row = last_row or ws.max_row
    heights = {r: _row_height(ws, r) for r in range(1, last_row + 1)}
    whole = sum(heights.values())
    if whole * scale <= avail_h * 0.97:
        pct = int(scale * 100)
    elif whole * scale <= avail_h * 1.25 and avail_h * 0.97 / whole >= 0.6:
        # a little over one page: shrink it onto one page (no page of signatures alone)
        pct = int(min(scale, avail_h * 0.97 / whole) * 100)
    else:
        pct = int(scale * 100)
        _break_rows(
            ws,
            heights,
            avail_h * 0.95 / (pct / 100),
            header_first,
            header_last,
            first_data,
            last_data or last_row,
            last_row,
        )
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.scale = max(10, min(100, pct))


def _break_rows(
    ws: Worksheet,
    heights: dict[int, float],
    page: float,
    header_first: int,
    header_last: int,
    first_data: int,
    last_data: int,
    last_row: int,
) -> None:
    """Manual page breaks: pages filled row by row (the column headers repeat on every
    page), the last two table rows kept with the notes and signatures below them."""
    repeat = sum(heights[r] for r in range(header_first, header_last + 1))
    tail_start = max(first_data, last_data - 1)
    tail = sum(heights[r] for r in range(tail_start, last_row + 1))
    used, r = 0.0, 1
    while r <= last_row:
        if r == tail_start and used + tail > page and used > repeat:
            ws.row_breaks.append(Break(id=r - 1))
            used = repeat
        h = heights[r]
        if used + h > page and used > repeat and r < tail_start:
            ws.row_breaks.append(Break(id=r - 1))
            used = repeat
        used += h
        r += 1
