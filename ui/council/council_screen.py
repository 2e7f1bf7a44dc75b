"""CouncilScreen ("Hội đồng – Bỏ phiếu"): the round and meeting selectors over three tabs,
each its own class — the Council's members (ui/council/members_tab.py), the meeting with
attendance, quorum, counting committee and minutes (meeting_tab.py), and its ballots with
the papers, the double sheet entry, the comparison, sealing / reopening and the tally
documents (ballots_tab.py).

The screen is a thin container: it loads the selectors, hands the chosen meeting to the
tabs, and refreshes itself when another screen changes rounds, the Council, ballots or
nominations (the change hub of ui/operations.py; lazily while hidden). GUI thread.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.services import council as council_service
from app.services import movement as movement_service
from ui.council.ballots_tab import BallotsTab
from ui.council.dialogs import BallotDialog, MemberDialog, ballot_document_name
from ui.council.meeting_tab import MeetingTab
from ui.council.members_tab import MembersTab
from ui.lazy_refresh import LazyRefresh, made_by
from ui.operations import BALLOTS, COUNCIL, NOMINATIONS, ROUNDS, CollectionOp, OpChanges, QueryOp, change_hub

__all__ = ["CouncilScreen", "MemberDialog", "BallotDialog", "ballot_document_name"]


class CouncilScreen(QWidget):
    """The council, meeting and ballot screen."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._loading = False
        self._build_selectors()
        self._build_tabs()
        layout = QVBoxLayout(self)
        layout.addLayout(self._selectors)
        layout.addWidget(self.tabs, 1)
        self._refresher = LazyRefresh(self, self.reload)
        change_hub().changed.connect(self._on_changes)
        self.reload()

    # ------------------------------------------------------------ building
    def _build_selectors(self) -> None:
        """The round and the meeting, shared by the meeting and ballot tabs."""
        self.round_combo = QComboBox()
        self.round_combo.currentIndexChanged.connect(self._on_round_changed)
        self.meeting_combo = QComboBox()
        self.meeting_combo.currentIndexChanged.connect(self._on_meeting_changed)
        self.new_meeting_button = QPushButton(self.tr("Tạo phiên họp…"))
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self._selectors = QHBoxLayout()
        self._selectors.addWidget(QLabel(self.tr("Đợt xét:")))
        self._selectors.addWidget(self.round_combo, 1)
        self._selectors.addWidget(QLabel(self.tr("Phiên họp:")))
        self._selectors.addWidget(self.meeting_combo, 1)
        self._selectors.addWidget(self.new_meeting_button)

    def _build_tabs(self) -> None:
        self.members_tab = MembersTab(self._db)
        self.meeting_tab = MeetingTab(self._db)
        self.ballots_tab = BallotsTab(self._db)
        self.members_tab.council_created.connect(self.reload)
        self.meeting_tab.quorum_changed.connect(self.ballots_tab.set_quorum)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.members_tab, self.tr("Thành viên Hội đồng"))
        self.tabs.addTab(self.meeting_tab, self.tr("Phiên họp"))
        self.tabs.addTab(self.ballots_tab, self.tr("Bỏ phiếu"))

    # ------------------------------------------------------------ what the tabs show (for tests and callers)
    @property
    def meeting_id(self) -> int | None:
        return self.meeting_tab.meeting_id

    @property
    def starts_edit(self):
        return self.meeting_tab.starts_edit

    @property
    def ends_edit(self):
        return self.meeting_tab.ends_edit

    @property
    def attendance_table(self):
        return self.meeting_tab.attendance_table

    @property
    def head_combo(self):
        return self.meeting_tab.head_combo

    @property
    def committee_list(self):
        return self.meeting_tab.committee_list

    @property
    def ballots_view(self):
        return self.ballots_tab.ballots_view

    @property
    def detail(self) -> QWidget | None:
        return self.ballots_tab.detail

    @property
    def seal_label(self):
        return self.ballots_tab.seal_label

    @property
    def changes_button(self):
        return self.ballots_tab.changes_button

    # ------------------------------------------------------------ loading
    def _on_changes(self, changes: OpChanges) -> None:
        """Another screen changed rounds, the Council, ballots or nominations: reload now if
        shown, else when next shown. This screen's own writes reload what they changed."""
        if changes.touches(ROUNDS, COUNCIL, BALLOTS, NOMINATIONS) and not made_by(changes, self):
            self._refresher.request()

    def reload(self) -> None:
        def load(s):
            council_id = council_service.default_council_id(s)
            names = {c.id: c.name for c in council_service.list_councils(s)}
            return council_id, names.get(council_id), movement_service.list_rounds(s)

        QueryOp(parent=self, db=self._db, op=load, key="reload", success=self._show_loaded).run_in_background()

    def _show_loaded(self, loaded) -> None:
        council_id, council_name, rounds = loaded
        self._loading = True
        try:
            current = self.round_combo.currentData()
            self.round_combo.clear()
            for r in rounds:
                self.round_combo.addItem(r.name, r.id)
            if current is not None and self.round_combo.findData(current) >= 0:
                self.round_combo.setCurrentIndex(self.round_combo.findData(current))
        finally:
            self._loading = False
        self.members_tab.set_council(council_id, council_name)
        self._on_round_changed()

    def _on_round_changed(self, *_args, select_meeting: int | None = None) -> None:
        if self._loading:
            return
        round_id = self.round_combo.currentData()
        self.new_meeting_button.setEnabled(round_id is not None)
        keep = select_meeting if select_meeting is not None else self.meeting_combo.currentData()
        if round_id is None:
            self._show_meetings([], keep)
            return
        QueryOp(
            parent=self,
            db=self._db,
            key="meetings",
            op=lambda s: council_service.list_meetings(s, round_id=round_id),
            success=lambda meetings: self._show_meetings(meetings, keep),
        ).run_in_background()

    def _show_meetings(self, meetings: list[council_service.MeetingRow], keep: int | None) -> None:
        self._loading = True
        try:
            self.meeting_combo.clear()
            for m in meetings:
                self.meeting_combo.addItem(f"{m.title} – {m.starts_at:%d/%m/%Y %H:%M}", m.id)
            if keep is not None and self.meeting_combo.findData(keep) >= 0:
                self.meeting_combo.setCurrentIndex(self.meeting_combo.findData(keep))
        finally:
            self._loading = False
        self._on_meeting_changed()

    def _on_meeting_changed(self, *_args) -> None:
        if self._loading:
            return
        meeting_id = self.meeting_combo.currentData()
        self.meeting_tab.set_meeting(meeting_id)
        self.ballots_tab.set_meeting(meeting_id)

    def select_meeting(self, meeting_id: int) -> None:
        def shown(m: council_service.MeetingRow) -> None:
            self._loading = True
            self.round_combo.setCurrentIndex(self.round_combo.findData(m.round_id))
            self._loading = False
            self._on_round_changed(select_meeting=meeting_id)

        QueryOp(
            parent=self, db=self._db, op=lambda s: council_service.get_meeting(s, meeting_id), success=shown
        ).run_in_background()

    # ------------------------------------------------------------ a new meeting
    def new_meeting(self, *, starts_at: _dt.datetime | None = None, place: str | None = None) -> None:
        """A meeting of the chosen round, at the round's meeting date 08:00 unless `starts_at`
        (the clerk corrects the time on the tab); chosen once written."""
        round_id = self.round_combo.currentData()
        if round_id is None:
            return
        if place is None:
            place, ok = QInputDialog.getText(self, self.tr("Tạo phiên họp"), self.tr("Địa điểm họp:"))
            if not ok:
                return

        def op(s):
            start = starts_at
            if start is None:
                rnd = next((r for r in movement_service.list_rounds(s) if r.id == round_id), None)
                day = rnd.meeting_date if rnd and rnd.meeting_date else _dt.date.today()
                start = _dt.datetime.combine(day, _dt.time(8, 0))
            return council_service.create_meeting(s, round_id=round_id, starts_at=start, place=place)

        CollectionOp(
            parent=self,
            db=self._db,
            changes={COUNCIL},
            op=op,
            success=lambda meeting_id: self._on_round_changed(select_meeting=meeting_id),
        ).run_in_background()
