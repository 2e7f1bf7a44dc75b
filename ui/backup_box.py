"""BackupBox: *Sao lưu & khôi phục* in Settings. Lists the backups of the open SQLite
file (date, reason, size), makes one now, and restores one after validating it
(app.services.backup). After a restore the program must be reopened: `restored` is
emitted and the main window closes. On the office server it runs pg_dump to a file. Copying
and restoring run off the GUI thread through ui/operations.py (the operation's session is
not used: the service works on the engine or the file). GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.db import sqlite_path
from app.services import backup as backup_service
from ui.labels import tr_label
from ui.operations import QueryOp
from ui.widgets import ask_save_file_name

# The reasons of app.services.backup.REASON_LABELS, for lupdate (translated by tr_label).
_REASONS = (
    QT_TRANSLATE_NOOP("labels", "Sao lưu thủ công"),
    QT_TRANSLATE_NOOP("labels", "Tự động hằng ngày"),
    QT_TRANSLATE_NOOP("labels", "Trước khi nâng cấp"),
    QT_TRANSLATE_NOOP("labels", "Trước khi nhập dữ liệu"),
    QT_TRANSLATE_NOOP("labels", "Trước khi khôi phục"),
)


def size_text(size: int) -> str:
    """'12,3 MB', '850 KB' (Vietnamese decimal comma)."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} KB"


class BackupBox(QGroupBox):
    """Emits restored(str: the backup file) after a successful restore."""

    restored = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sao lưu && khôi phục"), parent)
        self._db = db
        url = db.engine.url.render_as_string(hide_password=False)
        self._file = sqlite_path(url)
        self._url = url
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Ngày giờ"), self.tr("Lý do"), self.tr("Dung lượng")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(150)
        self.table.setMaximumHeight(220)
        self.backup_button = QPushButton(self.tr("Sao lưu ngay"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Khôi phục…"))
        self.restore_button.setToolTip(self.tr("Khôi phục bản sao lưu đang chọn, hoặc chọn một tệp khác"))
        self.restore_button.clicked.connect(self.ask_restore)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        if self._file is None:
            self.note.setText(
                self.tr(
                    "Cơ sở dữ liệu trên máy chủ: «Sao lưu ngay» chạy pg_dump ra một tệp bạn chọn. "
                    "Khôi phục trên máy chủ do quản trị viên làm bằng pg_restore (xem README)."
                )
            )
            self.table.hide()
            self.restore_button.setEnabled(False)
        else:
            self.note.setText(
                self.tr(
                    "Chương trình tự sao lưu lần mở đầu tiên mỗi ngày (giữ 14 ngày gần nhất và "
                    "12 tháng), trước khi nâng cấp và trước khi nhập dữ liệu. Thư mục: %1"
                ).replace("%1", str(self._file.parent / "backups"))
            )
        self.refresh()

    # ------------------------------------------------------------ listing
    def backups(self) -> list[backup_service.BackupInfo]:
        return backup_service.list_backups(self._file) if self._file is not None else []

    def refresh(self) -> None:
        items = self.backups()
        self.table.setRowCount(len(items))
        for row, b in enumerate(items):
            when = QTableWidgetItem(b.taken_at.strftime("%d/%m/%Y %H:%M"))
            when.setData(Qt.ItemDataRole.UserRole, str(b.path))
            when.setToolTip(str(b.path))
            reason = QTableWidgetItem(tr_label(b.reason_label))
            size = QTableWidgetItem(size_text(b.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for col, item in enumerate((when, reason, size)):
                self.table.setItem(row, col, item)

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    # ------------------------------------------------------------ actions
    def backup_now(self, then=None) -> None:
        """Back up now (a server: pg_dump to a file the user chooses); `then(path)` after."""
        if self._file is None:
            path, _ = ask_save_file_name(
                self, self.tr("Lưu bản sao lưu máy chủ"), "tdkt.dump", self.tr("Bản sao lưu PostgreSQL (*.dump)")
            )
            if not path:
                return
            url, out = self._url, Path(path)
            op = lambda _s: backup_service.backup_postgres(url, out)  # noqa: E731
        else:
            engine = self._db.engine
            # A SQLite file (self._file), open here: backup_database returns its copy, never None.
            op = lambda _s: cast(Path, backup_service.backup_database(engine, reason="thu-cong"))  # noqa: E731

        def done(written: Path) -> None:
            self.refresh()
            self.status.setText(self.tr("Đã sao lưu vào %1").replace("%1", str(written)))
            if then is not None:
                then(written)

        QueryOp(parent=self, db=self._db, op=op, success=done).with_progress(
            self.tr("Đang sao lưu…")
        ).run_in_background()

    def ask_restore(self) -> None:
        path = self.selected_path()
        if path is None:
            start = str(self._file.parent / "backups") if self._file is not None else ""
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Chọn bản sao lưu để khôi phục"), start, self.tr("Cơ sở dữ liệu TĐKT (*.db);;Mọi tệp (*)")
            )
            if not name:
                return
            path = Path(name)
        # A bad file is refused before anything is asked (its check reads the whole file).
        QueryOp(
            parent=self,
            db=self._db,
            op=lambda _s: backup_service.validate_backup(path),
            success=lambda _r: self._confirm_restore(path),
        ).with_progress(self.tr("Đang kiểm tra bản sao lưu…")).run_in_background()

    def _confirm_restore(self, path: Path) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Khôi phục dữ liệu"),
            self.tr(
                "Khôi phục dữ liệu từ %1?\n\nDữ liệu hiện tại được sao lưu trước (lý do «Trước khi khôi phục»), "
                "rồi được thay bằng bản này. Sau khi khôi phục chương trình sẽ đóng lại; hãy mở lại để làm "
                "việc tiếp."
            ).replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(path)

    def restore(self, path: Path) -> None:
        """Validate and restore `path` off the GUI thread; refusals are shown and change
        nothing; `restored` after a success."""
        engine, marker = self._db.engine, self._db.marker
        QueryOp(
            parent=self,
            db=self._db,
            success=lambda previous: self._restored(path, previous),
            op=lambda _s: backup_service.restore_database(engine, path, own_marker=marker),
        ).with_progress(self.tr("Đang khôi phục…")).run_in_background()

    def _restored(self, path: Path, previous: Path | None) -> None:
        message = self.tr("Đã khôi phục từ %1.").replace("%1", path.name)
        if previous is not None:
            message += " " + self.tr("Dữ liệu trước đó được giữ tại %1.").replace("%1", str(previous))
        QMessageBox.information(
            self,
            self.tr("Đã khôi phục"),
            message + "\n\n" + self.tr("Chương trình sẽ đóng lại; hãy mở lại để làm việc tiếp."),
        )
        self.status.setText(message)
        self.restored.emit(str(path))
