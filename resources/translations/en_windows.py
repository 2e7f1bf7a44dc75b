"""English for the strings of issue 13 (help window, about dialog, QtPdf preview)."""

EN = {
    "&Hướng dẫn sử dụng": "&User guide",
    "Hướng dẫn sử dụng – %1": "User guide – %1",
    "Tìm trong hướng dẫn…": "Search the guide…",
    "Tìm": "Find",
    "Mục lục": "Contents",
    "Đóng": "Close",
    "Không tìm thấy tệp hướng dẫn %1. Hãy cài lại chương trình.":
        "The user guide %1 was not found. Please reinstall the program.",
    "Giới thiệu": "About",
    "phiên bản %1": "version %1",
    "Phần mềm quản lý công tác thi đua, khen thưởng cho Thường trực Hội đồng Thi đua – Khen thưởng.":
        "Emulation and commendation management for the standing office of the Emulation and Commendation Council.",
    "Cơ sở dữ liệu:": "Database:",
    "Thư mục dữ liệu:": "Data folder:",
    "Thư mục nhật ký:": "Log folder:",
    "Mở thư mục": "Open folder",
    "Không mở được thư mục %1.": "Could not open the folder %1.",
    "Trang PDF thật (QtPdf)": "The real PDF page (QtPdf)",
}
