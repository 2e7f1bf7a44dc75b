"""PrinterProfilesDialog: printer calibration — print the test sheet, type the offsets read
from it, save the profile in the database (app.services.printing). GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import AppError, StaleRecord, ValidationFailed
from app.services import printing
from ui import errors
from ui.widgets import FieldBox
from ui.widgets import ask_save_file_name


class PrinterProfilesDialog(QDialog):
    """Choose, create, edit or delete a printer profile."""

    def __init__(self, db: Database, template_key: str = "giay-khen", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._template_key = template_key
        self.setWindowTitle(self.tr("Căn chỉnh máy in"))
        self.profiles = QComboBox()
        self.profiles.currentIndexChanged.connect(self._on_pick)
        self.name = QLineEdit()
        self.name_box = FieldBox(self.name)
        self.spins: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("Hồ sơ:"), self.profiles)
        form.addRow(self.tr("Tên máy in:"), self.name_box)
        for key, label, lo, hi, step, dec in (
                ("offset_x_mm", self.tr("Lệch ngang X (mm, + sang phải):"), -30, 30, 0.1, 1),
                ("offset_y_mm", self.tr("Lệch dọc Y (mm, + xuống dưới):"), -30, 30, 0.1, 1),
                ("scale_x", self.tr("Tỉ lệ X:"), 0.8, 1.2, 0.001, 3),
                ("scale_y", self.tr("Tỉ lệ Y:"), 0.8, 1.2, 0.001, 3)):
            spin = QDoubleSpinBox()
            spin.setRange(lo, hi)
            spin.setSingleStep(step)
            spin.setDecimals(dec)
            self.spins[key] = spin
            form.addRow(label, spin)
        help_text = QLabel(self.tr(
            "1. Bấm «Tờ in thử…», in tờ đó ở tỉ lệ 100% (tắt «Vừa trang / Fit to page») trên khổ giấy của phôi.\n"
            "2. Đo bằng thước từ mép trái và mép trên tờ giấy đến tâm dấu số 1 (đúng ra là 20 mm; 20 mm).\n"
            "3. Nhập độ lệch = vị trí đúng − số đo. Ví dụ dấu in ra ở 21,5 mm thì lệch X = −1,5.\n"
            "4. In lại tờ thử với hồ sơ vừa lưu: mọi dấu phải nằm đúng vị trí ghi bên cạnh."))
        help_text.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Tờ in thử…"))
        self.test_button.clicked.connect(self._on_test_sheet)
        self.scan_button = QPushButton(self.tr("Đọc tờ in thử quét…"))  # issue 19: no ruler needed
        self.scan_button.clicked.connect(self._on_scan_sheet)
        self.new_button = QPushButton(self.tr("Hồ sơ mới"))
        self.new_button.clicked.connect(lambda: self.profiles.setCurrentIndex(0))
        self.delete_button = QPushButton(self.tr("Xóa hồ sơ"))
        self.delete_button.clicked.connect(self._on_delete)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for b in (self.test_button, self.scan_button, self.new_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_text)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.saved_name = ""
        self.reload()

    def reload(self, select: str = "") -> None:
        with self._db.factory() as s:
            self._rows = printing.list_printer_profiles(s)
        self.profiles.blockSignals(True)
        self.profiles.clear()
        self.profiles.addItem(self.tr("(hồ sơ mới)"), None)
        for r in self._rows:
            self.profiles.addItem(r.name, r.id)
        self.profiles.blockSignals(False)
        index = self.profiles.findText(select) if select else (1 if self._rows else 0)
        self.profiles.setCurrentIndex(max(0, index))
        self._on_pick()

    def _current(self):
        pid = self.profiles.currentData()
        return next((r for r in self._rows if r.id == pid), None)

    def _on_pick(self, *_args) -> None:
        r = self._current()
        self.name.setText(r.name if r else "")
        values = r._asdict() if r else {"offset_x_mm": 0.0, "offset_y_mm": 0.0, "scale_x": 1.0, "scale_y": 1.0}
        for key, spin in self.spins.items():
            spin.setValue(values[key])
        self.delete_button.setEnabled(r is not None)
        self.name_box.set_error(None)

    def profile(self) -> printing.ProfileData:
        return printing.ProfileData(self.name.text().strip(), *(self.spins[k].value() for k in
                                                                ("offset_x_mm", "offset_y_mm", "scale_x", "scale_y")))

    def save(self) -> bool:
        r = self._current()
        try:
            with self._db.factory.begin() as s:
                printing.save_printer_profile(s, data=self.profile(), profile_id=r.id if r else None,
                                              version=r.version if r else None)
        except ValidationFailed as exc:
            self.name_box.set_error(exc.fields.get("name"))
            return False
        except StaleRecord as exc:
            errors.show_error(self, exc)
            self.reload()
            return False
        except AppError as exc:
            errors.show_error(self, exc)
            return False
        self.saved_name = self.name.text().strip()
        self.reload(select=self.saved_name)
        return True

    def _on_save(self) -> None:
        if self.save():
            QMessageBox.information(self, self.tr("Đã lưu"), self.tr("Đã lưu hồ sơ máy in «%1».")
                                    .replace("%1", self.saved_name))

    def _on_delete(self) -> None:
        r = self._current()
        if r is None:
            return
        if QMessageBox.question(self, self.tr("Xóa hồ sơ"), self.tr("Xóa hồ sơ máy in «%1»?").replace("%1", r.name)) \
                != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._db.factory.begin() as s:
                printing.delete_printer_profile(s, profile_id=r.id, version=r.version)
        except AppError as exc:
            errors.show_error(self, exc)
        self.reload()

    def write_test_sheet(self, path: Path, *, with_profile: bool) -> Path:
        profile = self.profile() if with_profile and self.name.text().strip() else None
        with self._db.factory() as s:
            return printing.write_test_sheet(s, template_key=self._template_key, out=path, printer=profile)

    def _on_test_sheet(self) -> None:
        path, _ = ask_save_file_name(self, self.tr("Lưu tờ in thử"), "To in thu can chinh.pdf",
                                              self.tr("Tệp PDF (*.pdf)"))
        if not path:
            return
        try:
            out = self.write_test_sheet(Path(path), with_profile=self._current() is not None)
        except AppError as exc:
            errors.show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("Đã ghi tờ in thử"), self.tr(
            "Đã ghi %1. In tệp này ở tỉ lệ 100% (tắt «Vừa trang / Fit to page»).").replace("%1", str(out)))

    def _on_scan_sheet(self) -> None:
        from ui.printing.scan_calibration import read_scanned_test_sheet

        read_scanned_test_sheet(self)
