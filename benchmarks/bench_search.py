"""Benchmark: search-as-you-type over 100,000 staff (bar ≤ 50 ms a keystroke, PRODUCT.md §3).

Run: .venv/bin/python benchmarks/bench_search.py [--people N] [--pg URL]
Types queries one character at a time ("n", "ng", ..., "nguyen thi h") and times the
service query each keystroke runs (the first 500 matches in name order, "more than 500"
beyond). The floor is a bare query reading the first 501 rows in name order, no filter.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from app.services.org import search_people  # noqa: E402
from benchmarks.common import demo_database, label, parser, verdict  # noqa: E402

BAR_MS = 50.0
PG_BAR_MS = 30.0  # PRODUCT.md §3: a keystroke over 100,000 staff on PostgreSQL, p95
QUERIES = ["nguyen thi h", "tran van", "hoa", "le minh tuan", "dang", "xyzq", "btctw-0001"]


def run(people: int, pg_url: str | None) -> None:
    db = demo_database(people, pg_url=pg_url)
    times: list[float] = []
    with db.factory() as s:
        search_people(s, query="")  # warm the cache
        for query in QUERIES:
            for i in range(1, len(query) + 1):
                t0 = time.perf_counter()
                result = search_people(s, query=query[:i])
                times.append((time.perf_counter() - t0) * 1000)
            print(f"  {label(pg_url)} '{query}': {result.total:,} matches, last keystroke {times[-1]:.1f} ms")
        floor_sql = text("SELECT id, full_name, code FROM person ORDER BY sort_key LIMIT 501")
        floors = []
        for _ in range(len(times)):
            t0 = time.perf_counter()
            s.execute(floor_sql).all()
            floors.append((time.perf_counter() - t0) * 1000)
    worst, p50 = max(times), statistics.median(times)
    p95 = sorted(times)[int(len(times) * 0.95) - 1]
    bar = PG_BAR_MS if pg_url else BAR_MS
    print(
        f"{label(pg_url)}: search over {people:,} staff: median {p50:.1f} ms, p95 {p95:.1f} ms, "
        f"worst {worst:.1f} ms a keystroke (bar p95 {bar:.0f} ms) → {verdict(p95, bar)}; "
        f"floor (501 rows, no filter) median {statistics.median(floors):.1f} ms"
    )
    db.close()


if __name__ == "__main__":
    p = parser(__doc__)
    p.add_argument("--people", type=int, default=100_000)
    args = p.parse_args()
    run(args.people, None)
    if args.pg:
        run(args.people, args.pg)
