"""The yearly pledge of an emulation bloc (giao ước thi đua) as an A4 PDF in the NĐ 30/2020
layout (`pdf_doc`): the header (the bloc as issuing body on the left; the national motto,
or "ĐẢNG CỘNG SẢN VIỆT NAM" for Party bodies, and the place-and-date line on the right), the
title, the content as justified paragraphs, then a grid of signature blocks, one per member
agency ("TM. <MEMBER>", the signer's title, room to sign, the signer's name). Unsigned
members get a block too: the paper is signed by hand.

Pure output: DTOs in, a file out; never queries. Worker-thread safe.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.errors import Cancelled
from app.exports.layout import signature_lead
from app.exports.pdf_doc import MARGINS, PAGE, DocumentHeader, esc, header_flowable, styles
from app.exports.pdf_fonts import SERIF, SERIF_BOLD, register_fonts
from app.safe_write import atomic_output

__all__ = ["PledgeSigner", "PledgeDocument", "split_paragraphs", "write_pledge_pdf"]

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclasses.dataclass(frozen=True)
class PledgeSigner:
    """One signature block: the member agency, its signer's title and name (either may be
    empty: the block then leaves the room blank)."""

    member_name: str
    signer_title: str = ""
    signer_name: str = ""


@dataclasses.dataclass(frozen=True)
class PledgeDocument:
    """A pledge ready to print (built by `app.services.pledge.pledge_document`)."""

    header: DocumentHeader
    title: str  # "GIAO ƯỚC THI ĐUA"
    subtitle: str  # "NĂM 2025"
    content: str
    signers: tuple[PledgeSigner, ...]
    doc_title: str = "Giao ước thi đua"


# A line that starts a paragraph of its own: "1.", "1.2.", "I.", "a)", "-", "–", "+", "•".
_ITEM = re.compile(r"^(\d+(\.\d+)*[.)]|[IVXLC]+\.|[a-zđ]\)|[-–—+•*])\s")
_SENTENCE_END = (".", ":", ";", "!", "?", "…")


def split_paragraphs(content: str) -> list[str]:
    """The content's paragraphs. A blank line always ends one; a numbered or bulleted line
    starts one; any other line starts one too, unless it merely continues the line above
    (that line ends without punctuation and this one starts in lower case — text pasted
    from a PDF with hard line breaks)."""
    paragraphs: list[str] = []
    open_para = False
    for raw in (content or "").replace("\r\n", "\n").split("\n"):
        line = " ".join(raw.split())
        if not line:
            open_para = False
            continue
        continues = (
            open_para
            and paragraphs
            and not paragraphs[-1].endswith(_SENTENCE_END)
            and not _ITEM.match(line)
            and line[0].islower()
        )
        if continues:
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
        open_para = True
    return paragraphs


def _is_heading(text: str) -> bool:
    """'I. NỘI DUNG GIAO ƯỚC' — a section heading typed in capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _width() -> float:
    return PAGE[0] - MARGINS[0] - MARGINS[1]


def _page_number(canvas: Canvas, doc: BaseDocTemplate) -> None:
    # NĐ 30/2020 Appendix I: page numbers from page 2, centred in the top margin.
    if doc.page > 1:
        canvas.setFont(SERIF, 12)
        canvas.drawCentredString(MARGINS[0] + _width() / 2, PAGE[1] - 14 * mm, str(doc.page))


