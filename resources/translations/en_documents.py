"""English for the strings of issue 15 (Word exports and the tờ trình)."""

EN = {
    "Xuất Word…": "Export Word…",
    "Quyết định kèm danh sách, tệp Word để sửa và trình ký": "The decision with its list, as a Word file to edit and sign",
    "Tệp Word (*.docx)": "Word files (*.docx)",
    "Biên bản họp Hội đồng, tệp Word để sửa và ký": "Council meeting minutes, as a Word file to edit and sign",
    "Biên bản kiểm phiếu, tệp Word để sửa và ký": "Tally minutes, as a Word file to edit and sign",
    "Tờ trình (Word)…": "Submission (Word)…",
    "Tờ trình đề nghị khen thưởng của cả đợt, kèm tóm tắt thành tích từng người (tệp Word để sửa và trình ký)":
        "The round's submission of award proposals with each nominee's summary of achievements "
        "(a Word file to edit and sign)",
    "Xuất tờ trình đề nghị khen thưởng": "Export the award submission",
    "Đã xuất tờ trình ra %1": "Submission exported to %1",
    "Đang xuất tờ trình…": "Exporting the submission…",
}
