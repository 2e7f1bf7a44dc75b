"""Issue 15 from the command line: `list`, `settings`, and every document reached by id
(`export submission|decision|ballots|tally|minutes`), the format from the --out suffix;
Word files read back with python-docx; bad input exits 2 with a Vietnamese message."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import docx
import openpyxl
import pytest

from app.cli import main
from app.database import open_database
from app.exports.layout import header_layout, wrap
from app.exports.pdf_fonts import SERIF_BOLD, string_width
from app.exports.xlsx_report import DocumentHeader
from tests.app.layout_docs import NORMAL, make_office


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """The demo office, on a SQLite file (a path with Vietnamese letters, a space and #)
    or, with TDKT_TEST_DATABASE_URL, in a schema of its own on that PostgreSQL server."""
    from tests.conftest import PG_URL

    folder = tmp_path_factory.mktemp("office")
    if not PG_URL:
        db = str(folder / "văn phòng #1.db")
        yield db, make_office(db, people=80), folder
        return
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    db = (
        make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    )
    try:
        yield db, make_office(db, people=80), folder
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _docx_text(path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def _fonts(path) -> set[str]:
    d = docx.Document(str(path))
    runs = [r for p in d.paragraphs for r in p.runs]
    runs += [r for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs]
    return {r.font.name for r in runs if r.text.strip()}


# ---------------------------------------------------------------- list, settings


def test_list_every_kind_as_json(office, capsys):
    db, ids, _ = office
    for kind in ("rounds", "decisions", "meetings", "ballots", "tables", "movements", "blocs"):
        code, out, err = run(capsys, "--db", db, "list", kind, "--json")
        assert code == 0, err
        items = json.loads(out)
        assert items, kind
        for it in items:
            assert {"id", "name", "year", "status"} <= set(it), (kind, it)
            assert isinstance(it["id"], int) and it["name"] and it["status"]
    rounds = json.loads(run(capsys, "--db", db, "list", "rounds", "--json")[1])
    assert [(r["id"], r["status"]) for r in rounds if r["status"] == "OPEN"] == [(ids["round"], "OPEN")]
    assert {r["status"] for r in rounds} == {"OPEN", "CLOSED"}  # the demo keeps last year's closed round
    ballots = json.loads(run(capsys, "--db", db, "list", "ballots", "--json")[1])
    assert [(b["id"], b["status"]) for b in ballots if b["meeting_id"] == ids["meeting"]] == [(ids["ballot"], "SEALED")]
    decisions = json.loads(run(capsys, "--db", db, "list", "decisions", "--json")[1])
    assert decisions[0]["id"] == ids["decision"] and decisions[0]["name"].startswith("Quyết định số 02/")
    code, out, _ = run(capsys, "--db", db, "list", "meetings")
    assert code == 0 and re.search(rf"^\s*{ids['meeting']}\s+OPEN\s+năm 2025", out, re.M)


def test_settings_show_and_set(office, capsys):
    db, _ids, _ = office
    code, out, _ = run(capsys, "--db", db, "settings", "--json")
    assert code == 0 and json.loads(out)["agency_name"] == NORMAL["agency_name"]
    code, out, _ = run(capsys, "--db", db, "settings", "set", "place_name", "Thành phố Hồ Chí Minh")
    assert code == 0
    assert "place_name: Thành phố Hồ Chí Minh" in run(capsys, "--db", db, "settings")[1]
    run(capsys, "--db", db, "settings", "set", "place_name", NORMAL["place_name"])
    code, _out, err = run(capsys, "--db", db, "settings", "set", "ten_co_quan", "X")
    assert code == 2 and "Không có cài đặt «ten_co_quan»" in err and "agency_name" in err
    code, _out, err = run(capsys, "--db", db, "settings", "set", "header_style", "hoàng gia")
    assert code == 2 and "Traceback" not in err
    assert json.loads(run(capsys, "--db", db, "settings", "--json")[1])["header_style"] == "national"


# ---------------------------------------------------------------- Word files


def test_submission_docx_uses_the_open_round(office, capsys, tmp_path):
    db, ids, _ = office
    out = tmp_path / "Tờ trình 2025 #1.docx"
    code, _o, err = run(capsys, "--db", db, "export", "submission", "--out", str(out))
    assert code == 0, err
    text = _docx_text(out)
    for needle in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "TỜ TRÌNH",
        "Về việc đề nghị khen thưởng đợt xét khen thưởng năm 2025",
        "Tóm tắt thành tích",
        NORMAL["agency_name"].upper(),
        "Kính gửi:",
        "Nơi nhận:",
        NORMAL["signer_name"],
    ):
        assert needle in text, needle
    assert _fonts(out) == {"Times New Roman"}
    from app.services.nomination import list_nominations

    database = open_database(db)
    try:
        with database.factory() as s:
            rows = [r for r in list_nominations(s, round_id=ids["round"]) if r.status != "REJECTED"]
    finally:
        database.close()
    table = next(t for t in docx.Document(str(out)).tables if t.rows[0].cells[0].text == "STT")
    listed = [r.cells[1].text for r in table.rows[1:] if r.cells[0].text.strip().isdigit()]
    assert sorted(listed) == sorted(f"{r.salutation} {r.name}" if r.subject == "CA_NHAN" else r.name for r in rows)
    # each nominee's summary is the nomination's achievement text
    person = next(r for r in rows if r.subject == "CA_NHAN" and r.achievement)
    row = next(r for r in table.rows if r.cells[1].text == f"{person.salutation} {person.name}")
    assert person.achievement in row.cells[4].text


def test_decision_docx_with_its_annex(office, capsys, tmp_path):
    db, ids, _ = office
    out = tmp_path / "quyết định.docx"
    code, _o, err = run(capsys, "--db", db, "export", "decision", "--decision", str(ids["decision"]), "--out", str(out))
    assert code == 0, err
    text = _docx_text(out)
    for needle in (
        "QUYẾT ĐỊNH",
        "Số: 02/QĐ-HĐTĐKT",
        "Hà Nội, ngày 25 tháng 12 năm 2025",
        "Điều 1.",
        "Điều 3.",
        "DANH SÁCH",
        "Kèm theo Quyết định số 02/QĐ-HĐTĐKT",
        "KT. TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN",
        "I. Cá nhân (20)",
        "II. Tập thể (4)",
    ):
        assert needle in text, needle
    d = docx.Document(str(out))
    assert _fonts(out) == {"Times New Roman"}
    assert d.sections[0].different_first_page_header_footer
    assert "PAGE" in d.sections[0].header._element.xml
    assert abs(d.sections[0].left_margin.mm - 30) < 0.5 and abs(d.sections[0].right_margin.mm - 15) < 0.5
    from app.services.decision import get_decision

    database = open_database(db)
    try:
        with database.factory() as s:
            detail = get_decision(s, decision_id=ids["decision"])
    finally:
        database.close()
    annex = d.tables[-1]
    rows = [r for r in annex.rows[1:] if r.cells[0].text.strip().isdigit()]
    assert [r.cells[1].text for r in rows] == [
        f"{i.salutation} {i.name}" if i.subject == "CA_NHAN" else i.name for i in detail.items
    ]
    assert [r.cells[4].text for r in rows] == [str(i.so_so_vang) for i in detail.items]
    # a unit with its agency, never a bare "Văn phòng"
    assert all(i.work_unit != "Văn phòng" for i in detail.items)
    assert any(", " in i.work_unit for i in detail.items if i.subject == "CA_NHAN")


def test_minutes_and_tally_in_every_format(office, capsys, tmp_path):
    db, ids, _ = office
    for name in ("bb.pdf", "bb.docx", "kq.xlsx"):
        code, _o, err = run(
            capsys, "--db", db, "export", "tally", "--ballot", str(ids["ballot"]), "--out", str(tmp_path / name)
        )
        assert code == 0, err
    for name in ("hop.pdf", "hop.docx"):
        code, _o, err = run(
            capsys, "--db", db, "export", "minutes", "--meeting", str(ids["meeting"]), "--out", str(tmp_path / name)
        )
        assert code == 0, err
    code, _o, err = run(
        capsys,
        "--db",
        db,
        "export",
        "ballots",
        "--ballot",
        str(ids["ballot"]),
        "--out",
        str(tmp_path / "phiếu bầu.pdf"),
    )
    assert code == 0, err
    text = _docx_text(tmp_path / "bb.docx")
    assert "BIÊN BẢN KIỂM PHIẾU" in text and "Mã niêm phong kết quả (SHA-256)" in text
    assert "TRƯỞNG BAN KIỂM PHIẾU" in text and text.count("THÀNH VIÊN BAN KIỂM PHIẾU") == 2
    assert _fonts(tmp_path / "bb.docx") == {"Times New Roman"}
    text = _docx_text(tmp_path / "hop.docx")
    assert "Họp Hội đồng" in text and "Nhất trí với danh sách đề nghị" in text and "CHỦ TỊCH HỘI ĐỒNG" in text
    # the results workbook is signed by the whole counting committee
    from app.services.ballot import tally_minutes_data

    database = open_database(db)
    try:
        with database.factory() as s:
            d = tally_minutes_data(s, ballot_id=ids["ballot"])
    finally:
        database.close()
    ws = openpyxl.load_workbook(tmp_path / "kq.xlsx").active
    cells = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert {d.committee_head, *d.committee_members} <= cells
    assert "TRƯỞNG BAN KIỂM PHIẾU" in cells and "THÀNH VIÊN BAN KIỂM PHIẾU" in cells
    if shutil.which("pdffonts"):
        for pdf in ("bb.pdf", "hop.pdf", "phiếu bầu.pdf"):
            listing = subprocess.run(["pdffonts", str(tmp_path / pdf)], capture_output=True, text=True).stdout
            rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
            assert rows and all(r[-5] == "yes" for r in rows), listing  # every font embedded
            assert "Courier" not in listing and "Helvetica" not in listing


def test_decision_list_has_no_empty_section(office, capsys, tmp_path):
    db, ids, _ = office
    out = tmp_path / "ds.xlsx"
    assert run(capsys, "--db", db, "export", "decision", "--decision", str(ids["decision"]), "--out", str(out))[0] == 0
    values = [c.value for row in openpyxl.load_workbook(out).active.iter_rows() for c in row if c.value]
    assert "I. Cá nhân (20)" in values and "II. Tập thể (4)" in values
    import datetime as dt

    from app.exports.decision_list import DecisionListInfo, build_spec, write_decision_pdf

    class Item:
        subject, salutation, name, job_title, work_unit, award_name, so_so_vang = (
            "CA_NHAN",
            "Ông",
            "Nguyễn Văn A",
            "Chuyên viên",
            "Vụ Tổng hợp, Văn phòng Trung ương Đảng",
            "Lao động tiên tiến",
            1,
        )

    info = DecisionListInfo("01/QĐ-HĐTĐKT", dt.date(2025, 1, 5), agency_name="Ban Tổ chức Trung ương")
    assert [s.title for s in build_spec([Item()], info).sections] == ["I. Cá nhân (1)"]  # no "II. Tập thể (0)"
    if shutil.which("pdftotext"):
        pdf = write_decision_pdf([Item()], info, tmp_path / "ds.pdf")
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "I. Cá nhân (1)" in text and "Tập thể (0)" not in text and "STT" in text


# ---------------------------------------------------------------- bad input


def test_bad_input_exits_2_in_vietnamese(office, capsys, tmp_path):
    db, ids, _ = office
    cases = [
        (("export", "tally", "--out", str(tmp_path / "x.pdf")), "Cần --ballot ID"),
        (("export", "minutes", "--out", str(tmp_path / "x.pdf")), "Cần --meeting ID"),
        (("export", "tally", "--ballot", "999", "--out", str(tmp_path / "x.pdf")), "999"),
        (("export", "minutes", "--meeting", str(ids["meeting"]), "--out", str(tmp_path / "x.xlsx")), ".docx"),
        (("export", "submission", "--out", str(tmp_path / "x.pdf")), "chỉ xuất được dạng .docx"),
        (("export", "decision", "--decision", str(ids["decision"]), "--out", str(tmp_path / "x.txt")), ".docx"),
        (("export", "ballots", "--ballot", str(ids["ballot"]), "--out", str(tmp_path / "x.docx")), ".pdf"),
    ]
    for args, needle in cases:
        code, _o, err = run(capsys, "--db", db, *args)
        assert code == 2, (args, err)
        assert needle in err and "Traceback" not in err, (args, err)
        assert not list(tmp_path.glob("x.*")), args  # nothing half-written
    with pytest.raises(SystemExit) as exc:
        main(["--db", db, "list", "quyết-định"])
    assert exc.value.code == 2


def test_nominations_without_round_needs_exactly_one_open(office, capsys, tmp_path):
    db, _ids, _folder = office
    code, out, err = run(
        capsys, "--db", db, "export", "nominations", "--confirm-no-review", "--out", str(tmp_path / "ds.xlsx")
    )
    assert code == 0, err
    import datetime as dt

    from app.models import ReviewRound
    from app.services.movement import create_round

    database = open_database(db)
    try:
        with database.factory.begin() as s:
            extra = create_round(s, name="Đợt xét chuyên đề", year=2025, review_date=dt.date(2025, 9, 2))
        for kind in ("nominations", "submission"):
            code, _o, err = run(
                capsys,
                "--db",
                db,
                "export",
                kind,
                "--out",
                str(tmp_path / ("x.xlsx" if kind == "nominations" else "x.docx")),
            )
            assert code == 2 and "Có 2 đợt xét đang mở" in err and "--round ID" in err, err
    finally:
        with database.factory.begin() as s:
            s.delete(s.get(ReviewRound, extra))
        database.close()


# ---------------------------------------------------------------- the layout engine


def test_header_blocks_wrap_in_their_columns():
    long = DocumentHeader(
        issuing_body="Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
        agency_name="Sở Lao động - Thương binh và Xã hội tỉnh Bà Rịa - Vũng Tàu",
        place_date="Bà Rịa - Vũng Tàu, ngày 05 tháng 3 năm 2024",
    )
    lay = header_layout(long, 460)
    for side in ("left", "right"):
        width = lay.left_width if side == "left" else lay.right_width
        for hl, lines in lay.wrapped(side):
            assert all(string_width(t, hl.font, hl.size) <= width + 0.01 for t in lines), (hl.text, lines)
            assert " ".join(lines) == hl.text  # nothing lost
    agency = next(hl for hl in lay.left if hl.bold)
    assert agency.rule == "rule" and len(agency.lines(lay.left_width)) >= 2
    party = header_layout(
        DocumentHeader(header_style="party", issuing_body="Đảng bộ Khối", agency_name="Ban Thường vụ"), 460
    )
    assert [hl.rule for hl in party.left] == ["", "star"]
    assert party.right[0].text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    # a word wider than the column is cut, never drawn past the edge
    cut = wrap("HỘIĐỒNGTHIĐUAKHENTHƯỞNGTRUNGƯƠNGRẤTDÀI", 60, size=12, bold=True)
    assert len(cut) > 1 and all(string_width(t, SERIF_BOLD, 12) <= 60 for t in cut)
