"""The main window's "Tài khoản" menu (change password, manage accounts, integrity check),
the accounts dialog of the admin, and the red banner of the quick check at start. Database
work runs through ui/operations.py. GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from ui import errors
from ui.operations import CollectionOp, QueryOp
from ui.settings import UiSettings
from ui.widgets import fit_columns

if TYPE_CHECKING:
    from app.services.accounts import AccountRow


class AccountsDialog(QDialog):
    """The admin's accounts: add, disable or enable, reset a password."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Quản lý tài khoản"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tên đăng nhập"), self.tr("Họ và tên"), self.tr("Vai trò"), self.tr("Trạng thái")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Thêm tài khoản…"))
        self.disable_button = QPushButton(self.tr("Vô hiệu hóa / dùng lại"))
        self.reset_button = QPushButton(self.tr("Đặt lại mật khẩu…"))
        self.add_button.clicked.connect(self.add)
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.reset_button.clicked.connect(self.reset_password)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.disable_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.resize(640, 380)
        self.rows: list[AccountRow] = []
        self.reload()

    def reload(self) -> None:
        from app.services.accounts import list_accounts

        QueryOp(parent=self, db=self._db, op=list_accounts, success=self._show_rows, key="reload").run_in_background()

    def _show_rows(self, rows: list[AccountRow]) -> None:
        self.rows = rows
        labels = {"admin": self.tr("Quản trị"), "clerk": self.tr("Chuyên viên"), "viewer": self.tr("Chỉ xem")}
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            state = self.tr("Vô hiệu hóa") if r.disabled else self.tr("Đang dùng")
            for j, v in enumerate((r.login, r.full_name, labels.get(r.role, r.role), state)):
                self.table.setItem(i, j, QTableWidgetItem(v))
        fit_columns(self.table)

    def _selected(self):
        items = self.table.selectedItems()
        return self.rows[items[0].row()] if items else None

    def add(self) -> None:
        from ui.accounts.login import NewAccountDialog

        dialog = NewAccountDialog(self._db, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
        dialog.deleteLater()

    def toggle_disabled(self) -> None:
        from app.services.accounts import disable_account

        row = self._selected()
        if row is None:
            return

        def failed(exc: BaseException) -> None:
            errors.show_error(self, exc)
            self.reload()

        CollectionOp(
            parent=self,
            db=self._db,
            changes=(),
            success=lambda _r: self.reload(),
            op=lambda s: disable_account(s, login=row.login, disabled=not row.disabled),
        ).failure(failed).run_in_background()

    def reset_password(self) -> None:
        from ui.accounts.login import ChangePasswordDialog

        row = self._selected()
        if row is None:
            return
        dialog = ChangePasswordDialog(self._db, self, login=row.login)
        dialog.exec()
        dialog.deleteLater()


def add_account_menu(window: QMainWindow, db: Database) -> None:
    """The "Tài khoản" menu: Đổi mật khẩu…, Quản lý tài khoản… (admin; on a SQLite file
    without accounts: create the first admin), Kiểm tra toàn vẹn…"""
    from ui.accounts.audit_screen import run_full_check
    from ui.accounts.login import ChangePasswordDialog, NewAccountDialog

    menu = window.menuBar().addMenu(QCoreApplication.translate("AccountsMenu", "Tài &khoản"))
    actor = db.actor

    def change_password() -> None:
        dialog = ChangePasswordDialog(db, window)
        dialog.exec()
        dialog.deleteLater()

    def manage() -> None:
        QueryOp(parent=window, db=db, op=lambda _s: db.accounts_exist(), success=open_accounts).run_in_background()

    def open_accounts(exists: bool) -> None:
        if not exists:
            dialog = NewAccountDialog(db, window, first=True)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                QMessageBox.information(
                    window,
                    QCoreApplication.translate("AccountsMenu", "Tài khoản"),
                    QCoreApplication.translate(
                        "AccountsMenu", "Đã tạo tài khoản quản trị. Từ lần mở sau, chương trình sẽ hỏi đăng nhập."
                    ),
                )
            dialog.deleteLater()
            return
        accounts = AccountsDialog(db, window)
        accounts.exec()
        accounts.deleteLater()

    change_password_action = QAction(QCoreApplication.translate("AccountsMenu", "Đổi &mật khẩu…"), window)
    change_password_action.triggered.connect(change_password)
    change_password_action.setEnabled(actor is not None)
    accounts_action = QAction(QCoreApplication.translate("AccountsMenu", "&Quản lý tài khoản…"), window)
    accounts_action.triggered.connect(manage)
    accounts_action.setEnabled(actor is None or actor.role == "admin")
    integrity_action = QAction(QCoreApplication.translate("AccountsMenu", "&Kiểm tra toàn vẹn…"), window)
    integrity_action.triggered.connect(lambda: run_full_check(db, window))
    menu.addAction(change_password_action)
    menu.addAction(accounts_action)
    menu.addSeparator()
    menu.addAction(integrity_action)
    # Kept on the window (the window's class does not declare what this module adds).
    window.change_password_action = change_password_action  # type: ignore[attr-defined]
    window.accounts_action = accounts_action  # type: ignore[attr-defined]
    window.integrity_action = integrity_action  # type: ignore[attr-defined]


def quick_check(session) -> tuple[list[str], int]:
    """(findings of the chain and seals, the chain head's number). Any thread."""
    from app.services.integrity import chain_head, verify_chain

    findings = verify_chain(session)
    seq, _hash = chain_head(session)
    return findings, seq


def compare_head(db: Database, findings: list[str], seq: int) -> list[str]:
    """`findings` plus entries missing at the end of the chain compared with the head this
    PC saw last; remembers the head otherwise. GUI thread (UI settings)."""
    findings = list(findings)
    ui = UiSettings()
    key = "audit/head/" + db.url.replace("/", "|")
    try:
        seen = int(ui.value(key, 0) or 0)
    except (TypeError, ValueError):
        seen = 0
    if seq < seen:
        findings.append(
            QCoreApplication.translate(
                "AccountsMenu",
                "Nhật ký thay đổi: mục cuối là số %1 nhưng máy này đã thấy đến mục số %2 — các mục "
                "cuối đã bị xóa ngoài chương trình.",
            )
            .replace("%1", str(seq))
            .replace("%2", str(seen))
        )
    else:
        ui.set_value(key, seq)
    return findings


def add_integrity_banner(window: QMainWindow, db: Database) -> None:
    """A red banner above the screens when the quick check (run as a QueryOp) finds
    something; `window.integrity_banner` is the banner or None."""
    window.integrity_banner = None  # type: ignore[attr-defined]  # added to the window here

    def failed(exc: BaseException) -> None:  # a damaged trail must not stop the program from opening
        _show_banner(
            window,
            [
                QCoreApplication.translate("AccountsMenu", "Không kiểm tra được nhật ký thay đổi: %1").replace(
                    "%1", type(exc).__name__
                )
            ],
        )

    def checked(result: tuple[list[str], int]) -> None:
        _show_banner(window, compare_head(db, *result))

    QueryOp(parent=window, db=db, op=quick_check, success=checked).failure(failed).run_in_background()


def _show_banner(window: QMainWindow, findings: list[str]) -> QLabel | None:
    if not findings:
        return None
    shown = findings[:5] + (
        [
            QCoreApplication.translate("AccountsMenu", "… và %1 vấn đề khác (Tài khoản → Kiểm tra toàn vẹn).").replace(
                "%1", str(len(findings) - 5)
            )
        ]
        if len(findings) > 5
        else []
    )
    banner = QLabel(QCoreApplication.translate("AccountsMenu", "Cảnh báo toàn vẹn dữ liệu:") + "\n" + "\n".join(shown))
    banner.setObjectName("IntegrityBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet("background: #b00020; color: white; padding: 6px; font-weight: 600;")
    old = window.takeCentralWidget()
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(banner)
    if old is not None:
        column.addWidget(old, 1)
    window.setCentralWidget(box)
    window.integrity_banner = banner  # type: ignore[attr-defined]  # added to the window here
    return banner
