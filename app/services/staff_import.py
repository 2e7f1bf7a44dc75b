"""Staff import from Excel: read → preview → apply (the GUI wizard), or `run_import` (CLI).

The file has a sheet "Cán bộ" (required) and a sheet "Đơn vị" (optional); the layout is
`app.rules.person.UNIT_COLUMNS` / `STAFF_COLUMNS`, the same as the blank template.

Rules:
- All-or-nothing: any bad row means nothing is written, unless the caller asks for
  `only_valid`, which writes the good rows and reports the skipped ones (a person whose
  unit row is bad is skipped too).
- Every bad row is reported with its Excel row number, column and a Vietnamese reason.
- Upsert by code: a code already in the database updates that record, so importing the
  same file twice does not duplicate anyone. For the columns present in the file, the file
  is the truth (an empty cell clears the field or sets its default); columns absent from
  the file are left as they are on update. Records not in the file are never touched.
- A person's code that belongs in the database to someone with a different name AND a
  different birth date/year is an error, not an update (a mistyped code would otherwise
  overwrite another person's record).

Threads: `read_staff_file` touches no database; `preview_import`/`apply_import` use the
caller's Session (one per thread). All of them may run in a worker thread; they accept
`progress(done, total)` / `is_cancelled()` where they take long, and raise `Cancelled`.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import utcnow
from app.errors import BadInput
from app.messages import Msg, format_message
from app.models import Person, Unit
from app.rules.codes import GENDERS, LEADER_LEVELS, STAFF_CATEGORIES, UNIT_KINDS
from app.rules.person import (
    STAFF_COLUMNS,
    STAFF_SHEET,
    UNIT_COLUMNS,
    UNIT_SHEET,
    PersonInput,
    UnitInput,
    invisible_errors,
    validate_person,
    validate_unit,
)
from app.rules.vntext import fold
from app.services.common import current_user
from app.services.excel_import import (
    ACTION_ERROR,
    ACTION_NEW,
    ACTION_UNCHANGED,
    ACTION_UPDATE,
    IN_CHUNK,
    WRITE_CHUNK,
    ImportKind,
    SheetSpec,
    WriteSteps,
    apply_kind,
    backup_before_write,
    bulk_update,
    preview_kind,
    read_workbook,
    refused,
    result_summary,
    run_kind,
)
from app.services.org import person_keys
from app.services.xlsx_read import FORMULA as _FORMULA
from app.services.xlsx_read import ImportIssue, IsCancelled, Progress
from app.services.xlsx_read import cell_text as _text
from app.services.xlsx_read import choices as _choices
from app.services.xlsx_read import chunks as _chunks
from app.services.xlsx_read import lookup_code as _lookup
from app.services.xlsx_read import parse_date as _parse_date

__all__ = [
    "ACTION_NEW",
    "ACTION_UPDATE",
    "ACTION_ERROR",
    "ACTION_UNCHANGED",
    "IMPORT_KINDS",
    "ImportIssue",
    "UnitRecord",
    "PersonRecord",
    "StaffFile",
    "PreviewRow",
    "ImportPreview",
    "ImportResult",
    "read_staff_file",
    "preview_import",
    "apply_import",
    "run_import",
]

IMPORT_KINDS = ("staff",)

DEFAULT_UNIT_KIND = "DON_VI"
DEFAULT_LEADER_LEVEL = "NONE"
DEFAULT_STAFF_CATEGORY = "CONG_CHUC"


# ---------------------------------------------------------------- DTOs


@dataclasses.dataclass(frozen=True)
class UnitRecord:
    """A typed row of sheet "Đơn vị". `kind` is a UNIT_KINDS code or None when blank or unknown."""

    row: int
    code: str
    name: str
    kind: str | None
    parent_code: str


@dataclasses.dataclass(frozen=True)
class PersonRecord:
    """A typed row of sheet "Cán bộ". Codes of the code lists; None where blank or unreadable."""

    row: int
    code: str
    full_name: str
    gender: str | None
    birth_date: _dt.date | None
    birth_year: int | None
    ethnicity: str
    position: str
    leader_level: str | None
    staff_category: str | None
    unit_code: str
    active_from: _dt.date | None
    active_to: _dt.date | None


@dataclasses.dataclass(frozen=True)
class StaffFile:
    """The parsed file: typed rows of both sheets and the problems found while reading.

    `unit_fields` / `person_fields` are the fields whose columns the file has; only those
    are changed when an existing record is updated.
    """

    path: Path
    units: tuple[UnitRecord, ...]
    people: tuple[PersonRecord, ...]
    issues: tuple[ImportIssue, ...]
    unit_sheet: str | None
    person_sheet: str
    unit_fields: frozenset[str]
    person_fields: frozenset[str]


@dataclasses.dataclass(frozen=True)
class PreviewRow:
    """One row of the preview table. For units `unit_code` is the parent unit's code."""

    sheet: str
    row: int
    code: str
    name: str
    unit_code: str
    action: str  # ACTION_NEW, ACTION_UPDATE or ACTION_ERROR


