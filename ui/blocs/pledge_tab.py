"""PledgeTab ("Giao ước thi đua"): a bloc's yearly pledge — title, place, signing date,
content, the member agencies that sign it with their signers and a "Đã ký" mark — saved
through `app.services.pledge` and printed as PDF (`pledge.export_pledge`) through the
export flow.

Hosted by the blocs screen, which calls `set_bloc`. Reads and writes run as operations
(ui/operations.py); writes announce BLOCS on the change hub. A year without a
pledge shows a draft (template content, the bloc's members) that is stored on "Lưu". The
"Đã ký" mark of a stored signatory is saved at once (it records paper coming back, not an
edit of the text). Leaving a year or a bloc with unsaved edits asks first. GUI thread.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import ValidationFailed
from app.services import pledge as pledge_service
from app.services.pledge import PledgeSignatoryRow, PledgeSummary
from ui import errors
from ui.export_flow import PDF, export_document
from ui.models.table import RowTableModel
from ui.operations import BLOCS, CollectionOp, QueryOp
from ui.widgets import DateEdit, ErrorLabel, FieldBox


class SignatoryTableModel(RowTableModel):
    """The signatories of a pledge (`PledgeSignatoryRow`): member (read-only), signer name
    and title (editable), "Đã ký" (checkable). Emits `edited(row, column)` after a change
    by the user. `data()` never touches the database. GUI thread only."""

    MEMBER, SIGNER, TITLE, SIGNED = range(4)
    edited = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self._headers = [
            self.tr("Đơn vị thành viên"),
            self.tr("Người ký"),
            self.tr("Chức vụ người ký"),
            self.tr("Đã ký"),
        ]

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.SIGNER, self.TITLE):
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == self.SIGNED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r: PledgeSignatoryRow = self._rows[index.row()]
        col = index.column()
        if col == self.SIGNED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if r.signed else Qt.CheckState.Unchecked
            return None
        text = (r.member_name, r.signer_name, r.signer_title)[col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole and col == self.MEMBER:
            return text
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, col = index.row(), index.column()
        r: PledgeSignatoryRow = self._rows[row]
        if col == self.SIGNED and role == Qt.ItemDataRole.CheckStateRole:
            signed = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            if signed == r.signed:
                return False
            self._rows[row] = r._replace(signed=signed)
        elif col in (self.SIGNER, self.TITLE) and role == Qt.ItemDataRole.EditRole:
            text = " ".join(str(value or "").split())
            field = "signer_name" if col == self.SIGNER else "signer_title"
            if getattr(r, field) == text:
                return False
            self._rows[row] = r._replace(signer_name=text) if col == self.SIGNER else r._replace(signer_title=text)
        else:
            return False
        self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
        self.edited.emit(row, col)
        return True


class PledgeTab(QWidget):
    """The yearly pledge of the bloc given to `set_bloc`. Signal `pledge_changed` after a
    save, a copy or a "Đã ký" mark was stored. GUI thread."""

    pledge_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._bloc_id: int | None = None
        self._year = _dt.date.today().year
        self._pledge: PledgeSummary | None = None
        self._years: list[int] = []
        self._dirty = False
        self._loading = False

        self.year_spin = QSpinBox()
        self.year_spin.setRange(pledge_service.MIN_YEAR, pledge_service.MAX_YEAR)
        self.year_spin.setValue(self._year)
        self.year_spin.setKeyboardTracking(False)
        self.year_spin.valueChanged.connect(self._on_year_changed)
        self.status_label = QLabel()
        self.years_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Năm:")))
        top.addWidget(self.year_spin)
        top.addSpacing(12)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.years_label)

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(pledge_service.TITLE_MAX)
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(pledge_service.TEXT_MAX)
        self.signed_on_edit = DateEdit()
        self.title_box, self.place_box, self.signed_on_box = (
            FieldBox(self.title_edit),
            FieldBox(self.place_edit),
            FieldBox(self.signed_on_edit),
        )
        place_row = QHBoxLayout()
        place_row.addWidget(self.place_box, 2)
        place_row.addWidget(QLabel(self.tr("Ngày ký:")))
        place_row.addWidget(self.signed_on_box, 1)
        form = QFormLayout()
        form.addRow(self.tr("Tiêu đề:"), self.title_box)
        form.addRow(self.tr("Địa danh:"), place_row)
        self.content_edit = QPlainTextEdit()
        self.content_edit.setPlaceholderText(
            self.tr('Mỗi đoạn một dòng; dòng bắt đầu bằng "1.", "-", "a)" là một mục riêng.')
        )
        self.content_error = ErrorLabel()
        left = QGroupBox(self.tr("Nội dung giao ước"))
        lv = QVBoxLayout(left)
        lv.addLayout(form)
        lv.addWidget(self.content_edit, 1)
        lv.addWidget(self.content_error)

        self.model = SignatoryTableModel(self)
        self.model.edited.connect(self._on_signatory_edited)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SignatoryTableModel.MEMBER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SignatoryTableModel.SIGNER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SignatoryTableModel.TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SignatoryTableModel.SIGNED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(SignatoryTableModel.SIGNER, 150)
        self.table.setColumnWidth(SignatoryTableModel.TITLE, 140)
        self.table.setWordWrap(False)
        self.signatories_error = ErrorLabel()
        self.signed_label = QLabel()
        self.remove_button = QPushButton(self.tr("Bỏ khỏi danh sách ký"))
        self.remove_button.clicked.connect(self.remove_selected_signatory)
        self.add_missing_button = QPushButton(self.tr("Thêm thành viên còn thiếu"))
        self.add_missing_button.setToolTip(self.tr("Thêm các thành viên của khối trong năm chưa có trong danh sách ký"))
        self.add_missing_button.clicked.connect(self.add_missing_members)
        sig_buttons = QHBoxLayout()
        sig_buttons.addWidget(self.signed_label, 1)
        sig_buttons.addWidget(self.remove_button)
        sig_buttons.addWidget(self.add_missing_button)
        right = QGroupBox(self.tr("Các đơn vị ký giao ước"))
        rv = QVBoxLayout(right)
        rv.addWidget(self.table, 1)
        rv.addWidget(self.signatories_error)
        rv.addLayout(sig_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)

        self.error_label = ErrorLabel()
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.clicked.connect(lambda: self.save())
        self.copy_button = QPushButton(self.tr("Chép từ năm trước"))
        self.copy_button.clicked.connect(lambda: self.copy_from_last_year())
        self.export_button = QPushButton(self.tr("Xuất PDF…"))
        self.export_button.clicked.connect(lambda: self.export_pdf())
        bottom = QHBoxLayout()
        bottom.addWidget(self.error_label, 1)
        bottom.addStretch(1)  # the error label is hidden (and takes no room) most of the time
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        for edit in (self.title_edit, self.place_edit, self.signed_on_edit):
            edit.textEdited.connect(self._on_edited)
        self.content_edit.textChanged.connect(self._on_edited)
        self._update_state()

    # ------------------------------------------------------------ public
    @property
    def bloc_id(self) -> int | None:
        return self._bloc_id

    @property
    def year(self) -> int:
        return self._year

    @property
    def pledge(self) -> PledgeSummary | None:
        """What is shown: the stored pledge, a draft (id None), or None without a bloc."""
        return self._pledge

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def set_bloc(self, bloc_id: int | None) -> None:
        """Show (or re-read) the pledge of `bloc_id` (None: nothing). The same bloc with
        unsaved edits keeps them (the host re-sends the bloc after members changed; "Thêm
        thành viên còn thiếu" picks new members up). Unsaved edits of another bloc are saved
        or dropped as the user answers (the bloc has changed already: no Cancel)."""
        if bloc_id == self._bloc_id and self._dirty:
            return
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Giao ước chưa lưu"),
                self.tr("Giao ước thi đua năm %1 có thay đổi chưa lưu. Lưu lại không?").replace("%1", str(self._year)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                year = self._year

                def not_saved() -> None:
                    QMessageBox.warning(
                        self,
                        self.tr("Giao ước chưa lưu"),
                        self.tr("Chưa lưu được giao ước năm %1 vì dữ liệu chưa hợp lệ; các thay đổi đã bị bỏ.").replace(
                            "%1", str(year)
                        ),
                    )

                self.save(on_failure=not_saved)
        self._bloc_id = bloc_id
        self.reload()

    def set_year(self, year: int) -> None:
        self.year_spin.setValue(year)

    def confirm_leave(self, proceed: Callable[[], None] | None = None) -> bool:
        """Ask about unsaved edits before the host leaves this tab or closes; False: stay.
        On «Có» the edits are saved and `proceed()` runs once they are stored (the host
        leaves then); until then the host stays."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Giao ước chưa lưu"),
            self.tr("Giao ước thi đua năm %1 có thay đổi chưa lưu. Lưu lại không?").replace("%1", str(self._year)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Yes:
            self.save(then=proceed)
            return False
        self._dirty = False
        return True

    def reload(self) -> None:
        """Read the year's pledge (or a draft) and the years that have one; drops edits."""
        self._clear_errors()
        pledge: PledgeSummary | None = None
        years: list[int] = []
        bloc_id, year = self._bloc_id, self._year
        if bloc_id is None:
            self._show_loaded((pledge, years))
            return

        def op(s) -> tuple[PledgeSummary, list[int]]:
            return (
                (
                    pledge_service.get_pledge(s, bloc_id=bloc_id, year=year)
                    or pledge_service.draft_pledge(s, bloc_id=bloc_id, year=year)
                ),
                pledge_service.list_pledge_years(s, bloc_id=bloc_id),
            )

        def failed(exc: BaseException) -> None:
            errors.show_error(self, exc)
            self._show_loaded((None, []))

        QueryOp(parent=self, db=self._db, op=op, success=self._show_loaded, key="pledge").failure(
            failed
        ).run_in_background()

    def _show_loaded(self, loaded: tuple[PledgeSummary | None, list[int]]) -> None:
        self._pledge, self._years = loaded
        self._show(self._pledge)

    def save(self, *, then: Callable[[], None] | None = None, on_failure: Callable[[], None] | None = None) -> None:
        """Store what is shown in a CollectionOp; `then()` runs after the commit. A refusal
        shows inline (or calls `on_failure()` instead, e.g. when the form already shows
        another bloc)."""
        if self._bloc_id is None:
            return
        self._clear_errors()
        try:
            signed_on = self.signed_on_edit.date()
        except ValueError as exc:
            if on_failure is not None:
                on_failure()
            else:
                self.signed_on_box.set_error(str(exc))
            return
        bloc_id, year, title = self._bloc_id, self._year, self.title_edit.text()
        content, place, rows = self.content_edit.toPlainText(), self.place_edit.text(), list(self.model.rows)
        self._write(
            lambda s: pledge_service.save_pledge(
                s,
                bloc_id=bloc_id,
                year=year,
                title=title,
                content=content,
                place=place,
                signed_on=signed_on,
                signatories=rows,
            ),
            then,
            on_failure,
        )

    def _write(
        self,
        op: Callable[[Any], Any],
        then: Callable[[], None] | None = None,
        on_failure: Callable[[], None] | None = None,
    ) -> None:
        def saved(_result) -> None:
            self._dirty = False
            self.reload()
            self.pledge_changed.emit()
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            if on_failure is not None and isinstance(exc, ValidationFailed):
                on_failure()
            elif isinstance(exc, ValidationFailed):
                self._show_errors(exc.fields)
            else:
                errors.show_error(self, exc)

        CollectionOp(parent=self, db=self._db, op=op, changes={BLOCS}, success=saved).failure(
            failed
        ).run_in_background()

    def copy_from_last_year(self) -> None:
        """Replace this year's pledge by a copy of the latest earlier one (asks first when
        this year has one or the form has edits)."""
        if self._bloc_id is None:
            return
        stored = self._pledge is not None and self._pledge.id is not None
        if stored or self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Chép từ năm trước"),
                self.tr(
                    "Thay nội dung và danh sách ký của giao ước năm %1 bằng bản chép từ năm trước? "
                    'Các dấu "Đã ký" của năm %1 sẽ bị xóa.'
                ).replace("%1", str(self._year)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        bloc_id, year = self._bloc_id, self._year
        self._write(lambda s: pledge_service.copy_pledge_from_last_year(s, bloc_id=bloc_id, year=year, replace=stored))

    def export_pdf(self, path: str | None = None) -> None:
        """Save unsaved edits, ask for a file name (unless `path`), and write the PDF in a
        worker; errors go through ui.errors."""
        if self._bloc_id is None:
            return
        if self._dirty or self._pledge is None or self._pledge.id is None:
            self.save(then=lambda: self.export_pdf(path))
            return
        bloc_id, year = self._bloc_id, self._year
        export_document(
            self,
            db=self._db,
            title=self.tr("Lưu giao ước thi đua"),
            document=self.tr("Giao ước thi đua năm %1").replace("%1", str(year)),
            formats=(PDF,),
            write=lambda s, out: pledge_service.export_pledge(s, bloc_id=bloc_id, year=year, out=out),
            done_text=self.tr("Đã tạo giao ước thi đua."),
            progress=self.tr("Đang tạo giao ước thi đua…"),
            path=path,
        )

    def remove_selected_signatory(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        self.model.remove_row(row)
        self._set_dirty()

    def add_missing_members(self) -> None:
        """Add the bloc's members of the year that are not on the list, in member order."""
        if self._bloc_id is None:
            return
        bloc_id, year = self._bloc_id, self._year
        QueryOp(
            parent=self,
            db=self._db,
            success=self._add_missing,
            op=lambda s: pledge_service.default_signatories(s, bloc_id=bloc_id, year=year),
        ).run_in_background()

    def _add_missing(self, defaults: tuple[PledgeSignatoryRow, ...]) -> None:
        present = {r.member_id: r for r in self.model.rows}
        missing = [d for d in defaults if d.member_id not in present]
        if not missing:
            return
        order = {d.member_id: i for i, d in enumerate(defaults)}
        rows = sorted([*self.model.rows, *missing], key=lambda r: order.get(r.member_id, len(order)))
        self.model.set_rows(rows)
        self._set_dirty()

    # ------------------------------------------------------------ internals
    def _show(self, pledge: PledgeSummary | None) -> None:
        self._loading = True
        try:
            self.title_edit.setText(pledge.title if pledge else "")
            self.place_edit.setText(pledge.place if pledge else "")
            self.signed_on_edit.set_date(pledge.signed_on if pledge else None)
            self.content_edit.setPlainText(pledge.content if pledge else "")
            self.model.set_rows(pledge.signatories if pledge else ())
        finally:
            self._loading = False
        self._dirty = False
        self._update_state()

    def _set_dirty(self) -> None:
        if not self._loading:
            self._dirty = True
            self._update_state()

    def _on_edited(self, *_args) -> None:
        self._set_dirty()

    def _on_signatory_edited(self, row: int, column: int) -> None:
        if self._loading:
            return
        r = self.model.row_at(row)
        stored = (
            self._pledge is not None
            and self._pledge.id is not None
            and r is not None
            and any(s.member_id == r.member_id for s in self._pledge.signatories)
        )
        if column != SignatoryTableModel.SIGNED or not stored:
            self._set_dirty()
            return
        if self._pledge is None or self._pledge.id is None or r is None:  # (stored: none of them is)
            return
        pledge_id, member_id, signed = self._pledge.id, r.member_id, r.signed

        def stored_signed(_result) -> None:
            if self._pledge is None or self._pledge.id != pledge_id:
                return
            self._pledge = self._pledge._replace(
                signatories=tuple(
                    s._replace(signed=signed) if s.member_id == member_id else s for s in self._pledge.signatories
                )
            )
            self._update_state()
            self.pledge_changed.emit()

        CollectionOp(
            parent=self,
            db=self._db,
            changes={BLOCS},
            success=stored_signed,
            op=lambda s: pledge_service.set_signed(s, pledge_id=pledge_id, member_id=member_id, signed=signed),
        ).run_in_background()

    def _on_year_changed(self, year: int) -> None:
        if year == self._year:
            return
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Giao ước chưa lưu"),
                self.tr("Giao ước thi đua năm %1 có thay đổi chưa lưu. Lưu lại không?").replace("%1", str(self._year)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.No:
                # Stay on the edited year; «Có» moves on once the edits are stored.
                self.year_spin.blockSignals(True)
                self.year_spin.setValue(self._year)
                self.year_spin.blockSignals(False)
                if answer == QMessageBox.StandardButton.Yes:
                    self.save(then=lambda: self.year_spin.setValue(year))
                return
        self._year = year
        self._dirty = False
        self.reload()

    def _clear_errors(self) -> None:
        for box in (self.title_box, self.place_box, self.signed_on_box):
            box.set_error(None)
        for label in (self.content_error, self.signatories_error, self.error_label):
            label.set_error(None)

    def _show_errors(self, fields: dict[str, str]) -> None:
        boxes: dict[str, FieldBox | ErrorLabel] = {
            "title": self.title_box,
            "place": self.place_box,
            "signed_on": self.signed_on_box,
            "content": self.content_error,
            "signatories": self.signatories_error,
        }
        rest = []
        for key, text in fields.items():
            target = boxes.get(key)
            if target is None:
                rest.append(text)
            else:
                target.set_error(text)
        self.error_label.set_error("; ".join(rest) or None)

    def _update_state(self) -> None:
        has_bloc = self._bloc_id is not None and self._pledge is not None
        for w in (
            self.title_edit,
            self.place_edit,
            self.signed_on_edit,
            self.content_edit,
            self.table,
            self.save_button,
            self.export_button,
            self.remove_button,
            self.add_missing_button,
        ):
            w.setEnabled(has_bloc)
        self.copy_button.setEnabled(has_bloc and any(y < self._year for y in self._years))
        p = self._pledge
        if not has_bloc or p is None:
            self.status_label.setText(self.tr("Chọn một khối thi đua để xem giao ước."))
            self.signed_label.setText("")
        elif p.id is None:
            self.status_label.setText(
                self.tr("Năm %1 chưa có giao ước — đang soạn bản mới (chưa lưu).").replace("%1", str(self._year))
            )
        elif self._dirty:
            self.status_label.setText(self.tr("Có thay đổi chưa lưu."))
        else:
            self.status_label.setText(self.tr("Đã lưu."))
        if has_bloc:
            rows = self.model.rows
            self.signed_label.setText(
                self.tr("Đã ký: %1/%2 đơn vị")
                .replace("%1", str(sum(r.signed for r in rows)))
                .replace("%2", str(len(rows)))
            )
        self.years_label.setText(
            self.tr("Các năm đã có giao ước: %1").replace("%1", ", ".join(str(y) for y in self._years))
            if self._years
            else ""
        )
