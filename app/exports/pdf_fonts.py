"""The Vietnamese PDF fonts (Liberation Serif, metric-compatible with Times New Roman).

ReportLab's built-in fonts lack Vietnamese letters, so every PDF writer registers these
TrueType files, each under its own name (PRODUCT.md §5: same-named fonts get merged).
ReportLab embeds only the glyphs used (subsets). Text must be NFC before it is drawn.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resources_dir

__all__ = [
    "SERIF",
    "SERIF_BOLD",
    "SERIF_ITALIC",
    "SERIF_BOLD_ITALIC",
    "STYLES",
    "register_fonts",
    "font_for",
    "string_width",
]

SERIF = "TDKTSerif"
SERIF_BOLD = "TDKTSerif-Bold"
SERIF_ITALIC = "TDKTSerif-Italic"
SERIF_BOLD_ITALIC = "TDKTSerif-BoldItalic"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
# Template style words → registered font names.
STYLES = {
    "regular": SERIF,
    "bold": SERIF_BOLD,
    "italic": SERIF_ITALIC,
    "bolditalic": SERIF_BOLD_ITALIC,
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the four styles once per process (thread-safe, idempotent)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = resources_dir() / "fonts"
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        addMapping(SERIF, 0, 0, SERIF)
        addMapping(SERIF, 1, 0, SERIF_BOLD)
        addMapping(SERIF, 0, 1, SERIF_ITALIC)
        addMapping(SERIF, 1, 1, SERIF_BOLD_ITALIC)
        _registered = True


def font_for(bold: bool, italic: bool) -> str:
    """The registered name of a style."""
    if bold and italic:
        return SERIF_BOLD_ITALIC
    if bold:
        return SERIF_BOLD
    if italic:
        return SERIF_ITALIC
    return SERIF


@lru_cache(maxsize=65536)
def _unit_width(text: str, font: str) -> float:
    return pdfmetrics.stringWidth(text, font, 1000.0) / 1000.0


def string_width(text: str, font: str, size: float) -> float:
    """Width in points of `text` at `size` (memoised per word and font)."""
    register_fonts()
    return _unit_width(text, font) * size
