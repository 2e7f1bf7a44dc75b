"""UnitDialog: add or edit a unit, with inline validation (app.rules.person.validate_unit)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import StaleRecord, ValidationFailed
from app.rules.codes import UNIT_KINDS
from app.rules.person import MAX_LEN, UnitInput, validate_unit
from app.services import org
from app.services.org import UnitRow, subtree_ids
from ui import errors
from ui.labels import tr_label
from ui.operations import UNITS, CollectionOp
from ui.widgets import FieldBox, UnitCombo


class UnitDialog(QDialog):
    """Add (`unit=None`) or edit a unit; saves on OK (`saved_id`). GUI thread."""

    def __init__(
        self,
        db: Database,
        units: list[UnitRow],
        unit: UnitRow | None = None,
        *,
        default_parent_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._unit = unit
        self.saved_id: int | None = None
        self._touched: set[str] = set()
        self.setWindowTitle(self.tr("Sửa đơn vị") if unit else self.tr("Thêm đơn vị"))
        self.code = QLineEdit()
        self.code.setMaxLength(MAX_LEN["code"])
        self.name = QLineEdit()
        self.name.setMinimumWidth(320)
        self.kind = QComboBox()
        for code, label in UNIT_KINDS.items():
            self.kind.addItem(tr_label(label), code)
        exclude = subtree_ids(units, unit.id) if unit else None
        self.parent_unit = UnitCombo(
            units, allow_none=True, none_text=self.tr("(không có — cấp cao nhất)"), exclude=exclude
        )
        self.boxes = {
            n: FieldBox(getattr(self, w))
            for n, w in (("code", "code"), ("name", "name"), ("kind", "kind"), ("parent_id", "parent_unit"))
        }
        form = QFormLayout()
        form.addRow(self.tr("Mã đơn vị:"), self.boxes["code"])
        form.addRow(self.tr("Tên đơn vị:"), self.boxes["name"])
        form.addRow(self.tr("Loại:"), self.boxes["kind"])
        form.addRow(self.tr("Đơn vị cấp trên:"), self.boxes["parent_id"])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Lưu"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        if unit is not None:
            self.code.setText(unit.code)
            self.name.setText(unit.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(unit.kind)))
            self.parent_unit.set_unit_id(unit.parent_id)
            self._touched = set(self.boxes)
        else:
            kinds = list(UNIT_KINDS)
            parent_kind = next((u.kind for u in units if u.id == default_parent_id), None)
            kind = kinds[min(kinds.index(parent_kind) + 1, len(kinds) - 1)] if parent_kind in kinds else "CO_QUAN"
            self.kind.setCurrentIndex(self.kind.findData(kind))
            self.parent_unit.set_unit_id(default_parent_id)
        self.code.textEdited.connect(lambda _t: self._on_edited("code"))
        self.name.textEdited.connect(lambda _t: self._on_edited("name"))
        self.kind.currentIndexChanged.connect(lambda _i: self._on_edited("kind"))
        self.parent_unit.unit_changed.connect(lambda: self._on_edited("parent_id"))
        self._validate()

    def collect(self) -> UnitInput:
        return UnitInput(
            code=self.code.text(),
            name=self.name.text(),
            kind=self.kind.currentData() or "",
            parent_id=self.parent_unit.unit_id(),
        ).cleaned()

    def _on_edited(self, name: str) -> None:
        self._touched.add(name)
        self._validate()

    def _validate(self, extra: dict[str, str] | None = None) -> bool:
        found = validate_unit(self.collect())
        if not self.parent_unit.is_valid():
            found["parent_id"] = self.tr("chọn một đơn vị trong danh sách")
        if extra:
            found.update(extra)
            self._touched.update(extra)
        for name, box in self.boxes.items():
            box.set_error(found.get(name) if name in self._touched else None)
        self.ok_button.setEnabled(not found)
        return not found

    def _on_ok(self) -> None:
        self._touched = set(self.boxes)
        if not self._validate():
            return
        data = self.collect()
        unit = self._unit

        def op(session) -> int:
            if unit is None:
                return org.create_unit(session, data=data)
            org.update_unit(session, unit_id=unit.id, version=unit.version, data=data)
            return unit.id

        CollectionOp(parent=self, db=self._db, op=op, changes={UNITS}, success=self._on_saved).failure(
            self._on_save_failed
        ).run_in_background()

    def _on_saved(self, unit_id: int) -> None:
        self.saved_id = unit_id
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            self._validate(extra=exc.fields)
            self.ok_button.setEnabled(True)
        elif isinstance(exc, StaleRecord):
            QMessageBox.warning(self, self.tr("Đơn vị đã bị thay đổi"), exc.message())
        else:
            errors.show_error(self, exc)
