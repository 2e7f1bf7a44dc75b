"""Scanned ballot papers in the council screens (issue 19): *Đọc phiếu quét…* reads the
copier's scan as pass B (app.services.ballot_scans, off the GUI thread), and
ScanReviewDialog shows, for each doubtful or differing sheet, the scanned crop of the
paper beside the readings of both passes, so the clerk decides from the paper.

The last reading of each ballot is kept in memory for the session (`last_reading`); the
crops are not stored in the database. GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.services import ballot as ballot_service
from app.services import ballot_scans
from ui.operations import BALLOTS, CollectionOp, QueryOp
from ui.widgets import set_role
from ui.workers import run_with_progress

_READINGS: dict[int, object] = {}  # ballot id → the last ReadResult (with crops)


def last_reading(ballot_id: int):
    return _READINGS.get(ballot_id)


def ask_scan_files(parent: QWidget | None) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("ScanDialogs", "Chọn bản quét phiếu bầu"),
        str(Path.home()),
        QCoreApplication.translate("ScanDialogs", "Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)"),
    )
    return files


def read_scans_as_pass_b(parent: QWidget, db: Database, ballot_id: int, paths: list[str], on_loaded) -> None:
    """Off the GUI thread: the ballot's reference (QueryOp), the scans read against it (a
    worker with a progress bar and Cancel; no database), the sure sheets loaded as pass B
    (CollectionOp). Then say what happened and show the sheets left for the clerk.
    `on_loaded()` runs after pass B changed."""

    def read(reference) -> None:
        run_with_progress(
            parent,
            lambda progress, is_cancelled: ballot_scans.read_ballot_scans(
                reference, paths, progress=progress, is_cancelled=is_cancelled
            ),
            label=QCoreApplication.translate("ScanDialogs", "Đang đọc phiếu quét…"),
            on_done=load,
        )

    def load(result) -> None:
        CollectionOp(
            parent=parent,
            db=db,
            changes={BALLOTS},
            op=lambda s: ballot_scans.load_as_pass_b(s, ballot_id=ballot_id, result=result),
            success=lambda imported: loaded(result, imported),
        ).run_in_background()

    def loaded(result, imported) -> None:
        _READINGS[ballot_id] = result
        on_loaded()
        lines = [
            QCoreApplication.translate(
                "ScanDialogs", "Đã đọc %1 tờ phiếu trong %2 giây: %3 tờ đã nhập vào lượt B, %4 tờ cần người xem lại."
            )
            .replace("%1", str(len(result.sheets)))
            .replace("%2", f"{result.seconds:.0f}")
            .replace("%3", str(len(imported.loaded)))
            .replace("%4", str(len(imported.review)))
        ]
        if imported.rejected:
            lines.append(
                QCoreApplication.translate("ScanDialogs", "Trang không tính (không phải phiếu của cuộc bỏ phiếu này):")
            )
            lines += [f"  • {r}" for r in imported.rejected[:20]]
        if imported.review:
            lines.append(
                QCoreApplication.translate(
                    "ScanDialogs",
                    "Các tờ cần xem lại chưa có trong lượt B; hãy đối chiếu với phiếu giấy "
                    "ở màn hình so sánh hai lượt.",
                )
            )
        QMessageBox.information(parent, QCoreApplication.translate("ScanDialogs", "Đọc phiếu quét"), "\n".join(lines))
        if imported.review or imported.rejected:
            ScanReviewDialog(db, ballot_id, result, parent).exec()

    QueryOp(
        parent=parent, db=db, op=lambda s: ballot_scans.ballot_reference(s, ballot_id=ballot_id), success=read
    ).run_in_background()


class ScanReviewDialog(QDialog):
    """The sheets to look at (left) and, for the one selected, the scanned paper and both
    passes' readings (right)."""

    def __init__(self, db: Database, ballot_id: int, result, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phiếu quét cần xem lại"))
        self.resize(1100, 760)
        self._result = result
        self._rows: list = []
        row = QHBoxLayout()
        row.addLayout(self._build_list(result), 0)
        row.addLayout(self._build_paper(), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Quyết định theo phiếu giấy: ở màn hình so sánh, chọn «Lấy theo lượt A», "
                    "«Lấy theo lượt B» hoặc gõ nội dung đúng."
                )
            )
        )
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self.show_row)

        def passes(s):
            return tuple(
                {
                    sheet.number: sheet
                    for sheet in ballot_service.entry_state(s, ballot_id=ballot_id, entry=entry).sheets
                }
                for entry in "AB"
            )

        QueryOp(parent=self, db=db, op=passes, success=self._show_rows).run_in_background()

    def _build_list(self, result) -> QVBoxLayout:
        """The sheets to look at, and the pages that were not this ballot's."""
        self.list = QListWidget()
        self.list.setMaximumWidth(280)
        self.count_label = QLabel()
        left = QVBoxLayout()
        left.addWidget(self.count_label)
        left.addWidget(self.list, 1)
        self.rejected_pages = QLabel(
            "\n".join(f"{Path(p.source).name}, {self.tr('trang')} {p.index}: {p.problem}" for p in result.rejected)
        )
        self.rejected_pages.setWordWrap(True)
        set_role(self.rejected_pages, "hint")
        if result.rejected:
            left.addWidget(QLabel(self.tr("Trang không tính:")))
            left.addWidget(self.rejected_pages)
        return left

    def _build_paper(self) -> QVBoxLayout:
        """The chosen sheet's readings and its scanned crop."""
        self.readings = QLabel()
        self.readings.setWordWrap(True)
        self.readings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        right = QVBoxLayout()
        right.addWidget(self.readings)
        right.addWidget(scroll, 1)
        return right

    def _show_rows(self, loaded) -> None:
        """The sheets the machine doubted or on which the passes differ (with the passes
        read off the GUI thread)."""
        a, b = loaded
        sheets = {s.number: s for s in self._result.sheets}
        numbers = sorted(
            n
            for n in sheets
            if sheets[n].kind == "review" or (n in a and a.get(n) != b.get(n)) or (n not in a and n in b)
        )
        self._rows = [(n, sheets[n], a.get(n), b.get(n)) for n in numbers]
        self.count_label.setText(self.tr("Phiếu cần xem (%1)").replace("%1", str(len(self._rows))))
        self.list.clear()
        for n, sheet, _, _ in self._rows:
            why = sheet.reason() if sheet.kind == "review" else self.tr("hai lượt khác nhau")
            QListWidgetItem(self.tr("Phiếu %1 — %2").replace("%1", str(n)).replace("%2", why), self.list)
        if self._rows:
            self.list.setCurrentRow(0)
        else:
            self.readings.setText(self.tr("Không có phiếu nào cần xem lại."))

    def show_row(self, index: int) -> None:
        if not 0 <= index < len(self._rows):
            return
        n, sheet, a, b = self._rows[index]
        none = self.tr("(chưa có)")
        doubt = ", ".join(str(x) for x in sorted(sheet.doubtful))
        scan = " ".join(str(x) for x in sorted(sheet.struck)) or self.tr("không gạch ai")
        text = self.tr("Phiếu %1 — máy đọc: gạch %2").replace("%1", str(n)).replace("%2", scan)
        if any(p.unreadable for p in sheet.pages):
            text = self.tr("Phiếu %1 — máy không đọc được mã trang; hãy xem phiếu giấy").replace("%1", str(n))
        if doubt:
            text += self.tr("; chưa chắc: %1").replace("%1", doubt)
        if not sheet.complete:
            text += self.tr("; thiếu trang")
        text += "\n" + self.tr("Lượt A: %1").replace("%1", a.describe() if a else none)
        text += "\n" + self.tr("Lượt B: %1").replace("%1", b.describe() if b else none)
        text += "\n" + self.tr("Bản quét: %1").replace(
            "%1", "; ".join(f"{Path(p.source).name}, {self.tr('trang')} {p.index}" for p in sheet.pages)
        )
        self.readings.setText(text)
        pixmaps = []
        for page in sheet.pages:
            pm = QPixmap()
            if page.crop and pm.loadFromData(page.crop, "PNG"):
                pixmaps.append(pm)
        if not pixmaps:
            self.image.setText(self.tr("(không có ảnh)"))
            return
        width = max(p.width() for p in pixmaps)
        height = sum(p.height() for p in pixmaps)
        combined = QPixmap(width, height)
        combined.fill(Qt.GlobalColor.white)
        from PySide6.QtGui import QPainter

        painter = QPainter(combined)
        y = 0
        for p in pixmaps:
            painter.drawPixmap(0, y, p)
            y += p.height()
        painter.end()
        self.image.setPixmap(combined)
