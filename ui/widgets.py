"""Small shared widgets: inline field errors, date fields, unit pickers."""

from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.messages import fmt_number
from app.services.org import UnitRow, unit_path
from ui import theme
from ui.i18n import current_language

# Styles are set on the widgets that need them, never on the application: any
# application-wide style sheet makes Qt draw and size every widget through
# QStyleSheetStyle, which doubled the time to build a screen (issue 17: 0.4 s -> 0.8 s for
# the blocs screen).
ERROR_RED = "#c62828"
INVALID_CSS = "border: 1px solid {red}; border-radius: 2px; padding: 1px 2px;"
ROLES = ("screen-title", "section-title", "field-error", "hint", "preview")


def set_role(label: QLabel, role: str) -> None:
    """Give `label` its role: "screen-title" (13 pt, semibold), "section-title"
    (semibold), "field-error" (red, readable on the palette); other roles only mark it."""
    label.setProperty("role", role)
    if role in ("screen-title", "section-title"):
        font = QFont(label.font())
        if role == "screen-title":
            font.setPointSizeF(13)
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
    elif role == "field-error":
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.css(ERROR_RED)))
        label.setPalette(palette)
    else:
        label.setPalette(QPalette())  # back to the application's palette


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


_DATE_RE = re.compile(r"^\s*(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})\s*$")
_DIGITS_RE = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")
_TIME_RE = re.compile(r"^\s*(\d{1,2})\s*(?:[:hg.]\s*(\d{1,2})?|(\d{2}))?\s*(?:phút)?\s*$", re.IGNORECASE)


def parse_date(text: str) -> _dt.date | None:
    """'05/03/1985', '5-3-1985', '5.3.1985', '05031985' → date; '' → None; raises ValueError."""
    if not text.strip():
        return None
    m = _DATE_RE.match(text) or _DIGITS_RE.match(text)
    if not m:
        raise ValueError(QCoreApplication.translate("widgets", "nhập theo dạng ngày/tháng/năm, ví dụ 05/03/1985"))
    day, month, year = (int(g) for g in m.groups())
    try:
        return _dt.date(year, month, day)
    except ValueError:
        raise ValueError(QCoreApplication.translate("widgets", "ngày không có thật")) from None


def format_date(day: _dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def parse_datetime(text: str, *, default_time: _dt.time | None = None) -> _dt.datetime | None:
    """'16/12/2026 08:00', '16/12/2026 8h30', '16122026 0800', '16-12-2026 14:00' → datetime;
    a date alone takes `default_time` (required when given none); '' → None. Raises
    ValueError with a Vietnamese reason."""
    text = text.strip()
    if not text:
        return None
    parts = text.split()
    date_part = text
    time_text = ""
    # the date is the first one (ddmmyyyy) or three (16 12 2026) words
    for n in (1, 3):
        if len(parts) > n - 1:
            head = " ".join(parts[:n])
            try:
                day = parse_date(head)
            except ValueError:
                continue
            date_part, time_text = head, " ".join(parts[n:])
            break
    else:
        raise ValueError(
            QCoreApplication.translate("widgets", "nhập theo dạng ngày/tháng/năm giờ:phút, ví dụ 16/12/2026 08:00")
        )
    day = parse_date(date_part)
    assert day is not None  # date_part is never blank here
    if not time_text:
        if default_time is None:
            raise ValueError(QCoreApplication.translate("widgets", "thiếu giờ (ví dụ 08:00)"))
        return _dt.datetime.combine(day, default_time)
    m = _TIME_RE.match(time_text)
    if not m:
        raise ValueError(QCoreApplication.translate("widgets", "giờ nhập theo dạng giờ:phút, ví dụ 08:00"))
    hour = int(m.group(1))
    minute = int(m.group(2) or m.group(3) or 0)
    if hour > 23 or minute > 59:
        raise ValueError(QCoreApplication.translate("widgets", "giờ không có thật"))
    return _dt.datetime.combine(day, _dt.time(hour, minute))


def format_datetime(moment: _dt.datetime | None) -> str:
    return moment.strftime("%d/%m/%Y %H:%M") if moment else ""


def parse_decimal(text: str) -> Decimal | None:
    """'-1,5', '-1.5', '148.5', '1 234,5' → Decimal; '' → None; raises ValueError. Both the
    comma and the point are a decimal mark (a clerk types either); a number with both
    takes the last one as the decimal mark ('1.234,5' → 1234.5)."""
    t = text.strip().replace("\u2212", "-").replace(" ", "").replace("\u00a0", "")
    if not t:
        return None
    if "," in t and "." in t:
        mark = "," if t.rfind(",") > t.rfind(".") else "."
        other = "." if mark == "," else ","
        t = t.replace(other, "")
    t = t.replace(",", ".")
    if t.count(".") > 1 or not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)", t):
        raise ValueError(QCoreApplication.translate("widgets", "không phải là số (ví dụ 1,5 hoặc -2)"))
    try:
        return Decimal(t)
    except InvalidOperation:  # pragma: no cover - the pattern above admits only numbers
        raise ValueError(QCoreApplication.translate("widgets", "không phải là số")) from None


