"""installer/tdkt.nsi compiles with makensis (quick: over a tiny stand-in bundle; the
real bundle is packed by tests/test_bundle.py), and the exes' version resource comes
from pyproject.toml."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))

from version_info import project_version, version_file, version_numbers  # noqa: E402


def test_version_resource_follows_pyproject():
    version = project_version()
    assert version == __import__("app").__version__
    text = version_file(version, internal="tdkt", filename="tdkt.exe", description="TĐKT Desk")
    call = ast.parse(text).body[0].value  # PyInstaller evaluates this expression
    assert isinstance(call, ast.Call) and call.func.id == "VSVersionInfo"
    assert f"filevers={version_numbers(version)!r}" in text
    assert f"StringStruct('ProductVersion', {version!r})" in text
    assert version_numbers("1.2") == (1, 2, 0, 0) and version_numbers("2.0.1.7.9") == (2, 0, 1, 7)


def test_installer_script_compiles(tmp_path):
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.fail("makensis (NSIS) is needed: tests/run.sh installs the Debian package nsis")
    bundle = tmp_path / "dist tdkt 100%" / "tdkt"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "tdkt.exe").write_bytes(b"MZ stand-in")
    (bundle / "tdkt-cli.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "resources" / "ghi chú.txt").write_text("dữ liệu", encoding="utf-8")
    version = project_version()
    setup = tmp_path / "TDKT-Desk-Setup.exe"
    out = subprocess.run([makensis, "-V2", "-WX", f"-DVERSION={version}", f"-DBUNDLE={bundle}", f"-DOUTFILE={setup}",
                          str(ROOT / "installer" / "tdkt.nsi")], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    data = setup.read_bytes()
    assert data[:2] == b"MZ"
    assert "TĐKT Desk".encode("utf-16-le") in data and version.encode("utf-16-le") in data


def test_installer_needs_a_version(tmp_path):
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.fail("makensis (NSIS) is needed: tests/run.sh installs the Debian package nsis")
    out = subprocess.run([makensis, "-V2", f"-DOUTFILE={tmp_path / 'x.exe'}", str(ROOT / "installer" / "tdkt.nsi")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0 and "VERSION" in out.stdout + out.stderr
