"""The one guard every output file passes: `check_output_path`.

Every `--out` of the CLI, every save dialog of the GUI and the crash-safe writer
(`app.safe_write`) call it, so that no export can ever replace the database, a backup,
a folder or a device. A refusal is a `BadInput` (CLI exit 2) raised before anything is
written.

The open database files are registered by `app.database.open_database` (and released by
`Database.close`); the guard also refuses any existing SQLite file, so that a database
that is not open (the default one, a colleague's) is never overwritten by a spreadsheet.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

from app.errors import BadInput

SQLITE_MAGIC = b"SQLite format 3\x00"
_SIDE_SUFFIXES = ("", "-wal", "-shm", "-journal")

_lock = threading.Lock()
_protected: dict[str, int] = {}  # normalised path of an open database file → open count


def _norm(path: Path) -> str:
    """A comparable form of a path: absolute, symlinks resolved, case folded on Windows."""
    try:
        resolved = path.expanduser().resolve()
    except (OSError, RuntimeError):
        resolved = Path(os.path.abspath(path.expanduser()))
    return os.path.normcase(str(resolved))


def backups_folder_of(db_file: Path) -> Path:
    """Where the backups of `db_file` live (without creating it)."""
    return db_file.parent / "backups"


def protect_database(db_file: Path) -> None:
    """Register an open SQLite database file: outputs may not replace it or its backups."""
    key = _norm(Path(db_file))
    with _lock:
        _protected[key] = _protected.get(key, 0) + 1


def release_database(db_file: Path) -> None:
    key = _norm(Path(db_file))
    with _lock:
        count = _protected.get(key, 0) - 1
        if count > 0:
            _protected[key] = count
        else:
            _protected.pop(key, None)


def protected_databases() -> list[Path]:
    with _lock:
        return [Path(k) for k in _protected]


def _is_sqlite_file(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _inside(child: str, folder: str) -> bool:
    folder = folder.rstrip("\\/")
    return child == folder or child.startswith(folder + os.sep)


def check_output_path(
    path: str | os.PathLike[str], *, database: Path | None = None, allow_sqlite: bool = False
) -> Path:
    """`path` as a Path when the program may write it; BadInput otherwise.

    Refused: an empty name; a folder; anything that exists and is not a regular file
    (device nodes, pipes, sockets); the open database (`database` and every registered
    one) and its -wal/-shm/-journal companions; anything inside a database's `backups`
    folder; any existing SQLite file (unless `allow_sqlite`, for `backup --out`).
    """
    text = os.fspath(path) if path is not None else ""
    if not str(text).strip():
        raise BadInput("output.no_file")
    out = Path(text).expanduser()
    shown = str(out)
    try:
        info = os.stat(out)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise BadInput("output.bad_path", shown=shown, strerror=exc.strerror or "không truy cập được") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise BadInput("output.is_folder", shown=shown)
        if not stat.S_ISREG(info.st_mode):
            raise BadInput("output.not_regular", shown=shown)
    target = _norm(out)
    databases = protected_databases() + ([Path(database)] if database is not None else [])
    for db in databases:
        db_key = _norm(db)
        if any(target == db_key + side for side in _SIDE_SUFFIXES) or (
            info is not None and _same_file(out, Path(db_key))
        ):
            raise BadInput("output.open_database", shown=shown)
        if _inside(target, _norm(backups_folder_of(Path(db_key)))):
            raise BadInput("output.backup_folder", shown=shown)
    if info is not None and not allow_sqlite and _is_sqlite_file(out):
        raise BadInput("output.is_database", shown=shown)
    return out


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
