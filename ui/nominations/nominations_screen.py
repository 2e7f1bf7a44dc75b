"""NominationsScreen ("Đề nghị khen thưởng"): a round's nominations with their eligibility
verdicts and reasons, filters, adding one or many, the bulk LĐTT proposal, re-checking,
the status workflow with reasons, the status history, quota warnings, the Excel list and
the tờ trình.

Every database call runs through the operation idiom (`ui/operations.py`): the list is one
`QueryOp` over `nomination.nomination_listing` (an SQL projection into plain row tuples;
filter keystrokes debounced, a newer listing supersedes an older one by `key=`); every
write is one `CollectionOp(changes={NOMINATIONS})`; re-checking and the bulk proposal run
in a cancellable worker and announce their change through `notify_changed`. The screen
refreshes itself on the change hub (lazily while hidden). Exports go through
`ui/export_flow.export_document`. GUI thread."""

from __future__ import annotations

import datetime as _dt
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import StaleRecord
from app.rules.eligibility import ELIGIBLE, MANUAL_CHECK, NOT_ELIGIBLE
from app.rules.reasons import VERDICT_LABELS, award_name, reason_text
from app.services import catalogue, documents, movement, nomination, org
from app.services.catalogue import AwardTypeRow, NoRuleSet
from app.services.movement import ROUND_STATUSES, RoundRow
from app.services.nomination import STATUSES, NominationDetail, NominationListing, NominationListRow
from app.services.org import UnitRow
from ui import errors, theme
from ui.export_flow import DOCX, XLSX, export_document
from ui.first_run import ensure_setup
from ui.history.history_dialog import HistoryDialog, make_table
from ui.i18n import fmt_int
from ui.labels import tr_label
from ui.lazy_refresh import made_by
from ui.models.dto_table import Column, DtoTableModel
from ui.models.nomination_table import NominationTableModel, verdict_label
from ui.nominations.hold_dialog import HoldDialog
from ui.nominations.picker import NomineePickerDialog
from ui.nominations.reason_dialog import ReasonDialog
from ui.nominations.tasks import propose_task, recompute_task
from ui.operations import (
    BALLOTS,
    COUNCIL,
    DECISIONS,
    HISTORY,
    NOMINATIONS,
    PEOPLE,
    ROUNDS,
    RULES,
    SETTINGS,
    UNITS,
    CollectionOp,
    OpChanges,
    QueryOp,
    change_hub,
    notify_changed,
)
from ui.widgets import UnitCombo, set_role
from ui.workers import Worker, run_with_progress

log = logging.getLogger("tdkt.ui.nominations")

FILTER_DEBOUNCE_MS = 200
# Forward moves offered as buttons (target status, button text); "back" and "reject" need a reason.
_FORWARD = ("SUBMITTED", "CHECKED", "VOTED", "APPROVED")
# Kinds of change after which the rounds, units and catalogue are read again (else only the list).
_RELOAD_KINDS = (ROUNDS, UNITS, PEOPLE, SETTINGS)
_LIST_KINDS = (NOMINATIONS, COUNCIL, DECISIONS, BALLOTS)


