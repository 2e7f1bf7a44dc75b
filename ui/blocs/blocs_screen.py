"""BlocsScreen ("Khối thi đua"): the emulation blocs (khối/cụm thi đua) on the left; for the
chosen one, tabs for its members and leadership, the yearly pledge, the criteria tables,
the scoring grid and the ranking. Calls services only. GUI thread.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import AppError
from app.services import bloc as bloc_service
from app.services import bloc_admin
from ui import errors
from ui.blocs.criteria_tab import CriteriaTab
from ui.blocs.members_tab import MembersTab
from ui.blocs.pledge_tab import PledgeTab
from ui.blocs.ranking_tab import RankingTab
from ui.blocs.scoring_tab import ScoringTab
from ui.operations import BLOCS, CollectionOp, QueryOp
from ui.widgets import ErrorLabel

# The screen's tabs: each shows the bloc chosen on the left (set_bloc).
BlocTab = MembersTab | PledgeTab | CriteriaTab | ScoringTab | RankingTab


class NewBlocDialog(QDialog):
    """Name and kind (khối or cụm) of a new bloc; saves through the service."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.bloc_id: int | None = None
        self.setWindowTitle(self.tr("Thêm khối thi đua"))
        self.name_edit = QLineEdit()
        self.name_edit.setMinimumWidth(380)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Khối thi đua"), "KHOI")
        self.kind_combo.addItem(self.tr("Cụm thi đua"), "CUM")
        self.note_edit = QLineEdit()
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Tên:"), self.name_edit)
        form.addRow(self.tr("Loại:"), self.kind_combo)
        form.addRow(self.tr("Ghi chú:"), self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def save(self) -> None:
        name, kind, note = self.name_edit.text(), self.kind_combo.currentData(), self.note_edit.text()

        def created(bloc_id: int) -> None:
            self.bloc_id = bloc_id
            self.accept()

        CollectionOp(
            parent=self,
            db=self._db,
            changes={BLOCS},
            success=created,
            op=lambda s: bloc_service.create_bloc(s, name=name, kind=kind, note=note),
        ).failure(self._create_failed).run_in_background()

    def _create_failed(self, exc: BaseException) -> None:
        if isinstance(exc, AppError):
            self.error.set_error(errors.inline_text(exc))
        else:
            errors.show_error(self, exc)


class BlocsScreen(QWidget):
    """The blocs and their tabs. Nominating from a ranking announces NOMINATIONS on the
    change hub (the nominations screen refreshes itself)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.bloc_list = QListWidget()
        self.bloc_list.setWordWrap(True)
        self.bloc_list.currentItemChanged.connect(self._on_bloc_changed)
        self.add_button = QPushButton(self.tr("Thêm khối…"))
        self.add_button.clicked.connect(self.add_bloc)
        left = QWidget()
        left.setMinimumWidth(150)  # fits 1366×768 at 125 %
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("Khối, cụm thi đua")))
        ll.addWidget(self.bloc_list, 1)
        ll.addWidget(self.add_button)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.title.setFont(font)
        self.members_tab = MembersTab(db)
        self.pledge_tab = PledgeTab(db)
        self.criteria_tab = CriteriaTab(db)
        self.scoring_tab = ScoringTab(db)
        self.ranking_tab = RankingTab(db)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.members_tab, self.tr("Thành viên, khối trưởng"))
        self.tabs.addTab(self.pledge_tab, self.tr("Giao ước thi đua"))
        self.tabs.addTab(self.criteria_tab, self.tr("Bảng tiêu chí"))
        self.tabs.addTab(self.scoring_tab, self.tr("Chấm điểm"))
        self.tabs.addTab(self.ranking_tab, self.tr("Xếp hạng"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.empty = QLabel(
            self.tr(
                "Chưa có khối thi đua nào. Bấm «Thêm khối…» để tạo khối, thêm các cơ quan "
                "thành viên, rồi lập bảng tiêu chí và chấm điểm."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.title)
        rl.addWidget(self.tabs, 1)
        rl.addWidget(self.empty, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 1100])
        lay = QHBoxLayout(self)
        lay.addWidget(split)

        self._dirty: set[BlocTab] = set()
        self._shown: int | None = None  # the bloc the tabs show
        self.members_tab.members_changed.connect(
            lambda: self._mark(self.pledge_tab, self.criteria_tab, self.scoring_tab, self.ranking_tab)
        )
        self.members_tab.members_changed.connect(self.reload_blocs)
        self.criteria_tab.tables_changed.connect(lambda: self._mark(self.scoring_tab, self.ranking_tab))
        self.scoring_tab.scores_changed.connect(lambda: self._mark(self.ranking_tab))
        self.scoring_tab.table_selected.connect(self.ranking_tab.select_table)
        self.ranking_tab.table_selected.connect(self.scoring_tab.select_table)
        self.reload_blocs()

    def _tab_widgets(self) -> tuple[BlocTab, ...]:
        return (self.members_tab, self.pledge_tab, self.criteria_tab, self.scoring_tab, self.ranking_tab)

    def _mark(self, *tabs: BlocTab) -> None:
        """Tabs whose data changed elsewhere reload when next shown (not while hidden)."""
        self._dirty.update(tabs)
        current = self.tabs.currentWidget()
        if current in self._dirty:
            self._on_tab_changed(self.tabs.currentIndex())

    def _on_tab_changed(self, index: int) -> None:
        w = self.tabs.widget(index)
        if w in self._dirty:
            tab = cast(BlocTab, w)  # (the tabs are the BlocTabs)
            self._dirty.discard(tab)
            tab.set_bloc(self.current_bloc())

    def reload_blocs(self, select: int | None = None) -> None:
        keep = select if select is not None else self.current_bloc()
        QueryOp(
            parent=self,
            db=self._db,
            op=bloc_admin.list_blocs,
            key="blocs",
            success=lambda blocs: self._show_blocs(blocs, keep, select),
        ).run_in_background()

    def _show_blocs(self, blocs, keep: int | None, select: int | None) -> None:
        self.bloc_list.blockSignals(True)
        self.bloc_list.clear()
        for b in blocs:
            item = QListWidgetItem(f"{b.name}\n" + self.tr("%1 thành viên").replace("%1", str(b.member_count)))
            item.setData(Qt.ItemDataRole.UserRole, b.id)
            item.setToolTip(b.note or b.name)
            self.bloc_list.addItem(item)
        self.bloc_list.blockSignals(False)
        rows = [
            i for i in range(self.bloc_list.count()) if self.bloc_list.item(i).data(Qt.ItemDataRole.UserRole) == keep
        ]
        if rows:
            self.bloc_list.blockSignals(True)
            self.bloc_list.setCurrentRow(rows[0])
            self.bloc_list.blockSignals(False)
            if select is not None or self._shown != keep:
                self._on_bloc_changed()
        elif self.bloc_list.count():
            self.bloc_list.setCurrentRow(0)
        else:
            self._on_bloc_changed()

    def current_bloc(self) -> int | None:
        item = self.bloc_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_bloc(self, bloc_id: int) -> None:
        self.reload_blocs(select=bloc_id)

    def _on_bloc_changed(self, *_args) -> None:
        bloc_id = self.current_bloc()
        self._shown = bloc_id
        has = bloc_id is not None
        self.tabs.setVisible(has)
        self.title.setVisible(has)
        self.empty.setVisible(not has)
        self.title.setText(self.bloc_list.currentItem().text().split("\n")[0] if has else "")
        current = cast(BlocTab, self.tabs.currentWidget())  # (the tabs are the BlocTabs)
        self._dirty = set(self._tab_widgets()) - {current}
        current.set_bloc(bloc_id)

    def confirm_close(self, proceed=None) -> bool:
        """Before the program closes: save or drop an unsaved pledge; False: stay open
        (after a save, `proceed()` closes)."""
        return self.pledge_tab.confirm_leave(proceed)

    def add_bloc(self) -> None:
        dialog = NewBlocDialog(self._db, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.bloc_id is not None:
            self.reload_blocs(select=dialog.bloc_id)
