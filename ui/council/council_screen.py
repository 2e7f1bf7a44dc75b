"""CouncilScreen ("Hội đồng – Bỏ phiếu"): the Council's members; a meeting of a round with
attendance, quorum and the counting committee; its ballots with the papers PDF, the
double sheet entry, the comparison, sealing / reopening, the minutes and results exports.

Calls services only. Short reads and writes run on the GUI thread (each is a few small
queries); PDF and xlsx exports run in workers with a progress dialog. GUI thread.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import AppError, ValidationFailed
from app.rules.codes import COUNCIL_ROLES
from app.services import ballot as ballot_service
from app.services import council as council_service
from app.services import movement as movement_service
from app.services import org as org_service
from ui import errors
from ui.council.compare_view import CompareWidget
from ui.first_run import ensure_setup
from ui.council.sheet_entry import SheetEntryWidget
from ui.labels import tr_label
from ui.models.table import TupleTableModel
from ui.widgets import DateEdit, DateTimeEdit, ErrorLabel, FieldBox, UnitCombo, format_date, local_time
from ui.workers import run_with_progress
from ui.widgets import ask_save_file_name
from ui import theme


def ballot_file_name(stem_and_ext: str, ballot) -> str:
    """'Phiếu bầu.pdf' + the ballot → 'Phiếu bầu - Chiến sĩ thi đua cơ sở - vòng 1 - số 7.pdf':
    each ballot's papers, minutes and results get their own default name (no overwriting
    one ballot's file with another's). Characters Windows forbids in names are dropped."""
    stem, dot, ext = stem_and_ext.rpartition(".")
    label = f"{stem} - {ballot.award_name or ballot.title} - vòng {ballot.round_no} - số {ballot.id}"
    label = "".join(c for c in label if c not in '<>:"/\\|?*').strip()
    return f"{label}.{ext}" if dot else label


def _ask_path(parent: QWidget, title: str, name: str, filt: str) -> str:
    path, _ = ask_save_file_name(parent, title, str(Path.home() / name), filt)
    return path


class MemberDialog(QDialog):
    """Add or edit a Council member: a person of the staff registry (searched by name), or
    an outsider with his unit chosen from the unit tree — so conflicts of interest can be
    found (`nomination.conflicts_of_interest`). Role, position, term, note. Validation
    inline."""

    def __init__(self, db: Database, member: council_service.MemberRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Thành viên Hội đồng"))
        with db.factory() as s:
            self._units = org_service.list_units(s)
        self.staff_radio = QRadioButton(self.tr("Cán bộ trong danh sách"))
        self.outsider_radio = QRadioButton(self.tr("Người ngoài danh sách cán bộ"))
        kind = QButtonGroup(self)
        kind.addButton(self.staff_radio)
        kind.addButton(self.outsider_radio)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("gõ vài chữ của họ tên hoặc mã cán bộ…"))
        self.results = QListWidget()
        self.results.setMinimumHeight(110)
        self.results.setMinimumWidth(420)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._run_search)
        self.results.currentItemChanged.connect(lambda *_: self._on_person())
        self.name = QLineEdit(member.full_name if member else "")
        self.unit = UnitCombo(self._units, allow_none=True, none_text=self.tr("(không thuộc đơn vị nào trong danh sách)"))
        self.role = QComboBox()
        for code, label in COUNCIL_ROLES.items():
            self.role.addItem(tr_label(label), code)
        self.role.setCurrentIndex(max(0, self.role.findData(member.role if member else "UY_VIEN")))
        self.position = QLineEdit(member.position if member else "")
        self.term_start = DateEdit()
        self.term_end = DateEdit()
        if member:
            self.term_start.set_date(member.term_start)
            self.term_end.set_date(member.term_end)
        self.note = QLineEdit(member.note if member else "")
        self.error = ErrorLabel()
        self.conflict_hint = QLabel(self.tr(
            "Xung đột lợi ích được đánh dấu khi thành viên là người được đề nghị, làm việc cùng phòng/đơn vị "
            "trực tiếp với cá nhân được đề nghị, hoặc thuộc tập thể được đề nghị."))
        self.conflict_hint.setWordWrap(True)
        form = QFormLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.staff_radio)
        row.addWidget(self.outsider_radio)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.tr("Tìm cán bộ:"), self.search)
        form.addRow("", self.results)
        form.addRow(self.tr("Họ và tên:"), self.name)
        form.addRow(self.tr("Đơn vị:"), self.unit)
        form.addRow(self.tr("Chức danh trong Hội đồng:"), self.role)
        form.addRow(self.tr("Chức vụ, đơn vị:"), self.position)
        form.addRow(self.tr("Nhiệm kỳ từ ngày:"), self.term_start)
        form.addRow(self.tr("đến ngày:"), self.term_end)
        form.addRow(self.tr("Ghi chú:"), self.note)
        form.addRow(self.conflict_hint)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.person_id = member.person_id if member else None
        if member is not None:
            self.unit.set_unit_id(member.unit_id, self._units)  # None: the "no unit" item
        self.staff_radio.toggled.connect(self._on_kind)
        if member is not None and member.person_id is None:
            self.outsider_radio.setChecked(True)
        else:
            self.staff_radio.setChecked(True)
        if member is not None and member.person_id is not None:
            item = QListWidgetItem(f"{member.full_name} — {member.unit_name}")
            item.setData(Qt.ItemDataRole.UserRole, member.person_id)
            self.results.addItem(item)
            self.results.setCurrentRow(0)
        self._on_kind()

    def _on_kind(self, *_args) -> None:
        staff = self.staff_radio.isChecked()
        self.search.setEnabled(staff)
        self.results.setEnabled(staff)
        self.name.setReadOnly(staff)
        self.unit.setEnabled(not staff)
        if staff:
            self.search.setFocus()
        else:
            self.person_id = None
            self.name.setFocus()

    def _run_search(self) -> None:
        self._search_timer.stop()
        query = self.search.text().strip()
        self.results.clear()
        if not query:
            return
        with self._db.factory() as s:
            found = org_service.search_people(s, query=query, limit=50).rows
        for p in found:
            item = QListWidgetItem(f"{p.full_name} — {p.position + ', ' if p.position else ''}{p.unit_name}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.results.addItem(item)
        if len(found) == 1:  # a single result is the one meant: selected
            self.results.setCurrentRow(0)

    def _on_person(self) -> None:
        item = self.results.currentItem()
        if item is None or not self.staff_radio.isChecked():
            return
        self.person_id = item.data(Qt.ItemDataRole.UserRole)
        with self._db.factory() as s:
            p = org_service.get_person(s, self.person_id)
        self.name.setText(p.full_name)
        self.unit.set_unit_id(p.unit_id, self._units)
        if not self.position.text().strip():
            self.position.setText(", ".join(x for x in (p.position, p.unit_name) if x))

    def _on_ok(self) -> None:
        if self.staff_radio.isChecked() and self.person_id is None:
            self.error.set_error(self.tr("chọn một cán bộ trong kết quả tìm (hoặc chọn «Người ngoài danh sách cán bộ»)"))
            return
        if self.outsider_radio.isChecked():
            if not self.name.text().strip():
                self.error.set_error(self.tr("chưa nhập họ và tên"))
                return
            if not self.unit.is_valid():
                self.error.set_error(self.tr("đơn vị: chọn trong danh sách (gõ vài chữ của tên đơn vị)"))
                return
        self.accept()

    def value(self) -> council_service.MemberInput:
        """Raises ValueError for a date that is not a date."""
        person_id = self.person_id if self.staff_radio.isChecked() else None
        unit_id = self.unit.unit_id() if not self.staff_radio.isChecked() else None
        return council_service.MemberInput(self.name.text(), self.role.currentData(), person_id, unit_id,
                                           self.position.text(), self.term_start.date(), self.term_end.date(),
                                           self.note.text())


class BallotDialog(QDialog):
    """Create a ballot over one award group of the agenda."""

    def __init__(self, groups: dict[str, tuple[str, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tạo phiếu bầu"))
        self.award = QComboBox()
        for code, (name, count) in groups.items():
            self.award.addItem(self.tr("%1 (%2 người)").replace("%1", name).replace("%2", str(count)), code)
        self.max_approvals = QSpinBox()
        self.max_approvals.setRange(0, 999)
        self.max_approvals.setSpecialValueText(self.tr("không giới hạn"))
        self.quota = QSpinBox()
        self.quota.setRange(0, 999)
        self.quota.setSpecialValueText(self.tr("không giới hạn"))
        self.spares = QSpinBox()
        self.spares.setRange(0, 100)
        self.spares.setValue(2)
        form = QFormLayout(self)
        form.addRow(self.tr("Danh hiệu:"), self.award)
        form.addRow(self.tr("Số người được đồng ý tối đa trên một phiếu:"), self.max_approvals)
        form.addRow(self.tr("Số lượng được chọn tối đa:"), self.quota)
        form.addRow(self.tr("Số phiếu in dự phòng:"), self.spares)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class CouncilScreen(QWidget):
    """The council, meeting and ballot screen. Emits nominations_changed() after a seal or
    a reopening (nominations moved)."""

    nominations_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.council_id: int | None = None
        self.meeting_id: int | None = None
        self.members: list[council_service.MemberRow] = []
        self.attendance: list[council_service.AttendanceRow] = []
        self.ballots: list[ballot_service.BallotRow] = []
        self._loading = False
        self.detail: QWidget | None = None
        self.quorum: council_service.QuorumResult | None = None

        # -- selectors (round and meeting), shared by the meeting and ballot tabs
        self.round_combo = QComboBox()
        self.round_combo.currentIndexChanged.connect(self._on_round_changed)
        self.meeting_combo = QComboBox()
        self.meeting_combo.currentIndexChanged.connect(self._on_meeting_changed)
        self.new_meeting_button = QPushButton(self.tr("Tạo phiên họp…"))
        self.new_meeting_button.clicked.connect(self.new_meeting)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Đợt xét:")))
        top.addWidget(self.round_combo, 1)
        top.addWidget(QLabel(self.tr("Phiên họp:")))
        top.addWidget(self.meeting_combo, 1)
        top.addWidget(self.new_meeting_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_members_tab(), self.tr("Thành viên Hội đồng"))
        self.tabs.addTab(self._build_meeting_tab(), self.tr("Phiên họp"))
        self.tabs.addTab(self._build_ballots_tab(), self.tr("Bỏ phiếu"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.reload()

    # ------------------------------------------------------------ building
    def _build_members_tab(self) -> QWidget:
        self.council_label = QLabel()
        self.create_council_button = QPushButton(self.tr("Tạo Hội đồng…"))
        self.create_council_button.clicked.connect(self.create_council)
        self.members_model = TupleTableModel([self.tr("Họ và tên"), self.tr("Chức danh"), self.tr("Chức vụ, đơn vị"),
                                              self.tr("Nhiệm kỳ"), self.tr("Trạng thái")], self)
        self.members_view = QTableView()
        self.members_view.setModel(self.members_model)
        self.members_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.members_view.doubleClicked.connect(lambda _i: self.edit_member())
        self.add_member_button = QPushButton(self.tr("Thêm thành viên…"))
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button = QPushButton(self.tr("Sửa…"))
        self.edit_member_button.clicked.connect(self.edit_member)
        self.toggle_member_button = QPushButton(self.tr("Thôi / cho tham gia lại"))
        self.toggle_member_button.clicked.connect(self.toggle_member)
        buttons = QHBoxLayout()
        for b in (self.add_member_button, self.edit_member_button, self.toggle_member_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(self.council_label, 1)
        head.addWidget(self.create_council_button)
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addLayout(head)
        layout.addWidget(self.members_view, 1)
        layout.addLayout(buttons)
        return w

    def _build_meeting_tab(self) -> QWidget:
        self.starts_edit = DateTimeEdit()
        self.ends_edit = DateTimeEdit(default_time=None)
        self.starts_box = FieldBox(self.starts_edit)
        self.ends_box = FieldBox(self.ends_edit)
        self.place_edit = QLineEdit()
        self.quorum_num = QSpinBox()
        self.quorum_num.setRange(1, 99)
        self.quorum_den = QSpinBox()
        self.quorum_den.setRange(1, 99)
        quorum_row = QHBoxLayout()
        quorum_row.addWidget(self.quorum_num)
        quorum_row.addWidget(QLabel("/"))
        quorum_row.addWidget(self.quorum_den)
        quorum_row.addWidget(QLabel(self.tr("tổng số thành viên")))
        quorum_row.addStretch(1)
        self.save_meeting_button = QPushButton(self.tr("Lưu thông tin phiên họp"))
        self.save_meeting_button.clicked.connect(self.save_meeting)
        info = QGroupBox(self.tr("Thời gian, địa điểm"))
        form = QFormLayout(info)
        form.addRow(self.tr("Bắt đầu:"), self.starts_box)
        form.addRow(self.tr("Kết thúc:"), self.ends_box)
        form.addRow(self.tr("Địa điểm:"), self.place_edit)
        form.addRow(self.tr("Số lượng tối thiểu có mặt:"), quorum_row)
        form.addRow(self.save_meeting_button)

        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("QuorumLabel")
        self.quorum_label.setWordWrap(True)
        self.attendance_table = QTableWidget(0, 4)
        self.attendance_table.setHorizontalHeaderLabels([self.tr("Họ và tên"), self.tr("Chức danh"),
                                                         self.tr("Tham dự"), self.tr("Ý kiến bằng văn bản")])
        self.attendance_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.attendance_table.verticalHeader().hide()
        self.attendance_table.itemChanged.connect(self._on_opinion_changed)

        committee = QGroupBox(self.tr("Ban kiểm phiếu (chọn trong số thành viên có mặt)"))
        self.head_combo = QComboBox()
        self.committee_list = QListWidget()
        self.save_committee_button = QPushButton(self.tr("Lưu Ban kiểm phiếu"))
        self.save_committee_button.clicked.connect(self.save_committee)
        self.committee_error = ErrorLabel()
        cform = QFormLayout(committee)
        cform.addRow(self.tr("Trưởng ban:"), self.head_combo)
        cform.addRow(self.tr("Thành viên:"), self.committee_list)
        cform.addRow(self.committee_error)
        cform.addRow(self.save_committee_button)
        self.meeting_minutes_button = QPushButton(self.tr("Biên bản họp Hội đồng (PDF)…"))
        self.meeting_minutes_button.clicked.connect(lambda: self.export_meeting_minutes())
        self.meeting_minutes_word_button = QPushButton(self.tr("Xuất Word…"))
        self.meeting_minutes_word_button.setToolTip(self.tr("Biên bản họp Hội đồng, tệp Word để sửa và ký"))
        self.meeting_minutes_word_button.clicked.connect(lambda: self.export_meeting_minutes_word())

        right = QVBoxLayout()
        right.addWidget(info)
        right.addWidget(committee, 1)
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.meeting_minutes_button)
        minutes_row.addWidget(self.meeting_minutes_word_button)
        right.addLayout(minutes_row)
        left = QVBoxLayout()
        left.addWidget(self.quorum_label)
        left.addWidget(self.attendance_table, 1)
        w = QWidget()
        row = QHBoxLayout(w)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        return w

    def _build_ballots_tab(self) -> QWidget:
        self.ballots_model = TupleTableModel([self.tr("Phiếu bầu"), self.tr("Ứng viên"), self.tr("Ngưỡng"),
                                              self.tr("Lượt A"), self.tr("Lượt B"), self.tr("Trạng thái")], self)
        self.ballots_view = QTableView()
        self.ballots_view.setModel(self.ballots_model)
        self.ballots_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ballots_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ballots_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ballots_view.verticalHeader().hide()
        self.ballots_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_ballot_buttons())
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
        self.seal_label = QLabel()
        self.seal_label.setObjectName("SealLabel")
        self.seal_label.setWordWrap(True)
        self.seal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QVBoxLayout()
        for row in ((self.new_ballot_button, self.papers_button),
                    (self.entry_a_button, self.entry_b_button, self.compare_button),
                    (self.seal_button, self.reopen_button, self.second_round_button),
                    (self.tally_minutes_button, self.tally_word_button, self.results_button,
                     self._changes_button())):
            line = QHBoxLayout()
            for b in row:
                line.addWidget(b)
            line.addStretch(1)
            grid.addLayout(line)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.ballots_view, 1)
        tl.addLayout(grid)
        tl.addWidget(self.seal_label)
        self.detail_box = QWidget()
        self.detail_layout = QVBoxLayout(self.detail_box)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_hint = QLabel(self.tr("Chọn một phiếu bầu rồi bấm «Nhập lượt A», «Nhập lượt B» hoặc «So sánh»."))
        self.detail_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_layout.addWidget(self.detail_hint)
        self.ballot_splitter = QSplitter(Qt.Orientation.Vertical)
        self.ballot_splitter.addWidget(top)
        self.ballot_splitter.addWidget(self.detail_box)
        self.ballot_splitter.setStretchFactor(1, 2)
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addWidget(self.ballot_splitter)
        return w

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        self._loading = True
        try:
            with self._db.factory() as s:
                self.council_id = council_service.default_council_id(s)
                councils = {c.id: c for c in council_service.list_councils(s)}
                rounds = movement_service.list_rounds(s)
            self.council_label.setText(councils[self.council_id].name if self.council_id in councils
                                       else self.tr("Chưa có Hội đồng."))
            self.create_council_button.setVisible(self.council_id is None)
            current = self.round_combo.currentData()
            self.round_combo.clear()
            for r in rounds:
                self.round_combo.addItem(r.name, r.id)
            if current is not None and self.round_combo.findData(current) >= 0:
                self.round_combo.setCurrentIndex(self.round_combo.findData(current))
        finally:
            self._loading = False
        self.reload_members()
        self._on_round_changed()

    def reload_members(self) -> None:
        if self.council_id is None:
            self.members = []
        else:
            with self._db.factory() as s:
                self.members = council_service.list_members(s, council_id=self.council_id)
        self.members_model.set_rows([
            (m.full_name, m.role_label, ", ".join(x for x in (m.position, m.unit_name) if x),
             " – ".join(format_date(d) for d in (m.term_start, m.term_end) if d),
             self.tr("Đang tham gia") if m.active else self.tr("Đã thôi"))
            for m in self.members], error_rows={i for i, m in enumerate(self.members) if not m.active})
        for b in (self.add_member_button, self.edit_member_button, self.toggle_member_button):
            b.setEnabled(self.council_id is not None)

    def _on_round_changed(self, *_args) -> None:
        if self._loading:
            return
        round_id = self.round_combo.currentData()
        self._loading = True
        try:
            current = self.meeting_combo.currentData()
            self.meeting_combo.clear()
            if round_id is not None:
                with self._db.factory() as s:
                    meetings = council_service.list_meetings(s, round_id=round_id)
                for m in meetings:
                    self.meeting_combo.addItem(f"{m.title} – {m.starts_at:%d/%m/%Y %H:%M}", m.id)
                if current is not None and self.meeting_combo.findData(current) >= 0:
                    self.meeting_combo.setCurrentIndex(self.meeting_combo.findData(current))
        finally:
            self._loading = False
        self.new_meeting_button.setEnabled(round_id is not None)
        self._on_meeting_changed()

    def _on_meeting_changed(self, *_args) -> None:
        if self._loading:
            return
        self.meeting_id = self.meeting_combo.currentData()
        self.reload_meeting()
        self.reload_ballots()

    def select_meeting(self, meeting_id: int) -> None:
        with self._db.factory() as s:
            m = council_service.get_meeting(s, meeting_id)
        self.round_combo.setCurrentIndex(self.round_combo.findData(m.round_id))
        self.meeting_combo.setCurrentIndex(self.meeting_combo.findData(meeting_id))

    def reload_meeting(self) -> None:
        self._loading = True
        try:
            enabled = self.meeting_id is not None
            for w in (self.save_meeting_button, self.save_committee_button, self.meeting_minutes_button,
                      self.meeting_minutes_word_button, self.new_ballot_button):
                w.setEnabled(enabled)
            self.attendance_table.setRowCount(0)
            self.head_combo.clear()
            self.committee_list.clear()
            if not enabled:
                self.attendance = []
                self.quorum_label.setText(self.tr("Chưa có phiên họp: chọn đợt xét rồi bấm «Tạo phiên họp…»."))
                return
            with self._db.factory() as s:
                m = council_service.get_meeting(s, self.meeting_id)
                self.attendance = council_service.list_attendance(s, meeting_id=self.meeting_id)
                q = council_service.quorum(s, meeting_id=self.meeting_id)
            self.meeting = m
            self.starts_edit.set_date(m.starts_at)
            self.ends_edit.set_date(m.ends_at)
            self.place_edit.setText(m.place)
            self.quorum_num.setValue(m.quorum_num)
            self.quorum_den.setValue(m.quorum_den)
            self.quorum_label.setText(q.message)
            self.quorum_label.setStyleSheet("font-weight: bold; color: %s;" % theme.css("#1b5e20" if q.met else "#b71c1c"))
            self.quorum = q
            self.attendance_table.setRowCount(len(self.attendance))
            for i, a in enumerate(self.attendance):
                for col, text in ((0, a.full_name), (1, a.role_label)):
                    item = QTableWidgetItem(text)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.attendance_table.setItem(i, col, item)
                combo = QComboBox()
                for code, label in council_service.ATTENDANCE.items():
                    combo.addItem(tr_label(label), code)
                combo.setCurrentIndex(combo.findData(a.status))
                combo.currentIndexChanged.connect(lambda _i, row=i, c=combo: self.set_status(row, c.currentData()))
                self.attendance_table.setCellWidget(i, 2, combo)
                item = QTableWidgetItem(a.opinion)
                if a.status != "WRITTEN":
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.attendance_table.setItem(i, 3, item)
                if a.status == "PRESENT":
                    self.head_combo.addItem(a.full_name, a.member_id)
                    li = QListWidgetItem(a.full_name)
                    li.setData(Qt.ItemDataRole.UserRole, a.member_id)
                    li.setFlags(li.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    li.setCheckState(Qt.CheckState.Checked if a.committee_role == "MEMBER" else Qt.CheckState.Unchecked)
                    self.committee_list.addItem(li)
                if a.committee_role == "HEAD":
                    self.head_combo.setCurrentIndex(self.head_combo.findData(a.member_id))
            self.attendance_table.resizeColumnsToContents()
            self.attendance_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        finally:
            self._loading = False

    def reload_ballots(self) -> None:
        current = self.current_ballot()
        if self.meeting_id is None:
            self.ballots = []
        else:
            with self._db.factory() as s:
                self.ballots = ballot_service.list_ballots(s, meeting_id=self.meeting_id)
        self.ballots_model.set_rows([
            (b.title, b.candidates, self.tr("từ %1 của %2 thành viên").replace("%1", b.threshold.label())
             .replace("%2", str(b.members)),
             f"{b.sheets_a}" + (" ✓" if b.entry_a_done else ""), f"{b.sheets_b}" + (" ✓" if b.entry_b_done else ""),
             tr_label(ballot_service.STATUSES[b.status])) for b in self.ballots])
        if self.ballots:
            ids = [b.id for b in self.ballots]
            row = ids.index(current.id) if current is not None and current.id in ids else 0
            self.ballots_view.selectRow(row)
        self._update_ballot_buttons()

    def current_ballot(self) -> ballot_service.BallotRow | None:
        index = self.ballots_view.currentIndex() if hasattr(self, "ballots_view") else None
        if index is None or not index.isValid() or index.row() >= len(self.ballots):
            return None
        return self.ballots[index.row()]

    def select_ballot(self, ballot_id: int) -> None:
        self.ballots_view.selectRow([b.id for b in self.ballots].index(ballot_id))
        self._update_ballot_buttons()

    def _changes_button(self) -> QPushButton:
        """"Lịch sử thay đổi…" of the selected ballot (its audit trail)."""
        from ui.accounts.audit_screen import show_row_history

        self.changes_button = QPushButton(self.tr("Lịch sử thay đổi…"))
        self.changes_button.clicked.connect(lambda: (b := self.current_ballot()) and show_row_history(
            self._db, "ballot", b.id, b.title, self))
        return self.changes_button

    def _update_ballot_buttons(self) -> None:
        b = self.current_ballot()
        has, sealed = b is not None, bool(b and b.sealed)
        if hasattr(self, "changes_button"):
            self.changes_button.setEnabled(has)
        for w in (self.papers_button, self.entry_a_button, self.entry_b_button, self.compare_button):
            w.setEnabled(has)
        self.seal_button.setEnabled(has and not sealed)
        self.reopen_button.setEnabled(sealed)
        self.tally_minutes_button.setEnabled(sealed)
        self.tally_word_button.setEnabled(sealed)
        self.results_button.setEnabled(sealed)
        self.second_round_button.setEnabled(False)
        if sealed:
            with self._db.factory() as s:
                result = ballot_service.sealed_result(s, ballot_id=b.id)
            self.second_round_button.setEnabled(bool(result.tied))
            passed = ", ".join(c.name for c in result.passed) or self.tr("không có")
            self.seal_label.setText(
                self.tr("Đã niêm phong lúc %1 bởi %2. Đạt: %3. Mã niêm phong: %4")
                .replace("%1", f"{local_time(b.sealed_at):%d/%m/%Y %H:%M}").replace("%2", b.sealed_by or "?")
                .replace("%3", passed).replace("%4", b.seal_hash))
        else:
            self.seal_label.setText("")

    # ------------------------------------------------------------ members
    def create_council(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Tạo Hội đồng"), self.tr("Tên Hội đồng:"),
                                        text="Hội đồng Thi đua - Khen thưởng")
        if not ok:
            return
        try:
            with self._db.factory.begin() as s:
                council_service.create_council(s, name=name)
        except AppError as exc:
            errors.show_error(self, exc)
            return
        self.reload()

    def _selected_member(self) -> council_service.MemberRow | None:
        index = self.members_view.currentIndex()
        return self.members[index.row()] if index.isValid() else None

    def _run_member_dialog(self, member: council_service.MemberRow | None) -> None:
        dialog = MemberDialog(self._db, member, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                data = dialog.value()
                with self._db.factory.begin() as s:
                    if member is None:
                        council_service.add_member(s, council_id=self.council_id, data=data)
                    else:
                        council_service.update_member(s, member_id=member.id, version=member.version, data=data)
            except ValueError as exc:
                dialog.error.set_error(str(exc))
                continue
            except ValidationFailed as exc:
                dialog.error.set_error("; ".join(exc.fields.values()))
                continue
            except AppError as exc:
                errors.show_error(self, exc)
            break
        self.reload_members()

    def add_member(self) -> None:
        self._run_member_dialog(None)

    def edit_member(self) -> None:
        member = self._selected_member()
        if member is not None:
            self._run_member_dialog(member)

    def toggle_member(self) -> None:
        member = self._selected_member()
        if member is None:
            return
        try:
            with self._db.factory.begin() as s:
                council_service.set_member_active(s, member_id=member.id, version=member.version,
                                                  active=not member.active)
        except AppError as exc:
            errors.show_error(self, exc)
        self.reload_members()

    # ------------------------------------------------------------ meeting
    def new_meeting(self, *, starts_at: _dt.datetime | None = None, place: str | None = None) -> int | None:
        round_id = self.round_combo.currentData()
        if round_id is None:
            return None
        if place is None:
            place, ok = QInputDialog.getText(self, self.tr("Tạo phiên họp"), self.tr("Địa điểm họp:"))
            if not ok:
                return None
        if starts_at is None:
            # the round's meeting date at 08:00 (the clerk corrects the time on the tab)
            with self._db.factory() as s:
                rnd = next((r for r in movement_service.list_rounds(s) if r.id == round_id), None)
            day = rnd.meeting_date if rnd and rnd.meeting_date else _dt.date.today()
            starts_at = _dt.datetime.combine(day, _dt.time(8, 0))
        try:
            with self._db.factory.begin() as s:
                meeting_id = council_service.create_meeting(s, round_id=round_id, starts_at=starts_at, place=place)
        except AppError as exc:
            errors.show_error(self, exc)
            return None
        self._on_round_changed()
        self.meeting_combo.setCurrentIndex(self.meeting_combo.findData(meeting_id))
        return meeting_id

    def save_meeting(self) -> None:
        if self.meeting_id is None:
            return
        self.starts_box.set_error(self.starts_edit.error() or (
            None if self.starts_edit.value() else self.tr("chưa nhập thời gian bắt đầu")))
        ends_error = self.ends_edit.error()
        starts, ends = self.starts_edit.value(), self.ends_edit.value()
        if ends_error is None and starts and ends and ends <= starts:
            ends_error = self.tr("giờ kết thúc phải sau giờ bắt đầu")
        self.ends_box.set_error(ends_error)
        if starts is None or ends_error:
            return
        try:
            with self._db.factory.begin() as s:
                council_service.update_meeting(
                    s, meeting_id=self.meeting_id, version=self.meeting.version, starts_at=starts,
                    ends_at=ends, place=self.place_edit.text(), title=self.meeting.title,
                    quorum_num=self.quorum_num.value(), quorum_den=self.quorum_den.value(), note=self.meeting.note)
        except AppError as exc:
            errors.show_error(self, exc)
        self.reload_meeting()

    def set_status(self, row: int, status: str) -> None:
        if self._loading:
            return
        a = self.attendance[row]
        opinion = a.opinion
        if status == "WRITTEN" and not opinion.strip():
            opinion = self.ask_opinion(a.full_name, opinion)
        try:
            with self._db.factory.begin() as s:
                council_service.set_attendance(s, meeting_id=self.meeting_id, member_id=a.member_id, status=status,
                                               opinion=opinion)
        except AppError as exc:
            errors.show_error(self, exc)
        self.reload_meeting()

    def ask_opinion(self, name: str, opinion: str = "") -> str:
        """The content of a written opinion, asked when a member is marked absent with one
        (it goes into the meeting minutes under «Ý kiến bằng văn bản»). Empty when skipped."""
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Ý kiến bằng văn bản"),
            self.tr("Nội dung ý kiến bằng văn bản của %1 (có thể nhập sau ở cột «Ý kiến bằng văn bản»):")
            .replace("%1", name), opinion)
        return text.strip() if ok else opinion

    def _on_opinion_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 3:
            return
        a = self.attendance[item.row()]
        with self._db.factory.begin() as s:
            council_service.set_attendance(s, meeting_id=self.meeting_id, member_id=a.member_id, status=a.status,
                                           opinion=item.text())
        self.attendance[item.row()] = a._replace(opinion=item.text().strip())

    def save_committee(self) -> None:
        head = self.head_combo.currentData()
        members = [self.committee_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.committee_list.count())
                   if self.committee_list.item(i).checkState() == Qt.CheckState.Checked]
        try:
            with self._db.factory.begin() as s:
                council_service.set_committee(s, meeting_id=self.meeting_id, head_id=head, member_ids=members)
        except ValidationFailed as exc:
            self.committee_error.set_error("; ".join(exc.fields.values()))
            return
        except AppError as exc:
            errors.show_error(self, exc)
            return
        self.committee_error.set_error(None)
        self.reload_meeting()

    # ------------------------------------------------------------ ballots
    def new_ballot(self) -> None:
        if self.meeting_id is None:
            return
        with self._db.factory() as s:
            agenda = council_service.agenda(s, meeting_id=self.meeting_id)
        groups: dict[str, tuple[str, int]] = {}
        for r in agenda:
            if r.ballot_id is None:
                name, count = groups.get(r.award_code, (r.award_name, 0))
                groups[r.award_code] = (name, count + 1)
        if not groups:
            QMessageBox.information(self, self.tr("Tạo phiếu bầu"),
                                    self.tr("Không còn đề nghị nào chờ bỏ phiếu (trạng thái «Đã kiểm tra», danh hiệu "
                                            "phải bỏ phiếu kín)."))
            return
        dialog = BallotDialog(groups, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.create_ballot(dialog.award.currentData(), max_approvals=dialog.max_approvals.value() or None,
                           quota=dialog.quota.value() or None, spares=dialog.spares.value())

    def create_ballot(self, award_code: str, *, max_approvals: int | None = None, quota: int | None = None,
                      spares: int = 2) -> int | None:
        if self.quorum is not None and not self.quorum.met:
            QMessageBox.warning(self, self.tr("Chưa đủ số lượng"), self.quorum.message)
        try:
            with self._db.factory.begin() as s:
                ballot_id = ballot_service.create_ballot(s, meeting_id=self.meeting_id, award_code=award_code,
                                                         max_approvals=max_approvals, quota=quota, spares=spares)
        except AppError as exc:
            errors.show_error(self, exc)
            return None
        self.reload_ballots()
        self.select_ballot(ballot_id)
        return ballot_id

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

    def seal(self, *, chair_choice: list[int] | None = None, chair_note: str = "") -> bool:
        """Tally, confirm, seal. With ties at the quota boundary the user may record the
        Chair's decision (numbers) or seal them undecided for a second round."""
        b = self.current_ballot()
        if b is None:
            return False
        try:
            with self._db.factory() as s:
                preview = ballot_service.preview_tally(s, ballot_id=b.id)
        except AppError as exc:
            errors.show_error(self, exc)
            if isinstance(exc, ballot_service.EntriesDiffer):
                self.open_compare()
            return False
        lines = "\n".join(f"{c.number}. {c.name}: {c.approvals}/{preview.members} ({c.percent.replace('.', ',')}%) – "
                          f"{c.verdict()}" for c in preview.candidates)
        if preview.tied and chair_choice is None:
            numbers = ", ".join(str(c.number) for c in preview.tied)
            text, ok = QInputDialog.getText(
                self, self.tr("Bằng phiếu"),
                self.tr("Các ứng viên số %1 bằng phiếu ngoài số lượng (còn %2 suất).\nGhi số thứ tự được Chủ tịch "
                        "quyết định chọn, hoặc để trống để niêm phong và bỏ phiếu vòng 2:")
                .replace("%1", numbers).replace("%2", str(preview.seats_left)))
            if not ok:
                return False
            chair_choice = [int(t) for t in text.replace(",", " ").split() if t.isdigit()] or None
            if chair_choice:
                chair_note, ok = QInputDialog.getText(self, self.tr("Quyết định của Chủ tịch"),
                                                      self.tr("Nội dung quyết định (ghi vào biên bản):"))
                if not ok:
                    return False
        answer = QMessageBox.question(
            self, self.tr("Niêm phong kết quả"),
            self.tr("Kết quả kiểm phiếu:\n%1\n\nNiêm phong? Sau khi niêm phong, muốn sửa phải «Mở lại» và ghi lý do.")
            .replace("%1", lines))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            with self._db.factory.begin() as s:
                ballot_service.seal_ballot(s, ballot_id=b.id, chair_choice=chair_choice, chair_note=chair_note)
        except AppError as exc:
            errors.show_error(self, exc)
            return False
        self.reload_ballots()
        self.nominations_changed.emit()
        return True

    def reopen(self, reason: str | None = None) -> bool:
        b = self.current_ballot()
        if b is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getMultiLineText(self, self.tr("Mở lại phiếu bầu đã niêm phong"),
                                                       self.tr("Lý do mở lại (bắt buộc, được ghi nhật ký):"))
            if not ok:
                return False
        try:
            with self._db.factory.begin() as s:
                ballot_service.reopen_ballot(s, ballot_id=b.id, reason=reason)
        except AppError as exc:
            errors.show_error(self, exc)
            return False
        self.reload_ballots()
        self.nominations_changed.emit()
        return True

    def second_round(self) -> None:
        b = self.current_ballot()
        if b is None:
            return
        try:
            with self._db.factory.begin() as s:
                new_id = ballot_service.create_second_round(s, ballot_id=b.id)
        except AppError as exc:
            errors.show_error(self, exc)
            return
        self.reload_ballots()
        self.select_ballot(new_id)

    # ------------------------------------------------------------ exports (workers)
    def _export(self, label: str, path: str, job) -> None:
        db = self._db
        if not ensure_setup(self, db):  # no document without the agency's header
            return

        def task(progress, is_cancelled):
            with db.factory() as s:
                data = job[0](s)
            return job[1](data, path, progress=progress, is_cancelled=is_cancelled)

        run_with_progress(self, task, label=label,
                          on_done=lambda _r: errors.show_saved(self, Path(path), self.tr("Đã ghi tệp.")))

    def _export_ballot(self, path: str | None, ask: tuple[str, str, str], label: str, data, writer) -> None:
        """Write a document of the current ballot: `ask` = (dialog title, file name, filter);
        the file name is made the ballot's own (award, round) so each ballot's files differ."""
        b = self.current_ballot()
        if b is None:
            return
        title, name, filt = ask
        path = path or _ask_path(self, title, ballot_file_name(name, b), filt)
        if path:
            self._export(label, path, (lambda s: data(s, ballot_id=b.id), writer))

    def export_papers(self, path: str | None = None) -> None:
        from app.exports.ballot_papers import render_ballot_papers

        self._export_ballot(path, (self.tr("Lưu phiếu bầu"), self.tr("Phiếu bầu.pdf"), "PDF (*.pdf)"),
                            self.tr("Đang tạo phiếu bầu…"), ballot_service.ballot_paper_data, render_ballot_papers)

    def export_tally_minutes(self, path: str | None = None) -> None:
        from app.exports.minutes import render_tally_minutes

        self._export_ballot(path, (self.tr("Lưu biên bản kiểm phiếu"), self.tr("Biên bản kiểm phiếu.pdf"),
                                          "PDF (*.pdf)"),
                            self.tr("Đang tạo biên bản…"), ballot_service.tally_minutes_data, render_tally_minutes)

    def export_tally_minutes_word(self, path: str | None = None) -> None:
        from app.exports.word_documents import write_tally_minutes_docx

        self._export_ballot(path, (self.tr("Lưu biên bản kiểm phiếu"), "bien-ban-kiem-phieu.docx", "Word (*.docx)"),
                            self.tr("Đang tạo biên bản…"), ballot_service.tally_minutes_data, write_tally_minutes_docx)

    def export_meeting_minutes_word(self, path: str | None = None) -> None:
        from app.exports.word_documents import write_meeting_minutes_docx

        if self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        path = path or _ask_path(self, self.tr("Lưu biên bản họp"), "bien-ban-hop-hoi-dong.docx", "Word (*.docx)")
        if path:
            self._export(self.tr("Đang tạo biên bản…"), path,
                         (lambda s: ballot_service.meeting_minutes_data(s, meeting_id=meeting_id),
                          write_meeting_minutes_docx))

    def export_results(self, path: str | None = None) -> None:
        from app.exports.minutes import write_results_xlsx

        self._export_ballot(path, (self.tr("Lưu kết quả kiểm phiếu"), self.tr("Kết quả kiểm phiếu.xlsx"),
                                          "Excel (*.xlsx)"),
                            self.tr("Đang tạo tệp Excel…"), ballot_service.tally_minutes_data, write_results_xlsx)

    def export_meeting_minutes(self, path: str | None = None) -> None:
        from app.exports.minutes import render_meeting_minutes

        if self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        path = path or _ask_path(self, self.tr("Lưu biên bản họp"),
                                       self.tr("Biên bản họp Hội đồng %1.pdf").replace(
                                           "%1", f"{self.meeting.starts_at:%d-%m-%Y}"), "PDF (*.pdf)")
        if path:
            self._export(self.tr("Đang tạo biên bản…"), path,
                         (lambda s: ballot_service.meeting_minutes_data(s, meeting_id=meeting_id),
                          render_meeting_minutes))
