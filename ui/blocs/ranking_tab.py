"""RankingTab ("Xếp hạng"): the ranking of a criteria table, the self-score gaps, the
scores still missing, nominations from the ranking, and the exports for the bloc meeting.

Members with equal totals share a rank and are tinted alike ("Đồng hạng"); choosing a
member shows, per criterion, its self-score, the assessors' average and the gap, large gaps
highlighted (app.rules.scoring.gap_is_large). "Đề nghị khen thưởng…" proposes the leading
member for the Cờ thi đua (the nomination carries "leads bloc X") and the next ones for the
bloc's Bằng khen within the number the office sets (a CollectionOp announcing NOMINATIONS).
Reads and writes run as operations; the exports go through the export flow. GUI thread.
"""

from __future__ import annotations

from collections.abc import Hashable
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.rules.scoring import Criterion, MemberResult, gap_is_large
from app.services import bloc as bloc_service
from app.services import movement as movement_service
from app.services import scoring_report
from ui import theme
from ui.blocs.scoring_grid import format_points
from ui.blocs.scoring_tab import TableCombo, TableTab
from ui.export_flow import PDF, XLSX, export_document
from ui.models.table import RowTableModel
from ui.operations import NOMINATIONS, CollectionOp, QueryOp
from ui.widgets import ErrorLabel, sample_resize

TIE_COLOURS = (QColor("#e3f0ff"), QColor("#fdf0d5"))
LARGE_GAP = QColor("#fbd9d3")


def _signed(value: Decimal | None) -> str:
    if value is None:
        return ""
    return ("+" if value > 0 else "") + format_points(value)


class RankingModel(RowTableModel):
    """Rows: (RankingRow, sheets counted, tie group index or None). GUI thread only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self._headers = [
            self.tr("Hạng"),
            self.tr("Thành viên"),
            self.tr("Điểm tự chấm"),
            self.tr("Điểm chấm (bình quân)"),
            self.tr("Chênh lệch"),
            self.tr("Số phiếu"),
            self.tr("Ghi chú"),
        ]
        self.drop_extremes = False
        self._cells: list = []

    def set_rows(self, rows, *, drop_extremes: bool = False) -> None:
        self.drop_extremes = drop_extremes
        rows = list(rows)
        # Texts and tints computed once per row, not on every data() call: painting and
        # sizing a 60-row ranking asks for ~10,000 cells (issue 17: the window froze).
        self._cells = [self._row_cells(r, sheets, tie) for r, sheets, tie in rows]
        super().set_rows(rows)

    def _row_cells(self, r, sheets, tie):
        gap = None if r.self_total is None else r.self_total - r.total
        notes = []
        if tie is not None:
            notes.append(self.tr("Đồng hạng %1").replace("%1", str(r.rank)))
        if self.drop_extremes and not r.dropped_extremes:
            notes.append(self.tr("dưới 5 phiếu: không bỏ điểm cao nhất, thấp nhất"))
        if r.unit_id is None:
            notes.append(self.tr("cơ quan ngoài hệ thống"))
        texts = (
            str(r.rank),
            r.member_name,
            format_points(r.self_total),
            format_points(r.total),
            _signed(gap),
            str(sheets),
            "; ".join(notes),
        )
        brushes = None
        if tie is not None:
            back, fore = theme.cell(TIE_COLOURS[tie % 2])
            brushes = (QBrush(back), QBrush(fore))
        font = None
        if r.rank == 1:
            font = QFont()
            font.setBold(True)
        return texts, brushes, font

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        texts, brushes, font = self._cells[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 2, 3, 4, 5):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and brushes is not None:
            return brushes[0]
        if role == Qt.ItemDataRole.ForegroundRole and brushes is not None:
            return brushes[1]
        if role == Qt.ItemDataRole.FontRole and font is not None:
            return font
        return None


class GapModel(RowTableModel):
    """Per criterion of one member: (Criterion, GapRow). GUI thread only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self._headers = [
            self.tr("Tiêu chí"),
            self.tr("Điểm tối đa"),
            self.tr("Tự chấm"),
            self.tr("Bình quân người chấm"),
            self.tr("Chênh lệch"),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c, g = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{c.code}. {c.name}",
                format_points(c.max_points),
                format_points(g.self_points),
                format_points(g.assessed),
                _signed(g.gap),
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return f"{c.code}. {c.name}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and gap_is_large(
            g.gap, c.max_points
        ):
            back, fore = theme.cell(LARGE_GAP)
            return QBrush(back if role == Qt.ItemDataRole.BackgroundRole else fore)
        return None


