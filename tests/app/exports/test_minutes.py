"""Biên bản kiểm phiếu, Biên bản họp Hội đồng (PDF, read back with pdftotext) and the
results xlsx (read back with openpyxl), from sealed ballots through the services."""

from __future__ import annotations

import re
import shutil
import subprocess

import openpyxl
import pytest

from app.exports.minutes import render_meeting_minutes, render_tally_minutes, write_results_xlsx
from app.rules.tally import INVALID, WRITTEN, Sheet
from app.services import ballot as bs
from app.services import council as cs
from tests.app.exports.test_ballot_papers import pdf_pages
from tests.app.services.test_ballot import enter, make_world

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


@pytest.fixture
def sealed(session):
    """11 members (9 present, 1 written opinion, 1 absent), 4 candidates, a sealed ballot."""
    world = make_world(session, members=11, candidates=4)
    m = world["meeting"]
    rows = cs.list_attendance(session, meeting_id=m)
    cs.set_attendance(
        session,
        meeting_id=m,
        member_id=rows[9].member_id,
        status="WRITTEN",
        opinion="Nhất trí đề nghị, trừ trường hợp số 2",
    )
    cs.set_attendance(session, meeting_id=m, member_id=rows[10].member_id, status="ABSENT")
    cs.set_committee(
        session, meeting_id=m, head_id=rows[2].member_id, member_ids=[rows[3].member_id, rows[4].member_id]
    )
    bid = bs.create_ballot(session, meeting_id=m, award_code="CSTDCS")
    # 9 valid sheets (one a written opinion) and 1 invalid: approvals 8, 7, 8, 6 of 11 members.
    pile = [
        Sheet(1, "ballot", frozenset({2, 4})),
        Sheet(2, "ballot", frozenset({1, 4})),
        Sheet(3, "ballot", frozenset({4})),
        Sheet(4, "ballot"),
        Sheet(5, "ballot"),
        Sheet(6, "ballot"),
        Sheet(7, "ballot"),
        Sheet(8, "ballot", frozenset({3})),
        Sheet(9, INVALID),
        Sheet(10, WRITTEN, frozenset({2})),
    ]
    enter(session, bid, "A", pile)
    enter(session, bid, "B", pile)
    seal = bs.seal_ballot(session, ballot_id=bid)
    session.commit()
    return dict(world, ballot=bid, seal=seal)


def test_tally_minutes_pdf(session, sealed, tmp_path):
    d = bs.tally_minutes_data(session, ballot_id=sealed["ballot"])
    out = tmp_path / "bb-kiem-phieu.pdf"
    render_tally_minutes(d, out)
    text = "\n".join(pdf_pages(out))
    flat = re.sub(r"\s+", " ", text)
    for needle in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "BIÊN BẢN KIỂM PHIẾU",
        "Bầu danh hiệu Chiến sĩ thi đua cơ sở năm 2024",
        "08 giờ 30 phút, ngày 20 tháng 01 năm 2025",
        "Hội trường tầng 3",
        "Bùi Văn Thường – Trưởng ban",
        "Đinh Thị Một – Thành viên",
        "Tổng số thành viên Hội đồng: 11",
        "Số phiếu phát ra: 10",
        "số phiếu thu về (kể cả ý kiến bằng văn bản): 10",
        "Số phiếu hợp lệ: 9 (trong đó 1 ý kiến bằng văn bản)",
        "số phiếu không hợp lệ: 1",
        "gạch tên người",
        "từ 80% trở lên",
        "ít nhất 9/11",
        "TRƯỞNG BAN KIỂM PHIẾU",
        "THÀNH VIÊN BAN KIỂM PHIẾU",
        "Biên bản kết thúc hồi",
    ):
        assert needle in flat, needle
    assert sealed["seal"].seal_hash in flat.replace(" ", "")
    lines = {l.number: l for l in d.lines}
    assert [(l.approvals, l.percent, l.verdict) for l in d.lines] == [
        (8, "72.73", "Không đạt"),
        (7, "63.64", "Không đạt"),
        (8, "72.73", "Không đạt"),
        (6, "54.55", "Không đạt"),
    ]
    for _number, line in lines.items():
        assert f"{line.approvals} {line.percent.replace('.', ',')}" in flat


