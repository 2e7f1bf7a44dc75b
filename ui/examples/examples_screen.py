"""ExamplesScreen ("Điển hình tiên tiến"): the register of model examples of a movement, with
the four stages (phát hiện, bồi dưỡng, tổng kết, nhân rộng), filters, per-stage counts and
the Excel list.

Reads through QueryOp, writes through CollectionOp announcing EXAMPLES (ui/operations.py);
movements, units and people changed elsewhere reload it from the change hub (on its next
show while hidden). The person or collective is chosen with the nominations' picker; the
Excel list goes through the export flow (app.services.example.export_examples). GUI thread."""

from __future__ import annotations

import datetime as _dt
import functools
import re
from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.rules.examples import FIRST_STAGE, STAGES, check_stages
from app.services import example, movement, org
from app.services.example import ExampleRow, StageCountsSummary
from app.services.movement import MovementRow
from app.services.org import UnitRow
from ui import errors
from ui.export_flow import XLSX, export_document
from ui.history.forms import FormDialog, parse_year
from ui.history.history_dialog import make_table
from ui.i18n import fmt_int
from ui.lazy_refresh import LazyRefresh, made_by
from ui.models.dto_table import Column, DtoTableModel
from ui.nominations.picker import NomineePickerDialog
from ui.operations import EXAMPLES, PEOPLE, ROUNDS, UNITS, CollectionOp, OpChanges, QueryOp, change_hub
from ui.widgets import DateEdit, UnitCombo, format_date, set_role

CONTEXT = "ExamplesScreen"
SEARCH_DEBOUNCE_MS = 200
DONE_MARK = "✓"  # a stage recorded without a known date
DONE_TINT = (QColor("#e6f4ea"), QColor("#1e6b34"))

