""" "Nhật ký thay đổi": the audit trail with the CLI's filters, an entry's before/after side
by side, and *Kiểm tra toàn vẹn* (the full check, with progress). `RowHistoryDialog` is
"Lịch sử thay đổi…" of one record. Reads run as QueryOps; the screen reloads itself after
any write announced on the change hub (every write adds entries), on its next show while
hidden. GUI thread."""

from __future__ import annotations

import datetime as _dt
import json

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.services import audit
from ui.labels import tr_label
from ui.lazy_refresh import LazyRefresh
from ui.models.table import TupleTableModel
from ui.operations import OpChanges, QueryOp, change_hub
from ui.widgets import fit_columns, sample_resize, set_role

MAX_ROWS = 2000  # newest entries shown; narrow the filters for older ones


def _text(value) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class AuditView(QWidget):
    """Entries (newest first) above, the selected entry's columns before/after below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[audit.AuditRow] = []
        # A model over plain tuples, not a QTableWidget item per cell: a page of 500
        # entries was 3,000 items made on the GUI thread (~0.1 s, issue 17).
        self.model = TupleTableModel(
            [
                self.tr("Số"),
                self.tr("Thời gian (UTC)"),
                self.tr("Tài khoản"),
                self.tr("Thao tác"),
                self.tr("Bảng"),
                self.tr("Dòng"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.detail = QTableWidget(0, 3)
        self.detail.setHorizontalHeaderLabels([self.tr("Cột"), self.tr("Trước"), self.tr("Sau")])
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.verticalHeader().setVisible(False)
        header = self.detail.horizontalHeader()
        sample_resize(self.detail)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([400, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def set_rows(self, rows: list[audit.AuditRow]) -> None:
        self.table.clearSelection()
        self.rows = rows
        self.model.set_rows(
            [
                (
                    str(r.seq),
                    f"{r.at:%d/%m/%Y %H:%M:%S}",
                    r.account,
                    tr_label(audit.ACTION_LABELS.get(r.action, r.action)),
                    r.table,
                    r.row_id,
                )
                for r in rows
            ]
        )
        fit_columns(self.table)
        self.detail.setRowCount(0)
        if rows:
            self.table.selectRow(0)

    def _show_selected(self, *_args) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        r = self.rows[selected[0].row()]
        if r.action in ("INSERT", "UPDATE", "DELETE", "GENESIS"):
            lines = r.changes()
        else:
            lines = [(k, None, v) for k, v in sorted((r.after or {}).items())]
        self.detail.setRowCount(len(lines))
        for i, (col, before, after) in enumerate(lines):
            for j, v in enumerate((col, _text(before), _text(after))):
                self.detail.setItem(i, j, QTableWidgetItem(v))


class AuditScreen(QWidget):
    """The screen: filters (table, row, account, since), the entries, the full check."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        title = QLabel(self.tr("Nhật ký thay đổi"))
        set_role(title, "screen-title")
        self.count_label = QLabel()
        self.view = AuditView()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._refresher = LazyRefresh(self, self.reload)
        change_hub().changed.connect(self._on_changes)
        self.reload()

    def _build_filters(self) -> QHBoxLayout:
        self.table_combo = QComboBox()
        self.table_combo.addItem(self.tr("(mọi bảng)"), "")
        for name in audit.audited_tables():
            self.table_combo.addItem(name, name)
        self.row_edit = QLineEdit()
        self.row_edit.setPlaceholderText(self.tr("mã dòng"))
        self.row_edit.setMaximumWidth(90)
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("tài khoản"))
        self.user_edit.setMaximumWidth(140)
        self.since_check = QCheckBox(self.tr("Từ ngày"))
        self.since_edit = QDateEdit(QDate.currentDate().addDays(-30))
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("dd/MM/yyyy")
        self.filter_button = QPushButton(self.tr("Lọc"))
        self.filter_button.clicked.connect(self.reload)
        self.check_button = QPushButton(self.tr("Kiểm tra toàn vẹn…"))
        self.check_button.clicked.connect(lambda: run_full_check(self._db, self))
        self.check_button.setMinimumWidth(self.check_button.sizeHint().width() + 16)
        bar = QHBoxLayout()
        for w in (
            QLabel(self.tr("Bảng:")),
            self.table_combo,
            self.row_edit,
            self.user_edit,
            self.since_check,
            self.since_edit,
            self.filter_button,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.check_button)
        return bar

    def _on_changes(self, _changes: OpChanges) -> None:
        self._refresher.request()  # every committed write adds entries

    def reload(self) -> None:
        since = None
        if self.since_check.isChecked():
            d = self.since_edit.date()
            since = _dt.date(d.year(), d.month(), d.day())
        table, row_id = self.table_combo.currentData() or None, self.row_edit.text().strip() or None
        account = self.user_edit.text().strip() or None
        QueryOp(
            parent=self,
            db=self._db,
            key="reload",
            success=self._show_rows,
            op=lambda s: audit.list_entries(
                s, table=table, row_id=row_id, account=account, since=since, limit=MAX_ROWS, newest_first=True
            ),
        ).run_in_background()

    def _show_rows(self, rows: list[audit.AuditRow]) -> None:
        self.view.set_rows(rows)
        text = self.tr("%1 mục").replace("%1", str(len(rows)))
        if len(rows) >= MAX_ROWS:
            text += self.tr(" (mới nhất; hãy lọc để xem các mục cũ hơn)")
        self.count_label.setText(text)


class RowHistoryDialog(QDialog):
    """ "Lịch sử thay đổi…" of one record: its entries, oldest first, before/after."""

    def __init__(self, db: Database, table: str, row_id, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lịch sử thay đổi – %1").replace("%1", title or f"{table} #{row_id}"))
        self.view = AuditView()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(860, 560)
        QueryOp(
            parent=self,
            db=db,
            op=lambda s: audit.row_history(s, table, row_id),
            success=lambda rows: self.view.set_rows(list(reversed(rows))),
        ).run_in_background()


def show_row_history(db: Database, table: str, row_id, title: str = "", parent: QWidget | None = None) -> None:
    dialog = RowHistoryDialog(db, table, row_id, title, parent)
    dialog.exec()
    dialog.deleteLater()


def run_full_check(db: Database, parent: QWidget | None) -> None:
    """The full integrity check in a worker, with progress; the findings in a message."""
    from PySide6.QtCore import QCoreApplication

    from app.messages import localize
    from app.services.integrity import full_check
    from ui.workers import run_with_progress

    def task(progress, is_cancelled):
        with db.factory() as session:
            return full_check(session, progress=progress)

    def done(findings: list[str]) -> None:
        title = QCoreApplication.translate("AuditScreen", "Kiểm tra toàn vẹn")
        if not findings:
            QMessageBox.information(
                parent,
                title,
                QCoreApplication.translate(
                    "AuditScreen",
                    "Cơ sở dữ liệu toàn vẹn: nhật ký thay đổi liền mạch, dữ liệu khớp nhật ký, "
                    "các kết quả niêm phong khớp.",
                ),
            )
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            title,
            QCoreApplication.translate(
                "AuditScreen", "Phát hiện %1 vấn đề về toàn vẹn dữ liệu (xem chi tiết)."
            ).replace("%1", str(len(findings))),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setDetailedText("\n".join(localize(f) for f in findings))
        box.exec()
        box.deleteLater()

    run_with_progress(
        parent, task, label=QCoreApplication.translate("AuditScreen", "Đang kiểm tra toàn vẹn…"), on_done=done
    )