def test_tally_minutes_pass_line_and_conclusion(session, tmp_path):
    world = make_world(session, members=11, candidates=2)
    bid = bs.create_ballot(session, meeting_id=world["meeting"], award_code="CSTDCS")
    pile = [Sheet(i, "ballot", frozenset({2}) if i <= 3 else frozenset()) for i in range(1, 10)]
    enter(session, bid, "A", pile)
    enter(session, bid, "B", pile)
    bs.seal_ballot(session, ballot_id=bid)
    out = tmp_path / "bb.pdf"
    render_tally_minutes(bs.tally_minutes_data(session, ballot_id=bid), out)
    flat = re.sub(r"\s+", " ", "\n".join(pdf_pages(out)))
    # 9/11 = 81.82 % passes 80 %; 6/11 = 54.55 % does not.
    assert "9 81,82 Đạt" in flat and "6 54,55 Không đạt" in flat
    assert "có 1 người đạt tỷ lệ phiếu đồng ý từ 80% trở lên" in flat
    assert "Nguyễn Thị Hoa (9/11 phiếu, 81,82%)" in flat


def test_meeting_minutes_pdf(session, sealed, tmp_path):
    d = bs.meeting_minutes_data(session, meeting_id=sealed["meeting"])
    out = tmp_path / "bb-hop.pdf"
    render_meeting_minutes(d, out)
    flat = re.sub(r"\s+", " ", "\n".join(pdf_pages(out)))
    for needle in (
        "BIÊN BẢN",
        "Họp Hội đồng Thi đua - Khen thưởng Khối",
        "Hội đồng có 11 thành viên; có mặt 9",
        "Hoàng Văn Chủ",
        "Vắng, có ý kiến bằng văn bản",
        "Nhất trí đề nghị, trừ trường hợp số 2",
        "Đủ số lượng: có mặt 9/11 thành viên",
        "Bùi Văn Thường – Trưởng ban",
        "Bầu danh hiệu Chiến sĩ thi đua cơ sở năm 2024",
        "Số phiếu hợp lệ: 9",
        "CHỦ TỊCH HỘI ĐỒNG",
        "THƯ KÝ",
        "Phan Thị Thư",
    ):
        assert needle in flat, needle
    assert sealed["seal"].seal_hash in flat.replace(" ", "")


def test_results_xlsx(session, sealed, tmp_path):
    d = bs.tally_minutes_data(session, ballot_id=sealed["ballot"])
    out = write_results_xlsx(d, tmp_path / "ket-qua.xlsx")
    ws = openpyxl.load_workbook(out).active
    values = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    head = next(i for i, r in enumerate(values) if r[0] == "STT")
    assert values[head][3] == "Số phiếu đồng ý" and values[head][4] == "Tỷ lệ % (trên 11 thành viên)"
    body = values[head + 1 : head + 5]
    assert [(r[0], r[3], round(r[4], 2), r[5]) for r in body] == [
        (1, 8, 72.73, "Không đạt"),
        (2, 7, 63.64, "Không đạt"),
        (3, 8, 72.73, "Không đạt"),
        (4, 6, 54.55, "Không đạt"),
    ]
    texts = " ".join(str(v) for r in values for v in r if v)
    assert d.seal_hash in texts and "KẾT QUẢ KIỂM PHIẾU" in texts


def test_minutes_refused_before_sealing(session):
    world = make_world(session, members=5, candidates=2)
    bid = bs.create_ballot(session, meeting_id=world["meeting"], award_code="CSTDCS")
    from app.errors import BadInput

    with pytest.raises(BadInput):
        bs.tally_minutes_data(session, ballot_id=bid)


# ---------------------------------------------------------------- Cờ thi đua: "leads bloc X"

BLOC = "Khối thi đua các cơ quan Đảng Trung ương"


