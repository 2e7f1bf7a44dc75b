"""OrgScreen: the unit tree on the left, the searchable staff table on the right."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import StaleRecord
from app.services import org
from app.services.org import PersonRow, UnitRow, subtree_ids
from ui import errors
from ui.i18n import fmt_int
from ui.lazy_refresh import LazyRefresh, made_by
from ui.models.people_table import PeopleTableModel
from ui.models.unit_tree import ALL_UNITS, UNIT_ID_ROLE, UNIT_ROW_ROLE, UnitTreeModel
from ui.operations import HISTORY, PEOPLE, UNITS, CollectionOp, OpChanges, QueryOp, change_hub, notify_changed
from ui.org.deactivate_dialog import DeactivateDialog
from ui.org.person_dialog import PersonDialog
from ui.org.unit_dialog import UnitDialog
from ui.widgets import set_role

log = logging.getLogger("tdkt.ui.org")

SEARCH_DEBOUNCE_MS = 150


class OrgScreen(QWidget):
    """Units and staff. Every read and write runs through the operation idiom; a search
    keystroke supersedes the one before it (`key="search"`). Refreshes itself when people,
    units or history change elsewhere (change hub)."""

    import_requested = Signal()
    template_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._units: list[UnitRow] = []
        self._unit_filter: set[int] | None = None
        self.last_search_ms = 0.0

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._build_units())
        self.splitter.addWidget(self._build_people())
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
        self._connect_signals()
        self._update_buttons()
        self._refresher = LazyRefresh(self, self.reload)
        change_hub().changed.connect(self._on_changes)

    def _build_units(self) -> QWidget:
        self.unit_model = UnitTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.unit_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_unit_button = QPushButton(self.tr("Thêm đơn vị"))
        self.edit_unit_button = QPushButton(self.tr("Sửa"))
        self.toggle_unit_button = QPushButton(self.tr("Ngừng hoạt động"))
        self.add_unit_button.clicked.connect(self.add_unit)
        self.edit_unit_button.clicked.connect(self.edit_unit)
        self.toggle_unit_button.clicked.connect(self.toggle_unit)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        units_title = QLabel(self.tr("Đơn vị"))
        set_role(units_title, "section-title")
        ll.addWidget(units_title)
        ll.addWidget(self.tree, 1)
        ub = QHBoxLayout()
        ub.addWidget(self.add_unit_button)
        ub.addWidget(self.edit_unit_button)
        ub.addWidget(self.toggle_unit_button)
        ub.addStretch(1)
        ll.addLayout(ub)
        return left

    def _build_people(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm theo họ tên hoặc mã — gõ không dấu cũng được (Ctrl+F)"))
        self.show_inactive = QCheckBox(self.tr("Hiện cả người đã thôi công tác"))
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.people_model = PeopleTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.people_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)  # order comes from SQL (Vietnamese name order)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((105, 200, 70, 75, 190)):
            hh.resizeSection(col, width)
        hh.setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Thêm"))
        self.add_button.setToolTip(self.tr("Thêm cán bộ (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Sửa"))
        self.edit_button.setToolTip(self.tr("Sửa hồ sơ đang chọn (Enter hoặc F2)"))
        self.deactivate_button = QPushButton(self.tr("Thôi công tác"))
        self.import_button = QPushButton(self.tr("Nhập từ Excel…"))
        self.template_button = QPushButton(self.tr("Tải mẫu…"))
        self.history_button = QPushButton(self.tr("Lịch sử khen thưởng…"))
        self.history_button.setToolTip(
            self.tr("Xếp loại, khen thưởng, sáng kiến, kỷ luật của người đang chọn (Ctrl+H)")
        )
        self.history_button.clicked.connect(self.open_person_history)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.deactivate_button.clicked.connect(self.toggle_person_active)
        self.import_button.clicked.connect(self.import_requested)
        self.template_button.clicked.connect(self.template_requested)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        rl.addLayout(top)
        filters = QHBoxLayout()
        filters.addWidget(self.show_inactive)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        rl.addLayout(filters)
        rl.addWidget(self.table, 1)
        pb = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.deactivate_button, self.history_button):
            pb.addWidget(b)
        pb.addStretch(1)
        rl.addLayout(pb)
        ib = QHBoxLayout()  # a row of its own: the screen fits 1366×768 at 125 %
        ib.addStretch(1)
        ib.addWidget(self.import_button)
        ib.addWidget(self.template_button)
        rl.addLayout(ib)
        return right

    def _connect_signals(self) -> None:
        # Debounced search; textChanged (not textEdited/returnPressed) also fires when an
        # input method (Unikey/EVKey, or Qt's own pre-edit) commits a composed letter.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.refresh_people)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._on_search_return)
        self.show_inactive.toggled.connect(lambda _c: self.refresh_people())
        self.tree.selectionModel().currentChanged.connect(self._on_unit_changed)
        self.tree.doubleClicked.connect(lambda _i: self.edit_unit())
        self.table.doubleClicked.connect(lambda _i: self.edit_person())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            sc = QShortcut(QKeySequence(key), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(self.edit_person)
        sc = QShortcut(QKeySequence(Qt.Key.Key_F2), self.tree)
        sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        sc.activated.connect(self.edit_unit)
        # "Lịch sử khen thưởng…" of the selected person (table) or unit (tree): context menus and Ctrl+H.
        for view, slot in ((self.table, self.open_person_history), (self.tree, self.open_unit_history)):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view, f=slot: self._history_menu(v, pos, f))
            sc = QShortcut(QKeySequence("Ctrl+H"), view)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        """Reload units and people (after an import or another screen's change)."""
        self.reload_units()
        self.refresh_people()

    def _on_changes(self, changes: OpChanges) -> None:
        if changes.touches(PEOPLE, UNITS) and not made_by(changes, self):
            self._refresher.request()

    def reload_units(self, *, select: int | None = None) -> None:
        """Reload the unit tree, keeping the chosen unit (or choosing `select`)."""
        current = select if select is not None else self.selected_unit_id()

        def show(units: list[UnitRow]) -> None:
            self._units = units
            self.unit_model.set_units(units)
            self.tree.expandToDepth(0)
            self.select_unit(current if current is not None else ALL_UNITS, refresh=select is not None)

        QueryOp(parent=self, db=self._db, op=org.list_units, success=show, key="units").run_in_background()

    def select_unit(self, unit_id: int, *, refresh: bool = True) -> None:
        index = self.unit_model.index_of(unit_id)
        if not index.isValid():
            index = self.unit_model.root_index()
        blocker = not refresh
        if blocker:
            self.tree.selectionModel().blockSignals(True)
        self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if blocker:
            self.tree.selectionModel().blockSignals(False)
            self._set_unit_filter(index)
        self.tree.scrollTo(index)
        self._update_buttons()

    def selected_unit_id(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(UNIT_ID_ROLE) if index.isValid() else None

    def selected_unit(self) -> UnitRow | None:
        index = self.tree.currentIndex()
        return index.data(UNIT_ROW_ROLE) if index.isValid() else None

    def _set_unit_filter(self, index: QModelIndex) -> None:
        unit_id = index.data(UNIT_ID_ROLE) if index.isValid() else ALL_UNITS
        self._unit_filter = None if unit_id in (None, ALL_UNITS) else subtree_ids(self._units, unit_id)

    def _on_unit_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_unit_filter(current)
        self._update_buttons()
        self.refresh_people()

    def refresh_people(self) -> None:
        """Run the search now (the debounce timer calls this)."""
        self._search_timer.stop()
        started = time.perf_counter()
        query, unit_ids, inactive = self.search.text(), self._unit_filter, self.show_inactive.isChecked()
        QueryOp(
            parent=self,
            db=self._db,
            op=lambda s: org.search_people(s, query=query, unit_ids=unit_ids, include_inactive=inactive),
            success=lambda result: self._show_people(result, started),
            key="search",
        ).run_in_background()

    def _show_people(self, result, started: float) -> None:
        keep = self.selected_person()
        self.people_model.set_rows(result.rows, result.total)
        self.last_search_ms = (time.perf_counter() - started) * 1000
        self._show_count(len(result.rows), result.total, result.more)
        if keep is not None:
            self.select_person(keep.id)
        elif len(result.rows) == 1 and self.search.text().strip():
            self.select_person(result.rows[0].id)  # a single result is the one meant
        self._update_buttons()

    def _show_count(self, shown: int, total: int, more: bool = False) -> None:
        if more:
            self.count_label.setText(
                self.tr("Hiển thị %1 / hơn %2 người").replace("%1", fmt_int(shown)).replace("%2", fmt_int(shown))
            )
            self.count_label.setToolTip(self.tr("Gõ thêm vào ô tìm kiếm hoặc chọn đơn vị để thu hẹp danh sách."))
        elif shown < total:
            self.count_label.setText(
                self.tr("Hiển thị %1 / %2 người").replace("%1", fmt_int(shown)).replace("%2", fmt_int(total))
            )
            self.count_label.setToolTip(self.tr("Gõ thêm vào ô tìm kiếm hoặc chọn đơn vị để thu hẹp danh sách."))
        else:
            self.count_label.setText(self.tr("%1 người").replace("%1", fmt_int(total)))
            self.count_label.setToolTip("")

    # ------------------------------------------------------------ selection
    def selected_person(self) -> PersonRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.people_model.row_at(index.row())

    def select_person(self, person_id: int) -> bool:
        row = self.people_model.row_of(person_id)
        if row < 0:
            return False
        index = self.people_model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        person = self.selected_person()
        self.edit_button.setEnabled(person is not None)
        self.history_button.setEnabled(person is not None)
        self.deactivate_button.setEnabled(person is not None)
        if person is not None and person.active_to is not None:
            self.deactivate_button.setText(self.tr("Cho công tác lại"))
        else:
            self.deactivate_button.setText(self.tr("Thôi công tác"))
        unit = self.selected_unit()
        self.edit_unit_button.setEnabled(unit is not None)
        self.toggle_unit_button.setEnabled(unit is not None)
        self.toggle_unit_button.setText(
            self.tr("Hoạt động lại") if unit is not None and not unit.is_active else self.tr("Ngừng hoạt động")
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_search_return(self) -> None:
        self.refresh_people()
        if self.people_model.rowCount() > 0:
            if self.selected_person() is None:
                self.select_person(self.people_model.row_at(0).id)
            self.table.setFocus()

    # ------------------------------------------------------------ people actions
    def _default_unit_for_new(self) -> int | None:
        unit_id = self.selected_unit_id()
        return None if unit_id in (None, ALL_UNITS) else unit_id

    def add_person(self) -> None:
        dialog = PersonDialog(self._db, self._units, default_unit_id=self._default_unit_for_new(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self._after_person_saved(dialog.saved_id)

    def edit_person(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        # Open on the stored record, not on the possibly old table row.
        person_id = person.id

        def failed(exc: BaseException) -> None:
            errors.show_error(self, exc)
            self.refresh_people()

        QueryOp(
            parent=self, db=self._db, op=lambda s: org.get_person(s, person_id), success=self._edit_loaded_person
        ).failure(failed).run_in_background()

    def _edit_loaded_person(self, person: PersonRow) -> None:
        dialog = self.make_person_dialog(person)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self._after_person_saved(dialog.saved_id)

    def make_person_dialog(self, person: PersonRow | None) -> PersonDialog:
        return PersonDialog(self._db, self._units, person, default_unit_id=self._default_unit_for_new(), parent=self)

    def _after_person_saved(self, person_id: int) -> None:
        self.refresh_people()
        self.select_person(person_id)

    def toggle_person_active(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        if person.active_to is None:
            dialog = DeactivateDialog(person.full_name, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            on_date = dialog.on_date()

            def op(session) -> None:
                org.deactivate_person(session, person_id=person.id, version=person.version, on_date=on_date)
        else:

            def op(session) -> None:
                org.reactivate_person(session, person_id=person.id, version=person.version)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, StaleRecord):
                QMessageBox.warning(self, self.tr("Hồ sơ đã bị thay đổi"), exc.message())
            else:
                errors.show_error(self, exc)
            self.refresh_people()

        CollectionOp(
            parent=self, db=self._db, op=op, changes={PEOPLE}, success=lambda _r: self.refresh_people()
        ).failure(failed).run_in_background()

    # ------------------------------------------------------------ unit actions
    def add_unit(self) -> None:
        dialog = UnitDialog(self._db, self._units, default_parent_id=self._default_unit_for_new(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.reload_units(select=dialog.saved_id)

    def edit_unit(self) -> None:
        unit = self.selected_unit()
        if unit is None:
            return
        dialog = UnitDialog(self._db, self._units, unit, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_units()
            self.refresh_people()

    def toggle_unit(self) -> None:
        unit = self.selected_unit()
        if unit is None:
            return
        if unit.is_active:
            answer = QMessageBox.question(
                self,
                self.tr("Ngừng hoạt động"),
                self.tr(
                    "Đánh dấu đơn vị «%1» ngừng hoạt động? Cán bộ và lịch sử của đơn vị vẫn được giữ; "
                    "có thể cho hoạt động lại bất cứ lúc nào."
                ).replace("%1", unit.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

        def failed(exc: BaseException) -> None:
            errors.show_error(self, exc)
            self.reload_units()

        CollectionOp(
            parent=self,
            db=self._db,
            changes={UNITS},
            op=lambda s: org.set_unit_active(s, unit_id=unit.id, version=unit.version, active=not unit.is_active),
            success=lambda _r: self.reload_units(),
        ).failure(failed).run_in_background()

    # ------------------------------------------------------------ history
    def _history_menu(self, view, pos, slot) -> None:
        from PySide6.QtWidgets import QMenu

        if not view.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Lịch sử khen thưởng…"), slot)
        if view is self.table and self.selected_person() is not None:  # the audit trail of the record
            menu.addAction(self.tr("Lịch sử thay đổi…"), self.open_person_changes)
        menu.exec(view.viewport().mapToGlobal(pos))

    def open_person_changes(self) -> None:
        from ui.accounts.audit_screen import show_row_history

        person = self.selected_person()
        if person is not None:
            show_row_history(self._db, "person", person.id, f"{person.full_name} ({person.code})", self)

    def make_history_dialog(self, *, person: PersonRow | None = None, unit: UnitRow | None = None):
        from ui.history.history_dialog import HistoryDialog

        if person is not None:
            return HistoryDialog(
                self._db, person_id=person.id, subject_name=f"{person.full_name} ({person.code})", parent=self
            )
        assert unit is not None  # a person or a unit
        return HistoryDialog(self._db, unit_id=unit.id, subject_name=unit.name, parent=self)

    def open_person_history(self) -> None:
        person = self.selected_person()
        if person is not None:
            self._open_history(self.make_history_dialog(person=person))

    def open_unit_history(self) -> None:
        unit = self.selected_unit()
        if unit is not None:
            self._open_history(self.make_history_dialog(unit=unit))

    def _open_history(self, dialog) -> None:
        dialog.exec()
        if dialog.changed:
            # Once per dialog, not per saved line: the open rounds' verdicts are re-checked once.
            notify_changed({HISTORY}, self)
