"""FirstRunWizard: the agency's identity asked once, before the first document is printed
(agency, issuing body, header style, place; signer and title; emblem). `ensure_setup()`
is the gate every document export calls: it shows the wizard while the settings are
missing, and tells the caller whether printing may go on. GUI thread."""

from __future__ import annotations

import dataclasses
import datetime as _dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.database import Database
from app.errors import ValidationFailed
from app.rules.vntext import date_line
from app.services import settings as settings_service
from app.services.settings import HEADER_STYLES, LABELS, MAX_LEN, AgencySettings
from ui import errors
from ui.emblem_box import EmblemBox
from ui.labels import tr_label
from ui.operations import SETTINGS, CollectionOp
from ui.widgets import FieldBox, fit_to_screen, set_role


class _Page(QWizardPage):
    def __init__(self, wizard: FirstRunWizard, keys: tuple[str, ...], title: str, subtitle: str) -> None:
        super().__init__()
        self._wizard = wizard
        self._keys = keys
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in keys:
            if key == "header_style":
                self.form.addRow(tr_label(LABELS[key]) + ":", wizard.boxes[key])
            else:
                label = tr_label(LABELS[key]) + (" *" if key in settings_service.SETUP_REQUIRED else "") + ":"
                self.form.addRow(label, wizard.boxes[key])
                wizard.fields[key].textChanged.connect(lambda _t: self.completeChanged.emit())

    def isComplete(self) -> bool:
        return all(self._wizard.fields[k].text().strip() for k in self._keys if k in settings_service.SETUP_REQUIRED)


class FirstRunWizard(QWizard):
    """Two short pages; «Xong» stores the settings (the emblem is stored as soon as it is
    chosen). After exec(), `saved` tells whether the settings were stored."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.saved = False
        self.setWindowTitle(self.tr("Thiết lập ban đầu"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Xong"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Để sau"))
        with db.factory() as s:  # one settings row: 0.8 ms median on the demo (SQLite)
            self._loaded = settings_service.get_settings(s)
        self.fields: dict[str, QLineEdit] = {}
        self.boxes: dict[str, FieldBox] = {}
        for key in ("agency_name", "issuing_body", "place_name", "signer_title", "signer_name"):
            edit = QLineEdit(getattr(self._loaded, key))
            edit.setMaxLength(MAX_LEN)
            self.fields[key] = edit
            self.boxes[key] = FieldBox(edit)
        self.fields["agency_name"].setPlaceholderText(self.tr("ví dụ: Sở Nội vụ tỉnh Bắc Ninh"))
        self.fields["issuing_body"].setPlaceholderText(self.tr("ví dụ: UBND TỈNH BẮC NINH"))
        self.fields["place_name"].setPlaceholderText(self.tr("ví dụ: Bắc Ninh"))
        self.fields["signer_title"].setPlaceholderText(self.tr("ví dụ: GIÁM ĐỐC"))
        self.header_style = QComboBox()
        for code, label in HEADER_STYLES.items():
            self.header_style.addItem(tr_label(label), code)
        self.header_style.setCurrentIndex(max(0, self.header_style.findData(self._loaded.header_style)))
        self.boxes["header_style"] = FieldBox(self.header_style)
        self.agency_page = _Page(
            self,
            ("agency_name", "issuing_body", "header_style", "place_name"),
            self.tr("Cơ quan"),
            self.tr(
                "Tên cơ quan in trên mọi văn bản, phiếu bầu, biên bản, danh sách và giấy khen. "
                "Có thể sửa sau ở màn hình «Cài đặt»."
            ),
        )
        self.preview = QLabel()
        self.agency_page.form.addRow(self.tr("Dòng ngày tháng sẽ in:"), self.preview)
        self.fields["place_name"].textChanged.connect(self._update_preview)
        self.signer_page = _Page(
            self,
            ("signer_title", "signer_name"),
            self.tr("Người ký và quốc huy"),
            self.tr(
                "Người ký mặc định của quyết định, giấy khen; quốc huy hoặc biểu trưng "
                "in trên giấy khen (có thể chọn sau)."
            ),
        )
        self.emblem_box = EmblemBox(db)
        self.signer_page.form.addRow(self.emblem_box)
        self.error = QLabel()
        set_role(self.error, "field-error")
        self.error.setWordWrap(True)
        self.signer_page.form.addRow(self.error)
        self.addPage(self.agency_page)
        self.addPage(self.signer_page)
        self._update_preview()
        fit_to_screen(self, 640, 460)

    def _update_preview(self, *_args) -> None:
        self.preview.setText(date_line(self.fields["place_name"].text().strip() or "…", _dt.date.today()))

    def values(self) -> AgencySettings:
        texts: dict[str, Any] = {k: e.text() for k, e in self.fields.items()}  # str fields of AgencySettings
        return dataclasses.replace(self._loaded, **texts, header_style=self.header_style.currentData() or "national")

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt API
        """«Xong» stores the settings in a CollectionOp announcing SETTINGS; the wizard
        closes once they are stored (Qt's own accept is not used: the write is not done
        when this returns)."""
        if self.currentPage() is not self.signer_page or self.saved:
            return True  # saved: QWizard.accept and done() validate the page again
        values = self.values()

        def stored(_result) -> None:
            self.saved = True
            self.accept()

        def failed(exc: BaseException) -> None:
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            if isinstance(exc, ValidationFailed):
                for key, box in self.boxes.items():
                    box.set_error(exc.fields.get(key))
                self.error.setText("; ".join(exc.fields.values()))
            else:
                errors.show_error(self, exc)

        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        CollectionOp(
            parent=self,
            db=self._db,
            changes={SETTINGS},
            success=stored,
            op=lambda s: settings_service.save_settings(s, values=values),
        ).failure(failed).run_in_background()
        return False


def needs_setup(db: Database) -> bool:
    """True when the agency's name, place or signer is missing. GUI thread: one settings
    row, 0.8 ms median on the demo (SQLite)."""
    with db.factory() as s:
        return bool(settings_service.missing_setup(settings_service.get_settings(s)))


def run_wizard(parent: QWidget | None, db: Database) -> bool:
    """Show the wizard; True when the settings were stored (tests replace this)."""
    wizard = FirstRunWizard(db, parent)
    wizard.exec()
    return wizard.saved


def ensure_setup(parent: QWidget | None, db: Database) -> bool:
    """Before a document is printed: True when the agency is set up (asking once through the
    wizard when it is not). False: the clerk chose «Để sau» — nothing is printed, since
    a document without the agency's header would have to be printed again."""
    if not needs_setup(db):
        return True
    if run_wizard(parent, db):
        return True
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(
        parent,
        QCoreApplication.translate("FirstRunWizard", "Chưa in"),
        QCoreApplication.translate(
            "FirstRunWizard",
            "Văn bản cần tên cơ quan, địa danh và người ký: hãy điền ở «Thiết lập ban đầu» "
            "(hoặc màn hình «Cài đặt») rồi in lại.",
        ),
    )
    return False
