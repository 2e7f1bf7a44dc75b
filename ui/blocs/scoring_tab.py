"""ScoringTab ("Chấm điểm"): enter the scores of a criteria table, sheet by sheet.

Choose the table and the sheet — the members' self-scores, or one assessor's — and type
the points of the paper sheet into the grid (ui.blocs.scoring_grid). Each value is saved
as it is entered (one short service call); a value above the maximum or an own-unit score
is refused under the grid and nothing is stored. The sheet list shows how many scores each
sheet still lacks. In PANEL mode the "Người chấm…" dialog lists the scorers (the council's
members or named people). Reads run as QueryOps; each score and each change of the scorers
is a CollectionOp announcing SCORES or BLOCS (ui/operations.py). GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import AppError
from app.services import bloc as bloc_service
from app.services import council as council_service
from ui import errors
from ui.blocs.scoring_grid import ScoringGridModel, ScoringGridView
from ui.operations import BLOCS, SCORES, CollectionOp, QueryOp
from ui.widgets import ErrorLabel, sample_resize

SELF = -1  # the sheet combo's data for the members' self-scores


class TableCombo(QComboBox):
    """The criteria tables of a bloc, newest year first; data = table id."""

    def load(self, db: Database, bloc_id: int | None, keep: int | None = None, then=None) -> None:
        """The bloc's tables (a QueryOp), keeping `keep` chosen; `then()` once filled."""
        if bloc_id is None:
            self._fill([], keep, then)
            return
        QueryOp(
            parent=self,
            db=db,
            key="tables",
            op=lambda s: bloc_service.list_tables(s, bloc_id=bloc_id),
            success=lambda tables: self._fill(tables, keep, then),
        ).run_in_background()

    def _fill(self, tables, keep: int | None, then) -> None:
        self.blockSignals(True)
        self.clear()
        for t in tables:
            self.addItem(f"{t.year} – {t.name}", t.id)
        i = self.findData(keep) if keep is not None else -1
        self.setCurrentIndex(i if i >= 0 else (0 if self.count() else -1))
        self.blockSignals(False)
        if then is not None:
            then()

    def table_id(self) -> int | None:
        return self.currentData()


class TableTab(QWidget):
    """A tab working on one criteria table of the bloc, chosen in `table_combo`. The
    subclass builds the combo and defines `_on_table_changed()`, which shows the table."""

    table_combo: TableCombo
    _db: Database
    _bloc_id: int | None

    def _on_table_changed(self) -> None:
        raise NotImplementedError  # each tab shows its table

    def set_bloc(self, bloc_id: int | None) -> None:
        self._bloc_id = bloc_id
        self.reload()

    def reload(self) -> None:
        self.table_combo.load(self._db, self._bloc_id, keep=self.table_combo.table_id(), then=self._on_table_changed)

    def select_table(self, table_id: int) -> None:
        i = self.table_combo.findData(table_id)
        if i >= 0 and i != self.table_combo.currentIndex():
            self.table_combo.setCurrentIndex(i)


