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

from numpy_without_blas import blas_of_installed  # noqa: E402
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
    out = subprocess.run(
        [
            makensis,
            "-V2",
            "-WX",
            f"-DVERSION={version}",
            f"-DBUNDLE={bundle}",
            f"-DOUTFILE={setup}",
            str(ROOT / "installer" / "tdkt.nsi"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    data = setup.read_bytes()
    assert data[:2] == b"MZ"
    assert "TĐKT Desk".encode("utf-16-le") in data and version.encode("utf-16-le") in data


def test_installer_needs_a_version(tmp_path):
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.fail("makensis (NSIS) is needed: tests/run.sh installs the Debian package nsis")
    out = subprocess.run(
        [makensis, "-V2", f"-DOUTFILE={tmp_path / 'x.exe'}", str(ROOT / "installer" / "tdkt.nsi")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode != 0 and "VERSION" in out.stdout + out.stderr


def test_bundle_filter_keeps_what_runs_and_drops_the_rest():
    from bundle_filter import EXCLUDES, wanted

    keep = [
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/Qt6Pdf.dll",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/plugins/printsupport/windowsprintersupport.dll",
        "PySide6/Qt/translations/qtbase_en.qm",
        "resources/translations/tdkt_en.qm",
        "resources/translations/tdkt_qt_vi.qm",
        "psycopg_binary.libs/libssl-81ffa89e.so.3",
        "psycopg_binary.libs/libgssapi_krb5-497db0c6.so.2.2",
        "libcrypto.so.3",
        "libssl-3.dll",
        "asyncio/sslproto.pyc",
        "pillow.libs/libjpeg-6dc8d115.so.62.4.0",
        "libfreetype.so.6",
        "libglib-2.0.so.0",
        "app/services/printing.pyc",
        "docs/screenshots/main-window.png",
        "README.md",
    ]
    drop = [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/translations/qt_help_en.qm",
        "PySide6/Qt/translations/designer_en.qm",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt6Qml.dll",
        "PySide6/opengl32sw.dll",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "libgtk-3.so.0",
        "libpango-1.0.so.0",
        "libcups.so.2",
        "pillow.libs/libavif-c6062d5f.so.16.4.2",
        "pillow.libs/libharfbuzz-fb49c9fc.so.0.61450.0",
        "resources/translations/tdkt_en.ts",
        "resources/translations/fill_en.py",
    ]
    assert [d for d in keep if not wanted(d)] == []
    assert [d for d in drop if wanted(d)] == []
    assert "ssl" not in EXCLUDES and "PySide6.QtNetwork" not in EXCLUDES  # psycopg and QtPdf need them
    assert {"cryptography", "lxml.objectify", "PySide6.QtQuick", "cv2"} <= set(EXCLUDES)
    assert "lxml" not in EXCLUDES  # python-docx writes the Word files with lxml.etree
    assert "numpy" not in EXCLUDES  # the scan reader's image operations (app/scan_image.py)


def _evaluate_build_spec(tmp_path, monkeypatch, binaries):
    """build.spec evaluated against recording stand-ins of PyInstaller's spec API, with
    `binaries` as what Analysis collected: {"Analysis": [...], "EXE": [...], "COLLECT": [...]}."""
    import PyInstaller.utils.hooks as hooks

    made = {"Analysis": [], "EXE": [], "COLLECT": []}

    class Analysis:
        def __init__(self, scripts, **kw):
            self.scripts, self.kw = scripts, kw
            self.pure = []
            self.binaries = list(binaries)
            self.datas = [
                ("PySide6/Qt/translations/qtbase_fr.qm", "x", "DATA"),
                ("resources/translations/tdkt_qt_vi.qm", "x", "DATA"),
            ]
            made["Analysis"].append(self)

    def record(kind):
        def make(*args, **kw):
            made[kind].append((args, kw))
            return (kind, args, kw)

        return make

    monkeypatch.setattr(hooks, "collect_submodules", lambda package, **kw: [package])
    namespace = {
        "SPECPATH": str(ROOT),
        "workpath": str(tmp_path),
        "Analysis": Analysis,
        "PYZ": lambda pure: "pyz",
        "EXE": record("EXE"),
        "COLLECT": record("COLLECT"),
        "__file__": str(ROOT / "build.spec"),
    }
    exec(compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec"), namespace)
    return made


def test_build_spec_declares_two_programs_over_one_runtime(tmp_path, monkeypatch):
    """build.spec's programs (the real build is tests/test_bundle.py, slow): names,
    windowed/console, icon, version file, shared .pyc runtime, and the filter applied to
    what Analysis collected."""
    made = _evaluate_build_spec(
        tmp_path,
        monkeypatch,
        [
            ("PySide6/Qt/lib/libQt6Pdf.so.6", "x", "BINARY"),
            ("PySide6/Qt/lib/libQt6Quick.so.6", "x", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqwayland.so", "x", "BINARY"),
            ("PySide6/Qt/lib/libQt6OpenGL.so.6", "x", "BINARY"),
            ("PySide6/Qt/plugins/imageformats/libqsvg.so", "x", "BINARY"),
            ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", "x", "BINARY"),
        ],
    )
    gui, cli = made["Analysis"]
    assert gui.scripts[0].endswith("__main__.py") and cli.scripts[0].endswith("cli.py")
    assert gui.kw["noarchive"] and cli.kw["noarchive"]  # modules as shared .pyc files
    assert "ui" in gui.kw["hiddenimports"] and "ui" not in cli.kw["hiddenimports"]  # the CLI has no Qt
    for a in (gui, cli):
        assert [b[0] for b in a.binaries] == [
            "PySide6/Qt/lib/libQt6Pdf.so.6",
            "numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so",
        ]
        assert {"numpy.random", "cv2", "sqlalchemy.dialects.mysql"} <= set(a.kw["excludes"])
        assert "numpy" not in a.kw["excludes"]
        assert [d[0] for d in a.datas] == ["resources/translations/tdkt_qt_vi.qm"]
    exes = {kw["name"]: kw for _args, kw in made["EXE"]}
    assert exes["tdkt"]["console"] is False and exes["tdkt-cli"]["console"] is True
    for kw in exes.values():
        text = Path(kw["version"]).read_text(encoding="utf-8")
        assert f"StringStruct('ProductVersion', {project_version()!r})" in text
    ((_args, collect),) = made["COLLECT"]
    assert collect["name"] == "tdkt"


def test_build_spec_refuses_numpy_with_openblas(tmp_path, monkeypatch):
    """NumPy's wheels link OpenBLAS (20–28 MB, unused by the scan reader): the bundle is
    built only with the NumPy of installer/numpy_without_blas.py, and says how to get it."""
    with pytest.raises(SystemExit) as raised:
        _evaluate_build_spec(
            tmp_path,
            monkeypatch,
            [
                ("PySide6/Qt/lib/libQt6Pdf.so.6", "x", "BINARY"),
                ("numpy.libs/libscipy_openblas64_-32a4b2a6.so", "x", "BINARY"),
            ],
        )
    message = str(raised.value)
    assert "numpy.libs/libscipy_openblas64_-32a4b2a6.so" in message
    assert "installer/numpy_without_blas.py" in message


def test_tests_run_on_numpy_without_openblas():
    """tests/run.sh (and the Windows workflow) put in the NumPy the bundle ships: built
    without BLAS/LAPACK, so the scan reader is tested on what the users get."""
    assert blas_of_installed() == "none none", "chạy: python installer/numpy_without_blas.py"
