"""Mail merge of certificates from an Excel list (certificates outside any decision).

The list workbook (`tdkt-cli template certificates`) holds the recipients on sheet
"Danh sách" and, optionally, the document's common lines on sheet "Thông tin chung"
(issuing agency, signer, place, date, header style), so a list is self-contained; the
CLI's options override them. Reading reports every bad row (row, column, reason).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from app.errors import BadInput
from app.exports.certificates import HEADER_NATIONAL, HEADER_PARTY, CertificateData
from app.exports.xlsx_io import safe_text, save_workbook
from app.messages import Msg, format_message
from app.rules.certificate_text import RECIPIENT_COLLECTIVE, RECIPIENT_PERSON
from app.rules.codes import lookup_gender
from app.rules.person import SheetColumn
from app.rules.vntext import clean_text, fold
from app.services.xlsx_read import (
    FORMULA,
    ImportIssue,
    cell_text,
    find_sheet,
    open_workbook,
    parse_date,
    read_sheet,
)

LIST_SHEET = "Danh sách"
COMMON_SHEET = "Thông tin chung"
EXAMPLE_SHEET = "Ví dụ"
KINDS = {"ca nhan": RECIPIENT_PERSON, "tap the": RECIPIENT_COLLECTIVE}
MAX_NAME, MAX_TEXT = 200, 1500

LIST_COLUMNS = (
    SheetColumn("kind", "Loại", hint="Cá nhân hoặc Tập thể (mặc định Cá nhân)"),
    SheetColumn("salutation", "Danh xưng", hint="để trống: Ông/Bà theo giới tính, Tập thể cho tập thể"),
    SheetColumn("full_name", "Họ và tên / Tên tập thể", required=True, aliases=("Họ và tên", "Họ tên", "Tên tập thể")),
    SheetColumn("gender", "Giới tính", hint="Nam/Nữ — bắt buộc với cá nhân (in Ông/Bà)"),
    SheetColumn("position", "Chức vụ"),
    SheetColumn("unit", "Đơn vị", aliases=("Đơn vị công tác",)),
    SheetColumn("award_name", "Danh hiệu, hình thức", hint="để trống: theo mẫu (GIẤY KHEN, …)"),
    SheetColumn("achievement", "Thành tích", aliases=("Tóm tắt thành tích",)),
    SheetColumn("decision_number", "Số quyết định", is_code=True),
    SheetColumn("decision_date", "Ngày quyết định", is_date=True),
    SheetColumn("so_so_vang", "Số sổ vàng", is_code=True),
)

# (field of CertificateData, label on sheet "Thông tin chung", example value)
COMMON_FIELDS = (
    ("agency_name", "Cơ quan", "Ban Tổ chức Trung ương"),
    ("issuer_title", "Dòng chức danh trên giấy khen", "TRƯỞNG BAN TỔ CHỨC TRUNG ƯƠNG"),
    ("signer_title", "Chức vụ người ký", "TRƯỞNG BAN"),
    ("signer_name", "Người ký", "Nguyễn Văn A"),
    ("place", "Địa danh", "Hà Nội"),
    ("date", "Ngày ký", "20/12/2025"),
    ("header_style", "Kiểu tiêu đề", "Nhà nước"),
)
HEADER_STYLES = {"nha nuoc": HEADER_NATIONAL, "national": HEADER_NATIONAL, "dang": HEADER_PARTY, "party": HEADER_PARTY}

EXAMPLES = (
    (
        "Cá nhân",
        "",
        "Nguyễn Thị Hoa",
        "Nữ",
        "Chuyên viên chính",
        "Vụ Cơ sở đảng, Ban Tổ chức Trung ương",
        "",
        "Đã có thành tích xuất sắc trong phong trào thi đua năm 2025",
        "125/QĐ-BTCTW",
        "20/12/2025",
        "1",
    ),
    (
        "Cá nhân",
        "",
        "Trần Văn Bình",
        "Nam",
        "Phó Vụ trưởng",
        "Vụ Đảng viên, Ban Tổ chức Trung ương",
        "",
        "Đã có thành tích xuất sắc trong phong trào thi đua năm 2025",
        "125/QĐ-BTCTW",
        "20/12/2025",
        "2",
    ),
    (
        "Tập thể",
        "",
        "Vụ Tổ chức - Điều lệ",
        "",
        "",
        "Ban Tổ chức Trung ương",
        "",
        "Đã có thành tích xuất sắc trong phong trào thi đua năm 2025",
        "125/QĐ-BTCTW",
        "20/12/2025",
        "3",
    ),
)


@dataclasses.dataclass(frozen=True)
class CommonLines:
    """The lines every certificate of a list shares; empty fields keep the template's."""

    agency_name: str = ""
    issuer_title: str = ""
    signer_title: str = ""
    signer_name: str = ""
    place: str = ""
    date: _dt.date | None = None
    header_style: str = HEADER_NATIONAL

    def merged(self, override: CommonLines | None) -> CommonLines:
        """`override`'s non-empty fields win (CLI options over the workbook)."""
        if override is None:
            return self
        values = {f.name: getattr(override, f.name) or getattr(self, f.name) for f in dataclasses.fields(self)}
        if override.header_style != HEADER_NATIONAL:
            values["header_style"] = override.header_style
        return CommonLines(**values)


