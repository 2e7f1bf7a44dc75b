"""DeactivateDialog: ask from which date a person no longer works here (default today)."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


class DeactivateDialog(QDialog):
    def __init__(self, full_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thôi công tác"))
        text = QLabel(self.tr("Ghi nhận %1 thôi công tác tại cơ quan. Hồ sơ và lịch sử khen thưởng "
                              "vẫn được giữ lại.").replace("%1", full_name))
        text.setWordWrap(True)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        form = QFormLayout()
        form.addRow(self.tr("Thôi công tác từ ngày:"), self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def on_date(self) -> _dt.date:
        return self.date_edit.date().toPython()
