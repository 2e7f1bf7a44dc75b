"""Logging in at start, the first admin account on a server, changing one's password.

Once any account exists the GUI asks for a login before the main window (the last login
name is remembered in the UI settings, never the password). On a PostgreSQL server with
no account yet the first start asks for the admin account; a SQLite file stays usable
without accounts until the admin creates the first one.

Every database call runs off the GUI thread: the dialogs through ui/operations.py, the
check before the main window (`ensure_login`) on a thread of its own while the event loop
keeps running, with *Đang kết nối máy chủ… [Hủy]* when it lasts (a stalled server never
freezes the start). GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.db import server_unavailable
from app.errors import AppError, ServerUnavailable
from ui import errors
from ui.operations import CollectionOp, QueryOp
from ui.settings import UiSettings
from ui.widgets import ok_cancel_buttons

log = logging.getLogger("tdkt.ui.accounts")

LAST_LOGIN_KEY = "accounts/last_login"
SHOW_WAITING_MS = 300  # a check faster than this shows no dialog at all
_POLL_MS = 20
CANCELLED = object()  # run_waiting's result when the user pressed Hủy


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
        """Check the password off the GUI thread; the dialog stays open with the reason on
        a refusal."""
        login = self.login_edit.text().strip()
        if not login:
            self._show(self.tr("Hãy nhập tên đăng nhập."))
            return
        password = self.password_edit.text()

        def refused(exc: BaseException) -> None:
            self.setEnabled(True)
            if not isinstance(exc, AppError):
                errors.show_error(self, exc)
                return
            self.password_edit.clear()
            self.password_edit.setFocus()
            if not isinstance(exc, ServerUnavailable):  # already told in the retry box
                self._show(exc.message())

        self.setEnabled(False)  # one attempt at a time
        # db.login opens its own transaction (the attempt is recorded, also when refused).
        QueryOp(
            parent=self, db=self._db, op=lambda _s: self._db.login(login, password), success=self._logged_in
        ).failure(refused).run_in_background()

    def _logged_in(self, actor) -> None:
        self.setEnabled(True)
        self.actor = actor
        ui = UiSettings()
        ui.set_value(LAST_LOGIN_KEY, actor.login)
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
            intro = QLabel(
                self.tr(
                    "Cơ sở dữ liệu trên máy chủ chưa có tài khoản nào. Hãy tạo tài khoản quản trị "
                    "đầu tiên; từ đó mọi người đăng nhập bằng tài khoản riêng."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        buttons = ok_cancel_buttons(self, self.tr("Tạo tài khoản"), self.tr("Hủy"), self.create)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def create(self) -> None:  # type: ignore[override]  # not QWidget.create: Qt never calls it back
        from app.services import accounts

        if self.password_edit.text() != self.again_edit.text():
            self._show(self.tr("Hai lần nhập mật khẩu không giống nhau."))
            return
        login, password = self.login_edit.text(), self.password_edit.text()
        role, name = self.role_combo.currentData(), self.name_edit.text()

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            if isinstance(exc, AppError) and not isinstance(exc, ServerUnavailable):
                self._show(exc.message())
            elif not isinstance(exc, AppError):
                errors.show_error(self, exc)

        def after(_result) -> None:
            self.setEnabled(True)
            self.accept()

        def created(row) -> None:
            self.created = row

            def follow(_s):  # its own sessions: the account is committed by now
                self._db.accounts_exist()
                if self._first:
                    self._db.login(row.login, password)

            QueryOp(parent=self, db=self._db, op=follow, success=after).failure(failed).run_in_background()

        self.setEnabled(False)
        CollectionOp(
            parent=self,
            db=self._db,
            changes=(),
            success=created,
            op=lambda s: accounts.create_account(s, login=login, password=password, role=role, full_name=name),
        ).failure(failed).run_in_background()

    def _show(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)


class ChangePasswordDialog(QDialog):
    """ "Đổi mật khẩu" for everyone (the current password asked), or an admin's reset of
    another account (`login` given, no current password)."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, login: str | None = None) -> None:
        super().__init__(parent)
        self._db = db
        actor = db.actor
        self._login = login or (actor.login if actor else "")
        self._own = login is None
        self.setWindowTitle(
            self.tr("Đổi mật khẩu") if self._own else self.tr("Đặt lại mật khẩu của %1").replace("%1", self._login)
        )
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
        login, new, current = self._login, self.new_edit.text(), self.current_edit.text() if self._own else None

        def failed(exc: BaseException) -> None:
            self.setEnabled(True)
            if isinstance(exc, AppError) and not isinstance(exc, ServerUnavailable):
                self._show(exc.message())
            elif not isinstance(exc, AppError):
                errors.show_error(self, exc)

        def saved(_result) -> None:
            self.setEnabled(True)
            self.accept()

        self.setEnabled(False)
        CollectionOp(
            parent=self,
            db=self._db,
            changes=(),
            success=saved,
            op=lambda s: accounts.set_password(s, login=login, new_password=new, current_password=current),
        ).failure(failed).run_in_background()

    def _show(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)


