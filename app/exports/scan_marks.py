"""Marks that make a printed page readable from a scan (PRODUCT.md §1.13).

Every ballot paper page (and the printer test sheet) carries four solid squares near the
corners — the alignment marks — and a one-row binary page code between the bottom marks:
which ballot (a 16-bit fingerprint of everything the paper shows and of where the names
lie, the same on every paper, so nothing identifies a member), page k of n, and the layout version, with an
8-bit check. The reader (app/scan_reader.py) finds the marks, aligns the scan onto the
clean page and reads the code.

The name boxes of a ballot (where each candidate's name line lies on each page, in PDF
points from the bottom-left corner) are stored in the PDF's Keywords as
`tdkt-scan:<JSON>`, so the reader of a PDF knows where to look; `layout_keywords` and
`parse_layout_keywords` write and read it. Pure: reportlab only, no image libraries.
"""

from __future__ import annotations

import dataclasses
import json
import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

__all__ = [
    "LAYOUT_VERSION",
    "MARK_MM",
    "MARK_INSET_MM",
    "CODE_BITS",
    "PageCode",
    "ScanLayout",
    "NameBox",
    "mark_centres_mm",
    "code_cells_mm",
    "draw_scan_marks",
    "ballot_fingerprint",
    "encode_code",
    "decode_code",
    "layout_keywords",
    "parse_layout_keywords",
    "TEST_SHEET_BALLOT",
    "TEST_SHEET_INSET",
]

MM = 72.0 / 25.4
LAYOUT_VERSION = 1
MARK_MM = 5.0  # side of a solid alignment square
MARK_INSET_MM = 10.0  # from each paper edge to the square's centre (ballot papers)
CELL_MM = 2.5  # one bit of the page code
CODE_X_MM = 22.0  # the code row: from here, on the bottom marks' line
CODE_BITS = 44  # 16 ballot + 8 page + 8 pages + 4 version + 8 check
TEST_SHEET_BALLOT = 0xFFFF  # the fingerprint that marks a printer test sheet
TEST_SHEET_INSET = (15.0, 12.0)  # the test sheet's squares, clear of its rulers and targets
_PREFIX = "tdkt-scan:"


@dataclasses.dataclass(frozen=True)
class PageCode:
    ballot: int  # 16-bit fingerprint
    page: int  # 1-based
    pages: int
    version: int = LAYOUT_VERSION

    def label(self) -> str:
        return f"{self.ballot:04X} · {self.page}/{self.pages} · v{self.version}"


@dataclasses.dataclass(frozen=True)
class NameBox:
    """A candidate's name on a page: the table cell (x0, y0, x1, y1, points from the
    bottom-left) and the horizontal extent of the printed name (text_x0, text_x1)."""

    number: int
    x0: float
    y0: float
    x1: float
    y1: float
    text_x0: float
    text_x1: float


