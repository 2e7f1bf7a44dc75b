"""Certificate PDFs (Giấy khen, Bằng khen, CSTĐCS): full design or onto pre-printed blanks.

Writer of the exports layer: takes DTOs (`CertificateData`), a template, a path and
`progress`/`is_cancelled`; it never queries. Layout facts: DOMAIN.md §7 (lines top to
bottom, red signer title and award name, bottom-left decision and số sổ vàng, bottom-right
place/date and signer), §8 (date lines). Runs in any thread (one canvas per call).

Overflow policy: a text that does not fit its box even at the field's minimum size is
never clipped silently. `check_fit` lists such problems so the caller can show them
BEFORE printing; `render_certificates` refuses with BadInput listing them unless called
with `allow_overflow=True`, in which case the text is drawn at the minimum size (running
past its box) and the problems come back in `RenderReport.problems`.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import math
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from app.errors import BadInput, Cancelled
from app.exports.cert_templates import CertificateTemplate, FieldBox
from app.exports.pdf_fonts import SERIF, SERIF_BOLD, font_for, register_fonts, string_width
from app.exports.printer_profiles import PrinterProfile
from app.rules.certificate_text import (
    RECIPIENT_COLLECTIVE,
    RECIPIENT_KINDS,
    RECIPIENT_PERSON,
    Fit,
    decision_line,
    fit_text,
    issuer_line,
    position_unit_line,
    recipient_line,
    signing_date_line,
    so_so_vang_line,
    upper_vn,
)
from app.rules.vntext import clean_text, nfc
from app.safe_write import atomic_output

__all__ = [
    "HEADER_NATIONAL",
    "HEADER_PARTY",
    "HEADER_LINES",
    "CertificateData",
    "FitProblem",
    "PlacedText",
    "CertificateLayout",
    "RenderReport",
    "field_texts",
    "layout_certificate",
    "check_fit",
    "render_certificates",
    "render_test_sheet",
    "TEST_SHEET_TARGETS",
]

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

MM = 72.0 / 25.4
HEADER_NATIONAL, HEADER_PARTY = "national", "party"
# NĐ 30/2020 national motto; Party bodies print the Party's name instead (DOMAIN.md §7).
HEADER_LINES = {
    HEADER_NATIONAL: ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
    HEADER_PARTY: ("", "ĐẢNG CỘNG SẢN VIỆT NAM"),
}

RED = HexColor("#C8102E")
GOLD = HexColor("#B08D3C")
GOLD_LIGHT = HexColor("#E9D9A6")
DEEP_RED = HexColor("#8E1B1B")
STAR_YELLOW = HexColor("#FFD400")
# Vertical position of a baseline inside its line slot: half the slot plus half the
# cap height of Liberation Serif (0.66 em), so capitals sit centred in the slot.
_CAP_HALF = 0.33
_PROGRESS_STEP = 10


@dataclasses.dataclass(frozen=True)
class CertificateData:
    """Everything printed on one certificate (one page).

    `kind` is 'person' or 'collective'; `gender` 'M'/'F' for people (salutation Ông/Bà,
    DOMAIN.md §7); `salutation` overrides it ('Đồng chí'). `award_name` and `grant_line`
    override the template's ('GIẤY KHEN', 'TẶNG'). `issuer_title` is the red line under
    the header ('TRƯỞNG BAN TỔ CHỨC TRUNG ƯƠNG'); when empty it is composed from
    `signer_title` and `agency_name`. `signer_title` is the signature block's title and may
    hold several lines ('KT. TRƯỞNG BAN\\nPHÓ TRƯỞNG BAN'). `so_so_vang` is the recipient's
    order number in the decision's golden book. `date` is the signing date (defaults to
    `decision_date`). `issuing_body` is the superior body, kept for the callers' records.
    """

    full_name: str
    kind: str = RECIPIENT_PERSON
    gender: str | None = None
    salutation: str = ""
    position: str = ""
    unit: str = ""
    award_name: str = ""
    grant_line: str = ""
    achievement: str = ""
    decision_number: str = ""
    decision_date: _dt.date | None = None
    so_so_vang: str = ""
    place: str = ""
    date: _dt.date | None = None
    issuer_title: str = ""
    signer_title: str = ""
    signer_name: str = ""
    agency_name: str = ""
    issuing_body: str = ""
    header_style: str = HEADER_NATIONAL

    def __post_init__(self) -> None:
        if self.kind not in RECIPIENT_KINDS:
            raise BadInput("cert.bad_recipient_kind", kind=self.kind)
        if self.header_style not in HEADER_LINES:
            raise BadInput("cert.bad_header_style", header_style=self.header_style)

    @property
    def recipient(self) -> str:
        return recipient_line(self.kind, self.full_name, self.gender, self.salutation)


@dataclasses.dataclass(frozen=True)
class FitProblem:
    """A field that does not fit its box even at the minimum size. `index` is 0-based."""

    index: int
    recipient: str
    field: str
    field_label: str
    reason: str

    def line(self) -> str:
        return f"Giấy thứ {self.index + 1} ({self.recipient}), ô «{self.field_label}»: {self.reason}"


@dataclasses.dataclass(frozen=True)
class PlacedText:
    """A field's text as it will be drawn: chosen size, lines, and each line's origin
    (points, PDF coordinates of the template before any printer profile)."""

    box: FieldBox
    font: str
    fit: Fit
    origins: tuple[tuple[float, float], ...]
    widths: tuple[float, ...]

    @property
    def size(self) -> float:
        return self.fit.size


@dataclasses.dataclass(frozen=True)
class CertificateLayout:
    """One page: the placed fields (empty fields are left out) and the fitting problems."""

    texts: tuple[PlacedText, ...]
    problems: tuple[tuple[str, str], ...]  # (field, reason)

    def text(self, field: str) -> PlacedText | None:
        for t in self.texts:
            if t.box.name == field:
                return t
        return None


@dataclasses.dataclass(frozen=True)
class RenderReport:
    """What `render_certificates` wrote."""

    path: Path
    pages: int
    bytes: int
    seconds: float
    problems: tuple[FitProblem, ...] = ()


# ---------------------------------------------------------------- layout


def field_texts(item: CertificateData, template: CertificateTemplate) -> dict[str, str]:
    """The text of every field for `item` (NFC; '' for a field with nothing to print)."""
    head_1, head_2 = HEADER_LINES[item.header_style]
    signing_day = item.date or item.decision_date
    position = "" if item.kind == RECIPIENT_COLLECTIVE else item.position
    signer_lines = [clean_text(x) for x in nfc(item.signer_title).splitlines()]
    texts = {
        "header_1": head_1,
        "header_2": head_2,
        "issuer": issuer_line(item.issuer_title, item.signer_title, item.agency_name),
        "grant": clean_text(item.grant_line) or template.grant_line,
        "award": clean_text(item.award_name) or template.award_name,
        "recipient": item.recipient,
        "position_unit": position_unit_line(position, item.unit),
        "achievement": clean_text(item.achievement),
        "decision": decision_line(item.decision_number, item.decision_date),
        "so_so_vang": so_so_vang_line(item.so_so_vang),
        "date_line": signing_date_line(item.place, signing_day),
        "signer_title": "\n".join(x for x in signer_lines if x),
        "signer_name": clean_text(item.signer_name),
    }
    return {k: nfc(v) for k, v in texts.items()}


def _measure(font: str) -> Callable[[str, float], float]:
    return lambda text, size: string_width(text, font, size)


def _place(box: FieldBox, text: str, page_h: float) -> tuple[PlacedText, str | None]:
    font = font_for(box.bold, box.italic)
    if box.upper:
        text = upper_vn(text)
    width, height = box.w * MM, box.h * MM
    fit = fit_text(
        text,
        width=width,
        height=height,
        size=box.size,
        min_size=box.min_size,
        measure=_measure(font),
        leading=box.leading,
        max_lines=box.max_lines,
    )
    reason = None
    if not fit.fits:
        if fit.widest > width + 1e-6:
            reason = f"có từ dài hơn chiều rộng ô ({box.w:g} mm) kể cả ở cỡ chữ nhỏ nhất {box.min_size:g} pt"
        else:
            capacity = max(0, int(height / fit.leading + 1e-6))
            if box.max_lines is not None:
                capacity = min(capacity, box.max_lines)
            reason = (
                f"không vừa ô kể cả ở cỡ chữ nhỏ nhất {box.min_size:g} pt: cần {len(fit.lines)} dòng, "
                f"ô chỉ chứa được {capacity} dòng ({box.w:g}×{box.h:g} mm); hãy rút gọn nội dung "
                "hoặc nới rộng ô trong mẫu"
            )
    top = page_h - box.y * MM
    block = len(fit.lines) * fit.leading
    if box.valign == "top":
        start = top
    elif box.valign == "bottom":
        start = top - height + block
    else:
        start = top - (height - block) / 2
    left, right = box.x * MM, (box.x + box.w) * MM
    origins, widths = [], []
    for i, line in enumerate(fit.lines):
        w = string_width(line, font, fit.size)
        baseline = start - i * fit.leading - fit.leading / 2 - _CAP_HALF * fit.size
        if box.align == "left":
            x = left
        elif box.align == "right":
            x = right - w
        else:
            x = (left + right - w) / 2
        origins.append((x, baseline))
        widths.append(w)
    return PlacedText(box, font, fit, tuple(origins), tuple(widths)), reason


def layout_certificate(item: CertificateData, template: CertificateTemplate, *, blank: bool) -> CertificateLayout:
    """Where every field of `item` goes on its page, at which size, in which lines."""
    register_fonts()
    texts = field_texts(item, template)
    page_h = template.page_h * MM
    placed: list[PlacedText] = []
    problems: list[tuple[str, str]] = []
    for box in template.fields(blank):
        text = texts.get(box.name, "")
        if not text:
            continue
        p, reason = _place(box, text, page_h)
        placed.append(p)
        if reason:
            problems.append((box.name, reason))
    return CertificateLayout(tuple(placed), tuple(problems))


def _problems_of(
    index: int, item: CertificateData, layout: CertificateLayout, template: CertificateTemplate, blank: bool
) -> list[FitProblem]:
    out = []
    for field, reason in layout.problems:
        box = template.field(field, blank=blank)
        out.append(FitProblem(index, item.recipient or item.full_name, field, box.label if box else field, reason))
    return out


def check_fit(
    items: Sequence[CertificateData],
    template: CertificateTemplate,
    *,
    blank: bool,
    is_cancelled: IsCancelled | None = None,
) -> list[FitProblem]:
    """Every field of every item that does not fit its box even at the minimum size.

    Run it before printing and show the list; an empty list means everything fits.
    Raises Cancelled.
    """
    problems: list[FitProblem] = []
    for index, item in enumerate(items):
        if is_cancelled is not None and index % _PROGRESS_STEP == 0 and is_cancelled():
            raise Cancelled()
        layout = layout_certificate(item, template, blank=blank)
        problems.extend(_problems_of(index, item, layout, template, blank))
    return problems


def _problems_error(problems: Sequence[FitProblem]) -> BadInput:
    shown = [p.line() for p in problems[:50]]
    more = f"\n… và {len(problems) - 50} ô khác." if len(problems) > 50 else ""
    return BadInput("cert.fields_overflow", n_problems=len(problems), shown="\n".join(shown), more=more)


# ---------------------------------------------------------------- drawing


def _color(box: FieldBox) -> Color:
    return RED if box.color == "red" else HexColor(box.hex_color)


def _draw_texts(c: Canvas, layout: CertificateLayout) -> None:
    t = c.beginText()
    current = None
    for placed in layout.texts:
        key = (placed.font, placed.size, placed.box.hex_color)
        if key != current:
            t.setFont(placed.font, placed.size)
            t.setFillColor(_color(placed.box))
            current = key
        for (x, y), line in zip(placed.origins, placed.fit.lines):
            t.setTextOrigin(x, y)
            t.textOut(line)
    c.drawText(t)
    for placed in layout.texts:
        if placed.box.rule_below and placed.origins:
            (x, y), w = placed.origins[-1], placed.widths[-1]
            c.setLineWidth(0.6)
            c.setStrokeColor(_color(placed.box))
            y_rule = y - 0.32 * placed.size
            c.line(x, y_rule, x + w, y_rule)


def _apply_profile(c: Canvas, profile: PrinterProfile | None, page_h_pt: float) -> None:
    """Printed (top-left mm) = offset + scale × template position; see printer_profiles."""
    if profile is None or profile.is_identity:
        return
    c.translate(profile.offset_x_mm * MM, page_h_pt - profile.offset_y_mm * MM)
    c.scale(profile.scale_x, profile.scale_y)
    c.translate(0, -page_h_pt)


def _diamond(p: PDFPathObject, cx: float, cy: float, rx: float, ry: float) -> None:
    p.moveTo(cx, cy + ry)
    p.lineTo(cx + rx, cy)
    p.lineTo(cx, cy - ry)
    p.lineTo(cx - rx, cy)
    p.close()


def _corner(c: Canvas, x: float, y: float, sx: int, sy: int, s: float) -> None:
    """An original corner ornament: an interlaced square knot with a lotus-bud tip,
    mirrored by (sx, sy) into each corner."""
    c.saveState()
    c.translate(x, y)
    c.scale(sx, sy)
    c.setStrokeColor(DEEP_RED)
    c.setFillColor(GOLD)
    c.setLineWidth(0.9)
    # Square knot block.
    c.rect(0, 0, 7 * s, 7 * s, stroke=1, fill=1)
    c.setFillColor(DEEP_RED)
    c.rect(1.6 * s, 1.6 * s, 3.8 * s, 3.8 * s, stroke=0, fill=1)
    c.setFillColor(GOLD_LIGHT)
    p = c.beginPath()
    _diamond(p, 3.5 * s, 3.5 * s, 1.5 * s, 1.5 * s)
    c.drawPath(p, stroke=0, fill=1)
    # Scrolls running along both edges from the block.
    c.setStrokeColor(GOLD)
    c.setLineWidth(1.1)
    for flip in (False, True):
        p = c.beginPath()
        if not flip:
            p.moveTo(7 * s, 3.5 * s)
            p.curveTo(10 * s, 7.5 * s, 14 * s, 0.5 * s, 18 * s, 3.5 * s)
            p.curveTo(20 * s, 5 * s, 22 * s, 4.2 * s, 23 * s, 3.5 * s)
        else:
            p.moveTo(3.5 * s, 7 * s)
            p.curveTo(7.5 * s, 10 * s, 0.5 * s, 14 * s, 3.5 * s, 18 * s)
            p.curveTo(5 * s, 20 * s, 4.2 * s, 22 * s, 3.5 * s, 23 * s)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _draw_border(c: Canvas, w: float, h: float) -> None:
    """The decorative vector border: an original design (gold and deep-red bands, a
    chain of small diamonds, knot corners) — not a copy of any state-level border."""
    outer = 7 * MM
    inner = 15 * MM
    c.saveState()
    # Outer band: a thick deep-red line with a thin gold line inside it.
    c.setStrokeColor(DEEP_RED)
    c.setLineWidth(3.2)
    c.rect(outer, outer, w - 2 * outer, h - 2 * outer, stroke=1, fill=0)
    c.setStrokeColor(GOLD)
    c.setLineWidth(0.8)
    gap = outer + 2.2 * MM
    c.rect(gap, gap, w - 2 * gap, h - 2 * gap, stroke=1, fill=0)
    # Inner frame: double line.
    c.setStrokeColor(DEEP_RED)
    c.setLineWidth(0.6)
    c.rect(inner, inner, w - 2 * inner, h - 2 * inner, stroke=1, fill=0)
    c.setStrokeColor(GOLD)
    c.setLineWidth(1.4)
    inner2 = inner - 1.3 * MM
    c.rect(inner2, inner2, w - 2 * inner2, h - 2 * inner2, stroke=1, fill=0)
    # A chain of diamonds along the middle of the band, in one path.
    mid = (gap + inner2) / 2
    step = 6 * MM
    rx, ry = 1.3 * MM, 0.9 * MM
    p = c.beginPath()
    corner_clear = 22 * MM
    n = int((w - 2 * corner_clear) // step)
    x0 = (w - n * step) / 2
    for i in range(n + 1):
        x = x0 + i * step
        _diamond(p, x, mid, rx, ry)
        _diamond(p, x, h - mid, rx, ry)
    n = int((h - 2 * corner_clear) // step)
    y0 = (h - n * step) / 2
    for i in range(n + 1):
        y = y0 + i * step
        _diamond(p, mid, y, ry, rx)
        _diamond(p, w - mid, y, ry, rx)
    c.setFillColor(GOLD)
    c.drawPath(p, stroke=0, fill=1)
    # Dots between the diamonds.
    c.setFillColor(DEEP_RED)
    p = c.beginPath()
    r = 0.35 * MM
    n = int((w - 2 * corner_clear) // step)
    for i in range(n):
        x = x0 + (i + 0.5) * step
        p.circle(x, mid, r)
        p.circle(x, h - mid, r)
    n = int((h - 2 * corner_clear) // step)
    for i in range(n):
        y = y0 + (i + 0.5) * step
        p.circle(mid, y, r)
        p.circle(w - mid, y, r)
    c.drawPath(p, stroke=0, fill=1)
    s = 1.0 * MM
    off = outer + 1.1 * MM
    _corner(c, off, off, 1, 1, s)
    _corner(c, w - off, off, -1, 1, s)
    _corner(c, off, h - off, 1, -1, s)
    _corner(c, w - off, h - off, -1, -1, s)
    c.restoreState()


def _star(c: Canvas, cx: float, cy: float, r: float) -> None:
    p = c.beginPath()
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.382
        angle = math.pi / 2 + i * math.pi / 5
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        p.moveTo(x, y) if i == 0 else p.lineTo(x, y)
    p.close()
    c.setFillColor(STAR_YELLOW)
    c.drawPath(p, stroke=0, fill=1)


def _flag(c: Canvas, x: float, y_top: float, mirror: bool, scale: float) -> None:
    """A red flag with a yellow star waving from a gilded pole; `x` is the pole's foot."""
    c.saveState()
    c.translate(x, y_top)
    c.scale(-scale if mirror else scale, scale)
    # Pole, leaning inwards.
    c.rotate(-12)
    c.setFillColor(GOLD)
    c.setStrokeColor(DEEP_RED)
    c.setLineWidth(0.4)
    c.rect(-0.9 * MM, -66 * MM, 1.8 * MM, 66 * MM, stroke=1, fill=1)
    c.circle(0, 1.6 * MM, 1.8 * MM, stroke=1, fill=1)
    # Waving cloth.
    w, h = 36 * MM, 24 * MM
    p = c.beginPath()
    p.moveTo(0.9 * MM, -1 * MM)
    p.curveTo(w * 0.35, 4 * MM, w * 0.65, -6 * MM, w, -1 * MM)
    p.lineTo(w, -1 * MM - h)
    p.curveTo(w * 0.65, -6 * MM - h, w * 0.35, 4 * MM - h, 0.9 * MM, -1 * MM - h)
    p.close()
    c.setFillColor(RED)
    c.setStrokeColor(DEEP_RED)
    c.setLineWidth(0.5)
    c.drawPath(p, stroke=1, fill=1)
    # Highlights of the folds.
    c.setStrokeColor(HexColor("#E2434F"))
    c.setLineWidth(0.7)
    for f in (0.3, 0.7):
        q = c.beginPath()
        q.moveTo(w * f, -2 * MM + (1.5 * MM if f < 0.5 else -2.5 * MM))
        q.lineTo(w * f, -h + 0.5 * MM + (1.5 * MM if f < 0.5 else -2.5 * MM))
        c.drawPath(q, stroke=1, fill=0)
    _star(c, w * 0.52, -1 * MM - h / 2 - 0.8 * MM, 6.5 * MM)
    c.restoreState()


