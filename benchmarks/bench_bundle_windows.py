"""Benchmark: the Windows bundle's size (bar ≤ 150 MB) estimated from a built Linux bundle
and the Windows wheels of its compiled packages, where no Windows machine is at hand.

Run: .venv/bin/python -m benchmarks.bench_bundle_windows --bundle dist/tdkt --wheels DIR
DIR holds the win_amd64 wheels of the same versions, e.g.
  pip download --no-deps --only-binary=:all: --platform win_amd64 --python-version 3.11 \\
      PySide6_Essentials==X shiboken6==X PySide6_Pdf==X numpy==X pillow==X pypdfium2==X psycopg-binary==X \\
      lxml==X sqlalchemy==X -d DIR

Each compiled file of those packages in the Linux bundle is replaced by its Windows
counterpart (same module or library name: libQt6Core.so.6 → Qt6Core.dll,
_imaging.cpython-311-x86_64-linux-gnu.so → _imaging.cp311-win_amd64.pyd); files without one
(X11 platform plugin, libgfortran, Pillow's own copies of libjpeg…, built into the Windows
binaries) are dropped, and the Windows-only files the program loads are added (the
Windows platform and style plugins, the MSVC runtime the wheels carry, libpq's DLLs).
The Linux system libraries of tests/test_bundle.py's LINUX_ONLY are dropped; everything
else (Python code, resources, CPython's own libraries) is counted as it is. The bundle's
NumPy is built without OpenBLAS (installer/numpy_without_blas.py): the wheel's OpenBLAS
has no counterpart in the Linux bundle and is not counted; the C++ runtime that
delvewheel puts beside that NumPy on Windows is (as in NumPy's own wheel). The real
figure comes from the Windows workflow (.github/workflows/windows.yml).
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "installer"))

from bundle_filter import wanted  # noqa: E402

from benchmarks.common import verdict  # noqa: E402
from tests.test_bundle import AUDITWHEEL, LINUX_ONLY  # noqa: E402

BAR_MB = 150.0
# Top folders of the bundle that come from a wheel with compiled code: wheel name prefix.
PACKAGES = {
    "PySide6": "pyside6_",
    "shiboken6": "shiboken6",
    "numpy": "numpy",
    "numpy.libs": "numpy",
    "PIL": "pillow",
    "pillow.libs": "pillow",
    "pypdfium2_raw": "pypdfium2",
    "psycopg_binary": "psycopg_binary",
    "psycopg_binary.libs": "psycopg_binary",
    "lxml": "lxml",
    "sqlalchemy": "sqlalchemy",
}
COMPILED = re.compile(r"(\.so(\.[0-9.]+)?|\.pyd|\.dll)$", re.I)
# Windows files that no Linux file stands for, loaded by the program: Qt's Windows platform
# and style plugins, the C++ runtime shipped in the wheels, libpq's own DLLs.
WINDOWS_ONLY = re.compile(
    r"(plugins/platforms/qwindows|plugins/styles/|(^|/)(msvcp|vcruntime|concrt)[^/]*\.dll$|"
    r"^psycopg_binary\.libs/)",
    re.I,
)
# Python bindings and Qt libraries left out of the bundle (build.spec's own filter).
SPEC_DROPS = re.compile(r"(^|/)(lib)?(Qt6Svg|Qt6OpenGL\.|qsvg|qsvgicon)[^/]*$|(^|/)PySide6/QtNetwork\.", re.I)


def key(name: str) -> str:
    """A compiled file's name without platform decoration: libQt6Core.so.6 and Qt6Core.dll
    both give 'qt6core'; auditwheel/delvewheel hashes are dropped."""
    name = name.lower()
    name = name[3:] if name.startswith("lib") else name
    name = re.sub(r"-[0-9a-f]{8,}(?=\.)", "", name)
    return name.split(".", 1)[0]


def windows_files(wheels: Path) -> dict[str, list[tuple[str, int]]]:
    """Top folder → [(path inside the bundle, size)] of the compiled files of the Windows wheels."""
    out: dict[str, list[tuple[str, int]]] = {}
    for wheel in sorted(wheels.glob("*win_amd64.whl")):
        with zipfile.ZipFile(wheel) as z:
            for info in z.infolist():
                top = info.filename.split("/", 1)[0]
                if top in PACKAGES and COMPILED.search(info.filename):
                    out.setdefault(top, []).append((info.filename, info.file_size))
    return out


def match_key(rel: str) -> tuple[str, str]:
    """What a compiled file is, across platforms: Qt's folders differ between the Linux and
    Windows wheels (Qt/lib, Qt/plugins/x vs the package root, plugins/x), other packages
    keep theirs."""
    top = rel.split("/", 1)[0]
    name = rel.rsplit("/", 1)[-1]
    if top in ("PySide6", "shiboken6") or top.endswith(".libs"):
        return top, key(name)
    return rel.rsplit("/", 1)[0] if "/" in rel else "", key(name)


def estimate(bundle: Path, wheels: Path) -> tuple[float, float, float]:
    """(Windows estimate, Linux-only system libraries dropped, Windows binaries added), MB."""
    base = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    win = windows_files(wheels)
    missing = sorted(p for p in PACKAGES if (base / p).is_dir() and p not in win and not p.endswith(".libs"))
    if missing:
        raise SystemExit(f"Thiếu wheel Windows cho: {', '.join(missing)} (trong {wheels})")
    kept = sum(p.stat().st_size for p in bundle.iterdir() if p.is_file())  # the two launchers
    linux_only = 0
    keys: set[tuple[str, str]] = set()
    for p in base.rglob("*"):
        if not p.is_file() or p.is_symlink():
            continue
        rel = p.relative_to(base).as_posix()
        if LINUX_ONLY.match(p.name) and not AUDITWHEEL.search(p.name):
            linux_only += p.stat().st_size  # no Windows counterpart (Qt6DBus: Linux's Qt6Gui needs it)
        elif rel.split("/", 1)[0] in PACKAGES and COMPILED.search(p.name):
            keys.add(match_key(rel))  # replaced by its Windows counterpart below
        else:
            kept += p.stat().st_size
    added = 0
    for files in win.values():
        for rel, size in files:
            if wanted(rel) and not SPEC_DROPS.search(rel) and (match_key(rel) in keys or WINDOWS_ONLY.search(rel)):
                added += size
    return (kept + added) / 1e6, linux_only / 1e6, added / 1e6


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", type=Path, default=ROOT / "dist" / "tdkt")
    p.add_argument("--wheels", type=Path, required=True)
    args = p.parse_args()
    if not args.bundle.is_dir():
        raise SystemExit(f"Không có bản đóng gói ở {args.bundle}")
    size, linux_only, added = estimate(args.bundle, args.wheels)
    print(
        f"Linux-only system libraries left out: {linux_only:.1f} MB; Windows binaries of the compiled "
        f"packages put in: {added:.1f} MB"
    )
    print(f"Windows bundle estimate: {size:.1f} MB (bar {BAR_MB:.0f} MB) → {verdict(size, BAR_MB)}")


if __name__ == "__main__":
    main()
