"""Nominations from the units' Excel lists: read → preview → apply (the GUI wizard), or
`run_import` (`tdkt-cli import nominations FILE --round ID [--dry-run]`).

The file has the sheets "Cá nhân" and "Tập thể" (`app.rules.nomination_sheets`, blank
template `tdkt-cli template nominations`); either may be missing, not both. Reading, header
matching, cell typing and formula refusal are those of the staff import
(`app.services.xlsx_read`); writing goes through `nomination.add_nominations`.

Rules:
- A person is matched by staff code (the name, when given, must be that person's); without a
  code, by name (ignoring case and tones), narrowed by year of birth and unit (the unit of
  the person or any unit above it, by code or name) when given. No match, or more than one,
  is an error naming the row and, for an ambiguity, the candidates.
- A collective is matched by unit code, else by name (ambiguous names are errors).
- The award is a code or a name of the catalogue, for individuals on "Cá nhân" and for
  collectives on "Tập thể"; the round must be open.
- A nomination already in the round (same subject and award), or twice in the file, is
  refused with its row.
- All-or-nothing: any bad row means nothing is written. Imported nominations are "Đã gửi".

Threads: `read_nomination_file` touches no database; `preview_nomination_import` and
`apply_nomination_import` use the caller's Session (one per thread).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import Row, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app.errors import BadInput, NotFound
from app.messages import Msg, format_message
from app.models import AwardType, Nomination, Person, ReviewRound
from app.rules.nomination_sheets import NOMINATION_SHEETS
from app.rules.vntext import fold
from app.services.excel_import import (
    ACTION_ERROR,
    ACTION_NEW,
    ImportKind,
    SheetSpec,
    WriteSteps,
    apply_kind,
    backup_before_write,
    preview_kind,
    read_workbook,
    run_kind,
)
from app.services.nomination import add_nominations
from app.services.org import UnitRow, list_units, unit_path
from app.services.xlsx_read import (
    FORMULA,
    ImportIssue,
    IsCancelled,
    Progress,
    cell_text,
    parse_date,
    parse_year,
)

__all__ = [
    "ACTION_NEW",
    "ACTION_ERROR",
    "NominationRecord",
    "NominationFile",
    "NominationPreviewRow",
    "NominationPreview",
    "NominationImportResult",
    "read_nomination_file",
    "preview_nomination_import",
    "apply_nomination_import",
    "run_import",
]

_MAX_ACHIEVEMENT = 20_000
_HEADERS = {subject: {c.field: c.header for c in columns} for subject, _t, columns in NOMINATION_SHEETS}


@dataclasses.dataclass(frozen=True)
class NominationRecord:
    """A typed row: `values` field → text (or int for birth_year); blank/unreadable cells absent."""

    subject: str  # CA_NHAN | TAP_THE
    sheet: str
    row: int
    values: Mapping[str, object]

    def text(self, field: str) -> str:
        value = self.values.get(field)
        return value if isinstance(value, str) else ""


@dataclasses.dataclass(frozen=True)
class NominationFile:
    path: Path
    records: tuple[NominationRecord, ...]
    issues: tuple[ImportIssue, ...]
    sheets: Mapping[str, str]  # subject → title in the file


@dataclasses.dataclass(frozen=True)
class NominationPreviewRow:
    sheet: str
    row: int
    code: str  # the matched person's or unit's code ("" when unmatched)
    name: str
    unit: str
    award: str
    action: str  # ACTION_NEW | ACTION_ERROR


@dataclasses.dataclass(frozen=True)
class NominationPreview:
    rows: tuple[NominationPreviewRow, ...]
    issues: tuple[ImportIssue, ...]
    new: int
    bad: int

    @property
    def has_errors(self) -> bool:
        return bool(self.issues)

    @property
    def bad_rows(self) -> int:
        return self.bad

    def report_lines(self) -> list[str]:
        return [i.line() for i in self.issues]

    def counts_text(self) -> str:
        return f"{self.new} đề nghị mới"


@dataclasses.dataclass(frozen=True)
class NominationImportResult:
    created: int
    skipped_rows: int
    issues: tuple[ImportIssue, ...]
    dry_run: bool
    written: bool = False
    backup_path: Path | None = None
    round_name: str = ""

    @property
    def has_errors(self) -> bool:
        return bool(self.issues)

    def summary(self) -> str:
        errors = format_message("import.errors_in_rows", {"issues": len(self.issues), "rows": self.skipped_rows})
        if self.dry_run:
            if self.has_errors:
                return format_message("import.nominations_dry_run_errors", {"errors": errors, "count": self.created})
            return format_message("import.nominations_dry_run_ok", {"count": self.created})
        if not self.written:
            return format_message("import.nothing_written", {"errors": errors})
        return format_message("import.nominations_done", {"count": self.created, "round": self.round_name})

    def report_lines(self) -> list[str]:
        return [i.line() for i in self.issues]


# ---------------------------------------------------------------- reading


def _record(
    subject: str, sheet: str, excel_row: int, raw: dict[str, object], issues: list[ImportIssue]
) -> NominationRecord:
    values: dict[str, object] = {}
    for field, value in raw.items():
        if value is FORMULA:
            continue
        if field == "birth_year":
            year, reason = parse_year(value)
            if reason:  # a full date of birth is fine too
                day, _y, reason2 = parse_date(value, allow_year=True)
                if day is not None:
                    year, reason = day.year, None
                elif reason2 is None and _y is not None:
                    year, reason = _y, None
            if reason:
                issues.append(ImportIssue(sheet, excel_row, _HEADERS[subject][field], reason))
            elif year is not None:
                values[field] = year
        elif field == "achievement":
            text = str(value).strip() if isinstance(value, str) else cell_text(value)
            if len(text) > _MAX_ACHIEVEMENT:
                issues.append(ImportIssue(sheet, excel_row, _HEADERS[subject][field], Msg("reason.too_long_20000")))
            elif text:
                values[field] = text
        else:
            text = cell_text(value)
            if text:
                values[field] = text
    return NominationRecord(subject, sheet, excel_row, values)


def read_nomination_file(
    path: str | Path, *, progress: Progress | None = None, is_cancelled: IsCancelled | None = None
) -> NominationFile:
    """Read and type both sheets. Raises BadInput (missing, not an xlsx, damaged, neither
    sheet, a required column missing) and Cancelled. Touches no database."""
    path = Path(path)

    def check_sheets(found: dict[str, str], sheetnames: list[str]) -> None:
        if not found:
            wanted = ", ".join(f"'{title}'" for _s, title, _c in NOMINATION_SHEETS)
            raise BadInput(
                "import.nominations_no_sheet", file=path.name, wanted=wanted, sheetnames=", ".join(sheetnames)
            )

    book = read_workbook(
        path,
        _SHEETS,
        _record,
        check_sheets=check_sheets,
        template="nominations",
        progress=progress,
        is_cancelled=is_cancelled,
    )
    records = [rec for rows in book.sheets.values() for rec in rows.records]
    sheets = {subject: rows.name for subject, rows in book.sheets.items()}
    return NominationFile(path, tuple(records), tuple(book.issues), sheets)


_SHEETS = tuple(SheetSpec(subject, title, columns) for subject, title, columns in NOMINATION_SHEETS)


# ---------------------------------------------------------------- matching


@dataclasses.dataclass
class _Plan:
    issues: list[ImportIssue]
    bad: set[tuple[str, int]]
    items: list[tuple[NominationRecord, int, str, int | None]]  # record, subject id, award, submitter
    shown: dict[tuple[str, int], tuple[str, str, str]]  # (sheet,row) → (code, name, unit)
    round_name: str
    award_names: dict[tuple[str, int], str] = dataclasses.field(default_factory=dict)  # (sheet,row) → award

    @property
    def has_errors(self) -> bool:
        return bool(self.issues or self.bad)


def _round_checked(session: Session, round_id: int) -> ReviewRound:
    rnd = session.get(ReviewRound, round_id)
    if rnd is None:
        raise NotFound(what="đợt xét", key=round_id)
    if rnd.status != "OPEN":
        raise BadInput("import.round_closed", rnd_name=rnd.name)
    return rnd


# A person the file's rows are matched against: (id, code, full_name, birth_year, birth_date, unit_id).
_PersonRow = Row[int, str, str, int | None, _dt.date | None, int]


def _validate(session: Session, nf: NominationFile, *, round_id: int) -> _Plan:
    rnd = _round_checked(session, round_id)
    issues = list(nf.issues)
    bad = {(i.sheet, i.row) for i in issues}
    plan = _Plan(issues, bad, [], {}, rnd.name)

    def add(rec: NominationRecord, field: str, message: str) -> None:
        plan.issues.append(ImportIssue(rec.sheet, rec.row, _HEADERS[rec.subject][field], message))
        plan.bad.add((rec.sheet, rec.row))

    units = list_units(session)
    by_id = {u.id: u for u in units}
    unit_by_code = {u.code.casefold(): u for u in units if u.code}
    units_by_name: dict[str, list[UnitRow]] = defaultdict(list)
    for unit in units:
        units_by_name[fold(unit.name)].append(unit)

    def find_unit(text: str) -> tuple[UnitRow | None, str | None]:
        u = unit_by_code.get(text.casefold())
        if u is not None:
            return u, None
        found = units_by_name.get(fold(text), [])
        if len(found) == 1:
            return found[0], None
        if not found:
            return None, Msg("reason.unknown_unit_code_or_name", text=text)
        return None, (
            f"có {len(found)} đơn vị tên «{text}»: "
            + ", ".join(f"{u.code} ({by_id[u.parent_id].name if u.parent_id in by_id else 'gốc'})" for u in found[:5])
            + " — hãy ghi mã đơn vị"
        )

    awards = {
        code: (name, subject)
        for code, name, subject in session.execute(select(AwardType.code, AwardType.name, AwardType.subject))
    }
    award_by_key: dict[str, str] = {}
    for award_code, (name, _s) in awards.items():
        award_by_key.setdefault(fold(award_code), award_code)
        award_by_key.setdefault(fold(name), award_code)

    people = session.execute(
        select(Person.id, Person.code, Person.full_name, Person.birth_year, Person.birth_date, Person.unit_id)
    ).all()
    person_by_code = {p.code.casefold(): p for p in people}
    people_by_name: dict[str, list[_PersonRow]] = defaultdict(list)
    for person in people:
        people_by_name[fold(person.full_name)].append(person)
    path_cache: dict[int, set[int]] = {}

    def ancestors(unit_id: int) -> set[int]:
        if unit_id not in path_cache:
            path_cache[unit_id] = {u.id for u in unit_path(units, unit_id)}
        return path_cache[unit_id]

    def birth(p: _PersonRow) -> int | None:
        return p.birth_year or (p.birth_date.year if p.birth_date else None)

    existing = {
        ("p", pid, code)
        for pid, code in session.execute(
            select(Nomination.person_id, Nomination.award_code).where(
                Nomination.round_id == round_id, Nomination.person_id.is_not(None)
            )
        )
    }
    existing |= {
        ("u", uid, code)
        for uid, code in session.execute(
            select(Nomination.unit_id, Nomination.award_code).where(
                Nomination.round_id == round_id, Nomination.unit_id.is_not(None)
            )
        )
    }
    seen: dict[tuple, NominationRecord] = {}

    for rec in nf.records:
        award_text = rec.text("award")
        code = award_by_key.get(fold(award_text)) if award_text else None
        award_header = _HEADERS[rec.subject]["award"]
        if not award_text and not any(
            i.sheet == rec.sheet and i.row == rec.row and i.column == award_header for i in plan.issues
        ):
            add(rec, "award", Msg("reason.award_missing"))
        if rec.subject == "CA_NHAN" and not rec.text("person_code") and not rec.text("full_name"):
            add(rec, "full_name", Msg("reason.person_name_missing"))
        if rec.subject == "TAP_THE" and not rec.text("unit_code") and not rec.text("unit_name"):
            add(rec, "unit_name", Msg("reason.unit_name_missing"))
        if code is not None:
            plan.award_names[(rec.sheet, rec.row)] = awards[code][0]
        if award_text and code is None:
            add(rec, "award", Msg("reason.unknown_award_text", award_text=award_text))
        elif code is not None and awards[code][1] != rec.subject:
            add(
                rec,
                "award",
                Msg(
                    "reason.award_wrong_sheet",
                    awards=awards[code][0],
                    value="tập thể" if awards[code][1] == "TAP_THE" else "cá nhân",
                    value2="Tập thể" if awards[code][1] == "TAP_THE" else "Cá nhân",
                ),
            )
            code = None
        submitter = None
        if rec.text("submitter"):
            u, why = find_unit(rec.text("submitter"))
            if why:
                add(rec, "submitter", why)
            elif u is not None:  # (no complaint: a unit found)
                submitter = u.id
        subject_id, shown, matched = None, ("", "", ""), None
        if rec.subject == "CA_NHAN":
            name = rec.text("full_name")
            if rec.text("person_code"):
                p = person_by_code.get(rec.text("person_code").casefold())
                if p is None:
                    add(rec, "person_code", Msg("reason.unknown_person_code", text=rec.text("person_code")))
                elif name and fold(name) != fold(p.full_name):
                    add(
                        rec,
                        "full_name",
                        Msg("reason.code_of_other_person", code=p.code, full_name=p.full_name, name=name),
                    )
                else:
                    matched = p
            elif name:
                candidates = people_by_name.get(fold(name), [])
                year = rec.values.get("birth_year")
                if year is not None:
                    candidates = [p for p in candidates if birth(p) == year]
                unit_failed = False
                if rec.text("unit") and candidates:
                    # Any unit of that code or name (two "Văn phòng" are fine: the person tells).
                    text = rec.text("unit")
                    wanted = {u.id for u in [unit_by_code.get(text.casefold())] if u} or {
                        u.id for u in units_by_name.get(fold(text), [])
                    }
                    if not wanted:
                        add(rec, "unit", Msg("reason.unknown_unit_code_or_name", text=text))
                        candidates, unit_failed = [], True
                    else:
                        candidates = [p for p in candidates if wanted & ancestors(p.unit_id)]
                if unit_failed:
                    pass  # already reported (the unit)
                elif not candidates:
                    what = (
                        f"«{name}»"
                        + (f", sinh năm {year}" if year else "")
                        + (f", đơn vị «{rec.text('unit')}»" if rec.text("unit") else "")
                    )
                    add(rec, "full_name", Msg("reason.person_not_found", what=what))
                elif len(candidates) > 1:
                    listed = ", ".join(
                        f"{p.code} ({by_id[p.unit_id].name if p.unit_id in by_id else ''}"
                        f"{', ' + str(birth(p)) if birth(p) else ''})"
                        for p in candidates[:5]
                    )
                    add(rec, "full_name", Msg("reason.ambiguous_person", n_candidates=len(candidates), listed=listed))
                else:
                    matched = candidates[0]
            if matched is not None:
                p = matched
                subject_id = p.id
                shown = (p.code, p.full_name, by_id[p.unit_id].name if p.unit_id in by_id else "")
            else:
                shown = (rec.text("person_code"), name, rec.text("unit"))
            key_kind = "p"
        else:
            name = rec.text("unit_name")
            u, why = (None, None)
            if rec.text("unit_code"):
                u = unit_by_code.get(rec.text("unit_code").casefold())
                if u is None:
                    add(rec, "unit_code", Msg("reason.unknown_unit_code", text=rec.text("unit_code")))
                elif name and fold(name) != fold(u.name):
                    add(rec, "unit_name", Msg("reason.code_of_other_unit", code=u.code, u_name=u.name, name=name))
                    u = None
            elif name:
                u, why = find_unit(name)
                if why:
                    add(rec, "unit_name", why)
            if u is not None:
                subject_id = u.id
                parent = by_id.get(u.parent_id) if u.parent_id is not None else None
                shown = (u.code, u.name, parent.name if parent else "")
            else:
                shown = (rec.text("unit_code"), name, "")
            key_kind = "u"
        plan.shown[(rec.sheet, rec.row)] = shown
        if subject_id is None or code is None:
            if (rec.sheet, rec.row) not in plan.bad:  # e.g. a blank required cell already reported
                plan.bad.add((rec.sheet, rec.row))
            continue
        key = (key_kind, subject_id, code)
        if key in existing:
            add(
                rec, "award", Msg("reason.already_nominated", shown=shown[1], awards=awards[code][0], rnd_name=rnd.name)
            )
            continue
        if key in seen:
            first = seen[key]
            add(
                rec,
                "award",
                Msg(
                    "reason.duplicate_of_row", row=first.row, sheet=first.sheet, shown=shown[1], awards=awards[code][0]
                ),
            )
            if (first.sheet, first.row) not in plan.bad:
                add(
                    first,
                    "award",
                    Msg(
                        "reason.duplicate_of_row", row=rec.row, sheet=rec.sheet, shown=shown[1], awards=awards[code][0]
                    ),
                )
            continue
        seen[key] = rec
        if (rec.sheet, rec.row) not in plan.bad:
            plan.items.append((rec, subject_id, code, submitter))
    plan.items = [it for it in plan.items if (it[0].sheet, it[0].row) not in plan.bad]
    return plan


def _preview(nf: NominationFile, plan: _Plan) -> NominationPreview:
    rows = []
    for rec in nf.records:
        code, name, unit = plan.shown.get((rec.sheet, rec.row), ("", "", ""))
        action = ACTION_ERROR if (rec.sheet, rec.row) in plan.bad else ACTION_NEW
        rows.append(
            NominationPreviewRow(
                rec.sheet,
                rec.row,
                code,
                name,
                unit,
                plan.award_names.get((rec.sheet, rec.row), rec.text("award")),
                action,
            )
        )
    bad = sum(1 for r in rows if r.action == ACTION_ERROR)
    return NominationPreview(tuple(rows), tuple(plan.issues), len(rows) - bad, bad)


def preview_nomination_import(session: Session, nf: NominationFile, *, round_id: int) -> NominationPreview:
    """Check the whole file against the database and the round; say row by row what would
    happen. Reads only. Raises NotFound, BadInput (closed round)."""
    return preview_kind(import_kind(round_id), session, nf)


def apply_nomination_import(
    session: Session,
    nf: NominationFile,
    *,
    round_id: int,
    backup_engine: Engine | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    only_valid: bool = False,
) -> NominationImportResult:
    """Validate again and write, all or nothing (`only_valid` is refused: a unit's list is
    taken whole). Raises BadInput (params `detail`, `issues`) before writing anything when
    any row is bad; Cancelled. The caller owns the transaction."""
    if only_valid:
        raise BadInput("import.nominations_all_or_nothing")
    return apply_kind(
        import_kind(round_id), session, nf, backup_engine=backup_engine, progress=progress, is_cancelled=is_cancelled
    )


def _refused(plan: _Plan) -> BadInput:
    return BadInput("import.rows_bad", n_issues=len(plan.issues), n_bad=len(plan.bad), issues=tuple(plan.issues))


def import_kind(round_id: int) -> ImportKind[NominationFile, _Plan, NominationPreview, NominationImportResult]:
    """The nomination import's steps for the pipeline of `app.services.excel_import`; a
    unit's list is taken whole, so the drivers are never asked for only the valid rows."""

    def checked(nf: NominationFile, plan: _Plan, *, dry_run: bool) -> NominationImportResult:
        return NominationImportResult(
            len(plan.items), len(plan.bad), tuple(plan.issues), dry_run=dry_run, round_name=plan.round_name
        )

    return ImportKind(
        read=read_nomination_file,
        validate=lambda session, nf: _validate(session, nf, round_id=round_id),
        preview=_preview,
        write=lambda session, nf, plan, **kw: _write(session, plan, round_id=round_id, **kw),
        refused=_refused,
        dry_run_result=lambda nf, plan: checked(nf, plan, dry_run=True),
        not_written=lambda nf, plan: checked(nf, plan, dry_run=False),
    )


