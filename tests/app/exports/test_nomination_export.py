"""The nomination list xlsx (report engine + DOMAIN.md §9 columns) read back with openpyxl,
and `tdkt-cli export nominations`."""

from __future__ import annotations

import datetime as dt
import json

from openpyxl import load_workbook

from app.cli import EXIT_BAD_INPUT, EXIT_OK, main
from app.exports.nomination_list import COLUMNS
from app.rules.person import PersonInput, UnitInput
from app.services import movement as mv
from app.services import nomination as nom
from app.services.org import create_person, create_unit
from app.services.settings import get_settings, save_settings


def _round_with_nominations(session, *, header_style="national"):
    import dataclasses

    save_settings(
        session,
        values=dataclasses.replace(
            get_settings(session),
            agency_name="Ban Tổ chức Trung ương",
            issuing_body="Ban Chấp hành Trung ương",
            header_style=header_style,
            signer_title="Trưởng ban",
            signer_name="Nguyễn Văn A",
        ),
    )
    bloc = create_unit(session, data=UnitInput("K", "Khối", "KHOI"))
    agency = create_unit(session, data=UnitInput("CQ", "Ban Tổ chức Trung ương", "CO_QUAN", bloc))
    dept = create_unit(session, data=UnitInput("VP", "Văn phòng Ban", "DON_VI", agency))
    names = [("Nguyễn Thị Hoa", "F"), ("Trần Văn Minh", "M"), ("=Lê Văn Công", "M"), ("Phạm Thị Mai", "F")]
    people = [
        create_person(session, data=PersonInput(f"CB{i}", n, g, dept, position="Chuyên viên"))
        for i, (n, g) in enumerate(names)
    ]
    rnd = mv.create_round(session, name="Đợt xét năm 2024", year=2024, review_date=dt.date(2025, 1, 15))
    nom.add_nominations(
        session,
        round_id=rnd,
        award_code="LDTT",
        person_ids=people,
        achievement="+ Hoàn thành xuất sắc nhiệm vụ được giao; " * 8,
    )
    nom.confirm_no_review_in_round(session, round_id=rnd)  # NĐ 152/2025 Art. 4(4), asked before export
    nom.add_nominations(session, round_id=rnd, award_code="TTLDTT", unit_ids=[dept])
    session.commit()
    return rnd


