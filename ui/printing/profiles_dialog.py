"""PrinterProfilesDialog: printer calibration — print the test sheet, type where its marks
landed (the ruler's reading), the program computes the offsets; save the profile in the
database (app.services.printing). GUI thread."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import StaleRecord, ValidationFailed
from app.services import printing
from ui import errors
from ui.export_flow import PDF, export_document
from ui.operations import PRINTING, CollectionOp, QueryOp
from ui.widgets import DecimalEdit, ErrorLabel, FieldBox, format_decimal


def _signed(value: float) -> str:
    text = format_decimal(value, 2)
    return text if text.startswith("-") or text == "0" else "+" + text


class PrinterProfilesDialog(QDialog):
    """Choose, create, calibrate or delete a printer profile. The clerk types where the
    test sheet's marks LANDED (what the ruler shows, from the paper's left and top edges to
    the centre of each mark); the program computes the offsets (`printing.calibrate_profile`)
    — there is no sign to get backwards."""

    MEASURED = (1, 3, 5, 7, 9)  # the corners and the centre: enough for offset and scale

    def __init__(self, db: Database, template_key: str = "giay-khen", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._template_key = template_key
        self.setWindowTitle(self.tr("Căn chỉnh máy in"))
        with db.factory() as s:  # measured 1.0 ms median on the demo (template JSON + saved boxes)
            targets = {n: (x, y) for n, x, y in printing.test_sheet_targets(s, template_key=template_key)}
        self.targets = {n: targets[n] for n in self.MEASURED if n in targets}
        form = self._build_profile()
        grid = self._build_readings()
        self._build_result()
        row = self._build_actions()
        help_text = QLabel(
            self.tr(
                "1. Bấm «Tờ in thử…», in tờ đó ở tỉ lệ 100% (tắt «Vừa trang / Fit to page») trên khổ giấy của phôi.\n"
                "2. Dùng thước đo từ mép trái và mép trên tờ giấy đến tâm mỗi dấu.\n"
                "3. Nhập số đo (vị trí dấu in ra, đúng như thước chỉ) vào bảng dưới; dấu nào không đo thì để trống. "
                "Chương trình tự tính độ lệch.\n"
                "4. Lưu, in lại tờ thử với hồ sơ vừa lưu: mọi dấu phải nằm đúng vị trí ghi bên cạnh."
            )
        )
        help_text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(help_text)
        layout.addLayout(grid)
        layout.addWidget(self.through_profile)
        layout.addWidget(self.measure_error)
        layout.addWidget(self.result_label)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.saved_name = ""
        self._stored: printing.ProfileData | None = None
        self.scanned: printing.ProfileData | None = None  # read from a scanned test sheet (issue 19)
        self.reload()

    # ------------------------------------------------------------ building
    def _build_profile(self) -> QFormLayout:
        self.profiles = QComboBox()
        self.profiles.currentIndexChanged.connect(self._on_pick)
        self.name = QLineEdit()
        self.name_box = FieldBox(self.name)
        form = QFormLayout()
        form.addRow(self.tr("Hồ sơ:"), self.profiles)
        form.addRow(self.tr("Tên máy in:"), self.name_box)
        return form

    def _build_readings(self) -> QGridLayout:
        """Per measured mark: where it is printed, and the two readings typed."""
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Dấu")), 0, 0)
        grid.addWidget(QLabel(self.tr("In ở (x; y)")), 0, 1)
        grid.addWidget(QLabel(self.tr("Đo được x (mm)")), 0, 2)
        grid.addWidget(QLabel(self.tr("Đo được y (mm)")), 0, 3)
        self.measured: dict[int, tuple[DecimalEdit, DecimalEdit]] = {}
        for row, (n, (x, y)) in enumerate(self.targets.items(), start=1):
            grid.addWidget(QLabel(str(n)), row, 0)
            grid.addWidget(QLabel(f"{format_decimal(x)}; {format_decimal(y)}"), row, 1)
            edits = []
            for col, expected in ((2, x), (3, y)):
                edit = DecimalEdit(
                    places=1, unit="mm", plausible=(Decimal(str(expected)) - 10, Decimal(str(expected)) + 10)
                )
                edit.setPlaceholderText(format_decimal(expected))
                edit.setAccessibleName(
                    self.tr("Dấu %1, %2 đo được").replace("%1", str(n)).replace("%2", "x" if col == 2 else "y")
                )
                edit.textChanged.connect(self._update_result)
                grid.addWidget(edit, row, col)
                edits.append(edit)
            self.measured[n] = (edits[0], edits[1])
        return grid

    def _build_result(self) -> None:
        self.through_profile = QCheckBox(self.tr("Tờ in thử này đã in qua hồ sơ đang chọn"))
        self.through_profile.toggled.connect(self._update_result)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setObjectName("CalibrationResult")
        self.measure_error = ErrorLabel()

    def _build_actions(self) -> QHBoxLayout:
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
        return row

    # ------------------------------------------------------------ loading
    def reload(self, select: str = "") -> None:
        QueryOp(
            parent=self,
            db=self._db,
            op=printing.list_printer_profiles,
            key="profiles",
            success=lambda rows: self._show_profiles(rows, select),
        ).run_in_background()

    def _show_profiles(self, rows, select: str) -> None:
        self._rows = rows
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
        self._stored = printing.ProfileData(r.name, r.offset_x_mm, r.offset_y_mm, r.scale_x, r.scale_y) if r else None
        self.scanned = None
        for x_edit, y_edit in self.measured.values():
            x_edit.set_value(None)
            y_edit.set_value(None)
        self.through_profile.blockSignals(True)
        self.through_profile.setChecked(r is not None)
        self.through_profile.setEnabled(r is not None)
        self.through_profile.blockSignals(False)
        self.delete_button.setEnabled(r is not None)
        self.name_box.set_error(None)
        self._update_result()

    def readings(self) -> list[tuple[float, float, float | None, float | None]]:
        """(printed x, y, measured x, y) of the targets with a reading (their numbers in
        `self.read_marks`); raises ValueError naming the mark whose text is not a number."""
        out = []
        self.read_marks: list[int] = []
        for n, (x_edit, y_edit) in self.measured.items():
            values = []
            for axis, edit in (("x", x_edit), ("y", y_edit)):
                try:
                    v = edit.decimal()
                except ValueError as exc:
                    raise ValueError(
                        self.tr("Dấu %1, %2: %3").replace("%1", str(n)).replace("%2", axis).replace("%3", str(exc))
                    ) from None
                values.append(float(v) if v is not None else None)
            if values != [None, None]:
                ex, ey = self.targets[n]
                out.append((ex, ey, values[0], values[1]))
                self.read_marks.append(n)
        return out

    def profile(self) -> printing.ProfileData:
        """The profile to save: computed from the readings when any were typed, else the one
        read from a scanned test sheet, else the stored one (renamed), else no correction.
        Raises ValueError / ValidationFailed."""
        name = self.name.text().strip()
        readings = self.readings()
        if readings:
            applied = self._stored if (self._stored is not None and self.through_profile.isChecked()) else None
            return printing.calibrate_profile(name, readings, applied=applied, marks=self.read_marks)
        if self.scanned is not None:
            return dataclasses.replace(self.scanned, name=name)
        if self._stored is not None:
            return dataclasses.replace(self._stored, name=name)
        return printing.ProfileData(name)

    def _update_result(self, *_args) -> None:
        try:
            p = self.profile()
        except ValueError as exc:
            self.measure_error.set_error(str(exc))
            self.result_label.setText("")
            return
        except ValidationFailed as exc:
            self.measure_error.set_error("; ".join(exc.fields.values()))
            self.result_label.setText("")
            return
        doubts = [d for pair in self.measured.values() for e in pair if (d := e.doubtful())]
        self.measure_error.set_error("; ".join(doubts) if doubts else None)
        source = (
            self.tr("tính từ số đo")
            if self.readings()
            else self.tr("đọc từ bản quét")
            if self.scanned is not None
            else self.tr("đang lưu")
        )
        self.result_label.setText(
            self.tr("Hiệu chỉnh (%1): lệch ngang %2 mm, lệch dọc %3 mm, tỉ lệ %4 × %5.")
            .replace("%1", source)
            .replace("%2", _signed(p.offset_x_mm))
            .replace("%3", _signed(p.offset_y_mm))
            .replace("%4", format_decimal(p.scale_x, 4))
            .replace("%5", format_decimal(p.scale_y, 4))
        )

    def save(self, then=None) -> None:
        """Save the profile off the GUI thread; once saved, `saved_name` is its name, the list
        reloads with it chosen and `then()` runs. A bad reading or a name already taken is
        shown in the dialog and nothing is written."""
        r = self._current()
        try:
            data = self.profile()
        except ValueError as exc:
            self.measure_error.set_error(str(exc))
            return
        except ValidationFailed as exc:
            self.measure_error.set_error("; ".join(exc.fields.values()))
            return
        name = self.name.text().strip()

        def saved(_r) -> None:
            self.name_box.set_error(None)
            self.saved_name = name
            self.reload(select=name)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationFailed):
                self.name_box.set_error(exc.fields.get("name"))
                return
            errors.show_error(self, exc)
            if isinstance(exc, StaleRecord):
                self.reload()

        CollectionOp(
            parent=self,
            db=self._db,
            changes={PRINTING},
            success=saved,
            op=lambda s: printing.save_printer_profile(
                s, data=data, profile_id=r.id if r else None, version=r.version if r else None
            ),
        ).failure(failed).run_in_background()

    def _on_save(self) -> None:
        self.save(
            then=lambda: QMessageBox.information(
                self, self.tr("Đã lưu"), self.tr("Đã lưu hồ sơ máy in «%1».").replace("%1", self.saved_name)
            )
        )

    def _on_delete(self) -> None:
        r = self._current()
        if r is None:
            return
        if (
            QMessageBox.question(self, self.tr("Xóa hồ sơ"), self.tr("Xóa hồ sơ máy in «%1»?").replace("%1", r.name))
            != QMessageBox.StandardButton.Yes
        ):
            return
        op = CollectionOp(
            parent=self,
            db=self._db,
            changes={PRINTING},
            success=lambda _r: self.reload(),
            op=lambda s: printing.delete_printer_profile(s, profile_id=r.id, version=r.version),
        )
        op.failure(self._delete_failed)
        op.run_in_background()

    def _delete_failed(self, exc: BaseException) -> None:
        errors.show_error(self, exc)
        self.reload()

    def write_test_sheet(self, path: str | Path | None = None, *, with_profile: bool) -> None:
        """The test sheet through the export flow, printed through the stored profile when
        `with_profile` (to check it)."""
        profile, key = (self._stored if with_profile else None), self._template_key
        export_document(
            self,
            db=self._db,
            title=self.tr("Lưu tờ in thử"),
            document=self.tr("Tờ in thử căn chỉnh"),
            formats=(PDF,),
            write=lambda s, out: printing.write_test_sheet(s, template_key=key, out=out, printer=profile),
            done_text=self.tr("Đã ghi tờ in thử. In tệp này ở tỉ lệ 100% (tắt «Vừa trang / Fit to page»)."),
            path=path,
        )

    def _on_test_sheet(self) -> None:
        self.write_test_sheet(with_profile=self._current() is not None)

    def _on_scan_sheet(self) -> None:
        from ui.printing.scan_calibration import read_scanned_test_sheet

        read_scanned_test_sheet(self)
