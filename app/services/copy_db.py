"""Copying a whole database to another (SQLite file → office PostgreSQL server).

Both databases are first brought to the current schema; every table is copied with its
ids inside one transaction on the target, then row counts are compared.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from sqlalchemy import Table, bindparam, func, select, text
from sqlalchemy.engine import Connection, Engine

import app.models  # noqa: F401  (registers every table)
from app.db import Base, sqlite_path, to_url
from app.errors import BadInput

CHUNK = 2000
# Rows the target gets by itself when it is created; they do not make it "non-empty".
# (The target's audit trail then holds only the seeding; the source's trail replaces it.)
SEED_TABLES = {"setting", "award_type", "rule_set", "award_rule", "base_salary", "audit_log"}


@dataclasses.dataclass(frozen=True)
class CopyResult:
    """Rows copied per table, equal on both sides."""

    counts: dict[str, int]

    def summary(self) -> str:
        total = sum(self.counts.values())
        parts = ", ".join(f"{name}: {n}" for name, n in self.counts.items() if n)
        return f"Đã sao chép {total} dòng ({parts}); số dòng hai bên khớp nhau."


def check_source_exists(source: str) -> None:
    """A copy never creates its source: a SQLite path that is not an existing database
    file is BadInput (a mistyped name would otherwise become an empty database)."""
    path = sqlite_path(to_url(source))
    if path is None:
        return
    if not path.exists():
        raise BadInput("copy_db.source_missing", source=source)
    if not path.is_file() or path.stat().st_size == 0:
        raise BadInput("copy_db.source_not_db", source=source)


def _count(conn: Connection, table: Table) -> int:
    return conn.execute(select(func.count()).select_from(table)).scalar_one()


def _self_fk_columns(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def copy_database(
    source: Engine,
    target: Engine,
    *,
    overwrite: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> CopyResult:
    """Copy every table of `source` into `target`. Raises BadInput when the target holds
    data and `overwrite` is false, or when the counts differ afterwards (then nothing is
    kept: the target transaction rolls back)."""
    tables = list(Base.metadata.sorted_tables)
    with source.connect() as src:
        totals = {t.name: _count(src, t) for t in tables}
    grand_total = sum(totals.values()) or 1
    done = 0
    with target.begin() as dst:
        occupied = [t.name for t in tables if t.name not in SEED_TABLES and _count(dst, t)]
        if occupied and not overwrite:
            raise BadInput("copy_db.target_not_empty", occupied=", ".join(occupied))
        for table in reversed(tables):
            dst.execute(table.delete())
        with source.connect() as src:
            for table in tables:
                deferred = _self_fk_columns(table)
                # Columns with an onupdate (updated_at) keep the source's value when the
                # self-references are filled in: a copy changes nothing (the audit check).
                keep = [c.name for c in table.columns if c.onupdate is not None]
                pending: list[dict] = []
                result = src.execution_options(stream_results=True).execute(select(table))
                while chunk := result.mappings().fetchmany(CHUNK):
                    rows = [dict(r) for r in chunk]
                    if deferred:
                        pending += [
                            {**{c: r[c] for c in deferred}, **{f"_k_{k}": r[k] for k in keep}, "_pk": r["id"]}
                            for r in rows
                        ]
                        rows = [{**r, **{c: None for c in deferred}} for r in rows]
                    dst.execute(table.insert(), rows)
                    done += len(rows)
                    if progress:
                        progress(done, grand_total)
                for col in deferred:
                    updates = [
                        {"_pk": p["_pk"], "_v": p[col], **{f"_k_{k}": p[f"_k_{k}"] for k in keep}}
                        for p in pending
                        if p[col] is not None
                    ]
                    if updates:
                        dst.execute(
                            table.update()
                            .where(table.c.id == bindparam("_pk"))
                            .values({col: bindparam("_v"), **{k: bindparam(f"_k_{k}") for k in keep}}),
                            updates,
                        )
        if dst.dialect.name == "postgresql":
            for table in tables:
                pk = list(table.primary_key.columns)
                if len(pk) == 1 and pk[0].autoincrement is not False and pk[0].type.python_type is int:
                    dst.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
                            f"COALESCE(MAX({pk[0].name}), 1), MAX({pk[0].name}) IS NOT NULL) FROM {table.name}"
                        )
                    )
        copied = {t.name: _count(dst, t) for t in tables}
        if copied != totals:
            diff = {k: (totals[k], copied[k]) for k in totals if totals[k] != copied[k]}
            raise BadInput("copy_db.count_mismatch", diff=diff)
    return CopyResult(copied)
