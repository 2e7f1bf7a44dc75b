"""The pledge PDF (giao ước thi đua): built from the services, read back with pdftotext and
pdffonts; national and Party headers; paragraphs; crash-safe writing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import subprocess

import pytest

from app.errors import Cancelled, FileLocked
from app.exports.pledge_pdf import PledgeDocument, PledgeSigner, split_paragraphs, write_pledge_pdf
from app.exports.xlsx_report import DocumentHeader
from app.services import bloc as bloc_svc
from app.services import pledge as svc
from app.services.pledge import SignatoryInput
from app.services.settings import get_settings, save_settings

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

AGENCIES = [
    "Văn phòng Trung ương Đảng",
    "Ban Tổ chức Trung ương",
    "Ban Tuyên giáo Trung ương",
    "Ban Dân vận Trung ương",
    "Ban Nội chính Trung ương",
    "Ban Kinh tế Trung ương",
    "Ủy ban Kiểm tra Trung ương",
    "Học viện Chính trị quốc gia Hồ Chí Minh",
    "Đảng ủy Khối các cơ quan Trung ương",
    "Báo Nhân Dân",
    "Tạp chí Cộng sản",
]
SIGNERS = {
    7: ("Nguyễn Xuân Thắng", "Giám đốc"),
    8: ("Nguyễn Văn Thể", "Bí thư Đảng ủy Khối"),
    1: ("Đỗ Thị Ánh Tuyết", "Phó Trưởng ban"),
}


def pdf_text(path, *args) -> str:
    out = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"[ \t]+", " ", out)


def pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def _document(session, *, style="national", content=None, signed_on=dt.date(2025, 1, 15)):
    save_settings(session, values=dataclasses.replace(get_settings(session), header_style=style))
    bloc = bloc_svc.create_bloc(session, name="Khối thi đua các cơ quan Đảng Trung ương")
    members = bloc_svc.add_members(session, bloc_id=bloc, names=AGENCIES)
    bloc_svc.set_leadership(session, bloc_id=bloc, year=2025, leader_id=members[7])
    draft = svc.draft_pledge(session, bloc_id=bloc, year=2025)
    sigs = [
        SignatoryInput(s.member_id, *SIGNERS.get(i, ("", s.signer_title)), signed=i % 2 == 0)
        for i, s in enumerate(draft.signatories)
    ]
    svc.save_pledge(
        session,
        bloc_id=bloc,
        year=2025,
        title=draft.title,
        content=content or draft.content,
        place="Hà Nội",
        signed_on=signed_on,
        signatories=sigs,
    )
    return svc.pledge_document(session, bloc_id=bloc, year=2025)


def test_national_pledge_reads_back(session, tmp_path):
    doc = _document(session)
    out = tmp_path / "giao-uoc.pdf"
    seen = []
    assert write_pledge_pdf(doc, out, progress=lambda d, t: seen.append((d, t))) == out
    assert seen[-1][0] == seen[-1][1] > 0
    text = pdf_text(out)
    flat = " ".join(text.split())
    for line in (
        "KHỐI THI ĐUA CÁC CƠ QUAN",
        "ĐẢNG TRUNG ƯƠNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 15 tháng 01 năm 2025",
        "GIAO ƯỚC THI ĐUA",
        "NĂM 2025",
        "I. NỘI DUNG GIAO ƯỚC THI ĐUA",
        "Giao ước này được lập thành 11 bản",
        "Nguyễn Xuân Thắng",
        "Nguyễn Văn Thể",
        "Đỗ Thị Ánh Tuyết",
        "GIÁM ĐỐC",
        "PHÓ TRƯỞNG BAN",
    ):
        assert line in flat, line
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" not in text
    # Every member gets a block, signed or not; long names wrap inside the block.
    for name in (
        "TM. VĂN PHÒNG TRUNG ƯƠNG ĐẢNG",
        "TM. BÁO NHÂN DÂN",
        "TM. TẠP CHÍ CỘNG SẢN",
        "TM. ỦY BAN KIỂM TRA",
        "TM. BAN TỔ CHỨC",
    ):
        assert name in flat, name
    assert flat.count("TM. ") == len(AGENCIES)
    # Page 1 carries no number; the later pages do (NĐ 30: from page 2).
    assert pages(out) >= 2
    assert pdf_text(out, "-f", "2", "-l", "2").lstrip().startswith("2")
    assert not pdf_text(out, "-f", "1", "-l", "1").lstrip().startswith("1")


def test_party_header_and_unsigned_date(session, tmp_path):
    doc = _document(session, style="party", signed_on=None)
    out = tmp_path / "dang.pdf"
    write_pledge_pdf(doc, out)
    text = pdf_text(out)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    assert "CỘNG HÒA XÃ HỘI" not in text and "Độc lập" not in text
    assert "Hà Nội, ngày …… tháng …… năm 2025" in text
    assert "KHỐI THI ĐUA CÁC CƠ QUAN" in text


def test_fonts_are_embedded(session, tmp_path):
    out = tmp_path / "fonts.pdf"
    write_pledge_pdf(_document(session), out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    serif = [line for line in fonts.splitlines() if "LiberationSerif" in line]
    assert {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"} <= {
        line.split()[0].split("+")[-1] for line in serif
    }
    assert all(" yes yes " in line for line in serif)


def test_long_content_flows_over_pages(session, tmp_path):
    content = "\n".join(
        f"{i}. Nội dung thi đua thứ {i}: phấn đấu hoàn thành xuất sắc nhiệm vụ chính trị, "
        "đổi mới phương thức lãnh đạo, nâng cao chất lượng tham mưu, phục vụ."
        for i in range(1, 61)
    )
    out = tmp_path / "dai.pdf"
    write_pledge_pdf(_document(session, content=content), out)
    assert pages(out) >= 4
    text = " ".join(pdf_text(out).split())
    assert "60. Nội dung thi đua thứ 60" in text and "Nguyễn Xuân Thắng" in text


def test_split_paragraphs():
    content = (
        "Mở đầu văn bản được ngắt dòng\ngiữa câu khi dán từ PDF.\n"
        "I. NỘI DUNG\n1. Ý thứ nhất;\n- gạch đầu dòng\na) mục nhỏ\n"
        "Câu mới viết hoa\n\n  khác đoạn  vì   dòng trống "
    )
    assert split_paragraphs(content) == [
        "Mở đầu văn bản được ngắt dòng giữa câu khi dán từ PDF.",
        "I. NỘI DUNG",
        "1. Ý thứ nhất;",
        "- gạch đầu dòng",
        "a) mục nhỏ",
        "Câu mới viết hoa",
        "khác đoạn vì dòng trống",
    ]
    assert split_paragraphs("") == []


def _small_doc() -> PledgeDocument:
    return PledgeDocument(
        header=DocumentHeader(agency_name="Cụm thi đua số 1", place_date="Hà Nội, ngày 05 tháng 3 năm 2025"),
        title="GIAO ƯỚC THI ĐUA",
        subtitle="NĂM 2025",
        content="Nội dung.",
        signers=(PledgeSigner("Sở Nội vụ", "Giám đốc", "Trần Văn Ấn"),),
    )


def test_single_signer_and_crash_safety(tmp_path, monkeypatch):
    out = tmp_path / "mot.pdf"
    out.write_bytes(b"old")
    write_pledge_pdf(_small_doc(), out)
    assert "TM. SỞ NỘI VỤ" in pdf_text(out) and "Trần Văn Ấn" in pdf_text(out)
    with pytest.raises(Cancelled):
        write_pledge_pdf(_small_doc(), tmp_path / "huy.pdf", is_cancelled=lambda: True)
    assert not (tmp_path / "huy.pdf").exists()

    def locked(src, dst):
        raise PermissionError(13, "in use")

    before = out.read_bytes()
    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(FileLocked):
        write_pledge_pdf(_small_doc(), out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["mot.pdf"]  # no temp file left behind
