"""Opening the chosen database at start (no --db / --demo): the first-run dialog, the
password from the keyring or asked for, and what to do when it fails.

    wrong password      → say so in the password dialog and ask again (until Thoát)
    server unreachable  → "Thử lại" / "Đổi kết nối…" / "Thoát"
    schema too new      → its message, exit
GUI thread; the connection itself runs in a Worker behind a delayed progress dialog.
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app import connection as connection_service
from app import database as database_service
from app.database import Database
from app.errors import AppError, Cancelled, DatabaseError, SchemaTooNew
from ui.connection.dialog import ConnectionDialog, PasswordDialog, store_choice
from ui.connection.form import failure_reason
from ui.settings import ConnectionChoice, UiSettings
from ui.workers import run_with_progress

log = logging.getLogger("tdkt.ui.connection")

EXIT_OK, EXIT_DB = 0, 2
RETRY, CHANGE, QUIT = "retry", "change", "quit"


def is_wrong_password(exc: BaseException) -> bool:
    """True when the server refused the user name / password (not unreachable, not a
    missing database). Compared with app.connection's own sentence for that case."""
    if not isinstance(exc, DatabaseError):
        return False
    wrong = connection_service.explain_connect_error(Exception("password authentication failed"))
    return exc.params.get("detail") == wrong


def ask_what_next(parent: QWidget | None, reason: str) -> str:
    """The box shown when the database cannot be reached: RETRY, CHANGE or QUIT."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("connection", "Không kết nối được cơ sở dữ liệu"))
    box.setText(reason)
    retry = box.addButton(QCoreApplication.translate("connection", "Thử lại"), QMessageBox.ButtonRole.AcceptRole)
    change = box.addButton(QCoreApplication.translate("connection", "Đổi kết nối…"), QMessageBox.ButtonRole.ActionRole)
    quit_ = box.addButton(QCoreApplication.translate("connection", "Thoát"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.setEscapeButton(quit_)
    box.exec()
    clicked = box.clickedButton()
    return RETRY if clicked is retry else CHANGE if clicked is change else QUIT


def _open_in_worker(target: str, parent: QWidget | None) -> Database:
    """open_database(target) off the GUI thread (a server may take seconds to answer).
    Raises what open_database raises, or Cancelled."""
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def task(_progress, is_cancelled):
        db = database_service.open_database(target)
        if is_cancelled():
            db.close()
            raise Cancelled()
        return db

    def done(db):
        outcome["db"] = db
        loop.quit()

    def failed(exc):
        outcome["error"] = exc
        loop.quit()

    def cancelled():
        outcome["error"] = Cancelled()
        loop.quit()

    worker = run_with_progress(parent, task, label=QCoreApplication.translate("connection", "Đang mở cơ sở dữ liệu…"), on_done=done,
                               on_failed=failed, on_cancelled=cancelled)
    if worker.running:
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["db"]  # type: ignore[return-value]


def _change(parent: QWidget | None, choice: ConnectionChoice) -> tuple[ConnectionChoice, str | None] | None:
    dialog = ConnectionDialog(parent, choice=choice, first_run=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice(), dialog.password()


def open_chosen(choice: ConnectionChoice, password: str | None = None,
                parent: QWidget | None = None) -> tuple[Database | None, int]:
    """Open the database of `choice`, asking for the password and handling failures.
    Returns (db, EXIT_OK) or (None, exit code) when the user quits or it cannot open."""
    ask_reason: str | None = None
    while True:
        typed = False
        if choice.mode == "server":
            server = choice.server_settings()
            if password is None and ask_reason is None:
                password = connection_service.load_password(server) or None
            if password is None:
                dialog = PasswordDialog(server, parent, error=ask_reason, remember=choice.remember_password)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return None, EXIT_OK
                password = dialog.password()
                typed = True
                if dialog.remember_password() != choice.remember_password:
                    choice = dataclasses.replace(choice, remember_password=dialog.remember_password())
                    UiSettings().connection = choice
            target = server.url(password)
        else:
            target = choice.path
        try:
            db = _open_in_worker(target, parent)
        except SchemaTooNew as exc:
            QMessageBox.warning(parent, QCoreApplication.translate("connection", "Không mở được cơ sở dữ liệu"), exc.message())
            return None, EXIT_DB
        except Cancelled:
            return None, EXIT_OK
        except AppError as exc:
            if choice.mode == "server" and is_wrong_password(exc):
                log.info("wrong server password for %s", choice.server_settings().keyring_user)
                ask_reason = QCoreApplication.translate("connection", "Sai mật khẩu (hoặc tên đăng nhập). Hãy nhập lại mật khẩu.")
                password = None
                continue
            action = ask_what_next(parent, exc.message())
            if action == RETRY:
                continue
            if action == CHANGE:
                changed = _change(parent, choice)
                if changed is None:
                    return None, EXIT_OK
                choice, password = changed
                ask_reason = None
                if choice.mode == "server" and not password:
                    password = None
                continue
            return None, EXIT_DB
        except Exception as exc:  # noqa: BLE001 - e.g. a file that is not a database at all
            log.exception("cannot open the chosen database")
            action = ask_what_next(parent, QCoreApplication.translate("connection", "Không mở được cơ sở dữ liệu: %1\nTệp có thể không phải cơ sở "
                                               "dữ liệu của TĐKT Desk hoặc đã bị hỏng.")
                                   .replace("%1", failure_reason(exc)))
            if action == RETRY:
                continue
            if action == CHANGE:
                changed = _change(parent, choice)
                if changed is None:
                    return None, EXIT_OK
                choice, password = changed
                continue
            return None, EXIT_DB
        if typed and choice.mode == "server" and choice.remember_password:
            store_choice(parent, choice, password)
        return db, EXIT_OK


def open_at_start(parent: QWidget | None = None) -> tuple[Database | None, int]:
    """The stored choice, or the first-run dialog when there is none; then open_chosen."""
    choice = UiSettings().connection
    password: str | None = None
    if choice is None:
        dialog = ConnectionDialog(parent, first_run=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None, EXIT_OK
        choice, password = dialog.choice(), dialog.password()
        if choice.mode == "server" and not password:
            password = None
    return open_chosen(choice, password, parent)