def write_certificate_list_template(out: Path) -> Path:
    """The blank mail-merge list: 'Danh sách', 'Thông tin chung', 'Ví dụ'. Raises FileLocked."""
    wb = Workbook()
    ws = wb.active
    ws.title = LIST_SHEET
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    headers = [c.header + (" *" if c.required else "") for c in LIST_COLUMNS]
    ws.append(headers)
    for index, column in enumerate(LIST_COLUMNS, start=1):
        cell = ws.cell(row=1, column=index)
        cell.font, cell.fill = bold, fill
        if column.hint:
            cell.comment = Comment(column.hint, "TĐKT Desk")
        ws.column_dimensions[cell.column_letter].width = max(14, min(48, len(column.header) + 6))
        if column.is_code:
            for row in range(2, 1002):
                ws.cell(row=row, column=index).number_format = "@"
    ws.column_dimensions["C"].width = 32
    ws.column_dimensions["H"].width = 60
    ws.freeze_panes = "A2"
    kinds = DataValidation(type="list", formula1='"Cá nhân,Tập thể"', allow_blank=True)
    genders = DataValidation(type="list", formula1='"Nam,Nữ"', allow_blank=True)
    for dv, col in ((kinds, "A"), (genders, "D")):
        dv.error = "Chọn một giá trị trong danh sách"
        ws.add_data_validation(dv)
        dv.add(f"{col}2:{col}1001")

    common = wb.create_sheet(COMMON_SHEET)
    common.append(["Mục", "Giá trị"])
    for cell in common[1]:
        cell.font, cell.fill = bold, fill
    for _field, label, _example in COMMON_FIELDS:
        common.append([label, None])
    common.column_dimensions["A"].width = 34
    common.column_dimensions["B"].width = 48
    styles = DataValidation(type="list", formula1='"Nhà nước,Đảng"', allow_blank=True)
    common.add_data_validation(styles)
    styles.add(f"B{len(COMMON_FIELDS) + 1}")

    example = wb.create_sheet(EXAMPLE_SHEET)
    example.append(headers)
    for example_row in EXAMPLES:
        example.append([safe_text(v) for v in example_row])
    example.append([])
    example.append(["Thông tin chung (ví dụ)"])
    for _field, label, value in COMMON_FIELDS:
        example.append([label, value])
    for cell in example[1]:
        cell.font = bold
    example.column_dimensions["C"].width = 32
    example.column_dimensions["H"].width = 60
    return save_workbook(wb, Path(out))


