"""RoundsScreen ("Đợt xét"): review rounds (deadlines, status), emulation movements with
their criteria and points, and the registrations of a year shown against their results.

Reads and writes through app.services.movement; emits rounds_changed after a saved change
to rounds (the nominations screen lists them). GUI thread: every query is small."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import AppError, StaleRecord, ValidationFailed
from app.services import catalogue, movement, org
from app.services.movement import MOVEMENT_KINDS, REGISTRATION_RESULTS, ROUND_STATUSES
from ui import errors
from ui.history.history_dialog import make_table
from ui.i18n import fmt_int
from ui.labels import tr_label
from ui.models.dto_table import Column, DtoTableModel
from ui.nominations.picker import NomineePickerDialog
from ui.rounds.dialogs import MovementDialog, RoundDialog
from ui.widgets import UnitCombo, format_date

RESULT_TINTS = {
    "DAT": (QColor("#e6f4ea"), QColor("#1e6b34")),
    "KHONG_DAT": (QColor("#fdecea"), QColor("#a61b1b")),
    "DANG_XET": (QColor("#fff4d6"), QColor("#7a5200")),
}
RESULT_SYMBOLS = {"DAT": "✔", "KHONG_DAT": "✘", "DANG_XET": "…", "CHUA_DE_NGHI": "–"}


def result_label(code: str) -> str:
    return f"{RESULT_SYMBOLS.get(code, '')} {tr_label(REGISTRATION_RESULTS.get(code, code))}".strip()


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


class RoundsScreen(QWidget):
    """Tabs: Đợt xét, Phong trào thi đua, Đăng ký thi đua."""

    rounds_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._units = []
        self._movements = []
        self._award_types = []
        title = QLabel(self.tr("Đợt xét, phong trào và đăng ký thi đua"))
        title.setProperty("role", "screen-title")
        self.tabs = QTabWidget()

        # -- rounds
        self.rounds_model = DtoTableModel([
            Column(self.tr("Đợt xét"), lambda r: r.name),
            Column(self.tr("Năm"), lambda r: str(r.year), Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Hạn nộp hồ sơ"), lambda r: format_date(r.submission_deadline), Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Ngày xét"), lambda r: format_date(r.review_date), Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Họp Hội đồng"), lambda r: format_date(r.meeting_date), Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Trạng thái"), lambda r: tr_label(ROUND_STATUSES.get(r.status, r.status))),
            Column(self.tr("Số đề nghị"), lambda r: fmt_int(r.nominations), Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Phong trào"), lambda r: self._movement_name(r.movement_id)),
        ], self, tint=self._round_tint)
        self.rounds_table = make_table(self.rounds_model, (260, 55, 110, 95, 105, 80, 85))
        self.add_round_button = QPushButton(self.tr("Thêm đợt xét…"))
        self.edit_round_button = QPushButton(self.tr("Sửa…"))
        self.toggle_round_button = QPushButton(self.tr("Đóng đợt"))
        self.add_round_button.clicked.connect(self.add_round)
        self.edit_round_button.clicked.connect(self.edit_round)
        self.toggle_round_button.clicked.connect(self.toggle_round)
        self.rounds_table.doubleClicked.connect(lambda _i: self.edit_round())
        rounds = QWidget()
        rl = QVBoxLayout(rounds)
        rl.addWidget(self.rounds_table, 1)
        rl.addLayout(_buttons(self.add_round_button, self.edit_round_button, self.toggle_round_button))

        # -- movements
        self.movements_model = DtoTableModel([
            Column(self.tr("Phong trào"), lambda m: m.name),
            Column(self.tr("Loại"), lambda m: tr_label(MOVEMENT_KINDS.get(m.kind, m.kind))),
            Column(self.tr("Từ ngày"), lambda m: format_date(m.start_date), Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Đến ngày"), lambda m: format_date(m.end_date), Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Đơn vị phát động"), lambda m: m.launching_unit_name),
            Column(self.tr("Tiêu chí"), lambda m: "; ".join(f"{c.name} ({c.max_points.normalize():f})"
                                                            for c in m.criteria),
                   tooltip=lambda m: "\n".join(f"{c.name}: {c.max_points.normalize():f}" for c in m.criteria)),
        ], self)
        self.movements_table = make_table(self.movements_model, (320, 90, 90, 90, 180))
        self.add_movement_button = QPushButton(self.tr("Thêm phong trào…"))
        self.edit_movement_button = QPushButton(self.tr("Sửa…"))
        self.delete_movement_button = QPushButton(self.tr("Xóa"))
        self.add_movement_button.clicked.connect(self.add_movement)
        self.edit_movement_button.clicked.connect(self.edit_movement)
        self.delete_movement_button.clicked.connect(self.delete_movement)
        self.movements_table.doubleClicked.connect(lambda _i: self.edit_movement())
        movements = QWidget()
        ml = QVBoxLayout(movements)
        ml.addWidget(self.movements_table, 1)
        ml.addLayout(_buttons(self.add_movement_button, self.edit_movement_button, self.delete_movement_button))

        # -- registrations
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(_dt.date.today().year - 1)
        self.reg_unit = UnitCombo([], allow_none=True, none_text=self.tr("Tất cả đơn vị"))
        self.reg_count = QLabel()
        self.registrations_model = DtoTableModel([
            Column(self.tr("Cá nhân / tập thể"), lambda r: r.subject_name if r.person_id else
                   f"{tr_label('Tập thể')} {r.subject_name}"),
            Column(self.tr("Danh hiệu đăng ký"), lambda r: r.award_name),
            Column(self.tr("Ngày đăng ký"), lambda r: format_date(r.registered_on), Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Kết quả"), lambda r: result_label(r.result)),
            Column(self.tr("Ghi chú"), lambda r: r.note),
        ], self, tint=lambda r, c: RESULT_TINTS.get(r.result) if c == 3 else None)
        self.registrations_table = make_table(self.registrations_model, (240, 200, 100, 130))
        self.add_registration_button = QPushButton(self.tr("Đăng ký…"))
        self.delete_registration_button = QPushButton(self.tr("Xóa"))
        self.add_registration_button.clicked.connect(self.add_registrations)
        self.delete_registration_button.clicked.connect(self.delete_registration)
        registrations = QWidget()
        gl = QVBoxLayout(registrations)
        filters = QHBoxLayout()
        year_label = QLabel(self.tr("Năm:"))
        year_label.setBuddy(self.year)
        filters.addWidget(year_label)
        filters.addWidget(self.year)
        filters.addWidget(self.reg_unit, 1)
        filters.addWidget(self.reg_count)
        gl.addLayout(filters)
        gl.addWidget(self.registrations_table, 1)
        gl.addLayout(_buttons(self.add_registration_button, self.delete_registration_button))

        self.tabs.addTab(rounds, self.tr("Đợt &xét"))
        self.tabs.addTab(movements, self.tr("&Phong trào thi đua"))
        self.tabs.addTab(registrations, self.tr("Đăng &ký thi đua"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

        self.rounds_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.movements_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.registrations_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.year.valueChanged.connect(lambda _v: self.refresh_registrations())
        self.reload()

    # ------------------------------------------------------------ helpers
    def _movement_name(self, movement_id) -> str:
        return next((m.name for m in self._movements if m.id == movement_id), "")

    @staticmethod
    def _round_tint(r, col):
        if col == 5 and r.status == "OPEN":
            return QColor("#e6f4ea"), QColor("#1e6b34")
        return None

    @staticmethod
    def _selected(table, model):
        rows = table.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    def selected_round(self):
        return self._selected(self.rounds_table, self.rounds_model)

    def selected_movement(self):
        return self._selected(self.movements_table, self.movements_model)

    def selected_registration(self):
        return self._selected(self.registrations_table, self.registrations_model)

    def _update_buttons(self) -> None:
        r = self.selected_round()
        self.edit_round_button.setEnabled(r is not None)
        self.toggle_round_button.setEnabled(r is not None)
        self.toggle_round_button.setText(self.tr("Mở lại đợt") if r is not None and r.status == "CLOSED"
                                         else self.tr("Đóng đợt"))
        m = self.selected_movement()
        self.edit_movement_button.setEnabled(m is not None)
        self.delete_movement_button.setEnabled(m is not None)
        self.delete_registration_button.setEnabled(self.selected_registration() is not None)

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        with self._db.factory() as session:
            self._units = org.list_units(session)
            self._movements = movement.list_movements(session)
            self._award_types = catalogue.list_award_types(session)
            rounds = movement.list_rounds(session)
        keep_round = self.selected_round()
        keep_movement = self.selected_movement()
        self.movements_model.set_rows(self._movements)
        self.rounds_model.set_rows(rounds)
        if keep_round is not None:
            self.select_round(keep_round.id)
        if keep_movement is not None:
            self.select_movement(keep_movement.id)
        if rounds and keep_round is None:
            self.year.setValue(rounds[0].year)
        self._replace_unit_combo()
        self.refresh_registrations()
        self._update_buttons()

    def _replace_unit_combo(self) -> None:
        keep = self.reg_unit.unit_id() if self.reg_unit.is_valid() else None
        combo = UnitCombo(self._units, allow_none=True, none_text=self.tr("Tất cả đơn vị"))
        layout = self.reg_unit.parentWidget().layout() if self.reg_unit.parentWidget() else None
        if layout is not None:
            for i in range(layout.count()):
                item = layout.itemAt(i)
                if item.layout() is not None and item.layout().indexOf(self.reg_unit) >= 0:
                    item.layout().replaceWidget(self.reg_unit, combo)
                    break
        self.reg_unit.deleteLater()
        self.reg_unit = combo
        combo.set_unit_id(keep)
        if keep is None:
            combo.setCurrentIndex(0)
        combo.unit_changed.connect(lambda: self.reg_unit.is_valid() and self.refresh_registrations())

    def refresh_registrations(self) -> None:
        unit_id = self.reg_unit.unit_id() if self.reg_unit.is_valid() else None
        with self._db.factory() as session:
            rows = movement.list_registrations(session, year=self.year.value(), unit_id=unit_id)
        self.registrations_model.set_rows(rows)
        counts = {k: sum(1 for r in rows if r.result == k) for k in REGISTRATION_RESULTS}
        self.reg_count.setText(" · ".join(f"{result_label(k)}: {fmt_int(n)}" for k, n in counts.items()))
        self._update_buttons()

    def select_round(self, round_id: int) -> None:
        row = self.rounds_model.row_of(lambda r: r.id == round_id)
        if row >= 0:
            self.rounds_table.selectRow(row)

    def select_movement(self, movement_id: int) -> None:
        row = self.movements_model.row_of(lambda m: m.id == movement_id)
        if row >= 0:
            self.movements_table.selectRow(row)

    # ------------------------------------------------------------ rounds
    def make_round_dialog(self, row=None) -> RoundDialog:
        return RoundDialog(self._db, movements=self._movements, row=row, default_year=movement.default_round_year(),
                           parent=self)

    def _after(self, dialog, show_saved) -> None:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted or dialog.stale:
            self.reload()
        if accepted:
            show_saved(dialog.saved_id)

    def add_round(self) -> None:
        dialog = self.make_round_dialog()
        self._after(dialog, self.select_round)
        if dialog.saved_id is not None:
            self.rounds_changed.emit()

    def edit_round(self) -> None:
        r = self.selected_round()
        if r is not None:
            dialog = self.make_round_dialog(r)
            self._after(dialog, self.select_round)
            if dialog.result() == QDialog.DialogCode.Accepted:
                self.rounds_changed.emit()

    def toggle_round(self) -> None:
        r = self.selected_round()
        if r is None:
            return
        closing = r.status == "OPEN"
        if closing:
            answer = QMessageBox.question(self, self.tr("Đóng đợt xét"), self.tr(
                "Đóng «%1»? Đợt đã đóng không nhận thêm đề nghị; có thể mở lại.").replace("%1", r.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            with self._db.factory.begin() as session:
                movement.set_round_status(session, round_id=r.id, version=r.version,
                                          status="CLOSED" if closing else "OPEN")
        except AppError as exc:
            errors.show_error(self, exc)
        self.reload()
        self.rounds_changed.emit()

    # ------------------------------------------------------------ movements
    def make_movement_dialog(self, row=None) -> MovementDialog:
        return MovementDialog(self._db, units=self._units, row=row, parent=self)

    def add_movement(self) -> None:
        self._after(self.make_movement_dialog(), self.select_movement)

    def edit_movement(self) -> None:
        m = self.selected_movement()
        if m is not None:
            self._after(self.make_movement_dialog(m), self.select_movement)

    def delete_movement(self) -> None:
        m = self.selected_movement()
        if m is None:
            return
        answer = QMessageBox.question(self, self.tr("Xóa phong trào"), self.tr("Xóa phong trào «%1»?")
                                      .replace("%1", m.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._db.factory.begin() as session:
                movement.delete_movement(session, movement_id=m.id, version=m.version)
        except (StaleRecord, AppError) as exc:
            errors.show_error(self, exc)
        self.reload()

    # ------------------------------------------------------------ registrations
    def make_registration_picker(self) -> NomineePickerDialog:
        unit_id = self.reg_unit.unit_id() if self.reg_unit.is_valid() else None
        return NomineePickerDialog(self._db, award_types=self._award_types, units=self._units,
                                   default_unit_id=unit_id, default_award="CSTDCS",
                                   title=self.tr("Đăng ký thi đua năm %1").replace("%1", str(self.year.value())),
                                   ok_text=self.tr("Đăng ký"), parent=self)

    def add_registrations(self) -> None:
        picker = self.make_registration_picker()
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        year = self.year.value()
        skipped = []
        try:
            with self._db.factory.begin() as session:
                for pid in picker.person_ids:
                    try:
                        with session.begin_nested():
                            movement.add_registration(session, year=year, award_code=picker.award_code, person_id=pid,
                                                      registered_on=_dt.date.today())
                    except ValidationFailed:
                        skipped.append(pid)
                for uid in picker.unit_ids:
                    try:
                        with session.begin_nested():
                            movement.add_registration(session, year=year, award_code=picker.award_code, unit_id=uid,
                                                      registered_on=_dt.date.today())
                    except ValidationFailed:
                        skipped.append(uid)
        except AppError as exc:
            errors.show_error(self, exc)
        if skipped:
            QMessageBox.information(self, self.tr("Đăng ký thi đua"), self.tr(
                "%1 đối tượng đã đăng ký danh hiệu này năm %2 nên được bỏ qua.").replace(
                "%1", fmt_int(len(skipped))).replace("%2", str(year)))
        self.refresh_registrations()

    def delete_registration(self) -> None:
        r = self.selected_registration()
        if r is None:
            return
        try:
            with self._db.factory.begin() as session:
                movement.delete_registration(session, registration_id=r.id, version=r.version)
        except AppError as exc:
            errors.show_error(self, exc)
        self.refresh_registrations()
