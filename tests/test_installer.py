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


def test_bundle_filter_keeps_what_runs_and_drops_the_rest():
    from bundle_filter import EXCLUDES, wanted

    keep = [
        "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/Qt6Pdf.dll", "PySide6/plugins/platforms/qwindows.dll", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so", "PySide6/plugins/printsupport/windowsprintersupport.dll",
        "PySide6/Qt/translations/qtbase_en.qm", "resources/translations/tdkt_en.qm",
        "resources/translations/tdkt_qt_vi.qm", "psycopg_binary.libs/libssl-81ffa89e.so.3",
        "psycopg_binary.libs/libgssapi_krb5-497db0c6.so.2.2", "libcrypto.so.3", "libssl-3.dll",
        "asyncio/sslproto.pyc", "pillow.libs/libjpeg-6dc8d115.so.62.4.0", "libfreetype.so.6", "libglib-2.0.so.0",
        "app/services/printing.pyc", "docs/screenshots/main-window.png", "README.md",
    ]
    drop = [
        "PySide6/Qt/translations/qtbase_de.qm", "PySide6/translations/qt_help_en.qm",
        "PySide6/Qt/translations/designer_en.qm", "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt6Qml.dll", "PySide6/opengl32sw.dll",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6", "libgtk-3.so.0", "libpango-1.0.so.0", "libcups.so.2",
        "pillow.libs/libavif-c6062d5f.so.16.4.2", "pillow.libs/libharfbuzz-fb49c9fc.so.0.61450.0",
    ]
    assert [d for d in keep if not wanted(d)] == []
    assert [d for d in drop if wanted(d)] == []
    assert "ssl" not in EXCLUDES and "PySide6.QtNetwork" not in EXCLUDES  # psycopg and QtPdf need them
    assert {"cryptography", "lxml", "PySide6.QtQuick"} <= set(EXCLUDES)
