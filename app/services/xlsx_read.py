"""Cell-level reading of every Excel import (staff, history, nominations): one standard
for all of them; the pipeline that chains read → check → preview → write is
`app.services.excel_import`.

- `open_workbook`: refuses missing files, .xls, non-zips and damaged workbooks with a
  Vietnamese BadInput; opens read-only and *not* data_only, so formula cells stay visible.
- `read_sheet`: finds the header row (a title line or two above it is tolerated), matches
  headers by name ignoring case, tone marks, '*' and anything in parentheses, skips blank
  rows, and reports formula cells as issues (their value is `FORMULA`).
- Cell typing: `cell_text`, `parse_date`, `parse_year`; `lookup_code` for code lists.
- `ImportIssue`: one problem of one cell (sheet, Excel row, column header, reason).
- Progress/cancel plumbing: `scaled`, `check_cancel`, `declared_rows`.

Touches no database; every function is safe in a worker thread.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from openpyxl import load_workbook
from openpyxl.utils.datetime import from_excel

from app.errors import BadInput, Cancelled
from app.messages import Msg, format_message
from app.rules.codes import GENDERS, lookup, lookup_gender
from app.rules.person import SheetColumn
from app.rules.vntext import clean_text, fold

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

__all__ = [
    "Progress",
    "IsCancelled",
    "ImportIssue",
    "FORMULA",
    "READ_STEP",
    "DATE_HINT",
    "header_key",
    "column_keys",
    "find_sheet",
    "open_workbook",
    "cell_text",
    "parse_date",
    "parse_year",
    "lookup_code",
    "choices",
    "scaled",
    "check_cancel",
    "read_sheet",
    "declared_rows",
    "chunks",
]

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

READ_STEP = 250  # rows between progress/cancel checks while reading
HEADER_SCAN_ROWS = 10  # a title line or two above the header row is tolerated
DATE_HINT = "cần dạng dd/mm/yyyy"

FORMULA = object()  # the value of a formula cell, already reported as an issue


@dataclasses.dataclass(frozen=True)
class ImportIssue:
    """One problem of one cell: sheet title, Excel row number, column header, reason."""

    sheet: str
    row: int
    column: str
    message: str

    def line(self) -> str:
        return format_message(
            "import.issue_line", {"sheet": self.sheet, "row": self.row, "column": self.column, "message": self.message}
        )


# ---------------------------------------------------------------- names


def header_key(text: object) -> str:
    """'Mã cán bộ *' / 'MA CAN BO' / 'Ngày sinh (dd/mm/yyyy)' → 'ma can bo' / 'ngay sinh'."""
    key = fold(clean_text(text))
    key = re.sub(r"\(.*?\)", " ", key).replace("*", " ").replace(":", " ")
    return " ".join(key.split())


def column_keys(columns: Sequence[SheetColumn]) -> dict[str, SheetColumn]:
    keys: dict[str, SheetColumn] = {}
    for column in columns:
        for name in (column.header, *column.aliases):
            keys.setdefault(header_key(name), column)
    return keys


def find_sheet(sheetnames: Sequence[str], wanted: str) -> str | None:
    """The workbook's title of sheet `wanted`, matched like headers; None if absent."""
    key = header_key(wanted)
    for name in sheetnames:
        if header_key(name) == key:
            return name
    return None


# ---------------------------------------------------------------- workbook


_ENCRYPTED_STREAMS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))


def is_encrypted_office_file(path: Path) -> bool:
    """Whether an OLE/CFB file is a password-protected Office Open XML file: Office stores
    the encrypted .xlsx as a CFB container whose directory holds the streams
    `EncryptedPackage` and `EncryptionInfo` (MS-OFFCRYPTO §2.3.4); an old .xls has neither."""
    try:
        with path.open("rb") as fh:
            data = fh.read(64 * 1024 * 1024)
    except OSError:
        return False
    return all(name in data for name in _ENCRYPTED_STREAMS)


