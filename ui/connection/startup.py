"""Opening the database at start when neither --db nor --demo is given.

First run: the ConnectionDialog asks "one PC" or "office server" and stores the choice.
Server: the password comes from the OS keyring or is asked for; a wrong password is
asked again; an unreachable server offers "Thử lại" / "Đổi kết nối…" / "Thoát"; a schema
newer than the program is refused with its message. GUI thread.

The database is opened (connect, schema check or upgrade) on a thread of its own while the
GUI thread keeps running: after SHOW_CONNECTING_MS a *Đang kết nối máy chủ… [Hủy]* dialog
appears, and Hủy goes straight back to the Thử lại / Đổi kết nối… / Thoát choice. The
abandoned attempt is never waited for; if it ever succeeds, it closes what it opened.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app import connection as connection_service
from app import paths
from app.database import Database, open_database
from app.errors import AppError, DatabaseError, SchemaTooNew
from ui.connection import hide_password
from ui.connection.dialog import (
    ConnectingDialog,
    ConnectionDialog,
    PasswordDialog,
    default_choice,
)
from ui.settings import ConnectionChoice, UiSettings

log = logging.getLogger("tdkt.ui.connection")

EXIT_OK, EXIT_DB = 0, 2
RETRY, CHANGE, QUIT = "retry", "change", "quit"
WRONG_PASSWORD_MARK = "mật khẩu"
SHOW_CONNECTING_MS = 300  # a connection faster than this shows no dialog at all
_POLL_MS = 20


class _Attempt:
    """One open_database() call on a daemon thread; abandoned when the user presses Hủy."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.done = threading.Event()
        self.db: Database | None = None
        self.error: BaseException | None = None
        self._lock = threading.Lock()
        self._abandoned = False

    def run(self) -> None:  # the attempt's thread
        db, error = None, None
        try:
            db = open_database(self.target)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            error = exc
        with self._lock:
            if self._abandoned:
                if db is not None:
                    db.close()
                log.info("an abandoned connection attempt ended (%s)", "opened, closed" if db else "failed")
                return
            self.db, self.error = db, error
            self.done.set()

    def abandon(self) -> bool:
        """Give up on the attempt unless it has just finished; True when given up."""
        with self._lock:
            if self.done.is_set():
                return False
            self._abandoned = True
            return True


def open_in_background(parent: QWidget | None, target: str, *, where: str, server: bool) -> Database | None:
    """open_database(target) off the GUI thread, with the connecting dialog after
    SHOW_CONNECTING_MS; the Database, None when the user pressed Hủy, or open_database's
    exception. GUI thread (it runs a local event loop meanwhile)."""
    attempt = _Attempt(target)
    threading.Thread(target=attempt.run, name="tdkt-connect", daemon=True).start()
    loop = QEventLoop()
    dialog = ConnectingDialog(where, parent, server=server)
    dialog.rejected.connect(loop.quit)
    poll = QTimer()
    poll.setInterval(_POLL_MS)

    def _on_poll() -> None:
        if attempt.done.is_set():
            loop.quit()

    def _on_show() -> None:
        if not attempt.done.is_set():
            dialog.show()

    poll.timeout.connect(_on_poll)
    show = QTimer()
    show.setSingleShot(True)
    show.timeout.connect(_on_show)
    poll.start()
    show.start(SHOW_CONNECTING_MS)
    if not attempt.done.is_set():
        loop.exec()
    poll.stop()
    show.stop()
    dialog.hide()
    dialog.deleteLater()
    if attempt.abandon():
        log.info("connection to %s cancelled by the user", where)
        return None
    if attempt.error is not None:
        raise attempt.error
    return attempt.db


def ask_after_failure(parent: QWidget | None, message: str) -> str:
    """A message box with Thử lại / Đổi kết nối… / Thoát; returns RETRY, CHANGE or QUIT."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("connection", "Không mở được cơ sở dữ liệu"),
        message,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
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
                typed = ask_password(parent, choice, error)
                if typed is None:
                    return None, EXIT_OK
                password, remember = typed
            target = server.url(password)
            where = f"{server.host}:{server.port}/{server.database}"
        else:
            target = choice.path or str(paths.default_db_path())
            where = target
        try:
            db = open_in_background(parent, target, where=where, server=choice.mode == "server")
            if db is None:  # Hủy
                answer = ask_after_failure(
                    parent,
                    QCoreApplication.translate("connection", "Đã dừng kết nối tới %1 theo yêu cầu của bạn.").replace(
                        "%1", where
                    ),
                )
                if answer == QUIT:
                    return None, EXIT_OK
                if answer == CHANGE:
                    new_choice, new_password = choose_connection(parent, choice, first_run=False)
                    if new_choice is not None:
                        choice, password = new_choice, new_password
                continue
            if choice.mode == "server" and remember and password:
                connection_service.save_password(choice.server_settings(), password)
            return db, EXIT_OK
        except SchemaTooNew as exc:
            QMessageBox.warning(
                parent, QCoreApplication.translate("connection", "Không mở được cơ sở dữ liệu"), exc.message()
            )
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
