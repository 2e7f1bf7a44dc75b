"""Benchmark: start to a usable main window on the demo database (bar ≤ 1.0 s, PRODUCT.md §3).

Run: .venv/bin/python benchmarks/bench_startup.py [--people N] [--runs R]
Starts the real program (`python -m ui --db … --timing`, offscreen) several times: the
figure is from the start of `ui.__main__` to the main window shown with the staff table
filled. Python may cache compiled bytecode in the child (PYTHONDONTWRITEBYTECODE is
dropped, and one warm-up start is not counted), as in an installed program whose modules
are compiled once. The floor is the simplest PySide6 program in the same runs: import
QtWidgets, a QApplication and an empty QMainWindow shown.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import demo_database, parser, verdict  # noqa: E402

BAR_MS = 1000.0
FLOOR = """
import time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
w = QMainWindow()
w.setCentralWidget(QTableView())
w.show()
app.processEvents()
print(f"startup_ms={(time.perf_counter() - t0) * 1000:.0f}")
"""


def _start(cmd: list[str], env: dict) -> float:
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("startup_ms=")), None)
    if line is None:
        raise SystemExit(f"no timing printed: {out.stdout}\n{out.stderr}")
    return float(line.split()[0].split("=")[1])


def run(people: int, runs: int) -> None:
    db = demo_database(people)
    target = db.engine.url.render_as_string(hide_password=False)
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    program = [sys.executable, "-m", "ui", "--db", target, "--timing"]
    floor_cmd = [sys.executable, "-c", FLOOR]
    _start(program, env)  # compiles and caches the bytecode once
    times, floors = [], []
    for _ in range(runs):  # interleaved: both see the same load
        times.append(_start(program, env))
        floors.append(_start(floor_cmd, env))
    med, floor = statistics.median(times), statistics.median(floors)
    print(
        f"SQLite: start to usable main window, {people:,} staff: median {med:.0f} ms, "
        f"best {min(times):.0f} ms, worst {max(times):.0f} ms over {runs} runs (bar {BAR_MS:.0f} ms) "
        f"→ {verdict(med, BAR_MS)}; floor (empty PySide6 window) median {floor:.0f} ms, "
        f"{med - floor:.0f} ms above it"
    )


if __name__ == "__main__":
    p = parser(__doc__)
    p.add_argument("--people", type=int, default=5500)
    p.add_argument("--runs", type=int, default=5)
    args = p.parse_args()
    run(args.people, args.runs)
    if args.pg:
        # On the office server the program always asks for an account first (a login, or
        # the first administrator): there is no unattended start to time.
        print("PostgreSQL: not timed — a start on the server waits for the clerk's login")
