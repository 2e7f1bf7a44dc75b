"""Is a SQLite file on a network share? SQLite's locking does not work over SMB/NFS, so
two PCs writing the same file there corrupt it: such a file is refused (DOMAIN: the
office shares data through its PostgreSQL server, not a shared folder).

`network_location(path)` says why a path is on the network, or None. The checks are
pure functions over what the OS reports, so they are tested on any platform:
- a UNC path `\\\\server\\share\\…` (also `//server/share/…` and `\\\\?\\UNC\\…`);
- on Windows, a drive letter that GetDriveTypeW reports as DRIVE_REMOTE (a mapped drive);
- elsewhere, a mount point of type nfs/cifs/smb… in /proc/mounts.
"""

from __future__ import annotations

import os
import posixpath
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath
from typing import Any

from app.errors import AppError

# File systems that live on another machine (Linux /proc/mounts names).
NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "coda",
        "ceph",
        "glusterfs",
        "fuse.sshfs",
        "fuse.glusterfs",
        "fuse.smbnetfs",
        "9p.smb",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
    }
)
DRIVE_REMOTE = 4  # GetDriveTypeW


class NetworkDatabase(AppError):
    code = "network_database"


def unc_share(path: str) -> str | None:
    """`\\\\server\\share` of a UNC path, else None (`\\\\?\\C:\\…` and `\\\\.\\…` are local)."""
    text = path.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        text = "\\\\" + text[8:]
    elif text.startswith(("\\\\?\\", "\\\\.\\")):
        return None
    if not text.startswith("\\\\") or len(text) < 3 or text[2] == "\\":
        return None
    parts = [p for p in text[2:].split("\\") if p]
    if not parts:
        return None
    return "\\\\" + "\\".join(parts[:2])


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and field[i + 1 : i + 4].isdigit() and len(field[i + 1 : i + 4]) == 3:
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mounts(text: str) -> list[tuple[str, str, str]]:
    """(source, mount point, fs type) of each line of a /proc/mounts text."""
    rows = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            rows.append((_unescape_mount(fields[0]), _unescape_mount(fields[1]), fields[2]))
    return rows


def mount_of(path: str, mounts: list[tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """The mount holding absolute POSIX `path`: the longest mount point that is a prefix."""
    best = None
    for row in mounts:
        point = row[1].rstrip("/") or "/"
        if path == point or path.startswith(point if point.endswith("/") else point + "/"):
            if best is None or len(point) > len(best[1].rstrip("/") or "/"):
                best = row
    return best


def _windows_drive_type(root: str) -> int:
    # Windows only.
    import ctypes

    if sys.platform != "win32":  # the caller catches this, as ctypes would raise it
        raise AttributeError("ctypes.windll exists only on Windows")
    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))


def _read_proc_mounts() -> str | None:
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as fh:
            return fh.read()
    except OSError:
        return None


def network_location(
    path: str | Path,
    *,
    windows: bool | None = None,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """Why `path` is on another machine ("\\\\server\\share", "ổ Z: là ổ mạng",
    "nfs4 server:/export"), or None for a local path (or when the OS cannot tell).

    `windows` (default: this OS), `mounts` (a /proc/mounts text; default: read it) and
    `drive_type` (default: GetDriveTypeW) are parameters so that tests can simulate."""
    text = str(path)
    share = unc_share(text)
    if share is not None:
        return share
    is_windows = (sys.platform == "win32") if windows is None else windows
    if is_windows:
        drive = PureWindowsPath(text).drive
        if len(drive) == 2 and drive[1] == ":":
            get_type = drive_type or _windows_drive_type
            try:
                kind = get_type(drive + "\\")
            except (OSError, AttributeError, ValueError):
                return None
            if kind == DRIVE_REMOTE:
                return f"ổ {drive.upper()} là ổ mạng"
        return None
    if mounts is None:
        mounts = _read_proc_mounts()
        if mounts is None:
            return None
    absolute = posixpath.normpath(text) if text.startswith("/") else os.path.abspath(text)
    row = mount_of(absolute, parse_mounts(mounts))
    if row is not None and (row[2] in NETWORK_FS_TYPES or row[2].startswith(("nfs", "cifs", "smb"))):
        return f"{row[2]} {row[0]}"
    return None


def refuse_network_sqlite(path: str | Path, **kwargs: Any) -> None:
    """Raise NetworkDatabase when the SQLite file `path` is on a network share."""
    where = unc_share(str(path)) or network_location(path, **kwargs)
    if where is not None:
        raise NetworkDatabase(path=str(path), where=where)