def format_decimal(value: Decimal | float | None, places: int = 1) -> str:
    """Decimal('-1.50') → '-1,5' in Vietnamese (the decimal comma), '-1.5' in the English
    interface; trailing zeros dropped. `parse_decimal` reads both marks back."""
    if value is None:
        return ""
    q = Decimal(str(value)).quantize(Decimal(1).scaleb(-places)) if places else Decimal(str(value))
    text = f"{q:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text if current_language() == "en" else text.replace(".", ",")


def format_amount(value: Decimal | float | None, places: int | None = None) -> str:
    """A figure with thousands separators in the interface language: 2340000 → '2.340.000'
    (vi) / '2,340,000' (en); `places` fixes the decimals. None → ''."""
    if value is None:
        return ""
    return fmt_number(value, current_language(), places)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """A red border on a field whose value is refused (property `invalid` mirrors it)."""
    if widget.property("invalid") == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet(INVALID_CSS.format(red=theme.css(ERROR_RED)) if invalid else "")


class ErrorLabel(QLabel):
    """The Vietnamese reason under a field; hidden (takes no space) when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "field-error")
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


class _CalendarPopup(QCalendarWidget):
    """The calendar under a date field; a click (or Enter) picks the day."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self._edit = edit
        self.clicked.connect(self._pick)
        self.activated.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self._edit.pick_date(day.toPython())  # type: ignore[attr-defined]
        self.close()


