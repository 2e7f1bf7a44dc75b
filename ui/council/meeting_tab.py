"""MeetingTab ("Phiên họp"): the chosen meeting's time, place and quorum rule, the
attendance (present, absent, a written opinion) with the quorum check, the counting
committee, and the meeting minutes (PDF, Word) through the export flow. Reads and writes
through the operation idiom (writes announce COUNCIL). GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import ValidationFailed
from app.services import council as council_service
from app.services import documents
from ui import errors, theme
from ui.export_flow import DOCX, PDF, export_document
from ui.first_run import ensure_setup
from ui.labels import tr_label
from ui.operations import COUNCIL, CollectionOp, QueryOp
from ui.widgets import DateTimeEdit, ErrorLabel, FieldBox, fit_columns


class MeetingTab(QWidget):
    """One meeting. Emits quorum_changed(QuorumResult | None) after each load (the ballots
    tab warns when a ballot is made without a quorum)."""

    quorum_changed = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.meeting_id: int | None = None
        self.meeting: council_service.MeetingRow | None = None
        self.attendance: list[council_service.AttendanceRow] = []
        self.quorum: council_service.QuorumResult | None = None
        self._loading = False
        info = self._build_info()
        committee = self._build_committee()
        self._build_attendance()
        self._build_minutes_buttons()
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
        row = QHBoxLayout(self)
        row.addLayout(left, 3)
        row.addLayout(right, 2)

    # ------------------------------------------------------------ building
    def _build_info(self) -> QGroupBox:
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
        return info

    def _build_attendance(self) -> None:
        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("QuorumLabel")
        self.quorum_label.setWordWrap(True)
        self.attendance_table = QTableWidget(0, 4)
        self.attendance_table.setHorizontalHeaderLabels(
            [self.tr("Họ và tên"), self.tr("Chức danh"), self.tr("Tham dự"), self.tr("Ý kiến bằng văn bản")]
        )
        self.attendance_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.attendance_table.verticalHeader().hide()
        self.attendance_table.itemChanged.connect(self._on_opinion_changed)

    def _build_committee(self) -> QGroupBox:
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
        return committee

    def _build_minutes_buttons(self) -> None:
        self.meeting_minutes_button = QPushButton(self.tr("Biên bản họp Hội đồng (PDF)…"))
        self.meeting_minutes_button.clicked.connect(lambda: self.export_meeting_minutes())
        self.meeting_minutes_word_button = QPushButton(self.tr("Xuất Word…"))
        self.meeting_minutes_word_button.setToolTip(self.tr("Biên bản họp Hội đồng, tệp Word để sửa và ký"))
        self.meeting_minutes_word_button.clicked.connect(lambda: self.export_meeting_minutes_word())

    # ------------------------------------------------------------ loading
    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.reload_meeting()

    def reload_meeting(self) -> None:
        meeting_id = self.meeting_id
        enabled = meeting_id is not None
        for w in (
            self.save_meeting_button,
            self.save_committee_button,
            self.meeting_minutes_button,
            self.meeting_minutes_word_button,
        ):
            w.setEnabled(enabled)
        if not enabled:
            self._show(None)
            return

        def load(s):
            return (
                council_service.get_meeting(s, meeting_id),
                council_service.list_attendance(s, meeting_id=meeting_id),
                council_service.quorum(s, meeting_id=meeting_id),
            )

        QueryOp(parent=self, db=self._db, op=load, key="meeting", success=self._show).run_in_background()

    def _show(self, loaded) -> None:
        self._loading = True
        try:
            self.attendance_table.setRowCount(0)
            self.head_combo.clear()
            self.committee_list.clear()
            if loaded is None or loaded[0].id != self.meeting_id:
                self.attendance, self.meeting, self.quorum = [], None, None
                self.quorum_label.setText(self.tr("Chưa có phiên họp: chọn đợt xét rồi bấm «Tạo phiên họp…»."))
                self.quorum_label.setStyleSheet("")
                return
            m, self.attendance, q = loaded
            self.meeting, self.quorum = m, q
            self.starts_edit.set_date(m.starts_at)
            self.ends_edit.set_date(m.ends_at)
            self.place_edit.setText(m.place)
            self.quorum_num.setValue(m.quorum_num)
            self.quorum_den.setValue(m.quorum_den)
            self.quorum_label.setText(q.message)
            colour = theme.css("#1b5e20" if q.met else "#b71c1c")
            self.quorum_label.setStyleSheet(f"font-weight: bold; color: {colour};")
            self._fill_attendance()
        finally:
            self._loading = False
            self.quorum_changed.emit(self.quorum)

    def _fill_attendance(self) -> None:
        self.attendance_table.setRowCount(len(self.attendance))
        for i, a in enumerate(self.attendance):
            for col, text in ((0, a.full_name), (1, tr_label(a.role_label))):
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
        fit_columns(self.attendance_table)
        self.attendance_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    # ------------------------------------------------------------ writes
    def _write(self, op, *, failure=None) -> None:
        """A write of this meeting; the meeting reloads afterwards, also after an error."""

        def failed(exc: BaseException) -> None:
            if failure is None or not failure(exc):
                errors.show_error(self, exc)
            self.reload_meeting()

        CollectionOp(
            parent=self, db=self._db, changes={COUNCIL}, op=op, success=lambda _r: self.reload_meeting()
        ).failure(failed).run_in_background()

    def save_meeting(self) -> None:
        if self.meeting_id is None or self.meeting is None:
            return
        self.starts_box.set_error(
            self.starts_edit.error() or (None if self.starts_edit.value() else self.tr("chưa nhập thời gian bắt đầu"))
        )
        ends_error = self.ends_edit.error()
        starts, ends = self.starts_edit.value(), self.ends_edit.value()
        if ends_error is None and starts and ends and ends <= starts:
            ends_error = self.tr("giờ kết thúc phải sau giờ bắt đầu")
        self.ends_box.set_error(ends_error)
        if starts is None or ends_error:
            return
        m, meeting_id = self.meeting, self.meeting_id
        place, num, den = self.place_edit.text(), self.quorum_num.value(), self.quorum_den.value()
        self._write(
            lambda s: council_service.update_meeting(
                s,
                meeting_id=meeting_id,
                version=m.version,
                starts_at=starts,
                ends_at=ends,
                place=place,
                title=m.title,
                quorum_num=num,
                quorum_den=den,
                note=m.note,
            )
        )

    def set_status(self, row: int, status: str) -> None:
        if self._loading:
            return
        a, meeting_id = self.attendance[row], self.meeting_id
        if meeting_id is None:
            return
        opinion = a.opinion
        if status == "WRITTEN" and not opinion.strip():
            opinion = self.ask_opinion(a.full_name, opinion)
        self._write(
            lambda s: council_service.set_attendance(
                s, meeting_id=meeting_id, member_id=a.member_id, status=status, opinion=opinion
            )
        )

    def ask_opinion(self, name: str, opinion: str = "") -> str:
        """The content of a written opinion, asked when a member is marked absent with one
        (it goes into the meeting minutes under «Ý kiến bằng văn bản»). Empty when skipped."""
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Ý kiến bằng văn bản"),
            self.tr("Nội dung ý kiến bằng văn bản của %1 (có thể nhập sau ở cột «Ý kiến bằng văn bản»):").replace(
                "%1", name
            ),
            opinion,
        )
        return text.strip() if ok else opinion

    def _on_opinion_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 3:
            return
        row, text, meeting_id = item.row(), item.text(), self.meeting_id
        if meeting_id is None:
            return
        a = self.attendance[row]

        def saved(_r) -> None:
            if row < len(self.attendance) and self.attendance[row].member_id == a.member_id:
                self.attendance[row] = a._replace(opinion=text.strip())

        op = CollectionOp(
            parent=self,
            db=self._db,
            changes={COUNCIL},
            success=saved,
            op=lambda s: council_service.set_attendance(
                s, meeting_id=meeting_id, member_id=a.member_id, status=a.status, opinion=text
            ),
        )
        op.failure(self._write_failed)
        op.run_in_background()

    def _write_failed(self, exc: BaseException) -> None:
        errors.show_error(self, exc)
        self.reload_meeting()

    def save_committee(self) -> None:
        head, meeting_id = self.head_combo.currentData(), self.meeting_id
        if meeting_id is None:
            return
        members = [
            self.committee_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.committee_list.count())
            if self.committee_list.item(i).checkState() == Qt.CheckState.Checked
        ]

        def saved(_r) -> None:
            self.committee_error.set_error(None)
            self.reload_meeting()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationFailed):
                self.committee_error.set_error("; ".join(exc.fields.values()))
            else:
                errors.show_error(self, exc)

        CollectionOp(
            parent=self,
            db=self._db,
            changes={COUNCIL},
            success=saved,
            op=lambda s: council_service.set_committee(s, meeting_id=meeting_id, head_id=head, member_ids=members),
        ).failure(failed).run_in_background()

    # ------------------------------------------------------------ exports
    def _export_minutes(self, fmt, path) -> None:
        if self.meeting_id is None or not ensure_setup(self, self._db):  # no document without the agency's header
            return
        meeting_id = self.meeting_id
        day = f"{self.meeting.starts_at:%d-%m-%Y}" if self.meeting is not None else ""
        export_document(
            self,
            db=self._db,
            title=self.tr("Lưu biên bản họp"),
            document=self.tr("Biên bản họp Hội đồng %1").replace("%1", day).strip(),
            formats=(fmt,),
            write=lambda s, out: documents.export_meeting_minutes(s, meeting_id=meeting_id, out=out),
            done_text=self.tr("Đã ghi biên bản họp."),
            progress=self.tr("Đang tạo biên bản…"),
            path=path,
        )

    def export_meeting_minutes(self, path: str | None = None) -> None:
        """Biên bản họp Hội đồng as PDF."""
        self._export_minutes(PDF, path)

    def export_meeting_minutes_word(self, path: str | None = None) -> None:
        """Biên bản họp Hội đồng as Word, to edit and sign."""
        self._export_minutes(DOCX, path)
