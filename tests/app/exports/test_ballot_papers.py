"""Ballot papers PDF: read back with pdftotext, page by page."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.exports.ballot_papers import BallotPaperData, paginate, render_ballot_papers
from app.exports.xlsx_report import DocumentHeader
from app.services import ballot as bs
from app.services import settings as settings_service
from tests.app.services.test_ballot import make_world

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def pdf_pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def data(n: int, copies: int = 2, style: str = "national", max_approvals=None) -> BallotPaperData:
    return BallotPaperData(
        header=DocumentHeader(
            header_style=style, issuing_body="UBND tỉnh Bắc Ninh", agency_name="Hội đồng Thi đua - Khen thưởng"
        ),
        subject="Danh hiệu Chiến sĩ thi đua cơ sở năm 2024",
        meeting_line="Phiên họp Hội đồng ngày 20 tháng 01 năm 2025",
        candidates=tuple((i, f"Nguyễn Thị Ứng Viên {i}", "Phòng Tổ chức cán bộ, Sở Nội vụ") for i in range(1, n + 1)),
        copies=copies,
        max_approvals=max_approvals,
    )


def test_one_page_paper_has_header_title_instructions_list_and_stamp_box(tmp_path):
    out = tmp_path / "phieu.pdf"
    assert render_ballot_papers(data(5, copies=3, max_approvals=3), out) == 3
    pages = pdf_pages(out)
    assert len(pages) == 3 and pages[0] == pages[1] == pages[2]
    p = pages[0]
    for text in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "UBND TỈNH BẮC NINH",
        "HỘI ĐỒNG THI ĐUA - KHEN",
        "PHIẾU BẦU",
        "DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ NĂM 2024",
        "gạch tên người không đồng ý",
        "tối đa 3 người",
        "Dấu của Ban kiểm phiếu",
        "Trang 1/1",
        "STT",
        "Họ và tên",
        "Đơn vị công tác",
    ):
        assert text in p, text
    lines = [l.split() for l in p.splitlines()]
    numbered = [l[0] for l in lines if l and l[0].isdigit() and "Nguyễn" in l]
    assert numbered == ["1", "2", "3", "4", "5"]


def test_long_list_paginates_with_header_repeated(tmp_path):
    d = data(75, copies=2)
    pages_per_paper = len(paginate(d))
    assert pages_per_paper >= 3
    out = tmp_path / "dai.pdf"
    assert render_ballot_papers(d, out) == 2 * pages_per_paper
    pages = pdf_pages(out)
    assert len(pages) == 2 * pages_per_paper
    seen = []
    for i, p in enumerate(pages[:pages_per_paper], start=1):
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in p and "Dấu của Ban kiểm phiếu" in p
        assert f"Trang {i}/{pages_per_paper}" in p and "Họ và tên" in p
        assert ("PHIẾU BẦU (tiếp theo)" in p) == (i > 1)
        assert ("Hướng dẫn" in p) == (i == 1)
        seen += [int(l.split()[0]) for l in p.splitlines() if l.split() and l.split()[0].isdigit() and "Ứng Viên" in l]
    assert seen == list(range(1, 76))


def test_party_header(tmp_path):
    out = tmp_path / "dang.pdf"
    render_ballot_papers(data(3, copies=1, style="party"), out)
    p = pdf_pages(out)[0]
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in p and "CỘNG HÒA XÃ HỘI" not in p


def test_papers_from_the_service_one_per_member_plus_spares(session, tmp_path):
    world = make_world(session, members=9, candidates=4)
    values = settings_service.get_settings(session)
    import dataclasses

    settings_service.save_settings(session, values=dataclasses.replace(values, agency_name="Sở Nội vụ tỉnh Bắc Ninh"))
    bid = bs.create_ballot(session, meeting_id=world["meeting"], award_code="CSTDCS", spares=2)
    d = bs.ballot_paper_data(session, ballot_id=bid)
    assert d.copies == 11 and [c[0] for c in d.candidates] == [1, 2, 3, 4]
    out = tmp_path / "phieu.pdf"
    render_ballot_papers(d, out)
    pages = pdf_pages(out)
    assert len(pages) == 11
    assert "SỞ NỘI VỤ TỈNH BẮC NINH" in pages[0] and "CHIẾN SĨ THI ĐUA CƠ SỞ NĂM 2024" in pages[0]
    assert "Nguyễn Thị Hoa" in pages[0] and "Văn phòng Sở" in pages[0]
