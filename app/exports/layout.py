"""One layout engine for the NĐ 30/2020 national header and signature blocks, shared by
every PDF (`pdf_doc`), workbook (`xlsx_report`) and Word file (`docx_doc`).

The header is two blocks side by side: on the left the agency block (the issuing body
above in capitals, the agency's own name in bold capitals below, a short rule under it —
or, for Party bodies, a "*"), then the document number; on the right the motto block
("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc" ruled underneath, or
"ĐẢNG CỘNG SẢN VIỆT NAM" for Party bodies), then the place and date in italic. Each block
wraps inside its own column: lines are broken by measuring the text in the embedded
Liberation Serif (metric-compatible with Times New Roman), so a long name never runs into
the other block or off the paper, and a workbook's row heights can be computed from the
wrapped lines (spreadsheet programs do not fit merged cells).

Pure: text in, lines out; no file, no Qt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.exports.pdf_fonts import SERIF, SERIF_BOLD, font_for, string_width
from app.rules.vntext import nfc

if TYPE_CHECKING:  # xlsx_report imports this module
    from app.rules.document import DocumentHeader

__all__ = [
    "NATIONAL_LINE_1",
    "NATIONAL_LINE_2",
    "PARTY_LINE",
    "HeaderLine",
    "HeaderLayout",
    "header_layout",
    "wrap",
    "line_count",
    "LEFT_SHARE",
    "MM",
    "MARGINS_MM",
    "signature_lead",
    "party",
    "signer_lines",
]

NATIONAL_LINE_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_LINE_2 = "Độc lập - Tự do - Hạnh phúc"
PARTY_LINE = "ĐẢNG CỘNG SẢN VIỆT NAM"
MM = 72.0 / 25.4
# NĐ 30/2020 Appendix I: left 30–35, right 15–20, top 20–25, bottom 20–25 mm.
MARGINS_MM = (30.0, 15.0, 20.0, 20.0)  # left, right, top, bottom
LEFT_SHARE = 0.42  # the agency block's share of the text width; the motto block takes the rest


def party(header_style: str) -> bool:
    return header_style == "party"


def signature_lead(header_style: str) -> str:
    """'TM.' for state bodies, 'T/M' for Party bodies (HD 36-HD/VPTW)."""
    return "T/M" if party(header_style) else "TM."


def signer_lines(title: str) -> list[str]:
    """A signer's title as printed, one line each: 'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC' (typed on
    one line) → ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'] (NĐ 30: the authority, then the signer)."""
    lines = [t.strip() for t in (title or "").splitlines() if t.strip()]
    if len(lines) == 1 and lines[0].upper().startswith(("KT.", "KT ")) and " PHÓ " in f" {lines[0].upper()} ":
        upper = lines[0].upper()
        cut = upper.index(" PHÓ ")
        return [lines[0][:cut].strip(), lines[0][cut:].strip()]
    return lines


def _font(bold: bool, italic: bool) -> str:
    return font_for(bold, italic)


def _split_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the column, cut into pieces that fit (never drawn past the edge)."""
    pieces, current = [], ""
    for ch in word:
        if current and string_width(current + ch, font, size) > width:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap(
    text: str, width: float, *, size: float = 13, bold: bool = False, italic: bool = False, font: str | None = None
) -> list[str]:
    """`text` broken into lines no wider than `width` points in the embedded serif (NFC).
    Explicit newlines are kept; a word longer than a line is cut."""
    font = font or _font(bold, italic)
    out: list[str] = []
    for paragraph in nfc(text or "").split("\n"):
        words = paragraph.split()
        if not words:
            out.append("")
            continue
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if string_width(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                out.append(line)
            if string_width(word, font, size) <= width:
                line = word
            else:
                *full, line = _split_word(word, font, size, width)
                out.extend(full)
        out.append(line)
    return out


def line_count(text: str, width: float, *, size: float = 13, bold: bool = False, italic: bool = False) -> int:
    return max(1, len(wrap(text, width, size=size, bold=bold, italic=italic)))


@dataclasses.dataclass(frozen=True)
class HeaderLine:
    """One line group of a header block. `rule` after it: "" none, "rule" a short solid
    line `rule_width` points long, "star" the Party body's "*"."""

    text: str
    size: float = 13
    bold: bool = False
    italic: bool = False
    upper: bool = False
    rule: str = ""
    rule_width: float = 0.0
    gap_before: float = 0.0  # extra space above (points)

    @property
    def font(self) -> str:
        return _font(self.bold, self.italic)

    def lines(self, width: float) -> list[str]:
        return wrap(self.text, width, size=self.size, bold=self.bold, italic=self.italic)


@dataclasses.dataclass(frozen=True)
class HeaderLayout:
    left: tuple[HeaderLine, ...]
    right: tuple[HeaderLine, ...]
    left_width: float
    right_width: float

    def wrapped(self, side: str) -> list[tuple[HeaderLine, list[str]]]:
        lines = self.left if side == "left" else self.right
        width = self.left_width if side == "left" else self.right_width
        return [(h, h.lines(width)) for h in lines]

    def height(self, side: str, leading: float = 1.2) -> float:
        """Points the block takes (lines × leading, rules and gaps)."""
        total = 0.0
        for h, lines in self.wrapped(side):
            total += h.gap_before + len(lines) * h.size * leading
            if h.rule == "rule":
                total += 5
            elif h.rule == "star":
                total += h.size * leading
        return total


def header_layout(h: DocumentHeader, width: float, *, size: float = 13) -> HeaderLayout:
    """The two blocks of `h` (an `xlsx_report.DocumentHeader`) for a text width of `width`
    points. Font sizes: issuing body and agency `size - 1`, the first motto line
    `size - 1`, the second `size` (NĐ 30: 12–13 / 13–14 pt)."""
    left_w = width * LEFT_SHARE
    right_w = width - left_w
    small = size - 1
    left: list[HeaderLine] = []
    agency_lines = []
    if h.issuing_body:
        left.append(HeaderLine(nfc(h.issuing_body).upper(), small))
    if h.agency_name:
        agency = nfc(h.agency_name).upper()
        agency_lines = wrap(agency, left_w, size=small, bold=True)
        widest = max((string_width(t, SERIF_BOLD, small) for t in agency_lines), default=0)
        left.append(
            HeaderLine(
                agency,
                small,
                bold=True,
                rule="star" if party(h.header_style) else "rule",
                rule_width=max(min(widest, left_w) / 3, 18 * MM),
            )
        )
    elif h.issuing_body and party(h.header_style):
        left[-1] = dataclasses.replace(left[-1], rule="star")
    if h.number:
        left.append(HeaderLine(nfc(h.number), small, gap_before=2))
    right: list[HeaderLine] = []
    if party(h.header_style):
        right.append(
            HeaderLine(
                PARTY_LINE,
                size,
                bold=True,
                rule="rule",
                rule_width=min(string_width(PARTY_LINE, SERIF_BOLD, size), right_w),
            )
        )
    else:
        right.append(HeaderLine(NATIONAL_LINE_1, small, bold=True))
        right.append(
            HeaderLine(
                NATIONAL_LINE_2,
                size,
                bold=True,
                rule="rule",
                rule_width=min(string_width(NATIONAL_LINE_2, SERIF_BOLD, size), right_w),
            )
        )
    if h.place_date:
        right.append(HeaderLine(nfc(h.place_date), size, italic=True, gap_before=4))
    return HeaderLayout(tuple(left), tuple(right), left_w, right_w)


def widest(lines: Sequence[str], font: str = SERIF, size: float = 13) -> float:
    return max((string_width(t, font, size) for t in lines), default=0.0)
