"""ImportWizard: staff (kind "staff") or award history (kind "history") from Excel in three
steps — choose the file, preview every row and every problem, then write (all-or-nothing
unless "only valid rows" is ticked). One wizard for both: `_StaffKind` / `_HistoryKind`
say how to read, preview and write each.

Reading, checking and writing run in workers (ui.workers) with a progress dialog; each
worker opens its own Session. Also `save_staff_template()`, the "Tải mẫu" action, and
`save_history_template()`."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.database import Database
from app.errors import AppError, BadInput, FileLocked
from app.messages import localize
from ui import errors
from ui.i18n import fmt_int
from ui.labels import tr_label
from ui.models.table import TupleTableModel
from ui.settings import UiSettings
from ui.widgets import ask_save_file_name, fit_columns, set_role
from ui.workers import Worker, run_with_progress

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Protocol

    from app.services.xlsx_read import ImportIssue

    class _PreviewRow(Protocol):
        @property
        def action(self) -> str: ...

    class Preview(Protocol):
        """What the kinds' previews (staff, history, nominations) have in common."""

        @property
        def rows(self) -> Sequence[_PreviewRow]: ...
        @property
        def issues(self) -> Sequence[ImportIssue]: ...
        @property
        def has_errors(self) -> bool: ...
        @property
        def bad_rows(self) -> int: ...


log = logging.getLogger("tdkt.ui.import")

ACTION_ERROR = "lỗi"  # staff_import.ACTION_ERROR, without importing openpyxl at start-up


def save_template_file(parent: QWidget | None, *, file_name: str, caption: str, write, done: str) -> Path | None:
    """The one flow for saving a blank import template: ask where (the last import folder,
    `file_name` proposed), `write(path)`, a file open in Excel reported and another name
    asked for, then the saved box (`done`, with *Mở tệp*). Returns the written path or None."""
    ui = UiSettings()
    start = Path(ui.last_import_dir or Path.home()) / file_name
    while True:
        name, _ = ask_save_file_name(
            parent, caption, str(start), QCoreApplication.translate("ImportWizard", "Tệp Excel (*.xlsx)")
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            written = Path(write(path))
        except FileLocked as exc:
            QMessageBox.warning(parent, QCoreApplication.translate("ImportWizard", "Tệp đang mở"), exc.message())
            start = path
            continue
        except AppError as exc:
            errors.show_error(parent, exc)
            return None
        ui.last_import_dir = str(path.parent)
        errors.show_saved(parent, written, done, QCoreApplication.translate("ImportWizard", "Đã lưu tệp mẫu"))
        return written


def save_staff_template(parent: QWidget | None) -> Path | None:
    """The blank staff template (sheets «Cán bộ», «Đơn vị»)."""
    from app.services.templates import write_import_template

    return save_template_file(
        parent,
        file_name="mau-nhap-can-bo.xlsx",
        caption=QCoreApplication.translate("ImportWizard", "Lưu tệp mẫu nhập cán bộ"),
        write=lambda path: write_import_template("staff", path),
        done=QCoreApplication.translate(
            "ImportWizard",
            "Đã lưu tệp mẫu. Điền danh sách vào sheet «Cán bộ» (và «Đơn vị» nếu cần) rồi chọn Nhập từ Excel.",
        ),
    )


class ImportKind:
    """What the wizard imports: staff by default; `ui.nominations.import_kind` gives the
    units' nomination lists the same three steps (extend, don't copy)."""

    allow_only_valid = True

    def title(self) -> str:
        return QCoreApplication.translate("ImportWizard", "Nhập cán bộ từ Excel")

    def subtitle(self) -> str:
        return QCoreApplication.translate(
            "ImportWizard", "Tệp .xlsx theo mẫu: sheet «Cán bộ» (bắt buộc) và sheet «Đơn vị» (nếu có đơn vị mới)."
        )

    def note(self) -> str:
        return QCoreApplication.translate(
            "ImportWizard",
            "Chương trình sẽ đọc và kiểm tra toàn bộ tệp trước; chưa có gì được ghi cho đến khi bạn "
            "bấm «Nhập» ở bước sau. Cán bộ trùng mã với người đã có sẽ được cập nhật, không bị nhân đôi.",
        )

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ImportWizard", "Sheet"),
            QCoreApplication.translate("ImportWizard", "Dòng"),
            QCoreApplication.translate("ImportWizard", "Mã"),
            QCoreApplication.translate("ImportWizard", "Họ tên / tên đơn vị"),
            QCoreApplication.translate("ImportWizard", "Đơn vị"),
            QCoreApplication.translate("ImportWizard", "Thao tác"),
        ]

    def save_template(self, parent: QWidget | None) -> Path | None:
        return save_staff_template(parent)

    def read_and_preview(self, db: Database, path: Path, progress, is_cancelled):
        from app.services import staff_import  # openpyxl: imported on first use, not at start-up

        staff_file = staff_import.read_staff_file(path, progress=progress, is_cancelled=is_cancelled)
        with db.factory() as session:  # this thread's own Session
            return staff_file, staff_import.preview_import(session, staff_file)

    def row(self, r) -> tuple:
        return (r.sheet, r.row, r.code, r.name, r.unit_code, tr_label(r.action).capitalize())

    def counts(self, p) -> str:
        return _counts_text(
            p.new_units + p.new_people, p.updated_units + p.updated_people, p.unchanged_units + p.unchanged_people
        )

    def apply(self, db: Database, data, *, only_valid: bool, progress, is_cancelled):
        from app.services import staff_import

        with db.factory.begin() as session:  # rolled back on any exception, Cancelled included
            return staff_import.apply_import(
                session,
                data,
                only_valid=only_valid,
                backup_engine=db.engine,
                progress=progress,
                is_cancelled=is_cancelled,
            )


