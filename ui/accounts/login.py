"""Logging in at start, the first admin account on a server, changing one's password.

Once any account exists the GUI asks for a login before the main window (the last login
name is remembered in the UI settings, never the password). On a PostgreSQL server with
no account yet the first start asks for the admin account; a SQLite file stays usable
without accounts until the admin creates the first one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import AppError
from ui.settings import UiSettings
from ui.widgets import ok_cancel_buttons

LAST_LOGIN_KEY = "accounts/last_login"


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setVisible(False)
    return label


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(200)
    return field


class LoginDialog(QDialog):
    """Login name and password; a wrong one keeps the dialog open with the reason."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.actor = None
        self.setWindowTitle(self.tr("Đăng nhập – TĐKT Desk"))
        self.login_edit = QLineEdit(str(UiSettings().value(LAST_LOGIN_KEY, "") or ""))
        self.login_edit.setMaxLength(64)
        self.password_edit = _password_field()
        self.error_label = _error_label()
        intro = QLabel(self.tr("Cơ sở dữ liệu: %1").replace("%1", db.url.removeprefix("sqlite:///")))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.login_edit)
        form.addRow(self.tr("Mật khẩu:"), self.password_edit)
        buttons = ok_cancel_buttons(self, self.tr("Đăng nhập"), self.tr("Thoát"), self.try_login)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def try_login(self) -> None:
        login = self.login_edit.text().strip()
        if not login:
            self._show(self.tr("Hãy nhập tên đăng nhập."))
            return
        try:
            self.actor = self._db.login(login, self.password_edit.text())
        except AppError as exc:
            self.password_edit.clear()
            self.password_edit.setFocus()
            self._show(exc.message())
            return
        ui = UiSettings()
        ui.set_value(LAST_LOGIN_KEY, self.actor.login)
        ui.sync()
        self.accept()

    def _show(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)


class NewAccountDialog(QDialog):
    """Login, full name, role and the password typed twice. `first=True`: the first
    (admin) account of a database, created without a login."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, first: bool = False) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QComboBox

        from app.services.audit import ROLES

        self._db = db
        self._first = first
        self.created = None
        self.setWindowTitle(self.tr("Tạo tài khoản quản trị") if first else self.tr("Thêm tài khoản"))
        self.login_edit = QLineEdit()
        self.login_edit.setMaxLength(64)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.role_combo = QComboBox()
        labels = {"admin": self.tr("Quản trị"), "clerk": self.tr("Chuyên viên"), "viewer": self.tr("Chỉ xem")}
        for role in ROLES:
            self.role_combo.addItem(labels[role], role)
        self.role_combo.setCurrentIndex(ROLES.index("admin" if first else "clerk"))
        self.role_combo.setEnabled(not first)
        self.password_edit = _password_field()
        self.again_edit = _password_field()
        self.error_label = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.login_edit)
        form.addRow(self.tr("Họ và tên:"), self.name_edit)
        form.addRow(self.tr("Vai trò:"), self.role_combo)
        form.addRow(self.tr("Mật khẩu:"), self.password_edit)
        form.addRow(self.tr("Nhập lại mật khẩu:"), self.again_edit)
        layout = QVBoxLayout(self)
        if first:
            intro = QLabel(self.tr("Cơ sở dữ liệu trên máy chủ chưa có tài khoản nào. Hãy tạo tài khoản quản trị "
                                   "đầu tiên; từ đó mọi người đăng nhập bằng tài khoản riêng."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        buttons = ok_cancel_buttons(self, self.tr("Tạo tài khoản"), self.tr("Hủy"), self.create)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def create(self) -> None:
        from app.services import accounts

        if self.password_edit.text() != self.again_edit.text():
            self._show(self.tr("Hai lần nhập mật khẩu không giống nhau."))
            return
        try:
            with self._db.factory.begin() as session:
                self.created = accounts.create_account(
                    session, login=self.login_edit.text(), password=self.password_edit.text(),
                    role=self.role_combo.currentData(), full_name=self.name_edit.text())
            self._db.accounts_exist()
            if self._first:
                self._db.login(self.created.login, self.password_edit.text())
        except AppError as exc:
            self._show(exc.message())
            return
        self.accept()

    def _show(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)


class ChangePasswordDialog(QDialog):
    """"Đổi mật khẩu" for everyone (the current password asked), or an admin's reset of
    another account (`login` given, no current password)."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, login: str | None = None) -> None:
        super().__init__(parent)
        self._db = db
        actor = db.actor
        self._login = login or (actor.login if actor else "")
        self._own = login is None
        self.setWindowTitle(self.tr("Đổi mật khẩu") if self._own else
                            self.tr("Đặt lại mật khẩu của %1").replace("%1", self._login))
        self.current_edit = _password_field()
        self.new_edit = _password_field()
        self.again_edit = _password_field()
        self.error_label = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Tài khoản:"), QLabel(self._login))
        if self._own:
            form.addRow(self.tr("Mật khẩu hiện tại:"), self.current_edit)
        form.addRow(self.tr("Mật khẩu mới:"), self.new_edit)
        form.addRow(self.tr("Nhập lại mật khẩu mới:"), self.again_edit)
        buttons = ok_cancel_buttons(self, self.tr("Đổi mật khẩu"), self.tr("Hủy"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)

    def save(self) -> None:
        from app.services import accounts

        if self.new_edit.text() != self.again_edit.text():
            self._show(self.tr("Hai lần nhập mật khẩu mới không giống nhau."))
            return
        try:
            with self._db.factory.begin() as session:
                accounts.set_password(session, login=self._login, new_password=self.new_edit.text(),
                                      current_password=self.current_edit.text() if self._own else None)
        except AppError as exc:
            self._show(exc.message())
            return
        self.accept()

    def _show(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)


def ensure_login(db: Database, parent: QWidget | None = None) -> bool:
    """Before the main window: log in when the database has accounts; on a server without
    any, create the admin account first. False when the user gave up (quit)."""
    if db.accounts_exist():
        dialog = LoginDialog(db, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return ok
    if db.engine.dialect.name == "postgresql":
        dialog = NewAccountDialog(db, parent, first=True)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return ok
    return True
