"""Validation of a person's record: one rule set for the edit dialog and the Excel import.

Pure: takes already-typed values, returns Vietnamese reasons per field.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re

from app.messages import Msg
from app.rules.codes import GENDERS, LEADER_LEVELS, STAFF_CATEGORIES, UNIT_KINDS
from app.rules.vntext import clean_text, has_invisible

MAX_LEN = {"code": 30, "full_name": 100, "ethnicity": 50, "position": 200, "unit_name": 255}
MIN_AGE, MAX_AGE = 15, 100
OLDEST_YEAR = 1900
_CODE_RE = re.compile(r"^[0-9A-Za-z._/\-]+$")

FIELD_LABELS = {
    "code": "Mã cán bộ",
    "full_name": "Họ và tên",
    "gender": "Giới tính",
    "birth_date": "Ngày sinh",
    "birth_year": "Năm sinh",
    "ethnicity": "Dân tộc",
    "position": "Chức vụ",
    "leader_level": "Cấp lãnh đạo",
    "staff_category": "Đối tượng",
    "unit_id": "Đơn vị",
    "active_from": "Ngày bắt đầu công tác",
    "active_to": "Ngày thôi công tác",
}

UNIT_FIELD_LABELS = {
    "code": "Mã đơn vị",
    "name": "Tên đơn vị",
    "kind": "Loại đơn vị",
    "parent_id": "Đơn vị cấp trên",
}


@dataclasses.dataclass(frozen=True)
class PersonInput:
    """A person's editable fields, already typed (dates as dates), before validation."""

    code: str
    full_name: str
    gender: str
    unit_id: int | None
    birth_date: _dt.date | None = None
    birth_year: int | None = None
    ethnicity: str = ""
    position: str = ""
    leader_level: str = "NONE"
    staff_category: str = "CONG_CHUC"
    active_from: _dt.date | None = None
    active_to: _dt.date | None = None

    def cleaned(self) -> PersonInput:
        """Text fields NFC-normalised and trimmed; birth_year taken from birth_date."""
        year = self.birth_date.year if self.birth_date else self.birth_year
        return dataclasses.replace(
            self,
            code=clean_code(self.code),
            full_name=clean_text(self.full_name),
            ethnicity=clean_text(self.ethnicity),
            position=clean_text(self.position),
            birth_year=year,
        )


def clean_code(code: object) -> str:
    """A staff or unit code as stored: cleaned and upper-case, so that 'vptw-001' and
    'VPTW-001' are one code (codes hold only unaccented letters, digits and . _ / -)."""
    return clean_text(code).upper()


def invisible_errors(fields: dict[str, str]) -> dict[str, str]:
    """Field → reason for raw text holding bidi-control or zero-width characters. Names
    and codes with them are refused (the user retypes them); other text fields are
    cleaned silently by `clean_text`."""
    return {
        name: Msg("reason.invisible_characters")
        for name, value in fields.items()
        if value and has_invisible(str(value))
    }


def check_code(code: str) -> str | None:
    if not code:
        return Msg("reason.required")
    if len(code) > MAX_LEN["code"]:
        return Msg("reason.too_long", max_len=MAX_LEN["code"])
    if not _CODE_RE.match(code):
        return Msg("reason.code_characters")
    return None


def validate_person(p: PersonInput, *, today: _dt.date) -> dict[str, str]:
    """Field name → Vietnamese reason, for every problem found (empty when valid)."""
    errors: dict[str, str] = {}
    if (msg := check_code(p.code)) is not None:
        errors["code"] = msg
    if not p.full_name:
        errors["full_name"] = Msg("reason.required")
    elif len(p.full_name) > MAX_LEN["full_name"]:
        errors["full_name"] = Msg("reason.too_long", max_len=MAX_LEN["full_name"])
    elif any(ch.isdigit() for ch in p.full_name):
        errors["full_name"] = Msg("reason.name_has_digits")
    if p.gender not in GENDERS:
        errors["gender"] = Msg("reason.gender")
    if p.unit_id is None:
        errors["unit_id"] = Msg("reason.no_unit_chosen")
    for field in ("ethnicity", "position"):
        if len(getattr(p, field)) > MAX_LEN[field]:
            errors[field] = Msg("reason.too_long", max_len=MAX_LEN[field])
    if p.leader_level not in LEADER_LEVELS:
        errors["leader_level"] = Msg("reason.unknown_leader_level")
    if p.staff_category not in STAFF_CATEGORIES:
        errors["staff_category"] = Msg("reason.unknown_staff_category")
    if p.birth_date is not None:
        if p.birth_date > today:
            errors["birth_date"] = Msg("reason.born_in_future")
        elif not (today.year - MAX_AGE <= p.birth_date.year <= today.year - MIN_AGE):
            errors["birth_date"] = Msg("reason.age_range", min_age=MIN_AGE, max_age=MAX_AGE)
        elif p.birth_year is not None and p.birth_year != p.birth_date.year:
            errors["birth_year"] = Msg("reason.birth_year_mismatch")
    elif p.birth_year is not None:
        if not (today.year - MAX_AGE <= p.birth_year <= today.year - MIN_AGE):
            errors["birth_year"] = Msg("reason.birth_year_range", year=today.year - MAX_AGE, year2=today.year - MIN_AGE)
    if p.active_from is not None and p.active_from.year < OLDEST_YEAR:
        errors["active_from"] = Msg("reason.implausible_date")
    if p.active_from and p.active_to and p.active_to <= p.active_from:
        errors["active_to"] = Msg("reason.after_start_of_work")
    birth_year = p.birth_date.year if p.birth_date else p.birth_year
    if birth_year and p.active_from and p.active_from.year - birth_year < MIN_AGE and "active_from" not in errors:
        errors["active_from"] = Msg("reason.started_too_young", min_age=MIN_AGE)
    return errors


