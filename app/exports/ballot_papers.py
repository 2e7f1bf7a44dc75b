"""Ballot papers (phiếu bầu) of a Council's secret ballot as PDF.

One paper per member plus spares, all identical: nothing on a paper identifies a member
(no serial number). Each paper: the agency header (national or Party per the settings),
"PHIẾU BẦU" and the award group, the instructions (strike out — gạch tên — the names you do
not approve), the numbered candidate list with units, and on every page a box for the
counting committee's stamp. Long lists paginate: every page repeats the header, the title
("tiếp theo") and the table's column heads, and says "Trang 2/3".

Each distinct page is drawn once as a PDF form and placed on every copy (a 60-copy batch is
barely larger than one paper). Pure output: takes a DTO, never queries.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.errors import BadInput, Cancelled
from app.exports.layout import header_layout, wrap
from app.exports.pdf_doc import MARGINS, PAGE, DocumentHeader, draw_header, fit_size
from app.exports.pdf_fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts, string_width
from app.exports.scan_marks import NameBox, PageCode, ScanLayout, ballot_fingerprint, draw_scan_marks, layout_keywords
from app.rules.vntext import nfc
from app.safe_write import atomic_output

__all__ = ["BallotPaperData", "paginate", "render_ballot_papers", "instructions", "scan_layout"]

Progress = Callable[[int, int], None]
MM = 72.0 / 25.4
ROW_H = 7.5 * MM
HEAD_ROW_H = 8 * MM
FOOTER_H = 32 * MM
STAMP_W, STAMP_H = 58 * MM, 24 * MM


@dataclasses.dataclass(frozen=True)
class BallotPaperData:
    """What a paper shows. `candidates`: (number, full name, unit) in ballot order;
    `copies`: members + spares."""

    header: DocumentHeader
    subject: str  # "Danh hiệu Chiến sĩ thi đua cơ sở năm 2024"
    meeting_line: str  # "Phiên họp Hội đồng Thi đua - Khen thưởng ngày 20 tháng 01 năm 2025"
    candidates: tuple[tuple[int, str, str], ...]
    copies: int
    max_approvals: int | None = None
    title: str = "PHIẾU BẦU"


def instructions(data: BallotPaperData) -> list[str]:
    """The printed instructions, one paragraph each."""
    lines = [
        "Đồng ý người nào thì để nguyên tên người đó; không đồng ý người nào thì gạch ngang họ tên "
        "người đó (gạch tên người không đồng ý).",
    ]
    if data.max_approvals:
        lines.append(
            f"Mỗi phiếu chỉ được đồng ý tối đa {data.max_approvals} người; phiếu đồng ý nhiều hơn "
            "là phiếu không hợp lệ."
        )
    lines.append(
        "Phiếu không có dấu của Ban kiểm phiếu, phiếu ghi thêm tên người ngoài danh sách hoặc "
        "có ký hiệu riêng là phiếu không hợp lệ."
    )
    return lines


def _title_lines(data: BallotPaperData, width: float) -> tuple[list[str], list[str]]:
    subject = wrap(nfc(data.subject).upper(), width, size=13, bold=True)
    meeting = wrap(f"({nfc(data.meeting_line)})", width, size=12, italic=True) if data.meeting_line else []
    return subject, meeting


def _top_height(data: BallotPaperData, width: float) -> float:
    """Points from the top margin to the table on a page after the first: the header
    (each block wrapped in its column), the title, the wrapped subject and meeting line."""
    lay = header_layout(data.header, width - 8)
    subject, meeting = _title_lines(data, width)
    return max(lay.height("left"), lay.height("right")) + 4 + 26 + 18 + 16 * len(subject) + 15 * len(meeting) + 12


def _layout(data: BallotPaperData) -> tuple[int, int]:
    """Rows per page: the first page also holds the instructions."""
    w, h = PAGE
    left, right, top, bottom = MARGINS
    width = w - left - right
    instr_lines = sum(len(simpleSplit("– " + nfc(t), SERIF, 12, width)) for t in instructions(data))
    body_top = h - top - _top_height(data, width)
    first_rows = int((body_top - 15 - instr_lines * 15 - 7 - HEAD_ROW_H - (bottom + FOOTER_H)) // ROW_H)
    other_rows = int((body_top - HEAD_ROW_H - (bottom + FOOTER_H)) // ROW_H)
    return max(first_rows, 1), max(other_rows, 1)


def paginate(data: BallotPaperData) -> list[tuple[tuple[int, str, str], ...]]:
    """The candidates of each page of one paper."""
    first, other = _layout(data)
    cands = list(data.candidates)
    pages = [tuple(cands[:first])]
    rest = cands[first:]
    while rest:
        pages.append(tuple(rest[:other]))
        rest = rest[other:]
    return pages


def _draw_page(
    c: Canvas,
    data: BallotPaperData,
    rows: Sequence[tuple[int, str, str]],
    page: int,
    pages: int,
    boxes: list | None = None,
    fingerprint: int = 0,
) -> None:
    w, h = PAGE
    left, right, top, bottom = MARGINS
    x0, x1 = left, w - right
    width = x1 - x0
    cx = x0 + width / 2
    y = draw_header(c, data.header, x0=x0, x1=x1, top=h - top)
    y -= 26
    title = nfc(data.title) + (" (tiếp theo)" if page > 1 else "")
    c.setFont(SERIF_BOLD, 16)
    c.drawCentredString(cx, y, title)
    y -= 18
    subject, meeting = _title_lines(data, width)
    c.setFont(SERIF_BOLD, 13)
    for line in subject:
        c.drawCentredString(cx, y, line)
        y -= 16
    c.setFont(SERIF_ITALIC, 12)
    for line in meeting:
        c.drawCentredString(cx, y, line)
        y -= 15
    y -= 12
    if page == 1:
        c.setFont(SERIF_BOLD, 12)
        c.drawString(x0, y, "Hướng dẫn:")
        y -= 15
        c.setFont(SERIF, 12)
        for text in instructions(data):
            for part in simpleSplit("– " + nfc(text), SERIF, 12, width):
                c.drawString(x0, y, part)
                y -= 15
        y -= 7
    # The table: STT | Họ và tên | Đơn vị công tác.
    cols = [x0, x0 + 14 * MM, x0 + 14 * MM + 72 * MM, x1]
    c.setLineWidth(0.6)
    table_top = y
    c.setFont(SERIF_BOLD, 12)
    for (a, b), label in zip(zip(cols, cols[1:]), ("STT", "Họ và tên", "Đơn vị công tác")):
        c.drawCentredString((a + b) / 2, y - HEAD_ROW_H + 7, label)
    y -= HEAD_ROW_H
    c.line(x0, y, x1, y)
    for number, name, unit in rows:
        base = y - ROW_H + 6.5
        c.setFont(SERIF, 12)
        c.drawCentredString((cols[0] + cols[1]) / 2, base, str(number))
        name = nfc(name)
        name_w = cols[2] - cols[1] - 8
        name_size = fit_size(name, SERIF_BOLD, 13, name_w, 8)
        c.setFont(SERIF_BOLD, name_size)
        c.drawString(cols[1] + 4, base, name)
        if boxes is not None:  # where the reader of scans looks (app/scan_reader.py)
            boxes.append(
                NameBox(
                    number,
                    cols[1],
                    y - ROW_H,
                    cols[2],
                    y,
                    cols[1] + 4,
                    cols[1] + 4 + string_width(name, SERIF_BOLD, name_size),
                )
            )
        unit = nfc(unit)
        unit_w = cols[3] - cols[2] - 8
        if string_width(unit, SERIF, 11) <= unit_w:
            c.setFont(SERIF, 11)
            c.drawString(cols[2] + 4, base, unit)
        else:
            size = 9.0
            parts = wrap(unit, unit_w, size=size)
            while len(parts) > 2 and size > 7.5:
                size -= 0.5
                parts = wrap(unit, unit_w, size=size)
            if len(parts) > 2:  # still too long: the second line ends with an ellipsis
                rest = " ".join(parts[1:])
                while rest and string_width(rest + "…", SERIF, size) > unit_w:
                    rest = rest[:-1]
                parts = [parts[0], rest.rstrip() + "…"]
            c.setFont(SERIF, size)
            if len(parts) == 1:
                c.drawString(cols[2] + 4, base, parts[0])
            else:
                b1 = y - 1.5 - 0.891 * size
                c.drawString(cols[2] + 4, b1, parts[0])
                c.drawString(cols[2] + 4, b1 - 1.1 * size, parts[1])
        y -= ROW_H
        c.line(x0, y, x1, y)
    for x in cols:
        c.line(x, table_top, x, y)
    c.line(x0, table_top, x1, table_top)
    # Footer: the committee's stamp box (every page: a page cannot be swapped) and the page.
    fy = bottom
    c.setDash(3, 2)
    c.rect(x1 - STAMP_W, fy, STAMP_W, STAMP_H)
    c.setDash()
    c.setFont(SERIF_ITALIC, 10.5)
    c.drawCentredString(x1 - STAMP_W / 2, fy + STAMP_H - 12, "Dấu của Ban kiểm phiếu")
    c.setFont(SERIF_ITALIC, 11)
    c.drawString(
        x0, fy + 4, f"Trang {page}/{pages}" + (f" — danh sách có {len(data.candidates)} người" if pages > 1 else "")
    )
    _draw_scan_marks(c, fingerprint, page, pages)


def _draw_scan_marks(c: Canvas, fingerprint: int, page: int, pages: int) -> None:
    """Alignment squares and the page code (same on every paper) for the scan reader."""
    # The code is read from its squares; no text in the margin (the layout check: NĐ 30 margins).
    draw_scan_marks(c, PAGE[0], PAGE[1], PageCode(fingerprint, page, pages))


def scan_layout(data: BallotPaperData) -> ScanLayout:
    """Where each candidate's name lies on each page (points), from the same drawing code
    as the PDF: the pages are drawn on a throwaway canvas that records the name boxes."""
    register_fonts()
    c = Canvas(io.BytesIO(), pagesize=PAGE)
    pages = paginate(data)
    out = []
    for i, rows in enumerate(pages, start=1):
        boxes: list = []
        _draw_page(c, data, rows, i, len(pages), boxes)
        c.showPage()
        out.append(tuple(boxes))
    layout = ScanLayout(ballot=0, page_w=PAGE[0], page_h=PAGE[1], candidates=len(data.candidates), pages=tuple(out))
    # The fingerprint covers what the paper shows AND where the names lie, so papers printed
    # with another header or by another version of the program are never read with this layout.
    fingerprint = ballot_fingerprint(repr(dataclasses.replace(data, copies=1)) + layout.to_json())
    return dataclasses.replace(layout, ballot=fingerprint)


def render_ballot_papers(
    data: BallotPaperData,
    out: str | Path,
    *,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write `data.copies` identical papers to `out`; returns the page count. Raises
    BadInput (no candidate, no copy), FileLocked, Cancelled. Worker-thread safe."""
    if not data.candidates:
        raise BadInput("ballot_papers.no_candidates")
    if data.copies < 1:
        raise BadInput("ballot_papers.count_positive")
    register_fonts()
    out = Path(out)
    pages = paginate(data)
    with atomic_output(out, suffix=".pdf.tmp") as tmp:
        c = Canvas(str(tmp), pagesize=PAGE, initialFontName=SERIF)  # no unembedded Helvetica
        c.setTitle(f"{data.title} – {nfc(data.subject)}")
        c.setAuthor("TĐKT Desk")
        c.setCreator("TĐKT Desk")
        layout = scan_layout(data)
        c.setKeywords(layout_keywords(layout))
        for i, rows in enumerate(pages, start=1):
            c.beginForm(f"page{i}")
            _draw_page(c, data, rows, i, len(pages), fingerprint=layout.ballot)
            c.endForm()
        for copy in range(data.copies):
            if is_cancelled and is_cancelled():
                raise Cancelled()
            for i in range(1, len(pages) + 1):
                c.doForm(f"page{i}")
                c.showPage()
            if progress:
                progress(copy + 1, data.copies)
        c.save()
    return len(pages) * data.copies
