"""History import from Excel: read → preview → apply (the GUI), or `run_import` (CLI).

The file has up to five sheets, laid out by `app.rules.history_sheets` (the blank template
`tdkt-cli template history`): "Xếp loại", "Khen thưởng", "Sáng kiến", "Kỷ luật",
"Nghỉ thai sản". Any may be missing; at least one must be there. Reading, header matching,
cell typing and formula refusal are those of the staff import (`app.services.xlsx_read`);
the field rules are those of the history screens (`app.services.history`).

Rules:
- All-or-nothing: any bad row means nothing is written, unless the caller asks for
  `only_valid`, which writes the good rows and reports the skipped ones.
- Every bad row is reported with its sheet, Excel row number, column and a Vietnamese reason.
- People and units must already exist (by code). Years run from `history.FIRST_YEAR` to the
  current year.
- Re-importing updates, never duplicates. A record is the same record when it has the same
  natural key: a rating (person, year); an award (person or unit, award, year); a sáng kiến
  (person, title ignoring case and tones, year); a discipline (person, measure, start
  date); a leave (person, start date). Two rows of the file with the same key are both
  errors. On update only the columns present in the file are changed.

Threads: `read_history_file` touches no database; `preview_history_import` and
`apply_history_import` use the caller's Session (one per thread). All may run in a worker
thread, accept `progress(done, total)` / `is_cancelled()` and raise `Cancelled`.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.db import utcnow
from app.errors import BadInput
from app.messages import Msg, format_message
from app.models import Award, AwardType, Discipline, Initiative, Leave, Person, Rating, Unit
from app.rules.catalogue import AWARD_TYPES
from app.rules.codes import DISCIPLINE_LEVELS, INITIATIVE_LEVELS, RATINGS
from app.rules.history_sheets import (
    HISTORY_SHEETS,
    INITIATIVE_KIND_ALIASES,
    INITIATIVE_LEVEL_ALIASES,
    alias_code,
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
from app.services.history import (
    FIRST_YEAR,
    INITIATIVE_KINDS,
    _discipline_errors,
    _initiative_errors,
    _period_errors,
    before_birth_error,
)
from app.services.xlsx_read import (
    FORMULA,
    ImportIssue,
    IsCancelled,
    Progress,
    cell_text,
    choices,
    chunks,
    lookup_code,
    parse_date,
    parse_year,
)

__all__ = [
    "ACTION_NEW",
    "ACTION_UPDATE",
    "ACTION_ERROR",
    "ACTION_UNCHANGED",
    "KIND_LABELS",
    "ImportIssue",
    "HistoryRecord",
    "HistoryFile",
    "HistoryPreviewRow",
    "HistoryPreview",
    "HistoryImportResult",
    "read_history_file",
    "preview_history_import",
    "apply_history_import",
    "run_import",
]

KIND_LABELS = {
    "rating": "xếp loại",
    "award": "khen thưởng",
    "initiative": "sáng kiến",
    "discipline": "kỷ luật",
    "leave": "nghỉ thai sản",
}

_MAX_LEN = {"decision_no": 50, "issuer": 255}

_COLUMNS = {kind: columns for kind, _, columns in HISTORY_SHEETS}
_SHEET_TITLES = {kind: title for kind, title, _ in HISTORY_SHEETS}
_HEADERS = {kind: {c.field: c.header for c in columns} for kind, columns in _COLUMNS.items()}
_YEAR_FIELDS = {"year"}
_DATE_FIELDS = {"decision_date", "recognised_date", "start_date", "end_date"}
# (kind, field) → (code table, short forms) of a coded column.
_CODED = {
    ("rating", "rating"): (RATINGS, {}),
    ("initiative", "kind"): (INITIATIVE_KINDS, INITIATIVE_KIND_ALIASES),
    ("initiative", "level"): (INITIATIVE_LEVELS, INITIATIVE_LEVEL_ALIASES),
    ("discipline", "level"): (DISCIPLINE_LEVELS, {}),
}


# ---------------------------------------------------------------- DTOs


@dataclasses.dataclass(frozen=True)
class HistoryRecord:
    """A typed row of one sheet. `values`: field → text, int (year), date or code; a blank,
    unreadable or formula cell is absent (its problem is already an issue)."""

    kind: str  # a key of KIND_LABELS
    sheet: str
    row: int
    values: Mapping[str, object]

    def text(self, field: str) -> str:
        value = self.values.get(field)
        return value if isinstance(value, str) else ""


@dataclasses.dataclass(frozen=True)
class HistoryFile:
    """The parsed file. `sheets`: kind → the sheet's title in the file (kinds present only);
    `fields`: kind → fields whose columns the sheet has."""

    path: Path
    records: tuple[HistoryRecord, ...]
    issues: tuple[ImportIssue, ...]
    sheets: Mapping[str, str]
    fields: Mapping[str, frozenset[str]]


@dataclasses.dataclass(frozen=True)
class HistoryPreviewRow:
    """One row of the preview: `subject` is the person's or unit's code."""

    sheet: str
    row: int
    kind: str
    subject: str
    summary: str
    action: str  # ACTION_NEW, ACTION_UPDATE or ACTION_ERROR


@dataclasses.dataclass(frozen=True)
class HistoryPreview:
    """What an import would do, row by row, with every problem found. Counts by kind."""

    rows: tuple[HistoryPreviewRow, ...]
    issues: tuple[ImportIssue, ...]
    new: Mapping[str, int]
    updated: Mapping[str, int]
    bad: Mapping[str, int]
    unchanged: Mapping[str, int] = dataclasses.field(default_factory=dict)

    @property
    def has_errors(self) -> bool:
        return bool(self.issues)

    @property
    def bad_rows(self) -> int:
        return sum(self.bad.values())

    def report_lines(self) -> list[str]:
        return [issue.line() for issue in self.issues]


@dataclasses.dataclass(frozen=True)
class HistoryImportResult:
    """What an import did (or, with `dry_run`, would do), counted by kind. `unchanged`:
    existing records whose values were already those of the file."""

    created: Mapping[str, int]
    updated: Mapping[str, int]
    skipped_rows: int
    issues: tuple[ImportIssue, ...]
    dry_run: bool
    unchanged: Mapping[str, int] = dataclasses.field(default_factory=dict)
    written: bool = False
    backup_path: Path | None = None

    @property
    def has_errors(self) -> bool:
        return bool(self.issues)

    def counts_text(self) -> str:
        kinds = [k for k in KIND_LABELS if k in self.created or k in self.updated]
        parts = [
            format_message(
                "import.history_kind_counts",
                {"kind": KIND_LABELS[k], "new": self.created.get(k, 0), "updated": self.updated.get(k, 0)},
            )
            for k in kinds
        ]
        unchanged = sum(self.unchanged.values())
        if unchanged:
            parts.append(format_message("import.unchanged", {"count": unchanged}))
        return "; ".join(parts) if parts else format_message("import.no_rows", {})

    def summary(self) -> str:
        return result_summary(
            counts=self.counts_text(),
            issues=len(self.issues),
            skipped=self.skipped_rows,
            dry_run=self.dry_run,
            written=self.written,
            kind="history",
        )

    def report_lines(self) -> list[str]:
        return [issue.line() for issue in self.issues]


# ---------------------------------------------------------------- reading


def _record(kind: str, sheet: str, excel_row: int, raw: dict[str, object], issues: list[ImportIssue]) -> HistoryRecord:
    values: dict[str, object] = {}
    headers = _HEADERS[kind]
    for field, value in raw.items():
        if value is FORMULA:
            continue
        if field in _YEAR_FIELDS:
            year, reason = parse_year(value)
            if reason:
                issues.append(ImportIssue(sheet, excel_row, headers[field], reason))
            elif year is not None:
                values[field] = year
        elif field in _DATE_FIELDS:
            day, _, reason = parse_date(value, allow_year=False)
            if reason:
                issues.append(ImportIssue(sheet, excel_row, headers[field], reason))
            elif day is not None:
                values[field] = day
        elif (kind, field) in _CODED:
            table, aliases = _CODED[(kind, field)]
            text = cell_text(value)
            code = lookup_code(table, text) or alias_code(aliases, text)
            if code is None:
                issues.append(
                    ImportIssue(
                        sheet, excel_row, headers[field], Msg("reason.not_in_list", text=text, table=choices(table))
                    )
                )
            else:
                values[field] = code
        else:
            text = cell_text(value)
            if text:
                values[field] = text
    return HistoryRecord(kind, sheet, excel_row, values)


def read_history_file(
    path: str | Path, *, progress: Progress | None = None, is_cancelled: IsCancelled | None = None
) -> HistoryFile:
    """Read and type every history sheet of a file; cell-level problems become issues.

    Raises BadInput (file missing, not an xlsx, damaged, no history sheet, a required
    column missing) and Cancelled. Touches no database; safe in a worker thread.
    """
    path = Path(path)

    def check_sheets(found: dict[str, str], sheetnames: list[str]) -> None:
        if not found:
            wanted = ", ".join(f"'{title}'" for _, title, _ in HISTORY_SHEETS)
            raise BadInput(
                "import.history_no_sheet",
                file=path.name,
                wanted=wanted,
                sheetnames=", ".join(sheetnames),
            )

    def check_fields(kind: str, name: str, present: frozenset[str]) -> None:
        if kind == "award" and not present & {"person_code", "unit_code"}:
            raise BadInput("import.history_key_columns", name=name)

    book = read_workbook(
        path,
        _SHEETS,
        _record,
        check_sheets=check_sheets,
        check_fields=check_fields,
        template="history",
        progress=progress,
        is_cancelled=is_cancelled,
    )
    records = [rec for rows in book.sheets.values() for rec in rows.records]
    sheets = {kind: rows.name for kind, rows in book.sheets.items()}
    fields = {kind: rows.fields for kind, rows in book.sheets.items()}
    return HistoryFile(path, tuple(records), tuple(book.issues), sheets, fields)


_SHEETS = tuple(SheetSpec(kind, title, columns) for kind, title, columns in HISTORY_SHEETS)


# ---------------------------------------------------------------- validation


@dataclasses.dataclass(frozen=True)
class _Kind:
    """How one kind is stored: its model, natural key columns and updatable columns."""

    model: type[Rating] | type[Award] | type[Initiative] | type[Discipline] | type[Leave]
    key_cols: tuple[str, ...]
    value_cols: tuple[str, ...]


_KINDS = {
    "rating": _Kind(Rating, ("person_id", "year"), ("rating",)),
    "award": _Kind(Award, ("person_id", "unit_id", "award_code", "year"), ("decision_no", "decision_date", "issuer")),
    "initiative": _Kind(
        Initiative, ("person_id", "title", "year"), ("title", "kind", "level", "recognised_date", "authors")
    ),
    "discipline": _Kind(Discipline, ("person_id", "level", "start_date"), ("end_date", "note")),
    "leave": _Kind(Leave, ("person_id", "kind", "start_date"), ("end_date", "note")),
}
# The column of the file a duplicate key is reported on.
_DUPLICATE_FIELD = {
    "rating": "year",
    "award": "award",
    "initiative": "title",
    "discipline": "start_date",
    "leave": "start_date",
}


def _key(kind: str, values: Mapping[str, Any]) -> tuple:
    spec = _KINDS[kind]
    return tuple(fold(values[c]) if c == "title" else values[c] for c in spec.key_cols)


@dataclasses.dataclass
class _Item:
    """A record that passed the row checks: what to insert, and what an update may change."""

    rec: HistoryRecord
    key: tuple
    insert: dict[str, Any]  # field → value of its column (int, str, date, None)
    update: dict[str, Any]


@dataclasses.dataclass
class _Plan:
    """The outcome of validating a HistoryFile against the database (internal)."""

    issues: list[ImportIssue]
    bad: set[tuple[str, int]]  # (sheet, row)
    items: list[_Item]  # good records only
    existing: dict[str, dict[tuple, tuple[int, dict[str, object]]]]  # kind → key → (id, current values)

    @property
    def has_errors(self) -> bool:
        return bool(self.issues)


def _ids_by_code(
    session: Session, model: type[Person] | type[Unit], codes: set[str], *extra: InstrumentedAttribute[Any]
) -> dict[str, tuple]:
    """Upper-cased code → (id, *extra); codes match whatever their case (vptw-001 = VPTW-001)."""
    found: dict[str, tuple] = {}
    wanted = sorted({c.upper() for c in codes} | codes)
    for chunk in chunks(wanted, IN_CHUNK):
        for row in session.execute(select(model.code, model.id, *extra).where(model.code.in_(chunk))):
            found[row[0].upper()] = tuple(row[1:])
    return found


def _award_codes(session: Session) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """(folded code or name → code, code → (name, subject)) of the database's catalogue;
    the seeded names are accepted too, in case the office renamed an entry."""
    types = {
        code: (name, subject)
        for code, name, subject in session.execute(select(AwardType.code, AwardType.name, AwardType.subject))
    }
    by_text: dict[str, str] = {}
    for spec in AWARD_TYPES:
        if spec.code in types:
            by_text.setdefault(fold(spec.name), spec.code)
    for code, (name, _) in types.items():
        by_text[fold(name)] = code
    for code in types:
        by_text[fold(code)] = code
    return by_text, types


def _validate(session: Session, hf: HistoryFile, *, today: _dt.date) -> _Plan:
    issues: list[ImportIssue] = list(hf.issues)
    bad: set[tuple[str, int]] = {(i.sheet, i.row) for i in hf.issues}
    reported = {(i.sheet, i.row, i.column) for i in hf.issues}

    def add(rec: HistoryRecord, field: str, message: str) -> None:
        # One reason per cell: a cell already reported is not reported again.
        column = _HEADERS[rec.kind][field]
        bad.add((rec.sheet, rec.row))
        if (rec.sheet, rec.row, column) in reported:
            return
        reported.add((rec.sheet, rec.row, column))
        issues.append(ImportIssue(rec.sheet, rec.row, column, message))

    people = _ids_by_code(
        session,
        Person,
        {r.text("person_code") for r in hf.records} - {""},
        Person.leader_level,
        Person.birth_year,
        Person.birth_date,
    )
    units = _ids_by_code(session, Unit, {r.text("unit_code") for r in hf.records if r.kind == "award"} - {""})
    award_by_text, award_types = _award_codes(session) if "award" in hf.sheets else ({}, {})
    last_year = today.year

    candidates: list[_Item] = []
    for rec in hf.records:
        v: Mapping[str, Any] = rec.values  # typed by the reader: text, int (year), date or code
        for column in _COLUMNS[rec.kind]:
            if column.required and column.field not in v:
                add(rec, column.field, Msg("reason.required"))
        person_code, unit_code = rec.text("person_code").upper(), rec.text("unit_code").upper()
        person_id = unit_id = None
        if rec.kind == "award":
            if person_code and unit_code:
                add(rec, "unit_code", Msg("reason.person_xor_unit_code"))
            elif not person_code and not unit_code:
                add(rec, "person_code", Msg("reason.person_or_unit_code"))
        if person_code:
            if person_code in people:
                person_id = people[person_code][0]
            else:
                add(rec, "person_code", Msg("reason.unknown_person_code_import_staff", person_code=person_code))
        if unit_code:
            if unit_code in units:
                unit_id = units[unit_code][0]
            else:
                add(rec, "unit_code", Msg("reason.unknown_unit_code_db", unit_code=unit_code))
        year = v.get("year")
        if isinstance(year, int) and not FIRST_YEAR <= year <= last_year:
            add(rec, "year", Msg("reason.year_out_of_range", year=year, first_year=FIRST_YEAR, last_year=last_year))
            year = None
        birth_year = None
        if person_id is not None:
            _pid, _level, b_year, b_date = people[person_code]
            birth_year = b_date.year if b_date is not None else b_year
        if rec.kind in ("rating", "award") and (msg := before_birth_error(birth_year, year)):
            add(rec, "year", msg)
            year = None
        for field in ("start_date",):
            day = v.get(field)
            if (
                rec.kind in ("leave", "discipline")
                and isinstance(day, _dt.date)
                and (msg := before_birth_error(birth_year, day.year))
            ):
                add(rec, field, msg)

        errors: dict[str, str] = {}
        row: dict[str, Any] = {}
        if rec.kind == "rating":
            row = {"person_id": person_id, "year": year, "rating": v.get("rating")}
        elif rec.kind == "award":
            raw = rec.text("award")
            code = award_by_text.get(fold(raw)) if raw else None
            if raw and code is None:
                errors["award"] = Msg("reason.unknown_award_value", raw=raw)
            elif code is not None and (person_code or unit_code) and not (person_code and unit_code):
                name, subject = award_types[code]
                if subject == "TAP_THE" and person_code:
                    errors["award"] = Msg("reason.award_for_collectives", name=name)
                elif subject != "TAP_THE" and unit_code:
                    errors["award"] = Msg("reason.award_for_individuals", name=name)
            for field, limit in _MAX_LEN.items():
                if len(rec.text(field)) > limit:
                    errors[field] = Msg("reason.too_long", max_len=limit)
            decision_date = v.get("decision_date")
            if decision_date is not None and year is not None and decision_date < _dt.date(year, 1, 1):
                errors["decision_date"] = Msg("reason.before_award_year", year=year)
            row = {
                "person_id": person_id,
                "unit_id": unit_id,
                "award_code": code,
                "year": year,
                "decision_no": rec.text("decision_no"),
                "decision_date": decision_date,
                "issuer": rec.text("issuer"),
                "subject_category": people[person_code][1] if person_id is not None else "",
            }
        elif rec.kind == "initiative":
            row = {
                "person_id": person_id,
                "title": rec.text("title"),
                "kind": v.get("kind", "SANG_KIEN"),
                "level": v.get("level"),
                "year": year,
                "recognised_date": v.get("recognised_date"),
                "authors": rec.text("authors"),
            }
            # The rules of the history screens (without an award link they query nothing).
            errors.update(
                _initiative_errors(
                    session,
                    person_id or 0,
                    row["title"],
                    row["kind"] or "SANG_KIEN",
                    row["level"] or "CO_SO",
                    year if year is not None else last_year,
                    row["recognised_date"],
                    row["authors"],
                    None,
                    None,
                )
            )
            if year is None:
                errors.pop("recognised_date", None)
        elif rec.kind == "discipline":
            row = {
                "person_id": person_id,
                "level": v.get("level"),
                "start_date": v.get("start_date"),
                "end_date": v.get("end_date"),
                "note": rec.text("note"),
            }
            errors.update(
                _discipline_errors(row["level"] or "KHIEN_TRACH", row["start_date"], row["end_date"], row["note"])
            )
        elif rec.kind == "leave":
            row = {
                "person_id": person_id,
                "kind": "THAI_SAN",
                "start_date": v.get("start_date"),
                "end_date": v.get("end_date"),
                "note": rec.text("note"),
            }
            errors.update(_period_errors(row["start_date"], row["end_date"]))
            if len(row["note"]) > 500:
                errors["note"] = Msg("reason.too_long_500")
        for field, reason in errors.items():
            add(rec, field, reason)
        if (rec.sheet, rec.row) in bad:
            continue
        present = hf.fields.get(rec.kind, frozenset())
        spec = _KINDS[rec.kind]
        changes = {c: row[c] for c in spec.value_cols if c in present}
        candidates.append(_Item(rec, _key(rec.kind, row), row, changes))

    # Duplicates inside the file: every row of a repeated key is an error.
    rows_by_key: dict[tuple, list[_Item]] = {}
    for item in candidates:
        rows_by_key.setdefault((item.rec.kind, item.key), []).append(item)
    for (kind, _), items in rows_by_key.items():
        if len(items) < 2:
            continue
        field = _DUPLICATE_FIELD[kind]
        rows = [i.rec.row for i in items]
        for item in items:
            others = ", ".join(str(r) for r in rows if r != item.rec.row)
            add(item.rec, field, Msg("reason.duplicate_rows", others=others, kind=_duplicate_what(kind)))
    good = [i for i in candidates if (i.rec.sheet, i.rec.row) not in bad]
    _check_leave_overlaps(session, good, add)
    good = [i for i in good if (i.rec.sheet, i.rec.row) not in bad]
    existing = _existing(session, good)

    sheet_order = {hf.sheets[k]: n for n, k in enumerate(KIND_LABELS) if k in hf.sheets}
    column_order = {(hf.sheets[k], c.header): n for k in hf.sheets for n, c in enumerate(_COLUMNS[k])}
    issues.sort(key=lambda i: (sheet_order.get(i.sheet, 99), i.row, column_order.get((i.sheet, i.column), 99)))
    return _Plan(issues, bad, good, existing)


def _check_leave_overlaps(session: Session, items: list[_Item], add: Callable[[HistoryRecord, str, str], None]) -> None:
    """Leaves of one person may not overlap: neither two rows of the file nor a row and a
    stored leave (a stored leave with the same start is the one the row updates)."""
    by_person: dict[int, list[_Item]] = {}
    for item in items:
        if item.rec.kind == "leave" and item.insert.get("start_date") and item.insert.get("end_date"):
            by_person.setdefault(item.insert["person_id"], []).append(item)
    stored: dict[int, list[tuple[_dt.date, _dt.date]]] = {}
    for chunk in chunks(sorted(by_person), IN_CHUNK):
        for pid, start, end in session.execute(
            select(Leave.person_id, Leave.start_date, Leave.end_date).where(Leave.person_id.in_(chunk))
        ):
            stored.setdefault(pid, []).append((start, end))
    for pid, rows in by_person.items():
        starts = {i.insert["start_date"] for i in rows}
        kept = [(s, e) for s, e in stored.get(pid, []) if s not in starts]
        for item in rows:
            s, e = item.insert["start_date"], item.insert["end_date"]
            others = [
                o.rec.row for o in rows if o is not item and o.insert["start_date"] <= e and o.insert["end_date"] >= s
            ]
            if others:
                add(
                    item.rec,
                    "start_date",
                    "trùng thời gian nghỉ với dòng " + ", ".join(map(str, others)) + " (cùng cán bộ)",
                )
                continue
            for s2, e2 in kept:
                if s2 <= e and e2 >= s:
                    add(item.rec, "start_date", Msg("reason.leave_overlap", s2=s2, e2=e2))
                    break


def _duplicate_what(kind: str) -> str:
    return {
        "rating": "cán bộ và năm",
        "award": "đối tượng, danh hiệu và năm",
        "initiative": "cán bộ, tên và năm",
        "discipline": "cán bộ, hình thức và ngày bắt đầu",
        "leave": "cán bộ và ngày bắt đầu",
    }[kind]


def _existing(session: Session, items: list[_Item]) -> dict[str, dict[tuple, tuple[int, dict[str, object]]]]:
    """Kind → natural key → (id, current updatable values) of the records already stored
    for the people and units of `items`."""
    out: dict[str, dict[tuple, tuple[int, dict[str, object]]]] = {}
    for kind, spec in _KINDS.items():
        kind_items = [i for i in items if i.rec.kind == kind]
        if not kind_items:
            continue
        found: dict[tuple, tuple[int, dict[str, object]]] = {}
        model = spec.model
        cols = list(dict.fromkeys([*spec.key_cols, *spec.value_cols]))
        owners = [
            ("person_id", sorted({i.insert["person_id"] for i in kind_items if i.insert.get("person_id") is not None}))
        ]
        if kind == "award":
            owners.append(
                ("unit_id", sorted({i.insert["unit_id"] for i in kind_items if i.insert.get("unit_id") is not None}))
            )
        for owner, ids in owners:
            for chunk in chunks(ids, IN_CHUNK):
                stmt = select(model.id, *[getattr(model, c) for c in cols]).where(getattr(model, owner).in_(chunk))
                for row in session.execute(stmt):
                    values = dict(zip(cols, row[1:]))
                    found.setdefault(_key(kind, values), (row[0], {c: values[c] for c in spec.value_cols}))
        out[kind] = found
    return out


# ---------------------------------------------------------------- preview


def _describe(rec: HistoryRecord) -> tuple[str, str]:
    v: Mapping[str, Any] = rec.values
    subject = rec.text("person_code") or rec.text("unit_code")
    parts = [str(v[f]) for f in ("year", "rating", "award", "title", "level") if f in v]
    for f in ("start_date", "end_date"):
        if f in v:
            parts.append(v[f].strftime("%d/%m/%Y"))
    return subject, " · ".join(parts)


def preview_history_import(session: Session, hf: HistoryFile, *, today: _dt.date | None = None) -> HistoryPreview:
    """Check the whole file against the database and say, row by row, what would happen.

    Reads only; may run in a worker thread with that thread's Session.
    """
    return preview_kind(import_kind(today), session, hf)


def _preview(hf: HistoryFile, plan: _Plan) -> HistoryPreview:
    items = {(i.rec.sheet, i.rec.row): i for i in plan.items}
    new: dict[str, int] = {k: 0 for k in hf.sheets}
    updated: dict[str, int] = {k: 0 for k in hf.sheets}
    bad: dict[str, int] = {k: 0 for k in hf.sheets}
    unchanged: dict[str, int] = {k: 0 for k in hf.sheets}
    rows: list[HistoryPreviewRow] = []
    for rec in hf.records:
        item = items.get((rec.sheet, rec.row))
        current = plan.existing.get(rec.kind, {}).get(item.key) if item is not None else None
        if item is None:
            action, counter = ACTION_ERROR, bad
        elif current is not None and all(current[1].get(c) == v for c, v in item.update.items()):
            action, counter = ACTION_UNCHANGED, unchanged  # what _write would leave as it is
        elif current is not None:
            action, counter = ACTION_UPDATE, updated
        else:
            action, counter = ACTION_NEW, new
        counter[rec.kind] += 1
        subject, summary = _describe(rec)
        rows.append(HistoryPreviewRow(rec.sheet, rec.row, rec.kind, subject, summary, action))
    return HistoryPreview(tuple(rows), tuple(plan.issues), new, updated, bad, unchanged)


# ---------------------------------------------------------------- writing


def apply_history_import(
    session: Session,
    hf: HistoryFile,
    *,
    only_valid: bool = False,
    backup_engine: Engine | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    today: _dt.date | None = None,
) -> HistoryImportResult:
    """Validate again (the database may have changed since the preview) and write.

    With any issue and not `only_valid`, raises BadInput (params: `detail`, `issues`)
    before writing anything. Raises Cancelled. The caller owns the transaction and must
    roll it back on any exception (`with factory.begin()` does). With `backup_engine`, a
    SQLite database is backed up (reason "truoc-nhap") before the first write.
    Worker-thread safe.
    """
    return apply_kind(
        import_kind(today),
        session,
        hf,
        only_valid=only_valid,
        backup_engine=backup_engine,
        progress=progress,
        is_cancelled=is_cancelled,
    )


def import_kind(today: _dt.date | None = None) -> ImportKind[HistoryFile, _Plan, HistoryPreview, HistoryImportResult]:
    """The history import's steps for the pipeline of `app.services.excel_import`."""

    def dry_run_result(hf: HistoryFile, plan: _Plan) -> HistoryImportResult:
        preview = _preview(hf, plan)
        return HistoryImportResult(
            dict(preview.new), dict(preview.updated), preview.bad_rows, preview.issues, dry_run=True
        )

    return ImportKind(
        read=read_history_file,
        validate=lambda session, hf: _validate(session, hf, today=today or _dt.date.today()),
        preview=_preview,
        write=_write,
        refused=lambda plan: refused(plan.issues, len(plan.bad)),
        dry_run_result=dry_run_result,
        not_written=lambda hf, plan: HistoryImportResult({}, {}, len(plan.bad), tuple(plan.issues), dry_run=False),
    )


