"""Benchmark: size of the one-folder bundle (bar ≤ 150 MB) and the built program's start-up
time to a usable main window (bar ≤ 1.0 s, PRODUCT.md §3).

Run: .venv/bin/python benchmarks/bench_bundle.py [--bundle dist/tdkt] [--build] [--runs R] [--people N]
`--build` runs PyInstaller on build.spec first (minutes); otherwise the bundle must exist.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import demo_database, verdict  # noqa: E402
from tests.test_bundle import linux_only_mb  # noqa: E402

BAR_MB = 150.0
BAR_MS = 1000.0
EXE = ".exe" if sys.platform == "win32" else ""


def folder_size(folder: Path) -> tuple[float, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6, len(files)


def largest(folder: Path, n: int = 8) -> list[tuple[float, str]]:
    sizes: dict[str, int] = {}
    base = folder / "_internal" if (folder / "_internal").is_dir() else folder
    for p in base.rglob("*"):
        if p.is_file() and not p.is_symlink():
            top = p.relative_to(base).parts[0]
            sizes[top] = sizes.get(top, 0) + p.stat().st_size
    return sorted(((v / 1e6, k) for k, v in sizes.items()), reverse=True)[:n]


def startup_ms(bundle: Path, db: str, runs: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory(prefix="tdkt-bench-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
        for _ in range(runs):
            out = subprocess.run(
                [str(bundle / f"tdkt{EXE}"), "--db", db, "--timing"],
                env=env,
                capture_output=True,
                text=True,
                timeout=180,
            )
            line = next((ln for ln in out.stdout.splitlines() if ln.startswith("startup_ms=")), None)
            if line is None:
                raise SystemExit(f"no timing printed (exit {out.returncode}): {out.stdout}\n{out.stderr}")
            times.append(float(line.split()[0].split("=")[1]))
    return times


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", type=Path, default=ROOT / "dist" / "tdkt")
    p.add_argument("--build", action="store_true", help="build the bundle with PyInstaller first")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--people", type=int, default=5500)
    args = p.parse_args()
    if args.build:
        subprocess.run(
            [
                str(Path(sys.executable).parent / "pyinstaller"),
                "--noconfirm",
                "--log-level",
                "WARN",
                "--distpath",
                str(args.bundle.parent),
                str(ROOT / "build.spec"),
            ],
            cwd=ROOT,
            check=True,
        )
    if not (args.bundle / f"tdkt{EXE}").is_file():
        raise SystemExit(
            f"Không có bản đóng gói ở {args.bundle}: hãy chạy với --build hoặc pyinstaller --noconfirm build.spec"
        )
    size, count = folder_size(args.bundle)
    extras, _names = linux_only_mb(args.bundle)
    bar = BAR_MB + extras
    print(
        f"bundle {args.bundle} ({sys.platform}): {size:.1f} MB in {count:,} files (bar {BAR_MB:.0f} MB"
        + (f" + {extras:.1f} MB Linux-only libraries = {bar:.1f} MB" if extras else "")
        + f") → {verdict(size, bar)}"
    )
    if extras:
        print(f"  Windows estimate (without the Linux-only libraries): {size - extras:.1f} MB")
    for mb, name in largest(args.bundle):
        print(f"  {mb:7.1f} MB  {name}")
    db = demo_database(args.people)
    target = db.engine.url.render_as_string(hide_password=False)
    db.close()
    times = startup_ms(args.bundle, target, args.runs)
    med = statistics.median(times)
    print(
        f"bundle start to usable main window, {args.people:,} staff: median {med:.0f} ms, best {min(times):.0f} ms, "
        f"worst {max(times):.0f} ms over {len(times)} runs (bar {BAR_MS:.0f} ms) → {verdict(med, BAR_MS)}"
    )


if __name__ == "__main__":
    main()