def _signature_grid(signers: tuple[PledgeSigner, ...], width: float, lead: str = "TM.") -> list:
    """One table per row of two (up to four signers) or three blocks, so pages break
    between rows; in a row the names line up whatever the length of the agencies' names.
    A short last row is centred; a lone signer signs on the right, as in NĐ 30."""
    st = styles()
    head = ParagraphStyle(
        "pl_sig_head",
        parent=st["body"],
        fontName=SERIF_BOLD,
        fontSize=12,
        leading=14,
        alignment=TA_CENTER,
        spaceAfter=0,
    )
    name = ParagraphStyle("pl_sig_name", parent=head, fontSize=13, leading=16)
    cols = 2 if len(signers) <= 4 else 3
    col_w = width / cols
    grid = []
    for start in range(0, len(signers), cols):
        chunk = signers[start : start + cols]
        heads: list[object] = [
            [Paragraph(esc(f"{lead} {s.member_name}".upper()), head)]
            + ([Paragraph(esc(s.signer_title.upper()), head)] if s.signer_title else [])
            for s in chunk
        ]
        names: list[object] = [Paragraph(esc(s.signer_name) or "&nbsp;", name) for s in chunk]
        if len(signers) == 1:
            heads, names = ["", *heads], ["", *names]
        t = Table([heads, names], colWidths=[col_w] * len(heads), hAlign="RIGHT" if len(signers) == 1 else "CENTER")
        t.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("FONTNAME", (0, 0), (-1, -1), SERIF),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, 0), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
                    ("TOPPADDING", (0, 1), (-1, 1), 24 * mm),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
                    ("NOSPLIT", (0, 0), (-1, -1)),
                ]
            )
        )
        grid.append(t)
    return grid


def write_pledge_pdf(
    data: PledgeDocument, path: str | Path, *, progress: Progress | None = None, is_cancelled: IsCancelled | None = None
) -> Path:
    """Write the pledge as an A4 PDF; temp file beside the target, then rename. Raises
    FileLocked (target open elsewhere), BadInput (folder not writable), Cancelled. Any thread."""
    if is_cancelled and is_cancelled():
        raise Cancelled()
    register_fonts()
    out = Path(path)
    st = styles()
    width = _width()
    body = ParagraphStyle("pl_body", parent=st["body"], firstLineIndent=10 * mm, spaceAfter=6, leading=18)
    heading = ParagraphStyle("pl_heading", parent=body, fontName=SERIF_BOLD, spaceBefore=4)
    paragraphs = split_paragraphs(data.content)
    total = len(paragraphs) + len(data.signers) + 1
    if progress:
        progress(0, total)
    story: list = [
        header_flowable(data.header, width),
        Spacer(1, 4 * mm),
        Paragraph(esc(data.title), ParagraphStyle("pl_title", parent=st["title"], fontSize=15, leading=19)),
    ]
    if data.subtitle:
        story.append(Paragraph(esc(data.subtitle), st["subtitle"]))
    story.append(Spacer(1, 2 * mm))
    for text in paragraphs:
        story.append(Paragraph(esc(text), heading if _is_heading(text) else body))
    if is_cancelled and is_cancelled():
        raise Cancelled()
    # "T/M" instead of "TM." for Party bodies (HD 36-HD/VPTW)
    grid = _signature_grid(data.signers, width, signature_lead(data.header.header_style))
    if grid:
        # The first row of signatures stays with the end of the text (no page of only names).
        last = [story.pop()] if paragraphs else []
        frame = PAGE[1] - MARGINS[2] - MARGINS[3] - 12
        whole = sum(f.wrap(width, frame)[1] for f in [*last, *grid]) + 6 * mm
        if whole <= frame:
            # every signature on the page of the text's last paragraph
            story.append(KeepTogether([*last, Spacer(1, 6 * mm), *grid]))
        else:
            # more signers than a page holds: the first row stays with the text, the rest follow
            story.append(KeepTogether([*last, Spacer(1, 6 * mm), grid[0]]))
            story.extend(grid[1:])
    with atomic_output(out, suffix=".pdf.tmp") as tmp:
        left, right, top, bottom = MARGINS
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=PAGE,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=data.doc_title,
            author="TĐKT Desk",
            creator="TĐKT Desk",
            initialFontName=SERIF,
        )
        doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
        if is_cancelled and is_cancelled():
            raise Cancelled()
    if progress:
        progress(total, total)
    return out
