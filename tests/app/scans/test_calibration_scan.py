"""Printer calibration read from a scan of the printed test sheet (issue 19, point 3)."""

from __future__ import annotations

import random

import cv2
import numpy as np
import pytest

from app.errors import BadInput
from app.exports.certificates import render_test_sheet
from app.scan_reader import read_test_sheet
from tests.app.scans import synth


def printed_by(img: np.ndarray, dpi: int, shift_x: float, shift_y: float, scale: float) -> np.ndarray:
    """The sheet as a printer that shifts (mm) and scales would put it on the paper."""
    mm = dpi / 25.4
    m = np.float32([[scale, 0, shift_x * mm], [0, scale, shift_y * mm]])
    return cv2.warpAffine(img, m, (img.shape[1], img.shape[0]), borderValue=(255, 255, 255))


@pytest.mark.parametrize("shift_x, shift_y, scale", [(1.5, -0.8, 1.008), (-2.4, 1.9, 0.995), (0.0, 0.0, 1.0)])
def test_profile_from_a_scanned_test_sheet_within_0_3_mm(tmp_path, shift_x, shift_y, scale):
    sheet = tmp_path / "tờ in thử.pdf"
    render_test_sheet((210.0, 297.0), sheet)
    dpi = 150
    page = printed_by(synth.render_pages(sheet, dpi)[0], dpi, shift_x, shift_y, scale)
    rng = np.random.default_rng(4)
    page = np.clip(page.astype(np.float32) + rng.normal(0, 5, page.shape), 0, 255).astype(np.uint8)
    scan = tmp_path / "quét tờ in thử #1.jpg"
    ok, data = cv2.imencode(".jpg", page[:, :, ::-1], [cv2.IMWRITE_JPEG_QUALITY, 70])
    scan.write_bytes(data.tobytes())
    profile = read_test_sheet(scan, 210.0, 297.0, name="Máy in phòng Thi đua")
    assert profile.name == "Máy in phòng Thi đua"
    # Through the profile, the printer puts every point where the template wants it.
    worst = 0.0
    for x, y in [(15, 12), (105, 148.5), (195, 285), (20, 280), (190, 20)]:
        px, py = profile.apply(x, y)
        landed = (shift_x + scale * px, shift_y + scale * py)
        worst = max(worst, abs(landed[0] - x), abs(landed[1] - y))
    print(f"calibration error {worst:.3f} mm")
    assert worst <= 0.3


def test_a_scan_without_the_marks_is_refused(tmp_path):
    scan = tmp_path / "khác.png"
    scan.write_bytes(synth.to_png_bytes(synth.foreign_page((1754, 1240, 3), 150, random.Random(1))))
    with pytest.raises(BadInput, match="dấu định vị"):
        read_test_sheet(scan, 210.0, 297.0)
    landscape = tmp_path / "ngang.png"
    landscape.write_bytes(synth.to_png_bytes(np.full((1240, 1754, 3), 255, np.uint8)))
    with pytest.raises(BadInput, match="hướng"):
        read_test_sheet(landscape, 210.0, 297.0)


def test_a_sheet_printed_through_an_old_profile_gives_the_printer_s_own_correction(tmp_path):
    from app.exports.printer_profiles import PrinterProfile

    old = PrinterProfile("cũ", offset_x_mm=-1.0, offset_y_mm=0.5, scale_x=1.0, scale_y=1.0)
    sheet = tmp_path / "t.pdf"
    render_test_sheet((210.0, 297.0), sheet, old)
    dpi = 150
    page = printed_by(synth.render_pages(sheet, dpi)[0], dpi, 1.5, -0.8, 1.0)
    scan = tmp_path / "t.png"
    scan.write_bytes(synth.to_png_bytes(page))
    profile = read_test_sheet(scan, 210.0, 297.0, printed_with=old)
    assert abs(profile.offset_x_mm + 1.5) <= 0.15 and abs(profile.offset_y_mm - 0.8) <= 0.15
