"""English for the strings of issue 18 (one export flow, …) (see fill_en.py)."""

EN = {
    "Bảng tính Excel": "Excel workbook",
    "Tệp PDF": "PDF file",
    "Tệp Word": "Word file",
    "Tệp CSV": "CSV file",
    "Tệp đang được mở": "The file is open",
    "Đóng tệp trong chương trình đó rồi bấm «Thử lại», hoặc lưu với tên khác.":
        "Close the file in that program and press “Retry”, or save under another name.",
    "Thử lại": "Retry",
    "Lưu tên khác…": "Save as…",
    "Hủy": "Cancel",
    "Đang ghi tệp…": "Writing the file…",
}