class RankingTab(TableTab):
    """The ranking of the chosen table. Emits table_selected(id) and nominations_made()."""

    table_selected = Signal(int)
    nominations_made = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._bloc_id: int | None = None
        self._results: dict[Hashable, MemberResult] = {}
        self._criteria: tuple[Criterion, ...] = ()

        self.table_combo = TableCombo()
        self.table_combo.currentIndexChanged.connect(self._on_table_changed)
        self.nominate_button = QPushButton(self.tr("Đề nghị khen thưởng…"))
        self.nominate_button.clicked.connect(self.nominate)
        self.xlsx_button = QPushButton(self.tr("Xuất Excel…"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button = QPushButton(self.tr("Xuất PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Bảng tiêu chí:")))
        top.addWidget(self.table_combo, 1)
        top.addWidget(self.nominate_button)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.pdf_button)

        self.model = RankingModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        sample_resize(self.view)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3, 4, 5, 6):
            self.view.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.view.selectionModel().currentRowChanged.connect(self._on_member_changed)

        self.gap_title = QLabel()
        self.gap_model = GapModel(self)
        self.gap_view = QTableView()
        self.gap_view.setModel(self.gap_model)
        self.gap_view.verticalHeader().hide()
        sample_resize(self.gap_view)
        self.gap_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3, 4):
            self.gap_view.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        lower = QWidget()
        low = QVBoxLayout(lower)
        low.setContentsMargins(0, 0, 0, 0)
        low.addWidget(self.gap_title)
        low.addWidget(self.gap_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        up = QVBoxLayout(upper)
        up.setContentsMargins(0, 0, 0, 0)
        up.addWidget(self.view, 1)
        up.addWidget(self.rule_label)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        lay.addWidget(self.missing_label)

    def _on_table_changed(self, *_args) -> None:
        tid = self.table_combo.table_id()
        for b in (self.nominate_button, self.xlsx_button, self.pdf_button):
            b.setEnabled(tid is not None)
        if tid is None:
            self.model.set_rows([])
            self.gap_model.set_rows([])
            self.gap_title.clear()
            self.missing_label.clear()
            return
        self.refresh()
        self.table_selected.emit(tid)

    def refresh(self) -> None:
        tid = self.table_combo.table_id()
        if tid is None:
            return

        def load(s):
            return (
                bloc_service.get_table(s, table_id=tid),
                bloc_service.compute_ranking(s, table_id=tid),
                {a.id: a.name for a in bloc_service.list_assessors(s, table_id=tid)},
                {m.id: m.name for m in bloc_service.table_members(s, table_id=tid)},
            )

        QueryOp(parent=self, db=self._db, op=load, success=self._show, key="ranking").run_in_background()

    def _show(self, loaded) -> None:
        table, result, assessors, members = loaded
        if table.id != self.table_combo.table_id():
            return  # the user chose another table meanwhile
        self._criteria = table.criteria
        self._results = {r.member: r for r in result.results}
        counts: dict[int, int] = {}
        for r in result.rows:
            counts[r.rank] = counts.get(r.rank, 0) + 1
        tie_groups = {rank: i for i, rank in enumerate(sorted(k for k, n in counts.items() if n > 1))}
        self.model.set_rows(
            ((r, len(self._results[r.member_id].assessor_totals), tie_groups.get(r.rank)) for r in result.rows),
            drop_extremes=table.drop_extremes,
        )
        rule = (
            self.tr(
                "Điểm chấm là bình quân các phiếu chấm đủ; khi có từ 5 phiếu trở lên, bỏ một phiếu cao nhất "
                "và một phiếu thấp nhất."
            )
            if table.drop_extremes
            else self.tr("Điểm chấm là bình quân các phiếu chấm đủ.")
        )
        ties = sum(1 for n in counts.values() if n > 1)
        if ties:
            rule += " " + self.tr("Có %1 nhóm đồng hạng (tô cùng màu).").replace("%1", str(ties))
        self.rule_label.setText(rule)
        unranked = [members[m] for m in members if m not in {r.member_id for r in result.rows}]
        lines = []
        for m in result.missing:
            who = self.tr("tự chấm") if m.assessor_id is None else assessors.get(m.assessor_id, "?")
            lines.append(f"{members.get(m.member_id, '?')} ← {who}: {', '.join(m.codes) or self.tr('chưa có phiếu')}")
        text = ""
        if lines:
            shown = "; ".join(lines[:12]) + (" …" if len(lines) > 12 else "")
            text = (
                self.tr("Còn thiếu %1 phiếu chấm (chưa tính vào điểm bình quân): %2")
                .replace("%1", str(len(lines)))
                .replace("%2", shown)
            )
        if unranked:
            text += ("\n" if text else "") + self.tr("Chưa xếp hạng (chưa có phiếu chấm đủ): %1").replace(
                "%1", ", ".join(unranked)
            )
        self.missing_label.setText(text or self.tr("Đã đủ điểm tự chấm và điểm của mọi người chấm."))
        if self.model.rowCount():
            self.view.selectRow(0)
        else:
            self.gap_model.set_rows([])
            self.gap_title.clear()

    def _on_member_changed(self, current, _previous) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            return
        r = row[0]
        res = self._results.get(r.member_id)
        if res is None:
            return
        by_code = {g.code: g for g in res.gaps}
        self.gap_model.set_rows((c, by_code[c.code]) for c in self._criteria if c.code in by_code)
        self.gap_title.setText(
            self.tr(
                "Điểm tự chấm và điểm chấm theo tiêu chí: %1 (ô đỏ: chênh lệch từ 10% điểm tối đa trở lên)"
            ).replace("%1", r.member_name)
        )

    def current_table(self) -> int | None:
        return self.table_combo.table_id()

    # ---- nominations

    def nominate(self, *, dialog: NominateDialog | None = None) -> None:
        tid = self.table_combo.table_id()
        if tid is None or not self.model.rowCount():
            QMessageBox.information(
                self, self.tr("Đề nghị khen thưởng"), self.tr("Chưa có thành viên nào được xếp hạng.")
            )
            return
        dialog = dialog or NominateDialog(self._db, [row[0] for row in self.model.rows], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        round_id, merit_count, leader_id = dialog.round_id(), dialog.merit_count(), dialog.leader_id()
        if round_id is None:  # (the dialog accepts only with a round)
            return
        CollectionOp(
            parent=self,
            db=self._db,
            changes={NOMINATIONS},
            success=self._nominated,
            op=lambda s: bloc_service.nominate_from_ranking(
                s, table_id=tid, round_id=round_id, merit_count=merit_count, leader_member_id=leader_id
            ),
        ).run_in_background()

    def _nominated(self, out) -> None:
        parts = [
            self.tr("Cờ thi đua: %1 đề nghị mới").replace("%1", str(len(out.flag.added))),
            self.tr("Bằng khen: %1 đề nghị mới").replace("%1", str(len(out.merit.added))),
        ]
        skipped = out.flag.skipped + out.merit.skipped
        if skipped:
            parts.append(self.tr("%1 đề nghị đã có trong đợt nên bỏ qua").replace("%1", str(skipped)))
        if out.outside_skipped:
            parts.append(
                self.tr("không đề nghị được cho cơ quan ngoài hệ thống: %1").replace(
                    "%1", ", ".join(out.outside_skipped)
                )
            )
        if out.boundary_tie:
            parts.append(
                self.tr(
                    "Lưu ý: có đơn vị bằng điểm với đơn vị cuối cùng được đề nghị Bằng khen nhưng vượt số lượng đã định"
                )
            )
        QMessageBox.information(self, self.tr("Đã tạo đề nghị"), ".\n".join(parts) + ".")
        self.nominations_made.emit()

    # ---- exports

    def export(self, kind: str, path: str | None = None) -> None:
        tid = self.table_combo.table_id()
        if tid is None:
            return
        fmt = XLSX if kind == "xlsx" else PDF
        export_document(
            self,
            db=self._db,
            title=self.tr("Lưu bảng điểm và xếp hạng"),
            document=self.tr("Bảng điểm và xếp hạng"),
            formats=(fmt,),
            write=lambda s, out: scoring_report.export_scoring(s, table_id=tid, out=out),
            done_text=self.tr("Đã xuất bảng điểm."),
            progress=self.tr("Đang xuất bảng điểm…"),
            path=path,
        )


class NominateDialog(QDialog):
    """Round, leading member (preset to the sole first; required on a tie) and how many
    of the next members get the bloc's Bằng khen."""

    def __init__(self, db: Database, rows, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đề nghị khen thưởng từ xếp hạng"))
        self.round_combo = QComboBox()
        # 2 ms median on the 5,500-staff demo (one query over the few rounds), before the dialog shows.
        with db.factory() as s:
            for r in movement_service.list_rounds(s, status="OPEN"):
                self.round_combo.addItem(f"{r.name} ({r.year})", r.id)
        self.leader_combo = QComboBox()
        firsts = [r for r in rows if r.rank == 1]
        for r in rows:
            if r.unit_id is not None:
                self.leader_combo.addItem(f"{r.rank}. {r.member_name} – {format_points(r.total)}", r.member_id)
        self.merit_spin = QSpinBox()
        self.merit_spin.setRange(0, max(len(rows) - 1, 0))
        self.merit_spin.setValue(min(3, max(len(rows) - 1, 0)))
        self.note = QLabel()
        self.note.setWordWrap(True)
        if len(firsts) > 1:
            self.note.setText(
                self.tr(
                    "Có %1 thành viên đồng hạng nhất: hãy chọn đơn vị dẫn đầu khối theo kết quả bình xét của khối."
                ).replace("%1", str(len(firsts)))
            )
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Đợt xét:"), self.round_combo)
        form.addRow(self.tr("Đơn vị dẫn đầu khối (Cờ thi đua):"), self.leader_combo)
        form.addRow(self.tr("Số đơn vị tiếp theo đề nghị Bằng khen:"), self.merit_spin)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.note)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        if self.round_combo.count() == 0:
            self.error.set_error(self.tr("Chưa có đợt xét nào đang mở. Hãy tạo đợt xét ở màn hình «Đợt xét»."))

    def round_id(self) -> int | None:
        return self.round_combo.currentData()

    def leader_id(self) -> int | None:
        return self.leader_combo.currentData()

    def merit_count(self) -> int:
        return self.merit_spin.value()

    def _on_accept(self) -> None:
        if self.round_id() is None or self.leader_id() is None:
            self.error.set_error(self.tr("Hãy chọn đợt xét và đơn vị dẫn đầu khối."))
            return
        self.accept()