def _read_common(wb: Workbook, issues: list[ImportIssue]) -> CommonLines:
    name = find_sheet(wb.sheetnames, COMMON_SHEET)
    if name is None:
        return CommonLines()
    labels = {fold(label): (field, label) for field, label, _ in COMMON_FIELDS}
    values: dict[str, Any] = {}
    for excel_row, row in enumerate(wb[name].iter_rows(values_only=False), start=1):
        if len(row) < 2 or row[0].value is None:
            continue
        key = fold(clean_text(row[0].value))
        if key not in labels:
            continue
        field, label = labels[key]
        cell = row[1]
        if cell.data_type == "f":
            issues.append(ImportIssue(name, excel_row, label, Msg("reason.formula_cell")))
            continue
        if cell.value is None or not str(cell.value).strip():
            continue
        if field == "date":
            day, _year, problem = parse_date(cell.value, allow_year=False)
            if problem:
                issues.append(ImportIssue(name, excel_row, label, problem))
            values[field] = day
        elif field == "header_style":
            style = HEADER_STYLES.get(fold(cell_text(cell.value)))
            if style is None:
                issues.append(ImportIssue(name, excel_row, label, Msg("reason.header_kind")))
            else:
                values[field] = style
        else:
            values[field] = cell_text(cell.value)
    return CommonLines(**values)


def read_certificate_list(path: Path, *, common: CommonLines | None = None) -> list[CertificateData]:
    """The certificates of a list, in row order. `common` overrides the workbook's
    'Thông tin chung'. Raises BadInput listing every bad row (params['issues'])."""
    path = Path(path)
    issues: list[ImportIssue] = []
    wb, handle = open_workbook(path)
    try:
        sheet = find_sheet(wb.sheetnames, LIST_SHEET)
        if sheet is None:
            raise BadInput("merge.no_sheet", file=path.name, list_sheet=LIST_SHEET)
        rows, _present = read_sheet(wb[sheet], sheet, LIST_COLUMNS, issues, lambda: None, template="certificates")
        shared = _read_common(wb, issues).merged(common)
    finally:
        wb.close()
        handle.close()
    labels = {c.field: c.header for c in LIST_COLUMNS}
    items: list[CertificateData] = []
    for excel_row, values in rows:

        def text(field: str) -> str:  # called within this iteration only
            value = values.get(field)  # noqa: B023
            return "" if value is None or value is FORMULA else cell_text(value)

        def problem(field: str, message: str) -> None:
            issues.append(ImportIssue(sheet, excel_row, labels[field], message))  # noqa: B023 (this iteration)

        kind = KINDS.get(fold(text("kind")) or "ca nhan")
        if kind is None:
            problem("kind", Msg("reason.bad_recipient_kind", value=text("kind")))
        name = text("full_name")
        if not name:
            problem("full_name", Msg("reason.required"))
        elif len(name) > MAX_NAME:
            problem("full_name", Msg("reason.too_long", max_len=MAX_NAME))
        gender = None
        if kind == RECIPIENT_PERSON:
            raw = text("gender")
            gender = lookup_gender(raw) if raw else None
            if raw and gender is None:
                problem("gender", Msg("reason.bad_gender", raw=raw))
            elif not raw and not text("salutation"):
                # Never guess: a list that sets everyone male prints women as "Ông".
                problem("gender", Msg("reason.gender_for_salutation"))
        for field in ("achievement", "unit", "position", "award_name"):
            if len(text(field)) > MAX_TEXT:
                problem(field, Msg("reason.too_long", max_len=MAX_TEXT))
        day = None
        if values.get("decision_date") not in (None, FORMULA):
            day, _year, bad = parse_date(values["decision_date"], allow_year=False)
            if bad:
                problem("decision_date", bad)
        if kind is None or any(i.sheet == sheet and i.row == excel_row for i in issues):
            continue
        items.append(
            CertificateData(
                full_name=name,
                kind=kind,
                gender=gender,
                salutation=text("salutation"),
                position=text("position"),
                unit=text("unit"),
                award_name=text("award_name"),
                achievement=text("achievement"),
                decision_number=text("decision_number"),
                decision_date=day,
                so_so_vang=text("so_so_vang"),
                place=shared.place,
                date=shared.date,
                issuer_title=shared.issuer_title,
                signer_title=shared.signer_title,
                signer_name=shared.signer_name,
                agency_name=shared.agency_name,
                header_style=shared.header_style,
            )
        )
    if issues:
        issues.sort(key=lambda i: (i.sheet, i.row))
        lines = "\n".join(format_message("merge.issue_in_file", {"file": path.name, "line": i.line()}) for i in issues)
        raise BadInput("merge.list_errors", n_issues=len(issues), lines=lines, issues=issues)
    if not items:
        raise BadInput("merge.no_recipients", file=path.name, sheet=sheet)
    return items