@dataclasses.dataclass(frozen=True)
class ImportPreview:
    """What an import would do, row by row, with every problem found."""

    rows: tuple[PreviewRow, ...]
    issues: tuple[ImportIssue, ...]
    new_units: int
    updated_units: int
    bad_units: int
    new_people: int
    updated_people: int
    bad_people: int
    unchanged_units: int = 0
    unchanged_people: int = 0

    @property
    def has_errors(self) -> bool:
        return bool(self.issues)

    @property
    def bad_rows(self) -> int:
        return self.bad_units + self.bad_people

    def report_lines(self) -> list[str]:
        return [issue.line() for issue in self.issues]


@dataclasses.dataclass(frozen=True)
class ImportResult:
    """What an import did (or, with `dry_run`, would do). `skipped_rows` are bad rows not
    written; `unchanged_*` are existing records whose values were already those of the file."""

    created_units: int
    updated_units: int
    created_people: int
    updated_people: int
    skipped_rows: int
    issues: tuple[ImportIssue, ...]
    dry_run: bool
    unchanged_units: int = 0
    unchanged_people: int = 0
    written: bool = False
    backup_path: Path | None = None

    @property
    def has_errors(self) -> bool:
        return bool(self.issues)

    def summary(self) -> str:
        counts = format_message(
            "import.staff_counts",
            {
                "units_new": self.created_units,
                "units_updated": self.updated_units,
                "people_new": self.created_people,
                "people_updated": self.updated_people,
            },
        )
        unchanged = self.unchanged_units + self.unchanged_people
        if unchanged:
            counts += format_message("import.unchanged_suffix", {"count": unchanged})
        return result_summary(
            counts=counts,
            issues=len(self.issues),
            skipped=self.skipped_rows,
            dry_run=self.dry_run,
            written=self.written,
            kind="staff",
        )

    def report_lines(self) -> list[str]:
        return [issue.line() for issue in self.issues]


# ---------------------------------------------------------------- reading


def _unit_record(sheet: str, excel_row: int, values: dict[str, object], issues: list[ImportIssue]) -> UnitRecord:
    def text(field: str) -> str:
        value = values.get(field)
        return "" if value is None or value is _FORMULA else _text(value)

    kind = None
    raw_kind = text("kind")
    if raw_kind:
        kind = _lookup(UNIT_KINDS, raw_kind)
        if kind is None:
            issues.append(
                ImportIssue(
                    sheet,
                    excel_row,
                    "Loại đơn vị",
                    Msg("reason.not_in_list", text=raw_kind, table=_choices(UNIT_KINDS)),
                )
            )
    _invisible(sheet, excel_row, values, {"code": "Mã đơn vị", "name": "Tên đơn vị"}, issues)
    return UnitRecord(excel_row, text("code").upper(), text("name"), kind, text("parent_code").upper())


def _invisible(
    sheet: str, excel_row: int, values: dict[str, object], headers: dict[str, str], issues: list[ImportIssue]
) -> None:
    """Names and codes holding bidi-control or zero-width characters are refused."""
    for field, reason in invisible_errors(
        {f: v if isinstance(v := values.get(f), str) else "" for f in headers}
    ).items():
        issues.append(ImportIssue(sheet, excel_row, headers[field], reason))


