"""Certificate templates as plain data: the page, the decoration and one box per field,
for both modes (`full` on plain paper, `blank` onto a pre-printed phôi). Every box is in
millimetres from the TOP-LEFT corner of the sheet (x to the right, y downwards).

Pure data, no file reading (that is app/exports/cert_templates.py) and no database; the
screens, the services and the writers share these types.
"""

from __future__ import annotations

import dataclasses

__all__ = [
    "FIELD_LABELS",
    "VARIABLE_FIELDS",
    "STATIC_FIELDS",
    "TEMPLATE_KEYS",
    "MODE_FULL",
    "MODE_BLANK",
    "ALIGNS",
    "VALIGNS",
    "COLORS",
    "FieldBox",
    "Decor",
    "CertificateTemplate",
]

MODE_FULL, MODE_BLANK = "full", "blank"
TEMPLATE_KEYS = ("giay-khen", "bang-khen", "cstdcs")

# Field name → Vietnamese label used in reports ("ô 'Thành tích' không vừa…").
FIELD_LABELS = {
    "header_1": "Quốc hiệu",
    "header_2": "Tiêu ngữ",
    "issuer": "Chức danh người tặng",
    "grant": "Dòng «TẶNG»",
    "award": "Tên danh hiệu, hình thức",
    "recipient": "Người hoặc tập thể được tặng",
    "position_unit": "Chức vụ, đơn vị",
    "achievement": "Thành tích",
    "decision": "Số, ngày quyết định",
    "so_so_vang": "Số sổ vàng",
    "date_line": "Địa danh, ngày tháng",
    "signer_title": "Chức vụ người ký",
    "signer_name": "Họ tên người ký",
}
# The header lines are part of the design, never of a pre-printed blank's variable text.
STATIC_FIELDS = frozenset({"header_1", "header_2"})
VARIABLE_FIELDS = tuple(k for k in FIELD_LABELS if k not in STATIC_FIELDS)

ALIGNS = ("left", "center", "right")
VALIGNS = ("top", "middle", "bottom")
COLORS = {"black": "#000000", "red": "#C8102E"}


@dataclasses.dataclass(frozen=True)
class FieldBox:
    """One field's box (mm from the top-left corner) and text style.

    `size` is the preferred size in points; text wraps inside the box, then shrinks by
    half points down to `min_size`. `color` is 'red', 'black' or '#RRGGBB'. `rule_below`
    draws a short rule under the text (the ruled motto line of NĐ 30/2020).
    """

    name: str
    x: float
    y: float
    w: float
    h: float
    size: float
    min_size: float
    bold: bool = False
    italic: bool = False
    color: str = "black"
    align: str = "center"
    valign: str = "middle"
    upper: bool = False
    leading: float = 1.2
    max_lines: int | None = None
    rule_below: bool = False

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.name, self.name)

    @property
    def hex_color(self) -> str:
        return COLORS.get(self.color, self.color)


@dataclasses.dataclass(frozen=True)
class Decor:
    """The full design's drawn parts: border style, CSTĐCS flags, the emblem's box (mm)."""

    border: str = "classic"
    flags: bool = False
    emblem: tuple[float, float, float, float] | None = None


@dataclasses.dataclass(frozen=True)
class CertificateTemplate:
    """A certificate layout. `award_name` / `grant_line` are the defaults printed in the
    'award' and 'grant' fields ('GIẤY KHEN', 'TẶNG'); a CertificateData may override them."""

    key: str
    title: str
    page_w: float
    page_h: float
    award_name: str
    grant_line: str
    decor: Decor
    full: tuple[FieldBox, ...]
    blank: tuple[FieldBox, ...]

    def fields(self, blank: bool) -> tuple[FieldBox, ...]:
        return self.blank if blank else self.full

    def field(self, name: str, *, blank: bool) -> FieldBox | None:
        for box in self.fields(blank):
            if box.name == name:
                return box
        return None

    def with_box(self, box: FieldBox, *, blank: bool) -> CertificateTemplate:
        """A copy with `box` replacing (or adding) the box of the same name (for an editor)."""
        boxes = [b for b in self.fields(blank) if b.name != box.name] + [box]
        if blank:
            return dataclasses.replace(self, blank=tuple(boxes))
        return dataclasses.replace(self, full=tuple(boxes))
