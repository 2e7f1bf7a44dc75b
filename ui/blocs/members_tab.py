"""MembersTab: the member agencies of one bloc — units of the tree and outside agencies (cơ
quan ngoài, known only by name) with the years they joined and left — and the bloc's yearly
leadership (Khối trưởng, Khối phó thường trực, Khối phó) with the rotation suggestion and the
history of past years. Reads run as QueryOps, writes as CollectionOps announcing BLOCS
(ui/operations.py) through app.services.bloc and app.services.bloc_admin. Emits
`members_changed` after members change (the blocs screen marks its other tabs). GUI thread."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import ValidationFailed
from app.services import bloc, bloc_admin, org
from app.services.bloc import LeadershipRow
from app.services.bloc_admin import MemberDetailRow
from app.services.org import UnitRow
from ui import errors
from ui.history.forms import FormDialog, parse_year
from ui.history.history_dialog import make_table
from ui.i18n import fmt_int
from ui.models.dto_table import Column, DtoTableModel
from ui.models.unit_tree import ALL_UNITS, UNIT_ID_ROLE, UnitTreeModel
from ui.operations import BLOCS, CollectionOp, QueryOp
from ui.widgets import ErrorLabel, fit_to_screen, sample_resize, set_invalid

OUTSIDE_TINT = (QColor("#fff4d6"), QColor("#7a5200"))


def optional_year(text: str) -> int | None:
    """'' → None, '2019' → 2019; raises ValueError with a Vietnamese reason."""
    return parse_year(text) if text.strip() else None


def _year_text(year: int | None) -> str:
    return str(year) if year is not None else ""


def active_in(member: MemberDetailRow, year: int) -> bool:
    """Whether the member belongs to the bloc in `year` (joined on or before, not yet left)."""
    return (member.joined_year is None or member.joined_year <= year) and (
        member.left_year is None or member.left_year >= year
    )


class _PickableUnitTree(UnitTreeModel):
    """The unit tree where units already in the bloc (and the "all units" root) cannot be
    picked; they are greyed with a tooltip saying why."""

    def __init__(self, taken: set[int], parent=None) -> None:
        super().__init__(parent)
        self._taken = set(taken)

    def flags(self, index):
        flags = super().flags(index)
        unit_id = index.data(UNIT_ID_ROLE) if index.isValid() else None
        if unit_id in self._taken or unit_id == ALL_UNITS:
            flags &= ~Qt.ItemFlag.ItemIsSelectable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            unit_id = super().data(index, UNIT_ID_ROLE)
            if unit_id in self._taken:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("Đã là thành viên của khối")
                app = QApplication.instance()
                return app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text) if app else None
        return super().data(index, role)


class UnitPickerDialog(QDialog):
    """Choose units of the tree to add to the bloc (Ctrl/Shift for many) and the year they
    joined. After accept: `unit_ids`, `joined_year`."""

    def __init__(
        self,
        units: list[UnitRow],
        *,
        taken_unit_ids: set[int],
        default_year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thêm đơn vị vào khối"))
        self.model = _PickableUnitTree(taken_unit_ids, self)
        self.model.set_units([u for u in units if u.is_active or u.id in taken_unit_ids])
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.expandToDepth(1)
        hint = QLabel(
            self.tr("Chọn một hoặc nhiều đơn vị (Ctrl hoặc Shift để chọn nhiều). Đơn vị đã là thành viên được tô xám.")
        )
        hint.setWordWrap(True)
        self.joined_year = QLineEdit(_year_text(default_year))
        self.joined_year.setMaxLength(4)
        self.joined_year.setFixedWidth(70)
        self.year_error = ErrorLabel()
        year_label = QLabel(self.tr("Năm tham gia khối:"))
        year_label.setBuddy(self.joined_year)
        self.count_label = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Thêm vào khối"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        year_row = QHBoxLayout()
        year_row.addWidget(year_label)
        year_row.addWidget(self.joined_year)
        year_row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addLayout(year_row)
        layout.addWidget(self.year_error)
        layout.addLayout(bottom)
        fit_to_screen(self, 520, 520)
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_count())
        self.joined_year.textChanged.connect(lambda _t: self._check_year())
        self._update_count()
        self.tree.setFocus()

    @property
    def unit_ids(self) -> list[int]:
        rows = sorted(self.tree.selectionModel().selectedIndexes(), key=lambda i: self._depth_path(i))
        return [i.data(UNIT_ID_ROLE) for i in rows if i.data(UNIT_ID_ROLE) not in (None, ALL_UNITS)]

    @staticmethod
    def _depth_path(index) -> tuple[int, ...]:
        path = []
        while index.isValid():
            path.append(index.row())
            index = index.parent()
        return tuple(reversed(path))

    @property
    def joined_year_value(self) -> int | None:
        return optional_year(self.joined_year.text())

    def select_units(self, unit_ids: list[int]) -> None:
        sm = self.tree.selectionModel()
        sm.clearSelection()
        for uid in unit_ids:
            index = self.model.index_of(uid)
            if index.isValid() and self.model.flags(index) & Qt.ItemFlag.ItemIsSelectable:
                sm.select(index, QItemSelectionModel.SelectionFlag.Select)

    def _check_year(self) -> bool:
        try:
            optional_year(self.joined_year.text())
        except ValueError as exc:
            self.year_error.set_error(str(exc))
            set_invalid(self.joined_year, True)
            return False
        self.year_error.set_error(None)
        set_invalid(self.joined_year, False)
        return True

    def _update_count(self) -> None:
        n = len(self.unit_ids)
        self.count_label.setText(self.tr("Đã chọn %1 đơn vị").replace("%1", fmt_int(n)))
        self.ok_button.setEnabled(n > 0)

    def _on_ok(self) -> None:
        if self._check_year() and self.unit_ids:
            self.accept()


class OutsideAgencyDialog(FormDialog):
    """Add an outside agency (cơ quan ngoài hệ thống) by name. `saved_id`: the member's id."""

    changes = frozenset({BLOCS})

    def __init__(
        self, db: Database, *, bloc_id: int, default_year: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, self.tr("Thêm cơ quan ngoài"), parent)
        self._bloc_id = bloc_id
        self.intro.setText(
            self.tr(
                "Cơ quan không có trong cây đơn vị của hệ thống: chỉ ghi tên. Cơ quan ngoài "
                "được chấm điểm, xếp hạng nhưng không lập được đề nghị khen thưởng."
            )
        )
        self.intro.show()
        self.name = self.add_field("name", self.tr("Tên cơ quan"), QLineEdit())
        self.name.setMinimumWidth(360)
        self.joined_year = self.add_field(
            "joined_year", self.tr("Năm tham gia khối"), QLineEdit(_year_text(default_year))
        )
        self.joined_year.setMaxLength(4)
        self.joined_year.setFixedWidth(70)
        self.finish()

    def check(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if not self.name.text().strip():
            found["name"] = self.tr("không được để trống")
        try:
            optional_year(self.joined_year.text())
        except ValueError as exc:
            found["joined_year"] = str(exc)
        return found

    def save(self, session):
        try:
            ids = bloc.add_members(
                session,
                bloc_id=self._bloc_id,
                names=[self.name.text()],
                joined_year=optional_year(self.joined_year.text()),
            )
        except ValidationFailed as exc:
            raise ValidationFailed({("name" if k == "names" else k): v for k, v in exc.fields.items()}) from exc
        return ids[0]


class MemberDialog(FormDialog):
    """Edit a member: the years it joined and left and, for an outside agency, its name."""

    changes = frozenset({BLOCS})

    def __init__(self, db: Database, member: MemberDetailRow, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Sửa thành viên «%1»").replace("%1", member.name), parent)
        self._member = member
        self.name = self.add_field("name", self.tr("Tên cơ quan"), QLineEdit(member.name))
        self.name.setMinimumWidth(360)
        if member.unit_id is not None:
            self.name.setReadOnly(True)
            self.name.setToolTip(self.tr("Tên đơn vị trong hệ thống sửa ở màn hình Tổ chức"))
        self.joined_year = self.add_field(
            "joined_year", self.tr("Năm tham gia khối"), QLineEdit(_year_text(member.joined_year))
        )
        self.left_year = self.add_field("left_year", self.tr("Năm rời khối"), QLineEdit(_year_text(member.left_year)))
        self.left_year.setPlaceholderText(self.tr("để trống nếu còn trong khối"))
        for field in (self.joined_year, self.left_year):
            field.setMaxLength(4)
            field.setFixedWidth(230)
        self.finish()

    def check(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if not self.name.text().strip():
            found["name"] = self.tr("không được để trống")
        years = {}
        for field in ("joined_year", "left_year"):
            try:
                years[field] = optional_year(getattr(self, field).text())
            except ValueError as exc:
                found[field] = str(exc)
        joined, left = years.get("joined_year"), years.get("left_year")
        if joined and left and left < joined:
            found["left_year"] = self.tr("phải từ năm tham gia trở đi")
        return found

    def save(self, session):
        bloc_admin.update_member(
            session,
            member_id=self._member.id,
            name=self.name.text() if self._member.unit_id is None else None,
            joined_year=optional_year(self.joined_year.text()),
            left_year=optional_year(self.left_year.text()),
        )
        return self._member.id


class MembersTab(QWidget):
    """Members on the left (Thêm đơn vị…, Thêm cơ quan ngoài…, Sửa…, Xóa); the leadership of
    a year and the history of past years on the right."""

    members_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._bloc_id: int | None = None
        self._history: list[LeadershipRow] = []
        self._suggested_id: int | None = None
        self.role_labels = {
            "KHOI_TRUONG": self.tr("Khối trưởng"),
            "KHOI_PHO_TT": self.tr("Khối phó thường trực"),
            "KHOI_PHO": self.tr("Khối phó"),
        }

        # -- members
        inside, outside = self.tr("Đơn vị trong hệ thống"), self.tr("Cơ quan ngoài")
        self.members_model = DtoTableModel(
            [
                Column(self.tr("Tên cơ quan, đơn vị"), lambda m: m.name),
                Column(self.tr("Loại"), lambda m: inside if m.unit_id is not None else outside),
                Column(self.tr("Năm tham gia"), lambda m: _year_text(m.joined_year), Qt.AlignmentFlag.AlignCenter),
                Column(self.tr("Năm rời khối"), lambda m: _year_text(m.left_year), Qt.AlignmentFlag.AlignCenter),
            ],
            self,
            tint=lambda m, col: OUTSIDE_TINT if col == 1 and m.unit_id is None else None,
        )
        self.members_view = make_table(self.members_model)
        mh = self.members_view.horizontalHeader()
        sample_resize(self.members_view)
        mh.setStretchLastSection(False)
        mh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            mh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.members_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_count = QLabel()
        self.members_count.setWordWrap(True)
        self.add_units_button = QPushButton(self.tr("Thêm đơn vị…"))
        self.add_units_button.setToolTip(self.tr("Chọn các đơn vị trong cây đơn vị của hệ thống"))
        self.add_outside_button = QPushButton(self.tr("Thêm cơ quan ngoài…"))
        self.add_outside_button.setToolTip(self.tr("Cơ quan không có trong cây đơn vị: chỉ ghi tên"))
        self.edit_member_button = QPushButton(self.tr("Sửa…"))
        self.remove_member_button = QPushButton(self.tr("Xóa"))
        self.add_units_button.clicked.connect(self.add_units)
        self.add_outside_button.clicked.connect(self.add_outside)
        self.edit_member_button.clicked.connect(self.edit_member)
        self.remove_member_button.clicked.connect(self.remove_member)
        self.members_view.doubleClicked.connect(lambda _i: self.edit_member())
        members_box = QGroupBox(self.tr("Thành viên của khối"))
        ml = QVBoxLayout(members_box)
        ml.addWidget(self.members_view, 1)
        ml.addWidget(self.members_count)
        for pair in (
            (self.add_units_button, self.add_outside_button),
            (self.edit_member_button, self.remove_member_button),
        ):  # two rows: fits 1366×768 at 125 %
            mb = QHBoxLayout()
            for b in pair:
                mb.addWidget(b)
            mb.addStretch(1)
            ml.addLayout(mb)

        # -- leadership of a year
        self.year = QSpinBox()
        self.year.setRange(bloc_admin.MIN_YEAR, bloc_admin.MAX_YEAR)
        self.year.setValue(_dt.date.today().year)
        self.year.setFixedWidth(90)
        self.leader = self._member_combo()
        self.standing_deputy = self._member_combo()
        self.deputies = QListWidget()
        self.deputies.setToolTip(self.tr("Đánh dấu các khối phó (có thể chọn nhiều)"))
        self.deputies.setMaximumHeight(self.fontMetrics().height() * 7 + 8)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.apply_suggestion_button = QPushButton(self.tr("Áp dụng đề xuất"))
        self.apply_suggestion_button.clicked.connect(self.apply_suggestion)
        self.save_leadership_button = QPushButton(self.tr("Lưu khối trưởng, khối phó"))
        self.save_leadership_button.clicked.connect(self.save_leadership)
        self.leadership_error = ErrorLabel()
        # A word-wrapped label in a form row shrinks to its narrowest; let it take the row.
        self.leadership_error.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.leadership_status = QLabel()
        self.leadership_status.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Năm:"), self.year)
        form.addRow(self.role_labels["KHOI_TRUONG"] + ":", self.leader)
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.apply_suggestion_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow("", suggestion_row)
        form.addRow(self.role_labels["KHOI_PHO_TT"] + ":", self.standing_deputy)
        form.addRow(self.role_labels["KHOI_PHO"] + ":", self.deputies)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_leadership_button)
        save_row.addWidget(self.leadership_status, 1)
        form.addRow("", self.leadership_error)
        form.addRow("", save_row)

        self.history_model = DtoTableModel(
            [
                Column(self.tr("Năm"), lambda h: str(h.year), Qt.AlignmentFlag.AlignCenter),
                Column(self.tr("Vai trò"), lambda h: self.role_labels.get(h.role, h.role)),
                Column(self.tr("Thành viên"), lambda h: h.member_name),
            ],
            self,
        )
        self.history_view = make_table(self.history_model)
        hh = self.history_view.horizontalHeader()
        sample_resize(self.history_view)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.history_view.setToolTip(self.tr("Nhấp đúp để xem, sửa năm đó"))
        self.history_view.doubleClicked.connect(self._on_history_activated)
        leadership_box = QGroupBox(self.tr("Khối trưởng, khối phó theo năm"))
        ll = QVBoxLayout(leadership_box)
        ll.addLayout(form)
        ll.addWidget(QLabel(self.tr("Các năm đã ghi:")))
        ll.addWidget(self.history_view, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(members_box)
        splitter.addWidget(leadership_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([460, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

        self.members_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.year.valueChanged.connect(lambda _y: self._load_year())
        self.leader.currentIndexChanged.connect(lambda _i: self._on_leadership_edited())
        self.standing_deputy.currentIndexChanged.connect(lambda _i: self._on_leadership_edited())
        self.deputies.itemChanged.connect(lambda _i: self._on_leadership_edited())
        self.set_bloc(None)

    def _member_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    # ------------------------------------------------------------ state
    @property
    def members(self) -> list[MemberDetailRow]:
        return self.members_model.rows

    def _member_name(self, member_id: int | None) -> str:
        return next((m.name for m in self.members if m.id == member_id), "")

    def selected_member(self) -> MemberDetailRow | None:
        rows = self.members_view.selectionModel().selectedRows()
        return self.members_model.row_at(rows[0].row()) if rows else None

    def select_member(self, member_id: int) -> None:
        row = self.members_model.row_of(lambda m: m.id == member_id)
        if row >= 0:
            self.members_view.selectRow(row)

    def deputy_ids(self) -> list[int]:
        return [
            self.deputies.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.deputies.count())
            if self.deputies.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_deputy_ids(self, ids: list[int]) -> None:
        for i in range(self.deputies.count()):
            item = self.deputies.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids else Qt.CheckState.Unchecked
            )

    def _update_buttons(self) -> None:
        has_bloc = self._bloc_id is not None
        m = self.selected_member()
        for b in (self.add_units_button, self.add_outside_button):
            b.setEnabled(has_bloc)
        self.edit_member_button.setEnabled(m is not None)
        self.remove_member_button.setEnabled(m is not None)
        has_members = has_bloc and bool(self.members)
        for w in (self.year, self.leader, self.standing_deputy, self.deputies, self.save_leadership_button):
            w.setEnabled(has_members)
        self.apply_suggestion_button.setEnabled(
            has_members and self._suggested_id is not None and self.leader.currentData() != self._suggested_id
        )

    # ------------------------------------------------------------ loading
    def set_bloc(self, bloc_id: int | None) -> None:
        self._bloc_id = bloc_id
        self.reload()

    def reload(self, *, select: int | None = None, then=None) -> None:
        """Members and leadership of the bloc again, keeping the selection (or selecting the
        member `select`); `then()` once shown."""
        keep = select if select is not None else (m.id if (m := self.selected_member()) else None)
        bloc_id = self._bloc_id
        if bloc_id is None:
            self._show_members(None, [], [], keep, then)
            return
        QueryOp(
            parent=self,
            db=self._db,
            key="reload",
            op=lambda s: (
                bloc_admin.list_member_details(s, bloc_id=bloc_id),
                bloc.leadership_history(s, bloc_id=bloc_id),
            ),
            success=lambda loaded: self._show_members(bloc_id, *loaded, keep, then),
        ).run_in_background()

    def _show_members(
        self,
        bloc_id: int | None,
        members: list[MemberDetailRow],
        history: list[LeadershipRow],
        keep: int | None,
        then=None,
    ) -> None:
        if bloc_id != self._bloc_id:
            return  # another bloc was chosen meanwhile
        self._history = list(history)
        self.members_model.set_rows(members)
        self.history_model.set_rows(self._history)
        inside = sum(1 for m in members if m.unit_id is not None)
        self.members_count.setText(
            self.tr("%1 thành viên: %2 đơn vị trong hệ thống, %3 cơ quan ngoài")
            .replace("%1", fmt_int(len(members)))
            .replace("%2", fmt_int(inside))
            .replace("%3", fmt_int(len(members) - inside))
            if self._bloc_id is not None
            else ""
        )
        if keep is not None:
            self.select_member(keep)
        self._load_year()
        if then is not None:
            then()

    def _load_year(self) -> None:
        """Fill the leadership fields with the saved roles of the chosen year (blank if none)
        and show the rotation suggestion."""
        year = self.year.value()
        saved = [h for h in self._history if h.year == year]
        assigned = {h.member_id for h in saved}
        choices = [m for m in self.members if active_in(m, year) or m.id in assigned]
        for combo, none_text in ((self.leader, self.tr("(chưa chọn)")), (self.standing_deputy, self.tr("(không có)"))):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(none_text, None)
            for m in choices:
                combo.addItem(m.name, m.id)
            combo.blockSignals(False)
        self.deputies.blockSignals(True)
        self.deputies.clear()
        for m in choices:
            item = QListWidgetItem(m.name)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.deputies.addItem(item)
        for h in saved:
            if h.role == "KHOI_TRUONG":
                self.leader.setCurrentIndex(max(0, self.leader.findData(h.member_id)))
            elif h.role == "KHOI_PHO_TT":
                self.standing_deputy.setCurrentIndex(max(0, self.standing_deputy.findData(h.member_id)))
        self.set_deputy_ids([h.member_id for h in saved if h.role == "KHOI_PHO"])
        self.deputies.blockSignals(False)
        self.leadership_error.set_error(None)
        set_invalid(self.leader, False)
        self.leadership_status.setText(
            self.tr("Đã ghi cho năm %1").replace("%1", str(year))
            if saved
            else self.tr("Chưa ghi cho năm %1").replace("%1", str(year))
        )
        self._load_suggestion(year)
        self._update_buttons()

    def _load_suggestion(self, year: int) -> None:
        self._suggested_id = None
        bloc_id = self._bloc_id
        if bloc_id is None or not self.members:
            self._show_suggestion(bloc_id, year, None)
            return
        QueryOp(
            parent=self,
            db=self._db,
            key="suggestion",
            op=lambda s: bloc.suggest_leader(s, bloc_id=bloc_id, year=year),
            success=lambda suggested: self._show_suggestion(bloc_id, year, suggested),
        ).run_in_background()

    def _show_suggestion(self, bloc_id: int | None, year: int, suggested: int | None) -> None:
        if bloc_id != self._bloc_id or year != self.year.value():
            return
        self._suggested_id = suggested
        self._update_buttons()
        if self._suggested_id is None:
            self.suggestion.setText(self.tr("Chưa có thành viên để đề xuất khối trưởng."))
            return
        led = [
            h.year
            for h in self._history
            if h.member_id == self._suggested_id and h.role == "KHOI_TRUONG" and h.year < year
        ]
        reason = (
            self.tr("khối trưởng lần gần nhất năm %1").replace("%1", str(max(led)))
            if led
            else self.tr("chưa làm khối trưởng")
        )
        self.suggestion.setText(
            self.tr("Đề xuất khối trưởng năm %1: %2 (%3)")
            .replace("%1", str(year))
            .replace("%2", self._member_name(self._suggested_id))
            .replace("%3", reason)
        )
        self.suggestion.setToolTip(
            self.tr(
                "Luân phiên: thành viên lâu nhất chưa làm khối trưởng (chưa làm lần nào thì theo thứ tự thành viên)"
            )
        )

    def _on_leadership_edited(self) -> None:
        self.leadership_error.set_error(None)
        set_invalid(self.leader, False)
        self._update_buttons()

    def _on_history_activated(self, index) -> None:
        row = self.history_model.row_at(index.row())
        if row is not None:
            self.year.setValue(row.year)

    # ------------------------------------------------------------ leadership
    def apply_suggestion(self) -> None:
        if self._suggested_id is not None:
            i = self.leader.findData(self._suggested_id)
            if i >= 0:
                self.leader.setCurrentIndex(i)

    def save_leadership(self) -> None:
        if self._bloc_id is None:
            return
        leader = self.leader.currentData()
        if leader is None:
            self.leadership_error.set_error(self.tr("Chưa chọn khối trưởng."))
            set_invalid(self.leader, True)
            self.leader.setFocus()
            return
        year, bloc_id = self.year.value(), self._bloc_id
        standing, deputies = self.standing_deputy.currentData(), self.deputy_ids()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationFailed):
                self.leadership_error.set_error(errors.inline_text(exc))
            else:
                errors.show_error(self, exc)

        def saved(_result) -> None:
            self.reload(
                then=lambda: self.leadership_status.setText(
                    self.tr("Đã lưu khối trưởng, khối phó năm %1").replace("%1", str(year))
                )
            )

        CollectionOp(
            parent=self,
            db=self._db,
            changes={BLOCS},
            success=saved,
            op=lambda s: bloc.set_leadership(
                s, bloc_id=bloc_id, year=year, leader_id=leader, standing_deputy_id=standing, deputy_ids=deputies
            ),
        ).failure(failed).run_in_background()

    # ------------------------------------------------------------ members
    def make_unit_picker(self, units: list[UnitRow]) -> UnitPickerDialog:
        taken = {m.unit_id for m in self.members if m.unit_id is not None}
        return UnitPickerDialog(units, taken_unit_ids=taken, default_year=self.year.value(), parent=self)

    def add_units(self) -> None:
        if self._bloc_id is not None:
            QueryOp(parent=self, db=self._db, op=org.list_units, success=self._pick_units).run_in_background()

    def _pick_units(self, units: list[UnitRow]) -> None:
        bloc_id = self._bloc_id
        dialog = self.make_unit_picker(units)
        if dialog.exec() != QDialog.DialogCode.Accepted or bloc_id is None:
            return
        unit_ids, joined = dialog.unit_ids, dialog.joined_year_value

        def added(ids) -> None:
            self.reload(select=ids[-1] if ids else None)
            self.members_changed.emit()

        CollectionOp(
            parent=self,
            db=self._db,
            changes={BLOCS},
            success=added,
            op=lambda s: bloc.add_members(s, bloc_id=bloc_id, unit_ids=unit_ids, joined_year=joined),
        ).run_in_background()

    def make_outside_dialog(self) -> OutsideAgencyDialog:
        assert self._bloc_id is not None  # add_outside checks it
        return OutsideAgencyDialog(self._db, bloc_id=self._bloc_id, default_year=self.year.value(), parent=self)

    def make_member_dialog(self, member: MemberDetailRow) -> MemberDialog:
        return MemberDialog(self._db, member, parent=self)

    def _run_member_dialog(self, dialog: FormDialog) -> None:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted  # its save announced BLOCS
        if accepted or dialog.stale:
            self.reload(select=dialog.saved_id if accepted else None)
        if accepted:
            self.members_changed.emit()

    def add_outside(self) -> None:
        if self._bloc_id is not None:
            self._run_member_dialog(self.make_outside_dialog())

    def edit_member(self) -> None:
        m = self.selected_member()
        if m is not None:
            self._run_member_dialog(self.make_member_dialog(m))

    def remove_member(self) -> None:
        m = self.selected_member()
        if m is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Xóa thành viên"), self.tr("Xóa «%1» khỏi khối?").replace("%1", m.name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def removed(_result) -> None:
            self.reload()
            self.members_changed.emit()

        CollectionOp(
            parent=self,
            db=self._db,
            changes={BLOCS},
            success=removed,
            op=lambda s: bloc_admin.remove_member(s, member_id=m.id),
        ).run_in_background()
