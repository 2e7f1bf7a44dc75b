"""Certificates: the PDF engine and mail merge from an Excel list, read back with poppler."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.errors import BadInput
from app.exports.cert_templates import load_template
from app.exports.certificates import CertificateData, check_fit, layout_certificate, render_certificates
from app.exports.printer_profiles import PrinterProfile
from app.services.mail_merge import read_certificate_list, write_certificate_list_template

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (tests/run.sh installs it)")

PEOPLE = [
    CertificateData(
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
    ),
    CertificateData(
        full_name="Trần Văn Bình",
        gender="M",
        position="Phó Vụ trưởng",
        unit="Vụ Đảng viên",
        decision_number="125/QĐ-BTCTW",
        decision_date=dt.date(2025, 12, 20),
        so_so_vang="2",
        place="Hà Nội",
        signer_title="TRƯỞNG BAN",
        signer_name="Nguyễn Văn A",
        agency_name="Ban Tổ chức Trung ương",
    ),
    CertificateData(
        full_name="Vụ Tổ chức - Điều lệ",
        kind="collective",
        unit="Ban Tổ chức Trung ương",
        decision_number="125/QĐ-BTCTW",
        decision_date=dt.date(2025, 12, 20),
        so_so_vang="3",
        place="Hà Nội",
        signer_title="TRƯỞNG BAN",
        signer_name="Nguyễn Văn A",
        agency_name="Ban Tổ chức Trung ương",
    ),
]


def pdf_text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def word_box(path: Path, word: str) -> tuple[float, float]:
    """(xMin, yMin) in points of the first occurrence of `word` (pdftotext -bbox)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>' + re.escape(word) + "</word>", html)
    assert match, f"{word} not on page 1"
    return float(match.group(1)), float(match.group(2))


def test_one_page_per_recipient_in_order_with_exact_names(tmp_path):
    out = tmp_path / "giấy khen.pdf"
    report = render_certificates(PEOPLE, load_template("giay-khen"), out=out)
    assert report.pages == 3 == pdf_pages(out)
    for page, item in enumerate(PEOPLE, start=1):
        text = unicodedata.normalize("NFC", pdf_text(out, page))
        assert item.full_name in text
        assert unicodedata.is_normalized("NFC", pdf_text(out, page))
    assert "Bà Nguyễn Thị Hoa" in pdf_text(out, 1)
    assert "Ông Trần Văn Bình" in pdf_text(out, 2)
    assert "Tập thể Vụ Tổ chức - Điều lệ" in pdf_text(out, 3)
    page1 = pdf_text(out, 1)
    for line in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "GIẤY KHEN",
        "Số sổ vàng: 1",
        "Hà Nội, ngày 20 tháng 12 năm 2025",
        "Nguyễn Văn A",
    ):
        assert line in page1


def test_pdf_asks_for_no_scaling_and_embeds_fonts(tmp_path):
    out = tmp_path / "gk.pdf"
    render_certificates(PEOPLE[:1], load_template("giay-khen"), out=out)
    assert b"/PrintScaling /None" in out.read_bytes()
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    serif = [line for line in fonts.splitlines() if "LiberationSerif" in line]
    assert serif and all(" yes yes " in line for line in serif)


def test_party_header(tmp_path):
    out = tmp_path / "party.pdf"
    item = CertificateData(**{**PEOPLE[0].__dict__, "header_style": "party"})
    render_certificates([item], load_template("giay-khen"), out=out)
    text = pdf_text(out)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "CỘNG HÒA XÃ HỘI" not in text


def test_blank_mode_prints_only_the_variable_fields(tmp_path):
    out = tmp_path / "blank.pdf"
    render_certificates(PEOPLE[:1], load_template("bang-khen"), out=out, blank=True)
    text = pdf_text(out)
    assert "Nguyễn Thị Hoa" in text
    assert "CỘNG HÒA" not in text and "Độc lập" not in text


def test_long_name_shrinks_inside_its_box():
    template = load_template("giay-khen")
    short = layout_certificate(PEOPLE[0], template, blank=False).text("recipient")
    long_item = CertificateData(
        **{**PEOPLE[0].__dict__, "full_name": "Tôn Nữ Thị Ngọc Bích Phương Thảo Nguyễn Hoàng Kim Chi Hạnh Dung"}
    )
    long_ = layout_certificate(long_item, template, blank=False).text("recipient")
    assert long_.size < short.size
    assert long_.size >= long_.box.min_size
    assert max(long_.widths) <= long_.box.w * 72 / 25.4 + 0.01
    assert check_fit([long_item], template, blank=False) == []


