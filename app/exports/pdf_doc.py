"""Administrative documents in the NĐ 30/2020 layout with ReportLab (A4, Liberation Serif).

Shared by the ballot papers and the minutes: the header block (issuing body and agency on
the left; national motto — or "ĐẢNG CỘNG SẢN VIỆT NAM" for Party bodies — on the right,
each ruled underneath), paragraph styles, signature blocks, and a crash-safe writer
(temp file beside the target, then rename; a file open elsewhere raises FileLocked).
Pure output: DTOs in, a file out; never queries.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

from app.exports.layout import MARGINS_MM, HeaderLine, header_layout, wrap
from app.exports.pdf_fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts, string_width
from app.exports.xlsx_report import DocumentHeader, SignatureBlock
from app.rules.vntext import nfc
from app.safe_write import atomic_output, finish_file, temp_beside  # the crash-safe writer

__all__ = [
    "PAGE",
    "MARGINS",
    "DocumentHeader",
    "SignatureBlock",
    "styles",
    "esc",
    "header_flowable",
    "draw_header",
    "signature_table",
    "temp_beside",
    "finish_file",
    "fit_size",
    "number_pages",
    "build_pdf",
    "keep_with_last",
    "draw_centred_lines",
    "split_tail",
]

PAGE = A4
# NĐ 30/2020 Appendix I: top 20–25, bottom 20–25, left 30–35, right 15–20 mm.
MARGINS = tuple(v * mm for v in MARGINS_MM)  # left, right, top, bottom


def esc(text: str) -> str:
    """NFC text escaped for a Paragraph."""
    return nfc(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=SERIF, fontSize=13, leading=17, alignment=TA_JUSTIFY, spaceafter=4)
    return {
        "body": base,
        "left": ParagraphStyle("left", parent=base, alignment=TA_LEFT),
        "small": ParagraphStyle("small", parent=base, fontSize=11, leading=13, spaceAfter=0, alignment=TA_LEFT),
        "small_c": ParagraphStyle("small_c", parent=base, fontSize=11, leading=13, spaceAfter=0, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", parent=base, fontSize=12, leading=14, spaceAfter=0, alignment=TA_LEFT),
        "cell_c": ParagraphStyle("cell_c", parent=base, fontSize=12, leading=14, spaceAfter=0, alignment=TA_CENTER),
        "head_c": ParagraphStyle(
            "head_c", parent=base, fontName=SERIF_BOLD, fontSize=12, leading=14, spaceAfter=0, alignment=TA_CENTER
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=SERIF_BOLD,
            fontSize=14,
            leading=18,
            alignment=TA_CENTER,
            spaceBefore=10,
            spaceAfter=2,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontName=SERIF_BOLD, fontSize=13, leading=17, alignment=TA_CENTER, spaceAfter=8
        ),
        "italic_c": ParagraphStyle("italic_c", parent=base, fontName=SERIF_ITALIC, alignment=TA_CENTER),
        "heading": ParagraphStyle("heading", parent=base, fontName=SERIF_BOLD, spaceBefore=6),
    }


class _Rule(Flowable):
    """A centred horizontal rule under a header line (NĐ 30: a solid line under the agency
    name and under the motto)."""

    def __init__(self, width: float, total: float) -> None:
        super().__init__()
        self.width, self.total, self.height = width, total, 4

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.total, self.height

    def draw(self) -> None:
        x = (self.total - self.width) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(x, 3, x + self.width, 3)


def _block(lines: Sequence[HeaderLine], width: float) -> list[Flowable]:
    out: list[Flowable] = []
    for hl in lines:
        style = ParagraphStyle(
            f"h{hl.size}{hl.bold}{hl.italic}",
            fontName=hl.font,
            fontSize=hl.size,
            leading=hl.size * 1.2,
            alignment=TA_CENTER,
            spaceBefore=hl.gap_before,
            spaceAfter=0,
        )
        out.append(Paragraph(esc(hl.text), style))
        if hl.rule == "rule":
            out.append(_Rule(hl.rule_width, width))
        elif hl.rule == "star":
            out.append(
                Paragraph(
                    "*",
                    ParagraphStyle(
                        "hstar", fontName=SERIF, fontSize=hl.size, leading=hl.size * 1.1, alignment=TA_CENTER
                    ),
                )
            )
    return out


def header_flowable(h: DocumentHeader, width: float) -> Table:
    """The two-column header of NĐ 30 (`layout.header_layout`): left the issuing body and
    the agency (bold) ruled underneath — a "*" for Party bodies —, then the number; right
    the motto lines ruled underneath, then the place and date (italic). Each block wraps
    inside its own column."""
    register_fonts()
    lay = header_layout(h, width - 8)
    left_w, right_w = lay.left_width + 4, lay.right_width + 4
    t = Table([[_block(lay.left, left_w - 4), _block(lay.right, right_w - 4)]], colWidths=[left_w, right_w])
    # FONTNAME: a table's default (Helvetica) would be named, unembedded, in the PDF.
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
            ]
        )
    )
    return t


def fit_size(text: str, font: str, size: float, width: float, minimum: float = 8.0) -> float:
    """The largest size ≤ `size` (down to `minimum`) at which `text` fits `width`."""
    while size > minimum and string_width(text, font, size) > width:
        size -= 0.5
    return size


def draw_centred_lines(
    c: Canvas, text: str, *, font: str, size: float, cx: float, y: float, width: float, leading: float | None = None
) -> float:
    """`text` wrapped to `width` (measured in the font) and drawn centred on `cx` from the
    baseline `y` down; returns the baseline after the last line."""
    leading = leading or size * 1.2
    c.setFont(font, size)
    lines = wrap(text, width, size=size, font=font)
    for i, line in enumerate(lines):
        c.drawCentredString(cx, y, line)
        if i < len(lines) - 1:
            y -= leading
    return y


def _draw_block(c: Canvas, lines: Sequence[HeaderLine], cx: float, top: float, width: float) -> float:
    y = top
    first = True
    for hl in lines:
        y -= hl.gap_before + (hl.size if first else hl.size * 1.2)
        first = False
        y = draw_centred_lines(c, hl.text, font=hl.font, size=hl.size, cx=cx, y=y, width=width)
        if hl.rule == "rule":
            c.setLineWidth(0.6)
            c.line(cx - hl.rule_width / 2, y - 5, cx + hl.rule_width / 2, y - 5)
            y -= 5
        elif hl.rule == "star":
            y -= hl.size * 1.1
            c.setFont(SERIF, hl.size)
            c.drawCentredString(cx, y, "*")
    return y


def draw_header(c: Canvas, h: DocumentHeader, *, x0: float, x1: float, top: float) -> float:
    """The NĐ 30 header drawn straight on a canvas (fast, for many identical pages), each
    block wrapped inside its own column. Returns the y below it."""
    register_fonts()
    lay = header_layout(h, x1 - x0 - 8)
    lcx = x0 + (lay.left_width + 4) / 2
    rcx = x0 + lay.left_width + 4 + (lay.right_width + 4) / 2
    ly = _draw_block(c, lay.left, lcx, top, lay.left_width)
    ry = _draw_block(c, lay.right, rcx, top, lay.right_width)
    return min(ly, ry) - 4


def signature_table(blocks: Sequence[SignatureBlock], width: float) -> Table:
    """Signature blocks side by side (two a row): title bold upper, the note in italic,
    room to sign, the name bold."""
    st = styles()
    title = ParagraphStyle("sig_t", parent=st["body"], fontName=SERIF_BOLD, alignment=TA_CENTER, spaceAfter=0)
    note = ParagraphStyle("sig_n", parent=st["body"], fontName=SERIF_ITALIC, alignment=TA_CENTER, spaceAfter=0)
    name = ParagraphStyle("sig_name", parent=title, spaceBefore=48)
    cells = [
        [
            Paragraph(esc(b.title.upper() if b.upper else b.title).replace("\n", "<br/>"), title),
            Paragraph(esc(b.note), note),
            Paragraph(esc(b.name) or "&nbsp;", name),
        ]
        for b in blocks
    ]
    rows: list[list[object]] = [list(cells[i : i + 2]) for i in range(0, len(cells), 2)]
    if rows and len(rows[-1]) == 1 and len(cells) > 1:
        rows[-1] = [rows[-1][0], ""]
    cols = 2 if len(cells) > 1 else 1
    t = Table(rows, colWidths=[width / cols] * cols)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
            ]
        )
    )
    return t


def number_pages(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """NĐ 30/2020: page numbers from page 2, Arabic numerals, top centre (in the top
    margin, centred over the text width). For `SimpleDocTemplate.build(onFirstPage=…,
    onLaterPages=…)`."""
    if doc.page > 1:
        w, h = doc.pagesize
        canvas.setFont(SERIF, 13)
        canvas.drawCentredString(
            doc.leftMargin + (w - doc.leftMargin - doc.rightMargin) / 2, h - 14 * mm, str(doc.page)
        )


def keep_with_last(story: list, tail: Sequence, lines: int = 1) -> None:
    """Append `tail` (a signature block) kept on one page with the last `lines` flowables
    of `story`: a signature block never stands alone on a page."""
    last = story[-lines:] if lines else []
    del story[len(story) - len(last) :]
    story.append(KeepTogether([*last, *tail]))


def split_tail(
    rows: list, col_widths: Sequence[float], commands: Sequence[tuple], *, repeat: int = 1, tail: int = 2
) -> tuple[Table | None, Table]:
    """A long table as two: the body (its `repeat` header rows repeated on every page) and
    its last `tail` rows, to keep with what follows (a signature block). Style commands
    on all rows apply to both; commands on given rows go to the table holding them."""
    n = len(rows)
    cut = max(repeat, n - tail)
    if cut <= repeat:
        t = Table(rows, colWidths=col_widths, repeatRows=repeat)
        t.setStyle(TableStyle(list(commands)))
        return None, t
    head, body = [], []
    for cmd in commands:
        name, (c0, r0), (c1, r1), *rest = cmd
        r0n, r1n = (r0 if r0 >= 0 else n + r0), (r1 if r1 >= 0 else n + r1)
        if r0n < cut:
            head.append((name, (c0, r0n), (c1, min(r1n, cut - 1)), *rest))
        if r1n >= cut:
            body.append((name, (c0, max(r0n, cut) - cut), (c1, r1n - cut), *rest))
    main = Table(rows[:cut], colWidths=col_widths, repeatRows=repeat)
    main.setStyle(TableStyle(head))
    end = Table(rows[cut:], colWidths=col_widths)
    end.setStyle(TableStyle(body))
    return main, end


def build_pdf(
    story: list[Flowable],
    out: str | Path,
    *,
    title: str,
    pagesize: tuple[float, float] = PAGE,
    margins: Sequence[float] | None = None,
) -> Path:
    """Lay `story` out on A4 pages with the NĐ 30 margins and page numbers from page 2;
    temp file beside `out`, then rename. Every font embedded (no Helvetica default)."""
    register_fonts()
    out = Path(out)
    left, right, top, bottom = margins or MARGINS
    with atomic_output(out, suffix=".pdf.tmp") as tmp:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=pagesize,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=title,
            author="TĐKT Desk",
            creator="TĐKT Desk",
            initialFontName=SERIF,
        )
        doc.build(story, onFirstPage=number_pages, onLaterPages=number_pages)
    return out
