"""*Đọc tờ in thử quét…* of the printer calibration dialog (issue 19, point 3): the printed
test sheet, scanned edge to edge, gives the profile's offsets and scale (no ruler). The
values are put in the dialog's fields; the clerk checks them and saves. The scan is read
off the GUI thread (ui/operations.py). GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.services import printing
from ui.operations import QueryOp


def read_scanned_test_sheet(dialog, path: str | None = None) -> None:
    """Ask for the scan (unless `path`), read it off the GUI thread and give the dialog the
    profile it shows (`dialog.scanned`, saved with *Lưu* unless ruler readings are typed).
    A scan that cannot be read is reported and changes nothing."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            dialog,
            QCoreApplication.translate("ScanCalibration", "Chọn bản quét tờ in thử"),
            str(Path.home()),
            QCoreApplication.translate("ScanCalibration", "Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
        )
    if not path:
        return
    current = dialog._current()
    printed_with = None
    if current is not None:
        answer = QMessageBox.question(
            dialog,
            QCoreApplication.translate("ScanCalibration", "Đọc tờ in thử quét"),
            QCoreApplication.translate(
                "ScanCalibration",
                "Tờ in thử này có được in với hồ sơ «%1» đang chọn không?\n"
                "(Chọn «No» nếu tờ được in khi chưa chọn hồ sơ nào.)",
            ).replace("%1", current.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            printed_with = dialog._stored
    key, name = dialog._template_key, dialog.name.text().strip() or "Máy in"

    def read(s):
        from app.scan_reader import read_test_sheet  # OpenCV: loaded when a scan is first read

        template = printing.load_template(s, key=key)
        return read_test_sheet(path, template.page_w, template.page_h, name=name, printed_with=printed_with)

    QueryOp(parent=dialog, db=dialog._db, op=read, success=lambda profile: _show_read(dialog, profile)).with_progress(
        QCoreApplication.translate("ScanCalibration", "Đang đọc bản quét…")
    ).run_in_background()


def _show_read(dialog, profile) -> None:
    for x_edit, y_edit in dialog.measured.values():  # the scan replaces any ruler readings
        x_edit.set_value(None)
        y_edit.set_value(None)
    dialog.scanned = profile
    dialog._update_result()
    message = QCoreApplication.translate(
        "ScanCalibration",
        "Đã đọc: lệch X %1 mm, lệch Y %2 mm, tỉ lệ %3 × %4. Kiểm tra rồi bấm «Lưu»; "
        "in lại tờ thử với hồ sơ để xác nhận.",
    )
    QMessageBox.information(
        dialog,
        QCoreApplication.translate("ScanCalibration", "Đọc tờ in thử quét"),
        message.replace("%1", f"{profile.offset_x_mm:+.2f}")
        .replace("%2", f"{profile.offset_y_mm:+.2f}")
        .replace("%3", f"{profile.scale_x:.4f}")
        .replace("%4", f"{profile.scale_y:.4f}"),
    )
