"""English translations of the scanned-ballot and scan-calibration strings (issue 19; merged by fill_en.py)."""

EN = {
    # ui/council/sheet_entry.py, compare_view.py
    "Đọc phiếu quét…": "Read scanned ballots…",
    "Xem phiếu quét…": "View scanned sheets…",
    # ui/council/scan_dialogs.py
    "Chọn bản quét phiếu bầu": "Choose the scanned ballot papers",
    "Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)": "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)",
    "Đã đọc %1 tờ phiếu trong %2 giây: %3 tờ đã nhập vào lượt B, %4 tờ cần người xem lại.":
        "Read %1 papers in %2 s: %3 entered as pass B, %4 need a person to look at them.",
    "Trang không tính (không phải phiếu của cuộc bỏ phiếu này):": "Pages not counted (not papers of this ballot):",
    "Các tờ cần xem lại chưa có trong lượt B; hãy đối chiếu với phiếu giấy ở màn hình so sánh hai lượt.":
        "The papers to look at are not in pass B yet; check them against the paper in the pass comparison screen.",
    "Đọc phiếu quét": "Read scanned ballots",
    "Đang đọc phiếu quét…": "Reading the scanned ballots…",
    "Phiếu quét cần xem lại": "Scanned sheets to look at",
    "hai lượt khác nhau": "the two passes differ",
    "Phiếu %1 — %2": "Sheet %1 — %2",
    "Phiếu cần xem (%1)": "Sheets to look at (%1)",
    "Trang không tính:": "Pages not counted:",
    "trang": "page",
    "Quyết định theo phiếu giấy: ở màn hình so sánh, chọn «Lấy theo lượt A», «Lấy theo lượt B» hoặc gõ nội dung đúng.":
        "Decide from the paper: in the comparison screen choose «Keep pass A», «Keep pass B» or type the right reading.",
    "Không có phiếu nào cần xem lại.": "No sheet needs looking at.",
    "(chưa có)": "(none yet)",
    "không gạch ai": "nobody struck",
    "Phiếu %1 — máy đọc: gạch %2": "Sheet %1 — read by the program: struck %2",
    "; chưa chắc: %1": "; not sure: %1",
    "Phiếu %1 — máy không đọc được mã trang; hãy xem phiếu giấy":
        "Sheet %1 — the page code could not be read; look at the paper",
    "; thiếu trang": "; page missing",
    "Lượt A: %1": "Pass A: %1",
    "Lượt B: %1": "Pass B: %1",
    "Bản quét: %1": "Scan: %1",
    "(không có ảnh)": "(no image)",
    # ui/printing/profiles_dialog.py, scan_calibration.py
    "Đọc tờ in thử quét…": "Read a scanned test sheet…",
    "Chọn bản quét tờ in thử": "Choose the scanned test sheet",
    "Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)": "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)",
    "Đọc tờ in thử quét": "Read a scanned test sheet",
    "Tờ in thử này có được in với hồ sơ «%1» đang chọn không?\n(Chọn «No» nếu tờ được in khi chưa chọn hồ sơ nào.)":
        "Was this test sheet printed with the selected profile «%1»?\n(Choose «No» if it was printed with no profile.)",
    "Đã đọc: lệch X %1 mm, lệch Y %2 mm, tỉ lệ %3 × %4. Kiểm tra rồi bấm «Lưu»; in lại tờ thử với hồ sơ để xác nhận.":
        "Read: X offset %1 mm, Y offset %2 mm, scale %3 × %4. Check, then press «Save»; print the test sheet again "
        "with the profile to confirm.",
}
