"""*Đọc tờ in thử quét…* in the printer calibration dialog (issue 19, point 3)."""

from __future__ import annotations

import cv2
import numpy as np

from app.services import printing
from tests.app.scans import synth


def test_scanned_test_sheet_fills_the_profile(qtbot, db, tmp_path, message_boxes):
    from ui.printing.profiles_dialog import PrinterProfilesDialog
    from ui.printing.scan_calibration import read_scanned_test_sheet

    dialog = PrinterProfilesDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.scan_button.text() == "Đọc tờ in thử quét…"
    dialog.name.setText("Canon phòng TĐKT")
    sheet = tmp_path / "tờ thử.pdf"
    dialog.write_test_sheet(sheet, with_profile=False)
    with db.factory() as s:
        template = printing.load_template(s, key="giay-khen")
    dpi = 150
    page = synth.render_pages(sheet, dpi)[0]
    mm = dpi / 25.4
    printed = cv2.warpAffine(
        page,
        np.float32([[1.0, 0, 2.0 * mm], [0, 1.0, -1.2 * mm]]),
        (page.shape[1], page.shape[0]),
        borderValue=(255, 255, 255),
    )
    scan = tmp_path / "quét 100% #2.png"
    scan.write_bytes(synth.to_png_bytes(printed))
    read_scanned_test_sheet(dialog, str(scan))
    assert dialog.scanned is not None
    assert abs(dialog.profile().offset_x_mm + 2.0) <= 0.2
    assert abs(dialog.profile().offset_y_mm - 1.2) <= 0.2
    assert "đọc từ bản quét" in dialog.result_label.text()
    assert "lệch X -2" in message_boxes.texts("information")[-1]
    dialog.save()
    assert dialog.saved_name == "Canon phòng TĐKT"
    with db.factory() as s:
        saved = printing.get_printer_profile(s, name="Canon phòng TĐKT")
    assert abs(saved.offset_x_mm + 2.0) <= 0.2
    dialog.resize(700, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/scan_calibration_dialog.png")
    assert template.page_w > 0


def test_a_scan_without_marks_says_so(qtbot, db, tmp_path, monkeypatch):
    from ui import errors
    from ui.printing.profiles_dialog import PrinterProfilesDialog
    from ui.printing.scan_calibration import read_scanned_test_sheet

    seen = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, *a, **k: seen.append(exc))
    dialog = PrinterProfilesDialog(db)
    qtbot.addWidget(dialog)
    blank = tmp_path / "trắng.png"
    blank.write_bytes(synth.to_png_bytes(np.full((1240, 1754, 3), 255, np.uint8)))  # landscape, like the blank
    before = dialog.profile()
    read_scanned_test_sheet(dialog, str(blank))
    assert seen and "dấu định vị" in seen[0].message()
    assert dialog.profile() == before and dialog.scanned is None
