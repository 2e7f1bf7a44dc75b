"""Help in the program (issue 13): F1 opens the bundled guide at the current screen's
section, with its screenshots; Giới thiệu shows the folders; the window has an icon."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication


def _help(main_window, qtbot):
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    window = main_window._help_window
    assert window is not None and window.isVisible()
    return window


def test_f1_opens_the_guide_at_the_current_screen(main_window, qtbot, tmp_path):
    main_window.show_screen("org")
    window = _help(main_window, qtbot)
    assert window.headings and window.current_heading() == "Organisation (Tổ chức)"
    main_window.show_screen("printing")
    main_window.help_action.trigger()
    assert window.current_heading() == "Certificates (In giấy khen)"
    main_window.show_screen("rounds")  # no section of its own: the nominations' one
    main_window.help_action.trigger()
    assert window.current_heading() == "Nominations (Đề nghị khen thưởng)"
    window.grab().save(str(tmp_path / "help.png"))


def test_the_guide_shows_its_screenshots_offline(main_window, qtbot):
    window = _help(main_window, qtbot)
    doc = window.browser.document()
    image = doc.resource(QTextDocument.ResourceType.ImageResource, "docs/screenshots/main-window.png")
    if image is None:  # loaded lazily when laid out: ask the browser like the layout does
        image = window.browser.loadResource(
            QTextDocument.ResourceType.ImageResource.value, doc.baseUrl().resolved("docs/screenshots/main-window.png")
        )
    assert image is not None and not image.isNull()


def test_find_in_the_guide(main_window, qtbot):
    window = _help(main_window, qtbot)
    window.find_box.setText("tdkt-cli")
    window.find_next()
    assert window.browser.textCursor().selectedText().lower() == "tdkt-cli"


def test_missing_guide_is_a_message_not_a_crash(main_window, qtbot, monkeypatch, tmp_path):
    import ui.help as help_module

    monkeypatch.setattr(help_module, "guide_path", lambda: tmp_path / "không có.md")
    window = help_module.HelpWindow()
    qtbot.addWidget(window)
    assert "Không tìm thấy tệp hướng dẫn" in window.browser.toPlainText()
    assert window.show_section("Organisation") is False


def test_about_lists_folders_and_opens_them(main_window, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices

    import ui.help as help_module

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    dialog = help_module.AboutDialog(
        "D:/dữ liệu 100%/tdkt.db", tmp_path / "dữ liệu 100%" / "tdkt.db", tmp_path / "logs" / "tdkt.log", main_window
    )
    dialog.open_buttons["database"].click()
    dialog.open_buttons["logs"].click()
    assert opened == [str(tmp_path / "dữ liệu 100%"), str(tmp_path / "logs")]
    server = help_module.AboutDialog("postgresql+psycopg://tdkt:***@srv/tdkt", None, None, main_window)
    assert set(server.open_buttons) == {"data", "logs"}  # a server database has no folder


def test_about_says_when_a_folder_cannot_be_opened(main_window, monkeypatch, tmp_path, message_boxes):
    from PySide6.QtGui import QDesktopServices

    import ui.help as help_module

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    dialog = help_module.AboutDialog("x.db", tmp_path / "x.db", None, main_window)
    assert dialog.open_folder_of("database") is False
    (text,) = message_boxes.texts("warning")
    assert "Không mở được thư mục" in text and str(tmp_path) in text


def test_window_icon_is_set(main_window):
    icon = QApplication.windowIcon()
    assert not icon.isNull() and {16, 32, 256} <= {s.width() for s in icon.availableSizes()}
