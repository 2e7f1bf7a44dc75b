"""English for the strings of the screens moved onto operations and the export flow
(issues 17 and 18; see fill_en.py)."""

EN = {
    "Giao ước thi đua năm %1": "Emulation pledge %1",
    "Bảng điểm và xếp hạng": "Scores and ranking",
    "Đã lưu báo cáo.": "Report saved.",
    "Biểu %1 năm %2": "Form %1, year %2",
    "Báo cáo khen thưởng năm %2": "Awards report, year %2",
}
