"""Dialogs to add or edit one history record: a rating, an award received, a sáng kiến,
a discipline measure, a maternity leave. Each saves through app.services.history in its
own transaction (FormDialog). GUI thread."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.database import Database
from app.rules.codes import DISCIPLINE_LEVELS, INITIATIVE_LEVELS, RATINGS
from app.services import history
from app.services.catalogue import AwardTypeRow
from app.services.history import (
    INITIATIVE_KINDS,
    AwardRow,
    DisciplineRow,
    InitiativeRow,
    LeaveRow,
    RatingRow,
)
from ui.history.forms import FormDialog, parse_year
from ui.labels import tr_label
from ui.widgets import DateEdit


def code_combo(table: dict[str, str], *, none_text: str | None = None) -> QComboBox:
    """A combo of a code list's translated labels, the code as item data."""
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, None)
    for code, label in table.items():
        combo.addItem(tr_label(label), code)
    return combo


def select_data(combo: QComboBox, value) -> None:
    i = combo.findData(value)
    combo.setCurrentIndex(i if i >= 0 else (0 if combo.count() else -1))


def _year_field(required: bool = True) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(4)
    edit.setPlaceholderText("2024")
    return edit


class _HistoryDialog(FormDialog):
    def _year(self, errors: dict[str, str], name: str = "year") -> int | None:
        try:
            return parse_year(cast(QLineEdit, self.boxes[name].field).text())
        except ValueError as exc:
            errors[name] = str(exc)
            return None

    def _date(self, errors: dict[str, str], name: str, *, required: bool = False):
        edit: DateEdit = self.boxes[name].field  # type: ignore[assignment]
        try:
            value = edit.date()
        except ValueError as exc:
            errors[name] = str(exc)
            return None
        if value is None and required:
            errors[name] = self.tr("chưa nhập")
        return value


class RatingDialog(_HistoryDialog):
    """Add (`row=None`) or edit a yearly quality rating (xếp loại chất lượng)."""

    def __init__(
        self, db: Database, *, person_id: int, row: RatingRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, self.tr("Sửa xếp loại") if row else self.tr("Thêm xếp loại"), parent)
        self._person_id, self._row = person_id, row
        self.year = self.add_field("year", self.tr("Năm"), _year_field())
        self.rating = self.add_field("rating", self.tr("Xếp loại"), code_combo(RATINGS))
        if row is not None:
            self.year.setText(str(row.year))
            select_data(self.rating, row.rating)
        else:
            self.rating.setCurrentIndex(1)
        self.finish()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        self._year(errors)
        return errors

    def save(self, session):
        year, rating = int(self.year.text()), self.rating.currentData()
        if self._row is None:
            return history.add_rating(session, person_id=self._person_id, year=year, rating=rating)
        history.update_rating(session, rating_id=self._row.id, version=self._row.version, year=year, rating=rating)
        return self._row.id


class AwardDialog(_HistoryDialog):
    """Add or edit a title or form received by a person or a unit (with its decision)."""

    def __init__(
        self,
        db: Database,
        *,
        award_types: list[AwardTypeRow],
        person_id: int | None = None,
        unit_id: int | None = None,
        row: AwardRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, self.tr("Sửa khen thưởng") if row else self.tr("Thêm khen thưởng"), parent)
        self._person_id, self._unit_id, self._row = person_id, unit_id, row
        subject = "CA_NHAN" if person_id is not None or (row and row.person_id) else "TAP_THE"
        combo = QComboBox()
        for t in award_types:
            if t.subject == subject and (t.is_active or (row and row.award_code == t.code)):
                combo.addItem(t.name, t.code)
        self.award_code = self.add_field("award_code", self.tr("Danh hiệu, hình thức"), combo)
        self.year = self.add_field("year", self.tr("Năm được khen"), _year_field())
        self.decision_no = self.add_field("decision_no", self.tr("Số quyết định"), QLineEdit())
        self.decision_no.setMaxLength(60)
        self.decision_no.setPlaceholderText(self.tr("ví dụ: 125/QĐ-UBND"))
        self.decision_date = self.add_field("decision_date", self.tr("Ngày quyết định"), DateEdit())
        self.issuer = self.add_field("issuer", self.tr("Cơ quan ban hành"), QLineEdit())
        if row is not None:
            select_data(self.award_code, row.award_code)
            self.year.setText(str(row.year))
            self.decision_no.setText(row.decision_no)
            self.decision_date.set_date(row.decision_date)
            self.issuer.setText(row.issuer)
        self.finish()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        self._year(errors)
        self._date(errors, "decision_date")
        if self.award_code.currentData() is None:
            errors["award_code"] = self.tr("chưa chọn")
        return errors

    def save(self, session):
        values = dict(
            award_code=self.award_code.currentData(),
            year=int(self.year.text()),
            decision_no=self.decision_no.text(),
            decision_date=self.decision_date.date(),
            issuer=self.issuer.text(),
        )
        if self._row is None:
            return history.add_award(session, person_id=self._person_id, unit_id=self._unit_id, **values)
        history.update_award(session, award_id=self._row.id, version=self._row.version, **values)
        return self._row.id


