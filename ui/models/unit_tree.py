"""UnitTreeModel: the unit tree from a list of UnitRow, under a synthetic
"Tất cả đơn vị" root (id ALL_UNITS) that stands for "no filter". GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from app.rules.codes import UNIT_KINDS
from app.services.org import UnitRow
from ui.labels import tr_label

ALL_UNITS = 0
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
UNIT_ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class _Node:
    __slots__ = ("unit", "parent", "children", "row")

    def __init__(self, unit: UnitRow | None, parent: _Node | None, row: int) -> None:
        self.unit = unit
        self.parent = parent
        self.children: list[_Node] = []
        self.row = row


class UnitTreeModel(QAbstractItemModel):
    """One column; inactive units greyed and italic. `UNIT_ID_ROLE` gives the id
    (ALL_UNITS for the root), `UNIT_ROW_ROLE` the UnitRow."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._units: list[UnitRow] = []
        self._top = _Node(None, None, 0)  # invisible; its only child is "all units"
        self._all = _Node(None, self._top, 0)
        self._top.children = [self._all]
        self._by_id: dict[int, _Node] = {}

    # -- loading
    def set_units(self, units: list[UnitRow]) -> None:
        self.beginResetModel()
        self._units = list(units)
        self._all.children = []
        self._by_id = {}
        nodes = {u.id: _Node(u, None, 0) for u in units}
        for u in units:  # parents first is not guaranteed: link by id
            parent = nodes.get(u.parent_id) if u.parent_id is not None else None
            if parent is None or parent is nodes[u.id]:
                parent = self._all
            node = nodes[u.id]
            node.parent = parent
            node.row = len(parent.children)
            parent.children.append(node)
        self._by_id = {uid: n for uid, n in nodes.items()}
        self.endResetModel()

    @property
    def units(self) -> list[UnitRow]:
        return self._units

    def index_of(self, unit_id: int) -> QModelIndex:
        if unit_id == ALL_UNITS:
            return self.createIndex(0, 0, self._all)
        node = self._by_id.get(unit_id)
        return self.createIndex(node.row, 0, node) if node is not None else QModelIndex()

    def root_index(self) -> QModelIndex:
        return self.createIndex(0, 0, self._all)

    # -- QAbstractItemModel
    def _node(self, index: QModelIndex | QPersistentModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._top

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        parent = node.parent
        if parent is None or parent is self._top:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent=QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and section == 0:
            return self.tr("Đơn vị")
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        unit = node.unit
        if unit is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Tất cả đơn vị")
            if role == UNIT_ID_ROLE:
                return ALL_UNITS
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return unit.name
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{unit.code} · {tr_label(UNIT_KINDS[unit.kind]) if unit.kind in UNIT_KINDS else unit.kind}"
            return text if unit.is_active else text + " · " + self.tr("ngừng hoạt động")
        if role == UNIT_ID_ROLE:
            return unit.id
        if role == UNIT_ROW_ROLE:
            return unit
        if not unit.is_active:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                app = QApplication.instance()
                return app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) if app else None
        return None
