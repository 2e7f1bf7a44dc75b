"""PersonDialog: add or edit one person, with inline validation (app.rules.person)."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import StaleRecord, ValidationFailed
from app.rules.codes import GENDERS, LEADER_LEVELS, STAFF_CATEGORIES
from app.rules.person import MAX_LEN, PersonInput, validate_person
from app.services import org
from app.services.org import PersonRow, UnitRow
from ui import errors
from ui.labels import tr_label
from ui.operations import PEOPLE, CollectionOp, QueryOp
from ui.widgets import DateEdit, FieldBox, UnitCombo


class PersonDialog(QDialog):
    """Add (`person=None`) or edit a person. Saves in its own transaction on OK; after
    `accept()`, `saved_id` holds the person's id. GUI thread."""

    def __init__(
        self,
        db: Database,
        units: list[UnitRow],
        person: PersonRow | None = None,
        *,
        default_unit_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._units = units
        self._person = person
        self.saved_id: int | None = None
        self._touched: set[str] = set()
        self._loading = False
        self.setWindowTitle(self.tr("Sửa hồ sơ cán bộ") if person else self.tr("Thêm cán bộ"))

        self.code = QLineEdit()
        self.code.setMaxLength(MAX_LEN["code"])
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(MAX_LEN["full_name"] + 20)
        self.full_name.setPlaceholderText(self.tr("ví dụ: Nguyễn Thị Thu Hà"))
        self.gender = QComboBox()
        self.gender.setPlaceholderText(self.tr("— chọn —"))
        for code, label in GENDERS.items():
            self.gender.addItem(tr_label(label), code)
        self.gender.setCurrentIndex(-1)
        self.birth = DateEdit()
        self.year_only = QCheckBox(self.tr("Chỉ biết năm sinh"))
        self.ethnicity = QLineEdit()
        self.ethnicity.setMaxLength(MAX_LEN["ethnicity"])
        self.unit = UnitCombo(units)
        self.position = QLineEdit()
        self.position.setMaxLength(MAX_LEN["position"])
        self.leader_level = QComboBox()
        for code, label in LEADER_LEVELS.items():
            self.leader_level.addItem(tr_label(label), code)
        self.staff_category = QComboBox()
        for code, label in STAFF_CATEGORIES.items():
            self.staff_category.addItem(tr_label(label), code)
        self.active_from = DateEdit()
        self.active_to = DateEdit()
        self.leader_level.setMinimumContentsLength(20)
        self.leader_level.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.boxes: dict[str, FieldBox] = {}
        for name in (
            "code",
            "full_name",
            "gender",
            "ethnicity",
            "unit",
            "position",
            "leader_level",
            "staff_category",
            "active_from",
            "active_to",
        ):
            self.boxes[name] = FieldBox(getattr(self, name))
        birth_row = QWidget()
        bl = QHBoxLayout(birth_row)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.birth, 1)
        bl.addWidget(self.year_only)
        self.boxes["birth"] = FieldBox(birth_row)
        self.boxes["birth"].field = self.birth  # the red border goes on the line edit

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        left = [
            ("code", self.tr("Mã cán bộ")),
            ("full_name", self.tr("Họ và tên")),
            ("gender", self.tr("Giới tính")),
            ("birth", self.tr("Ngày sinh")),
            ("ethnicity", self.tr("Dân tộc")),
            ("staff_category", self.tr("Đối tượng")),
        ]
        right = [
            ("unit", self.tr("Đơn vị")),
            ("position", self.tr("Chức vụ")),
            ("leader_level", self.tr("Cấp lãnh đạo")),
            ("active_from", self.tr("Bắt đầu công tác")),
            ("active_to", self.tr("Thôi công tác")),
        ]
        self.labels: dict[str, QLabel] = {}
        for col, items in ((0, left), (2, right)):
            for row, (name, text) in enumerate(items):
                caption = QLabel(text + ":")
                caption.setBuddy(self.boxes[name].field)
                caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                caption.setContentsMargins(0, 4, 0, 0)
                self.labels[name] = caption
                grid.addWidget(caption, row, col)
                grid.addWidget(self.boxes[name], row, col + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(1, 220)
        grid.setColumnMinimumWidth(3, 260)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Lưu"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        # Tab order follows reading order: the left column, then the right one.
        chain = [
            self.code,
            self.full_name,
            self.gender,
            self.birth,
            self.year_only,
            self.ethnicity,
            self.staff_category,
            self.unit,
            self.position,
            self.leader_level,
            self.active_from,
            self.active_to,
            self.ok_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

        for name, widget in (
            ("code", self.code),
            ("full_name", self.full_name),
            ("ethnicity", self.ethnicity),
            ("position", self.position),
            ("active_from", self.active_from),
            ("active_to", self.active_to),
            ("birth", self.birth),
        ):
            widget.textEdited.connect(lambda _t, n=name: self._on_edited(n))
        for name, combo in (
            ("gender", self.gender),
            ("leader_level", self.leader_level),
            ("staff_category", self.staff_category),
        ):
            combo.currentIndexChanged.connect(lambda _i, n=name: self._on_edited(n))
        self.unit.unit_changed.connect(lambda: self._on_edited("unit"))
        self.year_only.toggled.connect(self._on_year_only)

        self._load(person, default_unit_id)
        self.code.setFocus()

    # -- loading
    def _load(self, person: PersonRow | None, default_unit_id: int | None = None) -> None:
        self._loading = True
        try:
            if person is None:
                self.ethnicity.setText(self.tr("Kinh"))
                self.unit.set_unit_id(default_unit_id, self._units)
                self.leader_level.setCurrentIndex(0)
                self.staff_category.setCurrentIndex(0)
            else:
                self.code.setText(person.code)
                self.full_name.setText(person.full_name)
                self.gender.setCurrentIndex(self.gender.findData(person.gender))
                self.year_only.setChecked(person.birth_date is None and person.birth_year is not None)
                if person.birth_date:
                    self.birth.set_date(person.birth_date)
                else:
                    self.birth.setText(str(person.birth_year) if person.birth_year else "")
                self.ethnicity.setText(person.ethnicity)
                self.position.setText(person.position)
                self.leader_level.setCurrentIndex(max(0, self.leader_level.findData(person.leader_level)))
                self.staff_category.setCurrentIndex(max(0, self.staff_category.findData(person.staff_category)))
                self.unit.set_unit_id(person.unit_id, self._units)
                self.active_from.set_date(person.active_from)
                self.active_to.set_date(person.active_to)
                self._touched = set(self.boxes)
        finally:
            self._loading = False
        self._on_year_only(self.year_only.isChecked(), initial=True)
        self._validate()

    def _on_year_only(self, checked: bool, initial: bool = False) -> None:
        self.birth.setPlaceholderText(self.tr("năm, ví dụ 1985") if checked else self.tr("ngày/tháng/năm"))
        self.birth.setMaxLength(4 if checked else 10)
        if not initial:
            self._on_edited("birth")

    def _on_edited(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self._validate()

    # -- validation
    def collect(self) -> tuple[PersonInput, dict[str, str]]:
        """The input as typed and the errors of fields that could not even be parsed."""
        parse_errors: dict[str, str] = {}
        birth_date = birth_year = None
        text = self.birth.text().strip()
        if self.year_only.isChecked():
            if text:
                if text.isdigit() and len(text) == 4:
                    birth_year = int(text)
                else:
                    parse_errors["birth"] = self.tr("nhập năm gồm 4 chữ số")
        else:
            try:
                birth_date = self.birth.date()
            except ValueError as exc:
                parse_errors["birth"] = str(exc)
        dates = {}
        for name in ("active_from", "active_to"):
            try:
                dates[name] = getattr(self, name).date()
            except ValueError as exc:
                parse_errors[name] = str(exc)
                dates[name] = None
        data = PersonInput(
            code=self.code.text(),
            full_name=self.full_name.text(),
            gender=self.gender.currentData() or "",
            unit_id=self.unit.unit_id(),
            birth_date=birth_date,
            birth_year=birth_year,
            ethnicity=self.ethnicity.text(),
            position=self.position.text(),
            leader_level=self.leader_level.currentData() or "",
            staff_category=self.staff_category.currentData() or "",
            active_from=dates["active_from"],
            active_to=dates["active_to"],
        ).cleaned()
        return data, parse_errors

    @staticmethod
    def _box_of(field: str) -> str:
        return {"birth_date": "birth", "birth_year": "birth", "unit_id": "unit"}.get(field, field)

    def current_errors(self) -> dict[str, str]:
        """Box name → reason, for every problem (touched or not)."""
        data, parse_errors = self.collect()
        found: dict[str, str] = {}
        for field, reason in validate_person(data, today=_dt.date.today()).items():
            found.setdefault(self._box_of(field), reason)
        found.update(parse_errors)
        return found

    def _validate(self, extra: dict[str, str] | None = None, *, show_all: bool = False) -> bool:
        found = self.current_errors()
        if extra:
            found.update({self._box_of(k): v for k, v in extra.items()})
            self._touched.update(found)
        for name, box in self.boxes.items():
            visible = name in self._touched or show_all
            box.set_error(found.get(name) if visible else None)
        self.ok_button.setEnabled(not found)
        hidden = [n for n in found if n not in self._touched and not show_all]
        self.hint.setText(self.tr("Điền các trường bắt buộc: mã, họ tên, giới tính, đơn vị.") if hidden else "")
        self.hint.setVisible(bool(hidden))
        return not found

    # -- saving
    def _on_ok(self) -> None:
        if not self._validate(show_all=True):
            return
        data, _ = self.collect()
        person = self._person

        def op(session) -> int:
            if person is None:
                return org.create_person(session, data=data)
            org.update_person(session, person_id=person.id, version=person.version, data=data)
            return person.id

        CollectionOp(parent=self, db=self._db, op=op, changes={PEOPLE}, success=self._on_saved).failure(
            self._on_save_failed
        ).run_in_background()

    def _on_saved(self, person_id: int) -> None:
        self.saved_id = person_id
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            self._show_server_errors(exc.fields)
        elif isinstance(exc, StaleRecord):
            self._on_stale(exc)
        else:
            errors.show_error(self, exc)

    def _show_server_errors(self, fields: dict[str, str]) -> None:
        self._validate(extra=fields)
        self.ok_button.setEnabled(True)  # the clash (e.g. a used code) may be fixed by typing
        for name in fields:
            box = self.boxes.get(self._box_of(name))
            if box is not None:
                box.field.setFocus()
                break

    def _on_stale(self, exc: StaleRecord) -> None:
        if self._ask_reload(exc.message()):
            self.reload()

    def _ask_reload(self, message: str) -> bool:
        """Say who changed the record; True when the user wants the stored version."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Hồ sơ đã bị thay đổi"),
            message,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        reload_button = box.addButton(self.tr("Tải lại"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Để sau"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload_button)
        box.exec()
        return box.clickedButton() is reload_button

    def reload(self) -> None:
        """Load the stored record again (the user's unsaved edits are dropped)."""
        if self._person is None:
            return
        person_id = self._person.id

        def loaded(person: PersonRow) -> None:
            self._person = person
            self._load(person)

        QueryOp(parent=self, db=self._db, op=lambda s: org.get_person(s, person_id), success=loaded).run_in_background()

    @property
    def person(self) -> PersonRow | None:
        return self._person