def open_workbook(path: Path) -> tuple[Workbook, BinaryIO]:
    """(workbook, file object), both to be closed by the caller. Raises BadInput."""
    if not path.exists():
        raise BadInput("xlsx.not_found", path=path)
    if not path.is_file():
        raise BadInput("xlsx.not_a_file", path=path)
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise BadInput("xlsx.unreadable", path=path, strerror=exc.strerror or exc) from exc
    if head.startswith(b"\xd0\xcf\x11\xe0") and is_encrypted_office_file(path):
        raise BadInput("xlsx.encrypted", file=path.name)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise BadInput("xlsx.old_xls", file=path.name)
    if not zipfile.is_zipfile(path):
        raise BadInput("xlsx.not_xlsx", file=path.name)
    try:
        # A file object skips openpyxl's check of the extension (".XLSX", ".xlsx.bak" are fine).
        # Not data_only: formula cells must stay visible as formulas to be reported.
        fh = path.open("rb")
        try:
            wb = load_workbook(fh, read_only=True, data_only=False)
        except BaseException:
            fh.close()
            raise
    except OSError as exc:
        raise BadInput("xlsx.unreadable", path=path, strerror=exc.strerror or exc) from exc
    except Exception as exc:  # openpyxl raises many kinds for damaged or foreign zips
        raise BadInput("xlsx.invalid", file=path.name, exc=exc) from exc
    return wb, fh


def declared_rows(ws: ReadOnlyWorksheet) -> int:
    """The row count the sheet's dimension record declares (for a progress bar only).

    Read once per sheet: `max_row` inside a row loop rescans the sheet (quadratic).
    """
    try:
        return int(ws.max_row or 0)
    except (TypeError, ValueError):
        return 0


# ---------------------------------------------------------------- cells


def cell_text(value: object) -> str:
    """A cell as clean NFC text: 1001.0 → '1001', a date → 'dd/mm/yyyy', None → ''."""
    if value is None or value is FORMULA:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a code typed into a number cell: 1001.0 → "1001"
    elif isinstance(value, _dt.datetime):
        value = value.date().strftime("%d/%m/%Y") if value.time() == _dt.time() else value
    elif isinstance(value, _dt.date):
        value = value.strftime("%d/%m/%Y")
    return clean_text(value)


_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")
_YEAR = re.compile(r"^\d{4}$")


def parse_date(value: object, *, allow_year: bool) -> tuple[_dt.date | None, int | None, str | None]:
    """(date, year, reason): a date, a bare year (only if `allow_year`), or a reason."""
    if value is None or value == "" or value is FORMULA:
        return None, None, None
    if isinstance(value, _dt.datetime):
        return value.date(), None, None
    if isinstance(value, _dt.date):
        return value, None, None
    if isinstance(value, bool):
        return None, None, Msg("reason.not_a_date", date_hint=DATE_HINT)
    if isinstance(value, (int, float)):
        if float(value).is_integer() and 1000 <= value <= 9999:
            if allow_year:
                return None, int(value), None
            return None, None, Msg("reason.year_only", text=int(value), date_hint=DATE_HINT)
        if 10000 <= value <= 2958465 and float(value).is_integer():
            # An Excel date serial whose cell lost its date format.
            return from_excel(int(value)).date(), None, None
        return None, None, Msg("reason.value_not_a_date", value=cell_text(value), date_hint=DATE_HINT)
    text = clean_text(value)
    if not text:
        return None, None, None
    if _YEAR.match(text):
        if allow_year:
            return None, int(text), None
        return None, None, Msg("reason.year_only", text=text, date_hint=DATE_HINT)
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _YMD.match(text)
        if not match:
            return (
                None,
                None,
                Msg(
                    "reason.text_not_a_date",
                    text=text,
                    date_hint=DATE_HINT,
                    value=" hoặc chỉ ghi năm" if allow_year else "",
                ),
            )
        year, month, day = (int(g) for g in match.groups())
    try:
        return _dt.date(year, month, day), None, None
    except ValueError:
        return None, None, Msg("reason.no_such_day", text=text)


