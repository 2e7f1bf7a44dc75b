"""English for the strings of issue 16 (verdicts the law gives, units' nomination lists)."""

EN = {
    "Đang bị xem xét": "Under review",
    "%1: khi đang bị xem xét kỷ luật, thanh tra, kiểm tra hoặc giải quyết khiếu nại, tố cáo thì chưa khen thưởng (Nghị định 152/2025/NĐ-CP Điều 4 khoản 4).":
        "%1: no award while a discipline, an inspection or a complaint is being considered (Decree 152/2025/NĐ-CP Art. 4(4)).",
    "Không bị xem xét": "Not under review",
    "ví dụ: Quyết định thanh tra số 12/QĐ-TTr ngày 02/12/2026": "e.g. Inspection decision No. 12/QĐ-TTr of 02/12/2026",
    "Tình trạng:": "Status:",
    "Ghi chú:": "Note:",
    "cần ghi rõ việc đang xem xét (ví dụ số văn bản, cơ quan)": "say what is under review (e.g. the document number, the body)",
    "Lưu tệp mẫu danh sách đề nghị": "Save the nomination list template",
    "Đã lưu tệp mẫu: %1\nGửi cho các đơn vị điền sheet «Cá nhân» và «Tập thể», rồi chọn Nhập đề nghị từ Excel.":
        "Template saved: %1\nSend it to the units to fill in the “Cá nhân” and “Tập thể” sheets, then choose Import nominations from Excel.",
    "Nhập đề nghị từ Excel — %1": "Import nominations from Excel — %1",
    "Danh sách của đơn vị theo mẫu: sheet «Cá nhân» và sheet «Tập thể», danh hiệu, hình thức đề nghị và tóm tắt thành tích.":
        "A unit's list in the template's layout: sheets “Cá nhân” (individuals) and “Tập thể” (collectives), the award proposed and the achievement summary.",
    "Người được tìm theo mã cán bộ, hoặc theo họ tên + năm sinh + đơn vị; mọi trường hợp không tìm thấy hay trùng tên đều được báo kèm số dòng. Tệp được nhập tất cả hoặc không; đề nghị đã có trong đợt bị từ chối. Chưa có gì được ghi cho đến khi bạn bấm «Nhập».":
        "People are matched by staff code, or by name + year of birth + unit; every unknown or ambiguous person is reported with its row. The file is imported whole or not at all; a nomination already in the round is refused. Nothing is written until you press “Import”.",
    "Họ tên / tên tập thể": "Name / collective",
    "Đề nghị": "Proposed",
    "%1 đề nghị mới": "%1 new nominations",
    "Nhập &đề nghị từ Excel…": "Import &nominations from Excel…",
    "Danh sách đề nghị của các đơn vị theo mẫu (sheet «Cá nhân», «Tập thể»): kiểm tra từng dòng, nhập tất cả hoặc không":
        "The units' nomination lists in the template's layout (sheets “Cá nhân”, “Tập thể”): every row checked, imported whole or not at all",
    "Tóm tắt thành tích (in trên danh sách, giấy khen)": "Achievement summary (printed on the list and the certificate)",
    "Lưu tóm tắt": "Save summary",
    "Đang bị xem xét…": "Under review…",
    "Đánh dấu đang bị xem xét kỷ luật, thanh tra, kiểm tra, khiếu nại: chưa khen thưởng (NĐ 152/2025 Điều 4 khoản 4)":
        "Mark as under discipline, inspection or complaint review: no award meanwhile (Decree 152/2025 Art. 4(4))",
    "Tóm tắt &thành tích:": "Achievement &summary:",
    "Đã lưu tóm tắt thành tích của %1": "Achievement summary of %1 saved",
    "Xác nhận trước khi gửi danh sách": "Confirm before sending the list",
    "Xác nhận: ngoài %1 đề nghị đã đánh dấu «Đang bị xem xét», không ai trong đợt «%2» đang bị xem xét kỷ luật, thanh tra, kiểm tra hoặc giải quyết khiếu nại, tố cáo (Nghị định 152/2025/NĐ-CP Điều 4 khoản 4)?\n\nChương trình chỉ hỏi một lần cho mỗi đợt và ghi lại người xác nhận.":
        "Confirm: apart from the %1 nominations marked “Under review”, nobody in the round “%2” is under discipline, inspection or complaint review (Decree 152/2025/NĐ-CP Art. 4(4))?\n\nThis is asked once per round and who confirmed is recorded.",
    "Đã đối chiếu với quy chế của cơ quan: bỏ đánh dấu chưa xác nhận": "Checked against the office's own regulation: clear the unconfirmed mark",
    "Chưa được văn bản xác nhận: %1.": "Not confirmed by the legal text: %1.",
    "Chưa được văn bản xác nhận — xem ghi chú ở đầu": "Not confirmed by the legal text — see the note at the top",
    "Tệp có lỗi nên sẽ không ghi gì vào cơ sở dữ liệu (nhập tất cả hoặc không). Hãy sửa tệp rồi chọn lại (nút «Quay lại»).":
        "The file has errors, so nothing will be written (whole file or nothing). Correct the file and choose it again (“Back”).",
    "Tiêu chuẩn thay thế (Hội đồng xem xét)": "Alternative criteria (judged by the council)",
    "Giá trị chưa được văn bản xác nhận": "Values not confirmed by the legal text",
    "Ghi chú về giá trị chưa xác nhận": "Note on the unconfirmed values",
    "có thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua": "an outstanding achievement recognised in an emulation movement",
    "lập được nhiều thành tích hoặc thành tích đột xuất": "many achievements or a sudden feat",
    "có đóng góp vào sự nghiệp xây dựng và phát triển của bộ, ngành, địa phương": "a contribution to the development of the ministry, sector or province",
    "đang bị xem xét kỷ luật": "under discipline review",
    "đang bị thanh tra, kiểm tra": "under inspection",
    "đang bị xem xét giải quyết khiếu nại, tố cáo": "under complaint or denunciation review",
    "Từ 01/7/2025, Nghị định 152/2025/NĐ-CP Điều 6 khoản 2 điểm c giao bộ, ngành, tỉnh quy định thủ tục xét danh hiệu, hình thức này: hãy đặt theo quy chế thi đua, khen thưởng của cơ quan.":
        "From 01/7/2025, Decree 152/2025/NĐ-CP Art. 6(2)(c) leaves the procedure for this title or form to each ministry, sector or province: set it from the office's own regulation.",
    "Tỷ lệ phiếu lấy theo Nghị định 98/2023/NĐ-CP Điều 30 khoản 7; điều khoản tương ứng của Nghị định 152/2025/NĐ-CP chưa được xác nhận: hãy đối chiếu quy chế của cơ quan.":
        "Vote threshold taken from Decree 98/2023/NĐ-CP Art. 30(7); the matching clause of Decree 152/2025/NĐ-CP is not confirmed: check the office's own regulation.",
}
