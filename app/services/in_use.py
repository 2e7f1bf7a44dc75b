"""A cross-platform "this database is open" marker, so that a restore never swaps the file
under a running program (which would silently lose that program's later saves).

Every process that opens a SQLite database (`app.database.open_database`) creates its own
small file in a side folder `.<name>.dang-mo` beside the database and holds an exclusive
OS lock on it (msvcrt.locking on Windows, fcntl.flock elsewhere) until it closes the
database; the OS drops the lock when the process ends, even after a crash. A restore
counts the marker files whose lock it cannot take: each is another process using the
database. A marker it can lock belongs to a process that has ended; it is removed.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - exercised on Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            pass


_O_BINARY = getattr(os, "O_BINARY", 0)


def marker_folder(db_file: Path) -> Path:
    return Path(db_file).parent / f".{Path(db_file).name}.dang-mo"


class InUseMarker:
    """Held by a process for as long as it has the database open."""

    def __init__(self, db_file: Path) -> None:
        self.path: Path | None = None
        self._fd: int | None = None
        folder = marker_folder(db_file)
        try:
            folder.mkdir(exist_ok=True)
            path = folder / f"{os.getpid()}-{secrets.token_hex(4)}.lock"
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o666)
        except OSError:
            return  # a read-only folder: nothing can be restored there either
        if not _try_lock(fd):
            os.close(fd)
            return
        os.write(fd, str(os.getpid()).encode("ascii"))
        self.path, self._fd = path, fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None or self.path is None:
            return
        fd, path = self._fd, self.path
        self._fd = None
        _unlock(fd)
        os.close(fd)
        try:
            path.unlink()
        except OSError:
            pass
        try:
            path.parent.rmdir()  # only when no other marker is left
        except OSError:
            pass

    def __del__(self) -> None:  # a Database that was never closed
        try:
            self.release()
        except Exception:
            pass


def others_using(db_file: Path, *, own: InUseMarker | None = None) -> int:
    """How many other processes hold the database open (stale markers are removed)."""
    folder = marker_folder(db_file)
    if not folder.is_dir():
        return 0
    own_path = own.path if own is not None else None
    busy = 0
    for path in folder.glob("*.lock"):
        if own_path is not None and path == own_path:
            continue
        try:
            fd = os.open(path, os.O_RDWR | _O_BINARY)
        except FileNotFoundError:
            continue
        except OSError:
            busy += 1  # cannot even open it: held exclusively (Windows)
            continue
        try:
            if _try_lock(fd):
                _unlock(fd)
                os.close(fd)
                fd = -1
                try:
                    path.unlink()
                except OSError:
                    pass
            else:
                busy += 1
        finally:
            if fd >= 0:
                os.close(fd)
    return busy
