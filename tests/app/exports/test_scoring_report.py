"""The scoring report of a bloc (issue 7 items 4): built through the services, written as
xlsx (read back cell by cell with openpyxl) and PDF (pdftotext, pdffonts), and
`tdkt-cli export scoring`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
import zipfile
from decimal import Decimal as D

import openpyxl
import pytest

from app.cli import EXIT_BAD_INPUT, EXIT_OK, main
from app.exports.scoring_report import (
    NOT_SCORED,
    RANKING_SHEET,
    SCORES_SHEET,
    SHEETS_SHEET,
    number_vi,
    write_scoring_pdf,
    write_scoring_xlsx,
)
from app.rules.person import UnitInput
from app.rules.scoring import BONUS, PENALTY, Criterion
from app.services import bloc as svc
from app.services.org import create_unit
from app.services.scoring_report import DONE, MISSING, OWN, PARTIAL, export_scoring, scoring_report
from app.services.settings import get_settings, save_settings

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None, reason="poppler-utils missing"
)

BLOC = "Khối thi đua các cơ quan Đảng Trung ương"
AGENCIES = [
    "Văn phòng Trung ương Đảng",
    "Ban Tổ chức Trung ương",
    "Ban Dân vận Trung ương",
    "Học viện Chính trị quốc gia Hồ Chí Minh",
    "Đảng ủy Khối các cơ quan Trung ương",
]
ITEMS = [
    Criterion("1", "Thực hiện nhiệm vụ chính trị", D(60), "I. Nhiệm vụ chuyên môn"),
    Criterion("2", "Công tác xây dựng Đảng", D(40), "II. Xây dựng Đảng"),
    Criterion("T", "Được tặng Cờ thi đua năm trước", D(5), "III. Điểm thưởng", BONUS),
    Criterion("P", "Có cán bộ bị kỷ luật", D(10), "IV. Điểm trừ", PENALTY),
]
DAY = dt.date(2025, 1, 10)


def _pts(one, two, bonus=None, penalty=None):
    d = {"1": D(str(one)), "2": D(str(two))}
    if bonus is not None:
        d["T"] = D(str(bonus))
    if penalty is not None:
        d["P"] = D(str(penalty))
    return d


def build_world(session, *, header_style="national"):
    """Six members (five units and one outside agency); every assessor sends the same sheet
    to a member except: m2 has a harsh and a generous sheet (dropped as extremes), m3 two
    sheets of 70.25 (average 70.08), m0 never scored m4 (missing), m1 scored only
    criterion 1 of m5 (partial), m5 never scored itself. m0 and m1 tie at 95.50."""
    save_settings(
        session,
        values=dataclasses.replace(
            get_settings(session),
            agency_name="Học viện Chính trị quốc gia Hồ Chí Minh",
            issuing_body="Khối thi đua các cơ quan Đảng Trung ương",
            header_style=header_style,
            signer_title="Giám đốc",
            signer_name="Nguyễn Xuân Thắng",
            place_name="Hà Nội",
        ),
    )
    root = create_unit(session, data=UnitInput("KHOI", BLOC, "KHOI"))
    units = [create_unit(session, data=UnitInput(f"CQ{i}", n, "CO_QUAN", root)) for i, n in enumerate(AGENCIES)]
    bloc = svc.create_bloc(session, name=BLOC)
    m = svc.add_members(session, bloc_id=bloc, unit_ids=units, names=["Báo Nhân Dân"], joined_year=2019)
    svc.set_leadership(session, bloc_id=bloc, year=2024, leader_id=m[3])
    tid = svc.create_table(
        session,
        bloc_id=bloc,
        year=2024,
        name="Bảng tiêu chí chấm điểm thi đua năm 2024",
        declared_total=100,
        items=ITEMS,
        drop_extremes=True,
    )
    A = {a.member_id: a.id for a in svc.list_assessors(session, table_id=tid)}
    sheet = {
        m[0]: _pts("55.5", 35, 5),
        m[1]: _pts("55.5", 35, 5),
        m[2]: _pts(50, 30, None, 2),
        m[3]: _pts(40, 30),
        m[4]: _pts(45, 30),
        m[5]: _pts(30, 20),
    }
    own = {
        m[0]: _pts(58, 40, 5),
        m[1]: _pts(60, 40, 5),
        m[2]: _pts(50, 30, None, 0),
        m[3]: _pts(40, 30),
        m[4]: _pts(45, 30),
    }
    for member, pts in sheet.items():
        if member in own:
            svc.record_scores(session, table_id=tid, member_id=member, assessor_id=None, points=own[member])
        for assessor in m:
            if assessor != member:
                svc.record_scores(session, table_id=tid, member_id=member, assessor_id=A[assessor], points=pts)
    svc.record_scores(session, table_id=tid, member_id=m[2], assessor_id=A[m[0]], points=_pts(20, 30, None, 2))
    svc.record_scores(session, table_id=tid, member_id=m[2], assessor_id=A[m[1]], points=_pts(60, 40, None, 2))
    for a in (m[0], m[1]):
        svc.record_scores(session, table_id=tid, member_id=m[3], assessor_id=A[a], points={"1": D("40.25")})
    svc.record_scores(session, table_id=tid, member_id=m[4], assessor_id=A[m[0]], points={"1": None, "2": None})
    svc.record_scores(session, table_id=tid, member_id=m[5], assessor_id=A[m[1]], points={"2": None})
    session.commit()
    return dict(bloc=bloc, members=m, table=tid, assessors=A, units=units)


@pytest.fixture
def world(session):
    return build_world(session)


# ---------------------------------------------------------------- the DTO


def test_report_data(session, world):
    m, A = world["members"], world["assessors"]
    r = scoring_report(session, table_id=world["table"], on_date=DAY)
    assert (r.bloc_name, r.year, r.declared_total, r.leader_name) == (BLOC, 2024, D(100), AGENCIES[3])
    assert r.header.place_date == "Hà Nội, ngày 10 tháng 01 năm 2025" and r.header.header_style == "national"
    assert [c.code for c in r.criteria] == ["1", "2", "T", "P"] and r.criteria[3].kind == PENALTY
    got = [(x.member_id, x.rank, x.tied, x.total, x.self_total, x.gap, x.sheets, x.expected_sheets) for x in r.ranking]
    assert got == [
        (m[0], 1, True, D("95.50"), D(103), D("7.50"), 5, 5),
        (m[1], 1, True, D("95.50"), D(105), D("9.50"), 5, 5),
        (m[2], 3, False, D("78.00"), D(80), D("2.00"), 5, 5),
        (m[4], 4, False, D("75.00"), D(75), D("0.00"), 4, 5),
        (m[3], 5, False, D("70.08"), D(70), D("-0.08"), 5, 5),
        (m[5], 6, False, D("50.00"), None, None, 4, 5),
    ]
    by = {x.member_id: x for x in r.members}
    assert [x.member_id for x in r.members] == list(m)
    assert by[m[2]].dropped_extremes and not by[m[4]].dropped_extremes
    # Penalties signed as counted: self 0, assessed -2 (every sheet deducted 2), gap +2 (≥ 10 % of 10: flagged).
    p = by[m[2]].scores[3]
    assert (p.self_points, p.assessed, p.gap, p.flagged) == (D(0), D(-2), D(2), True)
    assert str(p.self_points) == "0.00"  # never "-0.00"
    one, two = by[m[0]].scores[:2]
    assert (one.gap, one.flagged, two.gap, two.flagged) == (D("2.5"), False, D(5), True)  # 5 ≥ 10 % of 40
    # The sheet matrix: own unit, missing, partial, complete.
    ai = [a.id for a in r.assessors]
    cell = {(a, mid): r.sheets[ai.index(A[a])][i] for a in m for i, mid in enumerate(m)}
    assert cell[(m[0], m[0])].state == OWN
    assert cell[(m[0], m[4])].state == MISSING
    assert (cell[(m[1], m[5])].state, cell[(m[1], m[5])].missing_codes) == (PARTIAL, ("2",))
    assert (cell[(m[0], m[2])].state, cell[(m[0], m[2])].total) == (DONE, D(48))
    assert r.self_sheets[5].state == MISSING and r.self_sheets[0].total == D(103)
    assert [(x.member_id, x.assessor_id, x.codes, x.nothing_scored) for x in r.missing] == [
        (m[4], A[m[0]], ("1", "2"), True),
        (m[5], None, ("1", "2"), True),
        (m[5], A[m[1]], ("2",), False),
    ]


# ---------------------------------------------------------------- xlsx


def _rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _head(rows, first="STT"):
    return next(i for i, r in enumerate(rows) if r[0] == first)


def _dec(v):
    return None if v is None else D(str(v)).quantize(D("0.01"))


def test_xlsx_read_back(session, world, tmp_path):
    report = scoring_report(session, table_id=world["table"], on_date=DAY)
    seen = []
    out = write_scoring_xlsx(report, tmp_path / "bang-diem.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [RANKING_SHEET, SCORES_SHEET, SHEETS_SHEET]

    ws = wb[RANKING_SHEET]
    rows = _rows(ws)
    texts = {line for r in rows for v in r if isinstance(v, str) for line in v.split("\n")}
    assert {
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH",
        "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024",
        "Hà Nội, ngày 10 tháng 01 năm 2025",
        "KHỐI TRƯỞNG",
        "NGƯỜI LẬP BIỂU",
        "Nguyễn Xuân Thắng",
    } <= texts
    assert f"Khối trưởng năm 2024: {AGENCIES[3]}." in texts
    h = _head(rows)
    assert rows[h] == [
        "STT",
        "Xếp hạng",
        "Thành viên",
        "Điểm tự chấm",
        "Điểm bình quân các đơn vị chấm",
        "Chênh lệch",
        "Số phiếu chấm",
        "Ghi chú",
    ]
    body = rows[h + 1 : h + 7]
    assert [(r[0], r[1], r[2], _dec(r[3]), _dec(r[4]), _dec(r[5]), r[6]) for r in body] == [
        (1, 1, AGENCIES[0], D("103.00"), D("95.50"), D("7.50"), 5),
        (2, 1, AGENCIES[1], D("105.00"), D("95.50"), D("9.50"), 5),
        (3, 3, AGENCIES[2], D("80.00"), D("78.00"), D("2.00"), 5),
        (4, 4, AGENCIES[4], D("75.00"), D("75.00"), D("0.00"), 4),
        (5, 5, AGENCIES[3], D("70.00"), D("70.08"), D("-0.08"), 5),
        (6, 6, "Báo Nhân Dân", None, D("50.00"), None, 4),
    ]
    notes = [r[7] or "" for r in body]
    assert notes[0].startswith("Đồng hạng 1") and notes[1].startswith("Đồng hạng 1")
    assert "Đồng hạng" not in notes[2] and "bỏ 1 phiếu cao nhất" in notes[2]
    assert "Thiếu 1 phiếu chấm" in notes[3] and "bỏ" not in notes[3]
    assert "Chưa tự chấm" in notes[5] and "Thiếu 1 phiếu chấm" in notes[5]
    first = h + 2  # 1-based row of the first member
    assert ws.cell(first, 5).number_format == "0.00" and isinstance(ws.cell(first, 5).value, float)
    assert ws.cell(first, 2).value == 1 and isinstance(ws.cell(first, 2).value, int)
    # Exact in the file itself: the Decimal's digits, not a float's.
    with zipfile.ZipFile(out) as z:
        sheet_xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<v>95.5</v>" in sheet_xml and "<v>70.08</v>" in sheet_xml and "<v>-0.08</v>" in sheet_xml
    assert ws.page_setup.orientation == "landscape" and 10 <= int(ws.page_setup.scale) <= 100

    ws = wb[SCORES_SHEET]
    rows = _rows(ws)
    h = _head(rows, "Mã")
    assert rows[h][:6] == ["Mã", "Tiêu chí", "Điểm tối đa", "Tự chấm", "Bình quân chấm chéo", "Chênh lệch"]
    start = next(i for i, r in enumerate(rows) if r[0] and str(r[0]).startswith(f"3. {AGENCIES[2]}"))
    assert rows[start][0] == f"3. {AGENCIES[2]} – xếp hạng 3"
    block = rows[start + 1 : start + 10]
    assert [r[1] for r in block] == [
        "I. Nhiệm vụ chuyên môn",
        "Thực hiện nhiệm vụ chính trị",
        "II. Xây dựng Đảng",
        "Công tác xây dựng Đảng",
        "III. Điểm thưởng",
        "Được tặng Cờ thi đua năm trước",
        "IV. Điểm trừ",
        "Có cán bộ bị kỷ luật",
        "Tổng cộng",
    ]
    crit = {r[0]: [_dec(v) for v in r[2:6]] for r in block if r[0]}
    assert crit["1"] == [D(60), D(50), D(46), D(4)]  # (20 + 60 + 3 × 50) / 5 = 46
    assert crit["P"] == [D(-10), D(0), D(-2), D(2)]  # a penalty: negative as counted
    total = block[-1]
    assert [_dec(v) for v in total[2:6]] == [D(100), D(80), D(78), D(2)]
    tie = next(r for r in rows if r[0] and str(r[0]).startswith(f"1. {AGENCIES[0]}"))
    assert tie[0] == f"1. {AGENCIES[0]} – xếp hạng 1 (đồng hạng)"
    # The flagged gaps are shaded and bold; the others are not.
    r_p = start + 1 + 7 + 1  # 1-based row of the penalty line of m2's block
    assert ws.cell(r_p, 1).value == "P"
    flagged, plain = ws.cell(r_p, 6), ws.cell(r_p - 6, 6)  # penalty gap 2 of 10; criterion 1 gap 4 of 60
    assert flagged.fill.fill_type == "solid" and flagged.fill.start_color.rgb.endswith("D9D9D9") and flagged.font.b
    assert plain.fill.fill_type is None and not plain.font.b
    assert ws.cell(r_p, 6).number_format == "+0.00;-0.00;0.00"

    ws = wb[SHEETS_SHEET]
    rows = _rows(ws)
    h = _head(rows)
    assert rows[h][2] == "Tổng điểm phiếu chấm của đơn vị được chấm"
    assert rows[h + 1][2:8] == AGENCIES + ["Báo Nhân Dân"]
    self_row = rows[h + 2]
    assert self_row[1] == "Tự chấm" and _dec(self_row[2]) == D(103) and self_row[7] == NOT_SCORED
    by_name = {r[1]: r for r in rows[h + 3 : h + 9]}
    assert list(by_name) == AGENCIES + ["Báo Nhân Dân"]
    first_assessor = by_name[AGENCIES[0]]
    assert first_assessor[2] == "x" and _dec(first_assessor[4]) == D(48) and first_assessor[6] == NOT_SCORED
    assert by_name[AGENCIES[1]][7] == "Chưa đủ (thiếu 2)"
    assert _dec(by_name[AGENCIES[2]][5]) == D("70.00") and _dec(by_name[AGENCIES[0]][5]) == D("70.25")
    counts = rows[h + 9]
    assert counts[1] == "Số phiếu chấm đủ" and counts[2:8] == [5, 5, 5, 5, 4, 4]
    assert rows[h + 10][1] == "Điểm bình quân" and _dec(rows[h + 10][5]) == D("70.08")
    r0 = h + 1  # 0-based index → 1-based row: +1
    missing_cell = ws.cell(r0 + 3, 7)  # first assessor's sheet of m4
    assert missing_cell.value == NOT_SCORED and missing_cell.fill.start_color.rgb.endswith("D9D9D9")
    assert ws.cell(r0 + 3, 6).fill.fill_type is None and ws.cell(r0 + 3, 3).value == "x"
    assert ws.cell(r0 + 9, 3).number_format == "0" and ws.cell(r0 + 10, 6).number_format == "0.00"
    assert all(c.data_type != "f" for w in wb for row in w.iter_rows() for c in row)


# ---------------------------------------------------------------- pdf


def _pdf_text(path, *, layout=True) -> str:
    """`-layout` for lines as printed; else `-raw`: drawing order, a table row's cells in turn."""
    args = ["pdftotext", "-layout" if layout else "-raw", str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _fonts(path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@needs_poppler
def test_pdf_text_fonts_and_page(session, world, tmp_path):
    report = scoring_report(session, table_id=world["table"], on_date=DAY)
    out = write_scoring_pdf(report, tmp_path / "bang-diem.pdf")
    flat = re.sub(r"\s+", " ", _pdf_text(out))
    for needle in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH",
        "Hà Nội, ngày 10 tháng 01 năm 2025",
        "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024",
        "Bảng tiêu chí chấm điểm thi đua năm 2024",
        "I. Kết quả xếp hạng",
        "II. Điểm từng tiêu chí",
        "III. Phiếu chấm chưa đủ",
        "NGƯỜI LẬP BIỂU",
        "KHỐI TRƯỞNG",
        "Nguyễn Xuân Thắng",
        f"Khối trưởng năm 2024: {AGENCIES[3]}",
    ):
        assert needle in flat, needle
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" not in flat
    # Ranking lines in rank order with exact figures (decimal comma), ties noted.
    cells = re.sub(r"\s+", " ", _pdf_text(out, layout=False))
    assert "1 1 Văn phòng Trung ương Đảng 103,00 95,50 +7,50 5/5 Đồng hạng 1" in cells
    assert "2 1 Ban Tổ chức Trung ương 105,00 95,50 +9,50 5/5 Đồng hạng 1" in cells
    assert "5 5 Học viện Chính trị quốc gia Hồ Chí Minh 70,00 70,08 -0,08 5/5" in cells
    assert "6 6 Báo Nhân Dân 50,00 4/5" in cells
    # The penalty line of m2 (third member, first table): max -10, self 0, assessed -2, gap +2.
    assert "P Có cán bộ bị kỷ luật -10,00" in cells and "0,00 -2,00 +2,00" in cells
    missing = re.sub(r"\s+", " ", _pdf_text(out).split("III. Phiếu chấm chưa đủ")[1].split("Ghi chú")[0]).strip()
    assert missing == (
        f"– {AGENCIES[4]}: chưa có phiếu chấm của {AGENCIES[0]}. – Báo Nhân Dân: chưa tự chấm; "
        f"phiếu chấm của {AGENCIES[1]} chưa đủ (thiếu tiêu chí 2)."
    )
    fonts = _fonts(out)
    assert fonts and all(f[-5] == "yes" for f in fonts), fonts  # emb column
    assert any(f[0].endswith("+LiberationSerif-Bold") for f in fonts) and all("Helvetica" not in f[0] for f in fonts)
    info = subprocess.run(["pdfinfo", str(out)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"Page size:\s+841\.89 x 595\.27", info) or re.search(r"Page size:\s+841\.8\d x 595\.2\d", info)
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 2
    assert not list(tmp_path.glob(".*tmp"))


@needs_poppler
def test_pdf_party_header_and_many_members(session, tmp_path):
    world = build_world(session, header_style="party")
    svc.add_members(
        session, bloc_id=world["bloc"], names=[f"Cơ quan ngoài số {i}" for i in range(1, 9)], joined_year=2020
    )
    session.commit()
    report = scoring_report(session, table_id=world["table"], on_date=DAY)
    assert len(report.members) == 14
    out = write_scoring_pdf(report, tmp_path / "dang.pdf")
    flat = re.sub(r"\s+", " ", _pdf_text(out))
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in flat and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in flat
    # Four members per criteria table: every member heads a column block once.
    cells = re.sub(r"\s+", " ", _pdf_text(out, layout=False))
    assert all(f"Cơ quan ngoài số {i}" in cells for i in range(1, 9))
    assert cells.count("Tổng cộng") == 4  # 14 members → 4 tables
    assert "Cơ quan ngoài số 8: chưa tự chấm; chưa có phiếu chấm nào (13 phiếu)." in flat
    assert f"{AGENCIES[0]}: chưa có phiếu chấm của Cơ quan ngoài số 1, Cơ quan ngoài số 2," in flat


def test_number_vi():
    assert number_vi(D("95.5")) == "95,50" and number_vi(D("-2"), signed=True) == "-2,00"
    assert number_vi(D("1.5"), signed=True) == "+1,50" and number_vi(D(0), signed=True) == "0,00"
    assert number_vi(None) == ""


# ---------------------------------------------------------------- service export and CLI


def test_export_scoring_by_suffix(session, world, tmp_path):
    out = export_scoring(session, table_id=world["table"], out=tmp_path / "a.xlsx", on_date=DAY)
    assert openpyxl.load_workbook(out).sheetnames[0] == RANKING_SHEET
    from app.errors import BadInput, NotFound

    with pytest.raises(BadInput, match=r"\.xlsx hoặc \.pdf"):
        export_scoring(session, table_id=world["table"], out=tmp_path / "a.csv")
    with pytest.raises(NotFound):
        export_scoring(session, table_id=9999, out=tmp_path / "b.xlsx")
    assert not (tmp_path / "b.xlsx").exists()


@needs_poppler
def test_cli_export_scoring(db_url, tmp_path, capsys):
    from app.database import open_database

    database = open_database(db_url)
    with database.factory() as s:
        tid = build_world(s)["table"]
    database.close()
    xlsx, pdf = tmp_path / "bang diem.xlsx", tmp_path / "bang-diem.pdf"
    assert main(["--db", db_url, "export", "scoring", "--table", str(tid), "--out", str(xlsx)]) == EXIT_OK
    assert f"Đã ghi bảng tổng hợp kết quả chấm điểm: {xlsx}" in capsys.readouterr().out
    assert openpyxl.load_workbook(xlsx).sheetnames == [RANKING_SHEET, SCORES_SHEET, SHEETS_SHEET]
    assert main(["--db", db_url, "export", "scoring", "--table", str(tid), "--out", str(pdf)]) == EXIT_OK
    assert "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024" in _pdf_text(pdf)
    assert main(["--db", db_url, "export", "scoring", "--table", "999", "--out", str(xlsx)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "Không tìm thấy bảng tiêu chí: 999" in err and "Traceback" not in err
    assert main(["--db", db_url, "export", "scoring", "--out", str(xlsx)]) == EXIT_BAD_INPUT
    assert "Cần --table ID" in capsys.readouterr().err
    assert (
        main(["--db", db_url, "export", "scoring", "--table", str(tid), "--out", str(tmp_path / "x.csv")])
        == EXIT_BAD_INPUT
    )
    assert "chỉ xuất được .xlsx hoặc .pdf" in capsys.readouterr().err
