"""Page images of certificate PDFs, for the preview and for printing through Qt.

PySide6-Essentials has no QtPdf, so a PDF page becomes an image with poppler's pdftoppm
(`app.services.printing.pdf_page_png`) when it is installed; otherwise the page is drawn
with QPainter from the engine's own layout (`printing.page_layouts`: the same boxes,
sizes and lines as the PDF, without the border artwork). Printing paints each page image
over the whole sheet of a QPrinter in FullPage mode: 100 % scale, no margins, no fitting.
GUI thread.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from app.exports.certificates import CertificateLayout
from app.exports.cert_templates import CertificateTemplate
from app.exports.printer_profiles import PrinterProfile
from app.services import printing

MM_PER_PT = 25.4 / 72


def page_image(pdf: Path, page: int, dpi: int) -> QImage | None:
    """Page `page` (1-based) of `pdf` as an image, or None without pdftoppm."""
    if not printing.pdftoppm_available():
        return None
    with tempfile.TemporaryDirectory(prefix="tdkt-page-") as tmp:
        png = printing.pdf_page_png(pdf, page=page, out_prefix=Path(tmp) / "page", dpi=dpi)
        image = QImage(str(png))
    return None if image.isNull() else image


def draw_layout(painter: QPainter, template: CertificateTemplate, layout: CertificateLayout, *, px_per_mm: float,
                profile: PrinterProfile | None = None, boxes: bool = False) -> None:
    """Draw one page's texts (and optionally their boxes) from the engine's layout."""
    painter.save()
    if profile is not None:
        painter.translate(profile.offset_x_mm * px_per_mm, profile.offset_y_mm * px_per_mm)
        painter.scale(profile.scale_x, profile.scale_y)
    page_h_pt = template.page_h / MM_PER_PT
    for placed in layout.texts:
        font = QFont("Liberation Serif")
        font.setBold(placed.box.bold)
        font.setItalic(placed.box.italic)
        font.setPixelSize(max(1, round(placed.size * MM_PER_PT * px_per_mm)))
        painter.setFont(font)
        painter.setPen(QColor(placed.box.hex_color))
        for (x, y), line in zip(placed.origins, placed.fit.lines):
            painter.drawText(QPointF(x * MM_PER_PT * px_per_mm, (page_h_pt - y) * MM_PER_PT * px_per_mm), line)
        if boxes:
            b = placed.box
            painter.setPen(QPen(QColor("#3a78c2"), 0, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(b.x * px_per_mm, b.y * px_per_mm, b.w * px_per_mm, b.h * px_per_mm))
    painter.restore()


def layout_image(template: CertificateTemplate, layout: CertificateLayout, *, px_per_mm: float,
                 profile: PrinterProfile | None = None) -> QImage:
    """A page drawn from the layout (the fallback preview)."""
    image = QImage(round(template.page_w * px_per_mm), round(template.page_h * px_per_mm),
                   QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    draw_layout(painter, template, layout, px_per_mm=px_per_mm, profile=profile, boxes=True)
    painter.end()
    return image


def setup_printer(printer: QPrinter, template: CertificateTemplate) -> None:
    """The sheet of the template, landscape when wider than tall, no margins, FullPage:
    the page is printed at 100 % from the paper's corner (the profile does registration)."""
    w, h = template.page_w, template.page_h
    portrait = QSizeF(min(w, h), max(w, h))
    size = QPageSize(portrait, QPageSize.Unit.Millimeter, template.title, QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if w > h else QPageLayout.Orientation.Portrait
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))


def print_pages(printer: QPrinter, template: CertificateTemplate, *, pdf: Path | None,
                layouts: Sequence[CertificateLayout], profile: PrinterProfile | None, dpi: int = 300) -> int:
    """Print every page on `printer` at 100 %: the PDF's page images when pdftoppm is
    there (the profile is already inside the blank-mode PDF), else the layouts drawn
    directly with the profile. Returns the number of pages sent."""
    setup_printer(printer, template)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("QPainter.begin(QPrinter) failed")
    try:
        res = printer.resolution()
        px_per_mm = res / 25.4
        target = QRectF(0, 0, template.page_w * px_per_mm, template.page_h * px_per_mm)
        for index, layout in enumerate(layouts):
            if index:
                printer.newPage()
            image = page_image(pdf, index + 1, dpi) if pdf is not None else None
            if image is not None:
                painter.drawImage(target, image)
            else:
                draw_layout(painter, template, layout, px_per_mm=px_per_mm, profile=profile)
    finally:
        painter.end()
    return len(layouts)
