"""English for the strings of the nominations screen's export flow (issue 17/18; see fill_en.py)."""

EN = {
    "Đã xuất tờ trình.": "The submission was exported.",
    "Danh sách đề nghị khen thưởng %1": "Nominations for awards %1",
    "Tờ trình %1": "Submission %1",
}