@dataclasses.dataclass(frozen=True)
class UnitInput:
    code: str
    name: str
    kind: str = "DON_VI"
    parent_id: int | None = None

    def cleaned(self) -> UnitInput:
        return dataclasses.replace(self, code=clean_code(self.code), name=clean_text(self.name))


def validate_unit(u: UnitInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if (msg := check_code(u.code)) is not None:
        errors["code"] = msg
    if not u.name:
        errors["name"] = Msg("reason.required")
    elif len(u.name) > MAX_LEN["unit_name"]:
        errors["name"] = Msg("reason.too_long", max_len=MAX_LEN["unit_name"])
    if u.kind not in UNIT_KINDS:
        errors["kind"] = Msg("reason.unknown_unit_kind")
    return errors


def is_active_on(active_from: _dt.date | None, active_to: _dt.date | None, day: _dt.date) -> bool:
    """Whether a person works here on `day` (`active_to` is exclusive)."""
    return (active_from is None or active_from <= day) and (active_to is None or day < active_to)


# ---------------------------------------------------------------- Excel import layout
# Shared by the blank template (app/exports/staff_template.py) and the import
# (app/services/staff_import.py), so that the file we hand out is the file we read back.

UNIT_SHEET = "Đơn vị"
STAFF_SHEET = "Cán bộ"


@dataclasses.dataclass(frozen=True)
class SheetColumn:
    """One column of an import sheet: the record field it fills and its Vietnamese header.

    Headers are matched ignoring case, tone marks, '*' and anything in parentheses;
    `aliases` are other headers offices commonly use for the same column.
    """

    field: str
    header: str
    required: bool = False
    hint: str = ""
    aliases: tuple[str, ...] = ()
    is_code: bool = False
    is_date: bool = False


UNIT_COLUMNS: tuple[SheetColumn, ...] = (
    SheetColumn("code", "Mã đơn vị", True, "Mã duy nhất của đơn vị: chữ không dấu, chữ số, . _ / -", is_code=True),
    SheetColumn("name", "Tên đơn vị", True, "Tên đầy đủ của đơn vị."),
    SheetColumn("kind", "Loại đơn vị", False, "Chọn trong danh sách; để trống là Đơn vị (vụ, phòng)."),
    SheetColumn(
        "parent_code",
        "Mã đơn vị cấp trên",
        False,
        "Mã của đơn vị cấp trên (trong sheet này hoặc đã có trong chương trình); để trống nếu là đơn vị cấp cao nhất.",
        ("Đơn vị cấp trên",),
        is_code=True,
    ),
)

STAFF_COLUMNS: tuple[SheetColumn, ...] = (
    SheetColumn(
        "code",
        "Mã cán bộ",
        True,
        "Mã duy nhất của cán bộ; nhập lại cùng mã sẽ cập nhật hồ sơ.",
        ("Mã CB", "Mã số cán bộ"),
        is_code=True,
    ),
    SheetColumn("full_name", "Họ và tên", True, "Họ, tên đệm và tên, ví dụ Nguyễn Thị Hoa.", ("Họ tên",)),
    SheetColumn("gender", "Giới tính", True, "Nam hoặc Nữ."),
    SheetColumn(
        "birth",
        "Ngày sinh",
        False,
        "Dạng dd/mm/yyyy, hoặc chỉ ghi năm sinh (ví dụ 1985).",
        ("Năm sinh", "Ngày/năm sinh", "Ngày tháng năm sinh"),
        is_date=True,
    ),
    SheetColumn("ethnicity", "Dân tộc", False, "Ví dụ: Kinh, Tày, Thái."),
    SheetColumn("position", "Chức vụ", False, "Ví dụ: Chuyên viên, Phó Vụ trưởng."),
    SheetColumn("leader_level", "Cấp lãnh đạo", False, "Chọn trong danh sách; để trống là Không giữ chức vụ lãnh đạo."),
    SheetColumn("staff_category", "Đối tượng", False, "Chọn trong danh sách; để trống là Công chức."),
    SheetColumn(
        "unit_code",
        "Mã đơn vị",
        True,
        "Mã đơn vị nơi cán bộ công tác (trong sheet Đơn vị hoặc đã có trong chương trình).",
        is_code=True,
    ),
    SheetColumn("active_from", "Ngày bắt đầu công tác", False, "Dạng dd/mm/yyyy.", is_date=True),
    SheetColumn("active_to", "Ngày thôi công tác", False, "Dạng dd/mm/yyyy; để trống nếu đang công tác.", is_date=True),
)