def save_history_template(parent: QWidget | None) -> Path | None:
    """The blank history template (xếp loại, khen thưởng, sáng kiến, kỷ luật, nghỉ thai sản)."""
    from app.services.templates import write_import_template

    return save_template_file(
        parent,
        file_name="mau-nhap-lich-su-khen-thuong.xlsx",
        caption=QCoreApplication.translate("ImportWizard", "Lưu tệp mẫu nhập lịch sử khen thưởng"),
        write=lambda path: write_import_template("history", path),
        done=QCoreApplication.translate(
            "ImportWizard", "Đã lưu tệp mẫu. Điền lịch sử vào các sheet rồi chọn «Nhập lịch sử khen thưởng từ Excel»."
        ),
    )


class HistoryImportKind(ImportKind):
    """A history file (ratings, titles and forms, sáng kiến, discipline, maternity leave)
    through the same three steps (app.services.history_import)."""

    def title(self) -> str:
        return QCoreApplication.translate("ImportWizard", "Nhập lịch sử khen thưởng từ Excel")

    def subtitle(self) -> str:
        return QCoreApplication.translate(
            "ImportWizard",
            "Tệp .xlsx theo mẫu lịch sử: các sheet xếp loại, khen thưởng, sáng kiến, "
            "kỷ luật, nghỉ thai sản (sheet nào không có thì bỏ qua).",
        )

    def note(self) -> str:
        return QCoreApplication.translate(
            "ImportWizard",
            "Cán bộ và đơn vị phải có sẵn trong danh sách (nhập cán bộ trước). Chương "
            "trình đọc và kiểm tra toàn bộ tệp trước; chưa có gì được ghi cho đến khi "
            "bạn bấm «Nhập». Bản ghi đã có (cùng người, cùng năm, cùng loại) được cập "
            "nhật, không bị nhân đôi.",
        )

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ImportWizard", "Sheet"),
            QCoreApplication.translate("ImportWizard", "Dòng"),
            QCoreApplication.translate("ImportWizard", "Loại"),
            QCoreApplication.translate("ImportWizard", "Mã cán bộ / đơn vị"),
            QCoreApplication.translate("ImportWizard", "Nội dung"),
            QCoreApplication.translate("ImportWizard", "Thao tác"),
        ]

    def save_template(self, parent: QWidget | None) -> Path | None:
        return save_history_template(parent)

    def read_and_preview(self, db: Database, path: Path, progress, is_cancelled):
        from app.services import history_import

        data = history_import.read_history_file(path, progress=progress, is_cancelled=is_cancelled)
        with db.factory() as session:  # this thread's own Session
            return data, history_import.preview_history_import(session, data)

    def row(self, r) -> tuple:
        from app.services.history_import import KIND_LABELS

        return (
            r.sheet,
            r.row,
            tr_label(KIND_LABELS.get(r.kind, r.kind)).capitalize(),
            r.subject,
            r.summary,
            tr_label(r.action).capitalize(),
        )

    def counts(self, p) -> str:
        return _counts_text(sum(p.new.values()), sum(p.updated.values()), sum(p.unchanged.values()))

    def apply(self, db: Database, data, *, only_valid: bool, progress, is_cancelled):
        from app.services import history_import

        with db.factory.begin() as session:  # rolled back on any exception, Cancelled included
            return history_import.apply_history_import(
                session,
                data,
                only_valid=only_valid,
                backup_engine=db.engine,
                progress=progress,
                is_cancelled=is_cancelled,
            )


