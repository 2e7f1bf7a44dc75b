"""Preview and printing through QtPdf (issue 13): the real page with its border, emblem
and red title, printed at 100 % onto the paper; the shipped fonts are registered with Qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QImage
from PySide6.QtPrintSupport import QPrinter

from app.errors import BadInput
from app.exports.cert_templates import load_template
from app.exports.certificates import CertificateData, render_certificates
from tests.ui.decisions.test_decisions import approved_db  # noqa: F401  (fixture)
from tests.ui.printing.test_printing import decision_db, screen  # noqa: F401  (fixtures)
from ui.printing import output

ITEM = CertificateData(
    full_name="Nguyễn Thị Hoa",
    gender="F",
    position="Chuyên viên chính",
    unit="Vụ Cơ sở đảng",
    achievement="Đã có thành tích xuất sắc trong phong trào thi đua năm 2025",
    decision_number="125/QĐ-BTCTW",
    decision_date=dt.date(2025, 12, 20),
    so_so_vang="1",
    place="Hà Nội",
    signer_title="TRƯỞNG BAN",
    signer_name="Nguyễn Văn A",
    agency_name="Ban Tổ chức Trung ương",
)
EMBLEM_BLUE = QColor("#0044ff")
MM_PER_INCH = 25.4


@pytest.fixture
def certificate(tmp_path) -> tuple[Path, object]:
    emblem = QImage(120, 120, QImage.Format.Format_RGB32)
    emblem.fill(EMBLEM_BLUE)
    emblem_path = tmp_path / "quốc huy 100%.png"
    assert emblem.save(str(emblem_path))
    template = load_template("giay-khen")
    pdf = tmp_path / "giấy khen #1.pdf"
    render_certificates([ITEM, ITEM], template, out=pdf, emblem=emblem_path)
    return pdf, template


def _px(mm: float, dpi: float) -> int:
    return round(mm / MM_PER_INCH * dpi)


def _is_deep_red(c: QColor) -> bool:
    return c.red() > 100 and c.green() < 80 and c.blue() < 80


def _near(image: QImage, x: int, y: int, test, radius: int = 2) -> bool:
    return any(
        test(image.pixelColor(x + dx, y + dy)) for dx in range(-radius, radius + 1) for dy in range(-radius, radius + 1)
    )


def _assert_full_design(image: QImage, template, dpi: float) -> None:
    w, h = template.page_w, template.page_h
    assert abs(image.width() - _px(w, dpi)) <= 1 and abs(image.height() - _px(h, dpi)) <= 1
    # The deep-red outer band of the border, 7 mm inside each edge, on all four sides.
    for x_mm, y_mm in ((w / 2, 7), (w / 2, h - 7), (7, h / 2), (w - 7, h / 2)):
        assert _near(image, _px(x_mm, dpi), _px(y_mm, dpi), _is_deep_red), (x_mm, y_mm)
    # The emblem, centred in its box.
    ex, ey, ew, eh = template.decor.emblem
    centre = image.pixelColor(_px(ex + ew / 2, dpi), _px(ey + eh / 2, dpi))
    assert abs(centre.blue() - 255) < 20 and centre.red() < 30, centre.name()
    # Paper outside the border is white, not transparent black.
    assert image.pixelColor(2, 2) == QColor("white")


def test_certificate_renders_through_qtpdf_with_border_and_emblem(certificate):
    pdf, template = certificate
    image = output.page_image(pdf, 2, dpi=100)
    _assert_full_design(image, template, 100)
    # The red title "GIẤY KHEN" is drawn in the band of its box.
    (box,) = [b for b in template.full if b.name == "award"]
    reds = sum(
        1
        for x in range(_px(box.x, 100), _px(box.x + box.w, 100), 2)
        for y in range(_px(box.y, 100), _px(box.y + box.h, 100), 2)
        if image.pixelColor(x, y).red() > 150 and image.pixelColor(x, y).green() < 90
    )
    assert reds > 20


def test_missing_page_or_unreadable_pdf_is_a_clear_error(certificate, tmp_path):
    pdf, _ = certificate
    with pytest.raises(BadInput, match="không có trang 3"):
        output.page_image(pdf, 3, dpi=50)
    broken = tmp_path / "hỏng.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(BadInput, match="hỏng.pdf"):
        output.page_image(broken, 1, dpi=50)


def test_printing_puts_the_pdf_on_paper_at_100_percent(certificate, tmp_path):
    pdf, template = certificate
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "máy in.pdf"
    printer.setOutputFileName(str(printed))
    printer.setResolution(150)
    assert output.print_pages(printer, template, pdf=pdf) == 2
    source, paper = output.open_pdf(pdf), output.open_pdf(printed)
    try:
        assert paper.pageCount() == 2
        for i in range(2):
            a, b = source.pagePointSize(i), paper.pagePointSize(i)
            assert abs(a.width() - b.width()) < 1 and abs(a.height() - b.height()) < 1  # same sheet, landscape
        on_paper = output.render_page(paper, 1, 100)
        _assert_full_design(on_paper, template, 100)
        original = output.render_page(source, 1, 100)
        diff = sum(
            abs(QColor(on_paper.pixel(x, y)).lightness() - QColor(original.pixel(x, y)).lightness())
            for x in range(0, original.width() - 1, 4)
            for y in range(0, original.height() - 1, 4)
        )
        samples = len(range(0, original.width() - 1, 4)) * len(range(0, original.height() - 1, 4))
        assert diff / samples < 6  # the same picture, not shifted or rescaled
    finally:
        source.close()
        paper.close()


def test_every_shipped_font_is_registered_with_qt(app):
    from app.paths import resources_dir

    families = set(QFontDatabase.families())
    assert {"Liberation Serif", "Be Vietnam Pro"} <= families
    assert len(list((resources_dir() / "fonts").glob("*.ttf"))) == 8
    styles = set(QFontDatabase.styles("Liberation Serif"))
    assert {"Regular", "Bold", "Italic", "Bold Italic"} <= styles
    bold = QFont("Liberation Serif")
    bold.setBold(True)
    info = QFontInfo(bold)
    assert info.family() == "Liberation Serif" and info.bold()


def test_printing_screen_previews_the_real_page(screen, tmp_path):
    screen.mode.setCurrentIndex(screen.mode.findData("full"))
    screen.check_button.click()
    assert screen.page.maximum() >= 1
    image = screen._image
    assert image is not None and not image.isNull()
    template = load_template(screen.template_key())
    dpi = image.width() / (template.page_w / MM_PER_INCH)
    w, h = template.page_w, template.page_h
    for x_mm, y_mm in ((w / 2, 7), (w / 2, h - 7), (7, h / 2)):
        assert _near(image, _px(x_mm, dpi), _px(y_mm, dpi), _is_deep_red), (x_mm, y_mm)
    assert "QtPdf" in screen.preview_note.text()
    assert not screen.preview.pixmap().isNull()
    screen.grab().save(str(tmp_path / "printing-preview.png"))


def test_qt_draws_the_certificate_font_like_the_pdf(certificate, app):
    """The title drawn by QtPdf is as wide as Qt measures it in the registered Liberation
    Serif Bold: with a substitute font (the old bug) Qt's text would not fit the PDF's."""
    from PySide6.QtGui import QFontMetricsF

    from app.exports.certificates import layout_certificate

    pdf, template = certificate
    dpi = 200
    image = output.page_image(pdf, 1, dpi=dpi)
    placed = layout_certificate(ITEM, template, blank=False).text("award")
    (line,) = placed.fit.lines
    box = placed.box
    xs = [
        x
        for x in range(_px(box.x, dpi), _px(box.x + box.w, dpi))
        for y in range(_px(box.y, dpi), _px(box.y + box.h, dpi), 3)
        if image.pixelColor(x, y).red() > 150 and image.pixelColor(x, y).green() < 90
    ]
    drawn = max(xs) - min(xs)
    font = QFont("Liberation Serif")
    font.setBold(True)
    font.setPixelSize(round(placed.size / 72 * dpi))
    measured = QFontMetricsF(font).tightBoundingRect(line).width()
    assert abs(drawn - measured) / measured < 0.03, (line, drawn, measured)
    fallback = QFont("DejaVu Serif")
    fallback.setBold(True)
    fallback.setPixelSize(font.pixelSize())
    if QFontInfo(fallback).family() != "Liberation Serif":  # a substitute is measurably different
        assert abs(QFontMetricsF(fallback).tightBoundingRect(line).width() - measured) / measured > 0.03
