"""PeopleTableModel: the staff table over PersonRow tuples (already sorted by SQL).

No QSortFilterProxyModel: sorting 100,000 rows through Python comparisons takes seconds
(PRODUCT.md §5). Display strings are computed once in `set_rows`. GUI thread only."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from app.rules.codes import GENDERS
from app.rules.person import is_active_on
from app.services.org import PersonRow
from ui.labels import tr_label
from ui.models.table import RowTableModel

PERSON_ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PeopleTableModel(RowTableModel):
    """Columns: Mã, Họ và tên, Giới tính, Năm sinh, Chức vụ, Đơn vị. People no longer
    working (active_to ≤ today) are greyed."""

    COLUMNS = ("code", "full_name", "gender", "birth_year", "position", "unit_name")

    def __init__(self, parent=None) -> None:
        super().__init__((), parent)
        self._display: list[tuple[str, ...]] = []
        self._inactive: set[int] = set()
        self.total = 0
        self._headers = (
            self.tr("Mã"),
            self.tr("Họ và tên"),
            self.tr("Giới tính"),
            self.tr("Năm sinh"),
            self.tr("Chức vụ"),
            self.tr("Đơn vị"),
        )

    def set_rows(self, rows: list[PersonRow], total: int | None = None, *, today: _dt.date | None = None) -> None:
        today = today or _dt.date.today()
        self.beginResetModel()
        self._rows = list(rows)
        self.total = len(rows) if total is None else total
        self._display = [
            (
                r.code,
                r.full_name,
                tr_label(GENDERS[r.gender]) if r.gender in GENDERS else r.gender,
                str(r.birth_date.year if r.birth_date else r.birth_year) if (r.birth_date or r.birth_year) else "",
                r.position,
                r.unit_name,
            )
            for r in self._rows
        ]
        self._inactive = {i for i, r in enumerate(self._rows) if not is_active_on(None, r.active_to, today)}
        self.endResetModel()

    def row_of(self, person_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == person_id:
                return i
        return -1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 1 and row in self._inactive:
            r = self._rows[row]
            return self.tr("Thôi công tác từ %1").replace("%1", r.active_to.strftime("%d/%m/%Y"))
        if role == Qt.ItemDataRole.ForegroundRole and row in self._inactive:
            app = QApplication.instance()
            return app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) if app else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == PERSON_ROW_ROLE:
            return self._rows[row]
        if role == PERSON_ID_ROLE:
            return self._rows[row].id
        return None
