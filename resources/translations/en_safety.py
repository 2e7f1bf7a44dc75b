"""English of the strings added for issue 12 (backups and restore, output guard)."""

EN = {
    "Sao lưu && khôi phục": "Backup && restore",
    "Ngày giờ": "Date and time",
    "Lý do": "Reason",
    "Dung lượng": "Size",
    "Sao lưu ngay": "Back up now",
    "Khôi phục…": "Restore…",
    "Khôi phục bản sao lưu đang chọn, hoặc chọn một tệp khác": "Restore the selected backup, or choose another file",
    "Cơ sở dữ liệu trên máy chủ: «Sao lưu ngay» chạy pg_dump ra một tệp bạn chọn. Khôi phục trên máy chủ do quản trị viên làm bằng pg_restore (xem README).":
        "Database on the office server: “Back up now” runs pg_dump to a file you choose. The administrator restores the server with pg_restore (see README).",
    "Chương trình tự sao lưu lần mở đầu tiên mỗi ngày (giữ 14 ngày gần nhất và 12 tháng), trước khi nâng cấp và trước khi nhập dữ liệu. Thư mục: %1":
        "The program backs up automatically at the first start of each day (keeping the last 14 days and 12 months), before upgrades and before imports. Folder: %1",
    "Lưu bản sao lưu máy chủ": "Save the server backup",
    "Bản sao lưu PostgreSQL (*.dump)": "PostgreSQL backup (*.dump)",
    "Đã sao lưu vào %1": "Backed up to %1",
    "Chọn bản sao lưu để khôi phục": "Choose the backup to restore",
    "Cơ sở dữ liệu TĐKT (*.db);;Mọi tệp (*)": "TĐKT database (*.db);;All files (*)",
    "Khôi phục dữ liệu": "Restore data",
    "Khôi phục dữ liệu từ %1?\n\nDữ liệu hiện tại được sao lưu trước (lý do «Trước khi khôi phục»), rồi được thay bằng bản này. Sau khi khôi phục chương trình sẽ đóng lại; hãy mở lại để làm việc tiếp.":
        "Restore the data from %1?\n\nThe current data is backed up first (reason “Before a restore”) and then replaced by this one. After the restore the program closes; open it again to continue.",
    "Đã khôi phục từ %1.": "Restored from %1.",
    "Dữ liệu trước đó được giữ tại %1.": "The previous data is kept at %1.",
    "Đã khôi phục": "Restored",
    "Chương trình sẽ đóng lại; hãy mở lại để làm việc tiếp.": "The program will close; open it again to continue.",
    "Sao lưu thủ công": "Backup by hand",
    "Tự động hằng ngày": "Automatic, daily",
    "Trước khi nâng cấp": "Before an upgrade",
    "Trước khi nhập dữ liệu": "Before an import",
    "Trước khi khôi phục": "Before a restore",
}
