"""English for the strings of the second batch of screens moved onto operations and the
export flow (issues 17 and 18; see fill_en.py)."""

EN = {
    "Đang sao lưu…": "Backing up…",
    "Đang khôi phục…": "Restoring…",
    "Đang kiểm tra bản sao lưu…": "Checking the backup…",
    "Đã xuất %1 điển hình tiên tiến.": "%1 model examples exported.",
    "Danh sách điển hình tiên tiến - %1": "Model examples - %1",
}
