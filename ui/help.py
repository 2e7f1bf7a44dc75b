"""Help in the program (issue 13): the user guide and "Giới thiệu".

`HelpWindow` shows the bundled user guide (README.md with its screenshots, read from the
program folder: offline) in a QTextBrowser rendering Markdown, opened at the section of
the screen the user is on (F1 or *Trợ giúp → Hướng dẫn sử dụng*). `AboutDialog` shows the
version, the database and the data and log folders, each with *Mở thư mục*. GUI thread.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__, paths

# Screens whose guide section is not the one named after them.
SECTION_OF_SCREEN = {"rounds": "Đề nghị khen thưởng", "dashboard": "Tổng quan", "reports": "Báo cáo"}
GUIDE_START = "User guide"


def guide_path() -> Path:
    """README.md beside `resources/` (the repository, or `_internal/` of the bundle)."""
    return paths.project_root() / "README.md"


def open_folder(folder: Path) -> bool:
    """Open `folder` in the file manager (Explorer on Windows); False when it failed."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class HelpWindow(QWidget):
    """The user guide in its own window: headings on the left are plain Markdown headings;
    `show_section(title)` scrolls to the first heading containing `title`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("HelpWindow")
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng – %1").replace("%1", APP_NAME))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(self.tr("Tìm trong hướng dẫn…"))
        self.find_box.returnPressed.connect(self.find_next)
        find_button = QPushButton(self.tr("Tìm"))
        find_button.clicked.connect(self.find_next)
        self.start_button = QPushButton(self.tr("Mục lục"))
        self.start_button.clicked.connect(lambda: self.show_section(GUIDE_START))
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.find_box.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        top = QHBoxLayout()
        top.addWidget(self.start_button)
        top.addStretch(1)
        top.addWidget(self.find_box, 2)
        top.addWidget(find_button)
        top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        self.resize(960, 720)
        self.headings: list[tuple[str, int]] = []
        self._section: int | None = None
        self._natural_widths: dict[str, int] = {}
        self.load()

    def load(self) -> bool:
        """Read the guide; a missing file shows a plain message (never an exception)."""
        path = guide_path()
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            self.browser.setPlainText(
                self.tr("Không tìm thấy tệp hướng dẫn %1. Hãy cài lại chương trình.").replace("%1", str(path))
            )
            self.headings = []
            return False
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.document().setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self.headings = []
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                self.headings.append((block.text(), block.position()))
            block = block.next()
        return True

    def section_for_screen(self, screen_title: str) -> str:
        """The heading for a screen: the one naming it in parentheses, else the guide's start."""
        for heading, _ in self.headings:
            if re.search(r"\(([^)]*)\)", heading) and screen_title in heading:
                return heading
        return GUIDE_START

    def show_section(self, title: str) -> bool:
        """Scroll so that the first heading containing `title` is at the top."""
        for heading, position in self.headings:
            if title in heading:
                self._section = position
                cursor = QTextCursor(self.browser.document())
                cursor.setPosition(position)
                self.browser.setTextCursor(cursor)
                self._scroll_to_section()
                return True
        return False

    def _fit_images(self) -> None:
        """Screenshots no wider than the window (height follows the width)."""
        doc = self.browser.document()
        width = max(200, self.browser.viewport().width() - 32)
        changes = []
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().isImageFormat():
                    fmt = fragment.charFormat().toImageFormat()
                    natural = self._natural_widths.get(fmt.name())
                    if natural is None:
                        image = QImage(str(guide_path().parent / fmt.name()))
                        natural = self._natural_widths[fmt.name()] = image.width() if not image.isNull() else 0
                    target = min(natural, width) if natural else 0
                    if target and abs(fmt.width() - target) > 0.5:
                        fmt.setWidth(target)
                        changes.append((fragment.position(), fragment.length(), fmt))
                it += 1
            block = block.next()
        for position, length, fmt in changes:
            cursor = QTextCursor(doc)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fmt)

    def _scroll_to_section(self) -> None:
        self._fit_images()
        if self._section is None:
            return
        doc = self.browser.document()
        doc.setTextWidth(self.browser.viewport().width())
        bar = self.browser.verticalScrollBar()
        height = doc.documentLayout().documentSize().height()
        bar.setRange(0, max(0, round(height) - self.browser.viewport().height()))
        bar.setValue(round(doc.documentLayout().blockBoundingRect(doc.findBlock(self._section)).top()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scroll_to_section()  # a new width reflows the text: keep the section on top

    def current_heading(self) -> str:
        """The heading at the top of the view (tests, and the window title)."""
        top = self.browser.verticalScrollBar().value()
        layout = self.browser.document().documentLayout()
        current = ""
        for heading, position in self.headings:
            block = self.browser.document().findBlock(position)
            if layout.blockBoundingRect(block).top() <= top + 1:
                current = heading
        return current

    def find_next(self) -> None:
        self._section = None
        text = self.find_box.text().strip()
        if text and not self.browser.find(text):
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            self.browser.find(text)


class AboutDialog(QDialog):
    """Version, database, data and log folders, each folder with *Mở thư mục*."""

    def __init__(
        self, database: str, database_file: Path | None, log_file: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Giới thiệu"))
        title = QLabel(f"<b>{APP_NAME}</b> " + self.tr("phiên bản %1").replace("%1", __version__))
        title.setTextFormat(Qt.TextFormat.RichText)
        about = QLabel(
            self.tr("Phần mềm quản lý công tác thi đua, khen thưởng cho Thường trực Hội đồng Thi đua – Khen thưởng.")
        )
        about.setWordWrap(True)
        log_dir = log_file.parent if log_file is not None else paths.logs_dir()
        self.folders: dict[str, Path | None] = {
            "database": database_file.parent if database_file is not None else None,
            "data": paths.data_dir(),
            "logs": log_dir,
        }
        rows = [
            ("database", self.tr("Cơ sở dữ liệu:"), database),
            ("data", self.tr("Thư mục dữ liệu:"), str(self.folders["data"])),
            ("logs", self.tr("Thư mục nhật ký:"), str(log_dir)),
        ]
        grid = QGridLayout()
        self.open_buttons: dict[str, QPushButton] = {}
        for row, (key, label, value) in enumerate(rows):
            grid.addWidget(QLabel(label), row, 0)
            text = QLabel(value)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setWordWrap(True)
            grid.addWidget(text, row, 1)
            if self.folders[key] is not None:
                button = QPushButton(self.tr("Mở thư mục"))
                button.clicked.connect(lambda _=False, k=key: self.open_folder_of(k))
                grid.addWidget(button, row, 2)
                self.open_buttons[key] = button
        grid.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.resize(640, 0)

    def open_folder_of(self, key: str) -> bool:
        """Open folder `key` ("database", "data", "logs"); a message when it cannot be."""
        folder = self.folders.get(key)
        if folder is not None and open_folder(folder):
            return True
        QMessageBox.warning(
            self, self.tr("Giới thiệu"), self.tr("Không mở được thư mục %1.").replace("%1", str(folder))
        )
        return False
