"""SheetEntryWidget: keyboard-first entry of one pass (A or B) of a ballot's sheets.

The clerk types the struck candidate numbers of the sheet in hand ("3 17" or "3,17") and
presses Enter: the sheet is stored under the next number and the field is cleared for the
next one. An empty line is a sheet striking nobody. Kinds: a leading "v" (or F3) marks a
written opinion, a leading "k" (or F4) an invalid sheet, F2 goes back to a ballot. Ctrl+Z
removes the sheet entered last. A wrong number is reported under the field and the typed
text stays. Only this pass's sheets are ever shown (double entry must stay independent).
GUI thread; every read and write through the operation idiom (ui/operations.py), one short
service call each; a write announces BALLOTS.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
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
from app.rules.tally import BALLOT, INVALID, WRITTEN
from app.services import ballot as ballot_service
from ui import errors
from ui.labels import tr_label
from ui.models.table import TupleTableModel
from ui.operations import BALLOTS, CollectionOp, QueryOp
from ui.widgets import ErrorLabel, set_invalid, set_role

KIND_KEYS = {Qt.Key.Key_F2: BALLOT, Qt.Key.Key_F3: WRITTEN, Qt.Key.Key_F4: INVALID}


class StruckLineEdit(QLineEdit):
    """A line edit whose Ctrl+Z undoes the last sheet (not the typed text) and whose F2–F4
    choose the sheet kind."""

    undo_requested = Signal()
    kind_requested = Signal(str)

    def event(self, e: QEvent) -> bool:
        # QLineEdit claims Ctrl+Z as a shortcut override for its own undo: take it back.
        if (
            e.type() == QEvent.Type.ShortcutOverride
            and isinstance(e, QKeyEvent)
            and (e.matches(QKeySequence.StandardKey.Undo) or e.key() in KIND_KEYS)
        ):
            e.accept()
            return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        if e.key() in KIND_KEYS:
            self.kind_requested.emit(KIND_KEYS[Qt.Key(e.key())])
            return
        super().keyPressEvent(e)


class SheetEntryWidget(QWidget):
    """Entry of pass `entry` of ballot `ballot_id`. Emits sheets_changed() after each
    write and entry_finished() when the clerk declares the pass done."""

    sheets_changed = Signal()
    entry_finished = Signal()

    def __init__(self, db: Database, ballot_id: int, entry: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.ballot_id = ballot_id
        self.entry = entry
        self.kind = BALLOT
        self._candidates: list = []
        self.state: ballot_service.EntryState | None = None
        self.setWindowTitle(self.tr("Nhập phiếu – lượt %1").replace("%1", entry))
        head = self._build_head()
        self._build_input()
        kinds = self._build_kinds()
        self._build_tables()
        buttons = self._build_buttons()
        help_label = QLabel(
            self.tr(
                "Gõ các số bị gạch cách nhau bằng dấu cách hoặc dấu phẩy rồi Enter. "
                "Enter khi ô trống: phiếu không gạch ai. «v 3» ý kiến bằng văn bản; "
                "«k» phiếu không hợp lệ."
            )
        )
        help_label.setWordWrap(True)
        set_role(help_label, "hint")
        left = QVBoxLayout()
        left.addLayout(head)
        left.addWidget(self.number_label)
        left.addWidget(self.input)
        left.addWidget(self.error)
        left.addLayout(kinds)
        left.addWidget(help_label)
        left.addWidget(self.counts_label)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addWidget(self.candidates_view)
        self.set_kind(BALLOT)
        self.setFocusProxy(self.input)
        QueryOp(
            parent=self,
            db=db,
            success=self._show_ballot,
            op=lambda s: (
                ballot_service.get_ballot(s, ballot_id),
                ballot_service.list_candidates(s, ballot_id=ballot_id),
            ),
        ).run_in_background()
        self.reload()

    # ------------------------------------------------------------ building
    def _build_head(self) -> QHBoxLayout:
        self.pass_label = QLabel(self.tr("LƯỢT NHẬP %1").replace("%1", self.entry))
        self.pass_label.setObjectName("PassLabel")
        font = self.pass_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.pass_label.setFont(font)
        self.pass_label.setStyleSheet(
            "color: white; background: %s; padding: 4px 12px; border-radius: 4px;"
            % ("#1565c0" if self.entry == "A" else "#6a1b9a")
        )
        self.title = QLabel()
        self.title.setWordWrap(True)
        tfont = self.title.font()
        tfont.setBold(True)
        self.title.setFont(tfont)
        self.number_label = QLabel()
        nfont = self.number_label.font()
        nfont.setPointSizeF(nfont.pointSizeF() * 1.3)
        nfont.setBold(True)
        self.number_label.setFont(nfont)
        head = QHBoxLayout()
        head.addWidget(self.pass_label)
        head.addWidget(self.title, 1)
        return head

    def _build_input(self) -> None:
        self.input = StruckLineEdit()
        self.input.setObjectName("StruckInput")
        self.input.setPlaceholderText(self.tr("Số thứ tự bị gạch, ví dụ: 3 17 — Enter để lưu phiếu"))
        ifont = self.input.font()
        ifont.setPointSizeF(ifont.pointSizeF() * 1.4)
        self.input.setFont(ifont)
        self.input.returnPressed.connect(self.commit)
        self.input.undo_requested.connect(self.undo_last)
        self.input.kind_requested.connect(self.set_kind)
        self.input.textEdited.connect(self._on_edited)
        self.error = ErrorLabel()

    def _build_kinds(self) -> QHBoxLayout:
        self.kind_buttons = QButtonGroup(self)
        kinds = QHBoxLayout()
        kinds.addWidget(QLabel(self.tr("Loại phiếu:")))
        for kind, text in (
            (BALLOT, self.tr("Phiếu bầu (F2)")),
            (WRITTEN, self.tr("Ý kiến bằng văn bản (F3, «v»)")),
            (INVALID, self.tr("Không hợp lệ (F4, «k»)")),
        ):
            b = QPushButton(text)
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setProperty("kind", kind)
            b.clicked.connect(lambda _=False, k=kind: self.set_kind(k))
            self.kind_buttons.addButton(b)
            kinds.addWidget(b)
        kinds.addStretch(1)
        return kinds

    def _build_tables(self) -> None:
        self.counts_label = QLabel()
        self.counts_label.setObjectName("CountsLabel")
        self.model = TupleTableModel([self.tr("Số phiếu"), self.tr("Loại"), self.tr("Số bị gạch")], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.candidates_model = TupleTableModel([self.tr("Số"), self.tr("Ứng viên")], self)
        self.candidates_view = QTableView()
        self.candidates_view.setModel(self.candidates_model)
        self.candidates_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.candidates_view.verticalHeader().hide()
        self.candidates_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.candidates_view.setMaximumWidth(300)

    def _build_buttons(self) -> QHBoxLayout:
        self.undo_button = QPushButton(self.tr("Xóa phiếu vừa nhập (Ctrl+Z)"))
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undo_last)
        self.done_button = QPushButton(self.tr("Xong lượt nhập"))
        self.done_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.done_button.clicked.connect(self.finish)
        # Pass B may come from the copier's scan of the pile (issue 19).
        self.scan_button = QPushButton(self.tr("Đọc phiếu quét…"))
        self.scan_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scan_button.clicked.connect(self.read_scans)
        self.scan_button.setVisible(self.entry == "B")
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.scan_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        return buttons

    def _show_ballot(self, loaded) -> None:
        ballot, self._candidates = loaded
        self.title.setText(ballot.title)
        self.candidates_model.set_rows([(c.number, c.name) for c in self._candidates])

    # ------------------------------------------------------------ state
    def reload(self, then=None) -> None:
        """Read the pass again (off the GUI thread) and show it; then `then()`."""
        ballot_id, entry = self.ballot_id, self.entry

        def show(state) -> None:
            self._show_state(state)
            if then is not None:
                then()

        QueryOp(
            parent=self,
            db=self._db,
            key="state",
            success=show,
            op=lambda s: ballot_service.entry_state(s, ballot_id=ballot_id, entry=entry),
        ).run_in_background()

    def _show_state(self, st: ballot_service.EntryState) -> None:
        self.state = st
        self.model.set_rows(
            [
                (
                    sh.number,
                    tr_label(ballot_service.KIND_NAMES[sh.kind]),
                    " ".join(str(n) for n in sorted(sh.struck)) or self.tr("(không gạch ai)"),
                )
                for sh in st.sheets
            ]
        )
        self.table.scrollToBottom()
        total = len(st.sheets)
        self.number_label.setText(
            self.tr("Phiếu số %1").replace("%1", str(st.next_number))
            if total < st.members
            else self.tr("Đã đủ số phiếu bằng số thành viên")
        )
        self.counts_label.setText(
            self.tr("Đã nhập %1/%2 phiếu: %3 phiếu bầu, %4 ý kiến bằng văn bản, %5 không hợp lệ")
            .replace("%1", str(total))
            .replace("%2", str(st.members))
            .replace("%3", str(st.counts[BALLOT]))
            .replace("%4", str(st.counts[WRITTEN]))
            .replace("%5", str(st.counts[INVALID]))
        )
        editable = not st.sealed
        self.input.setEnabled(editable)
        self.undo_button.setEnabled(editable and total > 0)
        self.done_button.setEnabled(editable and total > 0)
        self.done_button.setText(self.tr("Đã xong lượt nhập ✓") if st.done else self.tr("Xong lượt nhập"))
        self.scan_button.setEnabled(editable and total == 0)
        if st.sealed:
            self.show_error(self.tr("Phiếu bầu đã niêm phong; không sửa được."))

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        for b in self.kind_buttons.buttons():
            b.setChecked(b.property("kind") == kind)

    def show_error(self, text: str | None) -> None:
        self.error.set_error(text)
        set_invalid(self.input, bool(text))

    def _on_edited(self, _text: str) -> None:
        if self.error.text():
            self.show_error(None)

    # ------------------------------------------------------------ actions
    def _write(self, op, success, failure) -> None:
        CollectionOp(parent=self, db=self._db, changes={BALLOTS}, op=op, success=success).failure(
            failure
        ).run_in_background()

    def commit(self) -> None:
        """Store the typed sheet (off the GUI thread); on a problem keep the text and say why
        under the field."""
        text = self.input.text()
        if self.state is None:
            return
        kind, struck, problems = ballot_service.parse_entry_line(text, len(self._candidates), kind=self.kind)
        if problems:
            self.show_error("; ".join(problems))
            return
        ballot_id, entry, number = self.ballot_id, self.entry, self.state.next_number

        def stored(_sheet) -> None:
            if self.input.text() == text:  # not when the clerk already types the next sheet
                self.input.clear()
                self.set_kind(BALLOT)
            self.show_error(None)
            self.reload()
            self.sheets_changed.emit()

        def refused(exc: BaseException) -> None:
            if isinstance(exc, AppError):
                self.show_error(exc.message())
            else:
                errors.show_error(self, exc)

        self._write(
            lambda s: ballot_service.add_sheet(
                s, ballot_id=ballot_id, entry=entry, kind=kind, struck=struck, number=number
            ),
            stored,
            refused,
        )

    def undo_last(self) -> None:
        ballot_id, entry = self.ballot_id, self.entry

        def undone(sheet) -> None:
            def said() -> None:
                if sheet is not None:
                    self.show_error(None)
                    self.error.set_error(self.tr("Đã xóa phiếu số %1.").replace("%1", str(sheet.number)))

            self.reload(then=said)
            if sheet is not None:
                self.sheets_changed.emit()
            self.input.setFocus()

        def refused(exc: BaseException) -> None:
            if isinstance(exc, AppError):
                self.show_error(exc.message())
            else:
                errors.show_error(self, exc)

        self._write(lambda s: ballot_service.undo_last_sheet(s, ballot_id=ballot_id, entry=entry), undone, refused)

    def read_scans(self, paths: list[str] | None = None) -> None:
        """*Đọc phiếu quét…*: the scanned pile becomes this pass (B); see ui.council.scan_dialogs."""
        from ui.council.scan_dialogs import ask_scan_files, read_scans_as_pass_b

        paths = paths or ask_scan_files(self)
        if not paths:
            return

        def loaded() -> None:
            def shown() -> None:
                self.sheets_changed.emit()
                if self.state is not None and self.state.done:
                    self.entry_finished.emit()

            self.reload(then=shown)

        read_scans_as_pass_b(self, self._db, self.ballot_id, list(paths), loaded)

    def finish(self) -> None:
        ballot_id, entry = self.ballot_id, self.entry
        self._write(
            lambda s: ballot_service.finish_entry(s, ballot_id=ballot_id, entry=entry),
            lambda _r: self.reload(then=self.entry_finished.emit),
            lambda exc: errors.show_error(self, exc),
        )
