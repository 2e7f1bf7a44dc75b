"""ReasonDialog: the reason for returning (trả lại) or rejecting nominations, required;
optionally the status to return to. GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import ErrorLabel, set_invalid


class ReasonDialog(QDialog):
    """`reason()` is the stripped text; `target()` the chosen status (or None). OK refuses
    an empty reason with an inline message."""

    def __init__(
        self, title: str, prompt: str, *, targets: list[tuple[str, str]] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        intro = QLabel(prompt)
        intro.setWordWrap(True)
        self.targets = QComboBox()
        for code, label in targets or ():
            self.targets.addItem(label, code)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("ví dụ: hồ sơ thiếu bản tóm tắt thành tích có xác nhận của thủ trưởng"))
        self.text.setMinimumHeight(70)
        self.error = ErrorLabel()
        form = QFormLayout()
        if targets:
            form.addRow(self.tr("Trả về trạng thái:"), self.targets)
        form.addRow(self.tr("Lý do:"), self.text)
        form.addRow("", self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Đồng ý"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._on_changed)
        self.resize(480, 240)
        (self.targets if targets else self.text).setFocus()

    def reason(self) -> str:
        return " ".join(self.text.toPlainText().split())

    def target(self) -> str | None:
        return self.targets.currentData()

    def _on_changed(self) -> None:
        if self.reason():
            self.error.set_error(None)
            set_invalid(self.text, False)

    def _on_ok(self) -> None:
        if not self.reason():
            self.error.set_error(self.tr("cần ghi lý do khi trả lại hoặc không duyệt đề nghị"))
            set_invalid(self.text, True)
            self.text.setFocus()
            return
        self.accept()