def parse_year(value: object) -> tuple[int | None, str | None]:
    """(year, reason) of a 'Năm' cell: 2023, 2023.0 or '2023'; (None, None) when blank."""
    if value is None or value is FORMULA:
        return None, None
    if isinstance(value, (bool, _dt.date, _dt.datetime)):
        return None, Msg("reason.year_4_digits")
    if isinstance(value, (int, float)):
        if float(value).is_integer():
            return int(value), None
        return None, Msg("reason.not_a_year", value=cell_text(value))
    text = clean_text(value)
    if not text:
        return None, None
    if text.isascii() and text.isdigit():
        return int(text), None
    return None, Msg("reason.not_a_year_4_digits", text=text)


_LOOKUP_CACHE: dict[tuple[int, str], str | None] = {}


def lookup_code(table: dict[str, str], value: str) -> str | None:
    """`codes.lookup` (code or label, ignoring case and tones), memoised: a file repeats
    the same few labels thousands of times. `table` must be a module-level constant."""
    key = (id(table), value)
    try:
        return _LOOKUP_CACHE[key]
    except KeyError:
        pass
    code = lookup_gender(value) if table is GENDERS else lookup(table, value)
    if len(_LOOKUP_CACHE) < 10_000:
        _LOOKUP_CACHE[key] = code
    return code


def choices(table: dict[str, str]) -> str:
    return "; ".join(table.values())


# ---------------------------------------------------------------- progress


def scaled(progress: Progress | None, start: int, end: int, scale: int = 1000) -> Progress | None:
    """A phase's `progress` mapped onto [start, end] of one bar of `scale` steps."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        fraction = done / total if total > 0 else 1.0
        progress(start + int((end - start) * min(fraction, 1.0)), scale)

    return report


def check_cancel(is_cancelled: IsCancelled | None) -> None:
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()


def chunks(items: Sequence, size: int) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# ---------------------------------------------------------------- sheets


def read_sheet(
    ws: ReadOnlyWorksheet,
    sheet: str,
    columns: Sequence[SheetColumn],
    issues: list[ImportIssue],
    tick: Callable[[], None],
    *,
    template: str = "staff",
) -> tuple[list[tuple[int, dict[str, object]]], frozenset[str]]:
    """Rows of one sheet as (excel row, field → raw value), and the fields present.

    Blank rows are skipped; blank cells are left out of the dict; formula cells become
    issues and their value is `FORMULA`. `tick()` is called every READ_STEP rows. Raises
    BadInput when a required column is missing (naming `tdkt-cli template <template>`).
    """
    keys = column_keys(columns)
    rows = ws.iter_rows(values_only=False)
    header_row = 0
    positions: dict[str, int] = {}
    # The header is the first row that names a required column; a title above it is fine.
    for excel_row, cells in enumerate(rows, start=1):
        found: dict[str, int] = {}
        for index, cell in enumerate(cells):
            column = keys.get(header_key(cell.value)) if cell.value is not None else None
            if column is not None and column.field not in found:
                found[column.field] = index
        if any(c.required and c.field in found for c in columns):
            header_row, positions = excel_row, found
            break
        if excel_row >= HEADER_SCAN_ROWS:
            break
    missing = [c.header for c in columns if c.required and c.field not in positions]
    if missing:
        names = ", ".join(f"'{m}'" for m in missing)
        raise BadInput("xlsx.missing_columns", sheet=sheet, names=names, template=template)
    by_field = {c.field: c for c in columns}
    wanted = sorted(positions.items(), key=lambda item: item[1])
    out: list[tuple[int, dict[str, object]]] = []
    for excel_row, cells in enumerate(rows, start=header_row + 1):
        values: dict[str, object] = {}
        blank = True
        for field, index in wanted:
            if index >= len(cells):
                continue
            cell = cells[index]
            value = cell.value
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            blank = False
            if cell.data_type == "f":
                issues.append(
                    ImportIssue(sheet, excel_row, by_field[field].header, Msg("reason.formula_cell_paste_values"))
                )
                values[field] = FORMULA
                continue
            values[field] = value
        if not blank:
            out.append((excel_row, values))
        if excel_row % READ_STEP == 0:
            tick()
    return out, frozenset(positions)