def _person_record(sheet: str, excel_row: int, values: dict[str, object], issues: list[ImportIssue]) -> PersonRecord:
    def text(field: str) -> str:
        value = values.get(field)
        return "" if value is None or value is _FORMULA else _text(value)

    def coded(field: str, header: str, table: dict[str, str]) -> str | None:
        raw = text(field)
        if not raw:
            return None
        code = _lookup(table, raw)
        if code is None:
            issues.append(
                ImportIssue(sheet, excel_row, header, Msg("reason.not_in_list", text=raw, table=_choices(table)))
            )
        return code

    def date(field: str, header: str, *, allow_year: bool = False) -> tuple[_dt.date | None, int | None]:
        value = values.get(field)
        if value is _FORMULA:
            return None, None
        day, year, reason = _parse_date(value, allow_year=allow_year)
        if reason:
            issues.append(ImportIssue(sheet, excel_row, header, reason))
        return day, year

    gender = None
    raw_gender = text("gender")
    if raw_gender:
        gender = _lookup(GENDERS, raw_gender)
        if gender is None:
            issues.append(ImportIssue(sheet, excel_row, "Giới tính", Msg("reason.bad_gender", raw=raw_gender)))
    _invisible(sheet, excel_row, values, {"code": "Mã cán bộ", "full_name": "Họ và tên"}, issues)
    birth_date, birth_year = date("birth", "Ngày sinh", allow_year=True)
    active_from, _ = date("active_from", "Ngày bắt đầu công tác")
    active_to, _ = date("active_to", "Ngày thôi công tác")
    return PersonRecord(
        row=excel_row,
        code=text("code").upper(),  # codes are case-insensitive: stored upper-case
        full_name=text("full_name"),
        gender=gender,
        birth_date=birth_date,
        birth_year=birth_date.year if birth_date else birth_year,
        ethnicity=text("ethnicity"),
        position=text("position"),
        leader_level=coded("leader_level", "Cấp lãnh đạo", LEADER_LEVELS),
        staff_category=coded("staff_category", "Đối tượng", STAFF_CATEGORIES),
        unit_code=text("unit_code").upper(),
        active_from=active_from,
        active_to=active_to,
    )


def read_staff_file(
    path: str | Path, *, progress: Progress | None = None, is_cancelled: IsCancelled | None = None
) -> StaffFile:
    """Read and type both sheets of a staff file; cell-level problems become issues.

    Raises BadInput (file missing, not an xlsx, damaged, no sheet "Cán bộ", a required
    column missing) and Cancelled. Touches no database; safe in a worker thread.
    """
    path = Path(path)

    def check_sheets(found: dict[str, str], sheetnames: list[str]) -> None:
        if "people" not in found:
            raise BadInput(
                "import.staff_no_sheet",
                file=path.name,
                staff_sheet=STAFF_SHEET,
                sheetnames=", ".join(sheetnames),
            )

    def parse_row(
        key: str, sheet: str, excel_row: int, values: dict[str, object], issues: list[ImportIssue]
    ) -> UnitRecord | PersonRecord:
        if key == "units":
            return _unit_record(sheet, excel_row, values, issues)
        return _person_record(sheet, excel_row, values, issues)

    book = read_workbook(
        path,
        _SHEETS,
        parse_row,
        check_sheets=check_sheets,
        template="staff",
        progress=progress,
        is_cancelled=is_cancelled,
    )
    units, people = book.sheets.get("units"), book.sheets["people"]
    return StaffFile(
        path=path,
        units=tuple(units.records) if units else (),  # type: ignore[arg-type]
        people=tuple(people.records),  # type: ignore[arg-type]
        issues=tuple(book.issues),
        unit_sheet=units.name if units else None,
        person_sheet=people.name,
        unit_fields=units.fields if units else frozenset(),
        person_fields=people.fields,
    )


_SHEETS = (SheetSpec("units", UNIT_SHEET, UNIT_COLUMNS), SheetSpec("people", STAFF_SHEET, STAFF_COLUMNS))


# ---------------------------------------------------------------- validation


@dataclasses.dataclass
class _Plan:
    """The outcome of validating a StaffFile against the database (internal)."""

    issues: list[ImportIssue]
    bad_unit_rows: set[int]
    bad_person_rows: set[int]
    db_units: dict[str, tuple]  # code → (id, name, kind, parent_id)
    db_people: dict[str, tuple]  # code → row of _PERSON_DB_COLUMNS
    unit_depth: dict[str, int]  # file unit code → depth among file units (parents first)

    @property
    def has_errors(self) -> bool:
        return bool(self.issues)


_UNIT_HEADERS = {c.field: c.header for c in UNIT_COLUMNS}
_PERSON_HEADERS = {c.field: c.header for c in STAFF_COLUMNS}
_PERSON_FIELD_COLUMN = {  # validate_person's field → the file's column
    "code": "Mã cán bộ",
    "full_name": "Họ và tên",
    "gender": "Giới tính",
    "birth_date": "Ngày sinh",
    "birth_year": "Ngày sinh",
    "ethnicity": "Dân tộc",
    "position": "Chức vụ",
    "leader_level": "Cấp lãnh đạo",
    "staff_category": "Đối tượng",
    "unit_id": "Mã đơn vị",
    "active_from": "Ngày bắt đầu công tác",
    "active_to": "Ngày thôi công tác",
}
_UNIT_FIELD_COLUMN = {
    "code": "Mã đơn vị",
    "name": "Tên đơn vị",
    "kind": "Loại đơn vị",
    "parent_id": "Mã đơn vị cấp trên",
}
_PERSON_DB_COLUMNS = (
    Person.code,
    Person.id,
    Person.full_name,
    Person.gender,
    Person.birth_date,
    Person.birth_year,
    Person.ethnicity,
    Person.position,
    Person.leader_level,
    Person.staff_category,
    Person.unit_id,
    Person.active_from,
    Person.active_to,
)


