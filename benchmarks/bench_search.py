"""Benchmark: search-as-you-type over 100,000 staff (bar ≤ 50 ms a keystroke, PRODUCT.md §3).

Run: .venv/bin/python benchmarks/bench_search.py [--people N] [--pg URL]
Types queries one character at a time ("n", "ng", ..., "nguyen thi h") and times the
service query each keystroke runs (first 1,000 matches in name order + total count).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import demo_database, label, parser, verdict  # noqa: E402

from app.services.org import search_people  # noqa: E402

BAR_MS = 50.0
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
    worst, p50 = max(times), statistics.median(times)
    p95 = sorted(times)[int(len(times) * 0.95) - 1]
    print(f"{label(pg_url)}: search over {people:,} staff: median {p50:.1f} ms, p95 {p95:.1f} ms, "
          f"worst {worst:.1f} ms a keystroke (bar {BAR_MS:.0f} ms) → {verdict(p95, BAR_MS)}")
    db.close()


if __name__ == "__main__":
    p = parser(__doc__)
    p.add_argument("--people", type=int, default=100_000)
    args = p.parse_args()
    run(args.people, None)
    if args.pg:
        run(args.people, args.pg)
