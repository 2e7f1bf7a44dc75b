"""PrintingScreen ("In giấy khen"): certificates of a decision or of a mail-merge list, in
full design or onto blanks, through a printer profile; fit check before anything is
produced; the batch PDF through the export flow; preview; direct printing at 100 %; the
print log and reprinting one certificate.

Reads and writes through app.services.printing / decision with the operation idiom
(ui/operations.py): the fit check, the PDFs and the log run off the GUI thread; the PDF and
the reprint are saved through ui/export_flow.py and announce PRINTING. The preview shows
the PDF's real pages and *In* prints them at 100 %, both through QtPdf
(ui/printing/output.py) on the GUI thread. The screen refreshes itself when decisions,
printer profiles or the log change elsewhere (lazily while hidden). GUI thread."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import AppError, BadInput
from app.services import decision as dec
from app.services import printing
from ui import errors, theme
from ui.export_flow import PDF, export_document
from ui.first_run import ensure_setup
from ui.labels import tr_label
from ui.lazy_refresh import LazyRefresh, made_by
from ui.models.dto_table import Column, DtoTableModel
from ui.operations import DECISIONS, PRINTING, SETTINGS, CollectionOp, OpChanges, QueryOp, change_hub, notify_changed
from ui.printing import output
from ui.printing.profiles_dialog import PrinterProfilesDialog
from ui.printing.template_editor import BlankTemplateEditor
from ui.widgets import fit_columns, set_role

FIT_WARNING = str(
    QT_TRANSLATE_NOOP(
        "PrintingScreen",
        "Trong hộp thoại in, chọn tỉ lệ 100% («Kích thước thực», Actual size) và TẮT «Vừa trang» (Fit to page); nếu không, chữ sẽ lệch khỏi các dòng của phôi.",
    )
)  # noqa: E501
PREVIEW_DPI = 110  # the preview image; it is scaled down to fit the pane


class Job:
    """What one action prints: the certificates, the decision (None: a list), the source
    text for the log, and the template / mode / printer profile chosen when it started."""

    def __init__(
        self, items: list, decision_id: int | None, source: str, template_key: str, blank: bool, profile
    ) -> None:
        self.items, self.decision_id, self.source = items, decision_id, source
        self.template_key, self.blank, self.profile = template_key, blank, profile

    def produce(self, session, out: Path, *, log: bool):
        return printing.produce_certificates(
            session,
            items=self.items,
            template_key=self.template_key,
            blank=self.blank,
            out=out,
            printer=self.profile,
            source=self.source,
            decision_id=self.decision_id,
            log=log,
        )


class PrintingScreen(QWidget):
    """Left: what to print and how, the actions, fit problems; right: the preview; below:
    the print log."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._tmp = tempfile.TemporaryDirectory(prefix="tdkt-print-")
        self._preview_pdf: Path | None = None
        self._image: QImage | None = None
        self.problems: list = []
        title = QLabel(self.tr("In giấy khen, bằng khen"))
        set_role(title, "screen-title")
        top = QSplitter()
        top.addWidget(self._build_job())
        top.addWidget(self._build_preview())
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        top.setSizes([470, 690])
        vsplit = QSplitter(Qt.Orientation.Vertical)
        vsplit.addWidget(top)
        vsplit.addWidget(self._build_log())
        vsplit.setStretchFactor(0, 3)
        vsplit.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(vsplit, 1)
        self.decision.currentIndexChanged.connect(self._on_decision_changed)
        self._refresher = LazyRefresh(self, self.reload)
        change_hub().changed.connect(self._on_changes)
        self.reload()

    # ------------------------------------------------------------ building
    def _build_source(self) -> QGridLayout:
        self.from_decision = QRadioButton(self.tr("Quyết định:"))
        self.from_decision.setChecked(True)
        self.decision = QComboBox()
        self.decision.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.decision.setMinimumContentsLength(24)
        self.from_list = QRadioButton(self.tr("Danh sách Excel (trộn thư):"))
        self.list_path = QLineEdit()
        self.list_path.setPlaceholderText(self.tr("tệp lập từ mẫu «certificates»"))
        self.list_button = QPushButton(self.tr("Chọn…"))
        self.list_button.clicked.connect(self._on_choose_list)
        self.template = QComboBox()
        for key, name in printing.TEMPLATE_TITLES.items():
            self.template.addItem(tr_label(name), key)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Mẫu đầy đủ (giấy trắng)"), "full")
        self.mode.addItem(self.tr("In lên phôi in sẵn"), "blank")
        self.printer = QComboBox()
        grid = QGridLayout()
        grid.addWidget(self.from_decision, 0, 0)
        grid.addWidget(self.decision, 0, 1, 1, 2)
        grid.addWidget(self.from_list, 1, 0)
        grid.addWidget(self.list_path, 1, 1)
        grid.addWidget(self.list_button, 1, 2)
        grid.addWidget(QLabel(self.tr("Mẫu:")), 2, 0)
        grid.addWidget(self.template, 2, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Cách in:")), 3, 0)
        grid.addWidget(self.mode, 3, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Hồ sơ máy in:")), 4, 0)
        grid.addWidget(self.printer, 4, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        return grid

    def _build_job(self) -> QWidget:
        grid = self._build_source()
        self.profiles_button = QPushButton(self.tr("Căn chỉnh máy in…"))
        self.profiles_button.clicked.connect(self._on_profiles)
        self.editor_button = QPushButton(self.tr("Vị trí ô trên phôi…"))
        self.editor_button.clicked.connect(self._on_editor)
        self.check_button = QPushButton(self.tr("Kiểm tra && xem trước"))
        self.pdf_button = QPushButton(self.tr("Tạo PDF…"))
        self.print_button = QPushButton(self.tr("In…"))
        self.check_button.clicked.connect(self._on_preview)
        self.pdf_button.clicked.connect(lambda: self.produce_pdf())
        self.print_button.clicked.connect(self._on_print)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.problem_list = QPlainTextEdit()
        self.problem_list.setReadOnly(True)
        self.problem_list.setPlaceholderText(self.tr("Các ô không vừa khung in sẽ được liệt kê ở đây."))
        warning = self.warning = QLabel(self.tr(FIT_WARNING))
        warning.setWordWrap(True)
        warning.setStyleSheet(f"color: {theme.css('#8a5300')};")
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(grid)
        tools = QHBoxLayout()
        tools.addWidget(self.profiles_button)
        tools.addWidget(self.editor_button)
        tools.addStretch(1)
        lv.addLayout(tools)
        actions = QHBoxLayout()
        for b in (self.check_button, self.pdf_button, self.print_button):
            actions.addWidget(b)
        actions.addStretch(1)
        lv.addLayout(actions)
        lv.addWidget(warning)
        lv.addWidget(self.status)
        lv.addWidget(self.problem_list, 1)
        return left

    def _build_preview(self) -> QWidget:
        self.preview = QLabel(self.tr("Bấm «Kiểm tra & xem trước» để xem trang in."))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(200, 150)
        scroll = self.preview_scroll = QScrollArea()
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page = QSpinBox()
        self.page.setMinimum(1)
        self.page.valueChanged.connect(self._show_page)
        self.page_label = QLabel()
        self.preview_note = QLabel()
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        prow = QHBoxLayout()
        prow.addWidget(QLabel(self.tr("Trang:")))
        prow.addWidget(self.page)
        prow.addWidget(self.page_label)
        prow.addStretch(1)
        prow.addWidget(self.preview_note)
        rv.addLayout(prow)
        rv.addWidget(scroll, 1)
        return right

    def _build_log(self) -> QWidget:
        self.log_model = DtoTableModel(
            [
                Column(self.tr("Lúc"), lambda r: f"{r.at:%d/%m/%Y %H:%M}"),
                Column(self.tr("Người in"), lambda r: r.by),
                Column(self.tr("Nguồn"), lambda r: r.source),
                Column(self.tr("Mẫu"), lambda r: r.template_key),
                Column(self.tr("Cách in"), lambda r: self.tr("phôi") if r.mode == "blank" else self.tr("đầy đủ")),
                Column(self.tr("Máy in"), lambda r: r.printer_name),
                Column(self.tr("Số trang"), lambda r: str(r.pages), Qt.AlignmentFlag.AlignRight),
                Column(self.tr("In lại"), lambda r: "✔" if r.reprint else "", Qt.AlignmentFlag.AlignCenter),
                Column(self.tr("Tệp / máy in"), lambda r: r.output),
                Column(self.tr("Người nhận"), lambda r: r.recipients),
            ]
        )
        self.log_view = QTableView()
        self.log_view.setModel(self.log_model)
        self.log_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.log_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.log_view.verticalHeader().setVisible(False)
        self.log_view.horizontalHeader().setStretchLastSection(True)
        self.reprint_button = QPushButton(self.tr("In lại một giấy…"))
        self.reprint_button.clicked.connect(self._on_reprint)
        bottom = QWidget()
        bv = QVBoxLayout(bottom)
        bv.setContentsMargins(0, 0, 0, 0)
        brow = QHBoxLayout()
        brow.addWidget(QLabel(self.tr("Nhật ký in")))
        brow.addStretch(1)
        brow.addWidget(self.reprint_button)
        bv.addLayout(brow)
        bv.addWidget(self.log_view, 1)
        return bottom

    # ------------------------------------------------------------ loading
    def _on_changes(self, changes: OpChanges) -> None:
        """Decisions, printer profiles, templates, the emblem or the log changed elsewhere:
        reload now if shown, else when next shown."""
        if changes.touches(DECISIONS, PRINTING, SETTINGS) and not made_by(changes, self):
            self._refresher.request()

    def reload(self, *, then=None) -> None:
        def load(s):
            return dec.list_decisions(s), printing.list_printer_profiles(s), printing.list_print_log(s)

        def done(loaded) -> None:
            self._show_loaded(loaded)
            if then is not None:
                then()

        QueryOp(parent=self, db=self._db, op=load, key="reload", success=done).run_in_background()

    def _show_loaded(self, loaded) -> None:
        decisions, profiles, log = loaded
        current = self.decision.currentData()
        self.decision.blockSignals(True)
        self.decision.clear()
        for d in decisions:
            status = self.tr("dự thảo") if d.status == "DRAFT" else self.tr("đã ban hành")
            self.decision.addItem(f"{d.number_text} — {d.title or d.round_name} ({d.people + d.units}, {status})", d.id)
        self.decision.setCurrentIndex(max(0, self.decision.findData(current)))
        self.decision.blockSignals(False)
        chosen = self.printer.currentText()
        self.printer.clear()
        self.printer.addItem(self.tr("(không hiệu chỉnh)"), None)
        for p in profiles:
            self.printer.addItem(p.name, p.profile)
        self.printer.setCurrentIndex(max(0, self.printer.findText(chosen)))
        self.log_model.set_rows(log)
        fit_columns(self.log_view)
        if self.decision.currentData() != current:
            self._on_decision_changed()

    def select_decision(self, decision_id: int) -> None:
        def chosen() -> None:
            self.from_decision.setChecked(True)
            self.decision.setCurrentIndex(max(0, self.decision.findData(decision_id)))

        self.reload(then=chosen)

    def _on_decision_changed(self, *_args) -> None:
        did = self.decision.currentData()
        if did is None:
            return

        def chosen(key: str) -> None:
            if self.decision.currentData() == did:
                self.template.setCurrentIndex(max(0, self.template.findData(key)))

        QueryOp(
            parent=self,
            db=self._db,
            key="template",
            success=chosen,
            op=lambda s: printing.decision_template_key(s, decision_id=did),
        ).failure(lambda _exc: None).run_in_background()

    def _on_choose_list(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn danh sách trộn thư"), "", self.tr("Tệp Excel (*.xlsx)")
        )
        if path:
            self.list_path.setText(path)
            self.from_list.setChecked(True)

    # ------------------------------------------------------------ the job
    def blank(self) -> bool:
        return self.mode.currentData() == "blank"

    def template_key(self) -> str:
        return self.template.currentData()

    def profile(self):
        return self.printer.currentData() if self.blank() else None

    def check(self, then) -> None:
        """Fit check before anything is produced, off the GUI thread: problems are listed and
        nothing goes on; else `then(job)` runs with the certificates."""
        key, blank, profile = self.template_key(), self.blank(), self.profile()
        if self.from_list.isChecked():
            path = self.list_path.text().strip()
            if not path:
                errors.show_error(self, BadInput(detail=self.tr("Chưa chọn tệp danh sách.")))
                return
            did, source = None, Path(path).name
        else:
            did, path = self.decision.currentData(), None
            if did is None:
                errors.show_error(self, BadInput(detail=self.tr("Chưa có quyết định nào.")))
                return
            source = self.tr("Quyết định %1").replace("%1", self.decision.currentText().split(" — ")[0])

        def op(s):
            items = (
                printing.list_certificates(Path(path))
                if path is not None
                else printing.decision_certificates(s, decision_id=did)
            )
            return items, printing.check_certificates(s, items=items, template_key=key, blank=blank)

        def checked(result) -> None:
            items, self.problems = result
            if self._show_problems(len(items)) and items:
                then(Job(items, did, source, key, blank, profile))

        QueryOp(parent=self, db=self._db, op=op, key="check", success=checked).run_in_background()

    def _show_problems(self, count: int) -> bool:
        """The fit check's outcome in the status line and the problem list; True: all fit."""
        if self.problems:
            self.problem_list.setPlainText("\n".join(p.line() for p in self.problems))
            self.status.setText(
                self.tr(
                    "%1 ô không vừa khung in: chưa tạo, chưa in gì. Hãy rút gọn nội dung hoặc "
                    "nới rộng ô trong «Vị trí ô trên phôi»."
                ).replace("%1", str(len(self.problems)))
            )
            self.status.setStyleSheet(f"color: {theme.css('#a61b1b')}; font-weight: bold;")
            return False
        self.problem_list.setPlainText("")
        self.status.setStyleSheet("")
        self.status.setText(self.tr("%1 giấy, mọi ô đều vừa khung.").replace("%1", str(count)))
        return True

    def _on_preview(self) -> None:
        self.check(self._preview)

    def _preview(self, job: Job) -> None:
        out = Path(self._tmp.name) / "preview.pdf"

        def done(result) -> None:
            self._preview_pdf = result.path
            self.page.blockSignals(True)
            self.page.setMaximum(result.pages)
            self.page.setValue(1)
            self.page.blockSignals(False)
            self.page_label.setText(self.tr("/ %1").replace("%1", str(result.pages)))
            self._show_page()

        # a preview is not a printing: nothing logged, nothing changed
        QueryOp(parent=self, db=self._db, op=lambda s: job.produce(s, out, log=False), success=done).with_progress(
            self.tr("Đang tạo tệp PDF…")
        ).run_in_background()

    def _show_page(self) -> None:
        index = self.page.value()
        if self._preview_pdf is None:
            return
        try:
            image = output.page_image(self._preview_pdf, index, dpi=PREVIEW_DPI)
        except AppError as exc:
            errors.show_error(self, exc)
            return
        self.preview_note.setText(self.tr("Trang PDF thật (QtPdf)"))
        self._image = image
        self._fit_preview()

    def _fit_preview(self) -> None:
        if self._image is None:
            return
        area = self.preview_scroll.viewport().size()
        pix = QPixmap.fromImage(self._image)
        if pix.width() > area.width() or pix.height() > area.height():
            pix = pix.scaled(area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pix)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_preview()

    def _after_printing(self, _path=None, _result=None) -> None:
        notify_changed({PRINTING}, self)  # the print log grew
        self.reload()

    def produce_pdf(self, path: str | Path | None = None) -> None:
        """Fit check, then the batch PDF through the export flow (logged)."""
        if not ensure_setup(self, self._db):
            return

        def save(job: Job) -> None:
            export_document(
                self,
                db=self._db,
                title=self.tr("Lưu tệp PDF giấy khen"),
                document=self.tr("Giấy khen %1").replace("%1", job.source),
                formats=(PDF,),
                write=lambda s, out: job.produce(s, out, log=True),
                done_text=lambda result: self.tr("Đã ghi %1 trang.").replace("%1", str(result.pages)),
                progress=self.tr("Đang tạo tệp PDF…"),
                path=path,
                on_done=self._after_printing,
            )

        self.check(save)

    def _on_print(self) -> None:
        if ensure_setup(self, self._db):
            self.check(self._print)

    def _print(self, job: Job) -> None:
        QMessageBox.information(self, self.tr("In ở tỉ lệ 100%"), self.tr(FIT_WARNING))
        QueryOp(
            parent=self,
            db=self._db,
            op=lambda s: printing.load_template(s, key=job.template_key),
            success=lambda template: self._print_with(job, template),
        ).run_in_background()

    def _print_with(self, job: Job, template) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        output.setup_printer(printer, template)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In — tỉ lệ 100%, tắt «Vừa trang / Fit to page»"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        out = Path(self._tmp.name) / "print.pdf"

        def printed(result) -> None:
            try:  # QtPdf paints onto the QPrinter: GUI thread
                pages = output.print_pages(printer, template, pdf=result.path)
            except (AppError, RuntimeError) as exc:
                errors.show_error(self, exc)
                return
            where = self.tr("Máy in: %1").replace("%1", printer.printerName())
            CollectionOp(
                parent=self,
                db=self._db,
                changes={PRINTING},
                op=lambda s: printing.log_print(
                    s,
                    items=job.items,
                    template_key=template.key,
                    blank=job.blank,
                    printer_name=job.profile.name if job.profile else "",
                    output=where,
                    source=job.source,
                    decision_id=job.decision_id,
                ),
                success=lambda _r: self._printed(pages),
            ).run_in_background()

        QueryOp(parent=self, db=self._db, op=lambda s: job.produce(s, out, log=False), success=printed).with_progress(
            self.tr("Đang tạo tệp PDF…")
        ).run_in_background()

    def _printed(self, pages: int) -> None:
        self.reload()
        self.status.setText(self.tr("Đã gửi %1 trang tới máy in.").replace("%1", str(pages)))

    # ------------------------------------------------------------ tools
    def _on_profiles(self) -> None:
        dialog = PrinterProfilesDialog(self._db, self.template_key(), self)
        dialog.exec()
        chosen = dialog.saved_name  # the printer just calibrated is the one printed with

        def select() -> None:
            if chosen:
                self.printer.setCurrentIndex(max(0, self.printer.findText(chosen)))

        self.reload(then=select)

    def _on_editor(self) -> None:
        BlankTemplateEditor(self._db, self.template_key(), self).exec()

    def reprint(self, log_id: int, index: int, path: str | Path | None = None) -> None:
        """Certificate `index` (0-based) of a logged printing again, through the export flow."""
        profile = self.printer.currentData()
        export_document(
            self,
            db=self._db,
            title=self.tr("Lưu giấy in lại"),
            document=self.tr("Giấy khen in lại"),
            formats=(PDF,),
            write=lambda s, out: printing.reprint_one(s, log_id=log_id, index=index, out=out, printer=profile),
            done_text=self.tr("Đã ghi giấy in lại."),
            path=path,
            on_done=self._after_printing,
        )

    def _on_reprint(self) -> None:
        row = self.log_model.row_at(self.log_view.currentIndex().row())
        if row is None:
            QMessageBox.information(self, self.tr("In lại"), self.tr("Chọn một lần in trong nhật ký."))
            return
        names = row.recipients.split("; ")
        name, ok = QInputDialog.getItem(self, self.tr("In lại một giấy"), self.tr("Người nhận:"), names, 0, False)
        if ok:
            self.reprint(row.id, names.index(name))