def test_nomination_list_read_back(session, tmp_path):
    rnd = _round_with_nominations(session)
    out, count = nom.export_nominations(
        session, round_id=rnd, out=tmp_path / "ds.xlsx", on_date=dt.date(2025, 1, 5), everything=True
    )
    assert count == 5
    wb = load_workbook(out)
    ws = wb.active
    cells = {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None}
    values = [line for v in cells.values() for line in (str(v).split("\n") if isinstance(v, str) else [v])]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in values and "Độc lập - Tự do - Hạnh phúc" in values
    assert "BAN TỔ CHỨC TRUNG ƯƠNG" in values and "Hà Nội, ngày 05 tháng 01 năm 2025" in values
    assert "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" in values
    # Two-level header: the group over four columns, the other headers merged down.
    header_row = next(r for r in range(1, 20) if ws.cell(r, 1).value == "STT")
    assert ws.cell(header_row, 2).value == "Cá nhân, tập thể được đề nghị"
    assert [ws.cell(header_row + 1, c).value for c in range(2, 6)] == [c.header for c in COLUMNS[1:5]]
    assert ws.cell(header_row, 9).value == "Tóm tắt thành tích"
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert f"B{header_row}:E{header_row}" in merged and f"A{header_row}:A{header_row + 1}" in merged
    first = header_row + 2
    assert ws.cell(first, 1).value == "I. Cá nhân (4)"
    data = [[ws.cell(r, c).value for c in range(1, 10)] for r in range(first + 1, first + 5)]
    assert [d[0] for d in data] == [1, 2, 3, 4] and all(isinstance(d[0], int) for d in data)
    assert {d[2] for d in data} == {"Nguyễn Thị Hoa", "Trần Văn Minh", "=Lê Văn Công", "Phạm Thị Mai"}
    salutations = {d[2]: d[1] for d in data}
    assert salutations["Nguyễn Thị Hoa"] == "Bà" and salutations["Trần Văn Minh"] == "Ông"
    assert all(d[6] == "Lao động tiên tiến" and d[5] == "Cá nhân" for d in data)
    assert ws.cell(first + 5, 1).value == "II. Tập thể (1)"
    assert [ws.cell(first + 6, c).value for c in (1, 2, 3, 5)] == [
        1,
        "Tập thể",
        "Văn phòng Ban",
        "Ban Tổ chức Trung ương",
    ]
    # Every nomination once; no formulas anywhere.
    names = [ws.cell(r, 3).value for r in range(first, first + 7)]
    assert sorted(n for n in names if n) == sorted(
        ["Nguyễn Thị Hoa", "Trần Văn Minh", "=Lê Văn Công", "Phạm Thị Mai", "Văn phòng Ban"]
    )
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    # Print setup.
    assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9"
    assert 10 <= int(ws.page_setup.scale) <= 100
    assert ws.print_title_rows == f"${header_row}:${header_row + 1}"
    assert ws.freeze_panes == f"A{header_row + 2}"
    assert ws.HeaderFooter.differentFirst and ws.oddHeader.center.text == "&P"
    font = ws.cell(first + 1, 3).font
    assert font.name == "Times New Roman" and 12 <= font.sz <= 13
    assert ws.cell(first + 1, 9).alignment.wrap_text
    assert ws.cell(first + 1, 1).border.left.style == "thin"
    assert "NGUYỄN VĂN A" in values or "Nguyễn Văn A" in values


def test_party_header_style(session, tmp_path):
    rnd = _round_with_nominations(session, header_style="party")
    out, _ = nom.export_nominations(session, round_id=rnd, out=tmp_path / "p.xlsx", everything=True)
    values = [
        line
        for row in load_workbook(out).active.iter_rows()
        for c in row
        if c.value
        for line in str(c.value).split("\n")
    ]
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in values and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in values


def test_cli_export_nominations_and_info(db_url, tmp_path, capsys):
    from app.database import open_database

    database = open_database(db_url)
    with database.factory() as s:
        rnd = _round_with_nominations(s)
    database.close()
    out = tmp_path / "cli.xlsx"
    assert main(["--db", db_url, "export", "nominations", "--round", str(rnd), "--out", str(out)]) == EXIT_OK
    assert "Đã ghi danh sách 0 đề nghị" in capsys.readouterr().out  # drafts are not sent upward
    assert (
        main(
            ["--db", db_url, "export", "nominations", "--round", str(rnd), "--out", str(out), "--all", "--with-status"]
        )
        == EXIT_OK
    )
    assert "Đã ghi danh sách 5 đề nghị" in capsys.readouterr().out
    assert "Dự thảo" in [c.value for row in load_workbook(out).active.iter_rows() for c in row]
    assert load_workbook(out).active.max_row > 10
    assert main(["--db", db_url, "export", "nominations", "--round", "999", "--out", str(out)]) == EXIT_BAD_INPUT
    assert "Không tìm thấy đợt xét: 999" in capsys.readouterr().err
    assert main(["--db", db_url, "info", "--json"]) == EXIT_OK
    counts = json.loads(capsys.readouterr().out)
    assert counts["nominations"] == 5 and counts["rounds"] == 1 and counts["movements"] == 0


