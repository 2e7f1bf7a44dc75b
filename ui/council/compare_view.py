"""CompareWidget: the sheets on which pass A and pass B differ, side by side, with the
corrections: keep A's reading, keep B's reading, or type the right reading for both (after
looking at the paper sheet). The tally stays blocked until the list is empty. Reads and
corrections through the operation idiom (corrections announce BALLOTS). GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import AppError
from app.rules.tally import Sheet
from app.services import ballot as ballot_service
from ui import errors, theme
from ui.models.table import TupleTableModel
from ui.operations import BALLOTS, CollectionOp, QueryOp
from ui.widgets import ErrorLabel


class CompareWidget(QWidget):
    """Emits sheets_changed() after a correction."""

    sheets_changed = Signal()

    def __init__(self, db: Database, ballot_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.ballot_id = ballot_id
        self.differences: tuple = ()
        self._sealed, self._n = True, 0  # until the ballot is read
        self._build()
        QueryOp(
            parent=self,
            db=db,
            success=self._show_ballot,
            op=lambda s: (
                ballot_service.get_ballot(s, ballot_id),
                len(ballot_service.list_candidates(s, ballot_id=ballot_id)),
            ),
        ).run_in_background()
        self.reload()

    def _show_ballot(self, loaded) -> None:
        ballot, self._n = loaded
        self._sealed = ballot.sealed
        self.setWindowTitle(self.tr("So sánh hai lượt nhập – %1").replace("%1", ballot.title))
        self._enable()

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("CompareSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.model = TupleTableModel([self.tr("Số phiếu"), self.tr("Lượt A"), self.tr("Lượt B")], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.keep_a = QPushButton(self.tr("Lấy theo lượt A"))
        self.keep_b = QPushButton(self.tr("Lấy theo lượt B"))
        self.keep_a.clicked.connect(lambda: self.keep("A"))
        self.keep_b.clicked.connect(lambda: self.keep("B"))
        self.correct_edit = QLineEdit()
        self.correct_edit.setPlaceholderText(
            self.tr("Nội dung đúng theo phiếu giấy, ví dụ: 3 17 (v: văn bản, k: không hợp lệ)")
        )
        self.correct_button = QPushButton(self.tr("Sửa cả hai lượt"))
        self.correct_button.clicked.connect(self.apply_correction)
        self.correct_edit.returnPressed.connect(self.apply_correction)
        self.error = ErrorLabel()
        self.scan_button = QPushButton(self.tr("Xem phiếu quét…"))  # issue 19: the paper beside both passes
        self.scan_button.clicked.connect(self.show_scans)
        row = QHBoxLayout()
        row.addWidget(self.keep_a)
        row.addWidget(self.keep_b)
        row.addSpacing(16)
        row.addWidget(self.correct_edit, 1)
        row.addWidget(self.correct_button)
        row.addWidget(self.scan_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def reload(self) -> None:
        """Compare again (off the GUI thread); passes that cannot be compared yet say why."""
        ballot_id = self.ballot_id

        def refused(exc: BaseException) -> None:
            if not isinstance(exc, AppError):
                errors.show_error(self, exc)
                return
            self.summary.setText(exc.message())
            self.differences = ()
            self.model.set_rows([])
            self._enable()

        QueryOp(
            parent=self,
            db=self._db,
            key="compare",
            success=self._show_result,
            op=lambda s: ballot_service.compare_passes(s, ballot_id=ballot_id),
        ).failure(refused).run_in_background()

    def _show_result(self, result) -> None:
        self.differences = result.differences
        self.model.set_rows([(d.number, self._describe(d.first), self._describe(d.second)) for d in result.differences])
        if result.agree:
            self.summary.setText(
                self.tr("Hai lượt nhập khớp nhau (%1 phiếu). Có thể kiểm phiếu và niêm phong.").replace(
                    "%1", str(result.count_a)
                )
            )
            self.summary.setStyleSheet(f"color: {theme.css('#1b5e20')};")
        else:
            self.summary.setText(
                self.tr(
                    "Hai lượt nhập khác nhau ở %1 phiếu (lượt A: %2 phiếu, lượt B: %3 phiếu). "
                    "Hãy xem lại phiếu giấy và sửa; chưa thể kiểm phiếu."
                )
                .replace("%1", str(len(result.differences)))
                .replace("%2", str(result.count_a))
                .replace("%3", str(result.count_b))
            )
            self.summary.setStyleSheet(f"color: {theme.css('#b71c1c')};")
            self.table.selectRow(0)
        self._enable()

    def show_scans(self) -> None:
        from ui.council.scan_dialogs import ScanReviewDialog, last_reading

        result = last_reading(self.ballot_id)
        if result is not None:
            ScanReviewDialog(self._db, self.ballot_id, result, self).exec()

    def _describe(self, sheet: Sheet | None) -> str:
        return self.tr("(không có)") if sheet is None else sheet.describe()

    def _enable(self) -> None:
        on = bool(self.differences) and not self._sealed
        from ui.council.scan_dialogs import last_reading

        self.scan_button.setVisible(last_reading(self.ballot_id) is not None)
        for w in (self.keep_a, self.keep_b, self.correct_edit, self.correct_button):
            w.setEnabled(on)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.differences[rows[0].row()] if rows else None

    def _write(self, op, success=None, failure=None) -> None:
        """A correction of the passes; the comparison reloads and the screen is told."""

        def done(_r) -> None:
            if success is not None:
                success()
            self.reload()
            self.sheets_changed.emit()

        CollectionOp(parent=self, db=self._db, changes={BALLOTS}, op=op, success=done).failure(
            failure or (lambda exc: errors.show_error(self, exc))
        ).run_in_background()

    def keep(self, side: str) -> None:
        """Make the other pass read like `side` on the selected sheet."""
        d = self.selected()
        if d is None:
            return
        source, target = (d.first, "B") if side == "A" else (d.second, "A")
        ballot_id = self.ballot_id

        def op(s):
            if source is None:
                ballot_service.delete_sheet(s, ballot_id=ballot_id, entry=target, number=d.number)
            else:
                ballot_service.replace_sheet(
                    s, ballot_id=ballot_id, entry=target, number=d.number, kind=source.kind, struck=source.struck
                )

        self._write(op)

    def apply_correction(self) -> None:
        d = self.selected()
        if d is None:
            return
        kind, struck, problems = ballot_service.parse_entry_line(self.correct_edit.text(), self._n)
        if problems:
            self.error.set_error("; ".join(problems))
            return
        ballot_id = self.ballot_id

        def op(s):
            for entry in ("A", "B"):
                ballot_service.replace_sheet(
                    s, ballot_id=ballot_id, entry=entry, number=d.number, kind=kind, struck=struck
                )

        def corrected() -> None:
            self.error.set_error(None)
            self.correct_edit.clear()

        def refused(exc: BaseException) -> None:
            if isinstance(exc, AppError):
                self.error.set_error(exc.message())
            else:
                errors.show_error(self, exc)

        self._write(op, corrected, refused)