def _draw_flags(c: Canvas, template: CertificateTemplate) -> None:
    """CSTĐCS: red flags on both sides of the title (DOMAIN.md §7), vector shapes."""
    w, h = template.page_w * MM, template.page_h * MM
    k = template.page_w / 297.0
    top = h - 36 * MM * k
    _flag(c, 26 * MM * k, top, False, k)
    _flag(c, w - 26 * MM * k, top, True, k)


def _draw_emblem(c: Canvas, template: CertificateTemplate, emblem: Path | None) -> None:
    if emblem is None or template.decor.emblem is None:
        return  # the emblem's place stays empty (the settings screen says none is set)
    x, y, bw, bh = template.decor.emblem
    try:
        c.drawImage(
            str(emblem),
            x * MM,
            (template.page_h - y - bh) * MM,
            bw * MM,
            bh * MM,
            preserveAspectRatio=True,
            anchor="c",
            mask="auto",
        )
    except Exception as exc:  # PIL/ReportLab raise many kinds for unreadable images
        raise BadInput("cert.emblem_unreadable", emblem=emblem, exc=exc) from None


def _static_form(c: Canvas, template: CertificateTemplate, emblem: Path | None) -> str:
    """Draw the design shared by every page once, as a form XObject; returns its name."""
    name = "CertDesign"
    c.beginForm(name)
    w, h = template.page_w * MM, template.page_h * MM
    if template.decor.border:
        _draw_border(c, w, h)
    if template.decor.flags:
        _draw_flags(c, template)
    _draw_emblem(c, template, emblem)
    c.endForm()
    return name