class DateEdit(QLineEdit):
    """The one date field of the program: typed as 16/12/2026, 16-12-2026, 16.12.2026 or
    16122026 (shown back as 16/12/2026), or picked from a calendar (the button at the
    right, Alt+↓ or F4). Empty allowed.

    `value()` never raises (None for empty or not-yet-a-date text: safe in live
    handlers); `error()` is the Vietnamese reason, or None; `date()` raises ValueError
    with that reason (for a dialog's check). The reason is shown inline when typing ends:
    under the field in a FieldBox, else as a red border and tooltip."""

    date_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("widgets", "ngày/tháng/năm"))
        self.setMaxLength(self._max_length())
        self.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("00/00/0000 00:00" if self._with_time() else "00/00/0000") + 48
        )
        self._popup: _CalendarPopup | None = None
        self.calendar_action = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
            QCoreApplication.translate("widgets", "Chọn ngày trên lịch"),
            self,
        )
        self.calendar_action.setToolTip(QCoreApplication.translate("widgets", "Chọn ngày trên lịch (Alt+↓)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self._finish)
        self.textChanged.connect(lambda _t: self.date_changed.emit())

    # -- overridden by DateTimeEdit
    def _with_time(self) -> bool:
        return False

    def _max_length(self) -> int:
        return 10

    def _parse(self, text: str):
        return parse_date(text)

    def _format(self, value) -> str:
        return format_date(value)

    # -- values
    def date(self):
        """The date, None when empty; raises ValueError (Vietnamese reason) for a text
        that is not a date."""
        return self._parse(self.text())

    def value(self):
        """The date, or None when empty or not (yet) a date. Never raises."""
        try:
            return self._parse(self.text())
        except ValueError:
            return None

    def error(self) -> str | None:
        try:
            self._parse(self.text())
        except ValueError as exc:
            return str(exc)
        return None

    def set_date(self, day) -> None:
        self.setText(self._format(day))
        self._show_error(None)

    def pick_date(self, day: _dt.date) -> None:
        """The calendar's choice: the day replaced, a time already typed kept."""
        self.set_date(day)
        self.setFocus()
        self.editingFinished.emit()

    # -- calendar
    def show_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
        current = self.value()
        day = current.date() if isinstance(current, _dt.datetime) else current
        self._popup.setSelectedDate(QDate(day) if day else QDate.currentDate())
        self._popup.adjustSize()
        below = self.mapToGlobal(self.rect().bottomLeft())
        screen = self.screen().availableGeometry() if self.screen() else None
        size = self._popup.sizeHint()
        x, y = below.x(), below.y()
        if screen is not None:
            x = max(screen.left(), min(x, screen.right() - size.width()))
            if y + size.height() > screen.bottom():
                y = self.mapToGlobal(self.rect().topLeft()).y() - size.height()
        self._popup.move(x, y)
        self._popup.show()
        self._popup.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ) or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    # -- inline error
    def _finish(self) -> None:
        reason = self.error()
        if reason is None:
            value = self.value()
            if value is not None and self.text() != self._format(value):
                self.blockSignals(True)
                self.setText(self._format(value))
                self.blockSignals(False)
                self.date_changed.emit()
        self._show_error(reason)

    def _show_error(self, reason: str | None) -> None:
        box = self.parent()
        if isinstance(box, FieldBox) and box.field is self:
            box.set_error(reason)
        else:
            set_invalid(self, bool(reason))
            self.setToolTip(reason or "")


class DateTimeEdit(DateEdit):
    """A date and a time typed together: 16/12/2026 08:00 (also 16122026 0800, 16-12-2026
    8h30). A date alone takes `default_time`. Same `value()` / `error()` / calendar as
    DateEdit; `set_date` takes a datetime."""

    def __init__(self, parent: QWidget | None = None, *, default_time: _dt.time | None = _dt.time(8, 0)) -> None:
        self.default_time = default_time
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("widgets", "ngày/tháng/năm giờ:phút"))

    def _with_time(self) -> bool:
        return True

    def _max_length(self) -> int:
        return 24

    def _parse(self, text: str):
        return parse_datetime(text, default_time=self.default_time)

    def _format(self, value) -> str:
        return format_datetime(value)

    def pick_date(self, day: _dt.date) -> None:
        current = self.value()
        at = current.time() if current else (self.default_time or _dt.time(8, 0))
        super().pick_date(_dt.datetime.combine(day, at))


