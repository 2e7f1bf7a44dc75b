from PySide6.QtCore import Qt

from ui.org.person_dialog import PersonDialog
from ui.settings import UiSettings


def test_opens_with_only_the_working_screens(main_window):
    names = main_window.screen_names()
    assert names[0] == "Tổ chức" and names[-1] == "Cài đặt"
    assert {"Đề nghị khen thưởng", "Đợt xét", "Quy định"} <= set(names)
    assert main_window.current_screen() == "org"
    assert main_window.org_screen.people_model.rowCount() == 6
    assert main_window.windowTitle() == "TĐKT Desk"  # no agency name yet
    assert "test.db" in main_window.db_label.text()
    menus = [a.text() for a in main_window.menuBar().actions()]
    assert menus == ["&Tệp", "Tài &khoản", "Trợ &giúp"]


def test_sidebar_switches_screens(qtbot, main_window):
    main_window.sidebar.setCurrentRow(main_window.SCREENS.index("settings"))
    assert main_window.stack.currentWidget().widget() is main_window.settings_screen  # in its scroll area


def test_title_follows_the_agency_name(qtbot, main_window):
    main_window.show_screen("settings")
    main_window.settings_screen.fields["agency_name"].setText("Sở Nội vụ tỉnh Bắc Ninh")
    main_window.settings_screen.save()
    assert main_window.windowTitle() == "TĐKT Desk – Sở Nội vụ tỉnh Bắc Ninh"


def test_keyboard_shortcuts(qtbot, main_window, monkeypatch):
    main_window.show_screen("settings")
    main_window.activateWindow()
    main_window.find_action.trigger()
    assert main_window.current_screen() == "org"
    assert main_window.org_screen.search.hasFocus()
    assert main_window.find_action.shortcut().toString() == "Ctrl+F"
    assert main_window.new_person_action.shortcut().toString() == "Ctrl+N"
    opened = []
    monkeypatch.setattr(PersonDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    main_window.new_person_action.trigger()
    assert opened == ["Thêm cán bộ"]


def test_escape_closes_dialogs(qtbot, main_window):
    dialog = PersonDialog(main_window.db, main_window.org_screen._units, parent=main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_window_geometry_is_remembered(qtbot, main_window, org_db, ui_settings_file):
    from ui.app import build_main_window

    main_window.resize(800, 500)  # within the offscreen 800×600 screen
    main_window.close()
    assert ui_settings_file.exists()
    assert UiSettings().bytes_value("main_window/geometry") is not None
    again = build_main_window(org_db)
    qtbot.addWidget(again)
    assert again.height() == 500 and abs(again.width() - 800) <= 4  # offscreen frame margins


def test_about_box(main_window, monkeypatch):
    from PySide6.QtWidgets import QLabel

    from ui.help import AboutDialog

    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    main_window.about_action.trigger()
    (dialog,) = shown
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "TĐKT Desk" in texts and "test.db" in texts
    assert set(dialog.open_buttons) == {"database", "data", "logs"}


def test_history_or_rules_changes_recheck_verdicts_without_the_nominations_screen(main_window, monkeypatch):
    """No screen signal is wired through the window any more: it only keeps the cached
    verdicts current from the change hub while the nominations screen is not built."""
    import ui.nominations.tasks as tasks
    from ui.operations import HISTORY, PEOPLE, RULES, notify_changed

    calls = []
    monkeypatch.setattr(tasks, "recompute_open_rounds", lambda parent, db: calls.append(parent))
    notify_changed({PEOPLE})
    notify_changed({HISTORY})
    notify_changed({RULES})
    assert [c for c in calls if c is main_window] == [main_window, main_window]  # earlier tests' windows may linger
    assert not hasattr(main_window, "on_history_changed") and not hasattr(main_window, "on_rounds_changed")
