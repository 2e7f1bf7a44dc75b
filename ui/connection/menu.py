"""The connection entries of the main window's Tệp menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:  # main_window imports this module
    from pathlib import Path

    from ui.main_window import MainWindow


def current_sqlite_file(url: str) -> Path | None:
    """The open database's file when it is SQLite, else None."""
    if not url.startswith("sqlite"):
        return None
    from app.db import sqlite_path

    return sqlite_path(url)


def add_connection_actions(window: MainWindow, menu: QMenu) -> None:
    """Add 'Kết nối cơ sở dữ liệu…' and 'Chuyển dữ liệu lên máy chủ…' to `menu`; the
    actions are kept as window.connection_action and window.copy_to_server_action."""

    def change() -> None:
        from ui.connection.dialog import change_connection

        change_connection(window, window.db.url)

    def copy() -> None:
        from ui.connection.copy_dialog import CopyToServerDialog

        dialog = CopyToServerDialog(window, source=current_sqlite_file(window.db.url))
        dialog.exec()
        dialog.deleteLater()

    window.connection_action = QAction(QCoreApplication.translate("MainWindow", "&Kết nối cơ sở dữ liệu…"), window)
    window.connection_action.triggered.connect(change)
    window.copy_to_server_action = QAction(
        QCoreApplication.translate("MainWindow", "&Chuyển dữ liệu lên máy chủ…"), window
    )
    window.copy_to_server_action.triggered.connect(copy)
    menu.addAction(window.connection_action)
    menu.addAction(window.copy_to_server_action)