class _Call:
    """One call on a daemon thread, abandoned when the user presses Hủy (never waited for:
    a stalled server must not hold the program's exit either)."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        self._fn = fn
        self.done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:  # the call's thread
        try:
            self.result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            self.error = exc
        self.done.set()


def run_waiting(parent: QWidget | None, fn: Callable[[], Any], *, where: str, server: bool) -> Any:
    """`fn()` off the GUI thread while the event loop runs; after SHOW_WAITING_MS the
    *Đang kết nối máy chủ… [Hủy]* dialog. Returns fn's result, CANCELLED on Hủy, or raises
    fn's exception (a lost or stalled server as ServerUnavailable). GUI thread."""
    from ui.connection.dialog import ConnectingDialog

    call = _Call(fn)
    threading.Thread(target=call.run, name="tdkt-login-check", daemon=True).start()
    loop = QEventLoop()
    dialog = ConnectingDialog(where, parent, server=server)
    dialog.rejected.connect(loop.quit)

    def quit_when_done() -> None:
        if call.done.is_set():
            loop.quit()

    def show_while_waiting() -> None:
        if not call.done.is_set():
            dialog.show()

    poll = QTimer()
    poll.setInterval(_POLL_MS)
    poll.timeout.connect(quit_when_done)
    show = QTimer()
    show.setSingleShot(True)
    show.timeout.connect(show_while_waiting)
    poll.start()
    show.start(SHOW_WAITING_MS)
    if not call.done.is_set():
        loop.exec()
    poll.stop()
    show.stop()
    dialog.hide()
    dialog.deleteLater()
    if not call.done.is_set():
        log.info("waiting for %s cancelled by the user", where)
        return CANCELLED
    if call.error is not None:
        classified = server_unavailable(call.error) if isinstance(call.error, Exception) else None
        if classified is not None:
            raise classified from call.error
        raise call.error
    return call.result


def ensure_login(db: Database, parent: QWidget | None = None) -> bool:
    """Before the main window: log in when the database has accounts; on a server without
    any, create the admin account first. False when the user gave up (quit, or Hủy while
    the server did not answer)."""
    from ui.connection import hide_password

    server = db.engine.dialect.name == "postgresql"
    while True:
        try:
            exists = run_waiting(parent, db.accounts_exist, where=hide_password(db.url), server=server)
        except ServerUnavailable as exc:
            if errors.ask_server_retry(parent, exc):
                continue
            return False
        except AppError as exc:
            errors.show_error(parent, exc)
            return False
        break
    if exists is CANCELLED:
        return False
    if exists:
        dialog = LoginDialog(db, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return ok
    if server:
        first_admin = NewAccountDialog(db, parent, first=True)
        ok = first_admin.exec() == QDialog.DialogCode.Accepted
        first_admin.deleteLater()
        return ok
    return True