def _birth_text(birth_date: _dt.date | None, birth_year: int | None) -> str:
    if birth_date is not None:
        return Msg("reason.born_on", day=birth_date)
    if birth_year is not None:
        return Msg("reason.born_in", year=birth_year)
    return Msg("reason.birth_unknown")


def _same_birth(
    db_date: _dt.date | None, db_year: int | None, file_date: _dt.date | None, file_year: int | None
) -> bool | None:
    """Whether the births agree; None when either side is unknown."""
    if db_date is not None and file_date is not None:
        return db_date == file_date
    db_y = db_date.year if db_date is not None else db_year
    file_y = file_date.year if file_date is not None else file_year
    if db_y is None or file_y is None:
        return None
    return db_y == file_y


def _duplicates(records: Sequence, sheet: str, column: str, issues: list[ImportIssue], bad: set[int]) -> None:
    rows_by_code: dict[str, list[int]] = {}
    for rec in records:
        if rec.code:
            rows_by_code.setdefault(rec.code, []).append(rec.row)
    for code, rows in rows_by_code.items():
        if len(rows) < 2:
            continue
        first, others = rows[0], rows[1:]
        issues.append(
            ImportIssue(
                sheet, first, column, Msg("reason.code_repeated_in_rows", code=code, others=", ".join(map(str, others)))
            )
        )
        for row in others:
            issues.append(ImportIssue(sheet, row, column, Msg("reason.code_same_as_row", code=code, first=first)))
        bad.update(rows)


