"""RuleSetsScreen ("Quy định"): the rule sets with their effective dates, the award rules
of the chosen set (criteria, vote threshold as an exact fraction, consecutive years,
quota…), copying a set and editing one award's parameters with inline validation.

Reads run as QueryOps, writes as CollectionOps (ui/operations.py) that announce RULES on the
change hub (the verdicts of open rounds depend on the rules; the nominations screen and the
dashboard re-check themselves). GUI thread."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import StaleRecord, ValidationFailed
from app.rules.catalogue import CRITERIA, SUBJECTS, VOTE_BASES
from app.rules.reasons import award_name, percent
from app.services import catalogue
from app.services.catalogue import AwardRuleRow, RuleSetRow
from ui import errors
from ui.catalogue.params_editor import ParamsEditor
from ui.catalogue.ruleset_dialog import RuleSetDialog
from ui.history.history_dialog import make_table
from ui.labels import tr_label
from ui.lazy_refresh import LazyRefresh, made_by
from ui.models.dto_table import Column, DtoTableModel
from ui.operations import RULES, CollectionOp, OpChanges, QueryOp, change_hub
from ui.widgets import format_date, set_role


def _fraction(value) -> str:
    return f"{value[0]}/{value[1]} ({percent(*value)})" if value else ""


class RuleSetsScreen(QWidget):
    """Rule sets (top), award rules of the chosen set (bottom left), the chosen award's
    parameters (bottom right, «Lưu» saves them)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._awards: list[tuple[str, str]] = []
        self._multiples: dict = {}  # award code → the catalogue's reward multiple
        self._rule: AwardRuleRow | None = None
        self._today = _dt.date.today()
        self._refresher = LazyRefresh(self, self.reload)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self._build_sets(ll)
        self._build_rules(ll)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._build_editor())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 560])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self._build_head())
        layout.addWidget(self.splitter, 1)

        self.sets_table.selectionModel().selectionChanged.connect(lambda *_: self._on_set_selected())
        self.rules_table.selectionModel().selectionChanged.connect(lambda *_: self._on_rule_selected())
        change_hub().changed.connect(self._on_changes)
        self.reload()

    # ------------------------------------------------------------ building
    def _build_head(self) -> QHBoxLayout:
        title = QLabel(self.tr("Quy định khen thưởng"))
        set_role(title, "screen-title")
        explain = QLabel(
            self.tr(
                "Mỗi đợt xét được kiểm tra theo bộ quy tắc có hiệu lực vào ngày xét. Khi có văn bản "
                "mới, hãy sao chép bộ đang áp dụng rồi sửa tiêu chuẩn."
            )
        )
        explain.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(explain, 1)
        return head

    def _build_sets(self, into: QVBoxLayout) -> None:
        """The rule sets table and its buttons."""
        self.sets_model = DtoTableModel(
            [
                Column(
                    self.tr("Bộ quy tắc"), lambda r: r.name + (self.tr(" (đang áp dụng)") if self._in_force(r) else "")
                ),
                Column(self.tr("Hiệu lực từ"), lambda r: format_date(r.effective_from), Qt.AlignmentFlag.AlignCenter),
                Column(
                    self.tr("Đến"),
                    lambda r: format_date(r.effective_to) or self.tr("nay"),
                    Qt.AlignmentFlag.AlignCenter,
                ),
                Column(self.tr("Văn bản"), lambda r: r.legal_text),
            ],
            self,
            tint=lambda r, c: (QColor("#e6f4ea"), QColor("#1e6b34")) if c == 0 and self._in_force(r) else None,
        )
        self.sets_table = make_table(self.sets_model, (200, 85, 85))
        self.sets_table.setMaximumHeight(self.sets_table.verticalHeader().defaultSectionSize() * 4 + 8)
        self.copy_button = QPushButton(self.tr("&Sao chép…"))
        self.copy_button.setToolTip(self.tr("Tạo bộ quy tắc mới từ bộ đang chọn, với tên và ngày hiệu lực mới"))
        self.edit_set_button = QPushButton(self.tr("Sửa tên, ngày hiệu lực…"))
        self.copy_button.clicked.connect(self.copy_rule_set)
        self.edit_set_button.clicked.connect(self.edit_rule_set)
        self.money_button = QPushButton(self.tr("Lương cơ sở, làm tròn…"))
        self.money_button.setToolTip(self.tr("Mức lương cơ sở theo ngày áp dụng và cách làm tròn tiền thưởng"))
        self.money_button.clicked.connect(self.edit_money)
        into.addWidget(self.sets_table)
        sb = QHBoxLayout()
        sb.addWidget(self.copy_button)
        sb.addWidget(self.edit_set_button)
        sb.addWidget(self.money_button)
        sb.addStretch(1)
        into.addLayout(sb)

    def _build_rules(self, into: QVBoxLayout) -> None:
        """The award rules of the chosen set."""
        self.rules_model = DtoTableModel(
            [
                Column(self.tr("Danh hiệu, hình thức"), lambda r: r.award_name),
                Column(self.tr("Đối tượng"), lambda r: tr_label(SUBJECTS.get(r.subject, r.subject))),
                Column(self.tr("Tiền thưởng"), self._reward_text),
                Column(
                    self.tr("Tiêu chuẩn chính"),
                    self._summary,
                    tooltip=lambda r: (
                        tr_label(CRITERIA.get(r.params.criterion, r.params.criterion)) + "\n" + self._summary(r)
                    ),
                ),
                Column(
                    self.tr("Tỷ lệ phiếu"),
                    lambda r: (
                        ("⚠ " if r.params.unconfirmed else "")
                        + (_fraction(r.params.vote_threshold) if r.params.vote_required else self.tr("không bỏ phiếu"))
                    ),
                    tooltip=lambda r: "\n".join(
                        t
                        for t in (
                            tr_label(VOTE_BASES.get(r.params.vote_base, "")) if r.params.vote_required else "",
                            tr_label(r.params.unconfirmed_note),
                        )
                        if t
                    ),
                ),
                Column(
                    self.tr("Giới hạn"),
                    lambda r: (
                        (f"{percent(*r.params.quota_share)} {award_name(r.params.quota_base_award)}")
                        if r.params.quota_share and r.params.quota_base_award
                        else ""
                    ),
                ),
            ],
            self,
            tint=lambda r, c: (
                (QColor("#fff4e0"), QColor("#8a4b00")) if c == 2 and r.params.reward_unconfirmed else None
            ),
        )
        self.rules_table = make_table(self.rules_model, (190, 65, 150, 200, 105))
        rules_title = QLabel(self.tr("Tiêu chuẩn của bộ quy tắc đang chọn"))
        set_role(rules_title, "section-title")
        into.addWidget(rules_title)
        into.addWidget(self.rules_table, 1)

    def _build_editor(self) -> QWidget:
        """The chosen award's parameters with «Lưu» / «Hoàn tác»."""
        self.editor = ParamsEditor()
        self.editor.edited.connect(self._on_edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        scroll.setMinimumWidth(360)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor_title = QLabel()
        set_role(self.editor_title, "section-title")
        self.editor_title.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Lưu tiêu chuẩn"))
        self.revert_button = QPushButton(self.tr("&Hoàn tác"))
        self.save_button.clicked.connect(self.save_rule)
        self.revert_button.clicked.connect(self._load_rule)
        self.status_label = QLabel()
        editor_box = QWidget()
        el = QVBoxLayout(editor_box)
        el.setContentsMargins(0, 0, 0, 0)
        el.addWidget(self.editor_title)
        el.addWidget(scroll, 1)
        eb = QHBoxLayout()
        eb.addWidget(self.status_label, 1)
        eb.addWidget(self.revert_button)
        eb.addWidget(self.save_button)
        el.addLayout(eb)
        return editor_box

    def _on_changes(self, changes: OpChanges) -> None:
        if changes.touches(RULES) and not made_by(changes, self):
            self._refresher.request()

    # ------------------------------------------------------------ helpers
    def _in_force(self, r: RuleSetRow) -> bool:
        return r.effective_from <= self._today and (r.effective_to is None or r.effective_to >= self._today)

    def _reward_text(self, r: AwardRuleRow) -> str:
        """'× 1,5' with the mark when the multiple is not checked against the legal text."""
        from app.rules.money import format_multiple

        multiple = (
            r.params.reward_multiple if r.params.reward_multiple is not None else self._multiples.get(r.award_code)
        )
        text = f"× {format_multiple(multiple)}" if multiple is not None else ""
        return text + (self.tr(" (chưa xác nhận)") if r.params.reward_unconfirmed else "")

    def edit_money(self) -> None:
        from ui.catalogue.money_dialog import MoneyDialog

        rs = self.selected_set()
        dialog = MoneyDialog(self._db, rs.id if rs else None, self)
        dialog.exec()
        if dialog.changed:  # the dialog's writes announced RULES
            self.reload(select_set=rs.id if rs else None)

    def _summary(self, r: AwardRuleRow) -> str:
        p = self.params_text_parts(r.params)
        return "; ".join(p)

    def params_text_parts(self, p) -> list[str]:
        from app.rules.codes import RATINGS

        parts = []
        if p.min_rating:
            parts.append(
                self.tr("xếp loại từ %1").replace("%1", tr_label(RATINGS.get(p.min_rating, p.min_rating)).lower())
            )
        if p.streak_award and p.streak_years:
            parts.append(
                self.tr("%1 lần liên tục %2")
                .replace("%1", str(p.streak_years))
                .replace("%2", award_name(p.streak_award))
            )
        if p.prerequisite_awards:
            parts.append(self.tr("đã có %1").replace("%1", ", ".join(award_name(a) for a in p.prerequisite_awards)))
        if p.rating_years:
            parts.append(self.tr("%1 năm hoàn thành tốt trở lên").replace("%1", str(p.rating_years)))
        if p.initiative_level:
            parts.append(self.tr("sáng kiến trong %1 năm").replace("%1", str(p.initiative_window)))
        if p.member_ldtt_share:
            parts.append(self.tr("%1 thành viên LĐTT").replace("%1", percent(*p.member_ldtt_share)))
        if p.manual_checks:
            parts.append(self.tr("%1 điều kiện kiểm tra thủ công").replace("%1", str(len(p.manual_checks))))
        return parts

    # ------------------------------------------------------------ loading
    def reload(self, *, select_set: int | None = None) -> None:
        selected = self.selected_set()
        keep = select_set if select_set is not None else (selected.id if selected else None)
        QueryOp(
            parent=self,
            db=self._db,
            key="reload",
            op=lambda s: (catalogue.list_rule_sets(s), catalogue.list_award_types(s)),
            success=lambda loaded: self._show_sets(*loaded, keep=keep),
        ).run_in_background()

    def _show_sets(self, sets, types, *, keep: int | None) -> None:
        self._awards = [(t.code, t.name) for t in types]
        self._multiples = {t.code: t.reward_multiple for t in types}
        self.sets_model.set_rows(sets)
        row = self.sets_model.row_of(lambda r: r.id == keep)
        if row < 0:
            row = self.sets_model.row_of(self._in_force)
        self.sets_table.selectRow(max(row, 0))
        self._on_set_selected()

    def selected_set(self) -> RuleSetRow | None:
        rows = self.sets_table.selectionModel().selectedRows() if self.sets_table.selectionModel() else []
        return self.sets_model.row_at(rows[0].row()) if rows else None

    def selected_rule(self) -> AwardRuleRow | None:
        rows = self.rules_table.selectionModel().selectedRows()
        return self.rules_model.row_at(rows[0].row()) if rows else None

    def select_rule(self, award_code: str) -> bool:
        row = self.rules_model.row_of(lambda r: r.award_code == award_code)
        if row >= 0:
            self.rules_table.selectRow(row)
        return row >= 0

    def _on_set_selected(self, then=None) -> None:
        """Load the chosen set's rules; `then()` after they are shown."""
        rs = self.selected_set()
        keep = self._rule.award_code if self._rule else None
        self.copy_button.setEnabled(rs is not None)
        self.edit_set_button.setEnabled(rs is not None)
        if rs is None:
            self._show_rules(None, [], keep, then)
            return
        QueryOp(
            parent=self,
            db=self._db,
            key="rules",
            op=lambda s: catalogue.list_award_rules(s, rule_set_id=rs.id),
            success=lambda rules: self._show_rules(rs.id, rules, keep, then),
        ).run_in_background()

    def _show_rules(self, set_id: int | None, rules, keep: str | None, then=None) -> None:
        current = self.selected_set()
        if (current.id if current else None) != set_id:
            return  # another set was chosen meanwhile
        self.rules_model.set_rows(rules)
        if not (keep and self.select_rule(keep)) and rules:
            self.rules_table.selectRow(0)
        self._on_rule_selected()
        if then is not None:
            then()

    def _on_rule_selected(self) -> None:
        self._rule = self.selected_rule()
        self._load_rule()

    def _load_rule(self) -> None:
        rule = self._rule
        self.editor.setEnabled(rule is not None)
        if rule is None:
            self.editor_title.setText("")
            self.save_button.setEnabled(False)
            self.revert_button.setEnabled(False)
            return
        rs = self.selected_set()
        self.editor_title.setText(
            self.tr("%1 — bộ quy tắc %2").replace("%1", rule.award_name).replace("%2", rs.name if rs else "")
        )
        self.editor.set_params(rule.params, self._awards)
        self.status_label.setText("")
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)

    def _on_edited(self) -> None:
        params, problems = self.editor.params()
        changed = params is None or (self._rule is not None and params != self._rule.params)
        self.save_button.setEnabled(params is not None and changed)
        self.revert_button.setEnabled(True)
        self.status_label.setText(
            self.tr("Còn %1 trường chưa hợp lệ").replace("%1", str(len(problems)))
            if problems
            else (self.tr("Có thay đổi chưa lưu") if changed else "")
        )

    # ------------------------------------------------------------ saving
    def save_rule(self) -> None:
        """Store the edited parameters (CollectionOp announcing RULES); a field the service
        refuses shows under it."""
        rule = self._rule
        if rule is None:
            return
        params, _problems = self.editor.params()
        if params is None:
            self.editor.show_errors()
            return

        def saved(_result) -> None:
            self._on_set_selected(
                then=lambda: self.status_label.setText(self.tr("Đã lưu tiêu chuẩn %1").replace("%1", rule.award_name))
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationFailed):
                self.editor.show_errors(exc.fields)
                return
            errors.show_error(self, exc)
            if isinstance(exc, StaleRecord):
                self._rule = None
                self._on_set_selected()

        CollectionOp(
            parent=self,
            db=self._db,
            changes={RULES},
            success=saved,
            op=lambda s: catalogue.update_award_rule(s, rule_id=rule.id, version=rule.version, params=params),
        ).failure(failed).run_in_background()

    def make_rule_set_dialog(self, source: RuleSetRow, *, copy: bool) -> RuleSetDialog:
        return RuleSetDialog(self._db, source, copy=copy, parent=self)

    def _confirm_discard(self) -> bool:
        if not self.save_button.isEnabled():
            return True
        answer = QMessageBox.question(
            self, self.tr("Tiêu chuẩn chưa lưu"), self.tr("Bỏ các thay đổi tiêu chuẩn chưa lưu?")
        )
        return answer == QMessageBox.StandardButton.Yes

    def copy_rule_set(self) -> None:
        rs = self.selected_set()
        if rs is None or not self._confirm_discard():
            return
        dialog = self.make_rule_set_dialog(rs, copy=True)
        if dialog.exec() == QDialog.DialogCode.Accepted:  # the dialog announced RULES
            self.reload(select_set=dialog.saved_id)

    def edit_rule_set(self) -> None:
        rs = self.selected_set()
        if rs is None:
            return
        dialog = self.make_rule_set_dialog(rs, copy=False)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted or dialog.stale:  # an accepted dialog announced RULES
            self.reload(select_set=rs.id)
