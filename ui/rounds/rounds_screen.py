"""RoundsScreen ("Đợt xét"): review rounds (deadlines, status), emulation movements with
their criteria and points, and the registrations of a year shown against their results.

Reads through `QueryOp` and writes through `CollectionOp(changes={ROUNDS})` (ui/operations.py);
the round and movement dialogs save themselves and the screen announces their change on the
change hub (the nominations screen lists the rounds). Refreshes itself when rounds,
nominations, units or people change (lazily while hidden). GUI thread."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import Qt
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
from app.errors import ValidationFailed
from app.services import catalogue, movement, org
from app.services.catalogue import AwardTypeRow
from app.services.movement import MOVEMENT_KINDS, REGISTRATION_RESULTS, ROUND_STATUSES, MovementRow
from app.services.org import UnitRow
from ui import errors
from ui.history.history_dialog import make_table
from ui.i18n import fmt_int
from ui.labels import tr_label
from ui.models.dto_table import Column, DtoTableModel
from ui.nominations.picker import NomineePickerDialog
from ui.operations import (
    NOMINATIONS,
    PEOPLE,
    ROUNDS,
    UNITS,
    CollectionOp,
    OpChanges,
    QueryOp,
    change_hub,
    notify_changed,
)
from ui.rounds.dialogs import MovementDialog, RoundDialog
from ui.widgets import UnitCombo, format_date, set_role

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

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._units: list[UnitRow] = []
        self._movements: list[MovementRow] = []
        self._award_types: list[AwardTypeRow] = []
        self._loaded = False
        self._stale = False
        self._pending_round: int | None = None
        title = QLabel(self.tr("Đợt xét, phong trào và đăng ký thi đua"))
        set_role(title, "screen-title")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_rounds_tab(), self.tr("Đợt &xét"))
        self.tabs.addTab(self._build_movements_tab(), self.tr("&Phong trào thi đua"))
        self.tabs.addTab(self._build_registrations_tab(), self.tr("Đăng &ký thi đua"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.rounds_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.movements_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.registrations_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.year.valueChanged.connect(lambda _v: self.refresh_registrations())
        change_hub().changed.connect(self._on_changes)
        self._update_buttons()

    # ------------------------------------------------------------ building
    def _build_rounds_tab(self) -> QWidget:
        self.rounds_model = DtoTableModel(
            [
                Column(self.tr("Đợt xét"), lambda r: r.name),
                Column(self.tr("Năm"), lambda r: str(r.year), Qt.AlignmentFlag.AlignCenter),
                Column(
                    self.tr("Hạn nộp hồ sơ"), lambda r: format_date(r.submission_deadline), Qt.AlignmentFlag.AlignCenter
                ),
                Column(self.tr("Ngày xét"), lambda r: format_date(r.review_date), Qt.AlignmentFlag.AlignCenter),
                Column(self.tr("Họp Hội đồng"), lambda r: format_date(r.meeting_date), Qt.AlignmentFlag.AlignCenter),
                Column(self.tr("Trạng thái"), lambda r: tr_label(ROUND_STATUSES.get(r.status, r.status))),
                Column(self.tr("Số đề nghị"), lambda r: fmt_int(r.nominations), Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Phong trào"), lambda r: self._movement_name(r.movement_id)),
            ],
            self,
            tint=self._round_tint,
        )
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
        return rounds

    def _build_movements_tab(self) -> QWidget:
        self.movements_model = DtoTableModel(
            [
                Column(self.tr("Phong trào"), lambda m: m.name),
                Column(self.tr("Loại"), lambda m: tr_label(MOVEMENT_KINDS.get(m.kind, m.kind))),
                Column(self.tr("Từ ngày"), lambda m: format_date(m.start_date), Qt.AlignmentFlag.AlignCenter),
                Column(self.tr("Đến ngày"), lambda m: format_date(m.end_date), Qt.AlignmentFlag.AlignCenter),
                Column(self.tr("Đơn vị phát động"), lambda m: m.launching_unit_name),
                Column(
                    self.tr("Tiêu chí"),
                    lambda m: "; ".join(f"{c.name} ({c.max_points.normalize():f})" for c in m.criteria),
                    tooltip=lambda m: "\n".join(f"{c.name}: {c.max_points.normalize():f}" for c in m.criteria),
                ),
            ],
            self,
        )
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
        return movements

    def _build_registrations_tab(self) -> QWidget:
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(_dt.date.today().year - 1)
        self.reg_unit = UnitCombo([], allow_none=True, none_text=self.tr("Tất cả đơn vị"))
        self.reg_count = QLabel()
        self.registrations_model = DtoTableModel(
            [
                Column(
                    self.tr("Cá nhân / tập thể"),
                    lambda r: r.subject_name if r.person_id else f"{tr_label('Tập thể')} {r.subject_name}",
                ),
                Column(self.tr("Danh hiệu đăng ký"), lambda r: r.award_name),
                Column(self.tr("Ngày đăng ký"), lambda r: format_date(r.registered_on), Qt.AlignmentFlag.AlignCenter),
                Column(self.tr("Kết quả"), lambda r: result_label(r.result)),
                Column(self.tr("Ghi chú"), lambda r: r.note),
            ],
            self,
            tint=lambda r, c: RESULT_TINTS.get(r.result) if c == 3 else None,
        )
        self.registrations_table = make_table(self.registrations_model, (240, 200, 100, 130))
        self.add_registration_button = QPushButton(self.tr("Đăng ký…"))
        self.delete_registration_button = QPushButton(self.tr("Xóa"))
        self.add_registration_button.clicked.connect(self.add_registrations)
        self.delete_registration_button.clicked.connect(self.delete_registration)
        registrations = QWidget()
        gl = QVBoxLayout(registrations)
        self._reg_filters = QHBoxLayout()
        year_label = QLabel(self.tr("Năm:"))
        year_label.setBuddy(self.year)
        self._reg_filters.addWidget(year_label)
        self._reg_filters.addWidget(self.year)
        self._reg_filters.addWidget(self.reg_unit, 1)
        self._reg_filters.addWidget(self.reg_count)
        gl.addLayout(self._reg_filters)
        gl.addWidget(self.registrations_table, 1)
        gl.addLayout(_buttons(self.add_registration_button, self.delete_registration_button))
        return registrations

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
        self.toggle_round_button.setText(
            self.tr("Mở lại đợt") if r is not None and r.status == "CLOSED" else self.tr("Đóng đợt")
        )
        m = self.selected_movement()
        self.edit_movement_button.setEnabled(m is not None)
        self.delete_movement_button.setEnabled(m is not None)
        self.delete_registration_button.setEnabled(self.selected_registration() is not None)

    # ------------------------------------------------------------ loading
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded or self._stale:
            self.reload()

    def _on_changes(self, changes: OpChanges) -> None:
        """Rounds (their counts), registrations' results, units or people changed elsewhere:
        reload now, or on the next show while hidden."""
        if changes.initiator is self or not self._loaded or not changes.touches(ROUNDS, NOMINATIONS, UNITS, PEOPLE):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        self._loaded, self._stale = True, False
        QueryOp(parent=self, db=self._db, op=_load_lists, success=self._on_reloaded, key="reload").run_in_background()

    def _on_reloaded(self, lists) -> None:
        self._units, self._movements, self._award_types, rounds = lists
        keep_round = self.selected_round()
        keep_movement = self.selected_movement()
        self.movements_model.set_rows(self._movements)
        self.rounds_model.set_rows(rounds)
        pending = self._pending_round
        if pending is not None or keep_round is not None:
            self.select_round(pending if pending is not None else keep_round.id)
        if keep_movement is not None:
            self.select_movement(keep_movement.id)
        if rounds and keep_round is None:
            self.year.blockSignals(True)
            self.year.setValue(rounds[0].year)
            self.year.blockSignals(False)
        self._replace_unit_combo()
        self.refresh_registrations()
        self._update_buttons()

    def _replace_unit_combo(self) -> None:
        keep = self.reg_unit.unit_id() if self.reg_unit.is_valid() else None
        combo = UnitCombo(self._units, allow_none=True, none_text=self.tr("Tất cả đơn vị"))
        # UnitCombo takes its units once: a new one replaces the old after a reload.
        self._reg_filters.replaceWidget(self.reg_unit, combo)
        self.reg_unit.deleteLater()
        self.reg_unit = combo
        combo.set_unit_id(keep)
        if keep is None:
            combo.setCurrentIndex(0)
        combo.unit_changed.connect(self._on_reg_unit_changed)

    def _on_reg_unit_changed(self) -> None:
        if self.reg_unit.is_valid():
            self.refresh_registrations()

    def refresh_registrations(self) -> None:
        unit_id = self.reg_unit.unit_id() if self.reg_unit.is_valid() else None
        year = self.year.value()
        QueryOp(
            parent=self,
            db=self._db,
            key="registrations",
            success=self._show_registrations,
            op=lambda s: movement.list_registrations(s, year=year, unit_id=unit_id),
        ).run_in_background()

    def _show_registrations(self, rows) -> None:
        self.registrations_model.set_rows(rows)
        counts = {k: sum(1 for r in rows if r.result == k) for k in REGISTRATION_RESULTS}
        self.reg_count.setText(" · ".join(f"{result_label(k)}: {fmt_int(n)}" for k, n in counts.items()))
        self._update_buttons()

    def select_round(self, round_id: int) -> None:
        """Select a round; one not listed yet (the list still loading) is selected when it comes."""
        row = self.rounds_model.row_of(lambda r: r.id == round_id)
        if row >= 0:
            self.rounds_table.selectRow(row)
        self._pending_round = None if row >= 0 else round_id

    def select_movement(self, movement_id: int) -> None:
        row = self.movements_model.row_of(lambda m: m.id == movement_id)
        if row >= 0:
            self.movements_table.selectRow(row)

    def _saved(self, then=None):
        """A success callback for a write of this screen: reload, then `then()` (e.g. select
        the saved row)."""

        def shown(lists) -> None:
            self._on_reloaded(lists)
            if then is not None:
                then()

        return lambda _result=None: QueryOp(
            parent=self, db=self._db, op=_load_lists, key="reload", success=shown
        ).run_in_background()

    # ------------------------------------------------------------ rounds
    def make_round_dialog(self, row=None) -> RoundDialog:
        return RoundDialog(
            self._db, movements=self._movements, row=row, default_year=movement.default_round_year(), parent=self
        )

    def _after(self, dialog, show_saved, kinds=(ROUNDS,)) -> None:
        """Run a form dialog (it saves in its own transaction); announce and show the result."""
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            notify_changed(kinds, self)
            self._saved(lambda: show_saved(dialog.saved_id))()
        elif dialog.stale:
            self.reload()

    def add_round(self) -> None:
        self._after(self.make_round_dialog(), self.select_round)

    def edit_round(self) -> None:
        r = self.selected_round()
        if r is not None:
            self._after(self.make_round_dialog(r), self.select_round)

    def toggle_round(self) -> None:
        r = self.selected_round()
        if r is None:
            return
        closing = r.status == "OPEN"
        if closing:
            answer = QMessageBox.question(
                self,
                self.tr("Đóng đợt xét"),
                self.tr("Đóng «%1»? Đợt đã đóng không nhận thêm đề nghị; có thể mở lại.").replace("%1", r.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        done = self._saved(lambda: self.select_round(r.id))

        def failed(exc: BaseException) -> None:
            errors.show_error(self, exc)
            done()

        CollectionOp(
            parent=self,
            db=self._db,
            changes={ROUNDS},
            success=done,
            op=lambda s: movement.set_round_status(
                s, round_id=r.id, version=r.version, status="CLOSED" if closing else "OPEN"
            ),
        ).failure(failed).run_in_background()

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
        answer = QMessageBox.question(
            self, self.tr("Xóa phong trào"), self.tr("Xóa phong trào «%1»?").replace("%1", m.name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = self._saved()

        def failed(exc: BaseException) -> None:
            errors.show_error(self, exc)
            done()

        CollectionOp(
            parent=self,
            db=self._db,
            changes={ROUNDS},
            success=done,
            op=lambda s: movement.delete_movement(s, movement_id=m.id, version=m.version),
        ).failure(failed).run_in_background()

    # ------------------------------------------------------------ registrations
    def make_registration_picker(self) -> NomineePickerDialog:
        unit_id = self.reg_unit.unit_id() if self.reg_unit.is_valid() else None
        return NomineePickerDialog(
            self._db,
            award_types=self._award_types,
            units=self._units,
            default_unit_id=unit_id,
            default_award="CSTDCS",
            title=self.tr("Đăng ký thi đua năm %1").replace("%1", str(self.year.value())),
            ok_text=self.tr("Đăng ký"),
            parent=self,
        )

    def add_registrations(self) -> None:
        picker = self.make_registration_picker()
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        year, award_code = self.year.value(), picker.award_code
        if award_code is None:  # (the picker accepts only with an award)
            return
        subjects: list[dict[str, Any]] = [dict(person_id=pid) for pid in picker.person_ids] + [
            dict(unit_id=uid) for uid in picker.unit_ids
        ]

        def register(session) -> int:
            skipped = 0
            for subject in subjects:
                try:
                    with session.begin_nested():
                        movement.add_registration(
                            session, year=year, award_code=award_code, registered_on=_dt.date.today(), **subject
                        )
                except ValidationFailed:
                    skipped += 1
            return skipped

        def done(skipped: int) -> None:
            if skipped:
                QMessageBox.information(
                    self,
                    self.tr("Đăng ký thi đua"),
                    self.tr("%1 đối tượng đã đăng ký danh hiệu này năm %2 nên được bỏ qua.")
                    .replace("%1", fmt_int(skipped))
                    .replace("%2", str(year)),
                )
            self.refresh_registrations()

        CollectionOp(parent=self, db=self._db, changes={ROUNDS}, op=register, success=done).run_in_background()

    def delete_registration(self) -> None:
        r = self.selected_registration()
        if r is None:
            return

        def failed(exc: BaseException) -> None:
            errors.show_error(self, exc)
            self.refresh_registrations()

        CollectionOp(
            parent=self,
            db=self._db,
            changes={ROUNDS},
            op=lambda s: movement.delete_registration(s, registration_id=r.id, version=r.version),
            success=lambda _r: self.refresh_registrations(),
        ).failure(failed).run_in_background()


def _load_lists(session):
    """Units, movements, award types and rounds (worker thread)."""
    return (
        org.list_units(session),
        movement.list_movements(session),
        catalogue.list_award_types(session),
        movement.list_rounds(session),
    )
