"""Benchmark: memory with 100,000 staff loaded (bar ≤ 400 MB, PRODUCT.md §3).

Run: .venv/bin/python benchmarks/bench_memory.py [--people N] [--pg URL]
In a fresh process: the GUI's main window over a 100,000-staff database, a few searches,
then every person loaded as DTOs (what a full list or an export holds); prints the peak
resident memory.
"""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import demo_database, label, parser, verdict  # noqa: E402

BAR_MB = 400.0


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(people: int, pg_url: str | None) -> None:
    db = demo_database(people, pg_url=pg_url)
    from app.services.org import search_people
    from ui.app import build_main_window, create_app

    app = create_app([])
    window = build_main_window(db)
    window.show()
    app.processEvents()
    screen = window.org_screen
    for text in ("n", "ng", "nguyen", "nguyen thi", "tran van", ""):
        screen.search.setText(text)
        screen.refresh_people()
        app.processEvents()
    after_gui = rss_mb()
    with db.factory() as s:
        everyone = search_people(s, limit=None, include_inactive=True).rows
    after_all = rss_mb()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{label(pg_url)}: {people:,} staff: main window + searches {after_gui:.0f} MB; "
        f"with all {len(everyone):,} people loaded as DTOs {after_all:.0f} MB; peak {peak:.0f} MB "
        f"(bar {BAR_MB:.0f} MB) → {verdict(peak, BAR_MB)}"
    )
    window.close()
    db.close()


if __name__ == "__main__":
    p = parser(__doc__)
    p.add_argument("--people", type=int, default=100_000)
    args = p.parse_args()
    run(args.people, args.pg)
