"""DecisionsScreen ("Quyết định"): decisions on awards, their recipients (số sổ vàng), the
attached list (PDF/xlsx/Word), the payment list and issuing.

Reads and writes through app.services.decision / money with the operation idiom
(ui/operations.py); the exports through the export flow (ui/export_flow.py). A decision is
edited only as a draft; issuing asks for confirmation and then writes the awards into
history in one transaction, announcing DECISIONS, HISTORY and NOMINATIONS. The screen
refreshes itself when another screen changes decisions, nominations, settings or rules
(lazily while hidden). GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
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
from app.errors import StaleRecord
from app.services import decision as dec
from app.services import money, movement
from ui import errors
from ui.export_flow import DOCX, PDF, XLSX, export_document
from ui.first_run import ensure_setup
from ui.history.forms import FormDialog
from ui.i18n import fmt_money, in_words
from ui.labels import tr_label
from ui.lazy_refresh import LazyRefresh, made_by
from ui.models.dto_table import Column, DtoTableModel
from ui.operations import (
    DECISIONS,
    HISTORY,
    NOMINATIONS,
    RULES,
    SETTINGS,
    CollectionOp,
    OpChanges,
    QueryOp,
    change_hub,
    notify_changed,
)
from ui.widgets import DateEdit, fit_columns, format_date, set_role


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class DecisionDialog(FormDialog):
    """The header of a new or draft decision; a new one may take a round's approved
    nominations. Fields are named like DecisionInput / ValidationFailed."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        detail: dec.DecisionDetail | None = None,
        round_id: int | None = None,
    ) -> None:
        super().__init__(db, self.tr("Quyết định khen thưởng"), parent)
        self._detail = detail
        self._header_style = ""
        self._build_fields()
        self.finish()

        def load(s):
            return movement.list_rounds(s), detail.data if detail else dec.default_input(s, round_id=round_id)

        QueryOp(parent=self, db=db, op=load, success=self._fill).run_in_background()  # 11 ms on the demo

    def _build_fields(self) -> None:
        self.round = QComboBox()
        self.round.addItem(self.tr("(chọn đề nghị bằng tay)"), None)
        self.round.setEnabled(self._detail is None)
        self.number = QSpinBox()
        self.number.setRange(1, 99999)
        self.symbol = QLineEdit()
        self.day = DateEdit()
        self.title = QLineEdit()
        self.issuing_body = QLineEdit()
        self.agency = QLineEdit()
        self.signer_title = QPlainTextEdit()
        self.signer_title.setFixedHeight(48)
        self.signer_name = QLineEdit()
        self.place = QLineEdit()
        self.add_field("round_id", self.tr("Lấy đề nghị đã duyệt của đợt"), self.round)
        self.add_field("number", self.tr("Số"), self.number)
        self.add_field("symbol", self.tr("Ký hiệu"), self.symbol)
        self.add_field("decision_date", self.tr("Ngày quyết định"), self.day)
        self.add_field("title", self.tr("Trích yếu"), self.title)
        self.add_field("issuing_body", self.tr("Cơ quan cấp trên"), self.issuing_body)
        self.add_field("agency_name", self.tr("Cơ quan ban hành"), self.agency)
        self.add_field("signer_title", self.tr("Chức vụ người ký"), self.signer_title)
        self.add_field("signer_name", self.tr("Người ký"), self.signer_name)
        self.add_field("place", self.tr("Địa danh"), self.place)
        self.preview = QLabel()
        self.add_row("", self.preview)

    def _fill(self, loaded) -> None:
        """The rounds and the decision's values (a new one's defaults) read off the GUI thread."""
        rounds, data = loaded
        for r in rounds:
            self.round.addItem(f"{r.name} ({r.year})", r.id)
        self.round.setCurrentIndex(max(0, self.round.findData(data.round_id)))
        self.number.setValue(data.number)
        self.symbol.setText(data.symbol)
        self.day.set_date(data.decision_date)
        self.title.setText(data.title)
        self.issuing_body.setText(data.issuing_body)
        self.agency.setText(data.agency_name)
        self.signer_title.setPlainText(data.signer_title)
        self.signer_name.setText(data.signer_name)
        self.place.setText(data.place)
        self._header_style = data.header_style
        self.number.valueChanged.connect(self._update_preview)
        self.symbol.textChanged.connect(self._update_preview)
        self.day.textChanged.connect(self._on_day)
        self._update_preview()

    def _on_day(self) -> None:
        day = self.day.value()  # never raises on a half-typed date
        if self._detail is None and day is not None:
            symbol = self.symbol.text().strip() or dec.DEFAULT_SYMBOL
            QueryOp(
                parent=self,
                db=self._db,
                key="number",
                success=self._suggested,
                op=lambda s: dec.suggest_number(s, year=day.year, symbol=symbol),
            ).run_in_background()
        self._update_preview()

    def _suggested(self, number: int) -> None:
        self.number.setValue(number)
        self._update_preview()

    def _update_preview(self) -> None:
        from app.rules.vntext import date_line, doc_number

        day = self.day.value()
        symbol = self.symbol.text().strip() or "…"
        text = doc_number(self.number.value(), symbol)
        if day is not None:
            text += "   —   " + date_line(self.place.text().strip(), day)
        self.preview.setText(text)

    def check(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if error := self.day.error():
            found["decision_date"] = error
        elif self.day.value() is None:
            found["decision_date"] = self.tr("nhập ngày dạng dd/mm/yyyy")
        if not self.symbol.text().strip():
            found["symbol"] = self.tr("chưa nhập ký hiệu (ví dụ QĐ-HĐTĐKT)")
        return found

    def data(self) -> dec.DecisionInput:
        return dec.DecisionInput(
            number=self.number.value(),
            symbol=self.symbol.text().strip(),
            decision_date=self.day.value(),
            title=self.title.text(),
            issuing_body=self.issuing_body.text(),
            agency_name=self.agency.text(),
            signer_name=self.signer_name.text(),
            signer_title=self.signer_title.toPlainText(),
            place=self.place.text(),
            header_style=self._header_style,
            round_id=self.round.currentData(),
        )

    def save(self, session):
        if self._detail is None:
            return dec.create_decision(session, data=self.data())
        dec.update_decision(session, decision_id=self._detail.id, version=self._detail.version, data=self.data())
        return self._detail.id


class NominationPickerDialog(FormDialog):
    """Pick approved nominations of a round (not yet in another decision) to add."""

    def __init__(self, db: Database, decision_id: int, round_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Thêm đề nghị đã duyệt"), parent)
        self._decision_id = decision_id
        with db.factory() as s:  # measured 0.8 ms median on the demo (its two rounds)
            rounds = movement.list_rounds(s)
        self.round = QComboBox()
        for r in rounds:
            self.round.addItem(f"{r.name} ({r.year})", r.id)
        if round_id is not None:
            self.round.setCurrentIndex(max(0, self.round.findData(round_id)))
        self.model = DtoTableModel(
            [
                Column(self.tr("Họ và tên / Tên tập thể"), lambda r: f"{r.salutation} {r.name}"),
                Column(self.tr("Đơn vị"), lambda r: r.work_unit),
                Column(self.tr("Khen thưởng"), lambda r: r.award_name),
            ]
        )
        self.view = _table(self.model)
        self.view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.view.setMinimumSize(620, 300)
        self.add_row(self.tr("Đợt xét"), self.round)
        self.add_row("", self.view)
        self.ok_button.setText(self.tr("Thêm"))
        self.round.currentIndexChanged.connect(self._load)
        self._load()
        self.finish()

    def _load(self) -> None:
        rid, decision_id = self.round.currentData(), self._decision_id
        if rid is None:
            self.model.set_rows([])
            return
        QueryOp(
            parent=self,
            db=self._db,
            key="approved",
            success=self._show_approved,
            op=lambda s: dec.approved_nominations(s, round_id=rid, decision_id=decision_id),
        ).run_in_background()

    def _show_approved(self, rows) -> None:
        self.model.set_rows(rows)
        fit_columns(self.view)

    def chosen(self) -> list[int]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.row_at(r).id for r in rows]

    def save(self, session):
        return self.chosen()


class DecisionsScreen(QWidget):
    """Left: decisions; right: the chosen decision's header and recipients, with the
    actions (edit, add/remove/reorder, export the list, issue, print certificates)."""

    print_requested = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._detail: dec.DecisionDetail | None = None
        self._amounts: money.DecisionAmounts | None = None  # reward money of the shown decision
        self._by_item: dict[int, money.AmountLine] = {}
        self._select_nomination: int | None = None  # the item chosen again after a reorder
        title = QLabel(self.tr("Quyết định khen thưởng"))
        set_role(title, "screen-title")
        left = self._build_list()
        right = self._build_detail()
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([330, 830])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(split, 1)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self._refresher = LazyRefresh(self, self.reload)
        change_hub().changed.connect(self._on_changes)
        self.reload()

    # ------------------------------------------------------------ building
    def _build_list(self) -> QWidget:
        self.model = DtoTableModel(
            [
                Column(self.tr("Số"), lambda r: r.number_text),
                Column(self.tr("Ngày"), lambda r: format_date(r.decision_date), Qt.AlignmentFlag.AlignCenter),
                Column(self.tr("Trạng thái"), lambda r: tr_label(dec.DECISION_STATUSES.get(r.status, r.status))),
                Column(self.tr("Cá nhân"), lambda r: str(r.people), Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Tập thể"), lambda r: str(r.units), Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Trích yếu"), lambda r: r.title),
            ]
        )
        self.view = _table(self.model)
        self.new_button = QPushButton(self.tr("Quyết định mới…"))
        self.new_button.clicked.connect(self._on_new)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        lv.addLayout(row)
        return left

    def _build_items(self) -> None:
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.items_model = DtoTableModel(
            [
                Column(self.tr("Số sổ vàng"), lambda r: str(r.so_so_vang), Qt.AlignmentFlag.AlignCenter),
                Column(self.tr("Ông/Bà/Tập thể"), lambda r: tr_label(r.salutation)),
                Column(self.tr("Họ và tên / Tên tập thể"), lambda r: r.name),
                Column(self.tr("Chức vụ, đơn vị"), lambda r: ", ".join(p for p in (r.job_title, r.work_unit) if p)),
                Column(self.tr("Khen thưởng"), lambda r: r.award_name),
                Column(
                    self.tr("Số tiền (đồng)"), self._amount_text, Qt.AlignmentFlag.AlignRight, tooltip=self._amount_note
                ),
            ]
        )
        self.items_view = _table(self.items_model)
        # Reward money: the total, in words, and what to check before issuing.
        self.money_label = QLabel()
        self.money_label.setWordWrap(True)
        self.money_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_buttons(self) -> None:
        self.pay_pdf_button = QPushButton(self.tr("Chi tiền PDF…"))
        self.pay_xlsx_button = QPushButton(self.tr("Chi tiền Excel…"))
        self.pay_pdf_button.setToolTip(self.tr("Danh sách chi tiền thưởng cho bộ phận tài chính, có cột ký nhận"))
        self.pay_xlsx_button.setToolTip(self.pay_pdf_button.toolTip())
        self.pay_pdf_button.clicked.connect(lambda: self.export_list("pdf", payments=True))
        self.pay_xlsx_button.clicked.connect(lambda: self.export_list("xlsx", payments=True))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.add_button = QPushButton(self.tr("Thêm đề nghị…"))
        self.remove_button = QPushButton(self.tr("Bỏ khỏi danh sách"))
        self.up_button = QPushButton(self.tr("Lên"))
        self.down_button = QPushButton(self.tr("Xuống"))
        self.delete_button = QPushButton(self.tr("Xóa dự thảo"))
        self.issue_button = QPushButton(self.tr("Ban hành"))
        self.issue_button.setToolTip(
            self.tr("Ghi khen thưởng vào lịch sử, chuyển các đề nghị sang «Đã có quyết định» và khóa quyết định")
        )
        self.pdf_button = QPushButton(self.tr("Danh sách PDF…"))
        self.xlsx_button = QPushButton(self.tr("Danh sách Excel…"))
        self.word_button = QPushButton(self.tr("Xuất Word…"))
        self.word_button.setToolTip(self.tr("Quyết định kèm danh sách, tệp Word để sửa và trình ký"))
        self.print_button = QPushButton(self.tr("In giấy khen…"))
        for b, slot in (
            (self.edit_button, self._on_edit),
            (self.add_button, self._on_add),
            (self.remove_button, self._on_remove),
            (self.up_button, lambda: self._on_move(-1)),
            (self.down_button, lambda: self._on_move(1)),
            (self.delete_button, self._on_delete),
            (self.issue_button, self._on_issue),
            (self.pdf_button, lambda: self.export_list("pdf")),
            (self.xlsx_button, lambda: self.export_list("xlsx")),
            (self.word_button, lambda: self.export_list("docx")),
            (self.print_button, self._on_print),
        ):
            b.clicked.connect(slot)
        self.changes_button = QPushButton(self.tr("Lịch sử thay đổi…"))  # the decision's audit trail
        self.changes_button.clicked.connect(self._show_changes)

    def _on_print(self) -> None:
        if self._detail is not None:
            self.print_requested.emit(self._detail.id)

    def _show_changes(self) -> None:
        from ui.accounts.audit_screen import show_row_history

        d = self._detail
        if d is not None:
            show_row_history(
                self._db, "decision", d.id, self.tr("Quyết định số %1").replace("%1", str(d.data.number)), self
            )

    def _build_detail(self) -> QWidget:
        self._build_items()
        self._build_buttons()
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.header)
        edit_row = QHBoxLayout()
        for b in (
            self.edit_button,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.delete_button,
        ):
            edit_row.addWidget(b)
        edit_row.addStretch(1)
        rv.addLayout(edit_row)
        rv.addWidget(self.items_view, 1)
        rv.addWidget(self.money_label)
        # Two rows of output buttons, so the screen fits 1366×768 at 125 %: the documents
        # (and issuing), then the money and the history.
        out_row = QHBoxLayout()
        for b in (self.pdf_button, self.xlsx_button, self.word_button, self.print_button):
            out_row.addWidget(b)
        out_row.addStretch(1)
        out_row.addWidget(self.issue_button)
        rv.addLayout(out_row)
        more_row = QHBoxLayout()
        for b in (self.pay_pdf_button, self.pay_xlsx_button, self.changes_button):
            more_row.addWidget(b)
        more_row.addStretch(1)
        rv.addLayout(more_row)
        return right

    # ------------------------------------------------------------ loading
    def _on_changes(self, changes: OpChanges) -> None:
        """Another screen changed decisions, nominations, the settings or the rules (the base
        salary, the reward multiples): reload now if shown, else when next shown."""
        if changes.touches(DECISIONS, NOMINATIONS, SETTINGS, RULES) and not made_by(changes, self):
            self._refresher.request()

    def reload(self, select_id: int | None = None) -> None:
        current = select_id or (self._detail.id if self._detail else None)
        QueryOp(
            parent=self,
            db=self._db,
            op=dec.list_decisions,
            key="list",
            success=lambda rows: self._show_list(rows, current),
        ).run_in_background()

    def _show_list(self, rows, current: int | None) -> None:
        self.view.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        fit_columns(self.view)
        row = self.model.row_of(lambda r: r.id == current) if current else -1
        if row < 0 and self.model.rows:
            row = 0
        if row >= 0:
            self.view.selectRow(row)
        self.view.selectionModel().blockSignals(False)
        self._show_current()

    def _show_current(self) -> None:
        r = self.model.row_at(self.view.currentIndex().row())
        if r is None:
            self._show_detail(None)
            return
        QueryOp(
            parent=self,
            db=self._db,
            key="detail",
            success=self._show_detail,
            op=lambda s: (dec.get_decision(s, decision_id=r.id), money.decision_amounts(s, decision_id=r.id)),
        ).run_in_background()

    def _show_detail(self, loaded) -> None:
        self._detail, self._amounts = loaded if loaded is not None else (None, None)
        self._by_item = self._amounts.by_item() if self._amounts is not None else {}
        d = self._detail
        if d is None:
            self.header.setText(self.tr("Chưa có quyết định. Bấm «Quyết định mới…» để lập từ các đề nghị đã duyệt."))
            self.items_model.set_rows([])
        else:
            from app.rules.vntext import date_line

            status = tr_label(dec.DECISION_STATUSES.get(d.row.status, d.row.status))
            lines = [
                f"<b>{self.tr('Quyết định số')} {d.row.number_text}</b> — "
                f"{date_line(d.data.place, d.data.decision_date)} — {status}",
                d.data.title,
                f"{d.data.agency_name} · {d.data.signer_title.replace(chr(10), ' / ')} {d.data.signer_name}",
            ]
            if d.row.round_name:
                lines.append(self.tr("Đợt xét: %1").replace("%1", d.row.round_name))
            if d.issued_at:
                lines.append(
                    self.tr("Ban hành lúc %1 bởi %2")
                    .replace("%1", f"{d.issued_at:%d/%m/%Y %H:%M}")
                    .replace("%2", d.issued_by)
                )
            self.header.setText("<br>".join(x for x in lines if x))
            self.items_model.set_rows(d.items)
            fit_columns(self.items_view)
            if self._select_nomination is not None:
                self.items_view.selectRow(self.items_model.row_of(lambda r: r.nomination_id == self._select_nomination))
        self._select_nomination = None
        self.money_label.setText(self._money_text())
        draft = d is not None and d.row.status == "DRAFT"
        for b in (
            self.edit_button,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.delete_button,
            self.issue_button,
        ):
            b.setEnabled(draft)
        for b in (self.pdf_button, self.xlsx_button, self.word_button, self.print_button):
            b.setEnabled(d is not None and bool(d.items))
        for b in (self.pay_pdf_button, self.pay_xlsx_button):
            b.setEnabled(
                d is not None and bool(d.items) and self._amounts is not None and self._amounts.base_salary is not None
            )

    # ------------------------------------------------------------ reward money
    def _line(self, item) -> money.AmountLine | None:
        return self._by_item.get(item.id)

    def _amount_note(self, item) -> str:
        line = self._line(item)
        return line.note if line is not None else ""

    def _amount_text(self, item) -> str:
        line = self._line(item)
        if line is None or self._amounts is None or self._amounts.base_salary is None:
            return ""
        return fmt_money(line.amount) + (" *" if line.amount < line.due else "")

    def _money_text(self) -> str:
        from html import escape

        a = self._amounts
        if a is None or not a.lines:
            return ""
        parts = []
        if a.base_salary is not None:
            parts.append(
                "<b>"
                + self.tr("Tổng tiền thưởng: %1 đồng").replace("%1", fmt_money(a.total))
                + "</b>"
                + (f" ({escape(words)})" if (words := in_words(a.total_words)) else "")
            )
            parts.append(
                self.tr("Cá nhân %1 đồng, tập thể %2 đồng; mức lương cơ sở %3 đồng; %4")
                .replace("%1", fmt_money(a.people_total))
                .replace("%2", fmt_money(a.units_total))
                .replace("%3", fmt_money(a.base_salary))
                .replace(
                    "%4",
                    self.tr("số tiền đã chốt khi ban hành")
                    if a.frozen
                    else self.tr("bộ quy tắc %1").replace("%1", a.rule_set_name or "—"),
                )
            )
        parts += [f"<span style='color:#a15c00'>⚠ {escape(w)}</span>" for w in a.warnings]
        return "<br>".join(parts)

    # ------------------------------------------------------------ actions
    def _run(self, fn, *, changes=(DECISIONS, NOMINATIONS), success=None) -> None:
        """A write of the shown decision; reloads afterwards (also after a stale version)."""

        def done(result) -> None:
            if success is not None:
                success(result)
            self.reload()

        def failed(exc: BaseException) -> None:
            errors.show_error(self, exc)
            if isinstance(exc, StaleRecord):
                self.reload()

        CollectionOp(parent=self, db=self._db, changes=set(changes), op=fn, success=done).failure(
            failed
        ).run_in_background()

    def _on_new(self) -> None:
        dialog = DecisionDialog(self._db, self)
        if dialog.exec():
            notify_changed({DECISIONS, NOMINATIONS}, self)  # the dialog wrote the decision itself
            self.reload(select_id=dialog.saved_id)

    def _on_edit(self) -> None:
        if self._detail is None:
            return
        dialog = DecisionDialog(self._db, self, detail=self._detail)
        if dialog.exec() or dialog.stale:
            if not dialog.stale:
                notify_changed({DECISIONS}, self)
            self.reload()

    def _nomination_ids(self) -> list[int]:
        return [i.nomination_id for i in self.items_model.rows if i.nomination_id is not None]

    def _set_ids(self, ids: list[int], *, select_nomination: int | None = None) -> None:
        d = self._detail
        if d is None:
            return
        self._select_nomination = select_nomination
        self._run(lambda s: dec.set_items(s, decision_id=d.id, version=d.version, nomination_ids=ids))

    def _on_add(self) -> None:
        if self._detail is None:
            return
        dialog = NominationPickerDialog(self._db, self._detail.id, self._detail.data.round_id, self)
        if dialog.exec() and dialog.saved_id:
            self._set_ids(self._nomination_ids() + list(dialog.saved_id))

    def _selected_item(self) -> int:
        return self.items_view.currentIndex().row()

    def _on_remove(self) -> None:
        row = self._selected_item()
        item = self.items_model.row_at(row)
        if item is None:
            return
        self._set_ids([i for i in self._nomination_ids() if i != item.nomination_id])

    def _on_move(self, step: int) -> None:
        item = self.items_model.row_at(self._selected_item())
        if item is None:
            return
        same = [i for i in self.items_model.rows if i.subject == item.subject]
        k = same.index(item)
        if not 0 <= k + step < len(same):
            return
        same[k], same[k + step] = same[k + step], same[k]
        others = [i for i in self.items_model.rows if i.subject != item.subject]
        ordered = same + others if item.subject == "CA_NHAN" else others + same
        self._set_ids(
            [i.nomination_id for i in ordered if i.nomination_id is not None], select_nomination=item.nomination_id
        )

    def _on_delete(self) -> None:
        d = self._detail
        if d is None:
            return
        if (
            QMessageBox.question(
                self, self.tr("Xóa dự thảo"), self.tr("Xóa dự thảo quyết định số %1?").replace("%1", d.row.number_text)
            )
            != QMessageBox.StandardButton.Yes
        ):
            return

        def deleted(_r) -> None:
            self._detail = None

        self._run(lambda s: dec.delete_decision(s, decision_id=d.id, version=d.version), success=deleted)

    def _on_issue(self) -> None:
        d = self._detail
        if d is None:
            return
        text = (
            self.tr(
                "Ban hành quyết định số %1 cho %2 cá nhân và %3 tập thể?\n\nKhen thưởng sẽ được ghi vào lịch sử, "
                "các đề nghị chuyển sang «Đã có quyết định» và quyết định không sửa được nữa."
            )
            .replace("%1", d.row.number_text)
            .replace("%2", str(d.row.people))
            .replace("%3", str(d.row.units))
        )
        if self._amounts is not None and self._amounts.base_salary is not None:
            words = in_words(self._amounts.total_words)
            text += "\n\n" + (
                self.tr("Tổng tiền thưởng: %1 đồng (%2).").replace("%2", words)
                if words
                else self.tr("Tổng tiền thưởng: %1 đồng.")
            ).replace("%1", fmt_money(self._amounts.total))
        if QMessageBox.question(self, self.tr("Ban hành quyết định"), text) != QMessageBox.StandardButton.Yes:
            return

        def issued(result) -> None:
            QMessageBox.information(
                self,
                self.tr("Đã ban hành"),
                self.tr("Đã ghi %1 khen thưởng vào lịch sử.").replace("%1", str(result.awards)),
            )

        self._run(
            lambda s: dec.issue_decision(s, decision_id=d.id, version=d.version),
            changes=(DECISIONS, HISTORY, NOMINATIONS),
            success=issued,
        )

    # ------------------------------------------------------------ exports
    def export_list(self, fmt: str, *, payments: bool = False, path=None) -> None:
        """The attached list (pdf, xlsx), the decision with its list (docx) or the payment
        list (pdf, xlsx) of the shown decision, through the export flow."""
        d = self._detail
        if d is None or not ensure_setup(self, self._db):
            return
        number = d.row.number_text.replace("/", "-")
        if payments:
            title, document = self.tr("Lưu danh sách chi tiền thưởng"), self.tr("Chi tiền thưởng QĐ %1")
            write = money.export_payments
        else:
            title = self.tr("Lưu danh sách kèm theo quyết định")
            document = self.tr("Quyết định %1") if fmt == "docx" else self.tr("Danh sách kèm QĐ %1")
            write = dec.export_decision_list
        decision_id = d.id
        export_document(
            self,
            db=self._db,
            title=title,
            document=document.replace("%1", number),
            formats=({"pdf": PDF, "docx": DOCX}.get(fmt, XLSX),),
            write=lambda s, out: write(s, decision_id=decision_id, out=out, fmt=fmt),
            done_text=self.tr("Đã ghi danh sách."),
            progress=self.tr("Đang ghi danh sách…"),
            path=path,
        )
