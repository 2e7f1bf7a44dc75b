"""Backups you can trust: SQLite copies (online, consistent, via SQLite's backup API),
the daily automatic backup with rotation, a restore that validates the file before
touching anything, and `pg_dump` for the office server.

SQLite backups go to a `backups/` folder beside the database file, named
`<tên>-YYYYMMDD-HHMMSS-ffffff-<lý do>.db`. Reasons: `thu-cong` (by hand), `hang-ngay`
(the first start of a day; 14 days and 12 months kept), `truoc-nang-cap` (before a
migration), `truoc-nhap` (before an import), `truoc-khoi-phuc` (the current file, before
a restore replaces it).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session

from app.db import sqlite_path
from app.errors import BadInput, Msg
from app.messages import Joined
from app.paths import backups_dir
from app.revisions import known_revisions
from app.safe_write import atomic_output, disk_error
from app.services.in_use import InUseMarker, others_using
from app.services.integrity import chain_findings
from app.services.output_guard import check_output_path

DAILY = "hang-ngay"
KEEP_DAYS, KEEP_MONTHS = 14, 12
REASON_LABELS = {
    "thu-cong": "Sao lưu thủ công",
    DAILY: "Tự động hằng ngày",
    "truoc-nang-cap": "Trước khi nâng cấp",
    "truoc-nhap": "Trước khi nhập dữ liệu",
    "truoc-khoi-phuc": "Trước khi khôi phục",
}
_NAME = re.compile(r"^(?P<stem>.+)-(?P<day>\d{8})-(?P<time>\d{6})-(?P<us>\d{6})-(?P<reason>[a-z-]+)\.db$")
_PROGRAM_TABLES = ("setting", "unit", "person")


def backup_folder(db_file: Path) -> Path:
    folder = db_file.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _copy_sqlite(src: Path, dst: Path, *, guard: bool) -> None:
    """A consistent copy of `src` (WAL included) written crash-safely to `dst`, as one
    self-contained file (rollback journal mode, no -wal beside it)."""
    with atomic_output(dst, suffix=".db.tmp", guard=guard, allow_sqlite=True) as tmp:
        source = sqlite3.connect(str(src))
        target = sqlite3.connect(str(tmp))
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
            target.commit()
        except sqlite3.Error as exc:
            raise BadInput("backup.failed", src_name=src.name, exc=exc) from None
        finally:
            target.close()
            source.close()


def backup_database(engine: Engine, *, reason: str = "thu-cong", out: Path | None = None) -> Path | None:
    """Copy the SQLite file of `engine` to `out` (checked by the output guard) or to a
    time-stamped name in its backups folder. None for other databases and missing files."""
    src = sqlite_path(engine.url.render_as_string(hide_password=False))
    if src is None or not src.exists():
        return None
    if out is not None:
        out = check_output_path(out, allow_sqlite=True)
        _copy_sqlite(src, out, guard=False)
        return out
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    try:
        folder = backup_folder(src)
    except OSError as exc:
        raise disk_error(exc, src.parent / "backups") from None
    target = folder / f"{src.stem}-{stamp}-{reason}.db"
    _copy_sqlite(src, target, guard=False)
    return target


# ---------------------------------------------------------------- listing and rotation


@dataclasses.dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: _dt.datetime
    reason: str
    size: int

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)


def list_backups(db_file: Path) -> list[BackupInfo]:
    """The backups of `db_file` in its backups folder, newest first."""
    folder = db_file.parent / "backups"
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.iterdir():
        m = _NAME.match(path.name)
        if m is None or m.group("stem") != db_file.stem:
            continue
        try:
            taken = _dt.datetime.strptime(m.group("day") + m.group("time") + m.group("us"), "%Y%m%d%H%M%S%f")
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, taken, m.group("reason"), size))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def backups_to_drop(
    backups: list[BackupInfo], *, keep_days: int = KEEP_DAYS, keep_months: int = KEEP_MONTHS
) -> list[BackupInfo]:
    """Daily backups beyond the newest one of each of the last `keep_days` days and the
    newest one of each of the last `keep_months` months. Other reasons are never dropped."""
    daily = sorted((b for b in backups if b.reason == DAILY), key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = set()
    days: set[_dt.date] = set()
    months: set[tuple[int, int]] = set()
    for b in daily:
        day = b.taken_at.date()
        if day not in days and len(days) < keep_days:
            days.add(day)
            keep.add(b.path)
        month = (day.year, day.month)
        if month not in months and len(months) < keep_months:
            months.add(month)
            keep.add(b.path)
    return [b for b in daily if b.path not in keep]


def rotate_backups(db_file: Path) -> list[Path]:
    """Delete the daily backups `backups_to_drop` names; returns what was deleted."""
    dropped = []
    for b in backups_to_drop(list_backups(db_file)):
        try:
            b.path.unlink()
            dropped.append(b.path)
        except OSError:
            pass  # a backup open elsewhere is dropped at a later start
    return dropped


def daily_backup(engine: Engine, *, today: _dt.date | None = None) -> Path | None:
    """At the first start of a day: back up the SQLite file unless a backup was already
    taken today, then rotate. None when nothing was needed (or not SQLite)."""
    src = sqlite_path(engine.url.render_as_string(hide_password=False))
    if src is None or not src.exists():
        return None
    today = today or _dt.date.today()
    if any(b.taken_at.date() == today for b in list_backups(src)):
        return None
    made = backup_database(engine, reason=DAILY)
    rotate_backups(src)
    return made


# ---------------------------------------------------------------- validation


def _refuse(path: Path, why: str) -> BadInput:
    return BadInput("backup.restore_refused", path=path, why=why)


def _step_schema(conn: sqlite3.Connection, path: Path) -> None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        raise _refuse(path, Msg("restore.not_ours_no_version"))
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) != 1:
        raise _refuse(path, Msg("restore.version_damaged"))
    revision = rows[0][0]
    known, _head = known_revisions()
    if revision not in known:
        raise _refuse(path, Msg("restore.newer_schema", revision=revision))
    missing = [t for t in _PROGRAM_TABLES if t not in tables]
    if missing:
        raise _refuse(path, Msg("restore.tables_missing", tables=", ".join(missing)))


def _step_integrity(conn: sqlite3.Connection, path: Path) -> None:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        raise _refuse(path, Msg("restore.damaged", findings="; ".join(rows[:3])))


def _step_foreign_keys(conn: sqlite3.Connection, path: Path) -> None:
    rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    if rows:
        shown = Joined(Msg("restore.link", table=r[0], row=r[1], target=r[2]) for r in rows[:3])
        raise _refuse(path, Msg("restore.broken_links", count=len(rows), shown=shown))


def _step_audit_chain(conn: sqlite3.Connection, path: Path) -> None:
    """The backup's audit trail unbroken (every entry re-hashed, none missing); a backup
    made before the trail existed has none to check."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").fetchone() is None:
        return
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(sqlite_uri(path) + "?mode=ro", uri=True))
    try:
        with Session(engine) as session:
            findings = chain_findings(session)
    finally:
        engine.dispose()
    if findings:
        raise _refuse(path, Msg("restore.audit_broken", finding=findings[0]))


