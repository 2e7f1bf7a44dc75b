"""build.spec builds a one-folder bundle whose programs start (slow: ~1–3 minutes)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        pytest.fail("PyInstaller is part of the test extras and must be installed")
    work = tmp_path_factory.mktemp("pyi")
    subprocess.run(
        [str(Path(sys.executable).parent / "pyinstaller"), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(ROOT / "build.spec")],
        cwd=ROOT, check=True, timeout=1200,
    )
    return work / "dist" / "tdkt"


def _env(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"))
    return env


def test_bundle_contains_resources_and_migrations(bundle):
    internal = bundle / "_internal"
    base = internal if internal.exists() else bundle
    assert (base / "resources" / "fonts" / "LiberationSerif-Regular.ttf").is_file()
    assert (base / "app" / "migrations" / "env.py").is_file()
    assert list((base / "app" / "migrations" / "versions").glob("0001_*.py"))


def test_gui_program_starts(bundle, tmp_path):
    from app import __version__

    out = subprocess.run([str(bundle / "tdkt"), "--version"], capture_output=True, text=True,
                         env=_env(tmp_path), timeout=60)
    assert out.returncode == 0, out.stderr
    assert __version__ in out.stdout
    check = subprocess.run([str(bundle / "tdkt"), "--self-check"], capture_output=True, text=True,
                           env=_env(tmp_path), timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr


def test_cli_program_creates_database(bundle, tmp_path):
    dbp = tmp_path / "Tài liệu" / "b.db"
    out = subprocess.run([str(bundle / "tdkt-cli"), "--db", str(dbp), "init"], capture_output=True, text=True,
                         env=_env(tmp_path), timeout=120)
    assert out.returncode == 0, out.stderr
    info = subprocess.run([str(bundle / "tdkt-cli"), "--db", str(dbp), "info", "--json"], capture_output=True,
                          text=True, env=_env(tmp_path), timeout=60)
    assert info.returncode == 0 and '"people": 0' in info.stdout
