"""BallotsTab ("Bỏ phiếu"): the chosen meeting's ballots — a new ballot over an award group
of the agenda, the papers (PDF), the two sheet entries and their comparison, tallying and
sealing (with the Chair's decision on a tie), reopening with a reason, a second round, and
the tally minutes (PDF, Word) and results (Excel) through the export flow.

Reads and writes through the operation idiom: sealing and reopening announce BALLOTS and
NOMINATIONS (the nominations move to approved / rejected) and never block the GUI thread;
the other writes announce BALLOTS. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.services import ballot as ballot_service
from app.services import council as council_service
from app.services import documents
from ui import errors
from ui.council.compare_view import CompareWidget
from ui.council.dialogs import BallotDialog, ballot_document_name
from ui.council.sheet_entry import SheetEntryWidget
from ui.export_flow import DOCX, PDF, XLSX, Format, export_document
from ui.first_run import ensure_setup
from ui.labels import tr_label
from ui.models.table import TupleTableModel
from ui.operations import BALLOTS, NOMINATIONS, CollectionOp, QueryOp
from ui.widgets import local_time


class BallotsTab(QWidget):
    """The ballots of one meeting, and the entry / comparison widget of the chosen one."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.meeting_id: int | None = None
        self.quorum: council_service.QuorumResult | None = None
        self.ballots: list[ballot_service.BallotRow] = []
        self.detail: QWidget | None = None
        self._build_table()
        self._build_buttons()
        self._build_seal_label()
        self._build_detail()
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.ballots_view, 1)
        tl.addLayout(self._button_grid)
        tl.addWidget(self.seal_label)
        self.ballot_splitter = QSplitter(Qt.Orientation.Vertical)
        self.ballot_splitter.addWidget(top)
        self.ballot_splitter.addWidget(self.detail_box)
        self.ballot_splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ballot_splitter)

    # ------------------------------------------------------------ building
    def _build_table(self) -> None:
        self.ballots_model = TupleTableModel(
            [
                self.tr("Phiếu bầu"),
                self.tr("Ứng viên"),
                self.tr("Ngưỡng"),
                self.tr("Lượt A"),
                self.tr("Lượt B"),
                self.tr("Trạng thái"),
            ],
            self,
        )
        self.ballots_view = QTableView()
        self.ballots_view.setModel(self.ballots_model)
        self.ballots_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ballots_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ballots_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ballots_view.verticalHeader().hide()
        self.ballots_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_ballot_buttons())

    def _build_buttons(self) -> None:
        self.new_ballot_button = QPushButton(self.tr("Tạo phiếu bầu…"))
        self.new_ballot_button.clicked.connect(self.new_ballot)
        self.papers_button = QPushButton(self.tr("In phiếu bầu (PDF)…"))
        self.papers_button.clicked.connect(lambda: self.export_papers())
        self.entry_a_button = QPushButton(self.tr("Nhập lượt A"))
        self.entry_a_button.clicked.connect(lambda: self.open_entry("A"))
        self.entry_b_button = QPushButton(self.tr("Nhập lượt B"))
        self.entry_b_button.clicked.connect(lambda: self.open_entry("B"))
        self.compare_button = QPushButton(self.tr("So sánh"))
        self.compare_button.clicked.connect(self.open_compare)
        self.seal_button = QPushButton(self.tr("Kiểm phiếu và niêm phong…"))
        self.seal_button.clicked.connect(lambda: self.seal())
        self.reopen_button = QPushButton(self.tr("Mở lại…"))
        self.reopen_button.clicked.connect(lambda: self.reopen())
        self.second_round_button = QPushButton(self.tr("Bỏ phiếu vòng 2"))
        self.second_round_button.clicked.connect(self.second_round)
        self.tally_minutes_button = QPushButton(self.tr("Biên bản kiểm phiếu (PDF)…"))
        self.tally_minutes_button.clicked.connect(lambda: self.export_tally_minutes())
        self.results_button = QPushButton(self.tr("Kết quả (Excel)…"))
        self.results_button.clicked.connect(lambda: self.export_results())
        self.tally_word_button = QPushButton(self.tr("Xuất Word…"))
        self.tally_word_button.setToolTip(self.tr("Biên bản kiểm phiếu, tệp Word để sửa và ký"))
        self.tally_word_button.clicked.connect(lambda: self.export_tally_minutes_word())
        self.changes_button = QPushButton(self.tr("Lịch sử thay đổi…"))  # the chosen ballot's audit trail
        self.changes_button.clicked.connect(self._show_changes)
        self._button_grid = QVBoxLayout()
        for row in (
            (self.new_ballot_button, self.papers_button),
            (self.entry_a_button, self.entry_b_button, self.compare_button),
            (self.seal_button, self.reopen_button, self.second_round_button),
            (self.tally_minutes_button, self.tally_word_button, self.results_button, self.changes_button),
        ):
            line = QHBoxLayout()
            for b in row:
                line.addWidget(b)
            line.addStretch(1)
            self._button_grid.addLayout(line)

    def _show_changes(self) -> None:
        from ui.accounts.audit_screen import show_row_history

        b = self.current_ballot()
        if b is not None:
            show_row_history(self._db, "ballot", b.id, b.title, self)

    def _build_seal_label(self) -> None:
        self.seal_label = QLabel()
        self.seal_label.setObjectName("SealLabel")
        self.seal_label.setWordWrap(True)
        self.seal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_detail(self) -> None:
        self.detail_box = QWidget()
        self.detail_layout = QVBoxLayout(self.detail_box)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_hint = QLabel(self.tr("Chọn một phiếu bầu rồi bấm «Nhập lượt A», «Nhập lượt B» hoặc «So sánh»."))
        self.detail_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_layout.addWidget(self.detail_hint)

    # ------------------------------------------------------------ loading
    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.new_ballot_button.setEnabled(meeting_id is not None)
        self.reload_ballots()

    def set_quorum(self, quorum: council_service.QuorumResult | None) -> None:
        self.quorum = quorum

    def reload_ballots(self, select: int | None = None) -> None:
        """The meeting's ballots; `select` (else the chosen one, else the first) is chosen."""
        meeting_id = self.meeting_id
        keep = select if select is not None else (b.id if (b := self.current_ballot()) else None)
        if meeting_id is None:
            self._show_ballots([], keep)
            return
        QueryOp(
            parent=self,
            db=self._db,
            key="ballots",
            op=lambda s: ballot_service.list_ballots(s, meeting_id=meeting_id),
            success=lambda rows: self._show_ballots(rows, keep),
        ).run_in_background()

    def _show_ballots(self, rows: list[ballot_service.BallotRow], keep: int | None) -> None:
        self.ballots = rows
        self.ballots_model.set_rows(
            [
                (
                    b.title,
                    b.candidates,
                    self.tr("từ %1 của %2 thành viên").replace("%1", b.threshold.label()).replace("%2", str(b.members)),
                    f"{b.sheets_a}" + (" ✓" if b.entry_a_done else ""),
                    f"{b.sheets_b}" + (" ✓" if b.entry_b_done else ""),
                    tr_label(ballot_service.STATUSES[b.status]),
                )
                for b in self.ballots
            ]
        )
        if self.ballots:
            ids = [b.id for b in self.ballots]
            self.ballots_view.selectRow(ids.index(keep) if keep in ids else 0)
        self._update_ballot_buttons()

    def current_ballot(self) -> ballot_service.BallotRow | None:
        index = self.ballots_view.currentIndex()
        if not index.isValid() or index.row() >= len(self.ballots):
            return None
        return self.ballots[index.row()]

    def select_ballot(self, ballot_id: int) -> None:
        self.ballots_view.selectRow([b.id for b in self.ballots].index(ballot_id))
        self._update_ballot_buttons()

    def _update_ballot_buttons(self) -> None:
        b = self.current_ballot()
        has, sealed = b is not None, bool(b and b.sealed)
        for w in (
            self.changes_button,
            self.papers_button,
            self.entry_a_button,
            self.entry_b_button,
            self.compare_button,
        ):
            w.setEnabled(has)
        self.seal_button.setEnabled(has and not sealed)
        self.reopen_button.setEnabled(sealed)
        for w in (self.tally_minutes_button, self.tally_word_button, self.results_button):
            w.setEnabled(sealed)
        self.second_round_button.setEnabled(False)
        self.seal_label.setText("")
        if b is not None and sealed:
            chosen = b
            QueryOp(
                parent=self,
                db=self._db,
                key="sealed",
                op=lambda s: ballot_service.sealed_result(s, ballot_id=chosen.id),
                success=lambda result: self._show_sealed(chosen, result),
            ).run_in_background()

    def _show_sealed(self, b: ballot_service.BallotRow, result) -> None:
        if self.current_ballot() != b:
            return  # another ballot was chosen meanwhile
        self.second_round_button.setEnabled(bool(result.tied))
        passed = ", ".join(c.name for c in result.passed) or self.tr("không có")
        self.seal_label.setText(
            self.tr("Đã niêm phong lúc %1 bởi %2. Đạt: %3. Mã niêm phong: %4")
            .replace("%1", f"{local_time(b.sealed_at):%d/%m/%Y %H:%M}")
            .replace("%2", b.sealed_by or "?")
            .replace("%3", passed)
            .replace("%4", b.seal_hash)
        )

    # ------------------------------------------------------------ ballots
    def new_ballot(self) -> None:
        if self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        QueryOp(
            parent=self,
            db=self._db,
            op=lambda s: council_service.agenda(s, meeting_id=meeting_id),
            success=self._ask_new_ballot,
        ).run_in_background()

    def _ask_new_ballot(self, agenda: list[council_service.AgendaRow]) -> None:
        groups: dict[str, tuple[str, int]] = {}
        for r in agenda:
            if r.ballot_id is None:
                name, count = groups.get(r.award_code, (r.award_name, 0))
                groups[r.award_code] = (name, count + 1)
        if not groups:
            QMessageBox.information(
                self,
                self.tr("Tạo phiếu bầu"),
                self.tr("Không còn đề nghị nào chờ bỏ phiếu (trạng thái «Đã kiểm tra», danh hiệu phải bỏ phiếu kín)."),
            )
            return
        dialog = BallotDialog(groups, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.create_ballot(
            dialog.award.currentData(),
            max_approvals=dialog.max_approvals.value() or None,
            quota=dialog.quota.value() or None,
            spares=dialog.spares.value(),
        )

    def create_ballot(
        self, award_code: str, *, max_approvals: int | None = None, quota: int | None = None, spares: int = 2
    ) -> None:
        """Create the ballot; once written it is listed and chosen."""
        if self.quorum is not None and not self.quorum.met:
            QMessageBox.warning(self, self.tr("Chưa đủ số lượng"), self.quorum.message)
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        CollectionOp(
            parent=self,
            db=self._db,
            changes={BALLOTS, NOMINATIONS},
            op=lambda s: ballot_service.create_ballot(
                s, meeting_id=meeting_id, award_code=award_code, max_approvals=max_approvals, quota=quota, spares=spares
            ),
            success=lambda ballot_id: self.reload_ballots(select=ballot_id),
        ).run_in_background()

    def _show_detail(self, widget: QWidget) -> None:
        if self.detail is not None:
            # Hide at once: deleteLater only runs when the event loop comes back.
            self.detail_layout.removeWidget(self.detail)
            self.detail.hide()
            self.detail.setParent(None)
            self.detail.deleteLater()
        self.detail_hint.hide()
        self.detail = widget
        self.detail_layout.addWidget(widget)
        widget.show()

    def open_entry(self, entry: str) -> SheetEntryWidget | None:
        b = self.current_ballot()
        if b is None:
            return None
        widget = SheetEntryWidget(self._db, b.id, entry)
        widget.sheets_changed.connect(self.reload_ballots)
        widget.entry_finished.connect(self.reload_ballots)
        self._show_detail(widget)
        widget.input.setFocus()
        return widget

    def open_compare(self) -> CompareWidget | None:
        b = self.current_ballot()
        if b is None:
            return None
        widget = CompareWidget(self._db, b.id)
        widget.sheets_changed.connect(self.reload_ballots)
        self._show_detail(widget)
        return widget

    def seal(self, *, chair_choice: list[int] | None = None, chair_note: str = "") -> None:
        """Tally, confirm, seal. With ties at the quota boundary the user may record the
        Chair's decision (numbers) or seal them undecided for a second round. The tally is
        read and the seal written off the GUI thread; two passes that differ open the
        comparison."""
        b = self.current_ballot()
        if b is None:
            return

        def refused(exc: BaseException) -> None:
            errors.show_error(self, exc)
            if isinstance(exc, ballot_service.EntriesDiffer):
                self.open_compare()

        QueryOp(
            parent=self,
            db=self._db,
            op=lambda s: ballot_service.preview_tally(s, ballot_id=b.id),
            success=lambda preview: self._confirm_seal(b.id, preview, chair_choice, chair_note),
        ).failure(refused).run_in_background()

    def _confirm_seal(self, ballot_id: int, preview, chair_choice: list[int] | None, chair_note: str) -> None:
        lines = "\n".join(
            f"{c.number}. {c.name}: {c.approvals}/{preview.members} ({c.percent.replace('.', ',')}%) – {c.verdict()}"
            for c in preview.candidates
        )
        if preview.tied and chair_choice is None:
            numbers = ", ".join(str(c.number) for c in preview.tied)
            text, ok = QInputDialog.getText(
                self,
                self.tr("Bằng phiếu"),
                self.tr(
                    "Các ứng viên số %1 bằng phiếu ngoài số lượng (còn %2 suất).\nGhi số thứ tự được Chủ tịch "
                    "quyết định chọn, hoặc để trống để niêm phong và bỏ phiếu vòng 2:"
                )
                .replace("%1", numbers)
                .replace("%2", str(preview.seats_left)),
            )
            if not ok:
                return
            chair_choice = [int(t) for t in text.replace(",", " ").split() if t.isdigit()] or None
            if chair_choice:
                chair_note, ok = QInputDialog.getText(
                    self, self.tr("Quyết định của Chủ tịch"), self.tr("Nội dung quyết định (ghi vào biên bản):")
                )
                if not ok:
                    return
        answer = QMessageBox.question(
            self,
            self.tr("Niêm phong kết quả"),
            self.tr(
                "Kết quả kiểm phiếu:\n%1\n\nNiêm phong? Sau khi niêm phong, muốn sửa phải «Mở lại» và ghi lý do."
            ).replace("%1", lines),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        CollectionOp(
            parent=self,
            db=self._db,
            changes={BALLOTS, NOMINATIONS},
            op=lambda s: ballot_service.seal_ballot(
                s, ballot_id=ballot_id, chair_choice=chair_choice, chair_note=chair_note
            ),
            success=lambda _r: self.reload_ballots(),
        ).with_progress(self.tr("Đang niêm phong kết quả…")).run_in_background()

    def reopen(self, reason: str | None = None) -> None:
        b = self.current_ballot()
        if b is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getMultiLineText(
                self, self.tr("Mở lại phiếu bầu đã niêm phong"), self.tr("Lý do mở lại (bắt buộc, được ghi nhật ký):")
            )
            if not ok:
                return
        CollectionOp(
            parent=self,
            db=self._db,
            changes={BALLOTS, NOMINATIONS},
            op=lambda s: ballot_service.reopen_ballot(s, ballot_id=b.id, reason=reason),
            success=lambda _r: self.reload_ballots(),
        ).with_progress(self.tr("Đang mở lại phiếu bầu…")).run_in_background()

    def second_round(self) -> None:
        b = self.current_ballot()
        if b is None:
            return
        CollectionOp(
            parent=self,
            db=self._db,
            changes={BALLOTS, NOMINATIONS},
            op=lambda s: ballot_service.create_second_round(s, ballot_id=b.id),
            success=lambda new_id: self.reload_ballots(select=new_id),
        ).run_in_background()

    # ------------------------------------------------------------ exports
    def _export(self, path: str | None, fmt: Format, title: str, document: str, write, progress: str) -> None:
        """A document of the chosen ballot through the export flow; its proposed name is the
        ballot's own (award, round, number) so each ballot's files differ."""
        b = self.current_ballot()
        if b is None or not ensure_setup(self, self._db):  # no document without the agency's header
            return
        export_document(
            self,
            db=self._db,
            title=title,
            document=ballot_document_name(document, b),
            formats=(fmt,),
            write=lambda s, out: write(s, b.id, out),
            done_text=self.tr("Đã ghi tệp."),
            progress=progress,
            path=path,
        )

    def export_papers(self, path: str | None = None) -> None:
        self._export(
            path,
            PDF,
            self.tr("Lưu phiếu bầu"),
            self.tr("Phiếu bầu"),
            lambda s, bid, out: documents.export_ballot_papers(s, ballot_id=bid, out=out),
            self.tr("Đang tạo phiếu bầu…"),
        )

    def _export_tally(self, path: str | None, fmt: Format, title: str, document: str, progress: str) -> None:
        self._export(
            path, fmt, title, document, lambda s, bid, out: documents.export_tally(s, ballot_id=bid, out=out), progress
        )

    def export_tally_minutes(self, path: str | None = None) -> None:
        self._export_tally(
            path, PDF, self.tr("Lưu biên bản kiểm phiếu"), self.tr("Biên bản kiểm phiếu"), self.tr("Đang tạo biên bản…")
        )

    def export_tally_minutes_word(self, path: str | None = None) -> None:
        self._export_tally(
            path,
            DOCX,
            self.tr("Lưu biên bản kiểm phiếu"),
            self.tr("Biên bản kiểm phiếu"),
            self.tr("Đang tạo biên bản…"),
        )

    def export_results(self, path: str | None = None) -> None:
        self._export_tally(
            path, XLSX, self.tr("Lưu kết quả kiểm phiếu"), self.tr("Kết quả kiểm phiếu"), self.tr("Đang tạo tệp Excel…")
        )
