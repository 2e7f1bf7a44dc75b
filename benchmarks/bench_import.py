"""Benchmark: staff import of 10,000 rows with validation (bar: ≤ 5 s, PRODUCT.md §3).

Run: .venv/bin/python benchmarks/bench_import.py [--people N]
Generates a file with units and N staff rows in a temp folder, imports it into a fresh
SQLite database and prints the seconds spent reading, validating and writing.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook  # noqa: E402

from app.database import open_database  # noqa: E402
from app.rules.codes import LEADER_LEVELS, STAFF_CATEGORIES, UNIT_KINDS  # noqa: E402
from app.rules.person import STAFF_COLUMNS, UNIT_COLUMNS  # noqa: E402

# The phases are timed separately, so the benchmark calls the steps `run_import` chains.
from app.services.staff_import import _validate, _write, read_staff_file  # noqa: E402

BAR_SECONDS = 5.0
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE_M = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh"]
MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Minh"]
GIVEN_M = ["Anh", "Bình", "Cường", "Dũng", "Hùng", "Khánh", "Long", "Nam", "Phong", "Quân", "Sơn", "Tuấn"]
GIVEN_F = ["Anh", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Thảo"]


def make_file(path: Path, people: int, seed: int = 1) -> None:
    rnd = random.Random(seed)
    # A normal (not write-only) workbook, like Excel's own files: shared strings and a
    # dimension record, which is what the import meets in practice.
    wb = Workbook()
    units = wb.active
    units.title = "Đơn vị"
    units.append([c.header + ("*" if c.required else "") for c in UNIT_COLUMNS])
    unit_codes = []
    units.append(["KHOI", "Khối các cơ quan Trung ương", UNIT_KINDS["KHOI"], None])
    for a in range(1, 15):
        agency = f"CQ{a:02d}"
        units.append([agency, f"Cơ quan số {a}", UNIT_KINDS["CO_QUAN"], "KHOI"])
        for d in range(1, 9):
            code = f"{agency}-P{d}"
            units.append([code, f"Phòng {d} của cơ quan số {a}", UNIT_KINDS["DON_VI"], agency])
            unit_codes.append(code)
    staff = wb.create_sheet("Cán bộ")
    staff.append([c.header + ("*" if c.required else "") for c in STAFF_COLUMNS])
    leaders = list(LEADER_LEVELS.values())
    categories = list(STAFF_CATEGORIES.values())
    for i in range(1, people + 1):
        female = rnd.random() < 0.5
        name = " ".join(
            [
                rnd.choice(FAMILY),
                rnd.choice(MIDDLE_F if female else MIDDLE_M),
                rnd.choice(GIVEN_F if female else GIVEN_M),
            ]
        )
        year = rnd.randint(1965, 2000)
        birth = str(year) if i % 7 == 0 else f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{year}"
        staff.append(
            [
                f"CB{i:06d}",
                name,
                "Nữ" if female else "Nam",
                birth,
                "Kinh",
                "Chuyên viên",
                leaders[0] if i % 10 else rnd.choice(leaders),
                rnd.choice(categories),
                rnd.choice(unit_codes),
                f"01/09/{year + 23}",
                None,
            ]
        )
    wb.save(path)


def _fresh_pg_schema(pg_url: str) -> str:
    """A new empty schema on the server; its URL (search_path set)."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    schema = f"bench_import_{int(time.time())}"
    admin = create_engine(pg_url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    admin.dispose()
    return (
        make_url(pg_url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--pg", metavar="URL", help="also import into this PostgreSQL database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        xlsx = folder / "can-bo.xlsx"
        t = time.perf_counter()
        make_file(xlsx, args.people)
        print(f"generate {args.people} rows: {time.perf_counter() - t:.2f} s (not counted)")
        rc = 0
        targets = [("SQLite", folder / "bench.db")] + ([("PostgreSQL", _fresh_pg_schema(args.pg))] if args.pg else [])
        for name, target in targets:
            print(f"--- {name}")
            rc |= _run_one(xlsx, target)
        return rc


def _run_one(xlsx: Path, target) -> int:
    db = open_database(target)
    try:
        t0 = time.perf_counter()
        staff = read_staff_file(xlsx)
        t1 = time.perf_counter()
        with db.factory.begin() as session:
            plan = _validate(session, staff, today=_dt.date.today())
            t2 = time.perf_counter()
            result = _write(session, staff, plan, backup_engine=db.engine, progress=None, is_cancelled=None)
        t3 = time.perf_counter()
        # Second run: everything already there (the re-import path).
        with db.factory.begin() as session:
            staff2 = read_staff_file(xlsx)
            plan2 = _validate(session, staff2, today=_dt.date.today())
            again = _write(session, staff2, plan2, backup_engine=None, progress=None, is_cancelled=None)
        t4 = time.perf_counter()
    finally:
        db.close()
    total = t3 - t0
    print(f"read      : {t1 - t0:.2f} s")
    print(f"validate  : {t2 - t1:.2f} s")
    print(f"write     : {t3 - t2:.2f} s (incl. backup and commit)")
    print(f"total     : {total:.2f} s  (bar ≤ {BAR_SECONDS:.1f} s) {'OK' if total <= BAR_SECONDS else 'TOO SLOW'}")
    print(f"result    : {result.summary()}")
    print(f"re-import : {t4 - t3:.2f} s — {again.summary()}")
    if result.issues:
        print(f"unexpected issues: {len(result.issues)}; first: {result.issues[0].line()}")
        return 1
    return 0 if total <= BAR_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
