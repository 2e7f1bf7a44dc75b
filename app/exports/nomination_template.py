"""Blank Excel template of the units' nomination lists (`tdkt-cli template nominations`).

Two sheets, "Cá nhân" and "Tập thể", laid out by `app.rules.nomination_sheets`, the
definitions the import reads with; a "Ví dụ" sheet; a hidden "Danh mục" sheet feeding the
award drop-downs (individual awards on one sheet, collective ones on the other). Pure file
output: award names come from the seeded catalogue.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname

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
from app.rules.nomination_sheets import NOMINATION_SHEETS, PERSON_SHEET, UNIT_SHEET

__all__ = ["EXAMPLES", "write_nomination_template"]

# CB001–CB002 and BTC-VP are the example people and unit of the staff template.
EXAMPLES = {
    PERSON_SHEET: (
        (
            "CB001",
            "Nguyễn Thị Hoa",
            1982,
            "BTC-VP",
            "Chiến sĩ thi đua cơ sở",
            "Hoàn thành xuất sắc nhiệm vụ; sáng kiến số hóa hồ sơ thi đua, khen thưởng",
            None,
        ),
        (None, "Trần Văn Minh", 1979, "Văn phòng", "LDTT", "Hoàn thành tốt nhiệm vụ", None),
    ),
    UNIT_SHEET: (("BTC-VP", "Văn phòng", "Tập thể lao động xuất sắc", "Hoàn thành xuất sắc nhiệm vụ năm", None),),
}
_WIDTHS = {
    "person_code": 14,
    "full_name": 28,
    "birth_year": 10,
    "unit": 26,
    "award": 44,
    "achievement": 60,
    "submitter": 24,
    "unit_code": 14,
    "unit_name": 36,
}
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def write_nomination_template(out: str | Path) -> Path:
    """Write the blank template to `out`. Raises FileLocked (open in Excel), BadInput."""
    wb = Workbook()
    sheets = []
    for index, (_subject, title, _columns) in enumerate(NOMINATION_SHEETS):
        ws = wb.active if index == 0 else wb.create_sheet(title)
        ws.title = title
        sheets.append(ws)
    example = wb.create_sheet(EXAMPLE_SHEET)
    lists = wb.create_sheet(LIST_SHEET)
    for col, (subject, title, columns) in enumerate(NOMINATION_SHEETS, start=1):
        names = [a.name for a in AWARD_TYPES if a.subject == subject]
        letter = get_column_letter(col)
        lists.cell(row=1, column=col, value=f"Khen thưởng ({title.lower()})").font = _HEADER_FONT
        for row, name in enumerate(names, start=2):
            lists.cell(row=row, column=col, value=name)
        lists.column_dimensions[letter].width = 48
        ws = sheets[col - 1]
        write_header(ws, columns, _WIDTHS)
        award_col = get_column_letter(next(i for i, c in enumerate(columns, start=1) if c.field == "award"))
        dv = list_validation(
            "Danh hiệu, hình thức", f"{quote_sheetname(LIST_SHEET)}!${letter}$2:${letter}${len(names) + 1}"
        )
        dv.add(f"{award_col}2:{award_col}{TEMPLATE_ROWS + 1}")
        ws.add_data_validation(dv)
    row = 1
    for _subject, title, columns in NOMINATION_SHEETS:
        example.cell(row=row, column=1, value=f"Ví dụ sheet '{title}'").font = Font(bold=True, size=12)
        row += 1
        for col, column in enumerate(columns, start=1):
            cell = example.cell(row=row, column=col, value=header_text(column))
            cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
            example.column_dimensions[get_column_letter(col)].width = max(
                example.column_dimensions[get_column_letter(col)].width or 0, _WIDTHS.get(column.field, 18)
            )
        row += 1
        for values in EXAMPLES[title]:
            for col, value in enumerate(values, start=1):
                if value not in (None, ""):
                    example.cell(row=row, column=col, value=safe_text(value) if isinstance(value, str) else value)
            row += 1
        row += 1
    for text in (
        "Hướng dẫn:",
        "• Mỗi đơn vị điền danh sách đề nghị: cá nhân ở sheet 'Cá nhân', tập thể ở sheet 'Tập thể'. "
        "Cột có dấu * là bắt buộc; thứ tự cột có thể thay đổi, tên cột giữ nguyên.",
        "• Ghi Mã cán bộ nếu biết; nếu không, chương trình tìm theo Họ và tên + Năm sinh + Đơn vị công tác. "
        "Người không tìm thấy hoặc trùng tên đều được báo kèm số dòng.",
        "• Danh hiệu, hình thức chọn trong danh sách (hoặc ghi mã, ví dụ CSTDCS).",
        "• Tệp được nhập tất cả hoặc không: có một dòng lỗi thì không nhập gì. Đề nghị đã có trong đợt xét "
        "bị từ chối (không nhập trùng).",
        "• Không dùng công thức; hãy dán giá trị.",
    ):
        example.cell(row=row, column=1, value=text).font = Font(bold=text.endswith(":"))
        row += 1
    lists.sheet_state = "hidden"
    wb.active = 0
    return save_workbook(wb, out)
