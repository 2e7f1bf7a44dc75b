"""CriteriaTableDialog: add or edit a bloc's criteria table (bảng tiêu chí chấm điểm) — name,
year, declared total, the drop-extremes option and the grid of criteria, bonus and penalty
items. GUI thread; saved through app.services.bloc in the dialog's own transaction.

Points are typed with a comma or a dot and kept as exact `Decimal` (never float). The line
under the grid adds the weights up as the user types; the service decides (and its
ValidationFailed message is shown under the grid)."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal, InvalidOperation
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import ValidationFailed
from app.rules.scoring import BONUS, KINDS, NORMAL, PENALTY, Criterion
from app.services import bloc, bloc_admin
from app.services import movement as movement_service
from app.services.bloc import ScoringTableSummary
from ui import theme
from ui.history.forms import FormDialog
from ui.i18n import locale
from ui.models.table import RowTableModel
from ui.operations import BLOCS, QueryOp
from ui.widgets import fit_to_screen

PLACES = 2
ERROR_TINT = QColor("#fdecea")
OK_COLOR, BAD_COLOR = "#1e6b34", "#c62828"


def kind_labels() -> dict[str, str]:
    """Kind code → the grid's label, translated."""
    return {
        NORMAL: QCoreApplication.translate("CriteriaTableDialog", "Tiêu chí"),
        BONUS: QCoreApplication.translate("CriteriaTableDialog", "Điểm thưởng"),
        PENALTY: QCoreApplication.translate("CriteriaTableDialog", "Điểm trừ"),
    }


def parse_points(text: str) -> Decimal:
    """'2,5' or '2.5' → Decimal('2.5'): positive, at most two decimals. Raises ValueError
    with a Vietnamese reason."""
    t = text.strip().replace(" ", "").replace(",", ".")
    if not t:
        raise ValueError(QCoreApplication.translate("CriteriaTableDialog", "chưa nhập điểm"))
    try:
        d = Decimal(t)
    except InvalidOperation:
        raise ValueError(QCoreApplication.translate("CriteriaTableDialog", "không phải là số")) from None
    if not d.is_finite():
        raise ValueError(QCoreApplication.translate("CriteriaTableDialog", "không phải là số"))
    if d <= 0:
        raise ValueError(QCoreApplication.translate("CriteriaTableDialog", "phải lớn hơn 0"))
    if d != d.quantize(Decimal(1).scaleb(-PLACES)):
        raise ValueError(QCoreApplication.translate("CriteriaTableDialog", "tối đa 2 chữ số thập phân"))
    return d


