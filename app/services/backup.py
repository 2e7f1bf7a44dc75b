"""Backups of a SQLite database file (online, consistent, via SQLite's backup API).

Backups go to a `backups/` folder beside the database file. PostgreSQL databases are
backed up with pg_dump by the office (see README); for them these functions return None.
"""

from __future__ import annotations

import datetime as _dt
import os
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy.engine import Engine

from app.db import sqlite_path
from app.errors import BadInput


def backup_folder(db_file: Path) -> Path:
    folder = db_file.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _copy_sqlite(src: Path, dst: Path) -> None:
    tmp = dst.with_name(dst.name + ".tmp")
    with sqlite3.connect(str(src)) as source, sqlite3.connect(str(tmp)) as target:
        source.backup(target)
    target.close()
    os.replace(tmp, dst)


def backup_database(engine: Engine, *, reason: str = "thu-cong", out: Path | None = None) -> Path | None:
    """Copy the SQLite file of `engine` to `out` (or a time-stamped name). None for other DBs."""
    src = sqlite_path(engine.url.render_as_string(hide_password=False))
    if src is None:
        return None
    if not src.exists():
        return None
    if out is None:
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        out = backup_folder(src) / f"{src.stem}-{stamp}-{reason}.db"
    out.parent.mkdir(parents=True, exist_ok=True)
    _copy_sqlite(src, out)
    return out


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's integrity and foreign-key checks; an empty list means healthy."""
    if engine.dialect.name != "sqlite":
        return []
    problems: list[str] = []
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        problems += [r[0] for r in rows if r[0] != "ok"]
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        problems += [f"khóa ngoại hỏng: bảng {r[0]}, dòng {r[1]} → {r[2]}" for r in fk]
    return problems


def restore_database(engine: Engine, backup_file: Path) -> Path | None:
    """Replace the database with `backup_file`, keeping a backup of the current one first."""
    dst = sqlite_path(engine.url.render_as_string(hide_password=False))
    if dst is None:
        raise BadInput(detail="Khôi phục chỉ áp dụng cho tệp SQLite; với máy chủ PostgreSQL hãy dùng pg_restore.")
    if not backup_file.is_file():
        raise BadInput(detail=f"Không tìm thấy tệp sao lưu {backup_file}.")
    try:
        with sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True) as probe:
            ok = probe.execute("PRAGMA integrity_check").fetchone()[0]
        probe.close()
    except sqlite3.DatabaseError as exc:
        raise BadInput(detail=f"Tệp {backup_file} không phải cơ sở dữ liệu hợp lệ ({exc}).") from exc
    if ok != "ok":
        raise BadInput(detail=f"Tệp sao lưu {backup_file} bị hỏng: {ok}.")
    engine.dispose()
    previous = backup_database(engine, reason="truoc-khoi-phuc")
    tmp = dst.with_name(dst.name + ".restore.tmp")
    shutil.copyfile(backup_file, tmp)
    for suffix in ("-wal", "-shm"):
        side = dst.with_name(dst.name + suffix)
        if side.exists():
            side.unlink()
    os.replace(tmp, dst)
    return previous