def test_overlong_achievement_is_reported_before_printing(tmp_path):
    template = load_template("giay-khen")
    huge = CertificateData(**{**PEOPLE[0].__dict__, "achievement": "Thành tích xuất sắc trong công tác. " * 120})
    problems = check_fit([PEOPLE[1], huge], template, blank=False)
    assert [(p.index, p.field) for p in problems] == [(1, "achievement")]
    with pytest.raises(BadInput):
        render_certificates([PEOPLE[1], huge], template, out=tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_printer_offsets_move_the_fields(tmp_path):
    template = load_template("bang-khen")
    plain, moved = tmp_path / "plain.pdf", tmp_path / "moved.pdf"
    render_certificates(PEOPLE[:1], template, out=plain, blank=True)
    render_certificates(
        PEOPLE[:1],
        template,
        out=moved,
        blank=True,
        printer=PrinterProfile("Canon phòng TĐKT", offset_x_mm=2.0, offset_y_mm=-1.5),
    )
    (x0, y0), (x1, y1) = word_box(plain, "Hoa"), word_box(moved, "Hoa")
    mm = 72 / 25.4
    assert x1 - x0 == pytest.approx(2.0 * mm, abs=0.05)
    assert y1 - y0 == pytest.approx(-1.5 * mm, abs=0.05)  # pdftotext y grows downwards


def _filled_list(tmp_path: Path, extra_rows=()) -> Path:
    blank = tmp_path / "mau.xlsx"
    write_certificate_list_template(blank)
    wb = load_workbook(blank)
    example, target, common = wb["Ví dụ"], wb["Danh sách"], wb["Thông tin chung"]
    # The template pre-formats code columns down to row 1001, so rows are written by
    # number (as a clerk fills them from row 2), not appended after the formatted block.
    rows = [list(r) for r in example.iter_rows(min_row=2, max_row=4, values_only=True)] + [list(r) for r in extra_rows]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            target.cell(r, c).value = value
    values = {r[0]: r[1] for r in example.iter_rows(min_row=6, values_only=True) if r and r[0]}
    for r in range(2, common.max_row + 1):
        common.cell(r, 2).value = values.get(common.cell(r, 1).value)
    path = tmp_path / "danh sách.xlsx"
    wb.save(path)
    return path


def test_template_examples_merge_cleanly(tmp_path):
    items = read_certificate_list(_filled_list(tmp_path))
    assert [i.full_name for i in items] == ["Nguyễn Thị Hoa", "Trần Văn Bình", "Vụ Tổ chức - Điều lệ"]
    assert [i.recipient for i in items][:2] == ["Bà Nguyễn Thị Hoa", "Ông Trần Văn Bình"]
    assert items[2].kind == "collective"
    assert items[0].signer_name == "Nguyễn Văn A" and items[0].date == dt.date(2025, 12, 20)


def test_bad_rows_are_all_reported(tmp_path):
    bad = [
        ("Cá nhân", "", "Lê Thị Mai", "", "", "", "", "", "", "", "5"),  # no gender, no salutation
        ("Nhóm", "", "Phòng X", "", "", "", "", "", "", "", ""),  # unknown kind
        ("Cá nhân", "", "", "Nam", "", "", "", "", "", "", ""),  # empty name
        ("Cá nhân", "", "Vũ Văn Nam", "Nam", "", "", "", "", "", "31/02/2025", ""),  # impossible date
    ]
    with pytest.raises(BadInput) as err:
        read_certificate_list(_filled_list(tmp_path, bad))
    issues = err.value.params["issues"]
    assert [(i.row, i.column) for i in issues] == [
        (5, "Giới tính"),
        (6, "Loại"),
        (7, "Họ và tên / Tên tập thể"),
        (8, "Ngày quyết định"),
    ]


def test_cli_mail_merge(tmp_path, capsys):
    assert main(["template", "certificates", "--out", str(tmp_path / "mẫu.xlsx")]) == 0
    listing = _filled_list(tmp_path)
    out = tmp_path / "Giấy khen 2025.pdf"
    assert (
        main(
            [
                "certificates",
                "--list",
                str(listing),
                "--template",
                "cstdcs",
                "--signer-name",
                "Lê Văn C",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert pdf_pages(out) == 3
    text = pdf_text(out)
    assert "Lê Văn C" in text and "Nguyễn Văn A" not in text
    blank = tmp_path / "phoi.pdf"
    assert (
        main(
            [
                "certificates",
                "--list",
                str(listing),
                "--template",
                "bang-khen",
                "--blank",
                "--printer",
                "1.5,-1",
                "--out",
                str(blank),
            ]
        )
        == 0
    )
    assert "CỘNG HÒA" not in pdf_text(blank)


def test_cli_mail_merge_bad_list_exit_2(tmp_path, capsys):
    listing = _filled_list(tmp_path, [("Cá nhân", "", "Lê Thị Mai", "Nữa", "", "", "", "", "", "", "")])
    out = tmp_path / "x.pdf"
    assert main(["certificates", "--list", str(listing), "--template", "giay-khen", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "dòng 5" in err and "Giới tính" in err and "Traceback" not in err
    assert not out.exists()
    assert main(["certificates", "--template", "giay-khen", "--out", str(out)]) == 2


def test_printing_screen_reads_mail_merge_lists(tmp_path):
    from app.services import printing

    items = printing.list_certificates(_filled_list(tmp_path))
    assert [i.full_name for i in items][0] == "Nguyễn Thị Hoa"


@pytest.mark.parametrize("key", ["giay-khen", "cstdcs", "bang-khen"])
def test_bottom_lines_are_bold_italic(tmp_path, key):
    # NĐ 98/2023 Art. 104 (issue 16 point 7): decision number and date, "Số sổ vàng", and
    # the place and date lines are bold italic, on the full design and on pre-printed blanks.
    template = load_template(key)
    for blank in (False, True):
        for name in ("decision", "so_so_vang", "date_line"):
            box = template.field(name, blank=blank)
            assert box is not None and box.bold and box.italic, (key, blank, name)
    out = tmp_path / f"{key}.pdf"
    render_certificates(PEOPLE[:1], template, out=out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "LiberationSerif-BoldItalic" in fonts
