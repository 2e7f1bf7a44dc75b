"""Blank Excel templates for the imports (`tdkt-cli template staff`, the GUI's "Tải tệp mẫu").

The column layout comes from `app.rules.person` (UNIT_COLUMNS, STAFF_COLUMNS), the same
definitions the import reads with, so a filled template always imports.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from app.errors import BadInput
from app.exports.xlsx_io import safe_text, save_workbook
from app.rules.codes import GENDERS, LEADER_LEVELS, STAFF_CATEGORIES, UNIT_KINDS
from app.rules.person import STAFF_COLUMNS, STAFF_SHEET, UNIT_COLUMNS, UNIT_SHEET, SheetColumn

__all__ = ["TEMPLATE_KINDS", "EXAMPLE_SHEET", "LIST_SHEET", "write_template", "header_text"]

TEMPLATE_KINDS = ("staff",)
EXAMPLE_SHEET = "Ví dụ"
LIST_SHEET = "Danh mục"
# Data validations and text formats cover this many data rows.
TEMPLATE_ROWS = 20_000

# Field → the code list offered as a dropdown (labels are shown; codes are accepted too).
_LISTS: dict[str, tuple[str, dict[str, str]]] = {
    "gender": ("Giới tính", GENDERS),
    "leader_level": ("Cấp lãnh đạo", LEADER_LEVELS),
    "staff_category": ("Đối tượng", STAFF_CATEGORIES),
    "kind": ("Loại đơn vị", UNIT_KINDS),
}

EXAMPLE_UNITS: tuple[tuple[str, ...], ...] = (
    ("KDCTW", "Khối các cơ quan Đảng Trung ương", UNIT_KINDS["KHOI"], ""),
    ("BTC", "Ban Tổ chức Trung ương", UNIT_KINDS["CO_QUAN"], "KDCTW"),
    ("BTC-VP", "Văn phòng Ban Tổ chức Trung ương", UNIT_KINDS["DON_VI"], "BTC"),
)

EXAMPLE_PEOPLE: tuple[tuple[str, ...], ...] = (
    (
        "CB001",
        "Nguyễn Thị Hoa",
        "Nữ",
        "15/03/1985",
        "Kinh",
        "Chuyên viên chính",
        LEADER_LEVELS["NONE"],
        STAFF_CATEGORIES["CONG_CHUC"],
        "BTC-VP",
        "01/09/2008",
        "",
    ),
    (
        "CB002",
        "Trần Văn Minh",
        "Nam",
        "1972",
        "Kinh",
        "Vụ trưởng",
        LEADER_LEVELS["VU_SO"],
        STAFF_CATEGORIES["CONG_CHUC"],
        "BTC",
        "15/08/1996",
        "",
    ),
    (
        "CB003",
        "Lò Thị Mai",
        "Nữ",
        "02/11/1990",
        "Thái",
        "Chuyên viên",
        LEADER_LEVELS["NONE"],
        STAFF_CATEGORIES["VIEN_CHUC"],
        "BTC-VP",
        "01/03/2015",
        "",
    ),
)

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_TITLE_FONT = Font(bold=True, size=12)
_WIDTHS = {
    "code": 16,
    "name": 42,
    "kind": 22,
    "parent_code": 22,
    "full_name": 28,
    "gender": 11,
    "birth": 15,
    "ethnicity": 12,
    "position": 26,
    "leader_level": 44,
    "staff_category": 18,
    "unit_code": 14,
    "active_from": 22,
    "active_to": 20,
}


def header_text(column: SheetColumn) -> str:
    """The header written in the template: required columns end with '*'."""
    return column.header + ("*" if column.required else "")


def write_template(kind: str, out: str | Path) -> Path:
    """Write the blank import template of `kind` ("staff") to `out`.

    Raises BadInput for an unknown kind, FileLocked when `out` is open in Excel.
    """
    if kind not in TEMPLATE_KINDS:
        raise BadInput("template.unknown_kind", kind=kind, template_kinds=", ".join(TEMPLATE_KINDS))
    wb = Workbook()
    units = wb.active
    units.title = UNIT_SHEET
    staff = wb.create_sheet(STAFF_SHEET)
    example = wb.create_sheet(EXAMPLE_SHEET)
    lists = wb.create_sheet(LIST_SHEET)

    ranges = _write_lists(lists)
    _data_sheet(units, UNIT_COLUMNS, ranges)
    _data_sheet(staff, STAFF_COLUMNS, ranges)
    _example_sheet(example)
    lists.sheet_state = "hidden"
    wb.active = wb.index(staff)
    return save_workbook(wb, out)


def _write_lists(ws: Worksheet) -> dict[str, str]:
    """Fill the hidden list sheet; field → absolute range of its labels."""
    ranges: dict[str, str] = {}
    for col, (field, (title, table)) in enumerate(_LISTS.items(), start=1):
        letter = get_column_letter(col)
        ws.cell(row=1, column=col, value=title).font = _HEADER_FONT
        for row, label in enumerate(table.values(), start=2):
            ws.cell(row=row, column=col, value=label)
        # The codes beside the labels, for offices that prefer typing codes.
        code_col = col + len(_LISTS) + 1
        ws.cell(row=1, column=code_col, value=f"Mã {title.lower()}").font = _HEADER_FONT
        for row, code in enumerate(table.keys(), start=2):
            ws.cell(row=row, column=code_col, value=code)
        ranges[field] = f"{quote_sheetname(LIST_SHEET)}!${letter}$2:${letter}${len(table) + 1}"
        ws.column_dimensions[letter].width = 48 if field == "leader_level" else 22
    return ranges


def write_header(ws: Worksheet, columns: Sequence[SheetColumn], widths: Mapping[str, float]) -> None:
    """The header row of an import sheet (shared by every template): bold on a fill, a
    comment per column saying whether it is required, widths, text format for codes and
    dates, frozen under the header."""
    for col, column in enumerate(columns, start=1):
        letter = get_column_letter(col)
        cell = ws.cell(row=1, column=col, value=header_text(column))
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        note = ("Bắt buộc. " if column.required else "Không bắt buộc. ") + column.hint
        cell.comment = Comment(note.strip(), "TĐKT Desk", width=280, height=100)
        dim = ws.column_dimensions[letter]
        dim.width = widths.get(column.field, 18)
        if column.is_code or column.is_date:
            # Text format: codes keep leading zeros, and dd/mm/yyyy is not re-read as a
            # month-first date by an English-locale Excel.
            dim.number_format = "@"
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = "A2"


def list_validation(title: str, formula: str) -> DataValidation:
    """A drop-down of the labels in `formula` (a range of the hidden list sheet); other
    values only warn, since codes are accepted too."""
    return DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showDropDown=False,  # openpyxl's name is inverted: False shows the arrow
        showErrorMessage=True,
        errorStyle="warning",
        errorTitle=title,
        error=f"Giá trị không có trong danh mục {title.lower()}. Hãy chọn trong danh sách.",
        showInputMessage=True,
        promptTitle=title,
        prompt="Chọn trong danh sách.",
    )


def _data_sheet(ws: Worksheet, columns: tuple[SheetColumn, ...], ranges: dict[str, str]) -> None:
    write_header(ws, columns, _WIDTHS)
    for col, column in enumerate(columns, start=1):
        if column.field in ranges:
            letter = get_column_letter(col)
            dv = list_validation(_LISTS[column.field][0], ranges[column.field])
            dv.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
            ws.add_data_validation(dv)


def _example_sheet(ws: Worksheet) -> None:
    row = 1
    for sheet, columns, examples in (
        (UNIT_SHEET, UNIT_COLUMNS, EXAMPLE_UNITS),
        (STAFF_SHEET, STAFF_COLUMNS, EXAMPLE_PEOPLE),
    ):
        ws.cell(row=row, column=1, value=f"Ví dụ sheet '{sheet}'").font = _TITLE_FONT
        row += 1
        for col, column in enumerate(columns, start=1):
            cell = ws.cell(row=row, column=col, value=header_text(column))
            cell.font = _HEADER_FONT
            cell.fill = _HEADER_FILL
        row += 1
        for values in examples:
            for col, (column, value) in enumerate(zip(columns, values), start=1):
                cell = ws.cell(row=row, column=col, value=safe_text(value) if value else None)
                if column.is_code or column.is_date:
                    cell.number_format = "@"
            row += 1
        row += 1
    notes = (
        "Hướng dẫn:",
        "• Các cột có dấu * là bắt buộc; thứ tự cột có thể thay đổi, tên cột giữ nguyên.",
        "• Nhập đơn vị ở sheet 'Đơn vị' (không bắt buộc nếu đơn vị đã có trong chương trình), cán bộ ở sheet 'Cán bộ'.",
        "• Ngày ghi dạng dd/mm/yyyy; ngày sinh có thể chỉ ghi năm.",
        "• Mã đã có trong chương trình sẽ được cập nhật, mã mới sẽ được thêm.",
        "• Không dùng công thức; hãy dán giá trị.",
    )
    for text in notes:
        ws.cell(row=row, column=1, value=text).font = Font(bold=text.endswith(":"))
        row += 1
    for col, column in enumerate(STAFF_COLUMNS, start=1):
        unit_field = UNIT_COLUMNS[col - 1].field if col <= len(UNIT_COLUMNS) else ""
        width = max(_WIDTHS.get(column.field, 18), _WIDTHS.get(unit_field, 0))
        ws.column_dimensions[get_column_letter(col)].width = width
