"""NomineePickerDialog: choose one or many people (unit tree + search-as-you-type, multi-
selection) or units, and the award to propose them for. Reuses the Organisation screen's
models (UnitTreeModel, PeopleTableModel). GUI thread; people searches are LIMITed indexed
queries like the Organisation screen's."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.services import org
from app.services.catalogue import AwardTypeRow
from app.services.org import UnitRow, subtree_ids
from ui.i18n import fmt_int
from ui.models.people_table import PeopleTableModel
from ui.models.unit_tree import ALL_UNITS, UNIT_ID_ROLE, UnitTreeModel
from ui.operations import QueryOp

SEARCH_DEBOUNCE_MS = 150


class NomineePickerDialog(QDialog):
    """After accept: `subject` (CA_NHAN/TAP_THE), `award_code`, `person_ids` or `unit_ids`."""

    def __init__(
        self,
        db: Database,
        *,
        award_types: list[AwardTypeRow],
        units: list[UnitRow],
        default_unit_id: int | None = None,
        default_award: str = "LDTT",
        title: str = "",
        ok_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._units = units
        self._award_types = [t for t in award_types if t.is_active]
        self._unit_filter: set[int] | None = None
        self.setWindowTitle(title or self.tr("Thêm đề nghị khen thưởng"))

        self.person_radio = QRadioButton(self.tr("&Cá nhân"))
        self.unit_radio = QRadioButton(self.tr("&Tập thể"))
        self.person_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.person_radio)
        group.addButton(self.unit_radio)
        self.award = QComboBox()
        self.award.setMinimumContentsLength(26)
        self.award.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        award_label = QLabel(self.tr("&Danh hiệu, hình thức:"))
        award_label.setBuddy(self.award)
        self._default_award = default_award

        self.unit_model = UnitTreeModel(self)
        self.unit_model.set_units(units)
        self.tree = QTreeView()
        self.tree.setModel(self.unit_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.expandToDepth(1)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm theo họ tên hoặc mã — gõ không dấu cũng được"))
        self.people_model = PeopleTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.people_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((80, 180, 60, 60, 120)):
            hh.resizeSection(col, width)
        hh.setStretchLastSection(True)
        self.people_box = QWidget()
        pl = QVBoxLayout(self.people_box)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.search)
        pl.addWidget(self.table, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.people_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 560])
        splitter.setChildrenCollapsible(False)

        self.count_label = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or self.tr("Thêm vào đợt xét"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Đối tượng:")))
        top.addWidget(self.person_radio)
        top.addWidget(self.unit_radio)
        top.addSpacing(16)
        top.addWidget(award_label)
        top.addWidget(self.award, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(820, 460)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_people)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.person_radio.toggled.connect(lambda _c: self._on_subject_changed())
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._on_tree_selection())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_count())
        self.award.currentIndexChanged.connect(lambda _i: self._update_count())
        self._on_subject_changed()
        if default_unit_id is not None:
            self.select_unit(default_unit_id)
        self.search.setFocus()

    # ------------------------------------------------------------ state
    @property
    def subject(self) -> str:
        return "CA_NHAN" if self.person_radio.isChecked() else "TAP_THE"

    @property
    def award_code(self) -> str | None:
        return self.award.currentData()

    @property
    def person_ids(self) -> list[int]:
        if self.subject != "CA_NHAN":
            return []
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.people_model.row_at(r).id for r in rows]

    @property
    def unit_ids(self) -> list[int]:
        if self.subject != "TAP_THE":
            return []
        ids = [i.data(UNIT_ID_ROLE) for i in self.tree.selectionModel().selectedIndexes()]
        return [i for i in ids if i not in (None, ALL_UNITS)]

    def _on_subject_changed(self) -> None:
        subject = self.subject
        keep = self.award.currentData()
        self.award.blockSignals(True)
        self.award.clear()
        for t in self._award_types:
            if t.subject == subject:
                self.award.addItem(t.name, t.code)
        i = self.award.findData(keep)
        if i < 0:
            i = max(0, self.award.findData(self._default_award if subject == "CA_NHAN" else "TTLDTT"))
        self.award.setCurrentIndex(i)
        self.award.blockSignals(False)
        person = subject == "CA_NHAN"
        self.people_box.setVisible(person)
        self.tree.setSelectionMode(
            QAbstractItemView.SelectionMode.SingleSelection
            if person
            else QAbstractItemView.SelectionMode.ExtendedSelection
        )
        self.hint.setText(
            self.tr("Chọn đơn vị bên trái để lọc; chọn nhiều người bằng Ctrl hoặc Shift.")
            if person
            else self.tr("Chọn một hoặc nhiều tập thể trong cây đơn vị (Ctrl hoặc Shift để chọn nhiều).")
        )
        if person:
            self.refresh_people()
        self._update_count()

    def select_unit(self, unit_id: int) -> None:
        index = self.unit_model.index_of(unit_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.tree.scrollTo(index)

    def _on_tree_selection(self) -> None:
        if self.subject == "CA_NHAN":
            index = self.tree.currentIndex()
            unit_id = index.data(UNIT_ID_ROLE) if index.isValid() else ALL_UNITS
            self._unit_filter = None if unit_id in (None, ALL_UNITS) else subtree_ids(self._units, unit_id)
            self.refresh_people()
        self._update_count()

    def refresh_people(self) -> None:
        """Search as you type off the GUI thread; a newer keystroke supersedes an older search."""
        self._timer.stop()
        query, unit_ids = self.search.text(), self._unit_filter
        QueryOp(
            parent=self,
            db=self._db,
            op=lambda s: org.search_people(s, query=query, unit_ids=unit_ids),
            success=self._show_people,
            key="people",
        ).run_in_background()

    def _show_people(self, result) -> None:
        self.people_model.set_rows(result.rows, result.total)
        if len(result.rows) == 1 and self.search.text().strip():
            self.select_people([result.rows[0].id])  # a single result is the one meant
        self._update_count()

    def select_people(self, person_ids: list[int]) -> None:
        sm = self.table.selectionModel()
        sm.clearSelection()
        for pid in person_ids:
            row = self.people_model.row_of(pid)
            if row >= 0:
                sm.select(
                    self.people_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                )

    def select_units(self, unit_ids: list[int]) -> None:
        sm = self.tree.selectionModel()
        sm.clearSelection()
        for uid in unit_ids:
            index = self.unit_model.index_of(uid)
            if index.isValid():
                sm.select(index, QItemSelectionModel.SelectionFlag.Select)

    def _update_count(self) -> None:
        n = len(self.person_ids) if self.subject == "CA_NHAN" else len(self.unit_ids)
        shown = self.people_model.rowCount()
        if self.subject == "CA_NHAN":
            text = self.tr("Đã chọn %1 người").replace("%1", fmt_int(n))
            if shown < self.people_model.total:
                text += " · " + self.tr("hiển thị %1 / hơn %2; gõ thêm để thu hẹp").replace(
                    "%1", fmt_int(shown)
                ).replace("%2", fmt_int(shown))
        else:
            text = self.tr("Đã chọn %1 tập thể").replace("%1", fmt_int(n))
        self.count_label.setText(text)
        self.ok_button.setEnabled(n > 0 and self.award_code is not None)
