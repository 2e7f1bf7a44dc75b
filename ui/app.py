"""Building blocks shared by `ui.__main__`, the tests and `benchmarks/`:
`create_app()` (QApplication, font, style, translations) and `build_main_window(db)`."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.database import Database
from app.paths import resources_dir
from ui import i18n
from ui.settings import APPLICATION, ORGANISATION, UiSettings

UI_FONT_FAMILY = "Be Vietnam Pro"
UI_FONT_POINT_SIZE = 9.5


_fonts_loaded = False


def app_style() -> str:
    """The application-wide style sheet: empty on purpose. Styles go on the widgets that
    need them (ui.widgets.set_role, set_invalid; the sidebar's own sheet): an application
    style sheet routes every widget through QStyleSheetStyle and doubled the time to build
    a screen (issue 17)."""
    return ""


def load_fonts() -> str | None:
    """Register every shipped font with Qt (Be Vietnam Pro for the UI, Liberation Serif as
    in the PDFs: what Qt draws then matches them); the UI family name or None."""
    global _fonts_loaded
    family = None
    if not _fonts_loaded:
        for path in sorted((resources_dir() / "fonts").glob("*.tt[fc]")):
            fid = QFontDatabase.addApplicationFont(str(path))
            if fid < 0:
                logging.getLogger("tdkt.ui").warning("font not registered: %s", path.name)
            elif family is None and path.name.startswith("BeVietnamPro-"):
                families = QFontDatabase.applicationFontFamilies(fid)
                family = families[0] if families else None
        _fonts_loaded = True
    return family or (UI_FONT_FAMILY if UI_FONT_FAMILY in QFontDatabase.families() else None)


def app_icon() -> QIcon:
    """The program's icon (resources/icons, drawn by installer/make_icon.py), every size."""
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("tdkt*.png")):
        icon.addFile(str(path))
    return icon


GIL_SWITCH_INTERVAL_S = 0.001


def create_app(argv: list[str] | None = None, *, lang: str | None = None) -> QApplication:
    """The QApplication (reused if one exists) with the bundled font, the Fusion style
    (same look on every PC and in screenshots) and the translations of `lang`
    (default: the one saved in QSettings)."""
    # A worker running Python (an export, a ranking) holds the GIL for up to the switch
    # interval each time the GUI thread needs it back; painting a table makes thousands of
    # such hand-backs (one per data() call), so 5 ms each froze the window for 0.1–0.5 s.
    # 1 ms keeps the window fluid at a small cost in the worker's throughput (issue 17).
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    # PySide6 types instance() as QCoreApplication.
    app = cast("QApplication | None", QApplication.instance())
    if app is None:
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    if app.applicationDisplayName() != APP_NAME:
        app.setApplicationDisplayName(APP_NAME)
    # Changing style, font or style sheet re-polishes every widget: do it only once.
    # (With a style sheet, app.style() is a proxy whose name is not "fusion": use a flag.)
    if not app.property("tdkt_styled"):
        app.setStyle("Fusion")
        app.setProperty("tdkt_styled", True)
    family = load_fonts()
    if family and app.font().family() != family:
        font = QFont(family)
        font.setPointSizeF(UI_FONT_POINT_SIZE)
        app.setFont(font)
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())
    style = app_style()
    if app.styleSheet() != style:
        app.setStyleSheet(style)
    i18n.install_language(app, lang or UiSettings().language)
    return app


def build_main_window(db: Database, *, load_people: bool = True):
    """A MainWindow over `db` (not shown). Import is deferred so `--version` stays instant."""
    from ui.main_window import MainWindow

    return MainWindow(db, load_people=load_people)


def setup_logging(log_dir: Path) -> Path:
    """Log to `log_dir/tdkt.log` (rotated); returns the file path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "tdkt.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
