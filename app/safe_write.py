"""The crash-safe writer every file the program produces goes through.

    with atomic_output(out) as tmp:
        workbook.save(tmp)          # or a PDF canvas, a JSON dump, a SQLite backup…

The content is written to a new temporary file beside `out` (created with the user's
normal permissions, not 0600) and renamed over `out` only when it is complete, so a crash,
a full disk or a cancelled job never leaves a half-written file under the real name, and
never leaves the temporary file behind. `out` first passes the output guard
(`app.services.output_guard.check_output_path`): the database, its backups, folders and
devices are refused before anything is written.

Errors come back as Vietnamese `AppError`s that name the file and never repeat its
contents: a full disk and an unwritable folder are `BadInput`; a target held open by
another program (Excel on Windows) is `FileLocked`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.errors import AppError, BadInput, FileLocked, Msg
from app.services.output_guard import check_output_path

_O_BINARY = getattr(os, "O_BINARY", 0)
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def disk_error(exc: OSError, path: Path, *, folder: Path | None = None) -> AppError:
    """An AppError for an OSError met while writing `path` (no file contents)."""
    where = folder if folder is not None else (path.parent if str(path.parent) else Path("."))
    if exc.errno in _FULL:
        return BadInput("write.disk_full", path=path)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BadInput("write.no_permission", where=where, path=path)
    if exc.errno == errno.ENOENT:
        return BadInput("write.no_folder", where=where, path=path)
    reason = exc.strerror or Msg("write.system_error")
    return BadInput("write.failed", path=path, reason=reason)


def create_temp_beside(out: Path, suffix: str = ".tmp") -> Path:
    """A new empty file next to `out`, mode 0666 minus the umask (like any file the user
    makes). Raises BadInput when the folder cannot be created or written."""
    folder = out.parent if str(out.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise disk_error(exc, out, folder=folder) from None
    for _attempt in range(100):
        tmp = folder / f".{out.stem[:40]}-{secrets.token_hex(4)}{suffix}"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise disk_error(exc, out, folder=folder) from None
        os.close(fd)
        return tmp
    raise BadInput("write.temp_failed", folder=folder)


def _remove(path: Path) -> None:
    for p in (
        path,
        path.with_name(path.name + "-journal"),
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
    ):
        try:
            p.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass


def replace_file(tmp: Path, out: Path) -> None:
    """Rename the finished `tmp` over `out` (FileLocked when `out` is open elsewhere)."""
    try:
        os.replace(tmp, out)
    except PermissionError:
        # Windows refuses the rename while Excel (or a PDF viewer) holds the target open.
        raise FileLocked(path=str(out)) from None
    except OSError as exc:
        raise disk_error(exc, out) from None


@contextlib.contextmanager
def atomic_output(
    out: str | os.PathLike[str], *, suffix: str = ".tmp", guard: bool = True, allow_sqlite: bool = False
) -> Iterator[Path]:
    """Yield a temporary path to write; on success it becomes `out`.

    `guard=False` only for the program's own files in protected places (its backups).
    Any exception in the block removes the temporary file (and a SQLite -journal of it);
    an OSError becomes a Vietnamese BadInput/FileLocked.
    """
    if guard:
        target = check_output_path(out, allow_sqlite=allow_sqlite)
    else:
        target = Path(out)
    tmp = create_temp_beside(target, suffix)
    try:
        try:
            yield tmp
        except OSError as exc:
            raise disk_error(exc, target) from None
        replace_file(tmp, target)
    finally:
        _remove(tmp)


def write_bytes(out: str | os.PathLike[str], data: bytes, **kwargs: Any) -> Path:
    """Write `data` to `out` crash-safely (see `atomic_output`)."""
    with atomic_output(out, **kwargs) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    return Path(out)


def write_text(out: str | os.PathLike[str], text: str, **kwargs: Any) -> Path:
    return write_bytes(out, text.encode("utf-8"), **kwargs)


# Older names kept for the PDF writers that build into a path themselves.
def temp_beside(out: Path) -> Path:
    return create_temp_beside(check_output_path(out), ".pdf.tmp")


def finish_file(tmp: Path, out: Path) -> None:
    try:
        replace_file(tmp, out)
    finally:
        _remove(tmp)