# ---------------------------------------------------------------- files


def _new_canvas(tmp: Path, template_title: str, w: float, h: float) -> Canvas:
    c = Canvas(str(tmp), pagesize=(w, h), pageCompression=0)
    # Viewers must not "fit to page" (~96 %): a blank's fields would miss their lines.
    c.setViewerPreference("PrintScaling", "None")
    c.setTitle(template_title)
    c.setAuthor("TĐKT Desk")
    c.setCreator("TĐKT Desk")
    return c


def render_certificates(
    items: Sequence[CertificateData],
    template: CertificateTemplate,
    *,
    out: Path,
    blank: bool = False,
    printer: PrinterProfile | None = None,
    emblem: Path | None = None,
    allow_overflow: bool = False,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> RenderReport:
    """Write one page per item, in order, to `out` (temp file, then rename).

    Full design (`blank=False`): border, emblem (top centre; empty when None), header
    lines and every field. Blank mode: only the variable fields of the template's blank
    boxes, moved by `printer` (the profile is ignored for the full design: plain paper
    needs no registration). Raises BadInput when the list is empty or a field does not fit
    (unless `allow_overflow`), Cancelled (nothing written), FileLocked.
    """
    out = Path(out)
    if not items:
        raise BadInput("cert.empty_list")
    started = time.perf_counter()
    register_fonts()
    total = len(items)
    layouts: list[CertificateLayout] = []
    problems: list[FitProblem] = []
    for index, item in enumerate(items):
        if is_cancelled is not None and index % _PROGRESS_STEP == 0 and is_cancelled():
            raise Cancelled()
        layout = layout_certificate(item, template, blank=blank)
        layouts.append(layout)
        if layout.problems:
            problems.extend(_problems_of(index, item, layout, template, blank))
    if problems and not allow_overflow:
        raise _problems_error(problems)

    w, h = template.page_w * MM, template.page_h * MM
    with atomic_output(out, suffix=".pdf.tmp") as tmp:
        c = _new_canvas(tmp, template.title, w, h)
        design = None if blank else _static_form(c, template, emblem)
        for index, layout in enumerate(layouts):
            if is_cancelled is not None and index % _PROGRESS_STEP == 0 and is_cancelled():
                raise Cancelled()
            if design is not None:
                c.doForm(design)
            elif printer is not None:
                c.saveState()
                _apply_profile(c, printer, h)
            _draw_texts(c, layout)
            if design is None and printer is not None:
                c.restoreState()
            c.showPage()
            if progress is not None and ((index + 1) % _PROGRESS_STEP == 0 or index + 1 == total):
                progress(index + 1, total)
        c.save()
    size = out.stat().st_size
    return RenderReport(out, total, size, time.perf_counter() - started, tuple(problems))


# ---------------------------------------------------------------- test sheet


# (number, x mm, y mm) as fractions of the page: corners 20 mm in, edge midpoints, centre.
def _targets(w_mm: float, h_mm: float) -> list[tuple[int, float, float]]:
    xs = (20.0, round(w_mm / 2, 1), w_mm - 20.0)
    ys = (20.0, round(h_mm / 2, 1), h_mm - 20.0)
    out = []
    n = 1
    for y in ys:
        for x in xs:
            out.append((n, x, y))
            n += 1
    return out


def _mm_text(value: float) -> str:
    """148.5 → '148,5' (the decimal comma the clerk types back in the calibration screen)."""
    return f"{value:g}".replace(".", ",")


TEST_SHEET_TARGETS = _targets  # (w_mm, h_mm) → [(number, x_mm, y_mm)], for the calibration screen


def _draw_test_sheet_marks(c: Canvas, w: float, h: float) -> None:
    """The four squares that app/scan_reader.read_test_sheet finds on a scan of the sheet."""
    # Lazy: only the printer test sheet draws scan marks; certificates do not need them.
    from app.exports.scan_marks import TEST_SHEET_INSET, draw_scan_marks

    draw_scan_marks(c, w, h, None, TEST_SHEET_INSET)


def render_test_sheet(
    template_or_page: CertificateTemplate | tuple[float, float],
    out: Path,
    printer: PrinterProfile | None = None,
) -> Path:
    """A calibration sheet: mm rulers along the four edges and numbered crosshair targets
    at known positions (mm from the top-left corner, printed beside each target).

    Print it at 100 % on the blank's paper size, measure with a ruler from the paper's left
    and top edges to the centre of each target, and enter the readings in the calibration
    screen (`profile_from_measurements`). With `printer` the sheet is printed through the
    profile, so a good profile puts every target exactly where its label says.
    """
    out = Path(out)
    if isinstance(template_or_page, CertificateTemplate):
        w_mm, h_mm, title = template_or_page.page_w, template_or_page.page_h, template_or_page.title
    else:
        w_mm, h_mm = (float(v) for v in template_or_page)
        title = f"{w_mm:g}×{h_mm:g} mm"
    register_fonts()
    w, h = w_mm * MM, h_mm * MM
    with atomic_output(out, suffix=".pdf.tmp") as tmp:
        c = _new_canvas(tmp, "Tờ in thử căn chỉnh máy in", w, h)
        c.saveState()
        _apply_profile(c, printer, h)
        c.setStrokeColorRGB(0, 0, 0)
        c.setFillColorRGB(0, 0, 0)
        # Rulers: ticks every mm, longer every 5 and 10 mm, labelled every 10 mm.
        for along, _length, horizontal in ((w_mm, h_mm, True), (h_mm, w_mm, False)):
            p = c.beginPath()
            for mm in range(int(along) + 1):
                tick = (5.0 if mm % 10 == 0 else 3.5 if mm % 5 == 0 else 2.0) * MM
                pos = mm * MM
                if horizontal:
                    p.moveTo(pos, h)
                    p.lineTo(pos, h - tick)
                    p.moveTo(pos, 0)
                    p.lineTo(pos, tick)
                else:
                    p.moveTo(0, h - pos)
                    p.lineTo(tick, h - pos)
                    p.moveTo(w, h - pos)
                    p.lineTo(w - tick, h - pos)
            c.setLineWidth(0.25)
            c.drawPath(p, stroke=1, fill=0)
            c.setFont(SERIF, 6)
            for mm in range(10, int(along), 10):
                pos = mm * MM
                if horizontal:
                    c.drawCentredString(pos, h - 8 * MM, str(mm))
                    c.drawCentredString(pos, 6.5 * MM, str(mm))
                else:
                    c.drawString(6 * MM, h - pos - 2, str(mm))
                    c.drawRightString(w - 6 * MM, h - pos - 2, str(mm))
        # Targets.
        for number, x_mm, y_mm in _targets(w_mm, h_mm):
            x, y = x_mm * MM, h - y_mm * MM
            c.setLineWidth(0.3)
            c.line(x - 8 * MM, y, x + 8 * MM, y)
            c.line(x, y - 8 * MM, x, y + 8 * MM)
            for r in (1, 2, 4):
                c.circle(x, y, r * MM, stroke=1, fill=0)
            for k in range(-8, 9):
                if k:
                    t = (1.2 if k % 5 == 0 else 0.6) * MM
                    c.line(x + k * MM, y - t, x + k * MM, y + t)
                    c.line(x - t, y + k * MM, x + t, y + k * MM)
            c.setFont(SERIF_BOLD, 11)
            dx = 9 * MM if x_mm < w_mm - 40 else -9 * MM
            draw = c.drawString if dx > 0 else c.drawRightString
            draw(x + dx, y + 2.5 * MM, f"{number}")
            c.setFont(SERIF, 8)
            draw(x + dx, y - 1.5 * MM, f"x = {_mm_text(x_mm)} mm; y = {_mm_text(y_mm)} mm")
        _draw_test_sheet_marks(c, w, h)
        c.restoreState()
        # Instructions (not moved by the profile: they are read, not registered).
        lines = [
            ("TỜ IN THỬ CĂN CHỈNH MÁY IN", SERIF_BOLD, 14),
            (f"Khổ giấy: {title} ({w_mm:g}×{h_mm:g} mm)", SERIF, 10),
            ("In với tỉ lệ 100% (Actual size / Kích thước thực), KHÔNG chọn “Fit to page”.", SERIF, 10),
            ("Dùng thước đo từ mép trái và mép trên tờ giấy đến tâm mỗi dấu; ghi lại số đo.", SERIF, 10),
            (
                "Nhập đúng số đo (dấu in ra ở đâu) vào màn hình Căn chỉnh máy in; chương trình tự tính độ lệch.",
                SERIF,
                10,
            ),
        ]
        if printer is not None and not printer.is_identity:
            lines.append(
                (
                    f"Đã áp dụng hồ sơ máy in «{printer.name}»: lệch X {printer.offset_x_mm:+g} mm, "
                    f"lệch Y {printer.offset_y_mm:+g} mm, tỉ lệ {printer.scale_x:g} × {printer.scale_y:g}.",
                    SERIF,
                    10,
                )
            )
        y = h / 2 - 22 * MM
        for text, font, size in lines:
            c.setFont(font, size)
            c.drawCentredString(w / 2, y, nfc(text))
            y -= size * 1.45
        c.showPage()
        c.save()
    return out
