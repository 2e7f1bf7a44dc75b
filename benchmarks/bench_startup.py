"""Benchmark: start to a usable main window on the demo database (bar ≤ 1.0 s, PRODUCT.md §3).

Run: .venv/bin/python benchmarks/bench_startup.py [--people N] [--runs R] [--pg URL]
Starts the real program (`python -m ui --db … --timing`, offscreen) several times: the
figure is from process start to the main window shown with the staff table filled.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import demo_database, label, parser, verdict  # noqa: E402

BAR_MS = 1000.0


def run(people: int, runs: int, pg_url: str | None) -> None:
    db = demo_database(people, pg_url=pg_url)
    target = db.engine.url.render_as_string(hide_password=False)
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-m", "ui", "--db", target, "--timing"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=120)
        line = next((ln for ln in out.stdout.splitlines() if ln.startswith("startup_ms=")), None)
        if line is None:
            raise SystemExit(f"no timing printed: {out.stdout}\n{out.stderr}")
        times.append(float(line.split()[0].split("=")[1]))
    med = statistics.median(times)
    print(f"{label(pg_url)}: start to usable main window, {people:,} staff: median {med:.0f} ms, "
          f"best {min(times):.0f} ms, worst {max(times):.0f} ms over {runs} runs (bar {BAR_MS:.0f} ms) "
          f"→ {verdict(med, BAR_MS)}")


if __name__ == "__main__":
    p = parser(__doc__)
    p.add_argument("--people", type=int, default=5500)
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args()
    run(args.people, args.runs, None)
    if args.pg:
        run(args.people, args.runs, args.pg)
