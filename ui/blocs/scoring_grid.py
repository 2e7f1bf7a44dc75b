"""The scoring grid: one assessor's sheet (or the members' self-scores) over every member.

Rows are the table's criteria (normal, then bonus and penalty items) and a last row of
totals; columns are the members scored. The clerk types the points on the paper sheet in
hand and presses Enter: the value is saved at once and the cursor moves down to the next
criterion (Tab moves right, Delete clears a score). A member the assessor belongs to is
greyed out and cannot be edited (an assessor never scores its own unit); a missing score of
a normal criterion is tinted so the clerk sees what is left. GUI thread.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QStyledItemDelegate, QTableView, QWidget

from app.rules.scoring import BONUS, NORMAL, PENALTY, Criterion
from ui import theme

MISSING = QColor("#fff3c4")
OWN = QColor("#e4e4e4")
TOTAL = QColor("#eef3fb")
KIND_PREFIX = {NORMAL: "", BONUS: "+ ", PENALTY: "− "}


def format_points(value: Decimal | None) -> str:
    """Points as the clerk writes them: 95.5 → "95,5", 80 → "80"; None → ""."""
    if value is None:
        return ""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


class ScoringGridModel(QAbstractTableModel):
    """Criteria × members of one sheet. `points[(member_id, code)]` holds the stored
    scores; `own_member` is the member the assessor belongs to (not editable). Emits
    score_entered(member_id, code, text) when the clerk types a value: the owner saves it
    and calls `set_points` back. GUI thread only."""

    score_entered = Signal(int, str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._criteria: list[Criterion] = []
        self._members: list[tuple[int, str]] = []
        self._points: dict[tuple[int, str], Decimal] = {}
        self._own: int | None = None

    def set_sheet(self, criteria, members, points, own_member: int | None) -> None:
        self.beginResetModel()
        self._criteria = list(criteria)
        self._members = list(members)
        self._points = dict(points)
        self._own = own_member
        self.endResetModel()

    def set_points(self, member_id: int, code: str, value: Decimal | None) -> None:
        if value is None:
            self._points.pop((member_id, code), None)
        else:
            self._points[(member_id, code)] = value
        col = next((i for i, (m, _) in enumerate(self._members) if m == member_id), None)
        row = next((i for i, c in enumerate(self._criteria) if c.code == code), None)
        if col is not None and row is not None:
            self.dataChanged.emit(self.index(row, col), self.index(row, col))
            total = self.index(len(self._criteria), col)
            self.dataChanged.emit(total, total)

    # ---- queries used by the tab and the tests

    def member_at(self, column: int) -> int | None:
        return self._members[column][0] if 0 <= column < len(self._members) else None

    def criterion_at(self, row: int) -> Criterion | None:
        return self._criteria[row] if 0 <= row < len(self._criteria) else None

    def is_missing(self, row: int, column: int) -> bool:
        c, m = self.criterion_at(row), self.member_at(column)
        return (
            c is not None and m is not None and m != self._own and c.kind == NORMAL and (m, c.code) not in self._points
        )

    def missing_count(self) -> int:
        return sum(self.is_missing(r, c) for r in range(len(self._criteria)) for c in range(len(self._members)))

    def total(self, column: int) -> Decimal | None:
        m = self.member_at(column)
        if m is None or m == self._own:
            return None
        values = [(c, self._points.get((m, c.code))) for c in self._criteria]
        if all(v is None for _, v in values):
            return None
        return sum(((-v if c.kind == PENALTY else v) for c, v in values if v is not None), Decimal(0))

    # ---- Qt model

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._members else len(self._criteria) + 1

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._members)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and 0 <= section < len(self._members):
                return self._members[section][1]
            return None
        if section == len(self._criteria):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Tổng điểm")
            if role == Qt.ItemDataRole.FontRole:
                f = QFont()
                f.setBold(True)
                return f
            return None
        c = self.criterion_at(section)
        if c is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{KIND_PREFIX[c.kind]}{c.code}. {c.name} ({format_points(c.max_points)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            group = f"{c.group}\n" if c.group else ""
            return f"{group}{c.code}. {c.name}\n" + self.tr("Điểm tối đa: %1").replace(
                "%1", format_points(c.max_points)
            )
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.row() >= len(self._criteria) or self.member_at(index.column()) == self._own:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        member = self.member_at(col)
        is_total = row == len(self._criteria)
        own = member == self._own
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if own:
                return "—" if role == Qt.ItemDataRole.DisplayRole else ""
            if is_total:
                return format_points(self.total(col))
            return format_points(self._points.get((member, self._criteria[row].code)))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            tint = OWN if own else TOTAL if is_total else MISSING if self.is_missing(row, col) else None
            if tint is None:
                return None
            back, fore = theme.cell(tint)  # readable in a dark palette too
            return QBrush(back) if role == Qt.ItemDataRole.BackgroundRole else QBrush(fore)
        if role == Qt.ItemDataRole.FontRole and is_total:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            if own:
                return self.tr("Người chấm không chấm điểm cho đơn vị của mình.")
            if not is_total and self.is_missing(row, col):
                return self.tr("Chưa chấm")
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        member, crit = self.member_at(index.column()), self.criterion_at(index.row())
        if member is None or crit is None:  # (an editable cell has both)
            return False
        text = str(value).strip()
        if text == format_points(self._points.get((member, crit.code))):
            return False
        self.score_entered.emit(member, crit.code, text)
        return True


class _ScoreDelegate(QStyledItemDelegate):
    """A plain line editor whose Enter commits and asks the grid to move down."""

    enter_pressed = Signal()

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        editor.setFrame(False)
        return editor

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.commitData.emit(obj)
            self.closeEditor.emit(obj, QStyledItemDelegate.EndEditHint.NoHint)
            self.enter_pressed.emit()
            return True
        return super().eventFilter(obj, event)


class ScoringGridView(QTableView):
    """The grid's view: typing starts editing, Enter saves and moves down, Delete clears."""

    clear_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delegate = _ScoreDelegate(self)
        self.setItemDelegate(self._delegate)
        self._delegate.enter_pressed.connect(self.move_down)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def move_down(self) -> None:
        current = self.currentIndex()
        model = self.model()
        if not current.isValid() or model is None:
            return
        below = model.index(min(current.row() + 1, model.rowCount() - 2), current.column())
        if below.row() == current.row() and current.column() + 1 < model.columnCount():
            below = model.index(0, current.column() + 1)  # last criterion: next member's first
        self.setCurrentIndex(below)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            self.move_down()
            return
        if (
            e.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            if self.currentIndex().isValid():
                self.clear_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(e)
