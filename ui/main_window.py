"""MainWindow: sidebar of the screens that work, a stack of screens, menus, status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from app import APP_NAME
from app.database import Database
from app.services import settings as settings_service
from ui.connection.menu import add_connection_actions
from ui.import_wizard import ImportWizard, save_history_template, save_staff_template
from ui.operations import HISTORY, PEOPLE, RULES, SETTINGS, UNITS, OpChanges, QueryOp, change_hub, notify_changed
from ui.org.org_screen import OrgScreen
from ui.settings import UiSettings
from ui.widgets import fit_to_screen

if TYPE_CHECKING:  # the screens and the guide are imported when first shown (start-up time)
    from ui.help import HelpWindow
    from ui.printing.printing_screen import PrintingScreen

# The sidebar's own style sheet (never an application-wide one: see ui/widgets.py).
SIDEBAR_STYLE = """
QListWidget#Sidebar { border: none; background: palette(window); font-weight: 600; }
QListWidget#Sidebar::item { padding: 4px 8px; border-radius: 4px; }
QListWidget#Sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


@dataclass(frozen=True)
class ScreenSpec:
    """One entry of the sidebar. `factory(db, window)` builds the screen widget the first
    time it is shown (start-up builds only the first screen). Add screens to SCREEN_SPECS;
    list only screens that work."""

    key: str
    title: str  # Vietnamese source text, translated through the "MainWindow" context
    icon: str  # a QStyle.StandardPixmap name
    factory: Callable[[Database, MainWindow], QWidget]


def _org_screen(db: Database, window: MainWindow) -> QWidget:
    return window.org_screen


def _settings_screen(db: Database, window: MainWindow) -> QWidget:
    return window.settings_screen


def _nominations_screen(db: Database, window: MainWindow) -> QWidget:
    from ui.nominations.nominations_screen import NominationsScreen

    return NominationsScreen(db)


def _council_screen(db: Database, window: MainWindow) -> QWidget:
    from ui.council.council_screen import CouncilScreen

    return CouncilScreen(db)


def _rounds_screen(db: Database, window: MainWindow) -> QWidget:
    from ui.rounds.rounds_screen import RoundsScreen

    return RoundsScreen(db)


def _rulesets_screen(db: Database, window: MainWindow) -> QWidget:
    from ui.catalogue.rulesets_screen import RuleSetsScreen

    return RuleSetsScreen(db)


def _dashboard_screen(db: Database, window: MainWindow) -> QWidget:
    from ui.dashboard.dashboard_screen import DashboardScreen, navigate

    screen = DashboardScreen(db)
    screen.navigate_requested.connect(lambda key, round_id: navigate(window, key, round_id))
    return screen


def _reports_screen(db: Database, window: MainWindow) -> QWidget:
    from ui.reports.reports_screen import ReportsScreen

    return ReportsScreen(db)


def _decisions_screen(db: Database, window: MainWindow) -> QWidget:
    from ui.decisions.decisions_screen import DecisionsScreen

    screen = DecisionsScreen(db)

    def to_printing(decision_id: int) -> None:
        window.show_screen("printing")
        cast("PrintingScreen", window.screen("printing")).select_decision(decision_id)

    screen.print_requested.connect(to_printing)
    return screen


def _blocs_screen(db: Database, window: MainWindow) -> QWidget:
    from ui.blocs.blocs_screen import BlocsScreen

    return BlocsScreen(db)


def _examples_screen(db: Database, window: MainWindow) -> QWidget:
    from ui.examples.examples_screen import ExamplesScreen

    return ExamplesScreen(db)


def _audit_screen(db: Database, window: MainWindow) -> QWidget:
    from ui.accounts.audit_screen import AuditScreen

    return AuditScreen(db)


def _printing_screen(db: Database, window: MainWindow) -> QWidget:
    from ui.printing.printing_screen import PrintingScreen

    return PrintingScreen(db)