def _validate(session: Session, staff: StaffFile, *, today: _dt.date) -> _Plan:
    issues: list[ImportIssue] = list(staff.issues)
    bad_units: set[int] = {i.row for i in staff.issues if i.sheet == staff.unit_sheet}
    bad_people: set[int] = {i.row for i in staff.issues if i.sheet == staff.person_sheet}
    unit_sheet = staff.unit_sheet or UNIT_SHEET
    person_sheet = staff.person_sheet
    reported = {(i.sheet, i.row, i.column) for i in staff.issues}

    def add(sheet: str, row: int, column: str, message: str, bad: set[int]) -> None:
        # One reason per cell: a value already reported while reading is not re-reported
        # by the generic field check.
        if (sheet, row, column) in reported:
            return
        reported.add((sheet, row, column))
        issues.append(ImportIssue(sheet, row, column, message))
        bad.add(row)

    # ---- units
    db_units = {
        code: (uid, name, kind, parent_id)
        for code, uid, name, kind, parent_id in session.execute(
            select(Unit.code, Unit.id, Unit.name, Unit.kind, Unit.parent_id)
        )
    }
    db_code_by_id = {v[0]: code for code, v in db_units.items()}
    for rec in staff.units:
        errors = validate_unit(UnitInput(rec.code, rec.name, rec.kind or DEFAULT_UNIT_KIND))
        for field, reason in errors.items():
            add(unit_sheet, rec.row, _UNIT_FIELD_COLUMN[field], reason, bad_units)
    _duplicates(staff.units, unit_sheet, _UNIT_HEADERS["code"], issues, bad_units)

    file_units: dict[str, UnitRecord] = {}
    for rec in staff.units:
        file_units.setdefault(rec.code, rec)
    parent_of: dict[str, str | None] = {
        code: db_code_by_id.get(v[3]) if v[3] is not None else None for code, v in db_units.items()
    }
    for code, rec in file_units.items():
        parent_of[code] = rec.parent_code or None
    for rec in file_units.values():
        if rec.parent_code and rec.parent_code not in parent_of:
            add(
                unit_sheet,
                rec.row,
                _UNIT_HEADERS["parent_code"],
                Msg("reason.unknown_unit_in_file_or_db", code=rec.parent_code, sheet=unit_sheet),
                bad_units,
            )
    # Cycles: walk up from each file unit through the merged file + database tree.
    in_cycle: set[str] = set()
    for code, rec in file_units.items():
        path, seen, current = [code], {code}, parent_of.get(code)
        while current is not None and current not in seen:
            seen.add(current)
            path.append(current)
            current = parent_of.get(current)
        if current == code:
            loop = " → ".join(path + [code])
            in_cycle.add(code)
            add(unit_sheet, rec.row, _UNIT_HEADERS["parent_code"], Msg("reason.unit_loop", loop=loop), bad_units)
    # A unit under a bad unit of the file cannot be written either.
    bad_codes = {rec.code for rec in staff.units if rec.row in bad_units}
    unit_depth: dict[str, int] = {}
    for code, rec in file_units.items():
        if code in in_cycle:
            continue
        depth, current, blocked = 0, rec.parent_code or None, None
        guard = 0
        while current is not None and current in file_units and guard <= len(file_units):
            if current in bad_codes and blocked is None:
                blocked = current
            depth += 1
            current = file_units[current].parent_code or None
            guard += 1
        unit_depth[code] = depth
        if blocked is not None and rec.row not in bad_units:
            add(
                unit_sheet,
                rec.row,
                _UNIT_HEADERS["parent_code"],
                Msg("reason.parent_unit_bad", code=blocked, row=file_units[blocked].row),
                bad_units,
            )
            bad_codes.add(code)
    bad_codes |= {rec.code for rec in staff.units if rec.row in bad_units}

    # ---- people
    codes = sorted({p.code for p in staff.people if p.code})
    db_people: dict[str, tuple] = {}
    for chunk in _chunks(codes, IN_CHUNK):
        for row in session.execute(select(*_PERSON_DB_COLUMNS).where(Person.code.in_(chunk))):
            db_people[row[0]] = tuple(row)
    for person in staff.people:
        data = PersonInput(
            code=person.code,
            full_name=person.full_name,
            gender=person.gender or "",
            unit_id=0,  # units are resolved by code below
            birth_date=person.birth_date,
            birth_year=person.birth_year,
            ethnicity=person.ethnicity,
            position=person.position,
            leader_level=person.leader_level or DEFAULT_LEADER_LEVEL,
            staff_category=person.staff_category or DEFAULT_STAFF_CATEGORY,
            active_from=person.active_from,
            active_to=person.active_to,
        )
        for field, reason in validate_person(data, today=today).items():
            if field == "gender" and not person.gender:
                reason = Msg("reason.gender_required")
            add(person_sheet, person.row, _PERSON_FIELD_COLUMN[field], reason, bad_people)
        unit_col = _PERSON_HEADERS["unit_code"]
        if not person.unit_code:
            add(person_sheet, person.row, unit_col, Msg("reason.required"), bad_people)
        elif person.unit_code in file_units:
            if person.unit_code in bad_codes:
                add(
                    person_sheet,
                    person.row,
                    unit_col,
                    Msg(
                        "reason.unit_row_bad",
                        code=person.unit_code,
                        sheet=unit_sheet,
                        row=file_units[person.unit_code].row,
                    ),
                    bad_people,
                )
        elif person.unit_code not in db_units:
            add(
                person_sheet,
                person.row,
                unit_col,
                Msg("reason.unknown_unit_in_file_or_db", code=person.unit_code, sheet=unit_sheet),
                bad_people,
            )
        existing = db_people.get(person.code)
        if existing is not None and person.full_name:
            _, _, db_name, _, db_birth_date, db_birth_year = existing[:6]
            same_birth = _same_birth(db_birth_date, db_birth_year, person.birth_date, person.birth_year)
            if fold(db_name) != fold(person.full_name) and same_birth is False:
                add(
                    person_sheet,
                    person.row,
                    _PERSON_HEADERS["code"],
                    Msg(
                        "reason.code_belongs_to",
                        code=person.code,
                        name=db_name,
                        birth=_birth_text(db_birth_date, db_birth_year),
                    ),
                    bad_people,
                )
    _duplicates(staff.people, person_sheet, _PERSON_HEADERS["code"], issues, bad_people)

    sheet_order = {unit_sheet: 0, person_sheet: 1}
    column_order = {h: i for i, h in enumerate([*_UNIT_HEADERS.values(), *_PERSON_HEADERS.values()])}
    issues.sort(key=lambda i: (sheet_order.get(i.sheet, 2), i.row, column_order.get(i.column, 99)))
    return _Plan(issues, bad_units, bad_people, db_units, db_people, unit_depth)


def preview_import(session: Session, staff_file: StaffFile, *, today: _dt.date | None = None) -> ImportPreview:
    """Check the whole file against the database and say, row by row, what would happen.

    Reads only; may run in a worker thread with that thread's Session.
    """
    return preview_kind(import_kind(today), session, staff_file)


