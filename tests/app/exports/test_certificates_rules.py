"""Certificate engine without poppler: text rules, fitting, templates, printer profiles,
crash-safe writing and cancellation."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

import pytest

from app.errors import BadInput, Cancelled
from app.exports.cert_templates import (
    TEMPLATE_KEYS,
    FieldBox,
    load_template,
    template_from_dict,
    template_to_dict,
)
from app.exports.certificates import (
    MM,
    CertificateData,
    check_fit,
    field_texts,
    layout_certificate,
    render_certificates,
    render_test_sheet,
)
from app.exports.printer_profiles import PrinterProfile, parse_printer_spec, profile_from_measurements
from app.rules.certificate_text import (
    decision_line,
    fit_text,
    issuer_line,
    recipient_line,
    salutation,
    so_so_vang_line,
    upper_vn,
)


def mono(text: str, size: float) -> float:
    """A fake font: every character is half an em wide."""
    return len(text) * size * 0.5


# ---------------------------------------------------------------- text rules


@pytest.mark.parametrize(
    ("kind", "gender", "override", "expected"),
    [
        ("person", "M", "", "Ông"),
        ("person", "F", "", "Bà"),
        ("person", "f", "", "Bà"),
        ("person", None, "", ""),  # never a guessed "Ông" (DOMAIN.md §7)
        ("collective", "M", "", "Tập thể"),
        ("person", "F", "Đồng chí", "Đồng chí"),
    ],
)
def test_salutation_from_gender(kind, gender, override, expected):
    assert salutation(kind, gender, override) == expected


def test_recipient_line_does_not_double_tap_the():
    assert recipient_line("collective", "Tập thể Vụ Đảng viên", None) == "Tập thể Vụ Đảng viên"
    assert recipient_line("collective", "Vụ Đảng viên", None) == "Tập thể Vụ Đảng viên"
    assert recipient_line("person", "Nguyễn Thị Hoa", "F") == "Bà Nguyễn Thị Hoa"


def test_issuer_line_merges_the_repeated_word_and_drops_kt():
    assert issuer_line("", "Trưởng Ban", "Ban Tổ chức Trung ương") == "TRƯỞNG BAN TỔ CHỨC TRUNG ƯƠNG"
    assert issuer_line("", "Giám đốc", "Sở Nội vụ") == "GIÁM ĐỐC SỞ NỘI VỤ"
    assert issuer_line("", "KT. Giám đốc\nPhó Giám đốc", "Sở Nội vụ") == "GIÁM ĐỐC SỞ NỘI VỤ"
    assert issuer_line("Khối trưởng Khối thi đua", "x", "y") == "KHỐI TRƯỞNG KHỐI THI ĐUA"


def test_upper_keeps_vietnamese_letters_composed():
    text = upper_vn(unicodedata.normalize("NFD", "chiến sĩ thi đua cơ sở"))
    assert text == "CHIẾN SĨ THI ĐUA CƠ SỞ"
    assert unicodedata.is_normalized("NFC", text)


def test_decision_and_golden_book_lines():
    assert decision_line("125/QĐ-BTCTW", dt.date(2025, 12, 20)) == "Quyết định số 125/QĐ-BTCTW ngày 20/12/2025"
    assert decision_line("Số: 05/QĐ-HĐTĐKT", dt.date(2024, 3, 5)) == "Quyết định số 05/QĐ-HĐTĐKT ngày 05/03/2024"
    assert decision_line("", dt.date(2024, 3, 5)) == ""
    assert so_so_vang_line("15") == "Số sổ vàng: 15" and so_so_vang_line(" ") == ""


def test_date_line_pads_month_only_for_january_and_february():
    item = CertificateData(full_name="A", gender="M", place="Hà Nội", date=dt.date(2025, 3, 5))
    assert field_texts(item, load_template("giay-khen"))["date_line"] == "Hà Nội, ngày 05 tháng 3 năm 2025"
    item = dataclasses.replace(item, date=None, decision_date=dt.date(2025, 2, 1))
    assert field_texts(item, load_template("giay-khen"))["date_line"] == "Hà Nội, ngày 01 tháng 02 năm 2025"


# ---------------------------------------------------------------- fitting


def test_fit_keeps_size_when_it_fits():
    fit = fit_text("abc def", width=100, height=20, size=10, min_size=6, measure=mono)
    assert (fit.size, fit.lines, fit.fits) == (10, ("abc def",), True)


def test_fit_wraps_before_shrinking():
    # 3 lines of 12 pt leading fit 40 pt: wrapped at the full size, not shrunk.
    fit = fit_text("aaaa bbbb cccc", width=25, height=40, size=10, min_size=6, measure=mono)
    assert fit.size == 10 and fit.lines == ("aaaa", "bbbb", "cccc") and fit.fits


def test_fit_shrinks_down_to_min_then_reports():
    fit = fit_text("aaaa bbbb", width=30, height=12, size=10, min_size=6, measure=mono)
    assert fit.fits and fit.size < 10 and len(fit.lines) == 1
    assert fit.widest <= 30
    fit = fit_text("aaaa " * 40, width=30, height=12, size=10, min_size=6, measure=mono)
    assert not fit.fits and fit.size == 6


def test_fit_reports_a_word_wider_than_the_box():
    fit = fit_text("x" * 50, width=30, height=100, size=10, min_size=8, measure=mono)
    assert not fit.fits and fit.widest > 30


def test_long_name_shrinks_and_stays_in_its_box():
    template = load_template("giay-khen")
    short = layout_certificate(CertificateData(full_name="Lê An", gender="M"), template, blank=False)
    long_item = CertificateData(
        full_name="Tôn Nữ Thị Ngọc Bích Phương Thảo Nguyễn Hoàng Kim Chi Hồng Nhung", gender="F"
    )
    long = layout_certificate(long_item, template, blank=False)
    box = template.field("recipient", blank=False)
    placed = long.text("recipient")
    assert short.text("recipient").size == box.size
    assert box.min_size <= placed.size < box.size
    assert not long.problems
    left, right = box.x * MM, (box.x + box.w) * MM
    for (x, _), w in zip(placed.origins, placed.widths):
        assert left - 0.01 <= x and x + w <= right + 0.01


def test_overlong_achievement_is_reported_and_render_refuses(tmp_path):
    template = load_template("giay-khen")
    good = CertificateData(full_name="Lê An", gender="M", achievement="Hoàn thành xuất sắc nhiệm vụ")
    bad = dataclasses.replace(good, full_name="Phạm Thu Hà", gender="F", achievement="thành tích " * 300)
    problems = check_fit([good, bad], template, blank=False)
    assert [(p.index, p.field, p.recipient) for p in problems] == [(1, "achievement", "Bà Phạm Thu Hà")]
    assert "cỡ chữ nhỏ nhất" in problems[0].line() and problems[0].line().startswith("Giấy thứ 2")
    out = tmp_path / "gk.pdf"
    with pytest.raises(BadInput) as info:
        render_certificates([good, bad], template, out=out)
    assert "Giấy thứ 2 (Bà Phạm Thu Hà)" in info.value.message()
    assert not out.exists() and list(tmp_path.iterdir()) == []
    report = render_certificates([good, bad], template, out=out, allow_overflow=True)
    assert report.pages == 2 and len(report.problems) == 1 and out.exists()


# ---------------------------------------------------------------- templates


@pytest.mark.parametrize("key", TEMPLATE_KEYS)
def test_shipped_templates_round_trip_and_keep_headers_off_blanks(key):
    template = load_template(key)
    assert template_from_dict(template_to_dict(template)) == template
    assert not {b.name for b in template.blank} & {"header_1", "header_2"}
    assert template.field("recipient", blank=True) is not None
    if key == "bang-khen":
        assert (template.page_w, template.page_h) == (420, 297)
    else:
        assert (template.page_w, template.page_h) == (297, 210)
    assert template.decor.flags == (key == "cstdcs")
    red = {b.name for b in template.full if b.color == "red"}
    assert red == {"issuer", "award"}


def test_template_validation_names_the_field():
    data = template_to_dict(load_template("giay-khen"))
    data["blank"]["fields"]["recipient"]["x"] = 290
    with pytest.raises(BadInput, match="recipient.*ngoài trang"):
        template_from_dict(data, where="mẫu thử")
    data = template_to_dict(load_template("giay-khen"))
    data["full"]["fields"]["award"]["min_size"] = 99
    with pytest.raises(BadInput, match="award"):
        template_from_dict(data)
    with pytest.raises(BadInput, match="giay-khen"):
        load_template("giay")


def test_with_box_replaces_one_box():
    template = load_template("giay-khen")
    moved = dataclasses.replace(template.field("recipient", blank=True), y=120.0)
    edited = template.with_box(moved, blank=True)
    assert edited.field("recipient", blank=True).y == 120.0
    assert len(edited.blank) == len(template.blank) and edited.full == template.full
    assert isinstance(moved, FieldBox)


# ---------------------------------------------------------------- printer profiles


def test_profile_spec_and_file(tmp_path):
    p = parse_printer_spec("1.5,-0.8")
    assert (p.offset_x_mm, p.offset_y_mm, p.scale_x, p.scale_y) == (1.5, -0.8, 1.0, 1.0)
    p = parse_printer_spec("0,0,1.01,0.99")
    assert (p.scale_x, p.scale_y) == (1.01, 0.99)
    f = tmp_path / "may-in.json"
    f.write_text('{"Canon Phòng Tổ chức": {"offset_x_mm": -1.2, "offset_y_mm": 0.6}}', encoding="utf-8")
    p = parse_printer_spec("canon phong to chuc", f)
    assert (p.name, p.offset_x_mm, p.offset_y_mm) == ("Canon Phòng Tổ chức", -1.2, 0.6)
    with pytest.raises(BadInput, match="Canon Phòng Tổ chức"):
        parse_printer_spec("HP", f)
    with pytest.raises(BadInput):
        parse_printer_spec("HP")
    with pytest.raises(BadInput, match="vượt quá"):
        PrinterProfile("x", offset_x_mm=50)


def test_profile_from_measurements_corrects_offset_and_scale():
    # A printer that shifts 1.5 mm right, 0.8 mm up, and prints 1 % too large horizontally.
    def printed(x, y):
        return 1.5 + 1.01 * x, -0.8 + y

    targets = [(x, y, *printed(x, y)) for x, y in ((20, 20), (148.5, 105), (277, 190))]
    profile = profile_from_measurements("Máy A", targets)
    for x, y in ((20, 20), (200, 150)):
        drawn = profile.apply(x, y)
        assert printed(*drawn) == pytest.approx((x, y), abs=0.02)
    offset_only = profile_from_measurements("Máy B", [(20, 20, 21, 19.5)])
    assert (offset_only.offset_x_mm, offset_only.offset_y_mm, offset_only.scale_x) == (-1.0, 0.5, 1.0)


def _matrices(path) -> list[tuple[float, ...]]:
    import re

    found = re.findall(rb"([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) cm", path.read_bytes())
    return [tuple(float(v) for v in m) for m in found if tuple(float(v) for v in m) != (1, 0, 0, 1, 0, 0)]


def test_profile_is_one_transform_of_the_blank_page(tmp_path):
    template = load_template("giay-khen")
    item = CertificateData(full_name="Lê An", gender="M", signer_name="Nguyễn Văn A")
    plain, moved = tmp_path / "plain.pdf", tmp_path / "moved.pdf"
    render_certificates([item], template, out=plain, blank=True)
    render_certificates(
        [item],
        template,
        out=moved,
        blank=True,
        printer=PrinterProfile("p", offset_x_mm=2.0, offset_y_mm=-1.0, scale_x=1.01),
    )
    assert _matrices(plain) == []
    ((a, b, c, d, e, f),) = _matrices(moved)
    # x' = 2 mm + 1.01 x; y (from the top) moves 1 mm up: +1 mm in PDF coordinates.
    assert (a, b, c, d) == (1.01, 0, 0, 1)
    assert e == pytest.approx(2.0 * MM, abs=1e-4) and f == pytest.approx(1.0 * MM, abs=1e-4)
    # The full design on plain paper ignores the profile.
    full = tmp_path / "full.pdf"
    render_certificates([item], template, out=full, printer=PrinterProfile("p", offset_x_mm=2.0))
    assert all(m[4] != pytest.approx(2.0 * MM) for m in _matrices(full))


# ---------------------------------------------------------------- files


def test_render_is_crash_safe_and_cancellable(tmp_path):
    template = load_template("cstdcs")
    items = [CertificateData(full_name=f"Người số {i}", gender="M") for i in range(30)]
    out = tmp_path / "cs.pdf"
    out.write_bytes(b"old")
    calls = {"n": 0}

    def cancel_later() -> bool:
        calls["n"] += 1
        return calls["n"] > 4  # after the layout pass, during drawing

    with pytest.raises(Cancelled):
        render_certificates(items, template, out=out, is_cancelled=cancel_later)
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cs.pdf"]
    seen = []
    report = render_certificates(items, template, out=out, progress=lambda d, t: seen.append((d, t)))
    assert report.pages == 30 and seen[-1] == (30, 30)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/PrintScaling /None" in data
    with pytest.raises(BadInput, match="trống"):
        render_certificates([], template, out=tmp_path / "x.pdf")


def test_emblem_is_embedded_once(tmp_path):
    from PIL import Image

    emblem = tmp_path / "biểu trưng.png"
    Image.new("RGB", (64, 64), (200, 16, 46)).save(emblem)
    items = [CertificateData(full_name=f"Người số {i}", gender="F") for i in range(5)]
    out = tmp_path / "gk.pdf"
    render_certificates(items, load_template("giay-khen"), out=out, emblem=emblem)
    assert out.read_bytes().count(b"/Subtype /Image") == 1
    with pytest.raises(BadInput, match="biểu trưng"):
        bad = tmp_path / "hỏng.png"
        bad.write_bytes(b"not an image")
        render_certificates(items, load_template("giay-khen"), out=tmp_path / "y.pdf", emblem=bad)


def test_test_sheet(tmp_path):
    out = render_test_sheet(
        load_template("bang-khen"), tmp_path / "thử.pdf", printer=PrinterProfile("p", offset_x_mm=1.0)
    )
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/PrintScaling /None" in data
    assert b"/MediaBox [ 0 0 1190.551 841.8898 ]" in data
    out = render_test_sheet((297, 210), tmp_path / "a4.pdf")
    assert b"/MediaBox [ 0 0 841.8898 595.2756 ]" in out.read_bytes()
