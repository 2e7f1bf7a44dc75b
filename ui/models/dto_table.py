"""DtoTableModel: a read-only table over DTO tuples (history records, rule sets, rounds…)
with columns given as (header, text function). GUI thread only.

Display strings are computed once in `set_rows`, so `data()` is a lookup and never
touches the database; `ROW_ROLE` gives the DTO of a row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ui import theme
from ui.models.table import RowTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(NamedTuple):
    """`text(row)` → the cell's text; `align` e.g. Qt.AlignmentFlag.AlignCenter;
    `tooltip(row)` → the cell's tooltip (defaults to its text when the text is long)."""

    header: str
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Any], str] | None = None


# (background, foreground) of a tinted cell; text always says the same thing.
Tint = tuple[QColor, QColor]


class DtoTableModel(RowTableModel):
    """Columns of `Column`; `tint(row, column)` may return a (background, foreground) pair."""

    def __init__(
        self, columns: Sequence[Column], parent=None, *, tint: Callable[[Any, int], Tint | None] | None = None
    ) -> None:
        super().__init__([c.header for c in columns], parent)
        self._columns = list(columns)
        self._tint = tint
        self._display: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._display = [tuple(c.text(r) for c in self._columns) for r in self._rows]
        self.endResetModel()

    def row_of(self, key: Callable[[Any], bool]) -> int:
        for i, r in enumerate(self._rows):
            if key(r):
                return i
        return -1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][col]
        if role == Qt.ItemDataRole.ToolTipRole:
            column = self._columns[col]
            if column.tooltip is not None:
                return column.tooltip(self._rows[row]) or None
            text = self._display[row][col]
            return text if len(text) > 30 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self._columns[col].align
            return int(align | Qt.AlignmentFlag.AlignVCenter) if align is not None else None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and self._tint is not None:
            tint = self._tint(self._rows[row], col)
            if tint is None:
                return None
            return theme.cell(*tint)[0 if role == Qt.ItemDataRole.BackgroundRole else 1]
        if role == ROW_ROLE:
            return self._rows[row]
        return None