@dataclasses.dataclass(frozen=True)
class ScanLayout:
    """What the reader needs of a printed ballot: page size (points), the fingerprint,
    the candidates' count and each page's name boxes."""

    ballot: int
    page_w: float
    page_h: float
    candidates: int
    pages: tuple[tuple[NameBox, ...], ...]
    mark_inset_mm: tuple[float, float] = (MARK_INSET_MM, MARK_INSET_MM)
    version: int = LAYOUT_VERSION

    def to_json(self) -> str:
        return json.dumps(
            {
                "v": self.version,
                "ballot": self.ballot,
                "w": round(self.page_w, 2),
                "h": round(self.page_h, 2),
                "n": self.candidates,
                "inset": list(self.mark_inset_mm),
                "pages": [
                    [
                        [
                            b.number,
                            round(b.x0, 2),
                            round(b.y0, 2),
                            round(b.x1, 2),
                            round(b.y1, 2),
                            round(b.text_x0, 2),
                            round(b.text_x1, 2),
                        ]
                        for b in page
                    ]
                    for page in self.pages
                ],
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> ScanLayout:
        d = json.loads(text)
        return cls(
            ballot=int(d["ballot"]),
            page_w=float(d["w"]),
            page_h=float(d["h"]),
            candidates=int(d["n"]),
            pages=tuple(tuple(NameBox(int(r[0]), *(float(v) for v in r[1:7])) for r in page) for page in d["pages"]),
            mark_inset_mm=(float(d["inset"][0]), float(d["inset"][1])),
            version=int(d["v"]),
        )


def mark_centres_mm(
    w_mm: float, h_mm: float, inset: tuple[float, float] = (MARK_INSET_MM, MARK_INSET_MM)
) -> list[tuple[float, float]]:
    """The four marks' centres in mm from the TOP-LEFT corner: TL, TR, BR, BL."""
    ix, iy = inset
    return [(ix, iy), (w_mm - ix, iy), (w_mm - ix, h_mm - iy), (ix, h_mm - iy)]


def code_cells_mm(
    w_mm: float, h_mm: float, inset: tuple[float, float] = (MARK_INSET_MM, MARK_INSET_MM)
) -> list[tuple[float, float]]:
    """Centres (mm from the top-left) of the page code's cells, bit 0 first."""
    x0 = inset[0] + CODE_X_MM - MARK_INSET_MM
    return [(x0 + (i + 0.5) * CELL_MM, h_mm - inset[1]) for i in range(CODE_BITS)]


def _crc8(value: int, nbits: int) -> int:
    return zlib.crc32(value.to_bytes((nbits + 7) // 8, "big")) & 0xFF


def encode_code(code: PageCode) -> list[int]:
    """The page code's bits, bit 0 first."""
    payload = (
        ((code.ballot & 0xFFFF) << 20) | ((code.page & 0xFF) << 12) | ((code.pages & 0xFF) << 4) | (code.version & 0xF)
    )
    value = (payload << 8) | _crc8(payload, 36)
    return [(value >> (CODE_BITS - 1 - i)) & 1 for i in range(CODE_BITS)]


def decode_code(bits: list[int]) -> PageCode | None:
    """The page code of `bits`, or None when the check fails (not one of our pages)."""
    if len(bits) != CODE_BITS:
        return None
    value = 0
    for b in bits:
        value = (value << 1) | (1 if b else 0)
    payload, check = value >> 8, value & 0xFF
    if _crc8(payload, 36) != check:
        return None
    code = PageCode(
        ballot=payload >> 20, page=(payload >> 12) & 0xFF, pages=(payload >> 4) & 0xFF, version=payload & 0xF
    )
    if code.version == 0:
        return None
    return code


def ballot_fingerprint(text: str) -> int:
    """16 bits that tell one ballot's papers from another's (never 0 or the test sheet's)."""
    value = zlib.crc32(text.encode("utf-8")) & 0xFFFF
    return value if value not in (0, TEST_SHEET_BALLOT) else 1


def draw_scan_marks(
    c: Canvas,
    w: float,
    h: float,
    code: PageCode | None,
    inset: tuple[float, float] = (MARK_INSET_MM, MARK_INSET_MM),
    *,
    label_font: str | None = None,
) -> None:
    """Draw the four alignment squares and the page code on a reportlab canvas whose page
    is `w`×`h` points (origin bottom-left, in the current transformation). `code` None:
    the squares only (the printer test sheet, whose rulers leave no room for a code)."""
    w_mm, h_mm = w / MM, h / MM
    c.saveState()
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)
    half = MARK_MM / 2
    for x_mm, y_mm in mark_centres_mm(w_mm, h_mm, inset):
        c.rect((x_mm - half) * MM, h - (y_mm + half) * MM, MARK_MM * MM, MARK_MM * MM, stroke=0, fill=1)
    if code is None:
        c.restoreState()
        return
    cell = CELL_MM * MM
    for bit, (x_mm, y_mm) in zip(encode_code(code), code_cells_mm(w_mm, h_mm, inset)):
        if bit:
            c.rect(x_mm * MM - cell / 2, h - y_mm * MM - cell / 2, cell, cell, stroke=0, fill=1)
    if label_font:
        last_x = code_cells_mm(w_mm, h_mm, inset)[-1][0] + CELL_MM
        c.setFont(label_font, 7)
        c.drawString(last_x * MM, h - (h_mm - inset[1]) * MM - 2.5, code.label())
    c.restoreState()


def layout_keywords(layout: ScanLayout) -> str:
    return _PREFIX + layout.to_json()


def parse_layout_keywords(text: str | None) -> ScanLayout | None:
    """The layout stored by `layout_keywords`, or None when the text holds none."""
    if not text or not text.startswith(_PREFIX):
        return None
    try:
        return ScanLayout.from_json(text[len(_PREFIX) :])
    except (ValueError, KeyError, TypeError, IndexError):
        return None