def _write(
    session: Session,
    hf: HistoryFile,
    plan: _Plan,
    *,
    backup_engine: Engine | None,
    progress: Progress | None,
    is_cancelled: IsCancelled | None,
) -> HistoryImportResult:
    user = current_user()
    now = utcnow()
    step = WriteSteps(len(plan.items), progress, is_cancelled)
    backup_path = backup_before_write(backup_engine, step.total, is_cancelled)
    created = {k: 0 for k in hf.sheets}
    updated = {k: 0 for k in hf.sheets}
    unchanged = {k: 0 for k in hf.sheets}
    conn = session.connection()
    try:
        for kind, spec in _KINDS.items():
            items = [i for i in plan.items if i.rec.kind == kind]
            if not items:
                continue
            existing = plan.existing.get(kind, {})
            new_rows: list[dict] = []
            changes: list[dict] = []
            for item in items:
                current = existing.get(item.key)
                if current is None:
                    new_rows.append({**item.insert, "version": 1, "updated_at": now, "updated_by": user})
                    continue
                record_id, values = current
                diff = {c: v for c, v in item.update.items() if values.get(c) != v}
                if diff:
                    # Every update sets the same columns (those of the file) so that one
                    # executemany statement serves them all.
                    changes.append({"b_id": record_id, **{f"b_{c}": v for c, v in item.update.items()}})
                else:
                    unchanged[kind] += 1
            for chunk in chunks(new_rows, WRITE_CHUNK):
                session.execute(insert(spec.model), list(chunk))
                step(len(chunk))
            bulk_update(conn, cast(Table, spec.model.__table__), changes, now=now, user=user, step=step)
            step(unchanged[kind])
            created[kind], updated[kind] = len(new_rows), len(changes)
    except IntegrityError as exc:
        raise BadInput("import.concurrent_change_record") from exc
    step.finish()
    return HistoryImportResult(
        created,
        updated,
        len(plan.bad),
        tuple(plan.issues),
        dry_run=False,
        unchanged=unchanged,
        written=True,
        backup_path=backup_path,
    )


# ---------------------------------------------------------------- CLI entry


def run_import(
    session: Session,
    *,
    kind: str = "history",
    path: str | Path,
    dry_run: bool = False,
    only_valid: bool = False,
    backup_engine: Engine | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    today: _dt.date | None = None,
) -> HistoryImportResult:
    """Read, validate and (unless `dry_run`, or errors without `only_valid`) write.

    Same contract as `staff_import.run_import`: never raises for bad rows (they are in
    `result.issues`; `result.written` is False when nothing was written because of them).
    Raises BadInput for an unreadable file or a kind other than "history", and Cancelled.
    """
    if kind != "history":
        raise BadInput("import.history_kind", kind=kind)
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
