"""DeactivateDialog: ask from which date a person no longer works here (default today)."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets import DateEdit, FieldBox


class DeactivateDialog(QDialog):
    def __init__(self, full_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thôi công tác"))
        text = QLabel(
            self.tr("Ghi nhận %1 thôi công tác tại cơ quan. Hồ sơ và lịch sử khen thưởng vẫn được giữ lại.").replace(
                "%1", full_name
            )
        )
        text.setWordWrap(True)
        self.date_edit = DateEdit()
        self.date_edit.set_date(_dt.date.today())
        self.date_box = FieldBox(self.date_edit)
        form = QFormLayout()
        form.addRow(self.tr("Thôi công tác từ ngày:"), self.date_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def _on_ok(self) -> None:
        reason = self.date_edit.error() or (None if self.date_edit.value() else self.tr("chưa nhập ngày"))
        self.date_box.set_error(reason)
        if reason is None:
            self.accept()

    def on_date(self) -> _dt.date:
        return self.date_edit.value() or _dt.date.today()
