"""English for strings added on main outside a feature branch (see fill_en.py)."""

EN = {
    "Hiển thị %1 / hơn %2 người": "Showing %1 of more than %2 people",
    "hiển thị %1 / hơn %2; gõ thêm để thu hẹp": "showing %1 of more than %2; type more to narrow",
    "đọc từ bản quét": "read from the scan",
    "Đã lưu tệp mẫu. Điền danh sách vào sheet «Cán bộ» (và «Đơn vị» nếu cần) rồi chọn Nhập từ Excel.":
        "The template is saved. Fill in the “Cán bộ” sheet (and “Đơn vị” if needed), then choose Import from Excel.",
    "Đã lưu tệp mẫu. Gửi cho các đơn vị điền sheet «Cá nhân» và «Tập thể», rồi chọn Nhập đề nghị từ Excel.":
        "The template is saved. Send it to the units to fill in the “Cá nhân” and “Tập thể” sheets, then choose Import nominations from Excel.",
}