@pytest.fixture
def flag_ballot(session):
    """A sealed CO_BO ballot of two units, the first leading its bloc (Nomination.leads_bloc);
    everyone approves both."""
    from sqlalchemy import update

    from app.models import Nomination
    from app.rules.person import UnitInput
    from app.services import nomination as nom
    from app.services.org import create_unit

    world = make_world(session, members=5, candidates=1)
    root = create_unit(session, data=UnitInput("KHOI-D", BLOC, "KHOI"))
    units = [
        create_unit(session, data=UnitInput(f"CQ-D{i}", name, "CO_QUAN", root))
        for i, name in enumerate(["Ban Tổ chức Trung ương", "Ban Dân vận Trung ương"])
    ]
    added = nom.add_nominations(
        session,
        round_id=world["round"],
        award_code="CO_BO",
        unit_ids=units,
        status="SUBMITTED",
        achievement="Hoàn thành xuất sắc nhiệm vụ",
    )
    for nid in added.added:
        n = session.get(Nomination, nid)
        nom.change_status(session, nomination_id=nid, version=n.version, to_status="CHECKED")
    session.execute(update(Nomination).where(Nomination.id == added.added[0]).values(leads_bloc=BLOC))
    bid = bs.create_ballot(session, meeting_id=world["meeting"], award_code="CO_BO")
    pile = [Sheet(i, "ballot") for i in range(1, 6)]
    enter(session, bid, "A", pile)
    enter(session, bid, "B", pile)
    bs.seal_ballot(session, ballot_id=bid)
    session.commit()
    return dict(world, ballot=bid, units=units, nominations=added.added)


def _cells_text(path) -> str:
    """pdftotext in reading order (a table cell's lines stay together), whitespace collapsed."""
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", text)


def test_tally_minutes_show_the_bloc_leader(session, flag_ballot, tmp_path):
    d = bs.tally_minutes_data(session, ballot_id=flag_ballot["ballot"])
    notes = {l.name: l.note for l in d.lines}
    assert notes == {"Ban Tổ chức Trung ương": f"Dẫn đầu {BLOC}", "Ban Dân vận Trung ương": ""}
    out = tmp_path / "bb-co.pdf"
    render_tally_minutes(d, out)
    flat = _cells_text(out)
    # Beside the leader in the results table and in the conclusion; never for the other unit.
    assert f"Ban Tổ chức Trung ương (Dẫn đầu {BLOC}) {BLOC} 5 100,00 Đạt" in flat
    assert f"Ban Dân vận Trung ương {BLOC} 5 100,00 Đạt" in flat
    assert f"Ban Tổ chức Trung ương (dẫn đầu {BLOC}, 5/5 phiếu, 100,00%)" in flat
    assert "Ban Dân vận Trung ương (5/5 phiếu, 100,00%)" in flat
    assert flat.count(f"Dẫn đầu {BLOC}") == 1 and flat.count(f"dẫn đầu {BLOC}") == 1


def test_meeting_minutes_show_the_bloc_leader(session, flag_ballot, tmp_path):
    out = tmp_path / "bb-hop-co.pdf"
    render_meeting_minutes(bs.meeting_minutes_data(session, meeting_id=flag_ballot["meeting"]), out)
    flat = _cells_text(out)
    assert "Bầu danh hiệu Cờ thi đua" in flat
    assert f"Ban Tổ chức Trung ương (Dẫn đầu {BLOC}) {BLOC} 5 100,00 Đạt" in flat
    assert f"Ban Dân vận Trung ương {BLOC} 5 100,00 Đạt" in flat
    assert flat.count(f"Dẫn đầu {BLOC}") == 1 and flat.count(f"dẫn đầu {BLOC}") == 1


def test_results_xlsx_note_for_the_bloc_leader(session, flag_ballot, tmp_path):
    out = write_results_xlsx(bs.tally_minutes_data(session, ballot_id=flag_ballot["ballot"]), tmp_path / "co.xlsx")
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r[0] == "STT")
    assert rows[head][6] == "Ghi chú"
    assert [(r[1], r[6]) for r in rows[head + 1 : head + 3]] == [
        ("Ban Dân vận Trung ương", None),
        ("Ban Tổ chức Trung ương", f"Dẫn đầu {BLOC}"),
    ]


def test_results_xlsx_without_bloc_leader_keeps_six_columns(session, sealed, tmp_path):
    out = write_results_xlsx(bs.tally_minutes_data(session, ballot_id=sealed["ballot"]), tmp_path / "cs.xlsx")
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r[0] == "STT")
    assert "Ghi chú" not in rows[head] and not any("Dẫn đầu" in str(v) for r in rows for v in r if v)
