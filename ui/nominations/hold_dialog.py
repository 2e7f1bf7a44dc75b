"""HoldDialog: mark a nomination as under discipline, inspection or complaint review
(NĐ 152/2025 Art. 4(4): no award meanwhile), with a note; or clear the mark. GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.rules.eligibility import REVIEW_HOLDS
from ui.labels import tr_label
from ui.widgets import ErrorLabel, ok_cancel_buttons, set_invalid


class HoldDialog(QDialog):
    """`kind()` is "" (not under review) or a REVIEW_HOLDS code; `note()` the note. OK
    refuses a mark without a note, inline."""

    def __init__(self, who: str, kind: str = "", note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đang bị xem xét"))
        intro = QLabel(
            self.tr(
                "%1: khi đang bị xem xét kỷ luật, thanh tra, kiểm tra hoặc giải quyết khiếu nại, tố "
                "cáo thì chưa khen thưởng (Nghị định 152/2025/NĐ-CP Điều 4 khoản 4)."
            ).replace("%1", who)
        )
        intro.setWordWrap(True)
        self.kinds = QComboBox()
        self.kinds.addItem(self.tr("Không bị xem xét"), "")
        for code, label in REVIEW_HOLDS.items():
            self.kinds.addItem(tr_label(label).capitalize(), code)
        self.kinds.setCurrentIndex(max(0, self.kinds.findData(kind)))
        self.note_edit = QLineEdit(note)
        self.note_edit.setPlaceholderText(self.tr("ví dụ: Quyết định thanh tra số 12/QĐ-TTr ngày 02/12/2026"))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Tình trạng:"), self.kinds)
        form.addRow(self.tr("Ghi chú:"), self.note_edit)
        form.addRow("", self.error)
        buttons = ok_cancel_buttons(self, self.tr("Lưu"), self.tr("Hủy"), self._on_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kinds.currentIndexChanged.connect(lambda _i: self._sync())
        self._sync()
        self.resize(520, 200)

    def kind(self) -> str:
        return self.kinds.currentData() or ""

    def note(self) -> str:
        return " ".join(self.note_edit.text().split())

    def _sync(self) -> None:
        self.note_edit.setEnabled(bool(self.kind()))
        self.error.set_error(None)
        set_invalid(self.note_edit, False)

    def _on_ok(self) -> None:
        if self.kind() and not self.note():
            self.error.set_error(self.tr("cần ghi rõ việc đang xem xét (ví dụ số văn bản, cơ quan)"))
            set_invalid(self.note_edit, True)
            self.note_edit.setFocus()
            return
        self.accept()
