"""EmblemBox: the Quốc huy / organisation emblem printed on full-design certificates.

Shows the stored image, or says plainly that none is set (the certificates then keep the
emblem's place empty). GUI thread; saving is immediate, in its own transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.database import Database
from app.errors import BadInput
from app.services import settings as settings_service
from ui import errors
from ui.operations import SETTINGS, CollectionOp, QueryOp


class EmblemBox(QGroupBox):
    PREVIEW = 72

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Quốc huy / biểu trưng trên giấy khen"), parent)
        self._db = db
        self.preview = QLabel()
        self.preview.setFixedSize(self.PREVIEW, self.PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid palette(mid);")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Chọn ảnh…"))
        self.remove_button = QPushButton(self.tr("Bỏ ảnh"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        for b in (self.choose_button, self.remove_button):  # Enter in a dialog never reopens the chooser
            b.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.note)
        right.addLayout(buttons)
        row = QHBoxLayout(self)
        row.addWidget(self.preview)
        row.addLayout(right, 1)
        self.load()

    def load(self) -> None:
        QueryOp(
            parent=self, db=self._db, op=settings_service.get_emblem, success=self._show, key="load"
        ).run_in_background()

    def _show(self, image: bytes | None) -> None:
        self.has_image = image is not None
        if image:
            pixmap = QPixmap()
            pixmap.loadFromData(image)
            self.preview.setPixmap(
                pixmap.scaled(
                    self.PREVIEW - 4,
                    self.PREVIEW - 4,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.note.setText(self.tr("Ảnh này được in ở giữa phía trên giấy khen (mẫu đầy đủ)."))
        else:
            self.preview.clear()
            self.preview.setText(self.tr("(trống)"))
            self.note.setText(
                self.tr(
                    "Chưa có ảnh: giấy khen in theo mẫu đầy đủ sẽ để trống chỗ quốc huy/biểu "
                    "trưng. Chọn ảnh PNG hoặc JPEG (cơ quan Đảng dùng biểu trưng của tổ chức)."
                )
            )
        self.remove_button.setEnabled(self.has_image)

    def choose(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Chọn ảnh quốc huy / biểu trưng"), "", self.tr("Ảnh (*.png *.jpg *.jpeg)")
            )
        if not path:
            return False
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            errors.show_error(self, BadInput(detail=f"Không đọc được tệp {path}: {exc.strerror or exc}"))
            return False
        return self._store(data)

    def remove(self) -> None:
        self._store(None)

    def _store(self, image: bytes | None) -> bool:
        """set_emblem in a CollectionOp (SETTINGS); False when it has already failed on return."""
        failed_now: list[BaseException] = []

        def failed(exc: BaseException) -> None:
            failed_now.append(exc)
            errors.show_error(self, exc)

        CollectionOp(
            parent=self,
            db=self._db,
            changes={SETTINGS},
            success=lambda _r: self.load(),
            op=lambda s: settings_service.set_emblem(s, image=image),
        ).failure(failed).run_in_background()
        return not failed_now