class DecimalEdit(QLineEdit):
    """A decimal number typed with a comma or a point ('-1,5' = '-1.5'). `value()` never
    raises (None when empty or not a number); `decimal()` raises ValueError with the
    Vietnamese reason. When `plausible=(low, high)` is given, a number outside it is shown
    inline as a question ("có đúng không?"): `doubtful()` tells, the caller may confirm."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        places: int = 1,
        plausible: tuple[Decimal, Decimal] | None = None,
        unit: str = "",
    ) -> None:
        super().__init__(parent)
        self.places = places
        self.plausible = plausible
        self.unit = unit
        self.editingFinished.connect(self._finish)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("-0000,0") + 24)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def decimal(self) -> Decimal | None:
        return parse_decimal(self.text())

    def value(self) -> Decimal | None:
        try:
            return parse_decimal(self.text())
        except ValueError:
            return None

    def set_value(self, value) -> None:
        self.setText(format_decimal(value, self.places) if value is not None else "")
        self._show(None)

    def error(self) -> str | None:
        try:
            parse_decimal(self.text())
        except ValueError as exc:
            return str(exc)
        return None

    def doubtful(self) -> str | None:
        """The question for a number outside the plausible range, or None."""
        v = self.value()
        if v is None or self.plausible is None:
            return None
        low, high = self.plausible
        if low <= v <= high:
            return None
        return (
            QCoreApplication.translate("widgets", "%1 %2 — có đúng không? (thường từ %3 đến %4)")
            .replace("%1", format_decimal(v, self.places))
            .replace("%2", self.unit)
            .replace("%3", format_decimal(low, self.places))
            .replace("%4", format_decimal(high, self.places))
            .replace("  ", " ")
        )

    def _finish(self) -> None:
        self._show(self.error() or self.doubtful())

    def _show(self, reason: str | None) -> None:
        box = self.parent()
        if isinstance(box, FieldBox) and box.field is self:
            box.set_error(reason)
        else:
            set_invalid(self, bool(reason))
            self.setToolTip(reason or "")


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

    def __init__(
        self,
        units: list[UnitRow],
        *,
        allow_none: bool = False,
        none_text: str = "",
        exclude: set[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
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
        if (line := self.lineEdit()) is not None:  # editable: always there
            line.setPlaceholderText(QCoreApplication.translate("widgets", "gõ vài chữ của tên đơn vị…"))
        self.setCurrentIndex(-1)
        self.editTextChanged.connect(lambda _t: self.unit_changed.emit())
        self.currentIndexChanged.connect(lambda _i: self.unit_changed.emit())

    def _match(self) -> int:
        """The item the text names: exactly, or the only item containing it (ignoring case
        and tone marks: 'van phong so' names «Văn phòng Sở — Sở Nội vụ» when no other unit
        matches). -1 when none or several do."""
        from app.rules.vntext import fold

        text = self.currentText().strip()
        i = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if i >= 0 or not text:
            return i
        wanted = fold(text)
        hits = [j for j in range(self.count()) if wanted in fold(self.itemText(j))]
        exact = [j for j in hits if fold(self.itemText(j).split(" — ")[0]) == wanted]
        if len(exact) == 1:
            return exact[0]
        return hits[0] if len(hits) == 1 else -1

    def is_valid(self) -> bool:
        """Whether the text names one of the items (the 'none' item included)."""
        return self._match() >= 0

    def unit_id(self) -> int | None:
        i = self._match()
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


def local_time(moment: _dt.datetime | None) -> _dt.datetime | None:
    """A moment stored in UTC without a zone (app.db.utcnow) → the computer's local time
    (naive), for display: the clerk reads the clock on the wall, not UTC."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.UTC)
    return moment.astimezone().replace(tzinfo=None)


class DecimalSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox that takes both decimal marks: '1.5' and '1,5' are one and a half
    in every language (the Vietnamese locale would otherwise read '1.5' as 15, the point
    being its thousands separator)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGroupSeparatorShown(False)

    def _normalised(self, text: str) -> str:
        mark = self.locale().decimalPoint()
        other = "." if mark == "," else ","
        return text.replace(other, mark)

    def validate(self, text: str, pos: int):  # noqa: D102 - Qt API
        return super().validate(self._normalised(text), pos)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt API
        return super().valueFromText(self._normalised(text))


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize a window to (width, height) but never beyond its screen's available area
    (1366×768 at 125–150 % leaves 911–1093 × 480–590 logical pixels)."""
    from PySide6.QtGui import QGuiApplication

    screen = QWidget.screen(widget) or QGuiApplication.primaryScreen()  # (MainWindow.screen is another thing)
    if screen is None:
        widget.resize(width, height)
        return
    area = screen.availableGeometry()
    widget.resize(min(width, area.width() - 16), min(height, area.height() - 40))


def ok_cancel_buttons(dialog, ok_text: str, cancel_text: str, on_ok):
    """The OK / Cancel row of a form dialog with the dialog's own (translated) texts: OK
    runs `on_ok` (which accepts once its input is valid), Cancel rejects."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


RESIZE_SAMPLE_ROWS = 100


def fit_columns(view) -> None:
    """resizeColumnsToContents() measured on the first RESIZE_SAMPLE_ROWS rows (and the
    visible ones) instead of Qt's default 1,000: every measured cell is a Python data()
    call, and a long audit log or history froze the window for 0.1-0.2 s (issue 17)."""
    view.horizontalHeader().setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
    view.resizeColumnsToContents()


def sample_resize(view) -> None:
    """Limit the rows (columns) a ResizeToContents header measures (see fit_columns)."""
    view.horizontalHeader().setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
    view.verticalHeader().setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
