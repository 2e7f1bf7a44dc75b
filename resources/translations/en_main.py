"""English for strings added on main outside a feature branch (see fill_en.py)."""

EN = {
    "Hiển thị %1 / hơn %2 người": "Showing %1 of more than %2 people",
    "hiển thị %1 / hơn %2; gõ thêm để thu hẹp": "showing %1 of more than %2; type more to narrow",
    "đọc từ bản quét": "read from the scan",
}
