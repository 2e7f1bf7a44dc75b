"""English of the strings added for issue 17 point 2 (a server that cannot hang the program)."""

EN = {
    "Đang kết nối máy chủ…": "Connecting to the server…",
    "Đang mở cơ sở dữ liệu…": "Opening the database…",
    "Đã dừng kết nối tới %1 theo yêu cầu của bạn.": "Stopped connecting to %1 as you asked.",
    "Máy chủ không phản hồi": "The server is not responding",
}
