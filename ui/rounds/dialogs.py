"""Dialogs of the "Đợt xét" screen: a movement (with criteria and points) and a review
round (dates, deadline, movement). GUI thread; saved through app.services.movement."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.services import movement
from app.services.movement import MOVEMENT_KINDS, MovementRow, RoundRow
from app.services.org import UnitRow
from ui.history.forms import FormDialog, parse_year
from ui.history.record_dialogs import code_combo, select_data
from ui.widgets import DateEdit, UnitCombo


class CriteriaEditor(QWidget):
    """Criteria (name, max points) as an editable table with Thêm / Xóa dòng."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Tiêu chí"), self.tr("Điểm tối đa")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().resizeSection(1, 90)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(150)
        add = QPushButton(self.tr("Thêm tiêu chí"))
        remove = QPushButton(self.tr("Xóa tiêu chí"))
        add.clicked.connect(lambda: self.add_row("", ""))
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.total = QPushButton()
        self.total.setFlat(True)
        self.total.setEnabled(False)
        buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(lambda _i: self._update_total())

    def add_row(self, name: str, points) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(str(points)))
        self._update_total()

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows:
            self.table.removeRow(r)
        self._update_total()

    def rows(self) -> list[tuple[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            name_item, points_item = self.table.item(r, 0), self.table.item(r, 1)
            name = name_item.text() if name_item else ""
            points = points_item.text() if points_item else ""
            out.append((name.strip(), points.strip().replace(",", ".")))
        return out

    def _update_total(self) -> None:
        total = Decimal(0)
        for _n, p in self.rows():
            try:
                total += Decimal(p or "0")
            except InvalidOperation:
                pass
        self.total.setText(self.tr("Tổng: %1 điểm").replace("%1", f"{total.normalize():f}"))


class MovementDialog(FormDialog):
    """Add or edit an emulation movement (phong trào thi đua)."""

    def __init__(
        self, db: Database, *, units: list[UnitRow], row: MovementRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, self.tr("Sửa phong trào thi đua") if row else self.tr("Thêm phong trào thi đua"), parent)
        self._row = row
        self.name = self.add_field("name", self.tr("Tên phong trào"), QLineEdit())
        self.name.setMinimumWidth(380)
        self.kind = self.add_field("kind", self.tr("Loại"), code_combo(MOVEMENT_KINDS))
        self.start_date = self.add_field("start_date", self.tr("Từ ngày"), DateEdit())
        self.end_date = self.add_field("end_date", self.tr("Đến ngày"), DateEdit())
        self.launching_unit_id = self.add_field(
            "launching_unit_id",
            self.tr("Đơn vị phát động"),
            UnitCombo(units, allow_none=True, none_text=self.tr("(không ghi)")),
        )
        self.plan_number = self.add_field("plan_number", self.tr("Số kế hoạch"), QLineEdit())
        self.description = self.add_field("description", self.tr("Nội dung"), QLineEdit())
        self.criteria = CriteriaEditor()
        self.add_field("criteria", self.tr("Tiêu chí chấm điểm"), self.criteria)
        self.criteria.table.itemChanged.connect(lambda _i: self._on_edited("criteria"))
        if row is not None:
            self.name.setText(row.name)
            select_data(self.kind, row.kind)
            self.start_date.set_date(row.start_date)
            self.end_date.set_date(row.end_date)
            self.launching_unit_id.set_unit_id(row.launching_unit_id, units)
            self.plan_number.setText(row.plan_number)
            self.description.setText(row.description)
            for c in row.criteria:
                self.criteria.add_row(c.name, f"{c.max_points.normalize():f}")
        else:
            self.launching_unit_id.setCurrentIndex(0)
        self.finish()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.name.text().strip():
            errors["name"] = self.tr("không được để trống")
        dates = {}
        for name in ("start_date", "end_date"):
            try:
                dates[name] = getattr(self, name).date()
            except ValueError as exc:
                errors[name] = str(exc)
        if dates.get("start_date") and dates.get("end_date") and dates["end_date"] < dates["start_date"]:
            errors["end_date"] = self.tr("phải từ ngày bắt đầu trở đi")
        if not self.launching_unit_id.is_valid():
            errors["launching_unit_id"] = self.tr("chọn một đơn vị trong danh sách")
        for n, (cname, points) in enumerate(self.criteria.rows(), start=1):
            if not cname:
                errors["criteria"] = self.tr("tiêu chí thứ %1 chưa có tên").replace("%1", str(n))
                break
            try:
                if Decimal(points) < 0:
                    raise InvalidOperation
            except InvalidOperation:
                errors["criteria"] = self.tr("điểm tối đa của tiêu chí thứ %1 phải là số không âm").replace(
                    "%1", str(n)
                )
                break
        return errors

    def save(self, session):
        values = dict(
            name=self.name.text(),
            kind=self.kind.currentData(),
            start_date=self.start_date.date(),
            end_date=self.end_date.date(),
            launching_unit_id=self.launching_unit_id.unit_id(),
            plan_number=self.plan_number.text(),
            description=self.description.text(),
            criteria=[(n, Decimal(p)) for n, p in self.criteria.rows()],
        )
        if self._row is None:
            return movement.create_movement(session, **values)
        movement.update_movement(session, movement_id=self._row.id, version=self._row.version, **values)
        return self._row.id


class RoundDialog(FormDialog):
    """Add or edit a review round (đợt xét): year, review date, deadline, meeting."""

    def __init__(
        self,
        db: Database,
        *,
        movements: list[MovementRow],
        row: RoundRow | None = None,
        default_year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, self.tr("Sửa đợt xét") if row else self.tr("Thêm đợt xét"), parent)
        self._row = row
        self.intro.setText(self.tr("Đề nghị của đợt được kiểm tra theo bộ quy tắc có hiệu lực vào ngày xét."))
        self.intro.show()
        self.name = self.add_field("name", self.tr("Tên đợt xét"), QLineEdit())
        self.name.setMinimumWidth(340)
        self.year = self.add_field("year", self.tr("Năm thành tích"), QLineEdit())
        self.year.setMaxLength(4)
        self.review_date = self.add_field("review_date", self.tr("Ngày xét"), DateEdit())
        self.submission_deadline = self.add_field("submission_deadline", self.tr("Hạn nộp hồ sơ"), DateEdit())
        self.meeting_date = self.add_field("meeting_date", self.tr("Ngày họp Hội đồng"), DateEdit())
        combo = QComboBox()
        combo.addItem(self.tr("(không gắn phong trào)"), None)
        for m in movements:
            combo.addItem(m.name, m.id)
        combo.setMinimumContentsLength(30)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.movement_id = self.add_field("movement_id", self.tr("Phong trào"), combo)
        self.note = self.add_field("note", self.tr("Ghi chú"), QLineEdit())
        if row is not None:
            self.name.setText(row.name)
            self.year.setText(str(row.year))
            self.review_date.set_date(row.review_date)
            self.submission_deadline.set_date(row.submission_deadline)
            self.meeting_date.set_date(row.meeting_date)
            select_data(self.movement_id, row.movement_id)
            self.note.setText(row.note)
        elif default_year is not None:
            self.year.setText(str(default_year))
            self.name.setText(self.tr("Đợt xét khen thưởng năm %1").replace("%1", str(default_year)))
        self.finish()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        try:
            year = parse_year(self.year.text())
        except ValueError as exc:
            errors["year"] = str(exc)
            year = None
        if not self.name.text().strip():
            errors["name"] = self.tr("không được để trống")
        dates = {}
        for name in ("review_date", "submission_deadline", "meeting_date"):
            try:
                dates[name] = getattr(self, name).date()
            except ValueError as exc:
                errors[name] = str(exc)
        review, deadline, meeting = (dates.get(k) for k in ("review_date", "submission_deadline", "meeting_date"))
        if "review_date" not in errors and review is None:
            errors["review_date"] = self.tr("chưa nhập")
        elif review and year and review.year < year:
            errors["review_date"] = self.tr("phải từ năm %1 trở đi").replace("%1", str(year))
        if deadline and review and deadline > review:
            errors["submission_deadline"] = self.tr("phải trước hoặc bằng ngày xét")
        if meeting and deadline and meeting < deadline:
            errors["meeting_date"] = self.tr("phải sau hạn nộp hồ sơ")
        return errors

    def save(self, session):
        values = dict(
            name=self.name.text(),
            year=int(self.year.text()),
            review_date=self.review_date.date(),
            submission_deadline=self.submission_deadline.date(),
            meeting_date=self.meeting_date.date(),
            movement_id=self.movement_id.currentData(),
            note=self.note.text(),
        )
        if self._row is None:
            return movement.create_round(session, **values)
        movement.update_round(
            session, round_id=self._row.id, version=self._row.version, council_id=self._row.council_id, **values
        )
        return self._row.id