# The app's labels, marked for lupdate and translated in this screen's context.
_STAGE_TEXTS = {
    "PHAT_HIEN": QT_TRANSLATE_NOOP("ExamplesScreen", "Phát hiện"),
    "BOI_DUONG": QT_TRANSLATE_NOOP("ExamplesScreen", "Bồi dưỡng"),
    "TONG_KET": QT_TRANSLATE_NOOP("ExamplesScreen", "Tổng kết"),
    "NHAN_RONG": QT_TRANSLATE_NOOP("ExamplesScreen", "Nhân rộng"),
}
_REACHED_TEXTS = {
    "PHAT_HIEN": QT_TRANSLATE_NOOP("ExamplesScreen", "Đã phát hiện"),
    "BOI_DUONG": QT_TRANSLATE_NOOP("ExamplesScreen", "Đã bồi dưỡng"),
    "TONG_KET": QT_TRANSLATE_NOOP("ExamplesScreen", "Đã tổng kết"),
    "NHAN_RONG": QT_TRANSLATE_NOOP("ExamplesScreen", "Đã nhân rộng"),
}
_KIND_TEXTS = {
    "CA_NHAN": QT_TRANSLATE_NOOP("ExamplesScreen", "Cá nhân"),
    "TAP_THE": QT_TRANSLATE_NOOP("ExamplesScreen", "Tập thể"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def stage_text(stage: str) -> str:
    """The translated label of a stage code ("Bồi dưỡng")."""
    return _tr(str(_STAGE_TEXTS.get(stage, stage)))


def kind_text(kind: str) -> str:
    return _tr(str(_KIND_TEXTS.get(kind, kind)))


def stage_cell(row: ExampleRow, stage: str) -> str:
    s = row.stage(stage)
    if not s.done:
        return ""
    return format_date(s.on_date) if s.on_date else DONE_MARK


def _stage_tooltip(row: ExampleRow, stage: str) -> str:
    s = row.stage(stage)
    if not s.done:
        return ""
    when = format_date(s.on_date) if s.on_date else QCoreApplication.translate("ExamplesScreen", "chưa rõ ngày")
    return f"{stage_text(stage)}: {when}" + (f"\n{s.note}" if s.note else "")


class ExamplesTableModel(DtoTableModel):
    """The examples of a movement over ExampleRow tuples; stage cells show the date and are
    tinted when the stage is recorded. GUI thread only."""

    STAGE_COLUMNS = {s: 5 + k for k, s in enumerate(STAGES)}

    def __init__(self, parent=None) -> None:
        center = Qt.AlignmentFlag.AlignCenter
        translate = QCoreApplication.translate
        columns = [
            Column(translate("ExamplesTableModel", "Họ và tên / Tập thể"), lambda r: r.subject_name),
            Column(translate("ExamplesTableModel", "Loại"), lambda r: kind_text(r.kind)),
            Column(translate("ExamplesTableModel", "Chức vụ – đơn vị"), lambda r: r.position_unit),
            Column(translate("ExamplesTableModel", "Năm"), lambda r: str(r.year) if r.year else "", center),
            Column(translate("ExamplesTableModel", "Thành tích tiêu biểu"), lambda r: r.achievement.replace("\n", " ")),
            *(
                Column(
                    stage_text(s),
                    functools.partial(stage_cell, stage=s),
                    center,
                    tooltip=functools.partial(_stage_tooltip, stage=s),
                )
                for s in STAGES
            ),
            Column(translate("ExamplesTableModel", "Ghi chú"), lambda r: r.note.replace("\n", " ")),
        ]
        super().__init__(columns, parent, tint=self._tint)

    def _tint(self, row: ExampleRow, column: int):
        for stage, col in self.STAGE_COLUMNS.items():
            if col == column:
                return DONE_TINT if row.stage(stage).done else None
        return None

    def row_of_id(self, example_id: int) -> int:
        return self.row_of(lambda r: r.id == example_id)


# ---------------------------------------------------------------- dialogs


class ExampleSubjectPicker(NomineePickerDialog):
    """The nominations' picker, reduced to choosing one person (`kind` CA_NHAN) or one
    collective (TAP_THE): no award, no switching of the subject."""

    def __init__(
        self,
        db: Database,
        *,
        kind: str,
        units: list[UnitRow],
        default_unit_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        person = kind == "CA_NHAN"
        translate = QCoreApplication.translate
        title = (
            translate("ExampleSubjectPicker", "Chọn cá nhân điển hình")
            if person
            else translate("ExampleSubjectPicker", "Chọn tập thể điển hình")
        )
        super().__init__(
            db,
            award_types=[],
            units=units,
            default_unit_id=default_unit_id,
            title=title,
            ok_text=translate("ExampleSubjectPicker", "Chọn"),
            parent=parent,
        )
        if not person:
            self.unit_radio.setChecked(True)
        # The subject and the award are the top row of the picker; neither applies here.
        top = cast(QLayout, cast(QLayoutItem, cast(QLayout, self.layout()).itemAt(0)).layout())
        for i in range(top.count()):
            item = top.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hint.setText(
            self.tr("Chọn đơn vị bên trái để lọc, rồi chọn một người.")
            if person
            else self.tr("Chọn một tập thể trong cây đơn vị.")
        )
        self._update_count()

    @property
    def award_code(self) -> str:  # no award: the base enables OK once a subject is chosen
        return ""

    @property
    def chosen(self) -> tuple[int | None, int | None]:
        """(person_id, unit_id) of the choice."""
        if self.subject == "CA_NHAN":
            ids = self.person_ids
            return (ids[0] if ids else None), None
        ids = self.unit_ids
        return None, (ids[0] if ids else None)


class ExampleDialog(FormDialog):
    """Register a person or collective as a model example (`row` None), or edit the year,
    achievement and note of one. Saved through app.services.example."""

    changes = frozenset({EXAMPLES})

    def __init__(
        self,
        db: Database,
        *,
        movement_row: MovementRow,
        subject_text: str,
        person_id: int | None = None,
        unit_id: int | None = None,
        row: ExampleRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        translate = QCoreApplication.translate
        super().__init__(
            db,
            translate("ExampleDialog", "Sửa điển hình tiên tiến")
            if row
            else translate("ExampleDialog", "Thêm điển hình tiên tiến"),
            parent,
        )
        self._row = row
        self._movement = movement_row
        self._person_id, self._unit_id = person_id, unit_id
        self.intro.setText(self.tr("Phong trào: %1").replace("%1", movement_row.name))
        self.intro.show()
        subject = QLabel(subject_text)
        subject.setWordWrap(True)
        subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject = self.add_field("subject", self.tr("Cá nhân / tập thể"), subject)
        self.year = self.add_field("year", self.tr("Năm"), QLineEdit())
        self.year.setMaxLength(4)
        self.year.setMaximumWidth(80)
        self.achievement = self.add_field("achievement", self.tr("Thành tích tiêu biểu"), QPlainTextEdit())
        self.achievement.setMinimumSize(420, 90)
        self.found_on: DateEdit | None = None
        self.found_note: QLineEdit | None = None
        if row is None:
            self.found_on = self.add_field("found_on", self.tr("Ngày phát hiện"), DateEdit())
            self.found_on.setMaximumWidth(120)
            self.found_note = self.add_field("found_note", self.tr("Phát hiện qua"), QLineEdit())
            self.found_note.setPlaceholderText(self.tr("ví dụ: qua sơ kết 6 tháng của đơn vị"))
        self.note = self.add_field("note", self.tr("Ghi chú"), QLineEdit())
        if row is not None:
            self.year.setText(str(row.year) if row.year else "")
            self.achievement.setPlainText(row.achievement)
            self.note.setText(row.note)
        else:
            self.year.setText(str(self._default_year()))
        self.finish()
        self.achievement.setFocus()

    def _default_year(self) -> int:
        year = _dt.date.today().year
        m = self._movement
        if m.end_date and year > m.end_date.year:
            year = m.end_date.year
        if m.start_date and year < m.start_date.year:
            year = m.start_date.year
        return year

    def check(self) -> dict[str, str]:
        found: dict[str, str] = {}
        try:
            parse_year(self.year.text())
        except ValueError as exc:
            found["year"] = str(exc)
        if not self.achievement.toPlainText().strip():
            found["achievement"] = self.tr("chưa nhập thành tích tiêu biểu")
        if self.found_on is not None:
            try:
                self.found_on.date()
            except ValueError as exc:
                found["found_on"] = str(exc)
        return found

    def save(self, session):
        year = parse_year(self.year.text())
        if self._row is None:
            return example.register_example(
                session,
                movement_id=self._movement.id,
                person_id=self._person_id,
                unit_id=self._unit_id,
                year=year,
                achievement=self.achievement.toPlainText(),
                note=self.note.text(),
                found_on=self.found_on.date() if self.found_on else None,
                found_note=self.found_note.text() if self.found_note else "",
            )
        example.update_example(
            session,
            example_id=self._row.id,
            year=year,
            achievement=self.achievement.toPlainText(),
            note=self.note.text(),
        )
        return self._row.id


class StageEditor(QWidget):
    """One stage in the stages dialog: done or not, its date and a note. Emits edited."""

    edited = Signal()

    def __init__(self, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.done = QCheckBox(self.tr("Đã thực hiện"))
        self.date = DateEdit()
        self.date.setFixedWidth(self.date.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Ghi chú (hình thức, nơi thực hiện…)"))
        self.note.setMinimumWidth(260)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.done)
        row.addWidget(self.date)
        row.addWidget(self.note, 1)
        self.setFocusProxy(self.done)
        self.done.toggled.connect(self._on_done_toggled)
        self.date.textChanged.connect(lambda _t: self.edited.emit())
        self.note.textChanged.connect(lambda _t: self.edited.emit())
        self._on_done_toggled(False)

    def _on_done_toggled(self, done: bool) -> None:
        self.date.setEnabled(done)
        self.note.setEnabled(done)
        if done and not self.date.text().strip():
            self.date.set_date(_dt.date.today())
        self.edited.emit()

    def set_value(self, done: bool, day: _dt.date | None, note: str) -> None:
        self.date.set_date(day)
        self.note.setText(note)
        self.done.setChecked(done)
        self._on_done_toggled(done)


class StagesDialog(FormDialog):
    """Record the four stages of one example (tick a stage, give its date and note);
    checked in order as the service does, saved at once by example.save_stages."""

    changes = frozenset({EXAMPLES})

    def __init__(self, db: Database, *, row: ExampleRow, parent: QWidget | None = None) -> None:
        super().__init__(db, QCoreApplication.translate("StagesDialog", "Các khâu của điển hình tiên tiến"), parent)
        self._row = row
        self.intro.setText(
            f"<b>{row.subject_name}</b><br>{row.position_unit}<br><i>"
            + self.tr("Các khâu ghi nhận theo thứ tự: phát hiện → bồi dưỡng → tổng kết → nhân rộng.")
            + "</i>"
        )
        self.intro.show()
        self.editors: dict[str, StageEditor] = {}
        for s in STAGES:
            editor = StageEditor(s)
            self.add_field(s, stage_text(s), editor)
            editor.edited.connect(lambda s=s: self._on_edited(s))
            stage = row.stage(s)
            editor.set_value(stage.done, stage.on_date, stage.note)
            self.editors[s] = editor
        first = self.editors[FIRST_STAGE]
        first.done.setChecked(True)
        first.done.setEnabled(False)  # recorded at registration; delete the example instead
        first.done.setToolTip(self.tr("Khâu phát hiện được ghi nhận khi đăng ký điển hình."))
        self.setMinimumWidth(640)
        self.finish()
        self._touch_all_stages()

    def _touch_all_stages(self) -> None:
        # An order error is about two stages: show it as soon as either one is edited.
        self._touched.update(STAGES)
        self.validate()

    def values(self) -> dict[str, tuple[_dt.date | None, str]]:
        """The stages ticked, with their dates (raises ValueError for an unreadable date)."""
        out = {}
        for s, editor in self.editors.items():
            if editor.done.isChecked():
                out[s] = (editor.date.date(), editor.note.text())
        return out

    def check(self) -> dict[str, str]:
        found: dict[str, str] = {}
        days: dict[str, _dt.date | None] = {}
        for s, editor in self.editors.items():
            if not editor.done.isChecked():
                continue
            try:
                days[s] = editor.date.date()
            except ValueError as exc:
                found[s] = str(exc)
                days[s] = None
        for s, reason in check_stages(days).items():
            found.setdefault(s, reason)
        return found

    def save(self, session):
        example.save_stages(session, example_id=self._row.id, stages=self.values())
        return self._row.id


def _file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|]+', " ", text).strip()


# ---------------------------------------------------------------- the screen


class ExamplesScreen(QWidget):
    """Movement selector, filters (stage reached, kind, unit, text), the table with the
    stages, counts per stage, add / edit / stages / delete and the Excel list."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._units: list[UnitRow] = []
        self._movements: list[MovementRow] = []
        self._counts: StageCountsSummary | None = None
        self._select_after: int | None = None
        self.last_export: Path | None = None

        title = QLabel(self.tr("Điển hình tiên tiến"))
        set_role(title, "screen-title")
        self.counts_label = QLabel()
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.shown_label = QLabel()
        self.model = ExamplesTableModel(self)
        day = self.fontMetrics().horizontalAdvance("00/00/00000") + 14
        self.table = make_table(self.model, (180, 75, 250, 50, 280, day, day, day, day))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        counts = QHBoxLayout()
        counts.addWidget(self.counts_label, 1)
        counts.addWidget(self.shown_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(title)
        layout.addLayout(self._build_movement_row())
        layout.addLayout(self._build_filters())
        layout.addLayout(counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_buttons())
        layout.addWidget(self.message_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.movement_combo.currentIndexChanged.connect(lambda _i: self._on_movement_changed())
        self.stage_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.edit_stages())
        self._refresher = LazyRefresh(self, self.reload)
        change_hub().changed.connect(self._on_changes)
        self.reload()

    # ------------------------------------------------------------ building
    def _build_movement_row(self) -> QHBoxLayout:
        self.movement_combo = QComboBox()
        self.movement_combo.setMinimumContentsLength(40)
        self.movement_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        movement_label = QLabel(self.tr("&Phong trào:"))
        movement_label.setBuddy(self.movement_combo)
        self.period_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(movement_label)
        top.addWidget(self.movement_combo, 1)
        top.addWidget(self.period_label)
        return top

    def _build_filters(self) -> QHBoxLayout:
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("Mọi khâu"), None)
        for s in STAGES:
            self.stage_filter.addItem(_tr(str(_REACHED_TEXTS[s])), s)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Cá nhân và tập thể"), None)
        for k in ("CA_NHAN", "TAP_THE"):
            self.kind_filter.addItem(kind_text(k), k)
        self.unit_filter = UnitCombo([], allow_none=True, none_text=self.tr("Tất cả đơn vị"))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm theo tên, đơn vị, thành tích — gõ không dấu cũng được"))
        self.filters = QHBoxLayout()
        for text, widget in (
            (self.tr("Khâu:"), self.stage_filter),
            (self.tr("Loại:"), self.kind_filter),
            (self.tr("Đơn vị:"), self.unit_filter),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            self.filters.addWidget(label)
            self.filters.addWidget(widget)
        self.filters.addWidget(self.search, 1)
        return self.filters

    def _build_buttons(self) -> QHBoxLayout:
        self.add_person_button = QPushButton(self.tr("Thêm cá nhân…"))
        self.add_unit_button = QPushButton(self.tr("Thêm tập thể…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.stages_button = QPushButton(self.tr("Ghi nhận các khâu…"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.add_person_button.clicked.connect(lambda: self.add_example("CA_NHAN"))
        self.add_unit_button.clicked.connect(lambda: self.add_example("TAP_THE"))
        self.edit_button.clicked.connect(self.edit_example)
        self.stages_button.clicked.connect(self.edit_stages)
        self.delete_button.clicked.connect(self.delete_example)
        self.export_button.clicked.connect(lambda: self.export())
        buttons = QHBoxLayout()
        for b in (
            self.add_person_button,
            self.add_unit_button,
            self.edit_button,
            self.stages_button,
            self.delete_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        return buttons

    def _on_changes(self, changes: OpChanges) -> None:
        if changes.touches(ROUNDS, UNITS, PEOPLE, EXAMPLES) and not made_by(changes, self):
            self._refresher.request()

    # ------------------------------------------------------------ state
    @property
    def movement_id(self) -> int | None:
        return self.movement_combo.currentData()

    def current_movement(self) -> MovementRow | None:
        return next((m for m in self._movements if m.id == self.movement_id), None)

    def selected_example(self) -> ExampleRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_example(self, example_id: int) -> None:
        row = self.model.row_of_id(example_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def select_movement(self, movement_id: int) -> None:
        i = self.movement_combo.findData(movement_id)
        if i >= 0:
            self.movement_combo.setCurrentIndex(i)

    def _update_buttons(self) -> None:
        has_movement = self.current_movement() is not None
        selected = self.selected_example() is not None
        self.add_person_button.setEnabled(has_movement)
        self.add_unit_button.setEnabled(has_movement)
        self.export_button.setEnabled(has_movement and self._counts is not None and self._counts.total > 0)
        for b in (self.edit_button, self.stages_button, self.delete_button):
            b.setEnabled(selected)

    # ------------------------------------------------------------ loading
    def reload(self, select: int | None = None) -> None:
        """Movements, units and the list again, keeping the movement and the selection
        (or selecting the example `select`)."""
        self._select_after = select
        keep = self.movement_id
        QueryOp(
            parent=self,
            db=self._db,
            key="reload",
            op=lambda s: (movement.list_movements(s), org.list_units(s), example.example_counts(s)),
            success=lambda loaded: self._show_movements(*loaded, keep=keep),
        ).run_in_background()

    def _show_movements(
        self, movements: list[MovementRow], units: list[UnitRow], counts: dict[int, int], *, keep: int | None
    ) -> None:
        self._movements = movements
        if units != self._units:
            self._units = units
            self._replace_unit_filter()
        self.movement_combo.blockSignals(True)
        self.movement_combo.clear()
        for m in self._movements:
            n = counts.get(m.id, 0)
            text = f"{m.name} ({fmt_int(n)})" if n else m.name
            self.movement_combo.addItem(text, m.id)
        if keep is None and counts:
            # First visit: the movement with the most examples.
            keep = max(counts, key=lambda mid: (counts[mid], -mid))
        i = self.movement_combo.findData(keep)
        self.movement_combo.setCurrentIndex(i if i >= 0 else (0 if self._movements else -1))
        self.movement_combo.blockSignals(False)
        self._on_movement_changed()

    def _replace_unit_filter(self) -> None:
        keep = self.unit_filter.unit_id() if self.unit_filter.is_valid() else None
        combo = UnitCombo(self._units, allow_none=True, none_text=self.tr("Tất cả đơn vị"))
        self.filters.replaceWidget(self.unit_filter, combo)
        for i in range(self.filters.count()):
            item = self.filters.itemAt(i)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.buddy() is self.unit_filter:
                label.setBuddy(combo)
        self.unit_filter.hide()
        self.unit_filter.deleteLater()
        self.unit_filter = combo
        combo.set_unit_id(keep)
        if keep is None:
            combo.setCurrentIndex(0)
        combo.unit_changed.connect(self._on_unit_filter_changed)

    def _on_movement_changed(self) -> None:
        m = self.current_movement()
        if m is None:
            self.period_label.setText("")
            self.message_label.setText(
                self.tr(
                    "Chưa có phong trào thi đua nào: hãy thêm phong trào ở màn hình "
                    "Đợt xét trước khi ghi nhận điển hình."
                )
                if not self._movements
                else ""
            )
        else:
            period = " – ".join(format_date(d) for d in (m.start_date, m.end_date) if d)
            self.period_label.setText(period)
            self.message_label.setText("")
        self.refresh()

    def filters_in_use(self) -> dict:
        unit_id = self.unit_filter.unit_id() if self.unit_filter.is_valid() else None
        return dict(
            stage=self.stage_filter.currentData(),
            kind=self.kind_filter.currentData(),
            unit_id=unit_id,
            query=self.search.text(),
        )

    def _on_unit_filter_changed(self) -> None:
        if self.unit_filter.is_valid():
            self.refresh()

    def refresh(self) -> None:
        """The list of the current movement with the filters, and its counts."""
        self._timer.stop()
        keep = self.selected_example()
        mid = self.movement_id
        if mid is None:
            self._show_rows(None, [], None, keep=keep)
            return
        filters = self.filters_in_use()
        QueryOp(
            parent=self,
            db=self._db,
            key="refresh",
            op=lambda s: (
                example.list_examples(s, movement_id=mid, **filters),
                example.stage_counts(s, movement_id=mid),
            ),
            success=lambda loaded: self._show_rows(mid, *loaded, keep=keep),
        ).run_in_background()

    def _show_rows(
        self, mid: int | None, rows: list[ExampleRow], counts: StageCountsSummary | None, *, keep: ExampleRow | None
    ) -> None:
        if mid != self.movement_id:
            return  # another movement was chosen meanwhile
        self.model.set_rows(rows)
        self._counts = counts
        select, self._select_after = self._select_after, None
        if select is not None:
            self.select_example(select)
        elif keep is not None:
            self.select_example(keep.id)
        self._show_counts()
        self._update_buttons()

    def _show_counts(self) -> None:
        c = self._counts
        if c is None or c.total == 0:
            self.counts_label.setText(
                self.tr("Phong trào này chưa có điển hình tiên tiến nào.") if c is not None else ""
            )
            self.shown_label.setText("")
            return
        head = (
            self.tr("<b>%1</b> điển hình: %2 cá nhân, %3 tập thể")
            .replace("%1", fmt_int(c.total))
            .replace("%2", fmt_int(c.persons))
            .replace("%3", fmt_int(c.collectives))
        )
        stages = " · ".join(f"{stage_text(s)} <b>{fmt_int(c.reached[k])}</b>" for k, s in enumerate(STAGES))
        self.counts_label.setText(f"{head} — {stages}")
        shown = self.model.rowCount()
        self.shown_label.setText(
            self.tr("Đang hiển thị %1 / %2").replace("%1", fmt_int(shown)).replace("%2", fmt_int(c.total))
            if shown != c.total
            else ""
        )

    # ------------------------------------------------------------ editing
    def make_picker(self, kind: str) -> ExampleSubjectPicker:
        unit_id = self.unit_filter.unit_id() if self.unit_filter.is_valid() else None
        return ExampleSubjectPicker(self._db, kind=kind, units=self._units, default_unit_id=unit_id, parent=self)

    def make_example_dialog(
        self,
        *,
        subject_text: str,
        person_id: int | None = None,
        unit_id: int | None = None,
        row: ExampleRow | None = None,
    ) -> ExampleDialog:
        movement_row = self.current_movement()
        assert movement_row is not None  # the callers open it only while a movement is shown
        return ExampleDialog(
            self._db,
            movement_row=movement_row,
            subject_text=subject_text,
            person_id=person_id,
            unit_id=unit_id,
            row=row,
            parent=self,
        )

    def make_stages_dialog(self, row: ExampleRow) -> StagesDialog:
        return StagesDialog(self._db, row=row, parent=self)

    def _after_save(self, dialog: FormDialog) -> None:
        """Run the dialog; its save announced EXAMPLES; reload and select the saved row."""
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(select=dialog.saved_id)

    def add_example(self, kind: str) -> None:
        if self.current_movement() is None:
            return
        picker = self.make_picker(kind)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        person_id, unit_id = picker.chosen
        if person_id is None and unit_id is None:
            return

        def open_dialog(text: str) -> None:
            if self.current_movement() is None:  # the movements were reloaded meanwhile (none left)
                return
            self._after_save(self.make_example_dialog(subject_text=text, person_id=person_id, unit_id=unit_id))

        if person_id is None:
            unit = next((u for u in self._units if u.id == unit_id), None)
            open_dialog(self.tr("Tập thể %1").replace("%1", unit.name) if unit else "")
            return

        def person_text(s) -> str:
            p = org.get_person(s, person_id)
            return ", ".join(x for x in (p.full_name, p.position, p.unit_name) if x)

        QueryOp(parent=self, db=self._db, op=person_text, success=open_dialog).run_in_background()

    def edit_example(self) -> None:
        row = self.selected_example()
        if row is None or self.current_movement() is None:
            return
        text = row.subject_name if row.kind == "CA_NHAN" else self.tr("Tập thể %1").replace("%1", row.subject_name)
        if row.position_unit:
            text += ", " + row.position_unit
        self._after_save(self.make_example_dialog(subject_text=text, row=row))

    def edit_stages(self) -> None:
        row = self.selected_example()
        if row is not None:
            self._after_save(self.make_stages_dialog(row))

    def delete_example(self) -> None:
        row = self.selected_example()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Xóa điển hình tiên tiến"),
            self.tr("Xóa «%1» khỏi danh sách điển hình tiên tiến của phong trào, cùng các khâu đã ghi nhận?").replace(
                "%1", row.subject_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        CollectionOp(
            parent=self,
            db=self._db,
            changes={EXAMPLES},
            success=lambda _r: self.reload(),
            op=lambda s: example.delete_example(s, example_id=row.id),
        ).failure(self._delete_failed).run_in_background()

    def _delete_failed(self, exc: BaseException) -> None:
        errors.show_error(self, exc)
        self.reload()

    # ------------------------------------------------------------ export
    def export(self, path: str | Path | None = None) -> None:
        """The movement's list as Excel through the export flow (`path` skips the dialog)."""
        m = self.current_movement()
        if m is None:
            return

        def done(out: Path, result) -> None:
            written, count = result
            self.last_export = Path(written)
            self.message_label.setText(
                self.tr("Đã xuất %1 điển hình ra %2").replace("%1", fmt_int(count)).replace("%2", Path(written).name)
            )

        export_document(
            self,
            db=self._db,
            title=self.tr("Xuất danh sách điển hình tiên tiến"),
            document=self.tr("Danh sách điển hình tiên tiến - %1").replace("%1", _file_name(m.name)),
            formats=(XLSX,),
            path=path,
            write=lambda s, out: example.export_examples(s, movement_id=m.id, out=out),
            progress=self.tr("Đang xuất danh sách điển hình tiên tiến…"),
            done_text=lambda result: self.tr("Đã xuất %1 điển hình tiên tiến.").replace("%1", fmt_int(result[1])),
            on_done=done,
        )
