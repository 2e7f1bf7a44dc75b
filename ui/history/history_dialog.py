"""HistoryDialog: the history of one person (ratings, awards, sáng kiến, discipline,
maternity leave) or one unit (awards), one tab each, with Thêm / Sửa / Xóa.

Reads and writes through app.services.history in operations (ui/operations.py); `changed`
tells the opener, which announces HISTORY on the change hub once the dialog closes (the
open rounds' verdicts are re-checked once, not per saved line). GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.rules.codes import DISCIPLINE_LEVELS, INITIATIVE_LEVELS, RATINGS
from app.services import catalogue, history
from app.services.history import INITIATIVE_KINDS, HistoryResult
from ui import errors
from ui.history.record_dialogs import AwardDialog, DisciplineDialog, InitiativeDialog, LeaveDialog, RatingDialog
from ui.labels import tr_label
from ui.models.dto_table import Column, DtoTableModel
from ui.operations import CollectionOp, QueryOp
from ui.widgets import format_date, set_role


def make_table(model, widths: tuple[int, ...] = ()) -> QTableView:
    """A read-only, row-selecting table in the house look."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    vh = table.verticalHeader()
    vh.setVisible(False)
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(table.fontMetrics().height() + 8)
    hh = table.horizontalHeader()
    hh.setHighlightSections(False)
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for col, width in enumerate(widths):
        hh.resizeSection(col, width)
    hh.setStretchLastSection(True)
    return table


