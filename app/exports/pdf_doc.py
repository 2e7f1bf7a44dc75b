"""Administrative documents in the NĐ 30/2020 layout with ReportLab (A4, Liberation Serif).

Shared by the ballot papers and the minutes: the header block (issuing body and agency on
the left; national motto — or "ĐẢNG CỘNG SẢN VIỆT NAM" for Party bodies — on the right,
each ruled underneath), paragraph styles, signature blocks, and a crash-safe writer
(temp file beside the target, then rename; a file open elsewhere raises FileLocked).
Pure output: DTOs in, a file out; never queries.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.exports.pdf_fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts, string_width
from app.exports.xlsx_report import NATIONAL_LINE_1, NATIONAL_LINE_2, PARTY_LINE, DocumentHeader, SignatureBlock
from app.rules.vntext import nfc
from app.safe_write import finish_file, temp_beside  # the crash-safe writer (app.safe_write)

__all__ = ["PAGE", "MARGINS", "DocumentHeader", "SignatureBlock", "styles", "esc", "header_flowable", "draw_header",
           "signature_table", "temp_beside", "finish_file", "fit_size"]

PAGE = A4
# NĐ 30/2020 Appendix I: top 20–25, bottom 20–25, left 30–35, right 15–20 mm.
MARGINS = (30 * mm, 15 * mm, 20 * mm, 20 * mm)  # left, right, top, bottom


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
        "small_c": ParagraphStyle("small_c", parent=base, fontSize=11, leading=13, spaceAfter=0,
                                  alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", parent=base, fontSize=12, leading=14, spaceAfter=0, alignment=TA_LEFT),
        "cell_c": ParagraphStyle("cell_c", parent=base, fontSize=12, leading=14, spaceAfter=0,
                                 alignment=TA_CENTER),
        "head_c": ParagraphStyle("head_c", parent=base, fontName=SERIF_BOLD, fontSize=12, leading=14,
                                 spaceAfter=0, alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=base, fontName=SERIF_BOLD, fontSize=14, leading=18,
                                alignment=TA_CENTER, spaceBefore=10, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontName=SERIF_BOLD, fontSize=13, leading=17,
                                   alignment=TA_CENTER, spaceAfter=8),
        "italic_c": ParagraphStyle("italic_c", parent=base, fontName=SERIF_ITALIC, alignment=TA_CENTER),
        "heading": ParagraphStyle("heading", parent=base, fontName=SERIF_BOLD, spaceBefore=6),
    }


class _Rule(Flowable):
    """A centred horizontal rule under a header line (NĐ 30: a solid line under the motto)."""

    def __init__(self, width: float, total: float) -> None:
        super().__init__()
        self.width, self.total, self.height = width, total, 2

    def wrap(self, aw, ah):
        return self.total, self.height

    def draw(self) -> None:
        x = (self.total - self.width) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(x, 1, x + self.width, 1)


def header_flowable(h: DocumentHeader, width: float) -> Table:
    """The two-column header of NĐ 30: left the issuing body (upper) and the agency (upper,
    bold) ruled underneath, then the number; right the motto lines ruled underneath, then
    the place and date (italic)."""
    st = styles()
    left_w, right_w = width * 0.42, width * 0.58
    c = ParagraphStyle("hc", parent=st["body"], alignment=TA_CENTER, fontSize=12, leading=15, spaceAfter=0)
    cb = ParagraphStyle("hcb", parent=c, fontName=SERIF_BOLD)
    cb13 = ParagraphStyle("hcb13", parent=cb, fontSize=13, leading=16)
    ci = ParagraphStyle("hci", parent=c, fontName=SERIF_ITALIC, fontSize=13, leading=16)
    left: list = []
    if h.issuing_body:
        left.append(Paragraph(esc(h.issuing_body.upper()), c))
    if h.agency_name:
        left.append(Paragraph(esc(h.agency_name.upper()), cb))
        left.append(_Rule(left_w * 0.35, left_w - 4))
    if h.number:
        left.append(Paragraph(esc(h.number), c))
    right: list = []
    if h.header_style == "party":
        right.append(Paragraph(esc(PARTY_LINE), cb13))
        right.append(_Rule(right_w * 0.55, right_w - 4))
    else:
        right.append(Paragraph(esc(NATIONAL_LINE_1), cb))
        right.append(Paragraph(esc(NATIONAL_LINE_2), cb13))
        right.append(_Rule(string_width(NATIONAL_LINE_2, SERIF_BOLD, 13), right_w - 4))
    if h.place_date:
        right.append(Paragraph("&nbsp;", ParagraphStyle("gap", parent=c, fontSize=4, leading=4)))
        right.append(Paragraph(esc(h.place_date), ci))
    t = Table([[left, right]], colWidths=[left_w, right_w])
    # FONTNAME: a table's default (Helvetica) would be named, unembedded, in the PDF.
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("FONTNAME", (0, 0), (-1, -1), SERIF)]))
    return t


def fit_size(text: str, font: str, size: float, width: float, minimum: float = 8.0) -> float:
    """The largest size ≤ `size` (down to `minimum`) at which `text` fits `width`."""
    while size > minimum and string_width(text, font, size) > width:
        size -= 0.5
    return size


def _centred(c: Canvas, text: str, font: str, size: float, cx: float, y: float, width: float) -> None:
    size = fit_size(text, font, size, width)
    c.setFont(font, size)
    c.drawCentredString(cx, y, text)


def draw_header(c: Canvas, h: DocumentHeader, *, x0: float, x1: float, top: float) -> float:
    """The NĐ 30 header drawn straight on a canvas (fast, for many identical pages).
    Returns the y below it."""
    register_fonts()
    width = x1 - x0
    left_w = width * 0.42
    lcx, rcx = x0 + left_w / 2, x0 + left_w + (width - left_w) / 2
    y = top - 12
    ly = y
    if h.issuing_body:
        _centred(c, nfc(h.issuing_body.upper()), SERIF, 12, lcx, ly, left_w - 4)
        ly -= 15
    if h.agency_name:
        _centred(c, nfc(h.agency_name.upper()), SERIF_BOLD, 12, lcx, ly, left_w - 4)
        c.setLineWidth(0.6)
        c.line(lcx - left_w * 0.18, ly - 6, lcx + left_w * 0.18, ly - 6)
        ly -= 18
    ry = y
    if h.header_style == "party":
        _centred(c, PARTY_LINE, SERIF_BOLD, 13, rcx, ry, width - left_w)
        w = string_width(PARTY_LINE, SERIF_BOLD, 13) * 0.6
        c.line(rcx - w / 2, ry - 5, rcx + w / 2, ry - 5)
        ry -= 18
    else:
        _centred(c, NATIONAL_LINE_1, SERIF_BOLD, 12, rcx, ry, width - left_w)
        ry -= 15
        _centred(c, NATIONAL_LINE_2, SERIF_BOLD, 13, rcx, ry, width - left_w)
        w = string_width(NATIONAL_LINE_2, SERIF_BOLD, 13)
        c.setLineWidth(0.6)
        c.line(rcx - w / 2, ry - 5, rcx + w / 2, ry - 5)
        ry -= 18
    return min(ly, ry)


def signature_table(blocks: Sequence[SignatureBlock], width: float) -> Table:
    """Signature blocks side by side (two a row): title bold upper, the note in italic,
    room to sign, the name bold."""
    st = styles()
    title = ParagraphStyle("sig_t", parent=st["body"], fontName=SERIF_BOLD, alignment=TA_CENTER, spaceAfter=0)
    note = ParagraphStyle("sig_n", parent=st["body"], fontName=SERIF_ITALIC, alignment=TA_CENTER, spaceAfter=0)
    name = ParagraphStyle("sig_name", parent=title, spaceBefore=48)
    cells = [[Paragraph(esc(b.title.upper()), title), Paragraph(esc(b.note), note),
              Paragraph(esc(b.name) or "&nbsp;", name)] for b in blocks]
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    if rows and len(rows[-1]) == 1 and len(cells) > 1:
        rows[-1] = [rows[-1][0], ""]
    cols = 2 if len(cells) > 1 else 1
    t = Table(rows, colWidths=[width / cols] * cols)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 8),
                           ("FONTNAME", (0, 0), (-1, -1), SERIF)]))
    return t

