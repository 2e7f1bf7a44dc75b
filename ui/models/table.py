"""TupleTableModel: a read-only table over a list of tuples with fixed headers
(import preview rows and issues). GUI thread only."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ui import theme


class RowTableModel(QAbstractTableModel):
    """Shared plumbing of the read-only tables: `_rows` (one DTO or tuple a row), `_headers`
    (horizontal titles; rows are numbered 1, 2, … vertically). Subclasses fill both and
    answer `data()`. GUI thread only."""

    def __init__(self, headers: Sequence[str] = (), parent=None) -> None:
        super().__init__(parent)
        self._headers: Sequence[str] = list(headers)
        self._rows: list = []

    @property
    def rows(self) -> list:
        return self._rows

    def set_rows(self, rows) -> None:
        """Replace the rows (one DTO or tuple each)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1


class TupleTableModel(RowTableModel):
    """`rows` are tuples of display values (None shows empty); `error_rows` are tinted."""

    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(headers, parent)
        self._error_rows: set[int] = set()

    def set_rows(self, rows: Sequence[Sequence], *, error_rows: set[int] | None = None) -> None:
        self.beginResetModel()
        self._rows = [tuple("" if v is None else v for v in r) for r in rows]
        self._error_rows = set(error_rows or ())
        self.endResetModel()

    def row_values(self, row: int) -> tuple:
        return self._rows[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and index.row() in self._error_rows:
            return theme.cell("#fdecea")[0 if role == Qt.ItemDataRole.BackgroundRole else 1]
        return None
