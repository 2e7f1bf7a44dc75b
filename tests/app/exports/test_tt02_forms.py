"""The TT 02/2023 forms and the summary sheets read back with openpyxl: corner blocks,
merged multi-level headers, the numbering row, blank zeros, print setup, no formulas, and
figures equal to independent queries on the demo database; `tdkt-cli export stats`."""

from __future__ import annotations

import dataclasses
import datetime as dt

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import text

from app.cli import EXIT_BAD_INPUT, EXIT_OK, main
from app.services import reports as R
from app.services.settings import get_settings, save_settings
from tests.app.services.test_reports import demo_db, independent_level_counts, independent_people, small_org

D = dt.date


def _identity(session):
    save_settings(
        session,
        values=dataclasses.replace(
            get_settings(session),
            agency_name="Sở Nội vụ tỉnh Bắc Ninh",
            issuing_body="UBND tỉnh Bắc Ninh",
            signer_title="Giám đốc",
            signer_name="Nguyễn Văn An",
            place_name="Bắc Ninh",
        ),
    )


def _export(session, tmp_path, kind, year=2025, **kw):
    out = R.export_report(
        session, R.ReportRequest(kind, year, **kw), tmp_path / f"{kind}.xlsx", on_date=D(2025, 12, 10)
    )
    return load_workbook(out).active


def _cells(ws):
    return {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None}


def _row_of(ws, label, col=1):
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, col).value == label)


def _common_checks(ws, *, landscape: bool):
    assert str(ws.page_setup.paperSize) == "9"
    assert ws.page_setup.orientation == ("landscape" if landscape else "portrait")
    # Scaled to the page width by the engine (manual page breaks need a fixed scale).
    assert 10 <= int(ws.page_setup.scale) <= 100 and not ws.sheet_properties.pageSetUpPr.fitToPage
    # NĐ 30: page numbers from page 2, top centre.
    assert ws.HeaderFooter.differentFirst and ws.oddHeader.center.text == "&P"
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_0603_sheet_layout(session, tmp_path):
    _identity(session)
    small_org(session)
    session.commit()
    ws = _export(session, tmp_path, "0603")
    values = list(_cells(ws).values())
    assert ws["A1"].value == "Biểu số: 0603.N/BNV-TĐKT" and ws["A1"].font.b
    assert "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023" in values
    assert "Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo" in values
    assert "Đơn vị báo cáo: Sở Nội vụ tỉnh Bắc Ninh" in values
    assert "Đơn vị nhận báo cáo: Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)" in values
    title = _row_of(ws, R.form_0603(session, year=2025).title)
    assert ws.cell(title, 1).font.b
    assert ws.cell(title + 1, 1).value.startswith("Thời điểm báo cáo: Báo cáo cả năm 2025")
    assert ws.cell(title + 1, 1).font.i
    # Two header rows, then the numbering row A, B, C, 1…5.
    h = _row_of(ws, "Mã số", 2)
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert {f"A{h}:A{h + 1}", f"B{h}:B{h + 1}", f"C{h}:C{h + 1}", f"D{h}:D{h + 1}", f"E{h}:H{h}"} <= merged
    assert [ws.cell(h, c).value for c in (2, 3, 4, 5)] == ["Mã số", "Đơn vị tính", "Tổng số", "Chia ra"]
    assert [ws.cell(h + 1, c).value for c in range(5, 9)][:2] == ["Bằng khen", "Chiến sĩ thi đua cấp bộ, cấp tỉnh"]
    assert [ws.cell(h + 2, c).value for c in range(1, 9)] == ["A", "B", "C", "1", "2", "3", "4", "5"]
    assert ws.cell(h + 2, 1).font.b
    assert ws.print_title_rows == f"${h}:${h + 2}" and ws.freeze_panes == f"A{h + 3}"
    # Rows: codes as text with their zero, headings without code or figures, zero blank.
    first = h + 3
    assert [ws.cell(first, c).value for c in range(1, 9)] == ["Tổng số", "01", None, 9, 6, 2, 1, None]
    assert ws.cell(first, 1).font.b and ws.cell(first, 4).font.b
    assert [ws.cell(first + 1, c).value for c in range(1, 9)] == ["1. Chia theo đối tượng khen thưởng"] + [None] * 7
    r06 = _row_of(ws, "06", 2)
    assert ws.cell(r06, 1).value == "+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên"  # kept as text
    assert ws.cell(r06, 1).data_type == "s" and ws.cell(r06, 3).value == "Người"
    r14 = _row_of(ws, "14", 2)
    assert [ws.cell(r14, c).value for c in range(4, 9)] == [None] * 5  # zero prints blank
    assert isinstance(ws.cell(first, 4).value, int)
    assert ws.cell(first, 4).border.left.style == "thin"
    assert ws.cell(first, 1).font.name == "Times New Roman" and 12 <= ws.cell(first, 1).font.sz <= 13
    # Note, date line, signatures.
    assert "Không thuộc các cột của biểu, không tính: Tập thể lao động xuất sắc (1)." in values
    assert "Bắc Ninh, ngày 10 tháng 12 năm 2025" in values
    assert "Người lập biểu" in values and "GIÁM ĐỐC" in values and "Nguyễn Văn An" in values
    assert "(Ký, họ tên, đóng dấu)" in values
    _common_checks(ws, landscape=True)


