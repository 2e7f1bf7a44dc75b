import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "tdkt_en.ts"


def test_english_qm_loads_and_translates():
    tr = QTranslator()
    assert tr.load(str(i18n.translations_dir() / "tdkt_en.qm"))
    assert tr.translate("MainWindow", "Tổ chức") == "Organisation"


def test_language_switch_loads_english(qtbot, app, org_db):
    from ui.app import build_main_window

    assert i18n.install_language(app, "en")
    assert QCoreApplication.translate("MainWindow", "Tổ chức") == "Organisation"
    window = build_main_window(org_db)
    qtbot.addWidget(window)
    names = window.screen_names()
    assert names[0] == "Organisation" and names[-1] == "Settings"
    assert {"Nominations", "Review rounds", "Award rules"} <= set(names)
    assert window.org_screen.count_label.text() == "6 people"
    assert (
        window.org_screen.people_model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
        == "Full name"
    )
    assert i18n.install_language(app, "vi")
    assert QCoreApplication.translate("MainWindow", "Tổ chức") == "Tổ chức"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"


def test_saved_language_is_used_at_start(app):
    from ui.app import create_app
    from ui.settings import UiSettings

    UiSettings().language = "en"
    create_app()
    assert i18n.current_language() == "en"
    assert i18n.fmt_int(5500) == "5,500"
    i18n.install_language(app, "vi")
    assert i18n.fmt_int(5500) == "5.500"


def test_every_english_entry_is_translated():
    tree = ET.parse(TS)
    messages = list(tree.iter("message"))
    assert len(messages) > 150
    unfinished = [
        m.find("source").text
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "obsolete") or not m.find("translation").text
    ]
    assert unfinished == []


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
    reason="pyside6-lupdate not installed",
)
def test_ts_file_is_up_to_date_with_the_sources(tmp_path):
    out = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lupdate"), *files, "-ts", str(out)], check=True, capture_output=True
    )
    fresh = {m.find("source").text for m in ET.parse(out).iter("message")}
    stored = {
        m.find("source").text for m in ET.parse(TS).iter("message") if m.find("translation").get("type") != "obsolete"
    }
    assert fresh - stored == set(), "run pyside6-lupdate and resources/translations/fill_en.py"