class InitiativeDialog(_HistoryDialog):
    """Add or edit a sáng kiến/đề tài; `awards` are the person's awards it may have grounded."""

    def __init__(
        self,
        db: Database,
        *,
        person_id: int,
        awards: list[AwardRow],
        row: InitiativeRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, self.tr("Sửa sáng kiến, đề tài") if row else self.tr("Thêm sáng kiến, đề tài"), parent)
        self._person_id, self._row = person_id, row
        self.title = self.add_field("title", self.tr("Tên sáng kiến, đề tài"), QLineEdit())
        self.title.setMinimumWidth(320)
        self.kind = self.add_field("kind", self.tr("Loại"), code_combo(INITIATIVE_KINDS))
        self.level = self.add_field("level", self.tr("Cấp công nhận"), code_combo(INITIATIVE_LEVELS))
        self.year = self.add_field("year", self.tr("Năm công nhận"), _year_field())
        self.recognised_date = self.add_field("recognised_date", self.tr("Ngày công nhận"), DateEdit())
        self.authors = self.add_field("authors", self.tr("Đồng tác giả"), QLineEdit())
        used = QComboBox()
        used.addItem(self.tr("— chưa dùng để khen thưởng —"), None)
        for a in awards:
            used.addItem(f"{a.award_name} {a.year}", a.id)
        self.used_by_award_id = self.add_field("used_by_award_id", self.tr("Đã dùng cho khen thưởng"), used)
        if row is not None:
            self.title.setText(row.title)
            select_data(self.kind, row.kind)
            select_data(self.level, row.level)
            self.year.setText(str(row.year))
            self.recognised_date.set_date(row.recognised_date)
            self.authors.setText(row.authors)
            select_data(self.used_by_award_id, row.used_by_award_id)
        self.finish()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.title.text().strip():
            errors["title"] = self.tr("không được để trống")
        year = self._year(errors)
        day = self._date(errors, "recognised_date")
        if year is not None and day is not None and day.year != year:
            errors["recognised_date"] = self.tr("không thuộc năm %1").replace("%1", str(year))
        return errors

    def save(self, session):
        values = dict(
            title=self.title.text(),
            kind=self.kind.currentData(),
            level=self.level.currentData(),
            year=int(self.year.text()),
            recognised_date=self.recognised_date.date(),
            authors=self.authors.text(),
            used_by_award_id=self.used_by_award_id.currentData(),
        )
        if self._row is None:
            return history.add_initiative(session, person_id=self._person_id, **values)
        history.update_initiative(session, initiative_id=self._row.id, version=self._row.version, **values)
        return self._row.id


class DisciplineDialog(_HistoryDialog):
    """Add or edit a discipline measure in force from a date to a date (empty = still)."""

    def __init__(
        self, db: Database, *, person_id: int, row: DisciplineRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, self.tr("Sửa kỷ luật") if row else self.tr("Thêm kỷ luật"), parent)
        self._person_id, self._row = person_id, row
        self.level = self.add_field("level", self.tr("Hình thức kỷ luật"), code_combo(DISCIPLINE_LEVELS))
        self.start_date = self.add_field("start_date", self.tr("Từ ngày"), DateEdit())
        self.end_date = self.add_field("end_date", self.tr("Đến ngày"), DateEdit())
        self.end_date.setPlaceholderText(self.tr("để trống nếu còn hiệu lực"))
        self.note = self.add_field("note", self.tr("Ghi chú"), QLineEdit())
        if row is not None:
            select_data(self.level, row.level)
            self.start_date.set_date(row.start_date)
            self.end_date.set_date(row.end_date)
            self.note.setText(row.note)
        self.finish()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        start = self._date(errors, "start_date", required=True)
        end = self._date(errors, "end_date")
        if start and end and end < start:
            errors["end_date"] = self.tr("phải từ ngày bắt đầu trở đi")
        return errors

    def save(self, session):
        values = dict(
            level=self.level.currentData(),
            start_date=self.start_date.date(),
            end_date=self.end_date.date(),
            note=self.note.text(),
        )
        if self._row is None:
            return history.add_discipline(session, person_id=self._person_id, **values)
        history.update_discipline(session, discipline_id=self._row.id, version=self._row.version, **values)
        return self._row.id


class LeaveDialog(_HistoryDialog):
    """Add or edit a maternity leave (counts as worked time for consecutive years)."""

    def __init__(
        self, db: Database, *, person_id: int, row: LeaveRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, self.tr("Sửa nghỉ thai sản") if row else self.tr("Thêm nghỉ thai sản"), parent)
        self._person_id, self._row = person_id, row
        self.start_date = self.add_field("start_date", self.tr("Từ ngày"), DateEdit())
        self.end_date = self.add_field("end_date", self.tr("Đến ngày"), DateEdit())
        self.note = self.add_field("note", self.tr("Ghi chú"), QLineEdit())
        if row is not None:
            self.start_date.set_date(row.start_date)
            self.end_date.set_date(row.end_date)
            self.note.setText(row.note)
        self.finish()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        start = self._date(errors, "start_date", required=True)
        end = self._date(errors, "end_date", required=True)
        if start and end and end < start:
            errors["end_date"] = self.tr("phải từ ngày bắt đầu trở đi")
        return errors

    def save(self, session):
        values = dict(start_date=self.start_date.date(), end_date=self.end_date.date(), note=self.note.text())
        if self._row is None:
            return history.add_leave(session, person_id=self._person_id, **values)
        history.update_leave(session, leave_id=self._row.id, version=self._row.version, **values)
        return self._row.id
