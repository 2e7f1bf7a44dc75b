"""Opening the database at start when neither --db nor --demo is given.

First run: the ConnectionDialog asks "one PC" or "office server" and stores the choice.
Server: the password comes from the OS keyring or is asked for; a wrong password is
asked again; an unreachable server offers "Thử lại" / "Đổi kết nối…" / "Thoát"; a schema
newer than the program is refused with its message. GUI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app import connection as connection_service
from app import paths
from app.database import Database, open_database
from app.errors import AppError, DatabaseError, SchemaTooNew
from ui.connection import hide_password
from ui.connection.dialog import ConnectionDialog, PasswordDialog, default_choice
from ui.settings import ConnectionChoice, UiSettings

log = logging.getLogger("tdkt.ui.connection")

EXIT_OK, EXIT_DB = 0, 2
RETRY, CHANGE, QUIT = "retry", "change", "quit"
WRONG_PASSWORD_MARK = "mật khẩu"


def ask_after_failure(parent: QWidget | None, message: str) -> str:
    """A message box with Thử lại / Đổi kết nối… / Thoát; returns RETRY, CHANGE or QUIT."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("connection", "Không mở được cơ sở dữ liệu"), message,
                      QMessageBox.StandardButton.NoButton, parent)
    retry = box.addButton(QCoreApplication.translate("connection", "Thử lại"), QMessageBox.ButtonRole.AcceptRole)
    change = box.addButton(QCoreApplication.translate("connection", "Đổi kết nối…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("connection", "Thoát"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    return RETRY if clicked is retry else CHANGE if clicked is change else QUIT


def choose_connection(parent: QWidget | None, choice: ConnectionChoice | None, *, first_run: bool):
    """(choice, password) from the ConnectionDialog, or (None, None) when cancelled."""
    dialog = ConnectionDialog(parent, choice=choice or default_choice(), first_run=first_run)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, None
        return dialog.choice(), dialog.password()
    finally:
        dialog.deleteLater()


def ask_password(parent: QWidget | None, choice: ConnectionChoice, error: str | None) -> tuple[str, bool] | None:
    """(password, remember it) typed by the user, or None when cancelled."""
    server = choice.server_settings()
    dialog = PasswordDialog(server, parent, error=error, remember=choice.remember_password)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password(), dialog.remember_password()
    finally:
        dialog.deleteLater()


def open_at_start(parent: QWidget | None = None) -> tuple[Database | None, int]:
    """(the opened database, 0), or (None, exit code) when the user quits or it fails."""
    choice = UiSettings().connection
    password: str | None = None
    if choice is None:
        choice, password = choose_connection(parent, None, first_run=True)
        if choice is None:
            return None, EXIT_OK
    error: str | None = None
    remember = False  # a typed password goes to the keyring only once it has worked
    while True:
        if choice.mode == "server":
            server = choice.server_settings()
            if not password:
                password = connection_service.load_password(server) or None
            if not password or error:
                answer = ask_password(parent, choice, error)
                if answer is None:
                    return None, EXIT_OK
                password, remember = answer
            target = server.url(password)
        else:
            target = choice.path or str(paths.default_db_path())
        try:
            db = open_database(target)
            if choice.mode == "server" and remember and password:
                connection_service.save_password(choice.server_settings(), password)
            return db, EXIT_OK
        except SchemaTooNew as exc:
            QMessageBox.warning(parent, QCoreApplication.translate("connection", "Không mở được cơ sở dữ liệu"), exc.message())
            return None, EXIT_DB
        except AppError as exc:
            message = hide_password(exc.message())
            log.warning("cannot open the database: %s", message)
            detail = str(exc.params.get("detail", "")) if isinstance(exc, DatabaseError) else ""
            if choice.mode == "server" and WRONG_PASSWORD_MARK in detail:
                error = detail  # ask again, saying why
                password = None
                continue
            error = None
            answer = ask_after_failure(parent, message)
            if answer == QUIT:
                return None, EXIT_DB
            if answer == CHANGE:
                new_choice, new_password = choose_connection(parent, choice, first_run=False)
                if new_choice is not None:
                    choice, password = new_choice, new_password
