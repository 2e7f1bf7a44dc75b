"""Benchmark: TT 02/2023 form 0603 (and 0602, the summaries, the dashboard) over a demo of
50,000 staff with 10 years of history.

Run: .venv/bin/python benchmarks/bench_stats.py [--people N] [--years Y] [--runs R] [--pg URL]
The demo is built once and cached (SQLite: the temp folder). Figures: the service query
(build_report), the whole export to xlsx (query + write), each the median of R runs.
"""

from __future__ import annotations

import datetime as _dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.database import open_database  # noqa: E402
from app.services import reports  # noqa: E402
from app.services.dashboard import dashboard_summary  # noqa: E402
from app.services.demo import generate_demo  # noqa: E402
from benchmarks.common import CACHE, label, parser  # noqa: E402

TODAY = _dt.date(2026, 11, 21)


def demo(people: int, years: int, pg_url: str | None):
    if pg_url:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        schema = f"bench_stats_{people}_{years}"
        admin = create_engine(pg_url)
        with admin.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        admin.dispose()
        target = (
            make_url(pg_url)
            .update_query_dict({"options": f"-csearch_path={schema}"})
            .render_as_string(hide_password=False)
        )
    else:
        CACHE.mkdir(parents=True, exist_ok=True)
        target = str(CACHE / f"stats-{people}-{years}.db")
    db = open_database(target)
    from app.services.info import database_counts

    with db.factory() as s:
        counts = database_counts(s)
    if counts["people"] != people:
        if counts["people"]:
            raise SystemExit(f"{target} holds {counts['people']} people, expected {people}: delete it")
        t0 = time.perf_counter()
        with db.factory.begin() as s:
            generate_demo(s, people=people, years=years, today=TODAY)
        print(f"  (built demo of {people:,} staff, {years} years in {time.perf_counter() - t0:.1f} s)")
        with db.factory() as s:
            counts = database_counts(s)
    print(f"  demo: {counts['people']:,} staff, {counts.get('awards', 0):,} awards")
    return db


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def run(people: int, years: int, runs: int, pg_url: str | None) -> None:
    db = demo(people, years, pg_url)
    year = TODAY.year - 1
    out_dir = Path(tempfile.mkdtemp(prefix="tdkt-stats-"))
    with db.factory() as s:
        for kind in ("0603", "0602", "0601", "by_unit", "shares"):
            request = reports.ReportRequest(kind, year)
            q_ms, report = timed(lambda: reports.build_report(s, request), runs)  # noqa: B023 (timed now)
            x_ms, _ = timed(lambda: reports.export_report(s, request, out_dir / f"{kind}.xlsx"), runs)  # noqa: B023
            total = f", total {report.rows[0].values[0]:,}" if isinstance(report, reports.FormReport) else ""
            print(
                f"{label(pg_url)}: {kind:8s} {people:,} staff × {years} years: query {q_ms:.0f} ms, "
                f"query + xlsx {x_ms:.0f} ms{total}"
            )
        d_ms, _ = timed(lambda: dashboard_summary(s, today=TODAY), runs)
        print(f"{label(pg_url)}: dashboard summary: {d_ms:.0f} ms")
    db.close()


if __name__ == "__main__":
    p = parser(__doc__)
    p.add_argument("--people", type=int, default=50_000)
    p.add_argument("--years", type=int, default=10)
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()
    run(args.people, args.years, args.runs, None)
    if args.pg:
        run(args.people, args.years, args.runs, args.pg)