class ScoringTab(TableTab):
    """Scores of the chosen table. Emits scores_changed() after every saved value and
    table_selected(id) when the clerk picks another table."""

    scores_changed = Signal()
    table_selected = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._bloc_id: int | None = None
        self._assessors: list[bloc_service.AssessorRow] = []

        self.table_combo = TableCombo()
        self.table_combo.currentIndexChanged.connect(self._on_table_changed)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumContentsLength(22)
        self.sheet_combo.currentIndexChanged.connect(self._load_sheet)
        self.prev_button = QPushButton(self.tr("◀ Phiếu trước"))
        self.next_button = QPushButton(self.tr("Phiếu sau ▶"))
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.assessors_button = QPushButton(self.tr("Người chấm…"))
        self.assessors_button.clicked.connect(self.edit_assessors)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Bảng tiêu chí:")))
        top.addWidget(self.table_combo, 1)
        top.addWidget(self.assessors_button)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Phiếu chấm:")))
        second.addWidget(self.sheet_combo, 1)
        second.addWidget(self.prev_button)
        second.addWidget(self.next_button)

        self.model = ScoringGridModel(self)
        self.model.score_entered.connect(self._on_score_entered)
        self.grid = ScoringGridView()
        self.grid.setModel(self.model)
        self.grid.clear_requested.connect(self._on_clear)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.horizontalHeader().setDefaultSectionSize(118)
        # Member names are long ("Học viện Chính trị quốc gia Hồ Chí Minh"): wrap them on
        # three lines instead of clipping.
        self.grid.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.grid.horizontalHeader().setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 8)
        self.grid.verticalHeader().setMaximumWidth(420)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        sample_resize(self.grid)

        self.hint = QLabel(
            self.tr(
                "Gõ điểm rồi nhấn Enter để lưu và xuống tiêu chí tiếp theo; Tab sang đơn vị "
                "bên phải; Delete xóa điểm. Ô vàng: chưa chấm; ô xám: đơn vị của người chấm "
                "(không được chấm)."
            )
        )
        self.hint.setWordWrap(True)
        self.status = QLabel()
        self.error = ErrorLabel()
        self.empty = QLabel(self.tr("Khối chưa có bảng tiêu chí. Hãy tạo bảng ở thẻ «Bảng tiêu chí»."))
        self.empty.setWordWrap(True)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(second)
        lay.addWidget(self.empty)
        lay.addWidget(self.grid, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.status)
        lay.addWidget(self.hint)

    # ---- loading

    def _on_table_changed(self, *_args) -> None:
        tid = self.table_combo.table_id()
        self.empty.setVisible(tid is None)
        self.grid.setVisible(tid is not None)
        self._load_sheets()
        if tid is not None:
            self.table_selected.emit(tid)

    def _load_sheets(self) -> None:
        """Fill the sheet list (self-scores, then each assessor) with what each lacks."""
        tid = self.table_combo.table_id()
        if tid is None:
            self._fill_sheets(None, ([], ()))
            return

        def load(s):
            return (bloc_service.list_assessors(s, table_id=tid), bloc_service.compute_ranking(s, table_id=tid).missing)

        QueryOp(
            parent=self, db=self._db, op=load, success=lambda loaded: self._fill_sheets(tid, loaded), key="sheets"
        ).run_in_background()

    def _fill_sheets(self, tid: int | None, loaded) -> None:
        if tid != self.table_combo.table_id():
            return  # the user chose another table meanwhile
        assessors, missing = loaded
        keep = self.sheet_combo.currentData()
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self._assessors = list(assessors)
        if tid is not None:
            lacking: dict[int | None, int] = {}
            for m in missing:
                lacking[m.assessor_id] = lacking.get(m.assessor_id, 0) + max(len(m.codes), 1)
            for data in [SELF, *(a.id for a in self._assessors)]:
                self.sheet_combo.addItem(self._sheet_label(data, lacking.get(None if data == SELF else data, 0)), data)
        i = self.sheet_combo.findData(keep) if keep is not None else -1
        self.sheet_combo.setCurrentIndex(i if i >= 0 else (0 if self.sheet_combo.count() else -1))
        self.sheet_combo.blockSignals(False)
        self.assessors_button.setEnabled(tid is not None)
        self._load_sheet()

    def _sheet_label(self, data: int, lacking: int) -> str:
        """The sheet list's text for `data` (SELF or an assessor id) lacking `lacking` cells."""
        name = next((a.name for a in self._assessors if a.id == data), "")
        text = self.tr("Điểm tự chấm của các đơn vị") if data == SELF else self.tr("Chấm bởi: %1").replace("%1", name)
        return text + ("  " + self.tr("— thiếu %1 ô").replace("%1", str(lacking)) if lacking else "  ✓")

    def _load_sheet(self, *_args) -> None:
        tid = self.table_combo.table_id()
        data = self.sheet_combo.currentData()
        self.error.set_error(None)
        if tid is None or data is None:
            self.model.set_sheet([], [], {}, None)
            self.status.clear()
            return
        assessor = None if data == SELF else data
        QueryOp(
            parent=self,
            db=self._db,
            key="sheet",
            op=lambda s: (
                bloc_service.get_table(s, table_id=tid),
                bloc_service.table_members(s, table_id=tid),
                bloc_service.list_scores(s, table_id=tid, assessor_id=assessor),
            ),
            success=lambda loaded: self._show_sheet(tid, data, *loaded),
        ).run_in_background()

    def _show_sheet(self, tid: int, data: int, table, members, scores) -> None:
        if tid != self.table_combo.table_id() or data != self.sheet_combo.currentData():
            return  # the user moved on meanwhile
        assessor = None if data == SELF else data
        own = next((a.member_id for a in self._assessors if a.id == assessor), None)
        self.model.set_sheet(
            table.criteria, [(m.id, m.name) for m in members], {(r.member_id, r.code): r.points for r in scores}, own
        )
        self.prev_button.setEnabled(self.sheet_combo.currentIndex() > 0)
        self.next_button.setEnabled(self.sheet_combo.currentIndex() < self.sheet_combo.count() - 1)
        self._update_status()
        if self.model.rowCount():
            first = next(
                (
                    self.model.index(0, c)
                    for c in range(self.model.columnCount())
                    if self.model.flags(self.model.index(0, c)) & Qt.ItemFlag.ItemIsEditable
                ),
                QModelIndex(),
            )
            self.grid.setCurrentIndex(first)

    def _update_status(self) -> None:
        n = self.model.missing_count()
        self.status.setText(
            self.tr("Phiếu này còn %1 ô chưa chấm.").replace("%1", str(n))
            if n
            else self.tr("Phiếu này đã chấm đủ các tiêu chí.")
        )

    def _step(self, delta: int) -> None:
        i = self.sheet_combo.currentIndex() + delta
        if 0 <= i < self.sheet_combo.count():
            self.sheet_combo.setCurrentIndex(i)

    def current_assessor(self) -> int | None:
        data = self.sheet_combo.currentData()
        return None if data in (None, SELF) else data

    # ---- saving

    def _save(self, member_id: int, code: str, value: str | None) -> None:
        """Store one score (a CollectionOp announcing SCORES); a refused value shows under
        the grid and nothing is stored."""
        tid, assessor = self.table_combo.table_id(), self.current_assessor()
        if tid is None:  # (a grid is shown only with its table)
            return

        def saved(stored) -> None:
            self.error.set_error(None)
            if tid != self.table_combo.table_id() or assessor != self.current_assessor():
                return  # the sheet changed meanwhile; it was loaded with the stored value
            self.model.set_points(member_id, code, stored)
            self._update_status()
            self._refresh_sheet_counts()
            self.scores_changed.emit()

        CollectionOp(
            parent=self,
            db=self._db,
            changes={SCORES},
            success=saved,
            op=lambda s: bloc_service.record_scores(
                s, table_id=tid, member_id=member_id, assessor_id=assessor, points={code: value}
            )[code],
        ).failure(
            lambda exc: (
                self.error.set_error(errors.inline_text(exc))
                if isinstance(exc, AppError)
                else errors.show_error(self, exc)
            )
        ).run_in_background()

    def _on_score_entered(self, member_id: int, code: str, text: str) -> None:
        self._save(member_id, code, text or None)

    def _on_clear(self, index: QModelIndex) -> None:
        member, crit = self.model.member_at(index.column()), self.model.criterion_at(index.row())
        if member is not None and crit is not None and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self._save(member, crit.code, None)

    def _refresh_sheet_counts(self) -> None:
        """Relabel the current sheet after a save (a save changes no other sheet)."""
        self.sheet_combo.setItemText(
            self.sheet_combo.currentIndex(),
            self._sheet_label(self.sheet_combo.currentData(), self.model.missing_count()),
        )

    # ---- panel of assessors

    def edit_assessors(self) -> None:
        tid = self.table_combo.table_id()
        if tid is None:
            return
        dialog = AssessorsDialog(self._db, tid, self)
        dialog.exec()
        self._load_sheets()


