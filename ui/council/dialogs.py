"""The council screen's dialogs: a Council member (from the staff registry or an outsider
with a unit) and a new ballot over one award group of the agenda. GUI thread; reads
through the operation idiom (ui/operations.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app.database import Database
from app.rules.codes import COUNCIL_ROLES
from app.services import council as council_service
from app.services import org as org_service
from ui.labels import tr_label
from ui.operations import QueryOp
from ui.widgets import DateEdit, ErrorLabel, UnitCombo


def ballot_document_name(document: str, ballot) -> str:
    """'Phiếu bầu' + the ballot → 'Phiếu bầu - Chiến sĩ thi đua cơ sở - vòng 1 - số 7': each
    ballot's papers, minutes and results get their own proposed name (the export flow adds
    the date and makes it distinct)."""
    return f"{document} - {ballot.award_name or ballot.title} - vòng {ballot.round_no} - số {ballot.id}"


class MemberDialog(QDialog):
    """Add or edit a Council member: a person of the staff registry (searched by name), or
    an outsider with his unit chosen from the unit tree — so conflicts of interest can be
    found (`nomination.conflicts_of_interest`). Role, position, term, note. Validation
    inline."""

    def __init__(
        self, db: Database, member: council_service.MemberRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Thành viên Hội đồng"))
        with db.factory() as s:  # measured 1.3 ms median on the demo (208 units)
            self._units = org_service.list_units(s)
        self.person_id = member.person_id if member else None
        self._build_kind_and_search()
        self._build_fields(member)
        self._build_layout()
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

    def _build_kind_and_search(self) -> None:
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

    def _build_fields(self, member: council_service.MemberRow | None) -> None:
        self.name = QLineEdit(member.full_name if member else "")
        self.unit = UnitCombo(
            self._units, allow_none=True, none_text=self.tr("(không thuộc đơn vị nào trong danh sách)")
        )
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
        self.conflict_hint = QLabel(
            self.tr(
                "Xung đột lợi ích được đánh dấu khi thành viên là người được đề nghị, làm việc cùng phòng/đơn vị "
                "trực tiếp với cá nhân được đề nghị, hoặc thuộc tập thể được đề nghị."
            )
        )
        self.conflict_hint.setWordWrap(True)

    def _build_layout(self) -> None:
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
        QueryOp(
            parent=self,
            db=self._db,
            key="search",
            success=self._show_found,
            op=lambda s: org_service.search_people(s, query=query, limit=50).rows,
        ).run_in_background()

    def _show_found(self, found) -> None:
        self.results.clear()
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
        self.person_id = person_id = item.data(Qt.ItemDataRole.UserRole)
        QueryOp(
            parent=self,
            db=self._db,
            key="person",
            success=self._show_person,
            op=lambda s: org_service.get_person(s, person_id),
        ).run_in_background()

    def _show_person(self, p) -> None:
        if p.id != self.person_id:
            return  # another person was chosen meanwhile
        self.name.setText(p.full_name)
        self.unit.set_unit_id(p.unit_id, self._units)
        if not self.position.text().strip():
            self.position.setText(", ".join(x for x in (p.position, p.unit_name) if x))

    def _on_ok(self) -> None:
        if self.staff_radio.isChecked() and self.person_id is None:
            self.error.set_error(
                self.tr("chọn một cán bộ trong kết quả tìm (hoặc chọn «Người ngoài danh sách cán bộ»)")
            )
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
        return council_service.MemberInput(
            self.name.text(),
            self.role.currentData(),
            person_id,
            unit_id,
            self.position.text(),
            self.term_start.date(),
            self.term_end.date(),
            self.note.text(),
        )


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