def _counts_text(new: int, updated: int, unchanged: int) -> str:
    return (
        QCoreApplication.translate("ImportWizard", "%1 thêm mới, %2 cập nhật, %3 không đổi")
        .replace("%1", fmt_int(new))
        .replace("%2", fmt_int(updated))
        .replace("%3", fmt_int(unchanged))
    )


KINDS = {"staff": ImportKind, "history": HistoryImportKind}


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    return view


class ChooseFilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None, kind: ImportKind | None = None) -> None:
        super().__init__(parent)
        kind = kind or ImportKind()
        self.setTitle(self.tr("Chọn tệp Excel"))
        self.setSubTitle(kind.subtitle())
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Đường dẫn tệp .xlsx"))
        self.browse_button = QPushButton(self.tr("Chọn tệp…"))
        self.template_button = QPushButton(self.tr("Lưu tệp mẫu trống…"))
        # Enter after choosing a file goes to «Tiếp», never back to the file chooser
        for b in (self.browse_button, self.template_button):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.note = QLabel(kind.note())
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)
        t = QHBoxLayout()
        t.addWidget(QLabel(self.tr("Chưa có tệp theo mẫu?")))
        t.addWidget(self.template_button)
        t.addStretch(1)
        layout.addLayout(t)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.browse_button.clicked.connect(self._on_browse)
        self.template_button.clicked.connect(lambda: kind.save_template(self))

    def path(self) -> Path:
        return Path(self.path_edit.text().strip().strip('"'))

    def isComplete(self) -> bool:
        text = self.path_edit.text().strip()
        return bool(text) and self.path().is_file()

    def _on_browse(self) -> None:
        ui = UiSettings()
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn tệp Excel"),
            ui.last_import_dir or str(Path.home()),
            self.tr("Tệp Excel (*.xlsx);;Mọi tệp (*)"),
        )
        if name:
            self.path_edit.setText(name)
            ui.last_import_dir = str(Path(name).parent)
            wizard = self.wizard()
            if wizard is not None:  # Enter now means «Tiếp»
                wizard.button(QWizard.WizardButton.NextButton).setFocus()


