"""Shared helpers of the benchmarks: demo databases built once and cached.

SQLite demo files are cached in the temp folder by size and seed; `--pg URL` runs on a
PostgreSQL database instead (one schema per size, rebuilt when missing).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from app.database import Database, open_database
from app.services.demo import generate_demo

CACHE = Path(tempfile.gettempdir()) / "tdkt-bench"


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--pg", metavar="URL", help="also run on this PostgreSQL URL (postgresql+psycopg://...)")
    return p


def demo_database(people: int, *, pg_url: str | None = None, seed: int = 1) -> Database:
    """A demo database of `people` staff (generated on first use, then reused)."""
    if pg_url:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        schema = f"bench_{people}_{seed}"
        admin = create_engine(pg_url)
        with admin.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        admin.dispose()
        url = make_url(pg_url).update_query_dict({"options": f"-csearch_path={schema}"})
        target = url.render_as_string(hide_password=False)
    else:
        CACHE.mkdir(parents=True, exist_ok=True)
        target = str(CACHE / f"demo-{people}-{seed}.db")
    db = open_database(target)
    from app.services.info import database_counts

    with db.factory() as s:
        have = database_counts(s)["people"]
    if have != people:
        if have:
            raise SystemExit(f"{target} holds {have} people, expected {people}: delete it")
        t0 = time.perf_counter()
        with db.factory.begin() as s:
            generate_demo(s, people=people, seed=seed)
        print(f"  (built demo of {people:,} staff in {time.perf_counter() - t0:.1f} s)")
    return db


def label(pg_url: str | None) -> str:
    return "PostgreSQL" if pg_url else "SQLite"


def verdict(value: float, bar: float, *, lower_is_better: bool = True) -> str:
    ok = value <= bar if lower_is_better else value >= bar
    return "OK" if ok else "OVER BAR"