# Marked for lupdate: the titles are translated in MainWindow's context.
QT_TRANSLATE_NOOP("MainWindow", "Tổ chức")
QT_TRANSLATE_NOOP("MainWindow", "Đề nghị khen thưởng")
QT_TRANSLATE_NOOP("MainWindow", "Đợt xét")
QT_TRANSLATE_NOOP("MainWindow", "Quy định")
QT_TRANSLATE_NOOP("MainWindow", "Hội đồng – Bỏ phiếu")
QT_TRANSLATE_NOOP("MainWindow", "Khối thi đua")
QT_TRANSLATE_NOOP("MainWindow", "Điển hình tiên tiến")
QT_TRANSLATE_NOOP("MainWindow", "Tổng quan")
QT_TRANSLATE_NOOP("MainWindow", "Báo cáo")
QT_TRANSLATE_NOOP("MainWindow", "Quyết định")
QT_TRANSLATE_NOOP("MainWindow", "In giấy khen")
QT_TRANSLATE_NOOP("MainWindow", "Cài đặt")
QT_TRANSLATE_NOOP("MainWindow", "Nhật ký thay đổi")

SCREEN_SPECS: list[ScreenSpec] = [
    ScreenSpec("org", "Tổ chức", "SP_DirHomeIcon", _org_screen),
    ScreenSpec("dashboard", "Tổng quan", "SP_ComputerIcon", _dashboard_screen),
    ScreenSpec("nominations", "Đề nghị khen thưởng", "SP_FileDialogListView", _nominations_screen),
    ScreenSpec("rounds", "Đợt xét", "SP_FileDialogContentsView", _rounds_screen),
    ScreenSpec("rulesets", "Quy định", "SP_FileDialogInfoView", _rulesets_screen),
    ScreenSpec("blocs", "Khối thi đua", "SP_FileDialogToParent", _blocs_screen),
    ScreenSpec("examples", "Điển hình tiên tiến", "SP_DialogYesButton", _examples_screen),
    ScreenSpec("council", "Hội đồng – Bỏ phiếu", "SP_DialogApplyButton", _council_screen),
    ScreenSpec("decisions", "Quyết định", "SP_FileDialogNewFolder", _decisions_screen),
    ScreenSpec("printing", "In giấy khen", "SP_DriveFDIcon", _printing_screen),
    ScreenSpec("reports", "Báo cáo", "SP_FileDialogDetailedView", _reports_screen),
    ScreenSpec("audit", "Nhật ký thay đổi", "SP_MessageBoxInformation", _audit_screen),
    ScreenSpec("settings", "Cài đặt", "SP_FileDialogDetailedView", _settings_screen),
]