def _preview(staff: StaffFile, plan: _Plan) -> ImportPreview:
    rows: list[PreviewRow] = []
    counts = {"nu": 0, "uu": 0, "bu": 0, "np": 0, "up": 0, "bp": 0}
    unit_sheet = staff.unit_sheet or UNIT_SHEET
    unit_ids = {code: v[0] for code, v in plan.db_units.items()}
    counts["su"] = counts["sp"] = 0
    for rec in staff.units:
        if rec.row in plan.bad_unit_rows:
            action, key = ACTION_ERROR, "bu"
        elif rec.code in plan.db_units and _unit_unchanged(rec, staff.unit_fields, plan.db_units[rec.code], unit_ids):
            action, key = ACTION_UNCHANGED, "su"
        elif rec.code in plan.db_units:
            action, key = ACTION_UPDATE, "uu"
        else:
            action, key = ACTION_NEW, "nu"
        counts[key] += 1
        rows.append(PreviewRow(unit_sheet, rec.row, rec.code, rec.name, rec.parent_code, action))
    columns = [c for f in staff.person_fields if f in _PERSON_VALUE_FIELDS for c in _PERSON_VALUE_FIELDS[f]]
    for person in staff.people:
        if person.row in plan.bad_person_rows:
            action, key = ACTION_ERROR, "bp"
        elif (
            person.code in plan.db_people
            and person.unit_code in unit_ids
            and _person_unchanged(person, columns, plan.db_people[person.code], unit_ids)
        ):
            action, key = ACTION_UNCHANGED, "sp"
        elif person.code in plan.db_people:
            action, key = ACTION_UPDATE, "up"
        else:
            action, key = ACTION_NEW, "np"
        counts[key] += 1
        rows.append(PreviewRow(staff.person_sheet, person.row, person.code, person.full_name, person.unit_code, action))
    return ImportPreview(
        rows=tuple(rows),
        issues=tuple(plan.issues),
        new_units=counts["nu"],
        updated_units=counts["uu"],
        bad_units=counts["bu"],
        new_people=counts["np"],
        updated_people=counts["up"],
        bad_people=counts["bp"],
        unchanged_units=counts["su"],
        unchanged_people=counts["sp"],
    )


def _unit_values(u: UnitRecord, fields: frozenset[str], unit_ids: dict[str, int]) -> dict[str, object]:
    values: dict[str, object] = {"name": u.name}
    if "kind" in fields:
        values["kind"] = u.kind or DEFAULT_UNIT_KIND
    if "parent_code" in fields:
        values["parent_id"] = unit_ids.get(u.parent_code) if u.parent_code else None
    return values


def _unit_unchanged(u: UnitRecord, fields: frozenset[str], db_row: tuple, unit_ids: dict[str, int]) -> bool:
    """Whether writing this unit row would change nothing (the preview's "không đổi")."""
    _uid, name, kind, parent_id = db_row
    if "parent_code" in fields and u.parent_code and u.parent_code not in unit_ids:
        return False  # under a unit the file creates
    current = {"name": name, "kind": kind, "parent_id": parent_id}
    return all(current[k] == v for k, v in _unit_values(u, fields, unit_ids).items())


def _person_unchanged(p: PersonRecord, columns: list[str], db_row: tuple, unit_ids: dict[str, int]) -> bool:
    values = _person_values(p, unit_ids)
    return all(db_row[_DB_INDEX[c]] == values[c] for c in columns)


# ---------------------------------------------------------------- writing


def apply_import(
    session: Session,
    staff_file: StaffFile,
    *,
    only_valid: bool = False,
    backup_engine: Engine | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    today: _dt.date | None = None,
) -> ImportResult:
    """Validate again (the database may have changed since the preview) and write.

    Units first (parents before children), then people; upsert by code. With any issue
    and not `only_valid`, raises BadInput (params: `detail`, `issues`) before writing
    anything. Raises Cancelled. The caller owns the transaction and must roll it back on
    any exception (`with factory.begin()` does). With `backup_engine`, a SQLite database
    is backed up (reason "truoc-nhap") before the first write. Worker-thread safe.
    """
    return apply_kind(
        import_kind(today),
        session,
        staff_file,
        only_valid=only_valid,
        backup_engine=backup_engine,
        progress=progress,
        is_cancelled=is_cancelled,
    )


def import_kind(today: _dt.date | None = None) -> ImportKind[StaffFile, _Plan, ImportPreview, ImportResult]:
    """The staff import's steps for the pipeline of `app.services.excel_import`."""

    def dry_run_result(staff: StaffFile, plan: _Plan) -> ImportResult:
        preview = _preview(staff, plan)
        return ImportResult(
            created_units=preview.new_units,
            updated_units=preview.updated_units,
            created_people=preview.new_people,
            updated_people=preview.updated_people,
            skipped_rows=preview.bad_rows,
            issues=preview.issues,
            dry_run=True,
        )

    def not_written(staff: StaffFile, plan: _Plan) -> ImportResult:
        return ImportResult(0, 0, 0, 0, _bad_rows(staff, plan), tuple(plan.issues), dry_run=False)

    return ImportKind(
        read=read_staff_file,
        validate=lambda session, staff: _validate(session, staff, today=today or _dt.date.today()),
        preview=_preview,
        write=_write,
        refused=lambda plan: refused(plan.issues, len(plan.bad_unit_rows) + len(plan.bad_person_rows)),
        dry_run_result=dry_run_result,
        not_written=not_written,
    )


