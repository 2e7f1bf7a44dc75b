"""BlankTemplateEditor: the field boxes of a pre-printed blank (phôi) over its scanned image.

The scene works in millimetres (1 scene unit = 1 mm from the sheet's top-left corner),
the unit of the stored boxes, so a box's position is its item's `pos()` and its size its
`rect()`. Boxes are dragged with the mouse (inside) and resized by their bottom-right
corner; the spin boxes show and edit the selected box in mm. Saving writes the boxes and
the scan through app.services.printing. GUI thread."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.database import Database
from app.errors import StaleRecord
from app.rules.cert_template import FieldBox
from app.services import printing
from ui import errors
from ui.labels import tr_label
from ui.operations import PRINTING, CollectionOp, QueryOp
from ui.widgets import DecimalSpinBox, fit_to_screen

HANDLE_MM = 3.0
MIN_MM = 3.0


class BoxItem(QGraphicsObject):
    """One field box: movable; its bottom-right corner resizes it. Emits `changed`."""

    changed = Signal()

    def __init__(self, box: FieldBox, page: QRectF) -> None:
        super().__init__()
        self.box = box
        self._page = page
        self._size = QRectF(0, 0, box.w, box.h)
        self._resizing = False
        self.setPos(box.x, box.y)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setToolTip(box.label)

    # geometry in mm
    def boundingRect(self) -> QRectF:
        return self._size.adjusted(-0.5, -0.5, 0.5, 0.5)

    def mm(self) -> tuple[float, float, float, float]:
        return (
            round(self.pos().x(), 1),
            round(self.pos().y(), 1),
            round(self._size.width(), 1),
            round(self._size.height(), 1),
        )

    def set_mm(self, x: float, y: float, w: float, h: float) -> None:
        self.prepareGeometryChange()
        self._size = QRectF(0, 0, max(MIN_MM, w), max(MIN_MM, h))
        self.setPos(x, y)
        self.update()

    def field_box(self) -> FieldBox:
        x, y, w, h = self.mm()
        return dataclasses.replace(self.box, x=x, y=y, w=w, h=h)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        selected = self.isSelected()
        color = QColor("#c8102e") if selected else QColor("#1f5fa8")
        painter.setPen(QPen(color, 0.4))
        painter.setBrush(QBrush(QColor(color.red(), color.green(), color.blue(), 40)))
        painter.drawRect(self._size)
        painter.setBrush(QBrush(color))
        r = self._size
        painter.drawRect(QRectF(r.right() - HANDLE_MM / 2, r.bottom() - HANDLE_MM / 2, HANDLE_MM / 2, HANDLE_MM / 2))
        font = QFont()
        font.setPixelSize(4)
        painter.setFont(font)
        painter.setPen(color.darker(150))
        painter.drawText(
            r.adjusted(1, 0.5, -1, -0.5), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.box.label
        )

    def _in_handle(self, p: QPointF) -> bool:
        r = self._size
        return r.right() - HANDLE_MM <= p.x() <= r.right() + 0.5 and r.bottom() - HANDLE_MM <= p.y() <= r.bottom() + 0.5

    def hoverMoveEvent(self, event) -> None:
        shape = Qt.CursorShape.SizeFDiagCursor if self._in_handle(event.pos()) else Qt.CursorShape.SizeAllCursor
        self.setCursor(shape)

    def mousePressEvent(self, event) -> None:
        self._resizing = event.button() == Qt.MouseButton.LeftButton and self._in_handle(event.pos())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._resizing:
            p = event.pos()
            self.prepareGeometryChange()
            w = min(max(MIN_MM, p.x()), self._page.right() - self.pos().x())
            h = min(max(MIN_MM, p.y()), self._page.bottom() - self.pos().y())
            self._size = QRectF(0, 0, w, h)
            self.update()
            self.changed.emit()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self._resizing = False
        super().mouseReleaseEvent(event)
        self.changed.emit()

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            # keep the box on the sheet
            x = min(max(0.0, value.x()), self._page.right() - self._size.width())
            y = min(max(0.0, value.y()), self._page.bottom() - self._size.height())
            return QPointF(round(x, 1), round(y, 1))
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.changed.emit()
        return super().itemChange(change, value)


class BlankTemplateEditor(QDialog):
    """Edit the blank-mode boxes of one template over a scanned image of the blank."""

    def __init__(self, db: Database, template_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._key = template_key
        self._scan: bytes | None = None
        self._scan_name = ""
        self._scan_changed = False
        self._syncing = False
        self.items: dict[str, BoxItem] = {}
        self.setWindowTitle(self.tr("Vị trí các ô trên phôi"))
        self._build_view()
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addWidget(self._build_panel())
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.fields.currentRowChanged.connect(self._on_field_row)
        self.scene.selectionChanged.connect(self._on_scene_selection)
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(template_key)))
        self.template_combo.currentIndexChanged.connect(self._on_template_changed)
        fit_to_screen(self, 1180, 700)
        self.load(template_key)

    # ------------------------------------------------------------ building
    def _build_view(self) -> None:
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setBackgroundBrush(QColor("#8a8f98"))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _build_panel(self) -> QWidget:
        """The template, the list of boxes, the chosen box's mm, the scan and the reset."""
        self.template_combo = QComboBox()
        for key, title in printing.TEMPLATE_TITLES.items():
            self.template_combo.addItem(tr_label(title), key)
        self.fields = QListWidget()
        self.spins: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        for key, label in (
            ("x", self.tr("Trái (mm)")),
            ("y", self.tr("Trên (mm)")),
            ("w", self.tr("Rộng (mm)")),
            ("h", self.tr("Cao (mm)")),
        ):
            spin = DecimalSpinBox()
            spin.setKeyboardTracking(False)  # the box moves when the number is complete, not on "12."
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setRange(0, 500)
            spin.valueChanged.connect(self._on_spin)
            self.spins[key] = spin
            form.addRow(label, spin)
        self.scan_label = QLabel()
        self.scan_label.setWordWrap(True)
        self.load_scan_button = QPushButton(self.tr("Tải ảnh phôi đã quét…"))
        self.load_scan_button.clicked.connect(self._on_load_scan)
        self.load_scan_button.setAutoDefault(False)  # Enter after choosing the scan: not the chooser again
        self.reset_button = QPushButton(self.tr("Về vị trí mặc định"))
        self.reset_button.clicked.connect(self._on_reset)
        hint = QLabel(
            self.tr(
                "Kéo ô để di chuyển; kéo góc dưới bên phải để đổi kích thước. Đơn vị: mm tính từ "
                "mép trái và mép trên tờ giấy."
            )
        )
        hint.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Mẫu:")))
        side.addWidget(self.template_combo)
        side.addWidget(QLabel(self.tr("Các ô in:")))
        side.addWidget(self.fields, 1)
        side.addLayout(form)
        side.addWidget(hint)
        side.addWidget(self.scan_label)
        side.addWidget(self.load_scan_button)
        side.addWidget(self.reset_button)
        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(260)
        return panel

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

    # ------------------------------------------------------------ loading
    def load(self, key: str) -> None:
        self._key = key
        QueryOp(
            parent=self,
            db=self._db,
            key="load",
            op=lambda s: printing.get_blank_layout(s, key=key),
            success=self._show_layout,
        ).run_in_background()

    def _show_layout(self, row: printing.BlankLayoutRow) -> None:
        if row.template_key != self._key:
            return  # another template was chosen meanwhile
        self._row = row
        self._scan, self._scan_name, self._scan_changed = row.scan_image, row.scan_name, False
        self.scene.clear()
        self.items.clear()
        t = row.template
        self.page = QRectF(0, 0, t.page_w, t.page_h)
        self.background = QGraphicsRectItem(self.page)
        self.background.setBrush(QColor("white"))
        self.background.setPen(QPen(QColor("#333"), 0.3))
        self.scene.addItem(self.background)
        self.pixmap_item = QGraphicsPixmapItem()
        self.scene.addItem(self.pixmap_item)
        self._show_scan()
        self.fields.clear()
        for box in t.blank:
            item = BoxItem(box, self.page)
            item.changed.connect(lambda it=item: self._on_item_changed(it))
            self.scene.addItem(item)
            self.items[box.name] = item
            self.fields.addItem(box.label)
        self.scene.setSceneRect(self.page.adjusted(-5, -5, 5, 5))
        self._fit()
        if self.fields.count():
            self.fields.setCurrentRow(0)
        self._loaded_boxes = self._snapshot()

    # ------------------------------------------------------------ unsaved changes
    def _snapshot(self) -> list[tuple]:
        return [tuple(round(v, 2) for v in item.mm()) for item in self.items.values()]

    def is_dirty(self) -> bool:
        return self._scan_changed or self._snapshot() != self._loaded_boxes

    def confirm_discard(self, then) -> None:
        """`then()` when there is nothing unsaved, or once the clerk saved it or chose to drop
        it; nothing on Cancel (or when saving fails)."""
        if not self.is_dirty():
            then()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Chưa lưu vị trí các ô"),
            self.tr("Vị trí các ô trên phôi «%1» đã thay đổi mà chưa lưu. Lưu lại trước khi đóng?").replace(
                "%1", self.template_combo.itemText(self.template_combo.findData(self._key))
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Yes):
            self.save(then=then)
        elif answer in (QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.No):
            then()

    def reject(self) -> None:  # Đóng, Esc and the window's ×
        self.confirm_discard(lambda: QDialog.reject(self))

    def _choose_template(self, key: str) -> None:
        self.template_combo.blockSignals(True)
        self.template_combo.setCurrentIndex(self.template_combo.findData(key))
        self.template_combo.blockSignals(False)

    def _on_template_changed(self, _index: int) -> None:
        key = self.template_combo.currentData()
        if key == self._key:
            return
        self._choose_template(self._key)  # until the unsaved boxes are saved or dropped

        def switch() -> None:
            self._choose_template(key)
            self.load(key)

        self.confirm_discard(switch)

    def _show_scan(self) -> None:
        pix = QPixmap()
        if self._scan:
            pix.loadFromData(self._scan)
        if pix.isNull():
            self.pixmap_item.setPixmap(QPixmap())
            self.scan_label.setText(
                self.tr("Chưa có ảnh phôi. Quét một tờ phôi trắng (300 dpi) rồi tải ảnh lên để đặt các ô cho khớp.")
            )
            return
        self.pixmap_item.setPixmap(pix)
        self.pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        # the scan covers the whole sheet: scale it to the page in mm
        self.pixmap_item.setTransform(
            self.pixmap_item.transform().fromScale(self.page.width() / pix.width(), self.page.height() / pix.height())
        )
        self.pixmap_item.setOpacity(0.85)
        self.scan_label.setText(self.tr("Ảnh phôi: %1").replace("%1", self._scan_name or "—"))

    def _fit(self) -> None:
        self.view.fitInView(self.page.adjusted(-3, -3, 3, 3), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    # ------------------------------------------------------------ syncing
    def current_item(self) -> BoxItem | None:
        row = self.fields.currentRow()
        names = list(self.items)
        return self.items[names[row]] if 0 <= row < len(names) else None

    def _on_field_row(self, row: int) -> None:
        item = self.current_item()
        if item is None:
            return
        self._syncing = True
        self.scene.clearSelection()
        item.setSelected(True)
        self._syncing = False
        self._show_spins(item)

    def _on_scene_selection(self) -> None:
        if self._syncing:
            return
        selected = [i for i in self.scene.selectedItems() if isinstance(i, BoxItem)]
        if selected:
            names = list(self.items)
            self.fields.setCurrentRow(names.index(selected[0].box.name))

    def _show_spins(self, item: BoxItem) -> None:
        self._syncing = True
        for key, value in zip("xywh", item.mm()):
            self.spins[key].setValue(value)
        self._syncing = False

    def _on_item_changed(self, item: BoxItem) -> None:
        if item is self.current_item():
            self._show_spins(item)

    def _on_spin(self) -> None:
        if self._syncing:
            return
        item = self.current_item()
        if item is not None:
            item.set_mm(*(self.spins[k].value() for k in "xywh"))

    def boxes(self) -> list[FieldBox]:
        return [item.field_box() for item in self.items.values()]

    # ------------------------------------------------------------ actions
    def load_scan_file(self, path: Path) -> None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            errors.show_error(self, exc)
            return
        pix = QPixmap()
        if not pix.loadFromData(data):
            from app.errors import BadInput

            errors.show_error(
                self, BadInput(detail=self.tr("Không đọc được ảnh %1 (cần PNG hoặc JPG).").replace("%1", str(path)))
            )
            return
        self._scan, self._scan_name, self._scan_changed = data, Path(path).name, True
        self._show_scan()

    def _on_load_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn ảnh phôi đã quét"), "", self.tr("Ảnh (*.png *.jpg *.jpeg)")
        )
        if path:
            self.load_scan_file(Path(path))

    def _on_reset(self) -> None:
        defaults = {b.name: b for b in printing.shipped_template(self._key).blank}
        for name, item in self.items.items():
            if name in defaults:
                b = defaults[name]
                item.set_mm(b.x, b.y, b.w, b.h)
        if (current := self.current_item()) is not None:
            self._show_spins(current)

    def save(self, then=None) -> None:
        """Save the boxes (and a new scan) off the GUI thread; then reload them and run
        `then()`. A stale version or a refused box is shown and nothing more happens."""
        kwargs: dict[str, Any] = {"scan_name": self._scan_name, "scan_image": self._scan} if self._scan_changed else {}
        key, version, boxes = self._key, self._row.version, self.boxes()

        def saved(_r) -> None:
            self._scan_changed = False
            self._loaded_boxes = self._snapshot()
            self.load(key)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            errors.show_error(self, exc)
            if isinstance(exc, StaleRecord):
                self.load(key)

        CollectionOp(
            parent=self,
            db=self._db,
            changes={PRINTING},
            success=saved,
            op=lambda s: printing.save_blank_layout(s, key=key, version=version, boxes=boxes, **kwargs),
        ).failure(failed).run_in_background()

    def _on_save(self) -> None:
        self.save(then=self.accept)
