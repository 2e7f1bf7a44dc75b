"""RuleSetDialog: copy a rule set under a new name and dates (optionally ending the open
set before it), or rename / re-date one; its save announces RULES on the change hub. GUI
thread."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app.database import Database
from app.services import catalogue
from app.services.catalogue import RuleSetRow
from ui.history.forms import FormDialog
from ui.operations import RULES
from ui.widgets import DateEdit


class RuleSetDialog(FormDialog):
    """`copy=True`: a new set with `source`'s parameters (saved_id is the new id)."""

    changes = frozenset({RULES})

    def __init__(self, db: Database, source: RuleSetRow, *, copy: bool, parent: QWidget | None = None) -> None:
        title = (self.tr("Sao chép bộ quy tắc «%1»") if copy else self.tr("Sửa bộ quy tắc «%1»")).replace(
            "%1", source.name
        )
        super().__init__(db, title, parent)
        self._source, self._copy = source, copy
        if copy:
            self.intro.setText(
                self.tr(
                    "Bộ mới có các tiêu chuẩn của «%1»; sau khi sao chép, sửa tiêu chuẩn trong "
                    "bảng bên dưới. Hai bộ quy tắc không được trùng thời gian hiệu lực."
                ).replace("%1", source.name)
            )
            self.intro.show()
        self.name = self.add_field("name", self.tr("Tên bộ quy tắc"), QLineEdit())
        self.name.setMaxLength(100)
        self.legal_text = self.add_field("legal_text", self.tr("Văn bản"), QLineEdit())
        self.legal_text.setMinimumWidth(360)
        self.effective_from = self.add_field("effective_from", self.tr("Hiệu lực từ ngày"), DateEdit())
        self.effective_to = self.add_field("effective_to", self.tr("Hiệu lực đến ngày"), DateEdit())
        self.effective_to.setPlaceholderText(self.tr("để trống nếu chưa hết hiệu lực"))
        self.close_previous = QCheckBox(self.tr("Kết thúc bộ quy tắc đang áp dụng vào ngày trước đó"))
        if copy:
            self.add_row("", self.close_previous)
            self.close_previous.setChecked(True)
            self.name.setText(self.tr("%1 (bản sao)").replace("%1", source.name))
            self.legal_text.setText(source.legal_text)
            self.effective_from.set_date(_dt.date.today())
        else:
            self.name.setText(source.name)
            self.legal_text.setText(source.legal_text)
            self.effective_from.set_date(source.effective_from)
            self.effective_to.set_date(source.effective_to)
        self.finish()
        self.name.selectAll()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.name.text().strip():
            errors["name"] = self.tr("không được để trống")
        start = end = None
        try:
            start = self.effective_from.date()
            if start is None:
                errors["effective_from"] = self.tr("chưa nhập")
        except ValueError as exc:
            errors["effective_from"] = str(exc)
        try:
            end = self.effective_to.date()
        except ValueError as exc:
            errors["effective_to"] = str(exc)
        if start and end and end < start:
            errors["effective_to"] = self.tr("phải từ ngày hiệu lực trở đi")
        return errors

    def save(self, session):
        values = dict(
            name=self.name.text(),
            legal_text=self.legal_text.text(),
            effective_from=self.effective_from.date(),
            effective_to=self.effective_to.date(),
        )
        if self._copy:
            return catalogue.copy_rule_set(
                session, source_id=self._source.id, close_previous=self.close_previous.isChecked(), **values
            )
        catalogue.update_rule_set(session, rule_set_id=self._source.id, version=self._source.version, **values)
        return self._source.id