def _bad_rows(staff: StaffFile, plan: _Plan) -> int:
    """Bad rows as the preview counts them (rows of the file marked bad)."""
    return sum(1 for u in staff.units if u.row in plan.bad_unit_rows) + sum(
        1 for p in staff.people if p.row in plan.bad_person_rows
    )


def _write(
    session: Session,
    staff: StaffFile,
    plan: _Plan,
    *,
    backup_engine: Engine | None,
    progress: Progress | None,
    is_cancelled: IsCancelled | None,
) -> ImportResult:
    user = current_user()
    now = utcnow()
    good_units = [u for u in staff.units if u.row not in plan.bad_unit_rows]
    good_people = [p for p in staff.people if p.row not in plan.bad_person_rows]
    skipped = len(plan.bad_unit_rows) + len(plan.bad_person_rows)
    step = WriteSteps(len(good_units) + len(good_people), progress, is_cancelled)
    backup_path = backup_before_write(backup_engine, step.total, is_cancelled)
    try:
        unit_ids, created_u, updated_u, unchanged_u = _write_units(session, staff, plan, good_units, user, now, step)
        created_p, updated_p, unchanged_p = _write_people(session, staff, plan, good_people, unit_ids, user, now, step)
    except IntegrityError as exc:
        raise BadInput("import.concurrent_change_code") from exc
    _refresh_statistics(session, created_u + updated_u + created_p + updated_p)
    step.finish()
    return ImportResult(
        created_units=created_u,
        updated_units=updated_u,
        created_people=created_p,
        updated_people=updated_p,
        skipped_rows=skipped,
        issues=tuple(plan.issues),
        dry_run=False,
        unchanged_units=unchanged_u,
        unchanged_people=unchanged_p,
        written=True,
        backup_path=backup_path,
    )


def _write_units(
    session: Session,
    staff: StaffFile,
    plan: _Plan,
    good_units: list[UnitRecord],
    user: str,
    now: _dt.datetime,
    step: WriteSteps,
) -> tuple[dict[str, int], int, int, int]:
    fields = staff.unit_fields
    unit_ids = {code: v[0] for code, v in plan.db_units.items()}
    new = [u for u in good_units if u.code not in plan.db_units]
    existing = [u for u in good_units if u.code in plan.db_units]
    # sort_order continues after the siblings already in the database.
    next_order: dict[int | None, int] = {
        parent: (top or 0)
        for parent, top in session.execute(select(Unit.parent_id, func.max(Unit.sort_order)).group_by(Unit.parent_id))
    }
    created = 0
    for depth in sorted({plan.unit_depth.get(u.code, 0) for u in new}):
        level = [u for u in new if plan.unit_depth.get(u.code, 0) == depth]
        rows = []
        for u in level:
            parent_id = unit_ids.get(u.parent_code) if u.parent_code else None
            next_order[parent_id] = next_order.get(parent_id, 0) + 1
            rows.append(
                {
                    "code": u.code,
                    "name": u.name,
                    "kind": u.kind or DEFAULT_UNIT_KIND,
                    "parent_id": parent_id,
                    "sort_order": next_order[parent_id],
                    "is_active": True,
                    "version": 1,
                    "updated_at": now,
                    "updated_by": user,
                }
            )
        session.execute(insert(Unit), rows)
        for chunk in _chunks([u.code for u in level], IN_CHUNK):
            unit_ids.update(
                (code, uid) for code, uid in session.execute(select(Unit.code, Unit.id).where(Unit.code.in_(chunk)))
            )
        created += len(level)
        step(len(level))

    changes = []
    for u in existing:
        uid, name, kind, parent_id = plan.db_units[u.code]
        values = _unit_values(u, fields, unit_ids)
        current = {"name": name, "kind": kind, "parent_id": parent_id}
        if any(current[k] != v for k, v in values.items()):
            changes.append({"b_id": uid, **{f"b_{k}": v for k, v in values.items()}})
    bulk_update(session.connection(), cast(Table, Unit.__table__), changes, now=now, user=user, step=step)
    step(len(existing) - len(changes))
    return unit_ids, created, len(changes), len(existing) - len(changes)


