"""English for the strings of the council, decisions and printing screens after issues 17
and 18 (one class per tab, the operation idiom, the export flow)."""

EN = {
    "Đang niêm phong kết quả…": "Sealing the result…",
    "Đang mở lại phiếu bầu…": "Reopening the ballot…",
    "Biên bản kiểm phiếu": "Tally minutes",
    "Kết quả kiểm phiếu": "Tally results",
    "Chi tiền thưởng QĐ %1": "Reward payments, decision %1",
    "Danh sách kèm QĐ %1": "List attached to decision %1",
    "Biên bản họp Hội đồng %1": "Council meeting minutes %1",
    "Đã ghi biên bản họp.": "The meeting minutes were saved.",
    "Tờ in thử căn chỉnh": "Calibration test sheet",
    "Đã ghi tờ in thử. In tệp này ở tỉ lệ 100% (tắt «Vừa trang / Fit to page»).":
        "The test sheet was saved. Print it at 100% (turn “Fit to page” off).",
    "Giấy khen %1": "Certificates %1",
    "Giấy khen in lại": "Reprinted certificate",
    "Đang đọc bản quét…": "Reading the scan…",
}
