"""ConnectionForm: "one PC" (a SQLite file) or "office server" (PostgreSQL fields with a
connection test). Used by the connection dialog and, as the target, by the copy dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import connection as connection_service
from app.errors import AppError, DatabaseError
from ui import theme
from ui.settings import DEFAULT_PORT, ConnectionChoice
from ui.widgets import FieldBox, set_role
from ui.workers import Worker

SQLITE_FILTER_SOURCE = "*.db *.sqlite *.sqlite3"


def short_version(version: str) -> str:
    """'PostgreSQL 16.2 (Debian 16.2-1) on x86_64-pc-linux-gnu, compiled by …' → 'PostgreSQL 16.2'
    (the whole string goes to the tooltip)."""
    return version.split(" on ", 1)[0].split(",", 1)[0].split(" (", 1)[0].strip()


def failure_reason(exc: BaseException) -> str:
    """The Vietnamese reason of a failed connection, without the URL around it."""
    if isinstance(exc, DatabaseError):
        return str(exc.params.get("detail") or exc.message())
    if isinstance(exc, AppError):
        return exc.message()
    # Unexpected driver errors: never echo str(exc), which could quote a connection string.
    return type(exc).__name__


class ConnectionForm(QWidget):
    """Mode radios, the local file row and the server fields. `choice()` gives what to
    store, `password()` what was typed. Emits changed() on any edit. GUI thread; the
    connection test runs in a Worker."""

    changed = Signal()
    test_finished = Signal(bool, str)  # ok, the text shown

    def __init__(
        self, parent: QWidget | None = None, *, local_label: str | None = None, server_label: str | None = None
    ) -> None:
        super().__init__(parent)
        self._test_worker: Worker | None = None

        self.local_radio = QRadioButton(local_label or self.tr("Dùng trên một máy (tệp dữ liệu trên máy này)"))
        self.server_radio = QRadioButton(server_label or self.tr("Máy chủ của cơ quan (PostgreSQL)"))
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.local_radio)
        self.modes.addButton(self.server_radio)
        self.local_radio.setChecked(True)

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Đường dẫn tệp dữ liệu (.db)"))
        self.path_box = FieldBox(self.path)
        self.browse_button = QPushButton(self.tr("Chọn tệp…"))
        self.browse_button.clicked.connect(self._on_browse)
        local_row = QHBoxLayout()
        local_row.setContentsMargins(24, 0, 0, 0)
        local_row.addWidget(self.path_box, 1)
        local_row.addWidget(self.browse_button, 0, Qt.AlignmentFlag.AlignTop)

        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("ví dụ: 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit()
        self.database.setPlaceholderText(self.tr("ví dụ: tdkt"))
        self.user = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Ghi nhớ mật khẩu"))
        self.remember.setChecked(True)
        self.remember.setToolTip(
            self.tr(
                "Mật khẩu được cất trong kho mật khẩu của hệ điều hành, không bao giờ ghi vào tệp cài đặt. "
                "Nếu máy không có kho mật khẩu, chương trình sẽ hỏi mật khẩu mỗi lần mở."
            )
        )
        self.host_box = FieldBox(self.host)
        self.database_box = FieldBox(self.database)
        self.user_box = FieldBox(self.user)
        self.test_button = QPushButton(self.tr("Kiểm tra kết nối"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        host_row = QHBoxLayout()
        host_row.setContentsMargins(0, 0, 0, 0)
        host_row.addWidget(self.host_box, 1)
        port_label = QLabel(self.tr("Cổng:"))
        port_label.setBuddy(self.port)
        host_row.addWidget(port_label, 0, Qt.AlignmentFlag.AlignTop)
        host_row.addWidget(self.port, 0, Qt.AlignmentFlag.AlignTop)
        test_row = QHBoxLayout()
        test_row.setContentsMargins(0, 0, 0, 0)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)

        self.server_fields = QWidget()
        # A grid: the test's reason gets the full field width on its own row (beside the
        # button a long reason was clipped).
        grid = QGridLayout(self.server_fields)
        grid.setContentsMargins(24, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        rows: tuple[tuple[str, QWidget | QLayout, QWidget], ...] = (
            (self.tr("Máy chủ:"), host_row, self.host),
            (self.tr("Cơ sở dữ liệu:"), self.database_box, self.database),
            (self.tr("Tên đăng nhập:"), self.user_box, self.user),
            (self.tr("Mật khẩu:"), self.password_edit, self.password_edit),
        )
        for row, (text, field, buddy) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(buddy)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if isinstance(field, QWidget):
                grid.addWidget(field, row, 1)
            else:
                grid.addLayout(field, row, 1)
        grid.addWidget(self.remember, 4, 1)
        grid.addLayout(test_row, 5, 1)
        grid.addWidget(self.test_result, 6, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.local_radio)
        layout.addLayout(local_row)
        layout.addSpacing(6)
        layout.addWidget(self.server_radio)
        layout.addWidget(self.server_fields)

        for edit in (self.path, self.host, self.database, self.user, self.password_edit):
            edit.textChanged.connect(self._on_edited)
        self.port.valueChanged.connect(self._on_edited)
        self.remember.toggled.connect(self._on_edited)
        self.local_radio.toggled.connect(self._on_mode_changed)
        self.setTabOrder(self.host, self.port)
        self.setTabOrder(self.port, self.database)
        self.setTabOrder(self.database, self.user)
        self.setTabOrder(self.user, self.password_edit)
        self.setTabOrder(self.password_edit, self.remember)
        self.setTabOrder(self.remember, self.test_button)
        self._on_mode_changed()

    # ------------------------------------------------------------ values
    def mode(self) -> str:
        return "local" if self.local_radio.isChecked() else "server"

    def set_mode(self, mode: str) -> None:
        (self.local_radio if mode == "local" else self.server_radio).setChecked(True)
        self._on_mode_changed()

    def set_choice(self, choice: ConnectionChoice) -> None:
        self.path.setText(choice.path)
        self.host.setText(choice.host)
        self.port.setValue(choice.port or DEFAULT_PORT)
        self.database.setText(choice.database)
        self.user.setText(choice.user)
        self.remember.setChecked(choice.remember_password)
        self.set_mode(choice.mode)

    def choice(self) -> ConnectionChoice:
        return ConnectionChoice(
            mode=self.mode(),
            path=self.local_path_text(),
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            remember_password=self.remember.isChecked(),
        )

    def local_path_text(self) -> str:
        text = self.path.text().strip()
        return str(Path(text).expanduser()) if text else ""

    def password(self) -> str:
        return self.password_edit.text()

    def target(self) -> str:
        """What open_database accepts: the file path, or the server URL with the password
        (keep it in memory only)."""
        choice = self.choice()
        if choice.mode == "local":
            return choice.path
        return choice.server_settings().url(self.password())

    def validate(self) -> bool:
        """Show inline what is missing; True when the chosen mode is complete."""
        found: dict[FieldBox, str] = {}
        required = self.tr("bắt buộc")
        if self.mode() == "local":
            if not self.path.text().strip():
                found[self.path_box] = self.tr("Hãy chọn tệp dữ liệu.")
        else:
            for box, edit in (
                (self.host_box, self.host),
                (self.database_box, self.database),
                (self.user_box, self.user),
            ):
                if not edit.text().strip():
                    found[box] = required
        for box in (self.path_box, self.host_box, self.database_box, self.user_box):
            box.set_error(found.get(box))
        if found:
            next(iter(found)).field.setFocus()
        return not found

    # ------------------------------------------------------------ connection test
    def test_connection(self) -> None:
        """Run app.connection.check_connection in a worker; the result goes to test_result."""
        if self.mode() != "server" or not self.validate():
            return
        url = self.target()
        self.test_button.setEnabled(False)
        self._show_result(None, self.tr("Đang kết nối…"))

        def task(_progress, _is_cancelled):
            return connection_service.check_connection(url)

        worker = Worker(task, self)
        worker.finished.connect(self._on_test_done)
        worker.failed.connect(self._on_test_failed)
        self._test_worker = worker
        worker.start()

    def _on_test_done(self, version: object) -> None:
        self._test_worker = None
        self.test_button.setEnabled(True)
        text = self.tr("Kết nối được. Máy chủ: %1").replace("%1", short_version(str(version)))
        self._show_result(True, text)
        self.test_result.setToolTip(str(version))
        self.test_finished.emit(True, text)

    def _on_test_failed(self, exc: object) -> None:
        self._test_worker = None
        self.test_button.setEnabled(True)
        text = self.tr("Không kết nối được: %1").replace("%1", failure_reason(exc))  # type: ignore[arg-type]
        self._show_result(False, text)
        self.test_result.setToolTip("")
        self.test_finished.emit(False, text)

    def _show_result(self, ok: bool | None, text: str) -> None:
        self.test_result.setText(text)
        set_role(self.test_result, "field-error" if ok is False else "")
        self.test_result.setStyleSheet(f"color: {theme.css('#2e7d32')};" if ok else "")
        self._grow_window()

    def _grow_window(self) -> None:
        # A shown top-level window does not grow when a word-wrapped label needs more
        # lines: a long reason would be clipped. Measure once the layouts have settled.
        QTimer.singleShot(0, self._grow_now)

    def _grow_now(self) -> None:
        window = self.window()
        layout = window.layout() if window is not self else None
        if layout is None or not window.isVisible():
            return
        layout.activate()
        need = layout.totalMinimumSize().height()
        if layout.hasHeightForWidth():
            need = max(need, layout.totalHeightForWidth(window.width()))
        if need > window.height():
            window.resize(window.width(), need)

    # ------------------------------------------------------------ slots
    def _on_browse(self) -> None:
        start = self.path.text().strip() or str(Path.home())
        title = self.tr("Chọn tệp dữ liệu")
        filters = self.tr("Tệp dữ liệu TĐKT (%1);;Mọi tệp (*)").replace("%1", SQLITE_FILTER_SOURCE)
        # A save dialog without the overwrite question: it lets the user pick an existing
        # file or name a new one (a missing file becomes a new, empty database).
        path, _ = QFileDialog.getSaveFileName(
            self, title, start, filters, options=QFileDialog.Option.DontConfirmOverwrite
        )
        if path:
            self.path.setText(path)

    def _on_mode_changed(self, *_args) -> None:
        local = self.mode() == "local"
        self.path.setEnabled(local)
        self.browse_button.setEnabled(local)
        self.server_fields.setEnabled(not local)
        self.changed.emit()

    def _on_edited(self, *_args) -> None:
        if self.test_result.text() and self._test_worker is None:
            self._show_result(None, "")
        self.changed.emit()
