"""Colours that stay readable in light, dark and high-contrast palettes (issue 13).

The screens mark cells and labels with colours chosen on a white page (pale green for
"đạt", pale red for an error, dark red text for a warning…). On a dark or high-contrast
palette those become white text on a pale background, or dark red on near-black. Here a
colour is a *hint*: `cell(bg, fg)` keeps the hue of a tint but gives it the lightness of
the current palette's base and a text colour with at least WCAG AA contrast (4.5:1);
`text(fg)` adjusts a text colour against the window or base colour; `css(fg)` gives the
same for a style sheet. In a light palette the hints come back unchanged.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtGui import QColor, QGuiApplication, QPalette

MIN_CONTRAST = 4.5

ColorLike = QColor | str


def _q(color: ColorLike) -> QColor:
    return color if isinstance(color, QColor) else QColor(color)


def _palette(palette: QPalette | None) -> QPalette:
    if palette is not None:
        return palette
    # PySide6 types instance() as QCoreApplication.
    app = cast("QGuiApplication | None", QGuiApplication.instance())
    return app.palette() if app is not None else QPalette()


def _hsl(c: QColor) -> tuple[float, float, float, float]:
    # PySide6 types getHslF() as object; it returns (hue, saturation, lightness, alpha).
    return cast(tuple[float, float, float, float], c.getHslF())


def luminance(color: ColorLike) -> float:
    """WCAG relative luminance, 0 (black) … 1 (white)."""
    c = _q(color)

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: ColorLike, b: ColorLike) -> float:
    """WCAG contrast ratio, 1 … 21."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette's base (the page of tables and fields) is dark."""
    return luminance(_palette(palette).color(QPalette.ColorRole.Base)) < 0.2


def readable(fg: ColorLike, bg: ColorLike, minimum: float = MIN_CONTRAST) -> QColor:
    """`fg`, or the nearest colour of the same hue that reaches `minimum` against `bg`
    (made lighter on a dark background, darker on a light one)."""
    colour, back = QColor(_q(fg)), _q(bg)
    if contrast(colour, back) >= minimum:
        return colour
    h, s, lightness, a = _hsl(colour)
    h = max(h, 0.0)
    towards_white = luminance(back) < 0.18
    for i in range(1, 41):
        step = lightness + (1 - lightness) * i / 40 if towards_white else lightness * (1 - i / 40)
        candidate = QColor.fromHslF(h, s, step, a)
        if contrast(candidate, back) >= minimum:
            return candidate
    return QColor("white") if towards_white else QColor("black")


def cell(bg: ColorLike | None, fg: ColorLike | None = None, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, text) of a tinted cell for the current palette. In a dark palette the
    tint keeps its hue at the base's lightness (a pale green becomes a dark green); the
    text is `fg` (or the palette's text) made readable on it."""
    pal = _palette(palette)
    base = pal.color(QPalette.ColorRole.Base)
    back = QColor(_q(bg)) if bg is not None else QColor(base)
    if bg is not None and is_dark(pal):
        h, s, _l, a = _hsl(back)
        back = QColor.fromHslF(max(h, 0.0), min(1.0, s * 0.55), min(0.30, max(0.16, base.lightnessF() + 0.10)), a)
    text_colour = _q(fg) if fg is not None else pal.color(QPalette.ColorRole.Text)
    return back, readable(text_colour, back)


def text(
    fg: ColorLike, palette: QPalette | None = None, *, on: QPalette.ColorRole = QPalette.ColorRole.Window
) -> QColor:
    """A text colour hint made readable on the palette's `on` colour (window by default)."""
    return readable(fg, _palette(palette).color(on))


def css(fg: ColorLike, palette: QPalette | None = None) -> str:
    """`text(fg)` as a style-sheet colour (#rrggbb)."""
    return text(fg, palette).name()


def dark_palette() -> QPalette:
    """A dark palette like Windows' dark mode (tests and screenshots)."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#202020"),
        (roles.WindowText, "#ffffff"),
        (roles.Base, "#1b1b1b"),
        (roles.AlternateBase, "#2b2b2b"),
        (roles.ToolTipBase, "#2b2b2b"),
        (roles.ToolTipText, "#ffffff"),
        (roles.Text, "#ffffff"),
        (roles.Button, "#2d2d2d"),
        (roles.ButtonText, "#ffffff"),
        (roles.BrightText, "#ff6b6b"),
        (roles.Highlight, "#0063b1"),
        (roles.HighlightedText, "#ffffff"),
        (roles.PlaceholderText, "#a0a0a0"),
        (roles.Link, "#6cb4ff"),
    ):
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#8a8a8a"))
    p.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#8a8a8a"))
    p.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#8a8a8a"))
    return p