def test_flag_nominee_leading_its_bloc_says_so(session, tmp_path):
    """A Cờ thi đua nominee with Nomination.leads_bloc gets "Dẫn đầu <khối>" in its
    achievement column (once, even when the achievement already says it); others do not."""
    from sqlalchemy import update

    from app.models import Nomination

    rnd = _round_with_nominations(session)
    bloc_name = "Khối thi đua các cơ quan Đảng Trung ương"
    root = create_unit(session, data=UnitInput("KD", bloc_name, "KHOI"))
    units = [
        create_unit(session, data=UnitInput(f"KD{i}", n, "CO_QUAN", root))
        for i, n in enumerate(["Ban Dân vận Trung ương", "Ban Nội chính Trung ương", "Tạp chí Cộng sản"])
    ]
    added = nom.add_nominations(
        session, round_id=rnd, award_code="CO_BO", unit_ids=units, achievement="Hoàn thành xuất sắc nhiệm vụ"
    )
    session.execute(update(Nomination).where(Nomination.id == added.added[0]).values(leads_bloc=bloc_name))
    session.execute(
        update(Nomination)
        .where(Nomination.id == added.added[2])
        .values(leads_bloc=bloc_name, achievement=f"Dẫn đầu {bloc_name} năm 2024")
    )
    session.commit()
    rows = {r.name: r for r in nom.list_nominations(session, round_id=rnd)}
    assert (
        rows["Ban Dân vận Trung ương"].leads_bloc == bloc_name and rows["Ban Nội chính Trung ương"].leads_bloc is None
    )
    out, _ = nom.export_nominations(session, round_id=rnd, out=tmp_path / "co.xlsx", everything=True)
    ws = load_workbook(out).active
    achievements = {ws.cell(r, 3).value: ws.cell(r, 9).value for r in range(1, ws.max_row + 1)}
    assert achievements["Ban Dân vận Trung ương"] == f"Dẫn đầu {bloc_name}; Hoàn thành xuất sắc nhiệm vụ"
    assert achievements["Ban Nội chính Trung ương"] == "Hoàn thành xuất sắc nhiệm vụ"
    assert achievements["Tạp chí Cộng sản"] == f"Dẫn đầu {bloc_name} năm 2024"
    assert not any(
        "Dẫn đầu" in str(v) for k, v in achievements.items() if k not in ("Ban Dân vận Trung ương", "Tạp chí Cộng sản")
    )


def test_default_list_is_what_goes_upward(session, tmp_path):
    """Submitted/checked nominations judged ✔ or to check by hand; drafts, rejections and ✘
    stay out unless asked; the screen's filters apply; status/verdict columns optional."""
    from sqlalchemy import update

    from app.models import Nomination

    rnd = _round_with_nominations(session)
    rows = {r.name: r for r in nom.list_nominations(session, round_id=rnd)}
    states = {
        "Nguyễn Thị Hoa": ("SUBMITTED", "ELIGIBLE"),
        "Trần Văn Minh": ("CHECKED", "MANUAL_CHECK"),
        "=Lê Văn Công": ("CHECKED", "NOT_ELIGIBLE"),
        "Phạm Thị Mai": ("DRAFT", "ELIGIBLE"),
        "Văn phòng Ban": ("REJECTED", "ELIGIBLE"),
    }
    for name, (status, verdict) in states.items():
        session.execute(
            update(Nomination).where(Nomination.id == rows[name].id).values(status=status, verdict_status=verdict)
        )
    session.commit()
    sendable, left = nom.rows_for_export(session, round_id=rnd)
    assert sorted(r.name for r in sendable) == ["Nguyễn Thị Hoa", "Trần Văn Minh"]
    assert len(left) == 3
    out, count = nom.export_nominations(
        session, round_id=rnd, out=tmp_path / "up.xlsx", with_verdict=True, with_status=True
    )
    assert count == 2
    ws = load_workbook(out).active
    values = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert "Trạng thái" in values and "Kết quả kiểm tra" in values
    assert "Đủ điều kiện" in values and any(str(v).startswith("Cần kiểm tra thủ công") for v in values)
    assert "=Lê Văn Công" not in values and "Phạm Thị Mai" not in values
    # the screen's filter (a name typed) applies
    out, count = nom.export_nominations(session, round_id=rnd, out=tmp_path / "one.xlsx", filters=dict(query="hoa"))
    assert count == 1
    out, count = nom.export_nominations(session, round_id=rnd, out=tmp_path / "all.xlsx", everything=True)
    assert count == 5