class AssessorsDialog(QDialog):
    """Who scores a table: the bloc's members each other, or a listed panel (the council's
    members, or people entered by name with the member unit they work in)."""

    def __init__(self, db: Database, table_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._table_id = table_id
        self.setWindowTitle(self.tr("Người chấm điểm"))
        self.members_radio = QRadioButton(self.tr("Các thành viên của khối chấm chéo lẫn nhau"))
        self.panel_radio = QRadioButton(self.tr("Danh sách người chấm (ví dụ thành viên Hội đồng TĐKT)"))
        self.members_radio.toggled.connect(self._on_mode)
        self.list = QListWidget()
        self.council_combo = QComboBox()
        self.add_council_button = QPushButton(self.tr("Thêm thành viên Hội đồng"))
        self.add_council_button.clicked.connect(self.add_council)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Họ và tên người chấm"))
        self.home_combo = QComboBox()
        self.add_name_button = QPushButton(self.tr("Thêm"))
        self.add_name_button.clicked.connect(self.add_named)
        self.remove_button = QPushButton(self.tr("Xóa người chấm"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = ErrorLabel()

        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.council_combo, 1)
        row.addWidget(self.add_council_button)
        form.addRow(self.tr("Hội đồng:"), row)
        row2 = QHBoxLayout()
        row2.addWidget(self.name_edit, 2)
        row2.addWidget(QLabel(self.tr("công tác tại")))
        row2.addWidget(self.home_combo, 2)
        row2.addWidget(self.add_name_button)
        form.addRow(self.tr("Người khác:"), row2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.members_radio)
        lay.addWidget(self.panel_radio)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.remove_button)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.resize(640, 460)
        self.home_combo.addItem(self.tr("(không thuộc đơn vị nào được chấm)"), None)
        self._load(first=True)

    def _load(self, first: bool = False) -> None:
        table_id = self._table_id

        def load(s):
            return (
                bloc_service.get_table(s, table_id=table_id),
                bloc_service.list_assessors(s, table_id=table_id),
                bloc_service.table_members(s, table_id=table_id),
                council_service.list_councils(s) if first else None,
            )

        QueryOp(
            parent=self, db=self._db, op=load, key="load", success=lambda loaded: self._show(*loaded)
        ).run_in_background()

    def _show(self, table, assessors, table_members, councils) -> None:
        if councils is not None:  # the first load fills the choices
            for c in councils:
                self.council_combo.addItem(c.name, c.id)
            for m in table_members:
                self.home_combo.addItem(m.name, m.id)
        members = {m.id: m.name for m in table_members}
        panel = table.assessor_mode == "PANEL"
        for radio, on in ((self.panel_radio, panel), (self.members_radio, not panel)):
            radio.blockSignals(True)
            radio.setChecked(on)
            radio.blockSignals(False)
        self.list.clear()
        for a in assessors:
            home = members.get(a.member_id)
            text = a.name + (" — " + self.tr("không chấm %1").replace("%1", home) if home and panel else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.list.addItem(item)
        for w in (
            self.council_combo,
            self.add_council_button,
            self.name_edit,
            self.home_combo,
            self.add_name_button,
            self.remove_button,
        ):
            w.setEnabled(panel)
        self.add_council_button.setEnabled(panel and self.council_combo.count() > 0)

    def _run(self, fn, then=None) -> None:
        """`fn(session)` as a CollectionOp announcing BLOCS; a refusal shows in the dialog.
        The list is loaded again either way; `then()` after a success."""

        def done(_result) -> None:
            self.error.set_error(None)
            self._load()
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, AppError):
                self.error.set_error(errors.inline_text(exc))
            else:
                errors.show_error(self, exc)
            self._load()

        CollectionOp(parent=self, db=self._db, changes={BLOCS}, op=fn, success=done).failure(failed).run_in_background()

    def _on_mode(self, *_args) -> None:
        mode = "MEMBERS" if self.members_radio.isChecked() else "PANEL"
        self._run(lambda s: bloc_service.set_assessor_mode(s, table_id=self._table_id, mode=mode))

    def add_council(self) -> None:
        cid = self.council_combo.currentData()
        if cid is not None:
            self._run(lambda s: bloc_service.add_council_as_assessors(s, table_id=self._table_id, council_id=cid))

    def add_named(self) -> None:
        data = bloc_service.AssessorInput(self.name_edit.text(), self.home_combo.currentData())
        self._run(
            lambda s: bloc_service.add_assessors(s, table_id=self._table_id, assessors=[data]),
            then=self.name_edit.clear,
        )

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Xóa người chấm"),
            self.tr("Xóa %1 cùng mọi điểm người này đã chấm?").replace("%1", item.text()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            aid = item.data(Qt.ItemDataRole.UserRole)
            self._run(lambda s: bloc_service.remove_assessor(s, assessor_id=aid))