def _write(
    session: Session,
    plan: _Plan,
    *,
    round_id: int,
    backup_engine: Engine | None,
    progress: Progress | None,
    is_cancelled: IsCancelled | None,
) -> NominationImportResult:
    backup_path = backup_before_write(backup_engine, len(plan.items), is_cancelled)
    groups: dict[tuple[str, str, int | None], dict[int, str]] = defaultdict(dict)
    for rec, subject_id, code, submitter in plan.items:
        groups[(rec.subject, code, submitter)][subject_id] = rec.text("achievement")
    created, step = 0, WriteSteps(len(plan.items), progress, is_cancelled)
    for (subject, code, submitter), achievements in groups.items():
        ids = list(achievements)
        result = add_nominations(
            session,
            round_id=round_id,
            award_code=code,
            person_ids=ids if subject == "CA_NHAN" else (),
            unit_ids=ids if subject == "TAP_THE" else (),
            submitting_unit_id=submitter,
            status="SUBMITTED",
            achievements=achievements,
        )
        created += len(result.added)
        step(len(result.added))
    return NominationImportResult(
        created, 0, (), dry_run=False, written=True, backup_path=backup_path, round_name=plan.round_name
    )


def run_import(
    session: Session,
    *,
    path: str | Path,
    round_id: int,
    dry_run: bool = False,
    backup_engine: Engine | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> NominationImportResult:
    """Read, validate and (unless `dry_run` or any error) write. Bad rows are in
    `result.issues` (nothing written). Raises BadInput (unreadable file, closed round),
    NotFound (round), Cancelled."""
    return run_kind(
        import_kind(round_id),
        session,
        path,
        dry_run=dry_run,
        backup_engine=backup_engine,
        progress=progress,
        is_cancelled=is_cancelled,
    )