class MainWindow(QMainWindow):
    """The program's window over one open Database. GUI thread."""

    screen_changed = Signal(str)
    # Set by ui.connection.menu.add_connection_actions.
    connection_action: QAction
    copy_to_server_action: QAction

    def __init__(self, db: Database, parent: QWidget | None = None, *, load_people: bool = True) -> None:
        super().__init__(parent)
        self._db = db
        self.setObjectName("MainWindow")
        with db.factory() as session:
            self._agency = settings_service.get_settings(session).agency_name

        self.org_screen = OrgScreen(db)
        self._settings_screen: QWidget | None = None  # built on first use (start-up time)
        self.SCREENS = tuple(spec.key for spec in SCREEN_SPECS)
        self._specs = {spec.key: spec for spec in SCREEN_SPECS}
        self._screens: dict[str, QWidget] = {}
        self.stack = QStackedWidget()
        for _spec in SCREEN_SPECS:
            # A placeholder per screen keeps stack indexes equal to sidebar rows.
            self.stack.addWidget(QWidget())

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(2)
        for spec in SCREEN_SPECS:
            icon = self.style().standardIcon(getattr(self.style().StandardPixmap, spec.icon))
            item = QListWidgetItem(icon, QCoreApplication.translate("MainWindow", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 16))
            self.sidebar.addItem(item)
        # The style sheet draws items semi-bold and padded: measure with that font, or the
        # longest title ("Đề nghị khen thưởng") is clipped.
        bold = QFont(self.sidebar.font())
        bold.setWeight(QFont.Weight.DemiBold)
        text_width = max(
            QFontMetrics(bold).horizontalAdvance(self.sidebar.item(i).text()) for i in range(self.sidebar.count())
        )
        width = max(self.sidebar.sizeHintForColumn(0) + 24, text_width + 20 + 16 + 24, 144)
        self.sidebar.setFixedWidth(width)
        self.sidebar.currentRowChanged.connect(self._on_screen_selected)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._start_integrity_check(db)
        self.db_label = QLabel(self.tr("Cơ sở dữ liệu: %1").replace("%1", db.location))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label, 1)

        # Issue 12: after a restore the window closes (nothing may be saved over the restored data).
        self._restored = False
        self.org_screen.import_requested.connect(self.import_staff)
        self.org_screen.template_requested.connect(self.save_template)
        # Screens refresh themselves from the change hub; the window only keeps the cached
        # verdicts of open rounds current while the nominations screen is not built yet.
        change_hub().changed.connect(self._on_verdict_inputs_changed)
        change_hub().changed.connect(self._on_changes)
        self._update_title()
        fit_to_screen(self, 1280, 720)
        self._restore_state()
        self.sidebar.setCurrentRow(0)
        self.org_screen.reload_units()
        if load_people:
            self.org_screen.refresh_people()

    # ------------------------------------------------------------ building
    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Tệp"))
        self.import_action = QAction(self.tr("&Nhập cán bộ từ Excel…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_staff)
        self.template_action = QAction(self.tr("&Tải mẫu Excel…"), self)
        self.template_action.triggered.connect(self.save_template)
        self.quit_action = QAction(self.tr("T&hoát"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        menu.addAction(self.import_action)
        menu.addAction(self.template_action)
        # history import (issue 14): the same wizard as staff
        self.import_history_action = QAction(self.tr("Nhập &lịch sử khen thưởng từ Excel…"), self)
        self.import_history_action.triggered.connect(self.import_history)
        self.history_template_action = QAction(self.tr("Tải mẫu Excel &lịch sử khen thưởng…"), self)
        self.history_template_action.triggered.connect(lambda: save_history_template(self))
        menu.addAction(self.import_history_action)
        menu.addAction(self.history_template_action)
        menu.addSeparator()
        add_connection_actions(self, menu)
        menu.addSeparator()
        menu.addAction(self.quit_action)

        from ui.accounts.menu import add_account_menu

        add_account_menu(self, self._db)  # accounts, password, integrity check (issue 12)
        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        self.help_action = QAction(self.tr("&Hướng dẫn sử dụng"), self)
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.triggered.connect(self.show_help)
        help_menu.addAction(self.help_action)
        self.about_action = QAction(self.tr("&Giới thiệu"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        self._help_window: HelpWindow | None = None

        # Window-wide shortcuts for the staff screen (they switch to it first).
        self.find_action = QAction(self.tr("Tìm cán bộ"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._on_find)
        self.new_person_action = QAction(self.tr("Thêm cán bộ"), self)
        self.new_person_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_person_action.triggered.connect(self._on_new_person)
        self.addAction(self.find_action)
        self.addAction(self.new_person_action)

    def _start_integrity_check(self, db: Database) -> None:
        """The quick check (chain head, seals) on a worker: the window shows meanwhile
        (a third of building it, start-up time); a red banner appears if it finds tampering."""
        from ui.accounts.menu import add_integrity_banner

        add_integrity_banner(self, db)  # a QueryOp

    @property
    def settings_screen(self):
        """The settings screen, built the first time it is needed: its boxes (backups,
        connection, emblem) are not part of the first screen (start-up time, issue 17)."""
        if self._settings_screen is None:
            from ui.settings_screen import SettingsScreen  # deferred: start-up time

            screen = SettingsScreen(self._db)
            screen.settings_saved.connect(self._on_settings_saved)
            screen.backup_box.restored.connect(self._on_restored)
            self._settings_screen = screen
        return self._settings_screen

    def _restore_state(self) -> None:
        ui = UiSettings()
        geometry = ui.bytes_value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = ui.bytes_value("main_window/state")
        if state is not None:
            self.restoreState(state)
        splitter = ui.bytes_value("main_window/org_splitter")
        if splitter is not None:
            self.org_screen.splitter.restoreState(splitter)

    def save_state(self) -> None:
        ui = UiSettings()
        ui.set_value("main_window/geometry", self.saveGeometry())
        ui.set_value("main_window/state", self.saveState())
        ui.set_value("main_window/org_splitter", self.org_screen.splitter.saveState())
        ui.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A screen holding unsaved edits (e.g. a pledge being typed) may ask; False stays.
        for widget in [] if self._restored else self._screens.values():
            confirm = getattr(widget, "confirm_close", None)
            # After saving, the screen closes the window again (not inside this event).
            if confirm is not None and not confirm(lambda: QTimer.singleShot(0, self.close)):
                event.ignore()
                return
        self.save_state()
        super().closeEvent(event)

    # ------------------------------------------------------------ screens
    def screen_names(self) -> list[str]:
        return [self.sidebar.item(i).text() for i in range(self.sidebar.count())]

    def show_screen(self, key: str) -> None:
        self.sidebar.setCurrentRow(self.SCREENS.index(key))

    def current_screen(self) -> str:
        return self.SCREENS[self.stack.currentIndex()]

    # Shadows QWidget.screen() (the QScreen; reached as QWidget.screen(window), see ui/widgets.py).
    def screen(self, key: str) -> QWidget:  # type: ignore[override]
        """The widget of screen `key`, built on first use."""
        widget = self._screens.get(key)
        if widget is None:
            widget = self._specs[key].factory(self._db, self)
            row = self.SCREENS.index(key)
            placeholder = cast(QWidget, self.stack.widget(row))  # every row holds a placeholder until built

            # Each screen in a scroll area: at 125–150 % on 1366×768 a screen wider or taller
            # than the window scrolls instead of being cut off (the window never outgrows it).
            scroll = QScrollArea()
            scroll.setObjectName(f"ScreenScroll_{key}")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(widget)
            self.stack.insertWidget(row, scroll)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._screens[key] = widget
        return widget

    def _on_screen_selected(self, row: int) -> None:
        if row < 0:
            return
        key = self.SCREENS[row]
        self.screen(key)  # built on first use, inside its scroll area
        self.stack.setCurrentIndex(row)
        self.screen_changed.emit(key)

    def _on_find(self) -> None:
        self.show_screen("org")
        self.org_screen.focus_search()

    def _on_new_person(self) -> None:
        self.show_screen("org")
        self.org_screen.add_person()

    def _update_title(self) -> None:
        agency = self._agency.strip() if self._agency else ""
        self.setWindowTitle(f"{APP_NAME} – {agency}" if agency else APP_NAME)

    def _on_verdict_inputs_changed(self, changes: OpChanges) -> None:
        """History or rules changed while the nominations screen is not built: re-check the
        cached verdicts of open rounds (once built, that screen does it itself)."""
        if changes.touches(HISTORY, RULES) and "nominations" not in self._screens:
            from ui.nominations.tasks import recompute_open_rounds

            recompute_open_rounds(self, self._db)

    def _on_restored(self, _path: str) -> None:
        self._restored = True
        self.close()

    def _on_settings_saved(self, values) -> None:
        self._agency = values.agency_name
        self._update_title()

    # ------------------------------------------------------------ actions
    def import_staff(self) -> None:
        wizard = ImportWizard(self._db, self)
        wizard.exec()
        if wizard.imported:
            notify_changed({PEOPLE, UNITS}, wizard)

    def first_run_setup(self) -> None:
        """On a database whose agency is not set up: the first-run wizard (issue 14)."""
        from ui.first_run import needs_setup, run_wizard

        if needs_setup(self._db) and run_wizard(self, self._db):
            notify_changed({SETTINGS}, self)  # the settings screen reloads itself; the title follows

    def _on_changes(self, changes: OpChanges) -> None:
        if changes.touches(SETTINGS) and (changes.initiator is None or changes.initiator is not self._settings_screen):
            QueryOp(
                parent=self, db=self._db, op=settings_service.get_settings, success=self._on_settings_saved, key="title"
            ).run_in_background()

    def import_history(self) -> None:
        wizard = ImportWizard(self._db, self, kind="history")
        wizard.exec()
        if wizard.imported:
            notify_changed({HISTORY}, wizard)

    def save_template(self) -> None:
        save_staff_template(self)

    def show_help(self) -> None:
        """The user guide at the section of the current screen (F1)."""
        from ui.help import SECTION_OF_SCREEN, HelpWindow

        if self._help_window is None:
            self._help_window = HelpWindow(self)
        key = self.current_screen()
        help_window = self._help_window
        help_window.show()
        help_window.show_section(help_window.section_for_screen(SECTION_OF_SCREEN.get(key, self._specs[key].title)))
        help_window.raise_()
        help_window.activateWindow()

    def show_about(self) -> None:
        from app.db import sqlite_path
        from ui.errors import log_file
        from ui.help import AboutDialog

        dialog = AboutDialog(
            self._db.location, sqlite_path(self._db.engine.url.render_as_string(hide_password=False)), log_file(), self
        )
        dialog.exec()
        dialog.deleteLater()

    @property
    def db(self) -> Database:
        return self._db
