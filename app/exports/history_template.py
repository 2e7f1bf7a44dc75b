"""Blank Excel template of the history import (`tdkt-cli template history`).

One sheet per kind of history (ratings, awards, sáng kiến, discipline, maternity leave),
laid out by `app.rules.history_sheets`, the definitions the import reads with; a "Ví dụ"
sheet whose rows import cleanly once the staff template's example people exist; a hidden
"Danh mục" sheet feeding the dropdowns. Pure file output, no database: award names come
from the seeded catalogue (`app.rules.catalogue.AWARD_TYPES`).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from app.exports.staff_template import (
    EXAMPLE_SHEET,
    LIST_SHEET,
    TEMPLATE_ROWS,
    header_text,
    list_validation,
    write_header,
)
from app.exports.xlsx_io import safe_text, save_workbook
from app.rules.catalogue import AWARD_TYPES
from app.rules.codes import DISCIPLINE_LEVELS, FIRST_YEAR, INITIATIVE_KINDS, INITIATIVE_LEVELS, RATINGS
from app.rules.history_sheets import (
    AWARD_SHEET,
    DISCIPLINE_SHEET,
    HISTORY_SHEETS,
    INITIATIVE_SHEET,
    LEAVE_SHEET,
    RATING_SHEET,
)
from app.rules.person import SheetColumn

__all__ = ["EXAMPLES", "write_history_template"]

# Example rows per sheet, in column order. CB001–CB003 and BTC-VP are the example people
# and unit of the staff template, so both "Ví dụ" sheets together make a working start.
EXAMPLES: dict[str, tuple[tuple[object, ...], ...]] = {
    RATING_SHEET: (
        ("CB001", 2022, "HTXSNV"),
        ("CB001", 2023, RATINGS["HTXSNV"]),
        ("CB002", 2023, "HTTNV"),
    ),
    AWARD_SHEET: (
        ("CB001", None, 2023, "Chiến sĩ thi đua cơ sở", "125/QĐ-BTCTW", "15/01/2024", "Ban Tổ chức Trung ương"),
        ("CB002", None, 2023, "LDTT", "125/QĐ-BTCTW", "15/01/2024", "Ban Tổ chức Trung ương"),
        (None, "BTC-VP", 2023, "Tập thể lao động xuất sắc", "130/QĐ-BTCTW", "20/01/2024", "Ban Tổ chức Trung ương"),
    ),
    INITIATIVE_SHEET: (
        (
            "CB001",
            "Số hóa hồ sơ thi đua, khen thưởng của Văn phòng",
            "Sáng kiến",
            INITIATIVE_LEVELS["CO_SO"],
            2023,
            "20/11/2023",
            "Nguyễn Thị Hoa, Lò Thị Mai",
        ),
    ),
    DISCIPLINE_SHEET: (
        ("CB003", DISCIPLINE_LEVELS["KHIEN_TRACH"], "01/06/2021", "31/05/2022", "Quyết định số 45/QĐ-VP"),
    ),
    LEAVE_SHEET: (("CB003", "01/02/2022", "31/07/2022", "Nghỉ thai sản 6 tháng"),),
}

_AWARD_NAMES = {spec.code: spec.name for spec in AWARD_TYPES}
# Field → (list title, code → label) offered as a dropdown; codes are accepted too.
_LISTS: dict[tuple[str, str], tuple[str, dict[str, str]]] = {
    (RATING_SHEET, "rating"): ("Xếp loại", RATINGS),
    (AWARD_SHEET, "award"): ("Danh hiệu, hình thức", _AWARD_NAMES),
    (INITIATIVE_SHEET, "kind"): ("Loại sáng kiến", INITIATIVE_KINDS),
    (INITIATIVE_SHEET, "level"): ("Cấp công nhận", INITIATIVE_LEVELS),
    (DISCIPLINE_SHEET, "level"): ("Hình thức kỷ luật", DISCIPLINE_LEVELS),
}

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_TITLE_FONT = Font(bold=True, size=12)
_WIDTHS = {
    "person_code": 14,
    "unit_code": 14,
    "year": 8,
    "rating": 32,
    "award": 44,
    "decision_no": 20,
    "decision_date": 16,
    "issuer": 32,
    "title": 48,
    "kind": 16,
    "level": 24,
    "recognised_date": 16,
    "authors": 32,
    "start_date": 14,
    "end_date": 14,
    "note": 36,
}


def write_history_template(out: str | Path) -> Path:
    """Write the blank history import template to `out`. Raises FileLocked (open in Excel),
    BadInput (folder not writable)."""
    wb = Workbook()
    first = wb.active
    data_sheets = []
    for index, (_, title, _) in enumerate(HISTORY_SHEETS):
        ws = first if index == 0 else wb.create_sheet(title)
        ws.title = title
        data_sheets.append(ws)
    example = wb.create_sheet(EXAMPLE_SHEET)
    lists = wb.create_sheet(LIST_SHEET)
    ranges = _write_lists(lists)
    for ws, (_, title, columns) in zip(data_sheets, HISTORY_SHEETS):
        _data_sheet(ws, title, columns, ranges)
    _example_sheet(example)
    lists.sheet_state = "hidden"
    wb.active = 0
    return save_workbook(wb, out)


def _write_lists(ws: Worksheet) -> dict[tuple[str, str], str]:
    """Fill the hidden list sheet: labels, and beside them the codes. Key → range of labels."""
    ranges: dict[tuple[str, str], str] = {}
    col = 1
    for key, (title, table) in _LISTS.items():
        letter = get_column_letter(col)
        ws.cell(row=1, column=col, value=title).font = _HEADER_FONT
        ws.cell(row=1, column=col + 1, value=f"Mã {title.lower()}").font = _HEADER_FONT
        for row, (code, label) in enumerate(table.items(), start=2):
            ws.cell(row=row, column=col, value=label)
            ws.cell(row=row, column=col + 1, value=code)
        ranges[key] = f"{quote_sheetname(LIST_SHEET)}!${letter}${2}:${letter}${len(table) + 1}"
        ws.column_dimensions[letter].width = 48
        ws.column_dimensions[get_column_letter(col + 1)].width = 14
        col += 3
    return ranges


def _data_sheet(
    ws: Worksheet, title: str, columns: tuple[SheetColumn, ...], ranges: dict[tuple[str, str], str]
) -> None:
    write_header(ws, columns, _WIDTHS)
    for col, column in enumerate(columns, start=1):
        letter = get_column_letter(col)
        target = f"{letter}2:{letter}{TEMPLATE_ROWS + 1}"
        if (title, column.field) in ranges:
            dv = list_validation(_LISTS[(title, column.field)][0], ranges[(title, column.field)])
        elif column.field == "year":
            dv = DataValidation(
                type="whole",
                operator="between",
                formula1=str(FIRST_YEAR),
                formula2="2100",
                allow_blank=True,
                showErrorMessage=True,
                errorStyle="warning",
                errorTitle="Năm",
                error="Năm ghi bằng 4 chữ số, ví dụ 2023.",
            )
        else:
            continue
        dv.add(target)
        ws.add_data_validation(dv)


def _example_sheet(ws: Worksheet) -> None:
    row = 1
    widths: dict[int, float] = {}
    for _, title, columns in HISTORY_SHEETS:
        ws.cell(row=row, column=1, value=f"Ví dụ sheet '{title}'").font = _TITLE_FONT
        row += 1
        for col, column in enumerate(columns, start=1):
            cell = ws.cell(row=row, column=col, value=header_text(column))
            cell.font = _HEADER_FONT
            cell.fill = _HEADER_FILL
            widths[col] = max(widths.get(col, 0), _WIDTHS.get(column.field, 18))
        row += 1
        for values in EXAMPLES[title]:
            for col, (column, value) in enumerate(zip(columns, values), start=1):
                cell = ws.cell(row=row, column=col, value=safe_text(value) if value not in (None, "") else None)
                if column.is_code or column.is_date:
                    cell.number_format = "@"
            row += 1
        row += 1
    notes = (
        "Hướng dẫn:",
        "• Các cột có dấu * là bắt buộc; thứ tự cột có thể thay đổi, tên cột giữ nguyên. "
        "Sheet nào không dùng thì để trống hoặc xóa.",
        "• Cán bộ và đơn vị phải có sẵn trong chương trình (nhập danh sách cán bộ trước: tdkt-cli template staff).",
        "• Sheet 'Khen thưởng': mỗi dòng ghi Mã cán bộ (cá nhân) hoặc Mã đơn vị (tập thể), không ghi cả hai.",
        "• Năm ghi 4 chữ số; ngày ghi dạng dd/mm/yyyy.",
        "• Nhập lại cùng một tệp sẽ cập nhật, không tạo bản ghi trùng.",
        "• Không dùng công thức; hãy dán giá trị.",
    )
    for text in notes:
        ws.cell(row=row, column=1, value=text).font = Font(bold=text.endswith(":"))
        row += 1
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width
