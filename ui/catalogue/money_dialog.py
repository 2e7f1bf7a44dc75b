"""Reward money settings, opened from the rule-set screen ("Lương cơ sở, làm tròn…"):
the base salaries with their start dates (add, edit, delete), the rounding of the chosen
rule set, and the payment rule applied. Writes through app.services.money (the admin's
task; roles are checked by the service layer when accounts exist). GUI thread: every
query is small."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.rules import money as M
from app.services import money
from ui import errors
from ui.history.forms import FormDialog
from ui.history.history_dialog import make_table
from ui.i18n import fmt_money
from ui.labels import tr_label
from ui.models.dto_table import Column, DtoTableModel
from ui.operations import RULES, CollectionOp, QueryOp
from ui.widgets import DateEdit, format_date, set_role


class BaseSalaryDialog(FormDialog):
    """Add (`row` None) or change one base salary."""

    changes = frozenset({RULES})

    def __init__(self, db: Database, row: money.BaseSalaryRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Mức lương cơ sở"), parent)
        self._row = row
        self.effective_from = self.add_field("effective_from", self.tr("Áp dụng từ ngày"), DateEdit())
        self.amount = self.add_field("amount", self.tr("Mức lương cơ sở (đồng/tháng)"), QLineEdit())
        self.amount.setPlaceholderText(self.tr("ví dụ 2.340.000"))
        self.legal_text = self.add_field("legal_text", self.tr("Văn bản"), QLineEdit())
        self.legal_text.setPlaceholderText(self.tr("ví dụ Nghị định 73/2024/NĐ-CP"))
        self.legal_text.setMinimumWidth(320)
        if row is not None:
            self.effective_from.set_date(row.effective_from)
            self.amount.setText(fmt_money(row.amount))
            self.legal_text.setText(row.legal_text)
        self.finish()

    def check(self) -> dict[str, str]:
        found: dict[str, str] = {}
        try:
            if self.effective_from.date() is None:
                found["effective_from"] = self.tr("chưa nhập ngày")
        except ValueError as exc:
            found["effective_from"] = str(exc)
        try:
            money.parse_amount(self.amount.text())
        except ValueError:
            found["amount"] = self.tr("phải là số nguyên đồng, ví dụ 2.340.000")
        return found

    def save(self, session):
        r = self._row
        return money.save_base_salary(
            session,
            effective_from=self.effective_from.date(),
            amount=self.amount.text(),
            legal_text=self.legal_text.text(),
            salary_id=r.id if r else None,
            version=r.version if r else None,
        )


class RoundingDialog(FormDialog):
    """The rounding of one rule set and whether it is checked against its legal text."""

    changes = frozenset({RULES})

    def __init__(self, db: Database, current: money.RuleSetMoney, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Làm tròn tiền thưởng — %1").replace("%1", current.name), parent)
        self._current = current
        self.step = QComboBox()
        for step in M.ROUNDING_STEPS:
            self.step.addItem(
                self.tr("Không làm tròn") if step == 1 else self.tr("%1 đồng").replace("%1", fmt_money(step)), step
            )
        self.mode = QComboBox()
        for code, label in M.ROUNDING_MODES.items():
            self.mode.addItem(tr_label(label), code)
        self.confirmed = QCheckBox(self.tr("Đã đối chiếu với văn bản của bộ quy tắc"))
        self.add_field("step", self.tr("Làm tròn đến"), self.step)
        self.add_field("mode", self.tr("Cách làm tròn"), self.mode)
        self.add_row("", self.confirmed)
        r = current.rounding
        if self.step.findData(r.step) < 0:
            self.step.addItem(self.tr("%1 đồng").replace("%1", fmt_money(r.step)), r.step)
        self.step.setCurrentIndex(self.step.findData(r.step))
        self.mode.setCurrentIndex(max(0, self.mode.findData(r.mode)))
        self.confirmed.setChecked(r.confirmed)
        self.finish()

    def rounding(self) -> M.Rounding:
        return M.Rounding(self.step.currentData(), self.mode.currentData(), self.confirmed.isChecked())

    def save(self, session):
        money.set_rounding(
            session, rule_set_id=self._current.rule_set_id, version=self._current.version, rounding=self.rounding()
        )
        return self._current.rule_set_id


class MoneyDialog(QDialog):
    """Base salaries (table and buttons) and the chosen rule set's rounding."""

    def __init__(self, db: Database, rule_set_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._rule_set_id = rule_set_id
        self._money: money.RuleSetMoney | None = None
        self.changed = False
        self.setWindowTitle(self.tr("Lương cơ sở và làm tròn tiền thưởng"))
        explain = QLabel(
            self.tr(
                "Tiền thưởng = hệ số của danh hiệu, hình thức × mức lương cơ sở áp dụng vào ngày "
                "quyết định, làm tròn theo bộ quy tắc. Khi có nghị định mới về lương cơ sở, thêm "
                "một dòng với ngày áp dụng."
            )
        )
        explain.setWordWrap(True)
        self.model = DtoTableModel(
            [
                Column(
                    self.tr("Áp dụng từ ngày"), lambda r: format_date(r.effective_from), Qt.AlignmentFlag.AlignCenter
                ),
                Column(self.tr("Mức lương cơ sở (đồng)"), lambda r: fmt_money(r.amount), Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Văn bản"), lambda r: r.legal_text),
            ],
            self,
        )
        self.table = make_table(self.model, (110, 150))
        self.table.setMinimumHeight(220)
        self.add_button = QPushButton(self.tr("&Thêm…"))
        self.edit_button = QPushButton(self.tr("&Sửa…"))
        self.delete_button = QPushButton(self.tr("&Xóa"))
        self.add_button.clicked.connect(self.add_salary)
        self.edit_button.clicked.connect(self.edit_salary)
        self.delete_button.clicked.connect(self.delete_salary)
        self.rounding_label = QLabel()
        self.rounding_label.setWordWrap(True)
        self.rounding_button = QPushButton(self.tr("Sửa cách làm tròn…"))
        self.rounding_button.clicked.connect(self.edit_rounding)
        rule = QLabel(tr_label(M.PAY_RULE_TEXT))
        rule.setWordWrap(True)
        set_role(rule, "hint")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        rounding_row = QHBoxLayout()
        rounding_row.addWidget(self.rounding_label, 1)
        rounding_row.addWidget(self.rounding_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        head = QLabel(self.tr("Làm tròn và nguyên tắc chi"))
        set_role(head, "section-title")
        layout.addWidget(head)
        layout.addLayout(rounding_row)
        layout.addWidget(rule)
        layout.addWidget(close)
        self.resize(640, 520)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        rule_set_id = self._rule_set_id

        def load(s):
            return (
                money.list_base_salaries(s),
                money.get_rule_set_money(s, rule_set_id=rule_set_id) if rule_set_id is not None else None,
            )

        QueryOp(
            parent=self,
            db=self._db,
            op=load,
            key="reload",
            success=lambda loaded: self._show(*loaded, select_id=select_id),
        ).run_in_background()

    def _show(self, salaries, rule_set_money, *, select_id: int | None) -> None:
        self.model.set_rows(salaries)
        self._money = rule_set_money
        row = self.model.row_of(lambda r: r.id == select_id) if select_id else -1
        self.table.selectRow(row if row >= 0 else self.model.rowCount() - 1)
        m = self._money
        if m is None:
            self.rounding_label.setText("")
        else:
            state = self.tr("đã đối chiếu văn bản") if m.rounding.confirmed else self.tr("chưa đối chiếu văn bản")
            self.rounding_label.setText(
                self.tr("Bộ quy tắc «%1»: %2 (%3).")
                .replace("%1", m.name)
                .replace("%2", tr_label(m.rounding.describe()))
                .replace("%3", state)
            )
        self.rounding_button.setEnabled(m is not None)
        self._update_buttons()

    def selected(self) -> money.BaseSalaryRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def make_salary_dialog(self, row: money.BaseSalaryRow | None) -> BaseSalaryDialog:
        return BaseSalaryDialog(self._db, row, self)

    def make_rounding_dialog(self) -> RoundingDialog:
        assert self._money is not None  # edit_rounding opens it once the money is loaded
        return RoundingDialog(self._db, self._money, self)

    def add_salary(self) -> None:
        dialog = self.make_salary_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.reload(select_id=dialog.saved_id)

    def edit_salary(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = self.make_salary_dialog(row)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted or dialog.stale:
            self.changed = self.changed or accepted
            self.reload(select_id=row.id)

    def delete_salary(self) -> None:
        row = self.selected()
        if row is None:
            return
        text = (
            self.tr("Xóa mức lương cơ sở %1 đồng áp dụng từ %2? Các quyết định đã ban hành giữ nguyên số tiền.")
            .replace("%1", fmt_money(row.amount))
            .replace("%2", format_date(row.effective_from))
        )
        if QMessageBox.question(self, self.tr("Xóa mức lương cơ sở"), text) != QMessageBox.StandardButton.Yes:
            return

        def deleted(_result) -> None:
            self.changed = True
            self.reload()

        def failed(exc: BaseException) -> None:
            errors.show_error(self, exc)
            self.reload()

        CollectionOp(
            parent=self,
            db=self._db,
            changes={RULES},
            success=deleted,
            op=lambda s: money.delete_base_salary(s, salary_id=row.id, version=row.version),
        ).failure(failed).run_in_background()

    def edit_rounding(self) -> None:
        if self._money is None:
            return
        dialog = self.make_rounding_dialog()
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted or dialog.stale:
            self.changed = self.changed or accepted
            self.reload()


# Labels from app/ shown here and in the rule-set editor (translated by tr_label).
_KNOWN = (
    QT_TRANSLATE_NOOP("labels", "Làm tròn lên"),
    QT_TRANSLATE_NOOP("labels", "Làm tròn đến mức gần nhất"),
    QT_TRANSLATE_NOOP("labels", "Làm tròn xuống"),
    QT_TRANSLATE_NOOP("labels", "Mức thưởng chưa đối chiếu văn bản"),
    QT_TRANSLATE_NOOP("labels", "Làm tròn lên đến 10.000 đồng"),
    QT_TRANSLATE_NOOP("labels", "Không làm tròn"),
    QT_TRANSLATE_NOOP(
        "labels",
        "Một thành tích chỉ nhận một mức tiền thưởng (Luật Thi đua, khen thưởng 2022, Điều 5 "
        "khoản 2 điểm c; quy định về tiền thưởng của NĐ 152/2025, Điều 50–54): trong cùng một "
        "quyết định, một cá nhân hoặc tập thể được nhiều danh hiệu thi đua thì nhận mức thưởng "
        "cao nhất trong các danh hiệu; được nhiều hình thức khen thưởng thì nhận mức cao nhất "
        "trong các hình thức; vừa có danh hiệu vừa có hình thức thì nhận cả hai.",
    ),
)