def test_0602_four_header_rows(session, tmp_path):
    small_org(session)
    session.commit()
    ws = _export(session, tmp_path, "0602")
    h = _row_of(ws, "Mã số", 2)
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert f"A{h}:A{h + 3}" in merged and f"D{h}:D{h + 3}" in merged  # label column, Tổng số
    n = ws.max_column
    last = get_column_letter(n)
    assert f"E{h}:{last}{h}" in merged and ws.cell(h, 5).value == "Chia ra"
    assert ws.cell(h + 1, 5).value == "Các loại huân chương, huy chương"
    assert f"E{h + 1}:J{h + 1}" in merged  # three kinds × (Tập thể, Cá nhân)
    assert ws.cell(h + 2, 5).value == "Huân chương Lao động hạng Ba" and f"E{h + 2}:F{h + 2}" in merged
    assert [ws.cell(h + 3, c).value for c in (5, 6)] == ["Tập thể", "Cá nhân"]
    # A single-leaf group ("Giải thưởng Hồ Chí Minh" / "Cá nhân") fills down to the last row.
    k = next(c for c in range(5, n + 1) if ws.cell(h + 1, c).value == "Giải thưởng Hồ Chí Minh")
    assert ws.cell(h + 2, k).value == "Cá nhân"
    assert f"{get_column_letter(k)}{h + 2}:{get_column_letter(k)}{h + 3}" in merged
    assert [ws.cell(h + 4, c).value for c in range(1, 5)] == ["A", "B", "C", "1"]
    assert ws.print_title_rows == f"${h}:${h + 4}"
    first = h + 5
    assert [ws.cell(first, c).value for c in (1, 2, 4)] == ["Tổng số", "1", 6]
    assert ws.cell(_row_of(ws, "3", 2), 4).value is None  # provinces: none, blank
    _common_checks(ws, landscape=True)


def test_0601_sheet(session, tmp_path):
    from app.services import movement as mv

    ids = small_org(session)
    mv.create_movement(
        session,
        name="Thi đua chuyên đề",
        kind="CHUYEN_DE",
        start_date=D(2025, 3, 1),
        end_date=D(2025, 9, 1),
        launching_unit_id=ids["CQ"],
    )
    session.commit()
    ws = _export(session, tmp_path, "0601")
    values = list(_cells(ws).values())
    assert "Biểu số: 0601.N/BNV-TĐKT" in values and "SỐ PHONG TRÀO THI ĐUA" in values
    assert "Đơn vị tính: Phong trào" in values
    h = _row_of(ws, "Mã số", 2)
    assert ws.cell(h, 4).value == "Số phong trào thi đua chia theo cấp chủ trì phát động thi đua"
    assert [ws.cell(h + 2, c).value for c in range(1, 7)] == ["A", "B", "1", "2", "3", "4"]
    first = h + 3
    assert [ws.cell(first, c).value for c in range(1, 7)] == ["Tổng số", "01", 1, None, 1, None]
    assert ws.cell(_row_of(ws, "11", 2), 3).value == 1 and ws.cell(_row_of(ws, "12", 2), 3).value is None
    _common_checks(ws, landscape=False)


