"""MembersTab ("Thành viên Hội đồng"): the Council (created once) and its members — add,
edit, leave / rejoin. Reads and writes through the operation idiom; a write announces
COUNCIL (the nominations screen's conflict-of-interest flags depend on the members).
GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import ValidationFailed
from app.services import council as council_service
from ui import errors
from ui.council.dialogs import MemberDialog
from ui.labels import tr_label
from ui.models.table import TupleTableModel
from ui.operations import COUNCIL, CollectionOp, QueryOp
from ui.widgets import format_date


class MembersTab(QWidget):
    """The Council's members. Emits council_created() when the Council is created (the
    screen reloads its selectors)."""

    council_created = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.council_id: int | None = None
        self.members: list[council_service.MemberRow] = []
        self._build_head()
        self._build_table()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(self._head)
        layout.addWidget(self.members_view, 1)
        layout.addLayout(self._buttons)

    # ------------------------------------------------------------ building
    def _build_head(self) -> None:
        self.council_label = QLabel()
        self.create_council_button = QPushButton(self.tr("Tạo Hội đồng…"))
        self.create_council_button.clicked.connect(self.create_council)
        self._head = QHBoxLayout()
        self._head.addWidget(self.council_label, 1)
        self._head.addWidget(self.create_council_button)

    def _build_table(self) -> None:
        self.members_model = TupleTableModel(
            [
                self.tr("Họ và tên"),
                self.tr("Chức danh"),
                self.tr("Chức vụ, đơn vị"),
                self.tr("Nhiệm kỳ"),
                self.tr("Trạng thái"),
            ],
            self,
        )
        self.members_view = QTableView()
        self.members_view.setModel(self.members_model)
        self.members_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.members_view.doubleClicked.connect(lambda _i: self.edit_member())

    def _build_buttons(self) -> None:
        self.add_member_button = QPushButton(self.tr("Thêm thành viên…"))
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button = QPushButton(self.tr("Sửa…"))
        self.edit_member_button.clicked.connect(self.edit_member)
        self.toggle_member_button = QPushButton(self.tr("Thôi / cho tham gia lại"))
        self.toggle_member_button.clicked.connect(self.toggle_member)
        self._buttons = QHBoxLayout()
        for b in (self.add_member_button, self.edit_member_button, self.toggle_member_button):
            self._buttons.addWidget(b)
        self._buttons.addStretch(1)

    # ------------------------------------------------------------ loading
    def set_council(self, council_id: int | None, name: str | None) -> None:
        """The screen's reload found the default Council (None: none yet)."""
        self.council_id = council_id
        self.council_label.setText(name if name is not None else self.tr("Chưa có Hội đồng."))
        self.create_council_button.setVisible(council_id is None)
        self.reload_members()

    def reload_members(self) -> None:
        council_id = self.council_id
        if council_id is None:
            self._show_members([])
            return
        QueryOp(
            parent=self,
            db=self._db,
            key="members",
            success=self._show_members,
            op=lambda s: council_service.list_members(s, council_id=council_id),
        ).run_in_background()

    def _show_members(self, members: list[council_service.MemberRow]) -> None:
        self.members = members
        self.members_model.set_rows(
            [
                (
                    m.full_name,
                    tr_label(m.role_label),
                    ", ".join(x for x in (m.position, m.unit_name) if x),
                    " – ".join(format_date(d) for d in (m.term_start, m.term_end) if d),
                    self.tr("Đang tham gia") if m.active else self.tr("Đã thôi"),
                )
                for m in self.members
            ],
            error_rows={i for i, m in enumerate(self.members) if not m.active},
        )
        for column in (0, 1, 4):  # names, roles and status read whole
            self.members_view.resizeColumnToContents(column)
        for b in (self.add_member_button, self.edit_member_button, self.toggle_member_button):
            b.setEnabled(self.council_id is not None)

    # ------------------------------------------------------------ actions
    def create_council(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Tạo Hội đồng"), self.tr("Tên Hội đồng:"), text="Hội đồng Thi đua - Khen thưởng"
        )
        if not ok:
            return
        CollectionOp(
            parent=self,
            db=self._db,
            changes={COUNCIL},
            op=lambda s: council_service.create_council(s, name=name),
            success=lambda _id: self.council_created.emit(),
        ).run_in_background()

    def _selected_member(self) -> council_service.MemberRow | None:
        index = self.members_view.currentIndex()
        return self.members[index.row()] if index.isValid() and index.row() < len(self.members) else None

    def _run_member_dialog(self, member: council_service.MemberRow | None, dialog: MemberDialog | None = None) -> None:
        """Show the dialog; a bad date or a field the service refuses shows it again with
        the message, the typed values kept."""
        dialog = dialog or MemberDialog(self._db, member, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            data = dialog.value()
        except ValueError as exc:
            dialog.error.set_error(str(exc))
            self._run_member_dialog(member, dialog)
            return
        council_id = self.council_id

        def op(s):
            if member is None:
                return council_service.add_member(s, council_id=council_id, data=data)
            return council_service.update_member(s, member_id=member.id, version=member.version, data=data)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationFailed):
                dialog.error.set_error("; ".join(exc.fields.values()))
                self._run_member_dialog(member, dialog)
                return
            errors.show_error(self, exc)
            self.reload_members()

        CollectionOp(
            parent=self, db=self._db, changes={COUNCIL}, op=op, success=lambda _r: self.reload_members()
        ).failure(failed).run_in_background()

    def add_member(self) -> None:
        self._run_member_dialog(None)

    def edit_member(self) -> None:
        member = self._selected_member()
        if member is not None:
            self._run_member_dialog(member)

    def toggle_member(self) -> None:
        member = self._selected_member()
        if member is None:
            return
        op = CollectionOp(
            parent=self,
            db=self._db,
            changes={COUNCIL},
            op=lambda s: council_service.set_member_active(
                s, member_id=member.id, version=member.version, active=not member.active
            ),
            success=lambda _r: self.reload_members(),
        )
        op.failure(self._write_failed)
        op.run_in_background()

    def _write_failed(self, exc: BaseException) -> None:
        errors.show_error(self, exc)
        self.reload_members()
