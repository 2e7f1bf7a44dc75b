"""Certificate PDFs on screen and on paper through QtPdf (pdfium inside Qt, no external
program): the preview shows the real pages (border, emblem, red lines, the embedded
fonts), and *In* renders every page at the printer's own resolution and paints it
pixel for pixel from the paper's corner of a QPrinter in FullPage mode: 100 %, no
margins, no fit-to-page, so the paper equals the PDF (the printer profile's offsets are
already inside a blank-mode PDF). GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPoint, QRect, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from app.errors import BadInput
from app.rules.cert_template import CertificateTemplate

POINTS_PER_INCH = 72.0
# A page is rendered whole (QtPdf's clipped rendering does not line up band by band);
# above 600 dpi an A4 page would take over 500 MB, so a finer printer gets a 600 dpi
# image drawn onto exactly the same paper area: still 100 %, the page is never refitted.
MAX_PRINT_DPI = 600


def open_pdf(pdf: str | Path) -> QPdfDocument:
    """Load `pdf` with QtPdf; BadInput (naming the file) when it cannot be read."""
    doc = QPdfDocument()
    status = doc.load(str(pdf))
    if status != QPdfDocument.Error.None_ or doc.pageCount() < 1:
        doc.close()
        raise BadInput(detail=f"Không đọc được tệp PDF {pdf} để xem hoặc in ({status.name}).")
    return doc


def page_pixel_size(doc: QPdfDocument, index: int, dpi: float) -> QSize:
    """Size in pixels of page `index` (0-based) rendered at `dpi`."""
    size = doc.pagePointSize(index)
    return QSize(
        max(1, round(size.width() * dpi / POINTS_PER_INCH)), max(1, round(size.height() * dpi / POINTS_PER_INCH))
    )


def render_ink(doc: QPdfDocument, index: int, dpi: float) -> QImage:
    """Page `index` (0-based) at `dpi`: the ink on a transparent background."""
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
    rendered = doc.render(index, page_pixel_size(doc, index, dpi), options)
    if rendered.isNull():
        raise BadInput(detail=f"Không vẽ được trang {index + 1} của tệp PDF (thiếu bộ nhớ?).")
    return rendered


def render_page(doc: QPdfDocument, index: int, dpi: float) -> QImage:
    """Page `index` (0-based) at `dpi` on white paper."""
    rendered = render_ink(doc, index, dpi)
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(QPoint(0, 0), rendered)
    painter.end()
    return paper


def page_image(pdf: str | Path, page: int, dpi: float) -> QImage:
    """Page `page` (1-based) of `pdf` as an image at `dpi` (the preview)."""
    doc = open_pdf(pdf)
    try:
        if not 1 <= page <= doc.pageCount():
            raise BadInput(detail=f"Tệp PDF {pdf} có {doc.pageCount()} trang; không có trang {page}.")
        return render_page(doc, page - 1, dpi)
    finally:
        doc.close()


def setup_printer(printer: QPrinter, template: CertificateTemplate) -> None:
    """The sheet of the template, landscape when wider than tall, no margins, FullPage:
    the page is printed at 100 % from the paper's corner (the profile does registration)."""
    w, h = template.page_w, template.page_h
    portrait = QSizeF(min(w, h), max(w, h))
    size = QPageSize(portrait, QPageSize.Unit.Millimeter, template.title, QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if w > h else QPageLayout.Orientation.Portrait
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))


def print_pages(printer: QPrinter, template: CertificateTemplate, *, pdf: str | Path) -> int:
    """Print every page of `pdf` on `printer` at 100 %: each page is rendered with
    QPdfDocument at `printer.resolution()` (at most MAX_PRINT_DPI) and drawn from the
    paper's corner over exactly the page's size on paper, pixel for pixel when the printer
    is at most 600 dpi.
    Returns the number of pages sent. BadInput when the PDF cannot be read; RuntimeError
    when the printer cannot be opened."""
    doc = open_pdf(pdf)
    try:
        setup_printer(printer, template)
        device_dpi = printer.resolution()
        dpi = min(device_dpi, MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError("QPainter.begin(QPrinter) failed")
        try:
            for index in range(doc.pageCount()):
                if index:
                    printer.newPage()
                ink = render_ink(doc, index, dpi)  # white paper needs no white ink
                if dpi == device_dpi:
                    painter.drawImage(QPoint(0, 0), ink)
                else:
                    painter.drawImage(QRect(QPoint(0, 0), page_pixel_size(doc, index, device_dpi)), ink)
                del ink
        finally:
            painter.end()
        return doc.pageCount()
    finally:
        doc.close()
