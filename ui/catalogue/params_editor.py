"""ParamsEditor: edit one award's parameters (RuleParams) inside a rule set, every field
labelled from PARAM_LABELS, validated inline as the user types (app.rules.catalogue.
validate_params plus parsing). Fractions are typed exactly: "4/5" or "80%". GUI thread."""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.rules.catalogue import (
    CRITERIA,
    MANUAL_CHECKS,
    PARAM_LABELS,
    VOTE_BASES,
    RuleParams,
    validate_params,
)
from app.rules.codes import DISCIPLINE_LEVELS, INITIATIVE_LEVELS, RATINGS
from app.rules.reasons import percent
from ui import theme
from ui.labels import tr_label
from ui.widgets import FieldBox, set_role

_INT_FIELDS = (
    "streak_years",
    "term_years",
    "alt_excellent_years",
    "alt_initiatives",
    "rating_years",
    "window_award_count",
    "excellent_in_window",
    "min_member_cstdcs",
    "initiative_window",
)
_FRACTION_FIELDS = ("member_ldtt_share", "member_complete_share", "vote_threshold", "quota_share")
_AWARD_FIELDS = ("streak_award", "window_award", "quota_base_award")
_UNCONFIRMED_FIELDS = ("unconfirmed", "unconfirmed_note")  # shown as a note, not edited
# Section headings shown above these fields.
_SECTIONS = {
    "criterion": "Tiêu chuẩn",
    "member_ldtt_share": "Tập thể",
    "vote_required": "Bỏ phiếu của Hội đồng",
    "quota_share": "Giới hạn số lượng",
    "reward_multiple": "Tiền thưởng",
}


def parse_fraction(text: str) -> tuple[int, int] | None:
    """'4/5' → (4, 5); '80%' or '66,67 %' → the exact fraction; '' → None. Raises ValueError."""
    t = text.strip().replace(" ", "")
    if not t:
        return None
    try:
        if t.endswith("%"):
            value = Fraction(Decimal(t[:-1].replace(",", "."))) / 100
            return value.numerator, value.denominator
        num, den = t.split("/")
        return int(num), int(den)
    except (ValueError, InvalidOperation, ZeroDivisionError):
        raise ValueError(
            QCoreApplication.translate("ParamsEditor", "nhập dạng tử/mẫu (ví dụ 4/5) hoặc phần trăm (ví dụ 80%)")
        ) from None


def fraction_text(value: tuple[int, int] | None) -> str:
    return f"{value[0]}/{value[1]}" if value else ""


