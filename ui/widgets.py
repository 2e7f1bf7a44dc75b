"""Small shared widgets: inline field errors, date fields, unit pickers."""

from __future__ import annotations

import datetime as _dt
import re

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.services.org import UnitRow, unit_path

# Applied to the application once: any widget with the dynamic property invalid=true
# gets a red border (a property, not a per-widget stylesheet, so the native style stays).
INVALID_STYLE = """
QLineEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"] {
    border: 1px solid #c62828; border-radius: 2px; padding: 1px 2px;
}
QLabel[role="field-error"] { color: #c62828; }
"""

def ask_save_file_name(parent: QWidget | None, title: str, start: str = "", filters: str = "") -> tuple[str, str]:
    """QFileDialog.getSaveFileName through the output guard (app.services.output_guard):
    the open database, its backups folder, folders and devices are refused with a message
    and the dialog is shown again. ("", "") when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    from app.errors import AppError
    from app.services.output_guard import check_output_path
    from ui.errors import show_error

    while True:
        path, chosen = QFileDialog.getSaveFileName(parent, title, start, filters)
        if not path:
            return "", ""
        try:
            check_output_path(path)
        except AppError as exc:
            show_error(parent, exc)
            start = path
            continue
        return path, chosen


_DATE_RE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")



def parse_date(text: str) -> _dt.date | None:
    """'05/03/1985', '5-3-1985', '5.3.1985' → date; '' → None; raises ValueError."""
    if not text.strip():
        return None
    m = _DATE_RE.match(text)
    if not m:
        raise ValueError(QCoreApplication.translate("widgets", "nhập theo dạng ngày/tháng/năm, ví dụ 05/03/1985"))
    day, month, year = (int(g) for g in m.groups())
    try:
        return _dt.date(year, month, day)
    except ValueError:
        raise ValueError(QCoreApplication.translate("widgets", "ngày không có thật")) from None


def format_date(day: _dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def set_invalid(widget: QWidget, invalid: bool) -> None:
    if widget.property("invalid") == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ErrorLabel(QLabel):
    """The Vietnamese reason under a field; hidden (takes no space) when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "field-error")
        self.setWordWrap(True)
        font = self.font()
        font.setPointSizeF(max(7.5, font.pointSizeF() - 1))
        self.setFont(font)
        self.hide()

    def set_error(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


class FieldBox(QWidget):
    """A field widget with its ErrorLabel underneath."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(field)
        layout.addWidget(self.error)
        self.setFocusProxy(field)

    def set_error(self, text: str | None) -> None:
        set_invalid(self.field, bool(text))
        self.error.set_error(text)


class DateEdit(QLineEdit):
    """A date typed as dd/mm/yyyy; empty allowed. `date()` raises ValueError when the
    text is not a real date (the dialog shows that inline)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("widgets", "ngày/tháng/năm"))
        self.setMaxLength(10)

    def date(self) -> _dt.date | None:
        return parse_date(self.text())

    def set_date(self, day: _dt.date | None) -> None:
        self.setText(format_date(day))


def unit_label(units: list[UnitRow], unit: UnitRow) -> str:
    """'Phòng Tổ chức — Sở Nội vụ': the unit and its parent, to tell same names apart."""
    path = unit_path(units, unit.id)
    if len(path) >= 2:
        return f"{unit.name} — {path[-2].name}"
    return unit.name


class UnitCombo(QComboBox):
    """Pick a unit by typing any part of its name (completion matches anywhere).
    `unit_id()` is None when the text names no unit. Emits unit_changed."""

    unit_changed = Signal()

    def __init__(self, units: list[UnitRow], *, allow_none: bool = False, none_text: str = "",
                 exclude: set[int] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self._none_text = none_text
        if allow_none:
            self.addItem(none_text, None)
        for u in sorted(units, key=lambda u: [p.sort_order for p in unit_path(units, u.id)]):
            if exclude and u.id in exclude:
                continue
            if not u.is_active:
                continue
            depth = len(unit_path(units, u.id)) - 1
            self.addItem(unit_label(units, u), u.id)
            self.setItemData(self.count() - 1, "  " * depth + u.name, Qt.ItemDataRole.ToolTipRole)
        completer = QCompleter(QStringListModel([self.itemText(i) for i in range(self.count())]), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(QCoreApplication.translate("widgets", "gõ vài chữ của tên đơn vị…"))
        self.setCurrentIndex(-1)
        self.editTextChanged.connect(lambda _t: self.unit_changed.emit())
        self.currentIndexChanged.connect(lambda _i: self.unit_changed.emit())

    def is_valid(self) -> bool:
        """Whether the text names one of the items (the 'none' item included)."""
        return self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString) >= 0

    def unit_id(self) -> int | None:
        text = self.currentText().strip()
        i = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.itemData(i) if i >= 0 else None

    def set_unit_id(self, unit_id: int | None, units: list[UnitRow] | None = None) -> None:
        i = self.findData(unit_id)
        if i < 0 and unit_id is not None and units is not None:
            # an inactive unit still holding this person: show it so nothing is lost
            unit = next((u for u in units if u.id == unit_id), None)
            if unit is not None:
                self.addItem(unit_label(units, unit), unit.id)
                i = self.count() - 1
        self.setCurrentIndex(i)
        if i < 0:
            self.setEditText("")