class NominationsScreen(QWidget):
    """Nominations of the chosen round; refreshes itself when the change hub announces
    nominations, rounds, units, council, ballots or decisions changed."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._rounds: list[RoundRow] = []
        self._round: RoundRow | None = None
        self._units: list[UnitRow] = []
        self._award_types: list[AwardTypeRow] = []
        self._vote_required: dict[str, bool] = {}
        self.worker: Worker | None = None
        self._loaded = False
        self._stale: str | None = None  # "reload" or "refresh" while hidden
        self._pending_round: int | None = None
        self._detail_row: NominationListRow | None = None
        self._detail: NominationDetail | None = None
        self.last_export: Path | None = None
        self._build_header()
        self._build_filters()
        self._build_actions()
        self._build_table()
        self._build_detail()
        self._build_workflow()
        self._build_layout()
        self._connect_signals()
        change_hub().changed.connect(self._on_changes)
        self._on_selection()

    # ------------------------------------------------------------ building
    def _build_header(self) -> None:
        """The title, the round chooser, the rule set in force, the counts and the quota banner."""
        self.title = QLabel(self.tr("Đề nghị khen thưởng"))
        set_role(self.title, "screen-title")
        self.round_combo = QComboBox()
        self.round_combo.setMinimumContentsLength(22)
        self.round_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.round_label = QLabel(self.tr("Đợt &xét:"))
        self.round_label.setBuddy(self.round_combo)
        self.rule_set_label = QLabel()
        self.rule_set_label.setToolTip(self.tr("Đề nghị được xét theo bộ quy tắc có hiệu lực vào ngày xét của đợt"))
        self.counts_label = QLabel()
        self.counts_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Status texts may be cut on a small screen (their tooltip says it all), never widen the window.
        self.counts_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet(
            "QLabel { background: #fff4d6; color: #5c3d00; border: 1px solid #e0b84c;"
            " border-radius: 3px; padding: 4px 8px; }"
        )
        self.banner.hide()

    def _build_filters(self) -> None:
        """Name search, unit subtree, award, verdict and status."""
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm theo tên — gõ không dấu cũng được"))
        self.search.setMinimumWidth(90)
        self.unit_filter = UnitCombo([], allow_none=True, none_text=self.tr("Tất cả đơn vị"))
        self.unit_filter.setMinimumContentsLength(9)
        self.award_filter = QComboBox()
        self.award_filter.setMinimumContentsLength(8)
        self.award_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.verdict_filter = QComboBox()
        self.verdict_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.verdict_filter.setMinimumContentsLength(8)
        self.verdict_filter.addItem(self.tr("Mọi kết quả"), None)
        for status in (ELIGIBLE, NOT_ELIGIBLE, MANUAL_CHECK, ""):
            self.verdict_filter.addItem(verdict_label(status), status)
        self.status_filter = QComboBox()
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_filter.setMinimumContentsLength(8)
        self.status_filter.addItem(self.tr("Mọi trạng thái"), None)
        for code, label in STATUSES.items():
            self.status_filter.addItem(tr_label(label), code)

    def _build_actions(self) -> None:
        """Adding, proposing, re-checking, deleting, history; importing and the two exports."""
        self.add_button = QPushButton(self.tr("&Thêm…"))
        self.add_button.setToolTip(self.tr("Thêm một hoặc nhiều cá nhân, tập thể vào đợt xét (Insert)"))
        self.propose_button = QPushButton(self.tr("Đề xuất LĐTT tự động…"))
        self.propose_button.setToolTip(
            self.tr(
                "Đề nghị Lao động tiên tiến cho mọi người có xếp loại năm của đợt đạt yêu cầu (trong đơn vị đang lọc)"
            )
        )
        self.recheck_button = QPushButton(self.tr("&Kiểm tra lại"))
        self.recheck_button.setToolTip(self.tr("Tính lại kết quả kiểm tra theo lịch sử và bộ quy tắc (F5)"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.delete_button.setToolTip(self.tr("Xóa đề nghị ở trạng thái Dự thảo hoặc Đã gửi (Delete)"))
        self.history_button = QPushButton(self.tr("&Lịch sử…"))
        self.history_button.setToolTip(
            self.tr(
                "Lịch sử khen thưởng: xem, sửa lịch sử của người (tập thể) đang chọn; "
                "kết quả kiểm tra được tính lại sau khi sửa"
            )
        )
        self.export_button = QPushButton(self.tr("Xuất &Excel…"))
        self.export_button.setToolTip(self.tr("Danh sách đề nghị khen thưởng (xlsx) của cả đợt"))
        self.submission_button = QPushButton(self.tr("Tờ trình (Word)…"))
        self.submission_button.setToolTip(
            self.tr(
                "Tờ trình đề nghị khen thưởng của cả đợt, kèm tóm tắt thành tích "
                "từng người (tệp Word để sửa và trình ký)"
            )
        )
        self.import_button = QPushButton(self.tr("Nhập &đề nghị từ Excel…"))
        self.import_button.setToolTip(
            self.tr(
                "Danh sách đề nghị của các đơn vị theo mẫu (sheet «Cá nhân», «Tập "
                "thể»): kiểm tra từng dòng, nhập tất cả hoặc không"
            )
        )

    def _build_table(self) -> None:
        """The list: a light model over the listing's row tuples, rows of fixed height."""
        self.model = NominationTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((42, 170, 210, 140, 95, 150, 300, 150)):
            hh.resizeSection(col, width)
        hh.setSectionResizeMode(NominationTableModel.COL_REASONS, QHeaderView.ResizeMode.Stretch)
        hh.setMinimumSectionSize(36)

    def _build_detail(self) -> None:
        """Below the list: the current nomination's reasons, achievement summary and
        under-review mark (issue 16), and its status history."""
        self.detail_title = QLabel()
        set_role(self.detail_title, "section-title")
        self.reasons_view = QPlainTextEdit()
        self.reasons_view.setReadOnly(True)
        self.reasons_view.setTabChangesFocus(True)
        self.events_model = DtoTableModel(
            [
                Column(self.tr("Thời điểm"), lambda e: _local(e.at).strftime("%d/%m/%Y %H:%M")),
                Column(self.tr("Người thực hiện"), lambda e: e.by),
                Column(
                    self.tr("Chuyển"),
                    lambda e: (
                        f"{tr_label(STATUSES.get(e.from_status, e.from_status))} → "
                        f"{tr_label(STATUSES.get(e.to_status, e.to_status))}"
                    ),
                ),
                Column(self.tr("Lý do"), lambda e: e.reason),
            ],
            self,
        )
        self.events_table = make_table(self.events_model, (115, 100, 190))
        self.achievement_edit = QPlainTextEdit()
        self.achievement_edit.setTabChangesFocus(True)
        self.achievement_edit.setPlaceholderText(self.tr("Tóm tắt thành tích (in trên danh sách, giấy khen)"))
        self.achievement_edit.setMaximumHeight(self.fontMetrics().height() * 4)
        self.save_achievement_button = QPushButton(self.tr("Lưu tóm tắt"))
        self.hold_button = QPushButton(self.tr("Đang bị xem xét…"))
        self.hold_button.setToolTip(
            self.tr(
                "Đánh dấu đang bị xem xét kỷ luật, thanh tra, kiểm tra, khiếu nại: chưa "
                "khen thưởng (NĐ 152/2025 Điều 4 khoản 4)"
            )
        )
        achievement_label = QLabel(self.tr("Tóm tắt &thành tích:"))
        achievement_label.setBuddy(self.achievement_edit)
        left = QVBoxLayout()
        left.addWidget(self.detail_title)
        left.addWidget(self.reasons_view, 1)
        left.addWidget(achievement_label)
        left.addWidget(self.achievement_edit)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.save_achievement_button)
        edit_row.addWidget(self.hold_button)
        edit_row.addStretch(1)
        left.addLayout(edit_row)
        right = QVBoxLayout()
        events_title = QLabel(self.tr("Lịch sử trạng thái"))
        set_role(events_title, "section-title")
        right.addWidget(events_title)
        right.addWidget(self.events_table, 1)
        detail = QWidget()
        dl = QHBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addLayout(left, 1)
        dl.addLayout(right, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 130])
        self.splitter.setChildrenCollapsible(False)

    def _build_workflow(self) -> None:
        """The status buttons (forward moves; return and reject ask a reason) and the messages."""
        self.status_buttons: dict[str, QPushButton] = {}
        for code, text, tip in (
            ("SUBMITTED", self.tr("Nộp"), self.tr("Chuyển sang «Đã gửi»")),
            ("CHECKED", self.tr("Đã kiểm tra"), self.tr("Thường trực đã kiểm tra hồ sơ")),
            ("VOTED", self.tr("Đã bỏ phiếu"), self.tr("Hội đồng đã bỏ phiếu")),
            ("APPROVED", self.tr("Duyệt"), self.tr("Chuyển sang «Được duyệt»")),
        ):
            b = QPushButton(text)
            b.setToolTip(tip)
            self.status_buttons[code] = b
        self.return_button = QPushButton(self.tr("Trả lại…"))
        self.return_button.setToolTip(
            self.tr("Trả về trạng thái trước (hoặc mở lại đề nghị không được duyệt); cần ghi lý do")
        )
        self.reject_button = QPushButton(self.tr("Không duyệt…"))
        self.reject_button.setToolTip(self.tr("Không đề nghị, không duyệt; cần ghi lý do"))
        self.selection_label = QLabel()
        self.message_label = QLabel()
        self.message_label.setWordWrap(False)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message_label.setMinimumWidth(0)

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(12)
        head.addWidget(self.round_label)
        head.addWidget(self.round_combo, 1)
        head.addWidget(self.rule_set_label)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        self._filters_row = QHBoxLayout()
        self._filters_row.addWidget(self.search, 2)
        self._filters_row.addWidget(self.unit_filter, 2)
        self._filters_row.addWidget(self.award_filter, 1)
        self._filters_row.addWidget(self.verdict_filter, 1)
        self._filters_row.addWidget(self.status_filter, 1)
        layout.addLayout(self._filters_row)
        actions = QHBoxLayout()
        for b in (self.add_button, self.propose_button, self.recheck_button, self.delete_button, self.history_button):
            actions.addWidget(b)
        actions.addStretch(1)
        layout.addLayout(actions)
        # The counts and the files in and out on a second line: fits 1366×768 at 125 %.
        files = QHBoxLayout()
        files.addWidget(self.counts_label, 1)
        files.addWidget(self.import_button)
        files.addWidget(self.export_button)
        files.addWidget(self.submission_button)
        layout.addLayout(files)
        layout.addWidget(self.splitter, 1)
        workflow = QHBoxLayout()
        workflow.addWidget(QLabel(self.tr("Chuyển trạng thái:")), 0)
        for b in list(self.status_buttons.values()) + [self.return_button, self.reject_button]:
            workflow.addWidget(b)
        workflow.addSpacing(12)
        workflow.addWidget(self.message_label, 1)
        workflow.addWidget(self.selection_label, 0)
        layout.addLayout(workflow)

    def _connect_signals(self) -> None:
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DEBOUNCE_MS)
        self._filter_timer.timeout.connect(lambda: self.refresh())
        # textChanged also fires when a Vietnamese input method commits a composed letter.
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self.unit_filter.unit_changed.connect(self._on_unit_filter)
        for combo in (self.award_filter, self.verdict_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.round_combo.currentIndexChanged.connect(lambda _i: self._on_round_changed())
        self.add_button.clicked.connect(self.add_nominees)
        self.propose_button.clicked.connect(self.propose_ldtt)
        self.recheck_button.clicked.connect(lambda: self.recompute())
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button.clicked.connect(self.open_history)
        self.export_button.clicked.connect(lambda: self.export())
        self.submission_button.clicked.connect(lambda: self.export_submission())
        self.import_button.clicked.connect(self.import_from_excel)
        self.achievement_edit.textChanged.connect(self._on_achievement_edited)
        self.save_achievement_button.clicked.connect(self.save_achievement)
        self.hold_button.clicked.connect(self.mark_hold)
        for code, button in self.status_buttons.items():
            button.clicked.connect(lambda _c=False, t=code: self.change_status(t))
        self.return_button.clicked.connect(self.return_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.table.doubleClicked.connect(lambda _i: self.open_history())
        for key, slot in ((Qt.Key.Key_Insert, self.add_nominees), (Qt.Key.Key_Delete, self.delete_selected)):
            sc = QShortcut(QKeySequence(key), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        sc = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(lambda: self.recompute())

    # ------------------------------------------------------------ loading
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded or self._stale == "reload":
            self.reload()
        elif self._stale == "refresh":
            self._stale = None
            self.refresh()

    def _on_changes(self, changes: OpChanges) -> None:
        """Another screen (or a worker) changed data this screen shows: refresh now, or on the
        next show while hidden. Own writes refresh themselves (keeping the selection)."""
        if made_by(changes, self):
            return
        if changes.touches(HISTORY, RULES):
            # The cached verdicts follow history and rules: re-check every open round now
            # (the window does it while this screen is not built).
            if changes.touches(RULES) and self._loaded:  # the rule set in force may differ too
                if self.isVisible():
                    self.reload()
                else:
                    self._stale = "reload"
            self.recompute(all_open=True)
            if not self._loaded or not changes.touches(*_RELOAD_KINDS, *_LIST_KINDS):
                return
        if not self._loaded:
            return
        if changes.touches(*_RELOAD_KINDS):
            kind = "reload"
        elif changes.touches(*_LIST_KINDS):
            kind = "refresh"
        else:
            return
        if not self.isVisible():
            self._stale = "reload" if "reload" in (kind, self._stale) else kind
            return
        if kind == "reload":
            self.reload()
        else:
            self.refresh()

    def reload(self) -> None:
        """Reload units, catalogue, rounds (keeping the chosen one) and the table."""
        self._loaded = True
        self._stale = None
        QueryOp(parent=self, db=self._db, op=_load_choices, success=self._on_reloaded, key="reload").run_in_background()

    def select_round(self, round_id: int) -> None:
        """Show the nominations of `round_id` (the dashboard's "go there"); while the rounds
        are still loading, once they come."""
        index = self.round_combo.findData(round_id)
        if index >= 0:
            self.round_combo.setCurrentIndex(index)
            self._pending_round = None
        else:
            self._pending_round = round_id

    def _on_reloaded(self, choices) -> None:
        keep = self._pending_round or (self._round.id if self._round else None)
        self._pending_round = None
        self._units, self._award_types, self._rounds = choices
        self._fill_filters()
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for r in self._rounds:
            self.round_combo.addItem(self._round_text(r), r.id)
        index = self.round_combo.findData(keep)
        if index < 0:
            open_rounds = [i for i, r in enumerate(self._rounds) if r.status == "OPEN"]
            index = open_rounds[0] if open_rounds else (0 if self._rounds else -1)
        self.round_combo.setCurrentIndex(index)
        self.round_combo.blockSignals(False)
        self._on_round_changed()

    def _round_text(self, r: RoundRow) -> str:
        return (
            self.tr("%1 — %2, %3 đề nghị")
            .replace("%1", r.name)
            .replace("%2", tr_label(ROUND_STATUSES.get(r.status, r.status)).lower())
            .replace("%3", fmt_int(r.nominations))
        )

    def _fill_filters(self) -> None:
        keep_unit = self.unit_filter.unit_id() if self.unit_filter.is_valid() else None
        new_combo = UnitCombo(self._units, allow_none=True, none_text=self.tr("Tất cả đơn vị"))
        new_combo.setMinimumContentsLength(9)
        new_combo.setToolTip(self.tr("Lọc theo đơn vị (gồm cả các đơn vị trực thuộc); gõ vài chữ của tên"))
        # UnitCombo takes its units once: a new one replaces the old after a reload.
        old = self.unit_filter
        self._filters_row.replaceWidget(old, new_combo)
        old.deleteLater()
        self.unit_filter = new_combo
        self.unit_filter.set_unit_id(keep_unit)
        if keep_unit is None:
            self.unit_filter.setCurrentIndex(0)
        self.unit_filter.unit_changed.connect(self._on_unit_filter)
        keep_award = self.award_filter.currentData()
        self.award_filter.blockSignals(True)
        self.award_filter.clear()
        self.award_filter.addItem(self.tr("Mọi danh hiệu"), None)
        for t in self._award_types:
            self.award_filter.addItem(t.name, t.code)
        self.award_filter.setCurrentIndex(max(0, self.award_filter.findData(keep_award)))
        self.award_filter.blockSignals(False)

    def _on_unit_filter(self) -> None:
        if self.unit_filter.is_valid():
            self._filter_timer.start()

    def _on_round_changed(self) -> None:
        """A round chosen: its rule set (for the buttons) and its list, read side by side."""
        rid = self.round_combo.currentData()
        self._round = next((r for r in self._rounds if r.id == rid), None)
        self._vote_required = {}
        self._update_round_buttons()
        if self._round is None:
            self.rule_set_label.setText("")
        else:
            review_date = self._round.review_date
            QueryOp(
                parent=self,
                db=self._db,
                op=lambda s: _rules_of_round(s, review_date),
                success=self._on_rules,
                key="rules",
            ).run_in_background()
        self.refresh()

    def _on_rules(self, rules) -> None:
        name, problem, vote_required = rules
        self._vote_required = vote_required
        if name is not None:
            self.rule_set_label.setText(self.tr("Bộ quy tắc: %1").replace("%1", name))
            self.rule_set_label.setStyleSheet("")
        else:
            self.rule_set_label.setText(self.tr("Chưa có bộ quy tắc có hiệu lực"))
            self.rule_set_label.setToolTip(problem)
            self.rule_set_label.setStyleSheet(f"color: {theme.css('#a61b1b')};")
        self._on_selection()

    def _update_round_buttons(self) -> None:
        is_open = self._round is not None and self._round.status == "OPEN"
        closed_tip = self.tr("Đợt xét đã đóng: không thêm đề nghị mới")
        for b in (self.add_button, self.propose_button, self.import_button):
            b.setEnabled(is_open)
            if not hasattr(b, "_open_tip"):
                b._open_tip = b.toolTip()  # type: ignore[attr-defined]
            b.setToolTip(b._open_tip if is_open else closed_tip)  # type: ignore[attr-defined]
        for b in (self.recheck_button, self.export_button, self.submission_button):
            b.setEnabled(self._round is not None)

    def current_filters(self) -> dict:
        unit_id = self.unit_filter.unit_id() if self.unit_filter.is_valid() else None
        return dict(
            unit_id=unit_id,
            award_code=self.award_filter.currentData(),
            verdict=self.verdict_filter.currentData(),
            status=self.status_filter.currentData(),
            query=self.search.text(),
        )

    def refresh(self, *, select_ids: list[int] | None = None) -> None:
        """List the round's nominations with the current filters (keeps the selection). A
        newer refresh supersedes one still running."""
        self._filter_timer.stop()
        keep = select_ids if select_ids is not None else [r.id for r in self.selected_rows()]
        if self._round is None:
            self.model.set_rows([])
            self._show_counts(None, [])
            self._show_quota([])
            self._on_selection()
            return
        rid, filters = self._round.id, self.current_filters()
        QueryOp(
            parent=self,
            db=self._db,
            op=lambda s: nomination.nomination_listing(s, round_id=rid, **filters),
            success=lambda listing: self._show_listing(listing, keep),
            key="list",
        ).run_in_background()

    def _show_listing(self, listing: NominationListing, keep: list[int]) -> None:
        self.model.set_rows(listing.rows, listing.award_names)
        self._show_counts(listing.counts, listing.rows)
        self._show_quota(listing.warnings)
        self.select_ids(keep)
        self._on_selection()

    def _show_counts(self, counts, rows: list[NominationListRow]) -> None:
        if counts is None:
            self.counts_label.setText("")
            return
        total = sum(counts["status"].values())
        v = counts["verdict"]
        text = self.tr("Hiển thị %1 / %2 đề nghị").replace("%1", fmt_int(len(rows))).replace("%2", fmt_int(total))
        parts = [
            f"✔ {fmt_int(v.get(ELIGIBLE, 0))}",
            f"✘ {fmt_int(v.get(NOT_ELIGIBLE, 0))}",
            f"? {fmt_int(v.get(MANUAL_CHECK, 0))}",
        ]
        self.counts_label.setText(text + " · " + "  ".join(parts))
        self.counts_label.setToolTip(
            "\n".join(
                f"{tr_label(VERDICT_LABELS[k])}: {fmt_int(v.get(k, 0))}"
                for k in (ELIGIBLE, NOT_ELIGIBLE, MANUAL_CHECK, "")
            )
        )

    def _show_quota(self, warnings) -> None:
        if not warnings:
            self.banner.hide()
            self.banner.setText("")
            return
        lines = [self.tr("⚠ %1 đơn vị vượt giới hạn số lượng:").replace("%1", fmt_int(len(warnings)))]
        for w in warnings[:4]:
            lines.append(
                self.tr("%1: %2 %3, giới hạn %4 (tính trên %5 %6)")
                .replace("%1", w.unit_name)
                .replace("%2", fmt_int(w.count))
                .replace("%3", award_name(w.award_code))
                .replace("%4", fmt_int(w.limit))
                .replace("%5", fmt_int(w.base_count))
                .replace("%6", award_name(w.base_award))
            )
        if len(warnings) > 4:
            lines.append(self.tr("… và %1 đơn vị khác").replace("%1", fmt_int(len(warnings) - 4)))
        self.banner.setText("\n".join(lines))
        self.banner.show()

    # ------------------------------------------------------------ selection
    def selected_rows(self) -> list[NominationListRow]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row_at(r) for r in rows if self.model.row_at(r) is not None]

    def select_ids(self, ids: list[int]) -> None:
        """Select the rows of `ids` in one selection change; the first becomes current."""
        sm = self.table.selectionModel()
        selection = QItemSelection()
        first = None
        last_col = self.model.columnCount() - 1
        for nid in ids:
            row = self.model.row_of(nid)
            if row >= 0:
                index = self.model.index(row, 0)
                selection.select(index, self.model.index(row, last_col))
                first = first or index
        sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if first is not None:
            sm.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)

    def _allowed(self, row: NominationListRow) -> list[str]:
        return nomination.allowed_transitions(row.status, vote_required=self._vote_required.get(row.award_code, True))

    def return_targets(self, rows: list[NominationListRow]) -> list[str]:
        """Statuses every selected nomination may be returned (or reopened) to."""
        common = None
        for r in rows:
            back = {t for t in self._allowed(r) if t != "REJECTED" and nomination.needs_reason(r.status, t)}
            common = back if common is None else common & back
        return [s for s in STATUSES if common and s in common]

    def _on_selection(self) -> None:
        rows = self.selected_rows()
        allowed = [set(self._allowed(r)) for r in rows]
        for code, button in self.status_buttons.items():
            button.setEnabled(
                bool(rows)
                and all(code in a for a in allowed)
                and not any(nomination.needs_reason(r.status, code) for r in rows)
            )
        self.reject_button.setEnabled(bool(rows) and all("REJECTED" in a for a in allowed))
        self.return_button.setEnabled(bool(self.return_targets(rows)))
        self.delete_button.setEnabled(bool(rows) and all(r.status in ("DRAFT", "SUBMITTED") for r in rows))
        self.history_button.setEnabled(len(rows) == 1)
        self.selection_label.setText(self.tr("Đang chọn %1").replace("%1", fmt_int(len(rows))) if len(rows) > 1 else "")
        row = rows[0] if len(rows) == 1 else None
        if row != self._detail_row or row is None:
            self._show_detail(row)

    def _show_detail(self, row: NominationListRow | None) -> None:
        """The reasons of `row` (decoded here, for this one row) at once; its achievement,
        mark and status history from a read."""
        self._detail_row = row
        self._detail = None
        self.achievement_edit.blockSignals(True)
        self.achievement_edit.setPlainText("")
        self.achievement_edit.blockSignals(False)
        self.achievement_edit.setEnabled(False)
        self.save_achievement_button.setEnabled(False)
        self.hold_button.setEnabled(False)
        if row is None:
            self.detail_title.setText(self.tr("Kết quả kiểm tra"))
            self.reasons_view.setPlainText("")
            self.events_model.set_rows([])
            return
        self.detail_title.setText(f"{row.name} — {row.award_name}: {verdict_label(row.verdict_status)}")
        order = {"fail": 0, "manual": 1}
        names = self.model._names
        lines = [
            f"• {reason_text(r, names)}"
            for r in sorted(nomination.row_reasons(row), key=lambda r: order.get(r.kind, 2))
        ]
        if row.conflicts:
            lines.append(
                "• " + self.tr("Xung đột lợi ích: thành viên Hội đồng %1").replace("%1", ", ".join(row.conflicts))
            )
        if not row.verdict_status:
            lines.append(self.tr("Chưa kiểm tra: bấm «Kiểm tra lại» (F5)."))
        self.reasons_view.setPlainText("\n".join(lines))
        QueryOp(
            parent=self,
            db=self._db,
            op=lambda s: nomination.nomination_detail(s, nomination_id=row.id),
            success=self._on_detail,
            key="detail",
        ).run_in_background()

    def _on_detail(self, detail: NominationDetail) -> None:
        row = self._detail_row
        if row is None or detail.id != row.id:
            return
        self._detail = detail
        self.achievement_edit.blockSignals(True)
        self.achievement_edit.setPlainText(detail.achievement)
        self.achievement_edit.blockSignals(False)
        self.achievement_edit.setEnabled(row.status != "DECIDED")
        self.save_achievement_button.setEnabled(False)
        self.hold_button.setEnabled(row.status != "DECIDED")
        self.events_model.set_rows(detail.events)

    def _on_context_menu(self, pos) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        menu = QMenu(self)
        for _code, button in self.status_buttons.items():
            if button.isEnabled():
                menu.addAction(button.text(), button.click)
        for b in (self.return_button, self.reject_button):
            if b.isEnabled():
                menu.addAction(b.text(), b.click)
        menu.addSeparator()
        if self.history_button.isEnabled():
            menu.addAction(self.tr("Lịch sử khen thưởng…"), self.open_history)
        if len(rows) == 1:  # the audit trail of the nomination
            from ui.accounts.audit_screen import show_row_history

            row = rows[0]
            menu.addAction(
                self.tr("Lịch sử thay đổi…"), lambda: show_row_history(self._db, "nomination", row.id, row.name, self)
            )
        if self.delete_button.isEnabled():
            menu.addAction(self.delete_button.text(), self.delete_selected)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------ adding
    def make_picker(self) -> NomineePickerDialog:
        unit_id = self.current_filters()["unit_id"]
        return NomineePickerDialog(
            self._db, award_types=self._award_types, units=self._units, default_unit_id=unit_id, parent=self
        )

    def add_nominees(self) -> None:
        if self._round is None or self._round.status != "OPEN":
            return
        picker = self.make_picker()
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        award_code = picker.award_code
        if award_code is None:  # (the picker accepts only with an award)
            return
        self.add(award_code=award_code, person_ids=picker.person_ids, unit_ids=picker.unit_ids)

    def add(self, *, award_code: str, person_ids: Sequence[int] = (), unit_ids: Sequence[int] = ()) -> None:
        """Add nominations, then re-check the round so their verdicts show."""
        if self._round is None:
            return
        rid, people, units = self._round.id, list(person_ids), list(unit_ids)

        def done(result) -> None:
            text = self.tr("Đã thêm %1 đề nghị").replace("%1", fmt_int(len(result.added)))
            if result.skipped:
                text += self.tr("; %1 đã có trong đợt nên bỏ qua").replace("%1", fmt_int(result.skipped))
            self.message_label.setText(text)
            self.recompute(select_ids=list(result.added))

        CollectionOp(
            parent=self,
            db=self._db,
            changes={NOMINATIONS},
            success=done,
            op=lambda s: nomination.add_nominations(
                s, round_id=rid, award_code=award_code, person_ids=people, unit_ids=units
            ),
        ).run_in_background()

    def propose_ldtt(self) -> None:
        if self._round is None or self._round.status != "OPEN":
            return
        unit_id = self.current_filters()["unit_id"]
        scope = (
            self.tr("trong %1").replace("%1", self.unit_filter.currentText())
            if unit_id is not None
            else self.tr("trong tất cả đơn vị")
        )
        answer = QMessageBox.question(
            self,
            self.tr("Đề xuất Lao động tiên tiến"),
            self.tr(
                "Đề nghị Lao động tiên tiến năm %1 cho mọi người đang công tác %2 có xếp loại năm %1 đạt "
                "yêu cầu? Người đã có đề nghị LĐTT trong đợt được bỏ qua; kết quả kiểm tra được tính lại."
            )
            .replace("%1", str(self._round.year))
            .replace("%2", scope),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(result) -> None:
            added, _summary = result
            text = self.tr("Đã đề xuất %1 người đạt LĐTT").replace("%1", fmt_int(len(added.added)))
            if added.skipped:
                text += self.tr("; %1 người đã có đề nghị").replace("%1", fmt_int(added.skipped))
            self.message_label.setText(text)
            notify_changed({NOMINATIONS}, self)
            self._after_recompute(list(added.added))

        # A cancellable worker (not a CollectionOp): proposing and re-checking thousands can
        # take seconds, and Cancel rolls both back.
        self.worker = run_with_progress(
            self,
            propose_task(self._db, self._round.id, unit_id),
            label=self.tr("Đang đề xuất Lao động tiên tiến…"),
            on_done=done,
        )

    # ------------------------------------------------------------ re-checking
    def recompute(self, *, all_open: bool = False, select_ids: list[int] | None = None) -> None:
        """Re-check the chosen round (or every open round) in a cancellable worker, announce
        the change, then refresh."""
        if self._round is None and not all_open:
            return
        ids = None if all_open or self._round is None else [self._round.id]

        def done(_result) -> None:
            notify_changed({NOMINATIONS}, self)
            self._after_recompute(select_ids)

        self.worker = run_with_progress(
            self,
            recompute_task(self._db, ids),
            label=self.tr("Đang kiểm tra lại các đề nghị…"),
            on_done=done,
            on_cancelled=lambda: self.message_label.setText(self.tr("Đã hủy kiểm tra lại; kết quả cũ được giữ.")),
        )

    def _after_recompute(self, select_ids: list[int] | None) -> None:
        """The rounds' counts in the chooser, then the list."""

        def done(rounds: list[RoundRow]) -> None:
            self._show_round_counts(rounds)
            self.refresh(select_ids=select_ids)

        QueryOp(
            parent=self, db=self._db, op=lambda s: movement.list_rounds(s), success=done, key="rounds"
        ).run_in_background()

    def reload_rounds_only(self) -> None:
        QueryOp(
            parent=self,
            db=self._db,
            op=lambda s: movement.list_rounds(s),
            success=self._show_round_counts,
            key="rounds",
        ).run_in_background()

    def _show_round_counts(self, rounds: list[RoundRow]) -> None:
        self._rounds = rounds
        for r in rounds:
            j = self.round_combo.findData(r.id)
            if j >= 0:
                self.round_combo.setItemText(j, self._round_text(r))
        self._round = next((r for r in rounds if self._round and r.id == self._round.id), self._round)

    def open_history(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        dialog = self.make_history_dialog(row)
        dialog.exec()
        if dialog.changed:
            notify_changed({HISTORY}, self)
            self.recompute(all_open=True, select_ids=[row.id])

    def make_history_dialog(self, row: NominationListRow) -> HistoryDialog:
        return HistoryDialog(
            self._db,
            person_id=row.person_id,
            unit_id=row.unit_id,
            subject_name=row.name if row.person_id else f"{tr_label('Tập thể')} {row.name}",
            parent=self,
        )

    # ------------------------------------------------------------ workflow
    def _apply_status(self, rows: list[NominationListRow], to_status: str, reason: str = "") -> None:
        """Move `rows` (one or a hundred) in one CollectionOp: all or none."""
        items = [(r.id, r.version) for r in rows]
        ids = [r.id for r in rows]
        reopened = any(r.status == "REJECTED" for r in rows)

        def done(n: int) -> None:
            self.message_label.setText(
                self.tr("Đã chuyển %1 đề nghị sang «%2»")
                .replace("%1", fmt_int(n))
                .replace("%2", tr_label(STATUSES[to_status]))
            )
            if to_status == "REJECTED" or reopened:
                # A rejection frees the title it claimed and changes quotas: re-check.
                self.recompute(select_ids=ids)
            else:
                self.refresh(select_ids=ids)

        def failed(exc: BaseException) -> None:
            errors.show_error(self, exc)
            if isinstance(exc, StaleRecord):
                self.refresh()

        CollectionOp(
            parent=self,
            db=self._db,
            changes={NOMINATIONS},
            success=done,
            op=lambda s: nomination.change_status_many(s, items=items, to_status=to_status, reason=reason),
        ).failure(failed).run_in_background()

    def change_status(self, to_status: str) -> None:
        rows = self.selected_rows()
        if rows:
            self._apply_status(rows, to_status)

    def make_reason_dialog(self, title: str, prompt: str, targets=None) -> ReasonDialog:
        return ReasonDialog(title, prompt, targets=targets, parent=self)

    def return_selected(self) -> None:
        rows = self.selected_rows()
        targets = self.return_targets(rows)
        if not targets:
            return
        dialog = self.make_reason_dialog(
            self.tr("Trả lại đề nghị"),
            self.tr("Trả lại %1 đề nghị. Lý do được lưu trong lịch sử trạng thái và báo cho đơn vị.").replace(
                "%1", fmt_int(len(rows))
            ),
            [(t, tr_label(STATUSES[t])) for t in reversed(targets)],
        )
        target = dialog.target() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if target is not None:  # (accepted: a target is chosen)
            self._apply_status(rows, target, dialog.reason())

    def reject_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        dialog = self.make_reason_dialog(
            self.tr("Không duyệt đề nghị"),
            self.tr("Không đề nghị, không duyệt %1 đề nghị. Lý do được lưu trong lịch sử trạng thái.").replace(
                "%1", fmt_int(len(rows))
            ),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._apply_status(rows, "REJECTED", dialog.reason())

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or not all(r.status in ("DRAFT", "SUBMITTED") for r in rows):
            return
        answer = QMessageBox.question(
            self, self.tr("Xóa đề nghị"), self.tr("Xóa %1 đề nghị khỏi đợt xét?").replace("%1", fmt_int(len(rows)))
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        items = [(r.id, r.version) for r in rows]

        def delete(session) -> int:
            for nid, version in items:
                nomination.delete_nomination(session, nomination_id=nid, version=version)
            return len(items)

        def done(n: int) -> None:
            self.message_label.setText(self.tr("Đã xóa %1 đề nghị").replace("%1", fmt_int(n)))
            self.recompute()

        def failed(exc: BaseException) -> None:
            errors.show_error(self, exc)
            self.refresh()

        CollectionOp(parent=self, db=self._db, changes={NOMINATIONS}, op=delete, success=done).failure(
            failed
        ).run_in_background()

    # ------------------------------------------------------------ achievement, under review, import (issue 16)
    def _on_achievement_edited(self) -> None:
        detail = self._detail
        self.save_achievement_button.setEnabled(
            detail is not None and self.achievement_edit.toPlainText().strip() != detail.achievement.strip()
        )

    def save_achievement(self) -> None:
        row, detail = self._detail_row, self._detail
        if row is None or detail is None:
            return
        text = self.achievement_edit.toPlainText()

        def done(_r) -> None:
            self.message_label.setText(self.tr("Đã lưu tóm tắt thành tích của %1").replace("%1", row.name))
            self._detail_row = None  # show the saved text and version again
            self.refresh(select_ids=[row.id])

        def failed(exc: BaseException) -> None:
            errors.show_error(self, exc)
            if isinstance(exc, StaleRecord):
                self._detail_row = None
                self.refresh(select_ids=[row.id])

        CollectionOp(
            parent=self,
            db=self._db,
            changes={NOMINATIONS},
            success=done,
            op=lambda s: nomination.update_nomination(
                s,
                nomination_id=row.id,
                version=detail.version,
                achievement=text,
                submitting_unit_id=row.submitting_unit_id,
            ),
        ).failure(failed).run_in_background()

    def make_hold_dialog(self, row: NominationListRow) -> HoldDialog:
        detail = self._detail if self._detail is not None and self._detail.id == row.id else None
        kind, note = (detail.review_hold, detail.review_hold_note) if detail else ("", "")
        return HoldDialog(row.name, kind, note, parent=self)

    def mark_hold(self) -> None:
        row, detail = self._detail_row, self._detail
        if row is None or detail is None:
            return
        dialog = self.make_hold_dialog(row)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        kind, note = dialog.kind(), dialog.note()

        def failed(exc: BaseException) -> None:
            errors.show_error(self, exc)
            self.refresh(select_ids=[row.id])

        CollectionOp(
            parent=self,
            db=self._db,
            changes={NOMINATIONS},
            op=lambda s: nomination.set_review_hold(
                s, nomination_id=row.id, version=detail.version, kind=kind, note=note
            ),
            success=lambda _r: self.recompute(select_ids=[row.id]),
        ).failure(failed).run_in_background()

    def make_import_wizard(self):
        from ui.import_wizard import ImportWizard
        from ui.nominations.import_kind import NominationImportKind

        return ImportWizard(self._db, self, kind=NominationImportKind(self._round.id, self._round.name))

    def import_from_excel(self) -> None:
        if self._round is None or self._round.status != "OPEN":
            return
        wizard = self.make_import_wizard()
        wizard.exec()
        if wizard.imported:
            notify_changed({NOMINATIONS}, self)
            self.recompute()

    # ------------------------------------------------------------ export
    def export(self, path: str | Path | None = None) -> None:
        """The list sent upward: what the screen's filters show, by default only the
        sendable nominations (submitted/checked, ✔ or to check by hand); the rest only
        after a confirmation. Status and verdict columns on request. Asks once per round
        that nobody but those marked is under review (NĐ 152/2025 Art. 4(4)); the answer
        is recorded with the export. `path` skips the save dialog."""
        if self._round is None or not ensure_setup(self, self._db):
            return
        rnd, filters = self._round, self.current_filters()
        QueryOp(
            parent=self,
            db=self._db,
            op=lambda s: _review_state(s, rnd.id),
            success=lambda state: self._export_with(rnd, filters, state, path),
        ).run_in_background()

    def _export_with(self, rnd: RoundRow, filters: dict, state: tuple[bool, int], path) -> None:
        confirmed, marked = state
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Xác nhận trước khi gửi danh sách"),
                self.tr(
                    "Xác nhận: ngoài %1 đề nghị đã đánh dấu «Đang bị xem xét», không ai trong đợt «%2» đang bị "
                    "xem xét kỷ luật, thanh tra, kiểm tra hoặc giải quyết khiếu nại, tố cáo (Nghị định "
                    "152/2025/NĐ-CP Điều 4 khoản 4)?\n\nChương trình chỉ hỏi một lần cho mỗi đợt và ghi lại "
                    "người xác nhận."
                )
                .replace("%1", fmt_int(marked))
                .replace("%2", rnd.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        # The rows shown are the rows under these filters: count what would be sent from them.
        shown = self.model.rows
        sendable = sum(1 for r in shown if nomination.is_sendable(r))
        left_out = len(shown) - sendable
        dialog = ExportOptionsDialog(sendable, left_out, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options: dict[str, Any] = dict(
            filters=filters,
            everything=dialog.everything.isChecked(),
            with_status=dialog.with_status.isChecked(),
            with_verdict=dialog.with_verdict.isChecked(),
        )
        if options["everything"] and left_out:
            answer = QMessageBox.question(
                self,
                self.tr("Xuất cả đề nghị chưa đủ điều kiện gửi?"),
                self.tr(
                    "%1 đề nghị chưa đủ điều kiện gửi lên cấp trên (dự thảo, bị loại, đã có quyết định, "
                    "không đủ điều kiện ✘ hoặc chưa kiểm tra) sẽ có trong danh sách. Vẫn xuất?"
                ).replace("%1", fmt_int(left_out)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if not options["everything"] and not sendable:
            QMessageBox.information(
                self,
                self.tr("Không có đề nghị để gửi"),
                self.tr(
                    "Trong các đề nghị đang hiển thị, không có đề nghị nào đã gửi/đã kiểm tra và đủ điều kiện "
                    "(hoặc cần kiểm tra thủ công). Chuyển trạng thái các đề nghị, hoặc chọn «Mọi đề nghị đang "
                    "hiển thị»."
                ),
            )
            return

        def done(out: Path, result) -> None:
            _path, count = result
            self.message_label.setText(
                self.tr("Đã xuất %1 đề nghị ra %2").replace("%1", fmt_int(count)).replace("%2", out.name)
            )
            self.last_export = out

        export_document(
            self,
            db=self._db,
            title=self.tr("Xuất danh sách đề nghị khen thưởng"),
            document=self.tr("Danh sách đề nghị khen thưởng %1").replace("%1", str(rnd.year)),
            formats=(XLSX,),
            write=lambda s, out: nomination.export_nominations(
                s, round_id=rnd.id, out=out, confirm_no_review=not confirmed, **options
            ),
            done_text=lambda result: self.tr("Đã xuất %1 đề nghị.").replace("%1", fmt_int(result[1])),
            progress=self.tr("Đang xuất danh sách đề nghị…"),
            path=path,
            on_done=done,
        )

    def export_submission(self, path: str | Path | None = None) -> None:
        """The round's tờ trình as a Word file (app.services.documents.export_submission)."""
        if self._round is None:
            return
        rnd = self._round

        def done(out: Path, _result) -> None:
            self.message_label.setText(self.tr("Đã xuất tờ trình ra %1").replace("%1", out.name))
            self.last_export = out

        export_document(
            self,
            db=self._db,
            title=self.tr("Xuất tờ trình đề nghị khen thưởng"),
            document=self.tr("Tờ trình %1").replace("%1", rnd.name),
            formats=(DOCX,),
            write=lambda s, out: documents.export_submission(s, round_id=rnd.id, out=out),
            done_text=self.tr("Đã xuất tờ trình."),
            progress=self.tr("Đang xuất tờ trình…"),
            path=path,
            on_done=done,
        )


def _load_choices(session):
    """Units, award types and rounds for the choosers (worker thread)."""
    return org.list_units(session), catalogue.list_award_types(session), movement.list_rounds(session)


def _rules_of_round(session, on: _dt.date) -> tuple[str | None, str, dict[str, bool]]:
    """(rule set name or None, why none, award code → vote required) on `on` (worker thread)."""
    try:
        rule_set = catalogue.rule_set_in_force(session, on=on)
    except NoRuleSet as exc:
        return None, exc.message(), {}
    return (
        rule_set.name,
        "",
        {r.award_code: r.params.vote_required for r in catalogue.list_award_rules(session, rule_set_id=rule_set.id)},
    )


def _review_state(session, round_id: int) -> tuple[bool, int]:
    """(the round is confirmed free of reviews, how many nominations are marked) (worker thread)."""
    at, _by = nomination.review_confirmation(session, round_id=round_id)
    return at is not None, len(nomination.review_holds(session, round_id=round_id))


class ExportOptionsDialog(QDialog):
    """What goes into the list sent upward: the sendable nominations among those shown
    (default) or every one shown; optional status and verdict columns."""

    def __init__(self, sendable: int, left_out: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xuất danh sách đề nghị"))
        self.sendable = QRadioButton(self.tr("Chỉ các đề nghị đủ điều kiện gửi (%1)").replace("%1", fmt_int(sendable)))
        sendable_hint = QLabel(
            self.tr(
                "Đã gửi, đã kiểm tra hoặc đã được Hội đồng thông qua; đủ điều kiện (✔) hoặc cần kiểm tra thủ công (?)."
            )
        )
        self.everything = QRadioButton(
            self.tr("Mọi đề nghị đang hiển thị (%1, trong đó %2 chưa đủ điều kiện gửi)")
            .replace("%1", fmt_int(sendable + left_out))
            .replace("%2", fmt_int(left_out))
        )
        self.sendable.setChecked(True)
        self.with_status = QCheckBox(self.tr("Thêm cột «Trạng thái»"))
        self.with_verdict = QCheckBox(self.tr("Thêm cột «Kết quả kiểm tra»"))
        note = QLabel(
            self.tr("Danh sách theo bộ lọc đang chọn trên màn hình (đơn vị, danh hiệu, kết quả, trạng thái, tên).")
        )
        for label in (note, sendable_hint):
            label.setWordWrap(True)
        sendable_hint.setContentsMargins(22, 0, 0, 4)
        set_role(sendable_hint, "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Chọn nơi lưu…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.sendable)
        layout.addWidget(sendable_hint)
        layout.addWidget(self.everything)
        layout.addWidget(self.with_status)
        layout.addWidget(self.with_verdict)
        layout.addWidget(buttons)
        self.setMinimumWidth(min(560, self.fontMetrics().averageCharWidth() * 80))


def _local(at: _dt.datetime) -> _dt.datetime:
    """Stored times are UTC (naive on SQLite); shown in local time."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=_dt.UTC)
    return at.astimezone()
