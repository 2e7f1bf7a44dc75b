"""One pipeline for every Excel import (staff, history, nominations).

read → check every row → preview → write in one transaction → report. A kind of import
(`app.services.staff_import`, `history_import`, `nomination_import`) supplies what differs
— its sheets and row parser (`read_workbook`), its checks against the database, its
preview and its writer — as an `ImportKind`; the drivers here (`run_kind`, `apply_kind`)
chain the steps the same way for all: progress on one bar of 1000 steps (reading 0–600,
checking to 650, writing 650–1000), cancel checks between steps, all-or-nothing unless
the caller asks for only the valid rows, and the issue report.

The reading side (cells, headers, dates, code lists) is `app.services.xlsx_read`; the
writing helpers here (`WriteSteps`, `backup_before_write`, `bulk_update`) are what every
writer shares. Touches the database only through the caller's Session; worker-thread safe.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from sqlalchemy import Table, bindparam, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from app.errors import BadInput, Cancelled
from app.messages import format_message
from app.rules.person import SheetColumn
from app.services.backup import backup_database
from app.services.xlsx_read import (
    READ_STEP,
    ImportIssue,
    IsCancelled,
    Progress,
    check_cancel,
    chunks,
    declared_rows,
    find_sheet,
    open_workbook,
    read_sheet,
    scaled,
)

__all__ = [
    "ACTION_NEW",
    "ACTION_UPDATE",
    "ACTION_ERROR",
    "ACTION_UNCHANGED",
    "WRITE_CHUNK",
    "IN_CHUNK",
    "SheetSpec",
    "SheetRows",
    "WorkbookRows",
    "read_workbook",
    "Plan",
    "ImportKind",
    "preview_kind",
    "run_kind",
    "apply_kind",
    "refused",
    "result_summary",
    "WriteSteps",
    "backup_before_write",
    "bulk_update",
]

ACTION_NEW = "thêm mới"
ACTION_UPDATE = "cập nhật"
ACTION_ERROR = "lỗi"
ACTION_UNCHANGED = "không đổi"  # an existing record whose values are already those of the file

WRITE_CHUNK = 2000  # rows per executemany while writing
IN_CHUNK = 500  # keys per "IN (...)" query (SQLite's variable limit)

R = TypeVar("R")  # a parsed row (record) of one kind
D = TypeVar("D")  # a parsed file
P = TypeVar("P", bound="Plan")  # the outcome of the checks
V = TypeVar("V")  # a preview
T = TypeVar("T")  # an import result


# ---------------------------------------------------------------- reading


@dataclasses.dataclass(frozen=True)
class SheetSpec:
    """One sheet an import reads: `key` names it in the results (a kind, a subject),
    `title` is its title in the template, `columns` its layout."""

    key: str
    title: str
    columns: Sequence[SheetColumn]


@dataclasses.dataclass(frozen=True)
class SheetRows(Generic[R]):
    """The parsed rows of one sheet: its title in the file, the fields whose columns it
    has, and its records in file order."""

    name: str
    fields: frozenset[str]
    records: list[R]


@dataclasses.dataclass(frozen=True)
class WorkbookRows(Generic[R]):
    """Every sheet found, key → rows (in the order of the specs), and the problems met."""

    sheets: dict[str, SheetRows[R]]
    issues: list[ImportIssue]


def read_workbook(
    path: Path,
    specs: Sequence[SheetSpec],
    parse_row: Callable[[str, str, int, dict[str, object], list[ImportIssue]], R],
    *,
    check_sheets: Callable[[dict[str, str], list[str]], None],
    template: str,
    check_fields: Callable[[str, str, frozenset[str]], None] | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> WorkbookRows[R]:
    """Open `path`, find the sheets of `specs` and parse every non-blank row.

    `check_sheets(found key → title, all titles)` raises BadInput when the sheets the kind
    needs are missing; `check_fields(key, title, fields present)` may refuse a sheet's
    columns; `parse_row(key, title, excel row, field → raw value, issues)` types one row,
    adding cell-level problems to `issues`. Raises BadInput (missing, not an xlsx, damaged,
    a required column missing) and Cancelled. Touches no database.
    """
    wb, fh = open_workbook(path)
    try:
        found = {spec.key: name for spec in specs if (name := find_sheet(wb.sheetnames, spec.title)) is not None}
        check_sheets(found, list(wb.sheetnames))
        # max_row is read once per sheet, from the file's dimension record, only to size
        # the progress bar; inside the loop it would rescan the sheet (quadratic).
        total = sum(declared_rows(wb[name]) for name in found.values())
        done = 0

        def tick() -> None:
            nonlocal done
            done += READ_STEP
            check_cancel(is_cancelled)
            if progress is not None:
                progress(min(done, total), total)

        issues: list[ImportIssue] = []
        sheets: dict[str, SheetRows[R]] = {}
        for spec in specs:
            name = found.get(spec.key)
            if name is None:
                continue
            check_cancel(is_cancelled)
            ws = wb[name]
            ws.reset_dimensions()
            raw_rows, present = read_sheet(ws, name, spec.columns, issues, tick, template=template)
            if check_fields is not None:
                check_fields(spec.key, name, present)
            records = [parse_row(spec.key, name, r, v, issues) for r, v in raw_rows]
            sheets[spec.key] = SheetRows(name, present, records)
    except (BadInput, Cancelled):
        raise
    except Exception as exc:  # a damaged sheet part surfaces only while iterating
        raise BadInput("import.content_unreadable", file=path.name, exc=exc) from exc
    finally:
        wb.close()
        fh.close()
    if progress is not None:
        progress(total, total)
    return WorkbookRows(sheets, issues)


# ---------------------------------------------------------------- the drivers


class Plan(Protocol):
    """What the checks of a kind hand to its preview and writer: at least the issues, and
    whether anything is bad (a row may be bad without an issue of its own)."""

    issues: list[ImportIssue]

    @property
    def has_errors(self) -> bool: ...


@dataclasses.dataclass(frozen=True)
class ImportKind(Generic[D, P, V, T]):
    """The steps of one kind of import; the drivers chain them.

    `validate(session, data)` checks every row against the database (reads only);
    `preview(data, plan)` says row by row what would happen; `write(session, data, plan,
    backup_engine=, progress=, is_cancelled=)` writes the good rows; `refused(plan)` is the
    BadInput of an all-or-nothing import with bad rows; `dry_run_result` / `not_written`
    are the results of a check-only run and of a run that wrote nothing because of errors.
    """

    read: Callable[..., D]
    validate: Callable[[Session, D], P]
    preview: Callable[[D, P], V]
    write: Callable[..., T]
    refused: Callable[[P], BadInput]
    dry_run_result: Callable[[D, P], T]
    not_written: Callable[[D, P], T]


def preview_kind(kind: ImportKind[D, P, V, T], session: Session, data: D) -> V:
    """Check every row against the database and say, row by row, what would happen: the
    wizard's preview page. Reads only."""
    return kind.preview(data, kind.validate(session, data))