_PERSON_VALUE_FIELDS = {  # file field → columns it sets
    "full_name": ("full_name",),
    "gender": ("gender",),
    "birth": ("birth_date", "birth_year"),
    "ethnicity": ("ethnicity",),
    "position": ("position",),
    "leader_level": ("leader_level",),
    "staff_category": ("staff_category",),
    "unit_code": ("unit_id",),
    "active_from": ("active_from",),
    "active_to": ("active_to",),
}
_DB_INDEX = {col.key: i for i, col in enumerate(_PERSON_DB_COLUMNS)}


ANALYZE_AFTER = 1000  # rows written by one import


def _refresh_statistics(session: Session, written: int) -> None:
    """PostgreSQL plans from table statistics that autovacuum refreshes only later: right
    after thousands of new people the planner still believed `person` tiny and looked up
    each chunk of codes by reading the whole table (a re-import of 10,000: 3.4 s instead
    of ~0.1 s). ANALYZE brings them up to date at once (without owning the tables the
    server only warns and skips)."""
    if written >= ANALYZE_AFTER and session.get_bind().dialect.name == "postgresql":
        session.execute(text("ANALYZE unit, person"))


def _person_values(p: PersonRecord, unit_ids: dict[str, int]) -> dict[str, object]:
    return {
        "full_name": p.full_name,
        "gender": p.gender,
        "birth_date": p.birth_date,
        "birth_year": p.birth_date.year if p.birth_date else p.birth_year,
        "ethnicity": p.ethnicity,
        "position": p.position,
        "leader_level": p.leader_level or DEFAULT_LEADER_LEVEL,
        "staff_category": p.staff_category or DEFAULT_STAFF_CATEGORY,
        "unit_id": unit_ids[p.unit_code],
        "active_from": p.active_from,
        "active_to": p.active_to,
    }


def _write_people(
    session: Session,
    staff: StaffFile,
    plan: _Plan,
    good_people: list[PersonRecord],
    unit_ids: dict[str, int],
    user: str,
    now: _dt.datetime,
    step: WriteSteps,
) -> tuple[int, int, int]:
    new_rows: list[dict] = []
    changes: list[dict] = []
    unchanged = 0
    columns = [c for f in staff.person_fields if f in _PERSON_VALUE_FIELDS for c in _PERSON_VALUE_FIELDS[f]]
    for p in good_people:
        values = _person_values(p, unit_ids)
        existing = plan.db_people.get(p.code)
        if existing is None:
            sort_key, search_key = person_keys(p.full_name, p.code)
            new_rows.append(
                {
                    "code": p.code,
                    **values,
                    "sort_key": sort_key,
                    "search_key": search_key,
                    "version": 1,
                    "updated_at": now,
                    "updated_by": user,
                }
            )
            continue
        wanted = {c: values[c] for c in columns}
        if all(existing[_DB_INDEX[c]] == v for c, v in wanted.items()):
            unchanged += 1
            continue
        sort_key, search_key = person_keys(p.full_name, p.code)
        changes.append(
            {
                "b_id": existing[1],
                **{f"b_{c}": v for c, v in wanted.items()},
                "b_sort_key": sort_key,
                "b_search_key": search_key,
            }
        )

    # A Core insert into the table: every row has the same keys, so each chunk is one
    # batched statement. The ORM's bulk insert leaves out a row's None values and cuts
    # the chunk wherever the set of keys changes (a missing birth date or end date): on
    # PostgreSQL 10,000 people went as ~2,900 small statements (issue 17: ≤ 5 s).
    for chunk in _chunks(new_rows, WRITE_CHUNK):
        session.execute(insert(cast(Table, Person.__table__)), list(chunk))
        step(len(chunk))
    bulk_update(session.connection(), cast(Table, Person.__table__), changes, now=now, user=user, step=step)
    step(unchanged)
    return len(new_rows), len(changes), unchanged


# ---------------------------------------------------------------- CLI entry


def run_import(
    session: Session,
    *,
    kind: str,
    path: str | Path,
    dry_run: bool = False,
    only_valid: bool = False,
    backup_engine: Engine | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    today: _dt.date | None = None,
) -> ImportResult:
    """Read, validate and (unless `dry_run`, or errors without `only_valid`) write.

    Never raises for bad rows: they are in `result.issues` and, when nothing was written
    because of them, `result.written` is False. Raises BadInput for an unreadable file or
    an unknown kind, and Cancelled.
    """
    if kind not in IMPORT_KINDS:
        raise BadInput("import.unknown_kind", kind=kind, import_kinds=", ".join(IMPORT_KINDS))
    return run_kind(
        import_kind(today),
        session,
        path,
        dry_run=dry_run,
        only_valid=only_valid,
        backup_engine=backup_engine,
        progress=progress,
        is_cancelled=is_cancelled,
    )
