"""ReportsScreen ("Báo cáo"): choose a report (TT 02/2023 forms 0601–0603, awards per unit
and year, shares to non-leaders and women), a year, the units and the award level; preview
it in a table exactly as the sheet will show it; save it as xlsx.

Through `app.services.reports` only. The preview runs as a QueryOp (the forms take well
under a second on the demo, but 50,000 staff take longer); the save goes through the export
flow (a file open in Excel: Thử lại / Lưu tên khác… / Hủy). GUI thread.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.services import reports
from ui import errors
from ui.export_flow import XLSX, export_document
from ui.models.table import TupleTableModel
from ui.operations import QueryOp
from ui.widgets import set_role
from ui.workers import Worker

UNIT_ROLE = Qt.ItemDataRole.UserRole + 1


def default_year(today: _dt.date) -> int:
    """The forms' period ends on 30/11: from December the current year is reportable."""
    return today.year if today.month == 12 else today.year - 1


def preview_op(request: reports.ReportRequest):
    """The QueryOp body: the report and its preview table (DTOs), on the worker."""

    def op(session) -> reports.PreviewTable:
        return reports.preview(session, reports.build_report(session, request))

    return op


class _BoldRowsModel(TupleTableModel):
    """The preview: totals and section headings bold, like the sheet."""

    def __init__(self, parent=None) -> None:
        super().__init__([], parent)
        self.bold_rows: frozenset[int] = frozenset()

    def set_table(self, headers, rows, bold_rows) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self.endResetModel()
        self.bold_rows = frozenset(bold_rows)
        # 0 prints blank on the forms; the preview shows what will print.
        self.set_rows(rows)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        # The sheet's merged upper headers ("Chia ra") are in the tooltip; the column shows
        # its own header so that it fits.
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            full = self._headers[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return full.split(" / ")[-1]
            if role == Qt.ItemDataRole.ToolTipRole:
                return full
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.row() in self.bold_rows:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            value = self._rows[index.row()][index.column()]
            if isinstance(value, float):
                return f"{value:.1f}"
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10_000:
                from ui.i18n import fmt_int

                return fmt_int(value)  # amounts of money (the rewards report)
        return super().data(index, role)


class ReportsScreen(QWidget):
    """The "Báo cáo" screen. Signal previewed() after a preview is shown."""

    previewed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, *, today: _dt.date | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today or _dt.date.today()
        self.worker: Worker | None = None
        self.last_export: Path | None = None
        self.preview_table: reports.PreviewTable | None = None
        self._units_loaded = False

        title = QLabel(self.tr("Báo cáo, thống kê"))
        set_role(title, "screen-title")
        self.kind_combo = QComboBox()
        # Long report names must not widen the left panel: the preview needs the room.
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_combo.setMinimumContentsLength(14)
        kinds = {
            "0601": self.tr("Biểu 0601: Số phong trào thi đua"),
            "0602": self.tr("Biểu 0602: Số lượng khen thưởng cấp Nhà nước"),
            "0603": self.tr("Biểu 0603: Số lượng khen thưởng cấp bộ, ban, ngành, tỉnh"),
            "by_unit": self.tr("Số lượt khen thưởng theo đơn vị và theo năm"),
            "shares": self.tr("Tỷ lệ khen thưởng người trực tiếp công tác và nữ"),
            "rewards": self.tr("Tiền thưởng theo đơn vị và cấp khen thưởng"),
        }
        for code, label in kinds.items():
            self.kind_combo.addItem(label, code)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1990, 2200)
        self.year_spin.setValue(default_year(self._today))
        self.level_combo = QComboBox()
        self.level_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.level_combo.setMinimumContentsLength(14)
        levels = {
            "ALL": self.tr("Tất cả các cấp"),
            "BO_TINH_UP": self.tr("Cấp bộ, ban, ngành, tỉnh trở lên"),
            "NHA_NUOC": self.tr("Cấp Nhà nước"),
        }
        for code, label in levels.items():
            self.level_combo.addItem(label, code)
        self.units_list = QListWidget()
        self.units_list.setToolTip(self.tr("Đánh dấu các đơn vị cần tính; không đánh dấu đơn vị nào là tính tất cả"))
        self.units_label = QLabel(self.tr("Đơn vị (để trống: tất cả)"))
        self.period_label = QLabel()
        self.period_label.setWordWrap(True)
        set_role(self.period_label, "hint")
        self.year_spin.valueChanged.connect(lambda _v: self._update_period())
        self.preview_button = QPushButton(self.tr("Xem trước"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button = QPushButton(self.tr("Lưu Excel…"))
        self.save_button.clicked.connect(lambda: self.save())

        form = QFormLayout()
        form.addRow(self.tr("Báo cáo"), self.kind_combo)
        form.addRow(self.tr("Năm báo cáo"), self.year_spin)
        form.addRow(self.tr("Cấp khen thưởng"), self.level_combo)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.period_label)
        left.addWidget(self.units_label)
        left.addWidget(self.units_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        left.addLayout(buttons)
        left_box = QWidget()
        left_box.setLayout(left)

        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        self.model = _BoldRowsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        )
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.message_label = QLabel()
        right = QVBoxLayout()
        right.addWidget(self.title_label)
        right.addWidget(self.subtitle_label)
        right.addWidget(self.table, 1)
        right.addWidget(self.notes_label)
        right.addWidget(self.message_label)
        right_box = QWidget()
        right_box.setLayout(right)

        self.splitter = QSplitter()
        self.splitter.addWidget(left_box)
        self.splitter.addWidget(right_box)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.splitter, 1)
        self._on_kind_changed()

    # ------------------------------------------------------------ state
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._units_loaded:
            self.reload_units()
            self.splitter.setSizes([250, max(600, self.width() - 250)])

    def reload_units(self) -> None:
        self._units_loaded = True
        QueryOp(
            parent=self, db=self._db, op=reports.report_units, success=self._show_units, key="units"
        ).run_in_background()

    def _show_units(self, units) -> None:
        self.units_list.clear()
        for u in units:
            item = QListWidgetItem(u.name)
            item.setData(UNIT_ROLE, u.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.units_list.addItem(item)

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _on_kind_changed(self) -> None:
        kind = self.kind()
        self.level_combo.setEnabled(kind in ("by_unit", "shares"))
        self.units_list.setEnabled(kind != "0601")
        self._update_period()

    def _update_period(self) -> None:
        year = self.year_spin.value()
        if self.kind() == "rewards":
            self.period_label.setText(
                self.tr(
                    "Năm %1, theo ngày quyết định; số tiền theo quyết định đã ban hành hoặc tính theo quy định"
                ).replace("%1", str(year))
            )
        elif self.kind() in reports.FORMS:
            start, end = reports.report_period(year)
            self.period_label.setText(
                self.tr("Kỳ báo cáo: từ %1 đến %2 (theo ngày quyết định)")
                .replace("%1", start.strftime("%d/%m/%Y"))
                .replace("%2", end.strftime("%d/%m/%Y"))
            )
        else:
            self.period_label.setText(
                self.tr("Năm %1–%2, theo năm thành tích được khen")
                .replace("%1", str(year - 4))
                .replace("%2", str(year))
            )

    def checked_units(self) -> tuple[int, ...] | None:
        ids = tuple(
            self.units_list.item(i).data(UNIT_ROLE)
            for i in range(self.units_list.count())
            if self.units_list.item(i).checkState() == Qt.CheckState.Checked
        )
        return ids or None

    def request(self) -> reports.ReportRequest:
        kind = self.kind()
        return reports.ReportRequest(
            kind,
            self.year_spin.value(),
            unit_ids=None if kind == "0601" else self.checked_units(),
            level_filter=self.level_combo.currentData(),
        )

    # ------------------------------------------------------------ preview
    def show_preview(self) -> None:
        self.preview_button.setEnabled(False)
        self.message_label.setText(self.tr("Đang tính…"))
        self.worker = (
            QueryOp(parent=self, db=self._db, op=preview_op(self.request()), success=self._on_preview, key="preview")
            .failure(self._on_preview_failed)
            .run_in_background()
        )

    def _on_preview_failed(self, exc: BaseException) -> None:
        self.preview_button.setEnabled(True)
        self.message_label.setText("")
        errors.show_error(self, exc)

    def _on_preview(self, table: reports.PreviewTable) -> None:
        self.preview_button.setEnabled(True)
        self.preview_table = table
        self.title_label.setText(table.title)
        self.subtitle_label.setText(table.subtitle)
        self.model.set_table(table.headers, table.rows, table.bold_rows)
        self.notes_label.setText("\n".join(table.notes))
        self.message_label.setText("")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fm = self.fontMetrics()
        em = fm.horizontalAdvance("0")
        wide = 1 if table.headers and table.headers[0] == "STT" else 0
        narrow = {"STT": 4, "Mã số": 5, "Đơn vị tính": 7}
        fixed = {
            c: em * (22 if c == wide else narrow[h]) + 12
            for c, h in enumerate(table.headers)
            if c == wide or h in narrow
        }
        rest = [c for c in range(len(table.headers)) if c not in fixed]
        room = (
            self.table.viewport().width() - sum(fixed.values()) - 6 - self.table.verticalScrollBar().sizeHint().width()
        )
        each = max(em * 8 + 12, room // max(1, len(rest)))
        widths = {**fixed, **{c: each for c in rest}}
        lines = 1
        for c, w in widths.items():
            self.table.setColumnWidth(c, w)
            shown = self.model.headerData(c, Qt.Orientation.Horizontal)
            rect = fm.boundingRect(0, 0, w - 8, 10_000, int(Qt.TextFlag.TextWordWrap), shown)
            lines = max(lines, -(-rect.height() // fm.lineSpacing()))
        # Headers wrap in full rather than being clipped (the 0603 ones run to 100 characters).
        header.setFixedHeight(fm.lineSpacing() * min(lines, 12) + 10)
        self.table.resizeRowsToContents()
        self.previewed.emit()

    # ------------------------------------------------------------ save
    def document_name(self) -> str:
        kind = self.kind()
        return (
            self.tr("Biểu %1 năm %2").replace("%1", kind)
            if kind in reports.FORMS
            else self.tr("Báo cáo khen thưởng năm %2")
        ).replace("%2", str(self.year_spin.value()))

    def save(self, path: str | Path | None = None) -> None:
        """The report as .xlsx through the export flow (`path` skips the dialog)."""
        request = self.request()

        def done(out: Path, _result) -> None:
            self.last_export = Path(out)
            self.message_label.setText(self.tr("Đã lưu %1").replace("%1", str(out)))

        export_document(
            self,
            db=self._db,
            title=self.tr("Lưu báo cáo"),
            document=self.document_name(),
            formats=(XLSX,),
            write=lambda s, out: reports.export_report(s, request, out),
            done_text=self.tr("Đã lưu báo cáo."),
            progress=self.tr("Đang lưu báo cáo…"),
            path=path,
            on_done=done,
        )
