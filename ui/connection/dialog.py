"""ConnectionDialog (first run, Settings, menu Tệp) and PasswordDialog (asked at start
when no keyring holds the password). Storing a choice: fields in QSettings, the password
in the OS keyring when the user wants it remembered."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, paths
from app import connection as connection_service
from ui.connection.form import ConnectionForm
from ui.settings import DEFAULT_PORT, ConnectionChoice, UiSettings
from ui.widgets import set_role


def default_choice() -> ConnectionChoice:
    return ConnectionChoice(mode="local", path=str(paths.default_db_path()))


def choice_from_url(url: str) -> ConnectionChoice:
    """A ConnectionChoice describing an open database's URL (password dropped)."""
    if url.startswith("sqlite"):
        from app.db import sqlite_path

        path = sqlite_path(url)
        return ConnectionChoice(mode="local", path=str(path) if path else "")
    if url.startswith("postgresql"):
        parts = urlsplit(url)
        return ConnectionChoice(
            mode="server",
            host=parts.hostname or "",
            port=parts.port or DEFAULT_PORT,
            database=unquote(parts.path.lstrip("/")),
            user=unquote(parts.username or ""),
        )
    return default_choice()


def forget_password(server) -> None:
    """Drop a remembered password. app.connection has no delete call, so the keyring
    entry is overwritten with an empty string, which the start-up treats as 'ask'."""
    if connection_service.load_password(server):
        connection_service.save_password(server, "")


def store_choice(parent: QWidget | None, choice: ConnectionChoice, password: str | None) -> None:
    """Save `choice` in QSettings (without any password) and the password in the keyring
    when it is to be remembered; tell the user when there is no keyring."""
    ui = UiSettings()
    ui.connection = choice
    ui.sync()
    if choice.mode != "server":
        return
    server = choice.server_settings()
    if not choice.remember_password:
        forget_password(server)
    elif password:
        if not connection_service.save_password(server, password):
            QMessageBox.information(
                parent,
                QCoreApplication.translate("connection", "Không ghi nhớ được mật khẩu"),
                QCoreApplication.translate(
                    "connection",
                    "Máy này không có kho mật khẩu của hệ điều hành, nên mật khẩu không được ghi nhớ. "
                    "Chương trình sẽ hỏi mật khẩu mỗi lần mở.",
                ),
            )


class ConnectionDialog(QDialog):
    """Choose a local SQLite file or the office server. On OK the choice is stored
    (store_choice); `choice()` and `password()` give it to the caller."""

    def __init__(
        self, parent: QWidget | None = None, *, choice: ConnectionChoice | None = None, first_run: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kết nối cơ sở dữ liệu"))
        self.first_run = first_run
        if first_run:
            intro_text = self.tr(
                "Chào mừng đến với TĐKT Desk. Hãy chọn nơi lưu dữ liệu của chương trình; có thể đổi lại trong Cài đặt."
            )
        else:
            intro_text = self.tr("Kết nối mới sẽ được dùng từ lần mở chương trình sau.")
        self.intro = QLabel(intro_text)
        self.intro.setWordWrap(True)
        self.form = ConnectionForm()
        self.form.set_choice(choice or default_choice())
        self.hint = QLabel(
            self.tr(
                "Nhiều máy cùng nhập liệu (ví dụ nhập phiếu hai lần) cần máy chủ của cơ quan. "
                "Mật khẩu không bao giờ được ghi vào tệp cài đặt."
            )
        )
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Tiếp tục") if first_run else self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Thoát") if first_run else self.tr("Hủy")
        )
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addWidget(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def choice(self) -> ConnectionChoice:
        return self.form.choice()

    def password(self) -> str | None:
        return self.form.password() if self.form.mode() == "server" else None

    def _on_accept(self) -> None:
        if not self.form.validate():
            return
        store_choice(self, self.choice(), self.password())
        self.accept()


class PasswordDialog(QDialog):
    """Ask for the server password at start; `error` says why it is asked again."""

    def __init__(
        self, server, parent: QWidget | None = None, *, error: str | None = None, remember: bool = True
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mật khẩu máy chủ"))
        self.server = server
        self.message = QLabel(
            self.tr("Nhập mật khẩu của người dùng %1 trên máy chủ %2 (cơ sở dữ liệu %3).")
            .replace("%1", server.user)
            .replace("%2", f"{server.host}:{server.port}")
            .replace("%3", server.database)
        )
        self.message.setWordWrap(True)
        self.error = QLabel(error or "")
        set_role(self.error, "field-error")
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Ghi nhớ mật khẩu"))
        self.remember.setChecked(remember)
        self.remember.setToolTip(self.tr("Cất trong kho mật khẩu của hệ điều hành (nếu máy có)."))
        form = QFormLayout()
        form.addRow(self.tr("Mật khẩu:"), self.password_edit)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Kết nối"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thoát"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(420)

    def password(self) -> str:
        return self.password_edit.text()

    def remember_password(self) -> bool:
        return self.remember.isChecked()


def change_connection(parent: QWidget | None, current_url: str) -> bool:
    """The 'Kết nối cơ sở dữ liệu…' action: edit and store the choice used at next start."""
    choice = UiSettings().connection or choice_from_url(current_url)
    dialog = ConnectionDialog(parent, choice=choice)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("connection", "Đã lưu kết nối"),
        QCoreApplication.translate("connection", "Đã lưu kết nối mới. Thay đổi có hiệu lực khi mở lại chương trình."),
    )
    return True


class ConnectionSettingsBox(QGroupBox):
    """The Settings screen's 'Cơ sở dữ liệu (riêng máy này)' section: what is open now and
    the button that changes the choice used at the next start."""

    def __init__(self, current_url: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cơ sở dữ liệu (riêng máy này)"), parent)
        self._url = current_url
        self.current = QLabel(self.tr("Đang dùng: %1").replace("%1", current_url.removeprefix("sqlite:///")))
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_button = QPushButton(self.tr("Kết nối cơ sở dữ liệu…"))
        self.change_button.clicked.connect(self._on_change)
        self.note = QLabel(self.tr("Thay đổi kết nối có hiệu lực khi mở lại chương trình."))
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.current, 1)
        row.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)

    def _on_change(self) -> None:
        if change_connection(self.window(), self._url):
            self.note.setText(self.tr("Đã lưu kết nối mới; hãy đóng và mở lại chương trình để dùng."))


class ConnectingDialog(QDialog):
    """*Đang kết nối máy chủ…* with a busy bar and [Hủy], shown while the start-up opens the
    database on another thread (ui.connection.startup). Hủy rejects it at once; the
    connection attempt is left to end by itself. GUI thread."""

    def __init__(self, where: str, parent: QWidget | None = None, *, server: bool = True) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QProgressBar

        self.setWindowTitle(APP_NAME)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.label = QLabel(self.tr("Đang kết nối máy chủ…") if server else self.tr("Đang mở cơ sở dữ liệu…"))
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.where = QLabel(where)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.where)
        layout.addWidget(bar)
        layout.addLayout(row)
        self.setMinimumWidth(380)
