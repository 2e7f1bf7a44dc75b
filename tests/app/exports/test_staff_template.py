"""The blank staff template and the shared xlsx helpers (safe text, crash-safe save)."""

from __future__ import annotations

import os

import pytest
from openpyxl import Workbook, load_workbook

from app.errors import BadInput, FileLocked
from app.exports import xlsx_io
from app.exports.staff_template import write_template
from app.exports.xlsx_io import safe_text, save_workbook, set_safe
from app.rules.codes import GENDERS, LEADER_LEVELS, STAFF_CATEGORIES, UNIT_KINDS
from app.services.staff_import import apply_import, read_staff_file


@pytest.fixture
def template(tmp_path):
    return write_template("staff", tmp_path / "mẫu cán bộ.xlsx")


def _list_values(wb, formula: str) -> list[str]:
    sheet, cells = formula.split("!")
    ws = wb[sheet.strip("'")]
    return [c.value for row in ws[cells.replace("$", "")] for c in row]


def test_template_layout(template):
    wb = load_workbook(template)
    assert wb.sheetnames == ["Đơn vị", "Cán bộ", "Ví dụ", "Danh mục"]
    assert wb["Danh mục"].sheet_state == "hidden"
    assert all(wb[s].sheet_state == "visible" for s in ("Đơn vị", "Cán bộ", "Ví dụ"))
    staff = wb["Cán bộ"]
    headers = [c.value for c in staff[1]]
    assert headers == [
        "Mã cán bộ*",
        "Họ và tên*",
        "Giới tính*",
        "Ngày sinh",
        "Dân tộc",
        "Chức vụ",
        "Cấp lãnh đạo",
        "Đối tượng",
        "Mã đơn vị*",
        "Ngày bắt đầu công tác",
        "Ngày thôi công tác",
    ]
    assert [c.value for c in wb["Đơn vị"][1]] == ["Mã đơn vị*", "Tên đơn vị*", "Loại đơn vị", "Mã đơn vị cấp trên"]
    for ws in (staff, wb["Đơn vị"]):
        assert ws.freeze_panes == "A2"
        assert all(c.font.bold for c in ws[1])
        assert all(c.comment is not None for c in ws[1])
        assert ws.column_dimensions["A"].number_format == "@"  # codes are text
        assert ws.column_dimensions["B"].width >= 20
    assert staff["A1"].comment.text.startswith("Bắt buộc")
    assert staff["D1"].comment.text.startswith("Không bắt buộc")
    assert staff.column_dimensions["I"].number_format == "@"


def test_template_dropdowns_come_from_the_code_lists(template):
    wb = load_workbook(template)
    expected = {
        ("Cán bộ", "C"): GENDERS,
        ("Cán bộ", "G"): LEADER_LEVELS,
        ("Cán bộ", "H"): STAFF_CATEGORIES,
        ("Đơn vị", "C"): UNIT_KINDS,
    }
    found = {}
    for sheet in ("Cán bộ", "Đơn vị"):
        for dv in wb[sheet].data_validations.dataValidation:
            assert dv.type == "list"
            ref = str(dv.sqref)
            assert ref.endswith("20001") and ref[1:3] == "2:"
            found[(sheet, ref[0])] = _list_values(wb, dv.formula1)
    assert found == {key: list(table.values()) for key, table in expected.items()}


def test_template_examples_import_cleanly(db, template, tmp_path):
    wb = load_workbook(template)
    rows = list(wb["Ví dụ"].iter_rows(values_only=True))
    unit_header = rows.index(next(r for r in rows if r[0] == "Mã đơn vị*"))
    staff_header = rows.index(next(r for r in rows if r[0] == "Mã cán bộ*"))
    unit_rows = [r[:4] for r in rows[unit_header + 1 : staff_header] if r[0] and not str(r[0]).startswith("Ví dụ")]
    staff_rows = [r[:11] for r in rows[staff_header + 1 :] if r[0] and not str(r[0]).startswith(("Hướng", "•"))]
    assert len(unit_rows) >= 2 and len(staff_rows) >= 2
    assert any(r[1] == "Nguyễn Thị Hoa" for r in staff_rows)
    for row in unit_rows:
        wb["Đơn vị"].append(row)
    for row in staff_rows:
        wb["Cán bộ"].append(row)
    filled = tmp_path / "filled.xlsx"
    wb.save(filled)
    staff = read_staff_file(filled)
    with db.factory.begin() as s:
        result = apply_import(s, staff)
    assert result.issues == ()
    assert (result.created_units, result.created_people) == (len(unit_rows), len(staff_rows))


def test_unknown_template_kind(tmp_path):
    with pytest.raises(BadInput):
        write_template("khen-thuong", tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


RISKY = ["=1+2", "+84 912 345 678", "-QĐ", "@ghi chú", '=HYPERLINK("http://x")']


def test_safe_text_is_never_a_formula(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append([safe_text(v, ws) for v in RISKY] + [safe_text("bình thường"), safe_text(42)])
    for col, value in enumerate(RISKY, start=1):
        set_safe(ws.cell(row=2, column=col), value)
    ws.cell(row=3, column=1).value = "=1+2"  # control: unprotected text becomes a formula
    path = save_workbook(wb, tmp_path / "an toàn.xlsx")

    back = load_workbook(path)
    ws = back.active
    for row in (1, 2):
        for col, value in enumerate(RISKY, start=1):
            cell = ws.cell(row=row, column=col)
            assert (cell.value, cell.data_type) == (value, "s")
            assert cell.quotePrefix
    assert (ws["F1"].value, ws["G1"].value) == ("bình thường", 42)
    assert ws["A3"].data_type == "f"
    ro = load_workbook(path, read_only=True)
    cells = next(ro.active.iter_rows(min_row=1, max_row=1))
    assert [c.data_type for c in cells[:5]] == ["s"] * 5
    ro.close()


def test_safe_text_in_write_only_workbooks(tmp_path):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    ws.append([safe_text(v, ws) for v in RISKY])
    path = save_workbook(wb, tmp_path / "wo.xlsx")
    cells = load_workbook(path).active[1]
    assert [(c.value, c.data_type) for c in cells] == [(v, "s") for v in RISKY]


def test_save_workbook_keeps_the_old_file_when_locked(tmp_path, monkeypatch):
    path = tmp_path / "danh sách.xlsx"
    path.write_bytes(b"old content")

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(xlsx_io.os, "replace", locked)
    wb = Workbook()
    wb.active["A1"] = "mới"
    with pytest.raises(FileLocked) as info:
        save_workbook(wb, path)
    assert str(path) in info.value.message() and "Excel" in info.value.message()
    assert path.read_bytes() == b"old content"
    assert sorted(os.listdir(tmp_path)) == ["danh sách.xlsx"]  # no temp file left behind


def test_save_workbook_replaces_atomically(tmp_path):
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"old")
    wb = Workbook()
    wb.active["A1"] = "Xin chào"
    save_workbook(wb, path)
    assert load_workbook(path).active["A1"].value == "Xin chào"
    assert os.listdir(tmp_path) == ["out.xlsx"]
