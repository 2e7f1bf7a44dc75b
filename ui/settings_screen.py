"""SettingsScreen: the agency's identity on documents (database) and the UI language
(QSettings, applied on restart). Picard-style: load / check / save."""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import StaleRecord, ValidationFailed
from app.rules.vntext import date_line
from app.services import settings as settings_service
from app.services.settings import HEADER_STYLES, LABELS, MAX_LEN, AgencySettings, validate_settings
from ui import errors
from ui.backup_box import BackupBox
from ui.connection.dialog import ConnectionSettingsBox
from ui.emblem_box import EmblemBox
from ui.labels import tr_label
from ui.lazy_refresh import LazyRefresh, made_by
from ui.operations import SETTINGS, CollectionOp, OpChanges, QueryOp, change_hub
from ui.settings import UiSettings
from ui.widgets import FieldBox, set_role

TEXT_KEYS = ("agency_name", "issuing_body", "place_name", "signer_name", "signer_title")


class SettingsScreen(QWidget):
    """Emits settings_saved(AgencySettings) after a successful save."""

    settings_saved = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._loaded: AgencySettings | None = None
        self.fields: dict[str, QLineEdit] = {}
        self.boxes: dict[str, FieldBox] = {}
        for key in TEXT_KEYS:
            edit = QLineEdit()
            edit.setMaxLength(MAX_LEN)
            edit.textChanged.connect(self._on_changed)
            self.fields[key] = edit
            self.boxes[key] = FieldBox(edit)
        self.fields["agency_name"].setPlaceholderText(self.tr("ví dụ: Sở Nội vụ tỉnh Bắc Ninh"))
        self.fields["issuing_body"].setPlaceholderText(self.tr("ví dụ: UBND TỈNH BẮC NINH"))
        self.fields["place_name"].setPlaceholderText(self.tr("ví dụ: Bắc Ninh"))
        self.header_style = QComboBox()
        for code, label in HEADER_STYLES.items():
            self.header_style.addItem(tr_label(label), code)
        self.header_style.currentIndexChanged.connect(self._on_changed)
        self.boxes["header_style"] = FieldBox(self.header_style)
        self.preview = QLabel()
        set_role(self.preview, "preview")
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.preview.font()
        font.setItalic(True)
        self.preview.setFont(font)

        agency = QGroupBox(self.tr("Cơ quan (in trên văn bản, danh sách, giấy khen)"))
        form = QFormLayout(agency)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr_label(LABELS["agency_name"]) + ":", self.boxes["agency_name"])
        form.addRow(tr_label(LABELS["issuing_body"]) + ":", self.boxes["issuing_body"])
        form.addRow(tr_label(LABELS["header_style"]) + ":", self.boxes["header_style"])
        form.addRow(tr_label(LABELS["place_name"]) + ":", self.boxes["place_name"])
        form.addRow(self.tr("Dòng ngày tháng sẽ in:"), self.preview)
        form.addRow(tr_label(LABELS["signer_name"]) + ":", self.boxes["signer_name"])
        form.addRow(tr_label(LABELS["signer_title"]) + ":", self.boxes["signer_title"])

        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language_note = QLabel(self.tr("Ngôn ngữ mới được áp dụng khi mở lại chương trình."))
        self.language_note.setWordWrap(True)
        ui_box = QGroupBox(self.tr("Giao diện (riêng máy này)"))
        uf = QFormLayout(ui_box)
        uf.addRow(self.tr("Ngôn ngữ giao diện:"), self.language)
        uf.addRow("", self.language_note)

        self.save_button = QPushButton(self.tr("Lưu cài đặt"))
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)  # until the stored settings are loaded
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Hoàn tác"))
        self.revert_button.clicked.connect(self.load)
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        inner = QWidget()
        inner.setMaximumWidth(820)
        il = QVBoxLayout(inner)
        il.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Cài đặt"))
        set_role(title, "screen-title")
        il.addWidget(title)
        il.addWidget(agency)
        self.emblem_box = EmblemBox(db)
        il.addWidget(self.emblem_box)
        il.addWidget(ui_box)
        self.connection_box = ConnectionSettingsBox(db.url)
        il.addWidget(self.connection_box)
        self.backup_box = BackupBox(db)  # Sao lưu & khôi phục (issue 12)
        il.addWidget(self.backup_box)
        il.addLayout(buttons)
        il.addStretch(1)
        # Scrolls on small screens (1366×768 at 125–150 %): the backup list made it tall.
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(16, 12, 16, 12)
        row.addWidget(inner, 1)
        row.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._refresher = LazyRefresh(self, self.load)
        change_hub().changed.connect(self._on_changes)
        self.load()

    def _on_changes(self, changes: OpChanges) -> None:
        if changes.touches(SETTINGS) and not made_by(changes, self):
            self._refresher.request()

    def load(self) -> None:
        """Read the stored settings (a QueryOp) and show them; unsaved edits are dropped."""
        QueryOp(
            parent=self, db=self._db, op=settings_service.get_settings, success=self._show_loaded, key="load"
        ).run_in_background()

    def _show_loaded(self, loaded: AgencySettings) -> None:
        self._loaded = loaded
        for key in TEXT_KEYS:
            self.fields[key].setText(getattr(self._loaded, key))
        self.header_style.setCurrentIndex(max(0, self.header_style.findData(self._loaded.header_style)))
        self.language.setCurrentIndex(max(0, self.language.findData(UiSettings().language)))
        self.status.setText("")
        self._on_changed()

    def values(self) -> AgencySettings:
        assert self._loaded is not None
        texts: dict[str, Any] = {key: self.fields[key].text() for key in TEXT_KEYS}
        return dataclasses.replace(
            self._loaded,
            **texts,
            header_style=self.header_style.currentData() or "",
        )

    def _on_changed(self, *_args) -> None:
        if self._loaded is None:
            return
        self.preview.setText(date_line(self.fields["place_name"].text(), _dt.date.today()))
        self._show_errors(validate_settings(self.values()))
        self.status.setText("")

    def _show_errors(self, found: dict[str, str]) -> None:
        for key, box in self.boxes.items():
            box.set_error(found.get(key))
        self.save_button.setEnabled(not found)

    def save(self, *, then: Callable[[], None] | None = None) -> None:
        """Store the form in a CollectionOp announcing SETTINGS; `then()` once stored and
        shown again. An invalid form or a refused write shows why and stores nothing."""
        if self._loaded is None:
            return
        values = self.values()
        if found := validate_settings(values):
            self._show_errors(found)
            return

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationFailed):
                self._show_errors(exc.fields)
            elif isinstance(exc, StaleRecord):
                QMessageBox.warning(self, self.tr("Cài đặt đã bị thay đổi"), exc.message())
                self.load()
            else:
                errors.show_error(self, exc)

        CollectionOp(
            parent=self,
            db=self._db,
            changes={SETTINGS},
            success=lambda r: self._saved(r, then),
            op=lambda s: settings_service.save_settings(s, values=values),
        ).failure(failed).run_in_background()

    def _saved(self, _result, then: Callable[[], None] | None = None) -> None:
        ui = UiSettings()
        language_changed = ui.language != self.language.currentData()
        ui.language = self.language.currentData()
        ui.sync()
        status = self.tr("Đã lưu.") + (" " + self.tr("Khởi động lại để đổi ngôn ngữ.") if language_changed else "")

        def reloaded(loaded: AgencySettings) -> None:
            self._show_loaded(loaded)
            self.status.setText(status)
            self.settings_saved.emit(loaded)
            if then is not None:
                then()

        QueryOp(
            parent=self, db=self._db, op=settings_service.get_settings, success=reloaded, key="load"
        ).run_in_background()