class ParamsEditor(QWidget):
    """`set_params(params, awards)` loads; `params()` returns (RuleParams | None, errors).
    Emits edited() on every change; `errors` shows under each field."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, FieldBox] = {}
        self.hints: dict[str, QLabel] = {}
        self._known: set[str] = set()
        self._loading = False
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        # Values the legal text leaves unconfirmed (issue 16): a note on top, a mark on each field.
        self._unconfirmed: tuple[str, ...] = ()
        self._unconfirmed_note = ""
        self.labels: dict[str, QLabel] = {}
        self.unconfirmed_banner = QLabel()
        self.unconfirmed_banner.setWordWrap(True)
        self.unconfirmed_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.unconfirmed_banner.setStyleSheet(
            "QLabel { background: #fff4d6; color: #5c3d00; border: 1px solid "
            "#e0b84c; border-radius: 3px; padding: 4px 8px; }"
        )
        self.confirmed_box = QCheckBox(self.tr("Đã đối chiếu với quy chế của cơ quan: bỏ đánh dấu chưa xác nhận"))
        self.confirmed_box.toggled.connect(lambda _c: self._on_edited())
        self.grid.addWidget(self.unconfirmed_banner, 0, 0, 1, 3)
        self.grid.addWidget(self.confirmed_box, 1, 0, 1, 3)
        self.unconfirmed_banner.hide()
        self.confirmed_box.hide()
        for field in dataclasses.fields(RuleParams):
            name = field.name
            if name in _UNCONFIRMED_FIELDS:
                continue
            if name in _SECTIONS:
                head = QLabel(tr_section(_SECTIONS[name]))
                set_role(head, "section-title")
                self.grid.addWidget(head, self.grid.rowCount(), 0, 1, 3)
            widget = self._make_widget(name)
            row = self.grid.rowCount()
            label = QLabel(tr_label(PARAM_LABELS[name]) + ":")
            label.setWordWrap(True)
            label.setBuddy(widget)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setContentsMargins(0, 4, 0, 0)
            label.setMinimumWidth(150)
            label.setMaximumWidth(210)
            box = FieldBox(widget)
            self.boxes[name] = box
            self.labels[name] = label
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(box, row, 1)
            if name in _FRACTION_FIELDS:
                hint = QLabel()
                hint.setMinimumWidth(70)
                self.hints[name] = hint
                self.grid.addWidget(hint, row, 2, Qt.AlignmentFlag.AlignTop)
        self.grid.setRowStretch(self.grid.rowCount(), 1)

    # ------------------------------------------------------------ widgets
    def _make_widget(self, name: str) -> QWidget:
        w: QWidget
        if name == "criterion":
            w = QComboBox()
            for code, label in CRITERIA.items():
                w.addItem(tr_label(label), code)
        elif name in ("min_rating", "excellent_rating"):
            w = QComboBox()
            if name == "min_rating":
                w.addItem(self.tr("(không yêu cầu)"), None)
            for code, label in RATINGS.items():
                w.addItem(tr_label(label), code)
        elif name in _AWARD_FIELDS:
            w = QComboBox()  # filled by set_params
        elif name == "initiative_level":
            w = QComboBox()
            w.addItem(self.tr("(không yêu cầu sáng kiến)"), None)
            for code, label in INITIATIVE_LEVELS.items():
                w.addItem(tr_label(label), code)
        elif name == "blocking_discipline":
            w = QComboBox()
            w.addItem(self.tr("(không xét kỷ luật)"), None)
            for code, label in DISCIPLINE_LEVELS.items():
                w.addItem(tr_label(label), code)
        elif name == "vote_base":
            w = QComboBox()
            for code, label in VOTE_BASES.items():
                w.addItem(tr_label(label), code)
        elif name in ("after_prerequisite", "vote_required", "reward_unconfirmed"):
            w = QCheckBox()
        elif name in ("manual_checks", "alternative_checks"):
            w = QListWidget()
            for code, label in MANUAL_CHECKS.items():
                item = QListWidgetItem(tr_label(label))
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                w.addItem(item)
            w.setMaximumHeight(w.sizeHintForRow(0) * 4 + 6)
            w.itemChanged.connect(lambda _i: self._on_edited())
            return w
        else:
            w = QLineEdit()
            if name in _FRACTION_FIELDS:
                w.setPlaceholderText(self.tr("ví dụ 4/5 hoặc 80%; trống = không áp dụng"))
            elif name == "prerequisite_awards":
                w.setPlaceholderText(self.tr("mã, cách nhau bởi dấu phẩy, ví dụ BK_BO"))
            elif name == "reward_multiple":
                w.setPlaceholderText(self.tr("trống = theo danh mục"))
            else:
                w.setMaxLength(3)
            w.textChanged.connect(lambda _t: self._on_edited())
            return w
        if isinstance(w, QComboBox):
            # Long labels must not widen the editor past its scroll area.
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(14)
            w.currentIndexChanged.connect(lambda _i: self._on_edited())
        else:
            w.toggled.connect(lambda _c: self._on_edited())
        return w

    def widget(self, name: str) -> QWidget:
        return self.boxes[name].field

    # ------------------------------------------------------------ loading
    def set_params(self, params: RuleParams, awards: list[tuple[str, str]]) -> None:
        """Load `params`; `awards` are (code, name) of the catalogue."""
        self._loading = True
        self._known = {code for code, _n in awards}
        try:
            for name in _AWARD_FIELDS:
                combo = cast(QComboBox, self.widget(name))
                combo.clear()
                combo.addItem(self.tr("(không)"), None)
                for code, award in awards:
                    combo.addItem(award, code)
            for field in dataclasses.fields(RuleParams):
                if field.name not in _UNCONFIRMED_FIELDS:
                    self._set_value(field.name, getattr(params, field.name))
            self._unconfirmed, self._unconfirmed_note = params.unconfirmed, params.unconfirmed_note
            self.confirmed_box.setChecked(False)
            self._show_unconfirmed()
        finally:
            self._loading = False
        self.show_errors()

    def _show_unconfirmed(self) -> None:
        marked = set(self._unconfirmed)
        names = ", ".join(tr_label(PARAM_LABELS[n]).lower() for n in self._unconfirmed if n in PARAM_LABELS)
        self.unconfirmed_banner.setText(
            self.tr("Chưa được văn bản xác nhận: %1.").replace("%1", names)
            + (" " + tr_label(self._unconfirmed_note) if self._unconfirmed_note else "")
        )
        self.unconfirmed_banner.setVisible(bool(marked))
        self.confirmed_box.setVisible(bool(marked))
        for name, label in self.labels.items():
            text = tr_label(PARAM_LABELS[name]) + ":"
            if name in marked:
                label.setText("⚠ " + text)
                label.setStyleSheet(f"color: {theme.css('#8a5a00')};")  # readable in dark themes too
                label.setToolTip(self.tr("Chưa được văn bản xác nhận — xem ghi chú ở đầu"))
            else:
                label.setText(text)
                label.setStyleSheet("")
                label.setToolTip("")

    def _set_value(self, name: str, value) -> None:
        w = self.widget(name)
        if isinstance(w, QComboBox):
            i = w.findData(value)
            if i < 0 and value is not None:
                w.addItem(str(value), value)
                i = w.count() - 1
            w.setCurrentIndex(max(i, 0))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                item = w.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in value else Qt.CheckState.Unchecked
                )
        elif name in _FRACTION_FIELDS:
            cast(QLineEdit, w).setText(fraction_text(value))
        elif name == "prerequisite_awards":
            cast(QLineEdit, w).setText(", ".join(value))
        elif value is None:
            cast(QLineEdit, w).setText("")
        else:
            cast(QLineEdit, w).setText(str(value))

    # ------------------------------------------------------------ reading
    def params(self) -> tuple[RuleParams | None, dict[str, str]]:
        """The parameters as typed and every problem (parsing first, then the rules')."""
        values: dict = {}
        errors: dict[str, str] = {}
        confirmed = self.confirmed_box.isChecked()
        values["unconfirmed"] = () if confirmed else self._unconfirmed
        values["unconfirmed_note"] = "" if confirmed else self._unconfirmed_note
        for field in dataclasses.fields(RuleParams):
            name = field.name
            if name in _UNCONFIRMED_FIELDS:
                continue
            w = self.widget(name)
            try:
                if isinstance(w, QComboBox):
                    values[name] = w.currentData()
                elif isinstance(w, QCheckBox):
                    values[name] = w.isChecked()
                elif isinstance(w, QListWidget):
                    values[name] = tuple(
                        w.item(i).data(Qt.ItemDataRole.UserRole)
                        for i in range(w.count())
                        if w.item(i).checkState() == Qt.CheckState.Checked
                    )
                elif name in _FRACTION_FIELDS:
                    values[name] = parse_fraction(cast(QLineEdit, w).text())
                elif name == "prerequisite_awards":
                    text = cast(QLineEdit, w).text()
                    values[name] = tuple(c.strip().upper() for c in text.replace(";", ",").split(",") if c.strip())
                elif name == "reward_multiple":
                    t = cast(QLineEdit, w).text().strip().replace(",", ".")
                    values[name] = Decimal(t) if t else None
                elif name in _INT_FIELDS:
                    t = cast(QLineEdit, w).text().strip()
                    if not t.isdigit():
                        raise ValueError(self.tr("phải là số nguyên không âm"))
                    values[name] = int(t)
            except ValueError as exc:
                errors[name] = str(exc)
            except InvalidOperation:
                errors[name] = self.tr("phải là một số, ví dụ 1,5")
        defaults = {f.name: f.default for f in dataclasses.fields(RuleParams)}
        for name in errors:  # a field that does not parse is checked no further
            values[name] = defaults[name]
        params = RuleParams(**values)
        for name, reason in validate_params(params, known_awards=self._known or None).items():
            errors.setdefault(name, reason)
        return (params if not errors else None), errors

    def show_errors(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        _params, errors = self.params()
        if extra:
            errors.update(extra)
        for name, box in self.boxes.items():
            box.set_error(errors.get(name))
        for name, hint in self.hints.items():
            try:
                value = parse_fraction(cast(QLineEdit, self.widget(name)).text())
            except ValueError:
                value = None
            hint.setText(f"= {percent(*value)}" if value and value[1] > 0 else "")
        return errors

    def _on_edited(self) -> None:
        if self._loading:
            return
        self.show_errors()
        self.edited.emit()


def tr_section(text: str) -> str:
    return QCoreApplication.translate("ParamsEditor", text)


# Marked for lupdate (translated by tr_section).
QT_TRANSLATE_NOOP("ParamsEditor", "Tiêu chuẩn")
QT_TRANSLATE_NOOP("ParamsEditor", "Tập thể")
QT_TRANSLATE_NOOP("ParamsEditor", "Bỏ phiếu của Hội đồng")
QT_TRANSLATE_NOOP("ParamsEditor", "Giới hạn số lượng")
QT_TRANSLATE_NOOP("ParamsEditor", "Tiền thưởng")