def fmt_points(value: Decimal) -> str:
    """Decimal('2.50') → '2,5' in Vietnamese ('2.5' in English); exact, no float."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", locale().decimalPoint())


def next_code(code: str) -> str:
    """'1.3' → '1.4', '7' → '8', 'T1' → 'T2'; '' when it cannot tell."""
    code = code.strip()
    head = code.rstrip("0123456789")
    tail = code[len(head) :]
    return f"{head}{int(tail) + 1}" if tail else ""


class CriteriaItemsModel(RowTableModel):
    """The editable grid: Mã, Nhóm, Nội dung tiêu chí, Điểm tối đa, Loại. Cells hold the
    text as typed; the Loại column's EditRole is the kind code (NORMAL, BONUS, PENALTY).
    A points cell that does not parse is tinted, with the reason as its tooltip. GUI thread."""

    COL_CODE, COL_GROUP, COL_NAME, COL_POINTS, COL_KIND = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self._headers = (
            self.tr("Mã"),
            self.tr("Nhóm"),
            self.tr("Nội dung tiêu chí"),
            self.tr("Điểm tối đa"),
            self.tr("Loại"),
        )
        self._kinds = kind_labels()
        self._rows: list[list[str]] = []

    # -- content
    def set_criteria(self, criteria: tuple[Criterion, ...] | list[Criterion]) -> None:
        self.beginResetModel()
        self._rows = [[c.code, c.group, c.name, fmt_points(Decimal(c.max_points)), c.kind] for c in criteria]
        self.endResetModel()

    def row_values(self, row: int) -> tuple[str, str, str, str, str]:
        return tuple(self._rows[row])  # type: ignore[return-value]

    def is_blank(self, row: int) -> bool:
        """A row without content nor points is left out and not flagged (its code and group
        may be pre-filled by Thêm dòng)."""
        return not any(v.strip() for v in self._rows[row][self.COL_NAME : self.COL_POINTS + 1])

    def insert_row(self, at: int, values: tuple[str, str, str, str, str] = ("", "", "", "", NORMAL)) -> int:
        at = max(0, min(at, len(self._rows)))
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, list(values))
        self.endInsertRows()
        return at

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def move_row(self, row: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); returns its new position."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)) or delta == 0:
            return row
        # beginMoveRows takes the destination *before which* the row lands.
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target

    def points_error(self, row: int) -> str | None:
        if self.is_blank(row):
            return None
        try:
            parse_points(self._rows[row][self.COL_POINTS])
        except ValueError as exc:
            return str(exc)
        return None

    def sums(self) -> dict[str, Decimal]:
        """Kind → sum of the points that parse (others are skipped)."""
        out = {k: Decimal(0) for k in KINDS}
        for r in self._rows:
            try:
                out[r[self.COL_KIND]] += parse_points(r[self.COL_POINTS])
            except (ValueError, KeyError):
                pass
        return out

    def criteria(self) -> tuple[list[Criterion], str | None]:
        """The non-blank rows as Criterion and the first reason they cannot be saved."""
        found: list[Criterion] = []
        for i, r in enumerate(self._rows):
            if self.is_blank(i):
                continue
            code, group, name, points, kind = (v.strip() for v in r)
            line = i + 1
            if not code:
                return found, self.tr("dòng %1: chưa nhập mã").replace("%1", str(line))
            if not name:
                return found, self.tr("dòng %1: chưa nhập nội dung tiêu chí").replace("%1", str(line))
            try:
                value = parse_points(points)
            except ValueError as exc:
                return found, self.tr("dòng %1: điểm tối đa %2").replace("%1", str(line)).replace("%2", str(exc))
            found.append(Criterion(code, name, value, group, kind))
        return found, None

    # -- QAbstractTableModel (counts and headers come from RowTableModel)
    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        value = self._rows[row][col]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._kinds.get(value, value) if col == self.COL_KIND else value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_CODE, self.COL_POINTS):
            align = Qt.AlignmentFlag.AlignCenter if col == self.COL_CODE else Qt.AlignmentFlag.AlignRight
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if col == self.COL_POINTS and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            error = self.points_error(row)
            if error is None:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return error
            return theme.cell(ERROR_TINT)[0 if role == Qt.ItemDataRole.BackgroundRole else 1]
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.COL_GROUP, self.COL_NAME) and len(value) > 25:
            return value
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        col = index.column()
        text = "" if value is None else str(value)
        if col == self.COL_KIND and text not in KINDS:
            return False
        if self._rows[index.row()][col] == text:
            return True
        self._rows[index.row()][col] = text
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True


class CellDelegate(QStyledItemDelegate):
    """Enter commits the cell and stops there. (Qt's own filter commits later and lets the
    key go on to the dialog, whose default button would save a half-typed table.)"""

    def eventFilter(self, editor, event):
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)


class KindDelegate(CellDelegate):
    """A combo box of the three kinds for the Loại column."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for code, label in kind_labels().items():
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor, index):
        i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, i))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CriteriaItemsEditor(QWidget):
    """The grid with Thêm / Xóa / Lên / Xuống and the live total line. Emits `changed`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._declared: Decimal | None = None
        self.model = CriteriaItemsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(CellDelegate(self.view))
        self.view.setItemDelegateForColumn(CriteriaItemsModel.COL_KIND, KindDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setTabKeyNavigation(True)
        self.view.setWordWrap(False)
        self.view.setMinimumHeight(240)
        vh = self.view.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        hh = self.view.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(CriteriaItemsModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 60), (1, 210), (3, 95), (4, 120)):
            hh.resizeSection(col, width)

        self.add_button = QPushButton(self.tr("Thêm dòng"))
        self.remove_button = QPushButton(self.tr("Xóa dòng"))
        self.up_button = QPushButton(self.tr("Lên"))
        self.down_button = QPushButton(self.tr("Xuống"))
        self.add_button.setToolTip(self.tr("Thêm một dòng dưới dòng đang chọn (Insert)"))
        self.add_button.setShortcut("Insert")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.total_label = QLabel()
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        self.extras_label = QLabel()
        self.extras_label.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            # Enter in the form saves the dialog; it must not add or move rows.
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.extras_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.total_label)

        for sig in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
            self.model.modelReset,
        ):
            sig.connect(lambda *_: self._on_model_changed())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._update_total()
        self._update_buttons()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add_row(self) -> int:
        """A row under the current one, continuing its code, group and kind."""
        row = self.current_row()
        if row < 0:
            row = self.model.rowCount() - 1
        if row >= 0:
            code, group, _name, _points, kind = self.model.row_values(row)
            values = (next_code(code), group, "", "", kind)
        else:
            values = ("1", "", "", "", NORMAL)
        new = self.model.insert_row(row + 1, values)
        index = self.model.index(new, CriteriaItemsModel.COL_NAME if values[0] else CriteriaItemsModel.COL_CODE)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return new

    def remove_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            col = self.view.currentIndex().column()
            self.model.remove_row(row)
            if self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), col))

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0:
            col = self.view.currentIndex().column()
            new = self.model.move_row(row, delta)
            self.view.setCurrentIndex(self.model.index(new, col))

    def set_declared_total(self, value: Decimal | None) -> None:
        self._declared = value
        self._update_total()

    def _on_model_changed(self) -> None:
        self._update_total()
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    def _update_total(self) -> None:
        sums = self.model.sums()
        s = sums[NORMAL]
        if self._declared is None:
            text = self.tr("Tổng điểm tối đa các tiêu chí: %1 / ? — chưa nhập tổng điểm").replace("%1", fmt_points(s))
            ok = False
        elif s == self._declared:
            text = (
                self.tr("Tổng điểm tối đa các tiêu chí: %1 / %2 — đủ")
                .replace("%1", fmt_points(s))
                .replace("%2", fmt_points(self._declared))
            )
            ok = True
        else:
            template = (
                self.tr("Tổng điểm tối đa các tiêu chí: %1 / %2 — thiếu %3 điểm")
                if s < self._declared
                else self.tr("Tổng điểm tối đa các tiêu chí: %1 / %2 — thừa %3 điểm")
            )
            text = (
                template.replace("%1", fmt_points(s))
                .replace("%2", fmt_points(self._declared))
                .replace("%3", fmt_points(abs(self._declared - s)))
            )
            ok = False
        self.total_label.setText(("✔ " if ok else "✘ ") + text)
        self.total_label.setStyleSheet(f"color: {theme.css(OK_COLOR if ok else BAD_COLOR)}; font-weight: bold;")
        self.total_label.setProperty("ok", ok)
        self.extras_label.setText(
            self.tr("Điểm thưởng tối đa: %1 · Điểm trừ tối đa: %2")
            .replace("%1", fmt_points(sums[BONUS]))
            .replace("%2", fmt_points(sums[PENALTY]))
        )


class CriteriaTableDialog(FormDialog):
    """Add (`table` None) or edit a criteria table of `bloc_id`. `saved_id` is the table's
    id after Lưu. `score_count` > 0 warns that the service will refuse changed items."""

    # Field names of ValidationFailed from app.services.bloc / app.rules.scoring that
    # belong under the grid.
    ITEM_FIELDS = ("items", "criteria", "weights", "code")
    changes = frozenset({BLOCS})

    def __init__(
        self,
        db: Database,
        *,
        bloc_id: int,
        table: ScoringTableSummary | None = None,
        default_year: int | None = None,
        score_count: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, self.tr("Sửa bảng tiêu chí") if table else self.tr("Thêm bảng tiêu chí"), parent)
        self._bloc_id = bloc_id
        self._table = table
        if score_count:
            self.intro.setText(
                self.tr(
                    "Bảng đã có %1 điểm chấm: chỉ sửa được tên và tùy chọn bỏ điểm; "
                    "danh sách tiêu chí không sửa được nữa."
                ).replace("%1", str(score_count))
            )
            self.intro.setStyleSheet(f"color: {theme.css(BAD_COLOR)};")
            self.intro.show()
        self.name = self.add_field("name", self.tr("Tên bảng tiêu chí"), QLineEdit())
        self.name.setMinimumWidth(420)
        self.year = self.add_field("year", self.tr("Năm"), QSpinBox())
        self.year.setRange(bloc_admin.MIN_YEAR, bloc_admin.MAX_YEAR)
        self.year.setFixedWidth(90)
        self.movement = self.add_field("movement_id", self.tr("Phong trào"), QComboBox())
        self.movement.addItem(self.tr("(bảng chấm điểm cả năm, không theo phong trào)"), None)
        QueryOp(
            parent=self, db=db, op=movement_service.list_movements, success=self._fill_movements
        ).run_in_background()
        self.movement.setToolTip(self.tr("Chọn phong trào khi bảng dùng để chấm điểm một phong trào (đợt) thi đua"))
        self.declared_total = self.add_field("declared_total", self.tr("Tổng điểm công bố"), QLineEdit())
        self.declared_total.setFixedWidth(90)
        self.declared_total.setToolTip(self.tr("Tổng điểm tối đa của các tiêu chí (không kể điểm thưởng, điểm trừ)"))
        self.drop_extremes = QCheckBox(self.tr("Bỏ điểm cao nhất và thấp nhất khi có từ 5 đơn vị chấm trở lên"))
        self.add_row("", self.drop_extremes)
        self.items = CriteriaItemsEditor()
        self.add_field("items", self.tr("Các tiêu chí"), self.items)
        self.grid.setRowStretch(self.grid.rowCount() - 1, 1)
        # FormDialog puts a stretch under the form; here the grid should take the height.
        outer = cast(QVBoxLayout, self.layout())  # FormDialog's
        outer.setStretch(outer.indexOf(self.grid), 1)
        outer.setStretch(outer.indexOf(self.grid) + 1, 0)
        self.items.changed.connect(lambda: self._on_edited("items"))
        self.declared_total.textChanged.connect(lambda _t: self._on_total_changed())
        if table is not None:
            self.name.setText(table.name)
            self.year.setValue(table.year)
            self.declared_total.setText(fmt_points(table.declared_total))
            self.drop_extremes.setChecked(table.drop_extremes)
            self.items.model.set_criteria(table.criteria)
            i = self.movement.findData(table.movement_id)
            self.movement.setCurrentIndex(max(i, 0))
        else:
            year = default_year or _dt.date.today().year
            self.year.setValue(year)
            self.name.setText(self.tr("Bảng tiêu chí chấm điểm thi đua năm %1").replace("%1", str(year)))
            self.declared_total.setText("100")
            self.items.model.insert_row(0, ("1", "", "", "", NORMAL))
        self.year.valueChanged.connect(self._on_year_changed)
        self._on_total_changed()
        self.finish()
        fit_to_screen(self, 1060, 640)  # 1366×768 at 125–150 %
        self.name.selectAll()

    def _fill_movements(self, movements) -> None:
        for m in movements:
            self.movement.addItem(m.name, m.id)
        if self._table is not None:
            self.movement.setCurrentIndex(max(self.movement.findData(self._table.movement_id), 0))

    def _on_year_changed(self, year: int) -> None:
        # Keep a default-looking name in step with the year ("… năm 2025" → "… năm 2026").
        old = [str(y) for y in (year - 1, year + 1) if str(y) in self.name.text()]
        if old and self._table is None:
            self.name.setText(self.name.text().replace(old[0], str(year)))

    def declared_value(self) -> Decimal | None:
        try:
            return parse_points(self.declared_total.text())
        except ValueError:
            return None

    def _on_total_changed(self) -> None:
        self.items.set_declared_total(self.declared_value())

    # ------------------------------------------------------------ FormDialog
    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.name.text().strip():
            errors["name"] = self.tr("không được để trống")
        try:
            parse_points(self.declared_total.text())
        except ValueError as exc:
            errors["declared_total"] = str(exc)
        criteria, problem = self.items.model.criteria()
        if problem:
            errors["items"] = problem
        elif not criteria:
            errors["items"] = self.tr("chưa có tiêu chí nào")
        return errors

    def _items_changed(self, criteria: list[Criterion]) -> bool:
        return self._table is None or tuple(criteria) != tuple(self._table.criteria)

    def save(self, session):
        criteria, _ = self.items.model.criteria()
        total = parse_points(self.declared_total.text())
        try:
            if self._table is None:
                return bloc.create_table(
                    session,
                    bloc_id=self._bloc_id,
                    year=self.year.value(),
                    name=self.name.text(),
                    declared_total=total,
                    items=criteria,
                    drop_extremes=self.drop_extremes.isChecked(),
                    movement_id=self.movement.currentData(),
                )
            bloc.update_table(
                session,
                table_id=self._table.id,
                name=self.name.text(),
                declared_total=total,
                items=criteria if self._items_changed(criteria) else None,
                drop_extremes=self.drop_extremes.isChecked(),
                movement_id=self.movement.currentData(),
            )
            if self.year.value() != self._table.year:
                bloc_admin.set_table_year(session, table_id=self._table.id, year=self.year.value())
            return self._table.id
        except ValidationFailed as exc:
            raise ValidationFailed(self._fields_for_boxes(exc.fields)) from exc

    def _fields_for_boxes(self, fields: dict[str, str]) -> dict[str, str]:
        """The service's field names → this dialog's boxes (criteria problems under the grid)."""
        out: dict[str, str] = {}
        for key, reason in fields.items():
            if key in self.boxes and key not in self.ITEM_FIELDS:
                out[key] = reason
                continue
            if key.startswith("criterion "):
                reason = self.tr("mã %1: %2").replace("%1", key.removeprefix("criterion ")).replace("%2", reason)
            elif key not in self.ITEM_FIELDS:
                reason = f"{key}: {reason}"
            out["items"] = f"{out['items']}; {reason}" if "items" in out else reason
        return out
