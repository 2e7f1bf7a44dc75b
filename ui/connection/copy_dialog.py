"""CopyToServerDialog (Tệp → Chuyển dữ liệu lên máy chủ…): copy a local SQLite file into
the office server (or another file) with app.services.copy_db, then offer to switch this
PC to the copy from the next start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import database as database_service
from app.errors import Cancelled
from app.services import copy_db
from ui import errors
from ui.connection.dialog import store_choice
from ui.connection.form import SQLITE_FILTER_SOURCE, ConnectionForm
from ui.widgets import FieldBox, set_role
from ui.workers import Worker, run_with_progress


def copy_task(source: str, target: str, overwrite: bool):
    """The worker's job: open both databases (bringing them to the current schema),
    copy, close. Returns CopyResult.summary(). Raises BadInput (non-empty target,
    counts differ), DatabaseError, Cancelled. Runs on a pool thread."""

    def task(progress, is_cancelled):
        def step(done: int, total: int) -> None:
            if is_cancelled():
                raise Cancelled()  # inside the target transaction: nothing is kept
            progress(done, total)

        src = database_service.open_database(source)
        try:
            if is_cancelled():
                raise Cancelled()
            dst = database_service.open_database(target)
            try:
                return copy_db.copy_database(src.engine, dst.engine, overwrite=overwrite, progress=step).summary()
            finally:
                dst.close()
        finally:
            src.close()

    return task


class CopyToServerDialog(QDialog):
    """Source file, target (server fields or another file), overwrite, progress, summary.
    Emits copied(summary). GUI thread; the copy runs in a Worker with Cancel."""

    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, source: Path | str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chuyển dữ liệu lên máy chủ"))
        self.worker: Worker | None = None
        self.summary = ""

        self.source = QLineEdit(str(source) if source else "")
        self.source.setPlaceholderText(self.tr("Tệp dữ liệu (.db) cần chuyển"))
        self.source_box = FieldBox(self.source)
        browse = QPushButton(self.tr("Chọn tệp…"))
        browse.clicked.connect(self._on_browse_source)
        self.browse_source_button = browse
        source_group = QGroupBox(self.tr("Dữ liệu nguồn (tệp trên máy này)"))
        sl = QHBoxLayout(source_group)
        sl.addWidget(self.source_box, 1)
        sl.addWidget(browse, 0, Qt.AlignmentFlag.AlignTop)

        self.target = ConnectionForm(local_label=self.tr("Một tệp dữ liệu khác trên máy này"))
        self.target.set_mode("server")
        target_group = QGroupBox(self.tr("Nơi nhận dữ liệu"))
        QVBoxLayout(target_group).addWidget(self.target)

        self.overwrite = QCheckBox(self.tr("Xóa dữ liệu đang có ở nơi nhận rồi chép đè"))
        self.overwrite_warning = QLabel(
            self.tr(
                "Cảnh báo: mọi dữ liệu đang có ở nơi nhận sẽ bị xóa và thay bằng dữ liệu nguồn. "
                "Không thể hoàn tác. Chỉ chọn khi chắc chắn nơi nhận không còn dữ liệu cần giữ."
            )
        )
        set_role(self.overwrite_warning, "field-error")
        self.overwrite_warning.setWordWrap(True)
        self.overwrite_warning.setVisible(False)
        self.overwrite.toggled.connect(self.overwrite_warning.setVisible)

        self.result_label = QLabel(
            self.tr("Dữ liệu nguồn không bị thay đổi. Nơi nhận phải trống, trừ khi chọn chép đè.")
        )
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start_button = self.buttons.addButton(self.tr("Bắt đầu chuyển"), QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        # Two columns: one column is too tall for a 1366×768 laptop at 150 %.
        left = QVBoxLayout()
        left.addWidget(source_group)
        left.addWidget(self.overwrite)
        left.addWidget(self.overwrite_warning)
        left.addWidget(self.result_label)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(target_group, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(820)

    # ------------------------------------------------------------ running
    def validate(self) -> bool:
        ok = self.target.validate()
        src = self.source.text().strip()
        if not src:
            self.source_box.set_error(self.tr("Hãy chọn tệp dữ liệu nguồn."))
            return False
        if not Path(src).expanduser().is_file():
            self.source_box.set_error(self.tr("Không có tệp này."))
            return False
        if self.target.mode() == "local" and ok and _same_file(src, self.target.choice().path):
            self.target.path_box.set_error(self.tr("Nơi nhận phải khác tệp nguồn."))
            return False
        self.source_box.set_error(None)
        return ok

    def start(self) -> None:
        if self.worker is not None or not self.validate():
            return
        if self.overwrite.isChecked():
            answer = QMessageBox.question(
                self,
                self.tr("Chép đè dữ liệu"),
                self.tr("Mọi dữ liệu đang có ở nơi nhận sẽ bị xóa và thay bằng dữ liệu nguồn. Tiếp tục?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        task = copy_task(
            str(Path(self.source.text().strip()).expanduser()), self.target.target(), self.overwrite.isChecked()
        )
        self.start_button.setEnabled(False)
        self.result_label.setText(self.tr("Đang chuyển dữ liệu…"))
        worker = run_with_progress(
            self,
            task,
            label=self.tr("Đang chuyển dữ liệu…"),
            on_done=self._on_done,
            on_failed=self._on_failed,
            on_cancelled=self._on_cancelled,
        )
        self.worker = worker if worker.running else None  # inline workers are done already

    def _finish(self) -> None:
        self.worker = None
        self.start_button.setEnabled(True)

    def _on_done(self, summary: object) -> None:
        self._finish()
        self.summary = str(summary)
        self.result_label.setText(self.summary)
        self.copied.emit(self.summary)
        self._offer_switch()

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        self.result_label.setText(self.tr("Chưa chuyển được; nơi nhận không bị thay đổi."))
        errors.show_error(self, exc)

    def _on_cancelled(self) -> None:
        self._finish()
        self.result_label.setText(Cancelled().message())

    def _offer_switch(self) -> None:
        choice = self.target.choice()
        where = (
            self.tr("máy chủ %1").replace("%1", f"{choice.host}:{choice.port}/{choice.database}")
            if choice.mode == "server"
            else choice.path
        )
        answer = QMessageBox.question(
            self,
            self.tr("Đã chuyển dữ liệu"),
            self.summary + "\n\n" + self.tr("Từ lần mở sau, máy này có dùng dữ liệu ở %1 không?").replace("%1", where),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            store_choice(self, choice, self.target.password() if choice.mode == "server" else None)
            QMessageBox.information(
                self,
                self.tr("Đã lưu kết nối"),
                self.tr("Đã lưu kết nối mới. Thay đổi có hiệu lực khi mở lại chương trình."),
            )

    def reject(self) -> None:
        if self.worker is not None:  # the progress dialog's Cancel stops the copy first
            return
        super().reject()

    def _on_browse_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn tệp dữ liệu nguồn"),
            self.source.text().strip() or str(Path.home()),
            self.tr("Tệp dữ liệu TĐKT (%1);;Mọi tệp (*)").replace("%1", SQLITE_FILTER_SOURCE),
        )
        if path:
            self.source.setText(path)


def _same_file(a: str, b: str) -> bool:
    try:
        return Path(a).expanduser().resolve() == Path(b).expanduser().resolve()
    except OSError:
        return False
