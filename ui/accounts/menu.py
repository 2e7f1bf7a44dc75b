"""The main window's "Tài khoản" menu (change password, manage accounts, integrity check),
the accounts dialog of the admin, and the red banner of the quick check at start."""

from __future__ import annotations

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
from app.errors import AppError
from ui.settings import UiSettings


class AccountsDialog(QDialog):
    """The admin's accounts: add, disable or enable, reset a password."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Quản lý tài khoản"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Tên đăng nhập"), self.tr("Họ và tên"), self.tr("Vai trò"),
                                              self.tr("Trạng thái")])
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
        self.rows = []
        self.reload()

    def reload(self) -> None:
        from app.services.accounts import list_accounts

        with self._db.factory() as session:
            self.rows = list_accounts(session)
        labels = {"admin": self.tr("Quản trị"), "clerk": self.tr("Chuyên viên"), "viewer": self.tr("Chỉ xem")}
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            state = self.tr("Vô hiệu hóa") if r.disabled else self.tr("Đang dùng")
            for j, v in enumerate((r.login, r.full_name, labels.get(r.role, r.role), state)):
                self.table.setItem(i, j, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()

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
        try:
            with self._db.factory.begin() as session:
                disable_account(session, login=row.login, disabled=not row.disabled)
        except AppError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message())
        self.reload()

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
        if not db.accounts_exist():
            dialog = NewAccountDialog(db, window, first=True)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                QMessageBox.information(
                    window, QCoreApplication.translate("AccountsMenu", "Tài khoản"),
                    QCoreApplication.translate("AccountsMenu", "Đã tạo tài khoản quản trị. Từ lần mở sau, "
                                                               "chương trình sẽ hỏi đăng nhập."))
            dialog.deleteLater()
            return
        dialog = AccountsDialog(db, window)
        dialog.exec()
        dialog.deleteLater()

    window.change_password_action = QAction(QCoreApplication.translate("AccountsMenu", "Đổi &mật khẩu…"), window)
    window.change_password_action.triggered.connect(change_password)
    window.change_password_action.setEnabled(actor is not None)
    window.accounts_action = QAction(QCoreApplication.translate("AccountsMenu", "&Quản lý tài khoản…"), window)
    window.accounts_action.triggered.connect(manage)
    window.accounts_action.setEnabled(actor is None or actor.role == "admin")
    window.integrity_action = QAction(QCoreApplication.translate("AccountsMenu", "&Kiểm tra toàn vẹn…"), window)
    window.integrity_action.triggered.connect(lambda: run_full_check(db, window))
    menu.addAction(window.change_password_action)
    menu.addAction(window.accounts_action)
    menu.addSeparator()
    menu.addAction(window.integrity_action)


def quick_findings(db: Database) -> list[str]:
    """The quick check at start (chain head and seals), plus entries missing at the end of
    the chain compared with the head this PC saw last."""
    from app.services.integrity import chain_head, verify_chain

    with db.factory() as session:
        findings = verify_chain(session)
        seq, _hash = chain_head(session)
    ui = UiSettings()
    key = "audit/head/" + db.url.replace("/", "|")
    try:
        seen = int(ui.value(key, 0) or 0)
    except (TypeError, ValueError):
        seen = 0
    if seq < seen:
        findings.append(QCoreApplication.translate(
            "AccountsMenu", "Nhật ký thay đổi: mục cuối là số %1 nhưng máy này đã thấy đến mục số %2 — các mục "
                            "cuối đã bị xóa ngoài chương trình.").replace("%1", str(seq)).replace("%2", str(seen)))
    else:
        ui.set_value(key, seq)
    return findings


def safe_quick_findings(db: Database) -> list[str]:
    """`quick_findings`, a failure reported as a finding. Any thread."""
    try:
        return quick_findings(db)
    except Exception as exc:  # noqa: BLE001 - a damaged trail must not stop the program from opening
        return [QCoreApplication.translate("AccountsMenu", "Không kiểm tra được nhật ký thay đổi: %1")
                .replace("%1", type(exc).__name__)]


def add_integrity_banner(window: QMainWindow, db: Database, findings: list[str] | None = None) -> QLabel | None:
    """A red banner above the screens when the quick check (or `findings`) finds something."""
    if findings is None:
        findings = safe_quick_findings(db)
    if not findings:
        return None
    shown = findings[:5] + ([QCoreApplication.translate("AccountsMenu", "… và %1 vấn đề khác (Tài khoản → Kiểm tra toàn vẹn).")
                             .replace("%1", str(len(findings) - 5))] if len(findings) > 5 else [])
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
    column.addWidget(old, 1)
    window.setCentralWidget(box)
    window.integrity_banner = banner
    return banner
