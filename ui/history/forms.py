"""FormDialog: the base of the small record dialogs (history records, rule sets, movements,
rounds): a two-column form of FieldBoxes with inline validation, saved in its own
transaction on OK. GUI thread.

Subclasses add fields with `add_field`, return parse/field errors from `check()` and call
the service in `save(session)`. ValidationFailed from the service is shown under the
fields; StaleRecord tells who changed the record, then the dialog closes with
`stale = True` so the caller reloads (the user's edit was not saved)."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import StaleRecord, ValidationFailed
from ui import errors
from ui.operations import CollectionOp
from ui.widgets import FieldBox

_W = TypeVar("_W", bound=QWidget)


def parse_year(text: str) -> int:
    """'2024' → 2024; raises ValueError with a Vietnamese reason."""
    text = text.strip()
    if not text:
        raise ValueError(QCoreApplication.translate("FormDialog", "chưa nhập"))
    if not text.isdigit() or len(text) != 4:
        raise ValueError(QCoreApplication.translate("FormDialog", "nhập năm gồm 4 chữ số"))
    return int(text)


class FormDialog(QDialog):
    """A form whose fields are named like the service's ValidationFailed fields. `changes`:
    the kinds its save announces on the change hub (none: the owner announces them)."""

    changes: frozenset[str] = frozenset()

    def __init__(self, db: Database, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(title)
        self.boxes: dict[str, FieldBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.saved_id: Any = None
        self.stale = False
        self._touched: set[str] = set()
        self._loading = True
        self._order: list[QWidget] = []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Lưu"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------ building
    def add_field(self, name: str, label: str, widget: _W) -> _W:
        row = self.grid.rowCount()
        box = FieldBox(widget)
        text = QLabel(label + ":")
        text.setBuddy(widget)
        text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        text.setContentsMargins(0, 4, 0, 0)
        self.grid.addWidget(text, row, 0)
        self.grid.addWidget(box, row, 1)
        self.boxes[name] = box
        self.labels[name] = text
        self._order.append(widget)
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _t, n=name: self._on_edited(n))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i, n=name: self._on_edited(n))
            if widget.isEditable():
                widget.editTextChanged.connect(lambda _t, n=name: self._on_edited(n))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda n=name: self._on_edited(n))
            widget.setTabChangesFocus(True)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _c, n=name: self._on_edited(n))
        elif isinstance(widget, QAbstractSpinBox):
            widget.valueChanged.connect(lambda _v, n=name: self._on_edited(n))  # type: ignore[attr-defined]
        return widget

    def add_row(self, label: str, widget: QWidget) -> QWidget:
        """A row without validation (a check box, a note)."""
        row = self.grid.rowCount()
        if label:
            text = QLabel(label)
            text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text, row, 0)
        self.grid.addWidget(widget, row, 1)
        self._order.append(widget)
        return widget

    def finish(self) -> None:
        """Call at the end of the subclass's __init__: tab order, first focus, validation."""
        chain = self._order + [self.ok_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)
        self._loading = False
        self.validate()
        if self._order:
            self._order[0].setFocus()

    # ------------------------------------------------------------ validation
    def check(self) -> dict[str, str]:
        """Field → reason for what can be told without the database (parsing, required)."""
        return {}

    def save(self, session) -> Any:
        """Call the service inside the dialog's transaction; return the saved id.
        Every concrete dialog overrides it (this base is never shown on its own)."""
        raise TypeError(f"{type(self).__name__} must override save()")

    def _on_edited(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self.validate()

    def validate(self, extra: dict[str, str] | None = None, *, show_all: bool = False) -> bool:
        found = self.check()
        if extra:
            found.update(extra)
            self._touched.update(extra)
        for name, box in self.boxes.items():
            visible = show_all or name in self._touched
            box.set_error(found.get(name) if visible else None)
        return not found

    def field_errors(self) -> dict[str, str]:
        """The reasons currently shown under the fields."""
        return {n: b.error.text() for n, b in self.boxes.items() if b.error.text()}

    def _focus_first_error(self) -> None:
        for _name, box in self.boxes.items():
            if box.error.text():
                box.field.setFocus()
                return

    def _on_ok(self) -> None:
        if not self.validate(show_all=True):
            self._focus_first_error()
            return
        # The owner (HistoryDialog's opener) announces HISTORY once when the dialog closes.
        CollectionOp(parent=self, db=self._db, op=self.save, changes=self.changes, success=self._on_saved).failure(
            self._on_save_failed
        ).run_in_background()

    def _on_saved(self, saved_id: Any) -> None:
        self.saved_id = saved_id
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            known = {k: v for k, v in exc.fields.items() if k in self.boxes}
            if len(known) < len(exc.fields):
                errors.show_error(self, exc)
            self.validate(extra=known)
            self._focus_first_error()
        elif isinstance(exc, StaleRecord):
            errors.show_error(self, exc)
            self.stale = True
            self.reject()
        else:
            errors.show_error(self, exc)
