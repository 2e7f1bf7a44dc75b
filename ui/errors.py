"""The one path from an exception to the user (STYLE.md §8).

`AppError` → a warning box with its `message()` in the interface language (`app.messages`,
set by `ui.i18n.install_language`); anything else → the
"unexpected error" dialog with the traceback, a copy button and the log file's path.
`install_excepthook()` routes uncaught exceptions of the GUI thread here too.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.db import server_unavailable
from app.errors import AppError, Cancelled, ServerUnavailable, ValidationFailed
from ui.i18n import current_language

log = logging.getLogger("tdkt.ui")

_log_file: Path | None = None
_showing = False


def set_log_file(path: Path | None) -> None:
    global _log_file
    _log_file = path


def log_file() -> Path | None:
    return _log_file


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user about `exc`: expected errors in a message box, others in detail."""
    if not isinstance(exc, AppError):
        exc = server_unavailable(exc) or exc  # a raw driver error about the server: say so plainly
    if isinstance(exc, Cancelled):
        QMessageBox.information(parent, QCoreApplication.translate("errors", "Đã hủy"), exc.message(current_language()))
    elif isinstance(exc, AppError):
        log.info("shown to user: %s", exc.message("vi"))
        QMessageBox.warning(
            parent, QCoreApplication.translate("errors", "Không thực hiện được"), exc.message(current_language())
        )
    else:
        show_unexpected(parent, exc)


def ask_server_retry(parent: QWidget | None, exc: ServerUnavailable) -> bool:
    """*Máy chủ không phản hồi* with Thử lại / Hủy; True for Thử lại. A write that may have
    been saved gets only Đóng (it must be checked before it is done again)."""
    log.warning("server unavailable: %s (%s)", exc.reason, exc.params.get("driver_text", ""))
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("errors", "Máy chủ không phản hồi"),
        exc.message(),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    retry = None
    if not exc.may_have_written:
        retry = box.addButton(QCoreApplication.translate("errors", "Thử lại"), QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(
        QCoreApplication.translate("errors", "Hủy")
        if retry is not None
        else QCoreApplication.translate("errors", "Đóng"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(retry or close)
    box.setEscapeButton(close)
    clicked = run_box(box)
    return retry is not None and clicked is retry


def run_box(box: QMessageBox):
    """Show a built message box modally; returns the clicked button (tests replace this)."""
    box.exec()
    return box.clickedButton()


def show_saved(parent: QWidget | None, path: Path, text: str, title: str | None = None) -> None:
    """The success box after a file was written: the text, the path, and *Mở tệp* /
    *Mở thư mục* (Đóng is the default, so Enter just closes it)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    box = QMessageBox(
        QMessageBox.Icon.Information,
        title or QCoreApplication.translate("errors", "Đã ghi tệp"),
        f"{text}\n\n{path}",
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    open_file = box.addButton(QCoreApplication.translate("errors", "Mở tệp"), QMessageBox.ButtonRole.ActionRole)
    open_folder = box.addButton(QCoreApplication.translate("errors", "Mở thư mục"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(QCoreApplication.translate("errors", "Đóng"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    clicked = run_box(box)
    if clicked is open_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve())))
    elif clicked is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve().parent)))


def inline_text(exc: AppError) -> str:
    """The reason to show under a field: a validation failure's reasons without field
    keys, capitalised; any other AppError's message."""
    if isinstance(exc, ValidationFailed):
        text = "; ".join(exc.reasons(current_language()))
        return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
    return exc.message(current_language())


def format_details(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def show_unexpected(parent: QWidget | None, exc: BaseException) -> None:
    global _showing
    details = format_details(exc)
    log.error("unexpected error\n%s", details)
    if _showing or QApplication.instance() is None:
        print(details, file=sys.stderr)
        return
    _showing = True
    try:
        UnexpectedErrorDialog(details, _log_file, parent).exec()
    finally:
        _showing = False


class UnexpectedErrorDialog(QDialog):
    """'Đã xảy ra lỗi không mong muốn' with the traceback, copy button and log path."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lỗi"))
        self.details = details
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Đã xảy ra lỗi không mong muốn"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        explain = QLabel(
            self.tr(
                "Chương trình vẫn chạy; thao tác vừa rồi có thể chưa hoàn tất và không có gì được lưu "
                "dở dang. Hãy sao chép chi tiết bên dưới và gửi cho người hỗ trợ kỹ thuật."
            )
        )
        explain.setWordWrap(True)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setMinimumHeight(160)
        self.log_label = QLabel(
            self.tr("Nhật ký: %1").replace("%1", str(log_path)) if log_path else self.tr("Nhật ký: (chưa ghi)")
        )
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Sao chép chi tiết"))
        self.copy_button.clicked.connect(self._on_copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        head = QHBoxLayout()
        head.addWidget(icon)
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(explain)
        head.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _on_copy(self) -> None:
        text = self.details
        if _log_file:
            text += f"\nLog: {_log_file}\n"
        QGuiApplication.clipboard().setText(text)
        self.copy_button.setText(self.tr("Đã sao chép"))


def install_excepthook() -> None:
    """Uncaught exceptions (slots, event handlers) open the dialog instead of vanishing."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        try:
            parent = QApplication.activeWindow()
            show_error(parent, exc)
        except Exception:  # noqa: BLE001 - the hook must never raise
            log.exception("error while reporting an error")
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