# Each step gets an open read-only connection to the candidate and raises BadInput.
# Other checks are plugged in with `VALIDATION_STEPS.append(fn)`.
ValidationStep = Callable[[sqlite3.Connection, Path], None]
VALIDATION_STEPS: list[ValidationStep] = [_step_schema, _step_integrity, _step_foreign_keys, _step_audit_chain]


def sqlite_uri(path: Path) -> str:
    """A SQLite `file:` URI of `path`: %, #, ?, spaces and Vietnamese letters escaped;
    `/home/…`, `C:/…` and Windows shares `//server/share/…` (which Path.as_uri would
    give as a host SQLite refuses)."""
    text = Path(path).resolve().as_posix()
    prefix = "file://" if text.startswith("/") else "file:///"
    return prefix + quote(text, safe="/:")


def validate_backup(path: Path, *, shown: Path | None = None) -> None:
    """Raise BadInput unless `path` is a healthy TĐKT Desk SQLite database whose schema
    this program knows. `shown` is the name used in messages (the user's file)."""
    path = Path(path)
    shown = shown or path
    try:
        if not path.exists():
            raise _refuse(shown, Msg("restore.no_file"))
        if not path.is_file():
            raise _refuse(shown, Msg("restore.not_a_file"))
        size = path.stat().st_size
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise _refuse(shown, Msg("restore.unreadable", reason=exc.strerror or Msg("write.system_error"))) from None
    if size == 0:
        raise _refuse(shown, Msg("restore.empty"))
    if header != b"SQLite format 3\x00":
        raise _refuse(shown, Msg("restore.not_sqlite"))
    try:
        conn = sqlite3.connect(f"{sqlite_uri(path)}?mode=ro&immutable=1", uri=True)  # no -wal/-shm made
    except sqlite3.Error as exc:
        raise _refuse(shown, Msg("restore.unopenable", exc=str(exc))) from None
    try:
        for step in VALIDATION_STEPS:
            step(conn, shown)
    except sqlite3.DatabaseError as exc:
        raise _refuse(shown, Msg("restore.invalid", exc=str(exc))) from None
    finally:
        conn.close()


