"""CriteriaTab: the criteria tables (bảng tiêu chí chấm điểm) of one bloc, one or more a
year, with the items of the selected table underneath; add, edit, copy from the previous
year, delete. Reads run as QueryOps, writes as CollectionOps announcing BLOCS
(ui/operations.py) through app.services.bloc and app.services.bloc_admin. Emits
`tables_changed` after a saved change (the blocs screen marks its other tabs). GUI thread."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.rules.scoring import BONUS, NORMAL, PENALTY
from app.services import bloc, bloc_admin
from app.services.bloc import ScoringTableSummary
from ui import errors
from ui.blocs.criteria_dialog import CriteriaTableDialog, fmt_points, kind_labels
from ui.history.history_dialog import make_table
from ui.models.dto_table import Column, DtoTableModel
from ui.operations import BLOCS, CollectionOp, QueryOp

BONUS_TINT = (QColor("#e6f4ea"), QColor("#1e6b34"))
PENALTY_TINT = (QColor("#fdecea"), QColor("#a61b1b"))


class CriteriaTab(QWidget):
    """Tables of the bloc (Năm, Tên, Tổng điểm, Nội dung, Bỏ điểm cao/thấp) and the items
    of the selected one; Thêm bảng…, Sửa…, Chép từ năm trước, Xóa."""

    tables_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._bloc_id: int | None = None
        yes, no = self.tr("Có"), "—"
        self.tables_model = DtoTableModel(
            [
                Column(self.tr("Năm"), lambda t: str(t.year), Qt.AlignmentFlag.AlignCenter),
                Column(self.tr("Tên bảng tiêu chí"), lambda t: t.name),
                Column(self.tr("Tổng điểm"), lambda t: fmt_points(t.declared_total), Qt.AlignmentFlag.AlignCenter),
                Column(self.tr("Nội dung"), self._contents),
                Column(
                    self.tr("Bỏ điểm cao nhất, thấp nhất"),
                    lambda t: yes if t.drop_extremes else no,
                    Qt.AlignmentFlag.AlignCenter,
                    tooltip=lambda t: (
                        self.tr("Bỏ điểm cao nhất và thấp nhất khi có từ 5 đơn vị chấm trở lên")
                        if t.drop_extremes
                        else ""
                    ),
                ),
            ],
            self,
        )
        self.tables_view = make_table(self.tables_model, (60, 380, 80, 260))
        kinds = kind_labels()
        tints = {BONUS: BONUS_TINT, PENALTY: PENALTY_TINT}
        self.items_model = DtoTableModel(
            [
                Column(self.tr("Mã"), lambda c: c.code, Qt.AlignmentFlag.AlignCenter),
                Column(self.tr("Nhóm"), lambda c: c.group),
                Column(self.tr("Nội dung tiêu chí"), lambda c: c.name),
                Column(self.tr("Điểm tối đa"), lambda c: fmt_points(c.max_points), Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Loại"), lambda c: kinds.get(c.kind, c.kind)),
            ],
            self,
            tint=lambda c, col: self._kind_tint(tints, c, col),
        )
        self.items_view = make_table(self.items_model, (60, 240, 520, 95, 120))
        ih = self.items_view.horizontalHeader()
        ih.setStretchLastSection(False)
        ih.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(self.tr("Thêm bảng…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.copy_button = QPushButton(self.tr("Chép từ năm trước"))
        self.copy_button.setToolTip(
            self.tr("Chép bảng tiêu chí gần nhất của khối sang một năm mới (chỉ chép tiêu chí, không chép điểm)")
        )
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.add_button.clicked.connect(self.add_table)
        self.edit_button.clicked.connect(self.edit_table)
        self.copy_button.clicked.connect(self.copy_from_last_year)
        self.delete_button.clicked.connect(self.delete_table)
        self.tables_view.doubleClicked.connect(lambda _i: self.edit_table())
        self.items_title = QLabel()
        self.empty_label = QLabel(self.tr("Khối chưa có bảng tiêu chí. Bấm «Thêm bảng…» hoặc «Chép từ năm trước»."))
        self.empty_label.setWordWrap(True)

        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.copy_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.tables_view, 1)
        tl.addWidget(self.empty_label)
        tl.addLayout(buttons)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.items_title)
        bl.addWidget(self.items_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

        self.tables_view.selectionModel().selectionChanged.connect(lambda *_: self._on_table_selected())
        self.set_bloc(None)

    # ------------------------------------------------------------ helpers
    def _contents(self, t: ScoringTableSummary) -> str:
        counts = {k: sum(1 for c in t.criteria if c.kind == k) for k in (NORMAL, BONUS, PENALTY)}
        text = self.tr("%1 tiêu chí").replace("%1", str(counts[NORMAL]))
        if counts[BONUS]:
            text += " · " + self.tr("%1 điểm thưởng").replace("%1", str(counts[BONUS]))
        if counts[PENALTY]:
            text += " · " + self.tr("%1 điểm trừ").replace("%1", str(counts[PENALTY]))
        return text

    @staticmethod
    def _kind_tint(tints, c, col):
        return tints.get(c.kind) if col == 4 else None

    def selected_table(self) -> ScoringTableSummary | None:
        rows = self.tables_view.selectionModel().selectedRows()
        return self.tables_model.row_at(rows[0].row()) if rows else None

    def select_table(self, table_id: int) -> None:
        row = self.tables_model.row_of(lambda t: t.id == table_id)
        if row >= 0:
            self.tables_view.selectRow(row)

    def _update_buttons(self) -> None:
        has_bloc = self._bloc_id is not None
        t = self.selected_table()
        self.add_button.setEnabled(has_bloc)
        self.copy_button.setEnabled(has_bloc and bool(self.tables_model.rows))
        self.edit_button.setEnabled(t is not None)
        self.delete_button.setEnabled(t is not None)

    def _on_table_selected(self) -> None:
        t = self.selected_table()
        self.items_model.set_rows(t.criteria if t is not None else [])
        self.items_title.setText(
            self.tr("Các tiêu chí của «%1»").replace("%1", t.name)
            if t is not None
            else self.tr("Chọn một bảng để xem các tiêu chí.")
        )
        self._update_buttons()

    # ------------------------------------------------------------ loading
    def set_bloc(self, bloc_id: int | None) -> None:
        self._bloc_id = bloc_id
        self.reload()

    def reload(self, *, select: int | None = None) -> None:
        """The bloc's tables again, keeping the selection (or selecting table `select`)."""
        keep = select if select is not None else (t.id if (t := self.selected_table()) else None)
        bloc_id = self._bloc_id
        if bloc_id is None:
            self._show_tables(None, [], keep)
            return
        QueryOp(
            parent=self,
            db=self._db,
            key="reload",
            op=lambda s: bloc.list_tables(s, bloc_id=bloc_id),
            success=lambda tables: self._show_tables(bloc_id, tables, keep),
        ).run_in_background()

    def _show_tables(self, bloc_id: int | None, tables: list[ScoringTableSummary], keep: int | None) -> None:
        if bloc_id != self._bloc_id:
            return  # another bloc was chosen meanwhile
        self.tables_model.set_rows(tables)
        self.empty_label.setVisible(self._bloc_id is not None and not tables)
        if keep is not None:
            self.select_table(keep)
        if self.selected_table() is None and tables:
            self.tables_view.selectRow(0)
        self._on_table_selected()

    def _next_year(self) -> int:
        years = [t.year for t in self.tables_model.rows]
        return max(years) + 1 if years else _dt.date.today().year

    # ------------------------------------------------------------ actions
    def make_table_dialog(self, table: ScoringTableSummary | None = None, score_count: int = 0) -> CriteriaTableDialog:
        assert self._bloc_id is not None  # add_table checks it; a table is listed only with its bloc
        return CriteriaTableDialog(
            self._db,
            bloc_id=self._bloc_id,
            table=table,
            default_year=self._next_year(),
            score_count=score_count,
            parent=self,
        )

    def _run_dialog(self, dialog: CriteriaTableDialog) -> None:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted  # its save announced BLOCS
        if accepted or dialog.stale:
            self.reload(select=dialog.saved_id if accepted else None)
        if accepted:
            self.tables_changed.emit()

    def add_table(self) -> None:
        if self._bloc_id is not None:
            self._run_dialog(self.make_table_dialog())

    def edit_table(self) -> None:
        t = self.selected_table()
        if t is not None:
            QueryOp(
                parent=self,
                db=self._db,
                op=lambda s: bloc_admin.count_table_scores(s, table_id=t.id),
                success=lambda count: self._run_dialog(self.make_table_dialog(t, count)),
            ).run_in_background()

    def copy_from_last_year(self) -> None:
        if self._bloc_id is None:
            return
        year, ok = QInputDialog.getInt(
            self,
            self.tr("Chép từ năm trước"),
            self.tr("Chép bảng tiêu chí gần nhất sang năm:"),
            self._next_year(),
            bloc_admin.MIN_YEAR,
            bloc_admin.MAX_YEAR,
        )
        if not ok:
            return
        if any(t.year == year for t in self.tables_model.rows):
            answer = QMessageBox.question(
                self,
                self.tr("Chép từ năm trước"),
                self.tr("Khối đã có bảng tiêu chí năm %1. Vẫn chép thêm một bảng?").replace("%1", str(year)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        bloc_id = self._bloc_id

        def copied(new_id: int) -> None:
            self.reload(select=new_id)
            self.tables_changed.emit()

        CollectionOp(
            parent=self,
            db=self._db,
            changes={BLOCS},
            success=copied,
            op=lambda s: bloc.copy_table_from_last_year(s, bloc_id=bloc_id, year=year),
        ).run_in_background()

    def delete_table(self) -> None:
        t = self.selected_table()
        if t is None:
            return
        QueryOp(
            parent=self,
            db=self._db,
            op=lambda s: bloc_admin.count_table_scores(s, table_id=t.id),
            success=lambda scores: self._confirm_delete(t, scores),
        ).run_in_background()

    def _confirm_delete(self, t: ScoringTableSummary, scores: int) -> None:
        text = self.tr("Xóa bảng tiêu chí «%1»?").replace("%1", t.name)
        if scores:
            text += "\n" + self.tr("Bảng đã có %1 điểm chấm; các điểm này cũng bị xóa.").replace("%1", str(scores))
        answer = QMessageBox.question(self, self.tr("Xóa bảng tiêu chí"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return

        def deleted(_result) -> None:
            self.reload()
            self.tables_changed.emit()

        def failed(exc: BaseException) -> None:
            errors.show_error(self, exc)
            self.reload()

        CollectionOp(
            parent=self, db=self._db, changes={BLOCS}, success=deleted, op=lambda s: bloc.delete_table(s, table_id=t.id)
        ).failure(failed).run_in_background()