class RecordTab(QWidget):
    """A table of one kind of record with Thêm / Sửa / Xóa (Insert, Enter/F2, Delete)."""

    def __init__(
        self,
        columns: list[Column],
        widths: tuple[int, ...],
        *,
        on_add: Callable[[], None],
        on_edit: Callable[[object], None],
        on_delete: Callable[[object], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = DtoTableModel(columns, self)
        self.table = make_table(self.model, widths)
        self.add_button = QPushButton(self.tr("Thêm…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.add_button.setToolTip(self.tr("Thêm (Insert)"))
        self.edit_button.setToolTip(self.tr("Sửa dòng đang chọn (Enter hoặc F2)"))
        self.delete_button.setToolTip(self.tr("Xóa dòng đang chọn (Delete)"))
        self.add_button.clicked.connect(on_add)
        self.edit_button.clicked.connect(lambda: self._with_selected(on_edit))
        self.delete_button.clicked.connect(lambda: self._with_selected(on_delete))
        self.table.doubleClicked.connect(lambda _i: self.edit_button.click())
        for key, button in (
            (Qt.Key.Key_Return, self.edit_button),
            (Qt.Key.Key_Enter, self.edit_button),
            (Qt.Key.Key_F2, self.edit_button),
            (Qt.Key.Key_Delete, self.delete_button),
            (Qt.Key.Key_Insert, self.add_button),
        ):
            sc = QShortcut(QKeySequence(key), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(button.click)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def set_rows(self, rows) -> None:
        keep = self.selected()
        self.model.set_rows(rows)
        if keep is not None:
            self.select_record(keep.id)
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _with_selected(self, fn: Callable[[object], None]) -> None:
        row = self.selected()
        if row is not None:
            fn(row)

    def select_record(self, record_id: int) -> bool:
        row = self.model.row_of(lambda r: r.id == record_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)


class HistoryDialog(QDialog):
    """History of a person (`person_id`) or a unit (`unit_id`: awards only). `changed` is
    True once anything was saved."""

    def __init__(
        self,
        db: Database,
        *,
        person_id: int | None = None,
        unit_id: int | None = None,
        subject_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if (person_id is None) == (unit_id is None):
            raise ValueError("give exactly one of person_id, unit_id")
        self._db = db
        self.person_id, self.unit_id = person_id, unit_id
        self.changed = False
        self._history = HistoryResult([], [], [], [], [])
        self._award_types: list = []  # loaded with the history (reload)
        self.setWindowTitle(self.tr("Lịch sử khen thưởng — %1").replace("%1", subject_name))
        title = QLabel(subject_name)
        set_role(title, "section-title")
        hint = QLabel(
            ""
            if person_id is not None
            else self.tr("Tập thể: chỉ có khen thưởng; xếp loại, sáng kiến, kỷ luật ghi cho từng người.")
        )
        hint.setWordWrap(True)

        self.tabs = QTabWidget()
        self.awards_tab = RecordTab(
            [
                Column(self.tr("Năm"), lambda r: str(r.year), Qt.AlignmentFlag.AlignCenter),
                Column(self.tr("Danh hiệu, hình thức"), lambda r: r.award_name),
                Column(self.tr("Số quyết định"), lambda r: r.decision_no),
                Column(
                    self.tr("Ngày quyết định"), lambda r: format_date(r.decision_date), Qt.AlignmentFlag.AlignCenter
                ),
                Column(self.tr("Cơ quan ban hành"), lambda r: r.issuer),
            ],
            (60, 240, 130, 110),
            on_add=self.add_award,
            on_edit=self.edit_award,
            on_delete=self.delete_award,
        )
        self.tab_widgets: dict[str, RecordTab] = {}
        if person_id is not None:
            self.ratings_tab = RecordTab(
                [
                    Column(self.tr("Năm"), lambda r: str(r.year), Qt.AlignmentFlag.AlignCenter),
                    Column(self.tr("Xếp loại chất lượng"), lambda r: tr_label(RATINGS.get(r.rating, r.rating))),
                ],
                (70,),
                on_add=self.add_rating,
                on_edit=self.edit_rating,
                on_delete=self.delete_rating,
            )
            self.initiatives_tab = RecordTab(
                [
                    Column(self.tr("Năm"), lambda r: str(r.year), Qt.AlignmentFlag.AlignCenter),
                    Column(self.tr("Tên sáng kiến, đề tài"), lambda r: r.title),
                    Column(self.tr("Loại"), lambda r: tr_label(INITIATIVE_KINDS.get(r.kind, r.kind))),
                    Column(self.tr("Cấp"), lambda r: tr_label(INITIATIVE_LEVELS.get(r.level, r.level))),
                    Column(
                        self.tr("Ngày công nhận"),
                        lambda r: format_date(r.recognised_date),
                        Qt.AlignmentFlag.AlignCenter,
                    ),
                    Column(self.tr("Đã dùng cho"), lambda r: r.used_by or self.tr("chưa dùng")),
                ],
                (60, 260, 90, 130, 110),
                on_add=self.add_initiative,
                on_edit=self.edit_initiative,
                on_delete=self.delete_initiative,
            )
            self.disciplines_tab = RecordTab(
                [
                    Column(self.tr("Hình thức"), lambda r: tr_label(DISCIPLINE_LEVELS.get(r.level, r.level))),
                    Column(self.tr("Từ ngày"), lambda r: format_date(r.start_date), Qt.AlignmentFlag.AlignCenter),
                    Column(
                        self.tr("Đến ngày"),
                        lambda r: format_date(r.end_date) or self.tr("còn hiệu lực"),
                        Qt.AlignmentFlag.AlignCenter,
                    ),
                    Column(self.tr("Ghi chú"), lambda r: r.note),
                ],
                (140, 100, 110),
                on_add=self.add_discipline,
                on_edit=self.edit_discipline,
                on_delete=self.delete_discipline,
            )
            self.leaves_tab = RecordTab(
                [
                    Column(self.tr("Từ ngày"), lambda r: format_date(r.start_date), Qt.AlignmentFlag.AlignCenter),
                    Column(self.tr("Đến ngày"), lambda r: format_date(r.end_date), Qt.AlignmentFlag.AlignCenter),
                    Column(self.tr("Ghi chú"), lambda r: r.note),
                ],
                (100, 100),
                on_add=self.add_leave,
                on_edit=self.edit_leave,
                on_delete=self.delete_leave,
            )
            for key, tab, text in (
                ("ratings", self.ratings_tab, self.tr("&Xếp loại")),
                ("awards", self.awards_tab, self.tr("&Khen thưởng")),
                ("initiatives", self.initiatives_tab, self.tr("&Sáng kiến")),
                ("disciplines", self.disciplines_tab, self.tr("Kỷ &luật")),
                ("leaves", self.leaves_tab, self.tr("Nghỉ &thai sản")),
            ):
                self.tabs.addTab(tab, text)
                self.tab_widgets[key] = tab
        else:
            self.tabs.addTab(self.awards_tab, self.tr("&Khen thưởng"))
            self.tab_widgets["awards"] = self.awards_tab

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(hint)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(780, 440)
        self.reload()

    # ------------------------------------------------------------ loading
    def reload(self, *, then: Callable[[], object] | None = None) -> None:
        """Load the history (and, the first time, the award catalogue); `then()` after."""
        person_id, unit_id, need_types = self.person_id, self.unit_id, not self._award_types

        def op(session):
            types = catalogue.list_award_types(session) if need_types else None
            return types, history.get_history(session, person_id=person_id, unit_id=unit_id)

        def show(result) -> None:
            types, self._history = result
            if types is not None:
                self._award_types = types
            self._show_history()
            if then is not None:
                then()

        QueryOp(parent=self, db=self._db, op=op, success=show, key="history").run_in_background()

    def _show_history(self) -> None:
        h = self._history
        self.awards_tab.set_rows(h.awards)
        if self.person_id is not None:
            self.ratings_tab.set_rows(h.ratings)
            self.initiatives_tab.set_rows(h.initiatives)
            self.disciplines_tab.set_rows(h.disciplines)
            self.leaves_tab.set_rows(h.leaves)
        for _key, tab in self.tab_widgets.items():
            i = self.tabs.indexOf(tab)
            base = self.tabs.tabText(i).split(" (")[0]
            self.tabs.setTabText(i, f"{base} ({tab.model.rowCount()})")

    @property
    def history(self) -> HistoryResult:
        return self._history

    def _run_dialog(self, dialog, tab: RecordTab) -> None:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            self._mark_changed()
            saved_id = dialog.saved_id
            self.reload(then=lambda: tab.select_record(saved_id))
        elif dialog.stale:
            self.reload()

    def _mark_changed(self) -> None:
        self.changed = True

    def _delete(self, tab: RecordTab, what: str, fn: Callable[[Any], None]) -> None:
        answer = QMessageBox.question(self, self.tr("Xóa"), self.tr("Xóa %1?").replace("%1", what))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def deleted(_result) -> None:
            self.reload()
            self._mark_changed()

        def failed(exc: BaseException) -> None:
            errors.show_error(self, exc)
            self.reload()

        CollectionOp(parent=self, db=self._db, op=fn, changes=(), success=deleted).failure(failed).run_in_background()

    # ------------------------------------------------------------ ratings
    def make_rating_dialog(self, row=None) -> RatingDialog:
        assert self.person_id is not None  # a person's history only
        return RatingDialog(self._db, person_id=self.person_id, row=row, parent=self)

    def add_rating(self) -> None:
        self._run_dialog(self.make_rating_dialog(), self.ratings_tab)

    def edit_rating(self, row) -> None:
        self._run_dialog(self.make_rating_dialog(row), self.ratings_tab)

    def delete_rating(self, row) -> None:
        self._delete(
            self.ratings_tab,
            self.tr("xếp loại năm %1").replace("%1", str(row.year)),
            lambda s: history.delete_rating(s, rating_id=row.id, version=row.version),
        )

    # ------------------------------------------------------------ awards
    def make_award_dialog(self, row=None) -> AwardDialog:
        return AwardDialog(
            self._db,
            award_types=self._award_types,
            person_id=self.person_id,
            unit_id=self.unit_id,
            row=row,
            parent=self,
        )

    def add_award(self) -> None:
        self._run_dialog(self.make_award_dialog(), self.awards_tab)

    def edit_award(self, row) -> None:
        self._run_dialog(self.make_award_dialog(row), self.awards_tab)

    def delete_award(self, row) -> None:
        self._delete(
            self.awards_tab,
            f"{row.award_name} {row.year}",
            lambda s: history.delete_award(s, award_id=row.id, version=row.version),
        )

    # ------------------------------------------------------------ sáng kiến
    def make_initiative_dialog(self, row=None) -> InitiativeDialog:
        assert self.person_id is not None  # a person's history only
        return InitiativeDialog(self._db, person_id=self.person_id, awards=self._history.awards, row=row, parent=self)

    def add_initiative(self) -> None:
        self._run_dialog(self.make_initiative_dialog(), self.initiatives_tab)

    def edit_initiative(self, row) -> None:
        self._run_dialog(self.make_initiative_dialog(row), self.initiatives_tab)

    def delete_initiative(self, row) -> None:
        self._delete(
            self.initiatives_tab,
            f"«{row.title}»",
            lambda s: history.delete_initiative(s, initiative_id=row.id, version=row.version),
        )

    # ------------------------------------------------------------ discipline
    def make_discipline_dialog(self, row=None) -> DisciplineDialog:
        assert self.person_id is not None  # a person's history only
        return DisciplineDialog(self._db, person_id=self.person_id, row=row, parent=self)

    def add_discipline(self) -> None:
        self._run_dialog(self.make_discipline_dialog(), self.disciplines_tab)

    def edit_discipline(self, row) -> None:
        self._run_dialog(self.make_discipline_dialog(row), self.disciplines_tab)

    def delete_discipline(self, row) -> None:
        self._delete(
            self.disciplines_tab,
            tr_label(DISCIPLINE_LEVELS.get(row.level, row.level)).lower(),
            lambda s: history.delete_discipline(s, discipline_id=row.id, version=row.version),
        )

    # ------------------------------------------------------------ leave
    def make_leave_dialog(self, row=None) -> LeaveDialog:
        assert self.person_id is not None  # a person's history only
        return LeaveDialog(self._db, person_id=self.person_id, row=row, parent=self)

    def add_leave(self) -> None:
        self._run_dialog(self.make_leave_dialog(), self.leaves_tab)

    def edit_leave(self, row) -> None:
        self._run_dialog(self.make_leave_dialog(row), self.leaves_tab)

    def delete_leave(self, row) -> None:
        self._delete(
            self.leaves_tab,
            self.tr("nghỉ thai sản từ %1").replace("%1", format_date(row.start_date)),
            lambda s: history.delete_leave(s, leave_id=row.id, version=row.version),
        )