def test_demo_workbooks_match_independent_queries(db, tmp_path):
    demo_db(db)
    with db.factory() as s:
        ws = _export(s, tmp_path, "0603")
        by_code = independent_level_counts(s, "BO_TINH", 2025)
        people = independent_people(s, "BO_TINH", 2025)
        r01 = _row_of(ws, "01", 2)
        bk = by_code.get("BK_BO", 0) + by_code.get("BK_BO_TT", 0)
        assert ws.cell(r01, 4).value == bk + by_code.get("CSTDBO", 0) + by_code.get("CO_BO", 0)
        assert ws.cell(r01, 5).value == bk
        assert ws.cell(r01, 6).value == by_code.get("CSTDBO", 0)
        for code, key in zip(("06", "07", "08", "09", "10"), ("BO_TINH", "VU_SO", "DOANH_NHAN", "PHONG", "TRUC_TIEP")):
            assert (ws.cell(_row_of(ws, code, 2), 4).value or 0) == people.get(key, 0), code
        # In the sheet too: column 1 = the sum of the other columns, sections add up.
        for r in range(r01, _row_of(ws, "17", 2) + 1):
            if ws.cell(r, 2).value:
                vals = [ws.cell(r, c).value or 0 for c in range(4, 9)]
                assert vals[0] == sum(vals[1:])
        total = ws.cell(r01, 4).value
        assert sum(ws.cell(_row_of(ws, c, 2), 4).value or 0 for c in ("02", "04", "05")) == total
        assert sum(ws.cell(_row_of(ws, f"{c}", 2), 4).value or 0 for c in range(11, 18)) == total

        ws = _export(s, tmp_path, "0602")
        assert ws.cell(_row_of(ws, "1", 2), 4).value == sum(independent_level_counts(s, "NHA_NUOC", 2025).values())

        ws = _export(s, tmp_path, "by_unit")
        total_row = _row_of(ws, "Tổng cộng", 2)
        for k, y in enumerate(range(2021, 2026)):
            n = s.execute(text("SELECT count(*) FROM award WHERE year = :y"), dict(y=y)).scalar()
            assert ws.cell(total_row, 3 + k).value == n
        assert (
            ws.cell(total_row, 8).value
            == s.execute(text("SELECT count(*) FROM award WHERE year BETWEEN 2021 AND 2025")).scalar()
        )
        h = _row_of(ws, "STT")
        assert f"C{h}:G{h}" in {str(m) for m in ws.merged_cells.ranges}
        _common_checks(ws, landscape=False)

        ws = _export(s, tmp_path, "shares", level_filter="BO_TINH_UP")
        sec = _row_of(ws, "III. Từng năm 2021–2025, các đơn vị đã chọn")
        for k, y in enumerate(range(2021, 2026)):
            n, direct, women = s.execute(
                text(
                    "SELECT count(*), sum(CASE WHEN a.subject_category NOT IN ('BO_TINH', 'VU_SO', 'PHONG') "
                    "AND p.staff_category <> 'DOANH_NHAN' THEN 1 ELSE 0 END), "
                    "sum(CASE WHEN p.gender = 'F' THEN 1 ELSE 0 END) FROM award a JOIN person p ON p.id = a.person_id "
                    "JOIN award_type t ON t.code = a.award_code WHERE a.year = :y AND t.level <> 'CO_SO'"
                ),
                dict(y=y),
            ).one()
            row = sec + 1 + k
            assert ws.cell(row, 2).value == f"Năm {y}"
            assert [ws.cell(row, c).value for c in (3, 4, 6)] == [n, direct or 0, women or 0]  # counts keep their 0
            if n:
                assert ws.cell(row, 5).value == round(100 * direct / n, 1)
                assert ws.cell(row, 5).number_format == "0.0"
        _common_checks(ws, landscape=False)


def test_cli_export_stats(db_url, tmp_path, capsys):
    from app.database import open_database

    database = open_database(db_url)
    with database.factory() as s:
        small_org(s)
        s.commit()
    database.close()
    out = tmp_path / "0603.xlsx"
    assert main(["--db", db_url, "export", "stats", "--year", "2025", "--form", "0603", "--out", str(out)]) == EXIT_OK
    assert "biểu 0603" in capsys.readouterr().out
    ws = load_workbook(out).active
    assert ws.cell(_row_of(ws, "01", 2), 4).value == 9
    assert (
        main(
            [
                "--db",
                db_url,
                "export",
                "stats",
                "--year",
                "2025",
                "--form",
                "shares",
                "--levels",
                "NHA_NUOC",
                "--out",
                str(tmp_path / "s.xlsx"),
            ]
        )
        == EXIT_OK
    )
    assert main(["--db", db_url, "export", "stats", "--form", "0603", "--out", str(out)]) == EXIT_BAD_INPUT
    assert "Cần --year" in capsys.readouterr().err
    assert main(["--db", db_url, "export", "nominations", "--out", str(out)]) == EXIT_BAD_INPUT