# ---------------------------------------------------------------- restore


def restore_database(engine: Engine, backup_file: Path, *, own_marker: InUseMarker | None = None) -> Path | None:
    """Replace the database with `backup_file`; returns the backup of the replaced file.

    Order: copy the candidate beside the database, validate the copy (`validate_backup`),
    refuse while another process has the database open (`app.services.in_use`; the
    caller's own marker excepted), back up the current file, then swap. Any refusal
    leaves the current database untouched (BadInput).
    """
    dst = sqlite_path(engine.url.render_as_string(hide_password=False))
    if dst is None:
        raise BadInput("backup.restore_sqlite_only")
    backup_file = Path(backup_file)
    validate_backup(backup_file)  # cheap refusals before any copy
    # The one crash-safe writer: the candidate is copied beside the database, checked,
    # and renamed over it only when every check passed; any failure removes the copy.
    with atomic_output(dst, suffix=".restore.tmp", guard=False) as tmp:
        shutil.copyfile(backup_file, tmp)
        validate_backup(tmp, shown=backup_file)  # what is swapped in is what was checked
        busy = others_using(dst, own=own_marker)
        if busy:
            raise BadInput("backup.restore_busy", dst_name=dst.name, busy=busy)
        previous = None
        if dst.exists():
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            engine.dispose()
            previous = backup_database(engine, reason="truoc-khoi-phuc")
        engine.dispose()
        for suffix in ("-wal", "-shm", "-journal"):
            side = dst.with_name(dst.name + suffix)
            if side.exists():
                side.unlink()
    return previous


# ---------------------------------------------------------------- PostgreSQL


def pg_dump_command(url: str, out: Path) -> tuple[list[str], dict[str, str]]:
    """The pg_dump command line (custom format) and the environment holding the password,
    which never appears on the command line."""
    u = make_url(url)
    args = ["pg_dump", "--format=custom", "--no-owner", f"--file={out}"]
    if u.host:
        args.append(f"--host={u.host}")
    if u.port:
        args.append(f"--port={u.port}")
    if u.username:
        args.append(f"--username={u.username}")
    options = u.query.get("options", "")
    options = options if isinstance(options, str) else " ".join(options)
    m = re.search(r"search_path=([A-Za-z0-9_]+)", options)
    if m:
        args.append(f"--schema={m.group(1)}")
    args.append(f"--dbname={u.database}")
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    return args, env


def pg_dump_howto(url: str) -> str:
    u = make_url(url)
    return Msg(
        "backup.pg_dump_missing",
        host=u.host or "localhost",
        port=u.port or 5432,
        username=u.username or "postgres",
        database=u.database,
    )


def backup_postgres(url: str, out: Path | None) -> Path:
    """`pg_dump` of the office server to `out` (default: the user's backups folder)."""
    exe = shutil.which("pg_dump")
    if exe is None:
        raise BadInput(detail=pg_dump_howto(url))
    if out is None:
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        out = backups_dir() / f"{make_url(url).database}-{stamp}-thu-cong.dump"
    with atomic_output(out, suffix=".dump.tmp") as tmp:
        args, env = pg_dump_command(url, tmp)
        args[0] = exe
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        try:
            done = subprocess.run(args, env=env, capture_output=True, timeout=3600, creationflags=flags)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise BadInput("backup.pg_dump_not_run", exc=exc) from None
        if done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise BadInput("backup.pg_dump_failed", message=message[-1] if message else f"mã {done.returncode}")
    return Path(out)
