"""NumPy without OpenBLAS for the bundle (issue 13: the bundle's bar is 150 MB).

The scan reader (app/scan_image.py, app/scan_reader.py) is NumPy's only user: element-wise
array work, FFTs (pocketfft, part of NumPy) and 3×3 / 8×8 linear solves (NumPy's own
lapack_lite), nothing that needs an optimised BLAS. NumPy's wheels carry OpenBLAS all the
same (Windows 20.4 MB; Linux 25.4 MB and libgfortran 2.8 MB), linked by NumPy's core, so
the bundle cannot simply leave it out. This script replaces the environment's NumPy with
the same version built from its source without BLAS and LAPACK (meson options blas=none,
lapack=none), once per machine: the built wheel is kept in a cache folder and reused.
Measured on 100 scanned pages (benchmarks/bench_scans.py): the same verdicts, a few
percent slower, well inside the 20 s bar.

Run (tests/run.sh and the Windows workflow do, before the tests and the bundle):
    python installer/numpy_without_blas.py [--cache DIR]
Building needs a C/C++ compiler (gcc on Linux; Visual Studio Build Tools on Windows) and
takes ~5 minutes on 2 cores. On Windows the wheel is then repaired with delvewheel so that
it carries the C++ runtime it links, as NumPy's own wheels do. build.spec refuses to
bundle a NumPy that still has OpenBLAS.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

MESON_OPTIONS = ("-Dblas=none", "-Dlapack=none", "-Dallow-noblas=true")
NO_BLAS = "none none"  # what PROBE prints for a NumPy without BLAS and LAPACK
PROBE = (
    "import numpy; d = numpy.show_config(mode='dicts')['Build Dependencies']; "
    "print(d['blas'].get('name', 'none'), d['lapack'].get('name', 'none'))"
)


def default_cache() -> Path:
    base = os.environ.get("LOCALAPPDATA") if sys.platform == "win32" else os.environ.get("XDG_CACHE_HOME")
    return Path(base) if base else Path.home() / ".cache"


def blas_of_installed() -> str:
    """NO_BLAS for a NumPy built without BLAS/LAPACK, else the libraries' names
    (asked in a fresh interpreter: the installed files, not a module already loaded)."""
    out = subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args], check=True)


def build(version: str, into: Path) -> Path:
    """Builds numpy==version from source without BLAS into `into`; the wheel's path."""
    with tempfile.TemporaryDirectory(prefix="numpy-noblas-") as tmp:
        work = Path(tmp)
        settings = [f"-Csetup-args={o}" for o in MESON_OPTIONS]
        if sys.platform == "win32":
            settings.append("-Csetup-args=--vsenv")  # find MSVC outside a developer prompt
        # --no-cache-dir: pip's cache of built wheels ignores the build settings.
        pip(
            "wheel",
            "--no-cache-dir",
            "--no-deps",
            "--no-binary",
            "numpy",
            f"numpy=={version}",
            *settings,
            "-w",
            str(work / "built"),
        )
        (wheel,) = (work / "built").glob("numpy-*.whl")
        if sys.platform == "win32":
            pip("install", "-q", "delvewheel")
            subprocess.run(
                [sys.executable, "-m", "delvewheel", "repair", "-w", str(work / "repaired"), str(wheel)], check=True
            )
            (wheel,) = (work / "repaired").glob("numpy-*.whl")
        into.mkdir(parents=True, exist_ok=True)
        partial = into / (wheel.name + ".part")
        shutil.copyfile(wheel, partial)
        final = into / wheel.name
        os.replace(partial, final)  # a cache never holds half a wheel
        return final


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cache", type=Path, default=None, help="folder of built wheels (default: the user's cache)")
    args = p.parse_args()
    version = importlib.metadata.version("numpy")
    found = blas_of_installed()
    if found == NO_BLAS:
        print(f"NumPy {version}: không có OpenBLAS (đúng cho bản đóng gói).")
        return 0
    tag = f"numpy-{version}-{sysconfig.get_platform()}-cp{sys.version_info[0]}{sys.version_info[1]}"
    folder = (args.cache or default_cache() / "tdkt-desk" / "wheels") / tag
    wheels = sorted(folder.glob("numpy-*.whl")) if folder.is_dir() else []
    if wheels:
        wheel = wheels[-1]
        print(f"NumPy {version} không BLAS: dùng bản đã dựng {wheel}")
    else:
        print(f"NumPy {version} không BLAS: dựng từ mã nguồn (~5 phút)…", flush=True)
        wheel = build(version, folder)
    pip("install", "-q", "--no-deps", "--force-reinstall", str(wheel))
    found = blas_of_installed()
    if found != NO_BLAS:
        print(f"NumPy vẫn có BLAS/LAPACK sau khi cài {wheel}: {found}", file=sys.stderr)
        return 1
    print(f"NumPy {version}: đã thay bằng bản không có OpenBLAS.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