class PreviewPage(QWizardPage):
    """Reads and checks the file in a worker, then lists rows and problems."""

    def __init__(self, db: Database, parent: QWidget | None = None, kind: ImportKind | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.kind = kind or ImportKind()
        self.staff_file: object = None  # what the kind read (its file's records)
        self.preview: Preview | None = None
        self.worker: Worker | None = None
        self.setTitle(self.tr("Kiểm tra dữ liệu"))
        self.setSubTitle(self.tr("Xem trước từng dòng và mọi lỗi tìm thấy. Chưa có gì được ghi."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Nhập"))
        self.counts = QLabel()
        font = self.counts.font()
        font.setBold(True)
        self.counts.setFont(font)
        self.counts.setWordWrap(True)
        self.rows_model = TupleTableModel((kind or ImportKind()).headers(), self)
        self.issues_model = TupleTableModel([self.tr("Sheet"), self.tr("Dòng"), self.tr("Cột"), self.tr("Lý do")], self)
        self.rows_view = _table(self.rows_model)
        self.issues_view = _table(self.issues_model)
        self.issues_title = QLabel(self.tr("Lỗi cần sửa"))
        self.only_valid = QCheckBox(self.tr("Chỉ nhập các dòng hợp lệ (bỏ qua các dòng lỗi)"))
        self.only_valid.setEnabled(False)
        self.only_valid.toggled.connect(self._on_only_valid)
        self.message = QLabel()
        self.message.setWordWrap(True)
        set_role(self.message, "field-error")

        issues_box = QWidget()
        il = QVBoxLayout(issues_box)
        il.setContentsMargins(0, 0, 0, 0)
        il.addWidget(self.issues_title)
        il.addWidget(self.issues_view)
        rows_box = QWidget()
        rl = QVBoxLayout(rows_box)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("Các dòng trong tệp")))
        rl.addWidget(self.rows_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(rows_box)
        self.splitter.addWidget(issues_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.only_valid)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        self.staff_file = self.preview = None
        self.rows_model.set_rows([])
        self.issues_model.set_rows([])
        self.only_valid.setChecked(False)
        self.only_valid.setEnabled(False)
        self.counts.setText(self.tr("Đang đọc tệp…"))
        self.message.setText("")
        path = cast(ImportWizard, self.wizard()).choose_page.path()
        db, kind = self._db, self.kind

        def task(progress, is_cancelled):
            return kind.read_and_preview(db, path, progress, is_cancelled)

        self.worker = run_with_progress(
            self,
            task,
            label=self.tr("Đang đọc và kiểm tra %1…").replace("%1", path.name),
            on_done=self._on_loaded,
            on_failed=self._on_failed,
            on_cancelled=self._on_cancelled,
        )

    def _on_failed(self, exc: BaseException) -> None:
        self.worker = None
        if isinstance(exc, AppError):
            self.counts.setText(self.tr("Không đọc được tệp."))
            self.message.setText(exc.message())
        else:
            self.counts.setText(self.tr("Không đọc được tệp."))
            errors.show_error(self, exc)
        self.completeChanged.emit()

    def _on_cancelled(self) -> None:
        self.worker = None
        self.counts.setText(self.tr("Đã hủy việc đọc tệp. Bấm «Quay lại» để chọn lại."))
        self.completeChanged.emit()

    def _on_loaded(self, result: tuple[object, Preview]) -> None:
        self.worker = None
        self.staff_file, self.preview = result
        p = result[1]
        self.rows_model.set_rows(
            [self.kind.row(r) for r in p.rows],
            error_rows={i for i, r in enumerate(p.rows) if r.action == ACTION_ERROR},
        )
        self.issues_model.set_rows([(i.sheet, i.row, i.column, localize(i.message)) for i in p.issues])
        for view in (self.rows_view, self.issues_view):
            fit_columns(view)
            header = view.horizontalHeader()
            for col in range(view.model().columnCount() - 1):
                header.resizeSection(col, min(header.sectionSize(col) + 12, 260))
        good = len(p.rows) - p.bad_rows
        self.counts.setText(
            self.tr("%1 dòng hợp lệ, %2 dòng lỗi").replace("%1", fmt_int(good)).replace("%2", fmt_int(p.bad_rows))
            + " — "
            + self.kind.counts(p)
        )
        self.issues_title.setText(self.tr("Lỗi cần sửa (%1)").replace("%1", fmt_int(len(p.issues))))
        box = self.issues_title.parentWidget()
        if box is not None:
            box.setVisible(p.has_errors)
        self.only_valid.setEnabled(p.has_errors and good > 0 and self.kind.allow_only_valid)
        self.only_valid.setVisible(self.kind.allow_only_valid)
        self._update_message()
        self.completeChanged.emit()

    def _on_only_valid(self, _checked: bool) -> None:
        self._update_message()
        self.completeChanged.emit()

    def good_rows(self) -> int:
        return 0 if self.preview is None else len(self.preview.rows) - self.preview.bad_rows

    def _update_message(self) -> None:
        p = self.preview
        if p is None:
            return
        if p.has_errors and not self.kind.allow_only_valid:
            self.message.setText(
                self.tr(
                    "Tệp có lỗi nên sẽ không ghi gì vào cơ sở dữ liệu (nhập tất cả hoặc không). Hãy sửa tệp rồi chọn "
                    "lại (nút «Quay lại»)."
                )
            )
        elif p.has_errors and not self.only_valid.isChecked():
            self.message.setText(
                self.tr(
                    "Tệp có lỗi nên sẽ không ghi gì vào cơ sở dữ liệu. Hãy sửa tệp rồi chọn lại (nút «Quay lại»), "
                    "hoặc đánh dấu «Chỉ nhập các dòng hợp lệ»."
                )
            )
        elif p.has_errors and not self.kind.allow_only_valid:
            pass
        elif p.has_errors:
            self.message.setText(
                self.tr("%1 dòng lỗi sẽ bị bỏ qua; các dòng hợp lệ sẽ được nhập.").replace("%1", fmt_int(p.bad_rows))
            )
        elif self.good_rows() == 0:
            self.message.setText(self.tr("Tệp không có dòng dữ liệu nào."))
        else:
            self.message.setText("")
        set_role(self.message, "field-error" if p.has_errors and not self.only_valid.isChecked() else "")

    def isComplete(self) -> bool:
        p = self.preview
        if p is None or self.good_rows() == 0:
            return False
        return not p.has_errors or self.only_valid.isChecked()


class ResultPage(QWizardPage):
    """Writes in a worker (one transaction; a backup first) and shows the summary."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.result: Any = None  # the kind's import result (summary(), backup_path)
        self.worker: Worker | None = None
        self.done = False
        self.setTitle(self.tr("Kết quả nhập"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup = QLabel()
        self.backup.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.backup)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = cast(ImportWizard, self.wizard())
        preview_page = wizard.preview_page
        staff_file = preview_page.staff_file
        only_valid = preview_page.only_valid.isChecked()
        db, kind = self._db, preview_page.kind
        self.done = False
        self.summary.setText(self.tr("Đang ghi dữ liệu…"))

        def task(progress, is_cancelled):
            return kind.apply(db, staff_file, only_valid=only_valid, progress=progress, is_cancelled=is_cancelled)

        self.worker = run_with_progress(
            self,
            task,
            label=self.tr("Đang nhập dữ liệu…"),
            on_done=self._on_done,
            on_failed=self._on_failed,
            on_cancelled=self._on_cancelled,
        )

    def _finish(self) -> None:
        self.worker = None
        self.done = True
        self.completeChanged.emit()

    def _on_done(self, result) -> None:
        self.result = result
        cast(ImportWizard, self.wizard()).imported = True
        self.summary.setText(result.summary())
        if result.backup_path:
            self.backup.setText(self.tr("Bản sao lưu trước khi nhập: %1").replace("%1", str(result.backup_path)))
        self._finish()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, (BadInput, AppError)):
            self.summary.setText(exc.message() + "\n" + self.tr("Không có gì được ghi."))
        else:
            self.summary.setText(self.tr("Nhập không thành công; không có gì được ghi."))
            errors.show_error(self, exc)
        self._finish()

    def _on_cancelled(self) -> None:
        self.summary.setText(self.tr("Đã hủy; không có gì được ghi."))
        self._finish()

    def isComplete(self) -> bool:
        return self.done


class ImportWizard(QWizard):
    """`kind`: an ImportKind, or "staff" / "history". After exec(), `imported` tells
    whether anything was written."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
        kind: ImportKind | str | None = None,
    ) -> None:
        super().__init__(parent)
        self.imported = False
        kind = KINDS[kind]() if isinstance(kind, str) else (kind or ImportKind())
        self.kind = kind
        self.setWindowTitle(kind.title())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Xong"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        self.choose_page = ChooseFilePage(kind=kind)
        self.preview_page = PreviewPage(db, kind=kind)
        self.result_page = ResultPage(db)
        self.addPage(self.choose_page)
        self.addPage(self.preview_page)
        self.addPage(self.result_page)
        if path is not None:
            self.choose_page.path_edit.setText(str(path))
        self.resize(800, 470)  # fits 1366×768 at 150 % (911×512 logical, minus the taskbar)
