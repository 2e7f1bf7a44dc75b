"""The list of a movement's model examples as xlsx (report engine), read back with openpyxl
cell by cell: document header, title, movement line, grouped stage columns, sections,
stage dates, notes, signatures; 150 rows written fast."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time

import pytest
from openpyxl import load_workbook

from app.errors import Cancelled
from app.exports.examples_xlsx import COLUMNS, build_spec, write_examples_list
from app.rules.examples import STAGES
from app.rules.person import PersonInput, UnitInput
from app.services import example, movement
from app.services.example import ExampleListSummary, ExampleRow, StageRow
from app.services.org import create_person, create_unit
from app.services.settings import get_settings, save_settings

D = dt.date


def _header_row(ws) -> int:
    return next(r for r in range(1, 30) if ws.cell(r, 1).value == "STT")


def _cells(ws) -> list:
    return [c.value for row in ws.iter_rows() for c in row if c.value is not None]


def test_examples_list_read_back(session, tmp_path):
    save_settings(
        session,
        values=dataclasses.replace(
            get_settings(session),
            agency_name="Đảng ủy Khối các cơ quan Trung ương",
            issuing_body="Ban Chấp hành",
            header_style="party",
            signer_title="Bí thư",
            signer_name="Nguyễn Văn A",
        ),
    )
    bloc = create_unit(session, data=UnitInput("K", "Khối thi đua", "KHOI"))
    agency = create_unit(session, data=UnitInput("BTC", "Ban Tổ chức Trung ương", "CO_QUAN", bloc))
    dept = create_unit(session, data=UnitInput("VCS", "Vụ Cơ sở đảng", "DON_VI", agency))
    hoa = create_person(session, data=PersonInput("CB1", "Nguyễn Thị Hoa", "F", dept, position="Chuyên viên"))
    cong = create_person(session, data=PersonInput("CB2", "Trần Văn Công", "M", dept, position="Vụ trưởng"))
    mid = movement.create_movement(
        session, name="Tham mưu giỏi, phục vụ tốt", start_date=D(2019, 1, 1), end_date=D(2024, 12, 31)
    )
    e1 = example.register_example(
        session,
        movement_id=mid,
        person_id=hoa,
        year=2020,
        found_on=D(2020, 3, 5),
        achievement="=Đi đầu trong chuyển đổi số",
        note="Biểu dương năm 2021",
    )
    example.set_stage(session, example_id=e1, stage="BOI_DUONG", on_date=D(2020, 6, 1))
    example.set_stage(session, example_id=e1, stage="TONG_KET", on_date=None)
    example.register_example(
        session, movement_id=mid, person_id=cong, year=2022, found_on=D(2022, 2, 1), achievement="Tham mưu kịp thời"
    )
    e3 = example.register_example(
        session, movement_id=mid, unit_id=dept, year=2021, found_on=D(2021, 4, 1), achievement="Tập thể đoàn kết"
    )
    for k, code in enumerate(STAGES[1:], start=5):
        example.set_stage(session, example_id=e3, stage=code, on_date=D(2021, k, 1))
    session.commit()

    out, count = example.export_examples(
        session, movement_id=mid, out=tmp_path / "dien-hinh.xlsx", on_date=D(2024, 12, 5)
    )
    assert count == 3
    ws = load_workbook(out).active
    assert ws.title == "Điển hình tiên tiến"
    values = [line for v in _cells(ws) for line in (v.split("\n") if isinstance(v, str) else [v])]
    # Party header: the body and the agency on the left, the Party line on the right.
    assert ws["A1"].value == "BAN CHẤP HÀNH" and ws["A2"].value == "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG"
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in values and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in values
    assert "Hà Nội, ngày 05 tháng 12 năm 2024" in values
    h = _header_row(ws)
    assert ws.cell(h - 3, 1).value == "DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN"
    assert ws.cell(h - 2, 1).value == "Phong trào thi đua “Tham mưu giỏi, phục vụ tốt” (2019 – 2024)"
    # Two header rows: "Các khâu" over the four stage columns, the others merged down.
    assert [ws.cell(h, c).value for c in range(1, 10)] == [
        "STT",
        "Họ và tên / Tập thể",
        "Chức vụ – đơn vị",
        "Thành tích tiêu biểu",
        "Các khâu",
        None,
        None,
        None,
        "Ghi chú",
    ]
    assert [ws.cell(h + 1, c).value for c in range(5, 9)] == ["Phát hiện", "Bồi dưỡng", "Tổng kết", "Nhân rộng"]
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert f"E{h}:H{h}" in merged and f"A{h}:A{h + 1}" in merged and f"I{h}:I{h + 1}" in merged
    first = h + 2
    rows = [[ws.cell(r, c).value for c in range(1, 10)] for r in range(first, first + 6)]
    assert rows[0][0] == "I. CÁ NHÂN"
    # Persons by name (Công before Hoa: given names), numbered from 1.
    assert rows[1][:4] == [1, "Trần Văn Công", "Vụ trưởng, Vụ Cơ sở đảng, Ban Tổ chức Trung ương", "Tham mưu kịp thời"]
    assert rows[1][4].date() == D(2022, 2, 1) and rows[1][5:] == [None, None, None, None]
    assert rows[2][:4] == [
        2,
        "Nguyễn Thị Hoa",
        "Chuyên viên, Vụ Cơ sở đảng, Ban Tổ chức Trung ương",
        "=Đi đầu trong chuyển đổi số",
    ]
    assert [v.date() if isinstance(v, dt.datetime) else v for v in rows[2][4:]] == [
        D(2020, 3, 5),
        D(2020, 6, 1),
        "x",
        None,
        "Biểu dương năm 2021",
    ]
    assert rows[3][0] == "II. TẬP THỂ"
    assert rows[4][:4] == [1, "Vụ Cơ sở đảng", "Ban Tổ chức Trung ương", "Tập thể đoàn kết"]
    assert [v.date() for v in rows[4][4:8]] == [D(2021, 4, 1), D(2021, 5, 1), D(2021, 6, 1), D(2021, 7, 1)]
    assert ws.cell(first + 1, 5).number_format == "DD/MM/YYYY"
    assert rows[5] == [None] * 9
    assert "Danh sách có 2 cá nhân và 1 tập thể." in values
    assert "NGƯỜI LẬP DANH SÁCH" in values and "BÍ THƯ" in values and "Nguyễn Văn A" in values
    # Text stays text (no formula from "=…"); print setup of the engine.
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == f"${h}:${h + 1}"
    assert ws.freeze_panes == f"A{first}"


def _row(i: int, kind: str) -> ExampleRow:
    n_stages = i % 5  # 0 … 4 stages
    stages = tuple(
        StageRow(s, k < max(1, n_stages), D(2019 + i % 6, 1 + k * 3, 1 + i % 28) if k < max(1, n_stages) else None, "")
        for k, s in enumerate(STAGES)
    )
    current = STAGES[max(1, n_stages) - 1]
    if kind == "CA_NHAN":
        return ExampleRow(
            i,
            1,
            "Tham mưu giỏi, phục vụ tốt",
            kind,
            i,
            None,
            f"CB{i:03d}",
            f"Nguyễn Văn Người {i}",
            "M",
            "Chuyên viên",
            "Vụ Tổng hợp",
            "Vụ Tổng hợp, Văn phòng Trung ương Đảng",
            2019 + i % 6,
            f"Thành tích số {i}: tham mưu kịp thời, chất lượng, hiệu quả.",
            "",
            stages,
            current,
        )
    return ExampleRow(
        i,
        1,
        "Tham mưu giỏi, phục vụ tốt",
        kind,
        None,
        i,
        f"DV{i}",
        f"Phòng số {i}",
        "",
        "",
        "Văn phòng Trung ương Đảng",
        "Văn phòng Trung ương Đảng",
        2019 + i % 6,
        "Tập thể đoàn kết, hoàn thành xuất sắc nhiệm vụ.",
        "Ghi chú",
        stages,
        current,
    )


def _report(n_people: int, n_units: int) -> ExampleListSummary:
    rows = tuple(_row(i, "CA_NHAN") for i in range(1, n_people + 1)) + tuple(
        _row(1000 + i, "TAP_THE") for i in range(1, n_units + 1)
    )
    return ExampleListSummary(
        "Tham mưu giỏi, phục vụ tốt",
        D(2019, 1, 1),
        D(2024, 12, 31),
        "Văn phòng Trung ương Đảng",
        "",
        "national",
        "Hà Nội",
        "Chánh Văn phòng",
        "Lê Văn B",
        D(2024, 12, 20),
        rows,
    )


def test_150_examples_all_written_in_order_and_fast(tmp_path):
    report = _report(120, 30)
    done = []
    start = time.perf_counter()
    out = write_examples_list(report, tmp_path / "150.xlsx", progress=lambda d, t: done.append((d, t)))
    elapsed = time.perf_counter() - start
    assert elapsed < 2.0, elapsed
    assert done[-1] == (150, 150)
    ws = load_workbook(out).active
    h = _header_row(ws)
    first = h + 2
    assert ws.cell(first, 1).value == "I. CÁ NHÂN"
    people = [[ws.cell(r, c).value for c in range(1, 10)] for r in range(first + 1, first + 121)]
    assert [p[0] for p in people] == list(range(1, 121))
    assert [p[1] for p in people] == [f"Nguyễn Văn Người {i}" for i in range(1, 121)]
    for i, p in enumerate(people, start=1):
        expected = report.rows[i - 1]
        for k, s in enumerate(expected.stages):
            cell = p[4 + k]
            if s.done:
                assert cell.date() == s.on_date
            else:
                assert cell is None
    assert ws.cell(first + 121, 1).value == "II. TẬP THỂ"
    units = [[ws.cell(r, c).value for c in range(1, 10)] for r in range(first + 122, first + 152)]
    assert [u[0] for u in units] == list(range(1, 31))
    assert units[-1][1] == "Phòng số 1030" and units[-1][8] == "Ghi chú"
    assert ws.cell(first + 152, 1).value is None
    assert "Danh sách có 120 cá nhân và 30 tập thể." in _cells(ws)


def test_empty_sections_still_print_and_the_movement_line_follows_the_dates():
    spec = build_spec(_report(0, 2)._replace(start_date=D(2021, 1, 1), end_date=None))
    assert [s.title for s in spec.sections] == ["I. CÁ NHÂN", "II. TẬP THỂ"]
    assert [len(s.rows) for s in spec.sections] == [0, 2]
    assert spec.subtitle == "Phong trào thi đua “Tham mưu giỏi, phục vụ tốt” (từ năm 2021)"
    assert [c.header for c in COLUMNS][4:8] == ["Phát hiện", "Bồi dưỡng", "Tổng kết", "Nhân rộng"]
    assert {c.group for c in COLUMNS[4:8]} == {"Các khâu"}
    one_year = build_spec(_report(1, 0)._replace(start_date=D(2014, 3, 1), end_date=D(2014, 12, 31)))
    assert one_year.subtitle.endswith("(năm 2014)")
    assert one_year.signatures[1].title == "Chánh Văn phòng" and one_year.signatures[1].name == "Lê Văn B"


def test_cancel_leaves_no_file(tmp_path):
    out = tmp_path / "huy.xlsx"
    with pytest.raises(Cancelled):
        write_examples_list(_report(1200, 0), out, is_cancelled=lambda: True)
    assert not out.exists()