def run_kind(
    kind: ImportKind[D, P, V, T],
    session: Session,
    path: str | Path,
    *,
    dry_run: bool = False,
    only_valid: bool = False,
    backup_engine: Engine | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> T:
    """Read, check and (unless `dry_run`, or errors without `only_valid`) write: the CLI path.

    Never raises for bad rows (they are in the result's issues). Raises BadInput for an
    unreadable file, and Cancelled.
    """
    data = kind.read(path, progress=scaled(progress, 0, 600), is_cancelled=is_cancelled)
    plan = kind.validate(session, data)
    check_cancel(is_cancelled)
    if progress is not None:
        progress(650, 1000)
    if dry_run:
        return kind.dry_run_result(data, plan)
    if plan.has_errors and not only_valid:
        return kind.not_written(data, plan)
    return kind.write(
        session,
        data,
        plan,
        backup_engine=backup_engine,
        progress=scaled(progress, 650, 1000),
        is_cancelled=is_cancelled,
    )


def apply_kind(
    kind: ImportKind[D, P, V, T],
    session: Session,
    data: D,
    *,
    only_valid: bool = False,
    backup_engine: Engine | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> T:
    """Check again (the database may have changed since the preview) and write: the GUI path.

    With any bad row and not `only_valid`, raises `kind.refused(plan)` before writing
    anything; raises Cancelled. The caller owns the transaction and must roll it back on
    any exception (`with factory.begin()` does).
    """
    plan = kind.validate(session, data)
    if plan.has_errors and not only_valid:
        raise kind.refused(plan)
    return kind.write(session, data, plan, backup_engine=backup_engine, progress=progress, is_cancelled=is_cancelled)


def refused(issues: Sequence[ImportIssue], bad_rows: int) -> BadInput:
    """The error of an all-or-nothing import whose file has bad rows (params `issues` too)."""
    return BadInput("import.rows_bad_or_valid_only", n_issues=len(issues), n_bad=bad_rows, issues=tuple(issues))


def result_summary(
    *, counts: str, issues: int, skipped: int, dry_run: bool, written: bool, kind: str = "history"
) -> str:
    """The one-line report of an import result (CLI and the wizard's last page), in the
    current language; `kind` "staff" or "history" picks the wording of the done line."""
    errors = format_message("import.errors_in_rows", {"issues": issues, "rows": skipped})
    if dry_run:
        if issues:
            return format_message("import.dry_run_errors", {"errors": errors, "counts": counts})
        return format_message("import.dry_run_ok", {"counts": counts})
    if not written and issues:
        return format_message("import.nothing_written_valid_only", {"errors": errors})
    if issues:
        return format_message(f"import.{kind}_done_skipped", {"counts": counts, "skipped": skipped})
    return format_message(f"import.{kind}_done", {"counts": counts})


# ---------------------------------------------------------------- writing


class WriteSteps:
    """Progress and cancel checks of a write phase of `total` rows: call it with the rows
    just written; `finish()` fills the bar."""

    def __init__(self, total: int, progress: Progress | None, is_cancelled: IsCancelled | None) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._is_cancelled = is_cancelled

    def __call__(self, n: int) -> None:
        self.done += n
        check_cancel(self._is_cancelled)
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.total, self.total)


def backup_before_write(backup_engine: Engine | None, rows: int, is_cancelled: IsCancelled | None) -> Path | None:
    """Checks cancel, then backs a SQLite database up (reason "truoc-nhap") when there is
    anything to write and the caller asked for it; the backup's path or None."""
    check_cancel(is_cancelled)
    if backup_engine is None or not rows:
        return None
    return backup_database(backup_engine, reason="truoc-nhap")


def bulk_update(
    conn: Connection,
    table: Table,
    changes: list[dict[str, Any]],
    *,
    now: _dt.datetime,
    user: str,
    step: Callable[[int], None],
    chunk: int = WRITE_CHUNK,
) -> None:
    """One executemany UPDATE per chunk of `changes` ({"b_id": id, "b_<column>": value});
    every change sets the same columns (those of the first).

    Core executemany is ~7× faster than the ORM's unit of work; the ORM's version counter
    is bumped by hand, as the screens' optimistic locking compares it.
    """
    if not changes:
        return
    names = [k[2:] for k in changes[0] if k != "b_id"]
    stmt = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(**{n: bindparam(f"b_{n}") for n in names}, version=table.c.version + 1, updated_at=now, updated_by=user)
    )
    for part in chunks(changes, chunk):
        conn.execute(stmt, list(part))
        step(len(part))
