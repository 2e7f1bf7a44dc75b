"""English for the strings of issue 14 (the clerk's afternoon): date/number fields,
calibration, council members from the registry, the list sent upward, first-run setup,
history import in the wizard, minutes and the small points. Merged by fill_en.py."""

EN = {
    # fields (ui/widgets.py)
    "nhập theo dạng ngày/tháng/năm giờ:phút, ví dụ 16/12/2026 08:00":
        "type day/month/year hour:minute, e.g. 16/12/2026 08:00",
    "thiếu giờ (ví dụ 08:00)": "the time is missing (e.g. 08:00)",
    "giờ nhập theo dạng giờ:phút, ví dụ 08:00": "type the time as hour:minute, e.g. 08:00",
    "giờ không có thật": "no such time",
    "không phải là số (ví dụ 1,5 hoặc -2)": "not a number (e.g. 1.5 or -2)",
    "Chọn ngày trên lịch": "Pick the day on a calendar",
    "Chọn ngày trên lịch (Alt+↓)": "Pick the day on a calendar (Alt+↓)",
    "ngày/tháng/năm giờ:phút": "day/month/year hour:minute",
    "%1 %2 — có đúng không? (thường từ %3 đến %4)": "%1 %2 — is that right? (usually %3 to %4)",
    # success box (ui/errors.py)
    "Đã ghi tệp": "File written",
    "Mở tệp": "Open file",
    "Mở thư mục": "Open folder",
    "Đóng": "Close",
    # template editor
    "Chưa lưu vị trí các ô": "Box positions not saved",
    "Vị trí các ô trên phôi «%1» đã thay đổi mà chưa lưu. Lưu lại trước khi đóng?":
        "The box positions on the blank “%1” changed and are not saved. Save them before closing?",
    # council
    "chưa nhập thời gian bắt đầu": "the start time is missing",
    "giờ kết thúc phải sau giờ bắt đầu": "the end must be after the start",
    "Nội dung ý kiến bằng văn bản của %1 (có thể nhập sau ở cột «Ý kiến bằng văn bản»):":
        "The written opinion of %1 (it can also be typed later in the “Written opinion” column):",
    "Đã ghi tệp.": "The file was written.",
    "Biên bản họp Hội đồng %1.pdf": "Council meeting minutes %1.pdf",
    "Phiếu bầu.pdf": "Ballot papers.pdf",
    "Biên bản kiểm phiếu.pdf": "Vote count minutes.pdf",
    "Kết quả kiểm phiếu.xlsx": "Vote count results.xlsx",
    "Cán bộ trong danh sách": "A member of staff",
    "Người ngoài danh sách cán bộ": "Someone not on the staff list",
    "gõ vài chữ của họ tên hoặc mã cán bộ…": "type a few letters of the name or the staff code…",
    "(không thuộc đơn vị nào trong danh sách)": "(in no unit of the list)",
    "Xung đột lợi ích được đánh dấu khi thành viên là người được đề nghị, làm việc cùng phòng/đơn vị trực tiếp với cá nhân được đề nghị, hoặc thuộc tập thể được đề nghị.":
        "A conflict of interest is flagged when the member is the nominee, works in the same department as the nominated person, or belongs to the nominated collective.",
    "Tìm cán bộ:": "Find staff:",
    "chọn một cán bộ trong kết quả tìm (hoặc chọn «Người ngoài danh sách cán bộ»)":
        "choose a person among the results (or choose “Someone not on the staff list”)",
    "chưa nhập họ và tên": "the full name is missing",
    "đơn vị: chọn trong danh sách (gõ vài chữ của tên đơn vị)": "unit: choose one from the list (type a few letters of its name)",
    "Đơn vị:": "Unit:",
    # deactivate
    "chưa nhập ngày": "the date is missing",
    # decisions
    "Đã ghi danh sách.": "The list was written.",
    # nominations: the list sent upward
    "Xuất danh sách đề nghị": "Export the nomination list",
    "Chỉ các đề nghị đủ điều kiện gửi (%1)": "Only the nominations ready to send (%1)",
    # (an earlier wording, kept by lupdate as obsolete)
    "Chỉ các đề nghị đủ điều kiện gửi (%1): đã gửi, đã kiểm tra hoặc đã được Hội đồng thông qua; đủ điều kiện hoặc cần kiểm tra thủ công":
        "Only the nominations ready to send (%1): submitted, checked or passed by the Council; eligible or to be checked by hand",
    "Đã gửi, đã kiểm tra hoặc đã được Hội đồng thông qua; đủ điều kiện (✔) hoặc cần kiểm tra thủ công (?).":
        "Submitted, checked or passed by the Council; eligible (✔) or to be checked by hand (?).",
    "Mọi đề nghị đang hiển thị (%1, trong đó %2 chưa đủ điều kiện gửi)":
        "Every nomination shown (%1, of which %2 not ready to send)",
    "Thêm cột «Trạng thái»": "Add the “Status” column",
    "Thêm cột «Kết quả kiểm tra»": "Add the “Check result” column",
    "Danh sách theo bộ lọc đang chọn trên màn hình (đơn vị, danh hiệu, kết quả, trạng thái, tên).":
        "The list follows the filters chosen on the screen (unit, award, result, status, name).",
    "Chọn nơi lưu…": "Choose where to save…",
    "Xuất cả đề nghị chưa đủ điều kiện gửi?": "Export nominations that are not ready to send?",
    "%1 đề nghị chưa đủ điều kiện gửi lên cấp trên (dự thảo, bị loại, đã có quyết định, không đủ điều kiện ✘ hoặc chưa kiểm tra) sẽ có trong danh sách. Vẫn xuất?":
        "%1 nominations not ready to send to the superior (drafts, rejected, already decided, not eligible ✘ or not checked) will be in the list. Export anyway?",
    "Không có đề nghị để gửi": "No nomination to send",
    "Trong các đề nghị đang hiển thị, không có đề nghị nào đã gửi/đã kiểm tra và đủ điều kiện (hoặc cần kiểm tra thủ công). Chuyển trạng thái các đề nghị, hoặc chọn «Mọi đề nghị đang hiển thị».":
        "Among the nominations shown none is submitted/checked and eligible (or to be checked by hand). Move the nominations on, or choose “Every nomination shown”.",
    "Đã xuất %1 đề nghị.": "%1 nominations exported.",
    "Xung đột lợi ích: %1.\nQuy tắc: thành viên Hội đồng là chính người được đề nghị; hoặc làm việc trực tiếp tại đơn vị của cá nhân được đề nghị (cùng phòng, ban); hoặc thuộc tập thể được đề nghị (đơn vị đó hay đơn vị trực thuộc).":
        "Conflict of interest: %1.\nRule: the Council member is the nominee; or works in the nominated person's own unit (same department); or belongs to the nominated collective (that unit or a unit under it).",
    # first-run setup
    "Thiết lập ban đầu": "First-time setup",
    "ví dụ: GIÁM ĐỐC": "e.g. DIRECTOR",
    "Tên cơ quan in trên mọi văn bản, phiếu bầu, biên bản, danh sách và giấy khen. Có thể sửa sau ở màn hình «Cài đặt».":
        "The agency's name printed on every document, ballot, minutes, list and certificate. It can be changed later under “Settings”.",
    "Người ký và quốc huy": "Signer and emblem",
    "Người ký mặc định của quyết định, giấy khen; quốc huy hoặc biểu trưng in trên giấy khen (có thể chọn sau).":
        "The default signer of decisions and certificates; the national emblem or logo printed on certificates (can be chosen later).",
    "Chưa in": "Not printed",
    "Văn bản cần tên cơ quan, địa danh và người ký: hãy điền ở «Thiết lập ban đầu» (hoặc màn hình «Cài đặt») rồi in lại.":
        "Documents need the agency's name, the place and the signer: fill them in under “First-time setup” (or “Settings”), then print again.",
    "Để sau": "Later",
    "Xong": "Finish",
    "Tiếp >": "Next >",
    # import wizard (history)
    "Lưu tệp mẫu nhập lịch sử khen thưởng": "Save the award history import template",
    "Đã lưu tệp mẫu. Điền lịch sử vào các sheet rồi chọn «Nhập lịch sử khen thưởng từ Excel».":
        "Template saved. Fill in the history on its sheets, then choose “Import award history from Excel”.",
    "Nhập &lịch sử khen thưởng từ Excel…": "Import award &history from Excel…",
    "Tải mẫu Excel &lịch sử khen thưởng…": "Download the award &history Excel template…",
    "Nhập cán bộ từ Excel": "Import staff from Excel",
    "Nhập lịch sử khen thưởng từ Excel": "Import award history from Excel",
    "Tệp .xlsx theo mẫu: sheet «Cán bộ» (bắt buộc) và sheet «Đơn vị» (nếu có đơn vị mới).":
        "An .xlsx file in the template's layout: sheet “Cán bộ” (required) and sheet “Đơn vị” (if there are new units).",
    "Tệp .xlsx theo mẫu lịch sử: các sheet xếp loại, khen thưởng, sáng kiến, kỷ luật, nghỉ thai sản (sheet nào không có thì bỏ qua).":
        "An .xlsx file in the history template's layout: sheets of ratings, awards, initiatives, disciplines, maternity leave (missing sheets are skipped).",
    "Cán bộ và đơn vị phải có sẵn trong danh sách (nhập cán bộ trước). Chương trình đọc và kiểm tra toàn bộ tệp trước; chưa có gì được ghi cho đến khi bạn bấm «Nhập». Bản ghi đã có (cùng người, cùng năm, cùng loại) được cập nhật, không bị nhân đôi.":
        "The staff and units must already be in the lists (import staff first). The whole file is read and checked first; nothing is written until you press “Import”. Existing records (same person, year and kind) are updated, not duplicated.",
    "Loại": "Kind",
    "Mã cán bộ / đơn vị": "Staff / unit code",
    "Nội dung": "Content",
    "Mã": "Code",
    "Họ tên / tên đơn vị": "Name / unit name",
    "Thao tác": "Action",
    "%1 thêm mới, %2 cập nhật, %3 không đổi": "%1 new, %2 updated, %3 unchanged",
    "không đổi": "unchanged",
    # calibration
    "1. Bấm «Tờ in thử…», in tờ đó ở tỉ lệ 100% (tắt «Vừa trang / Fit to page») trên khổ giấy của phôi.\n2. Dùng thước đo từ mép trái và mép trên tờ giấy đến tâm mỗi dấu.\n3. Nhập số đo (vị trí dấu in ra, đúng như thước chỉ) vào bảng dưới; dấu nào không đo thì để trống. Chương trình tự tính độ lệch.\n4. Lưu, in lại tờ thử với hồ sơ vừa lưu: mọi dấu phải nằm đúng vị trí ghi bên cạnh.":
        "1. Press “Test sheet…” and print it at 100 % (turn “Fit to page” off) on the blank's paper size.\n2. With a ruler, measure from the paper's left and top edges to the centre of each mark.\n3. Type the readings (where each mark landed, exactly as the ruler shows) in the table below; leave marks you did not measure empty. The program computes the offsets.\n4. Save, then print the test sheet again with the saved profile: every mark must land where its label says.",
    "Dấu": "Mark",
    "In ở (x; y)": "Printed at (x; y)",
    "Đo được x (mm)": "Measured x (mm)",
    "Đo được y (mm)": "Measured y (mm)",
    "Dấu %1, %2 đo được": "Mark %1, measured %2",
    "Tờ in thử này đã in qua hồ sơ đang chọn": "This test sheet was printed through the chosen profile",
    "Dấu %1, %2: %3": "Mark %1, %2: %3",
    "tính từ số đo": "computed from the readings",
    "đang lưu": "as saved",
    "Hiệu chỉnh (%1): lệch ngang %2 mm, lệch dọc %3 mm, tỉ lệ %4 × %5.":
        "Correction (%1): horizontal %2 mm, vertical %3 mm, scale %4 × %5.",
    # blocs: success boxes with «Mở tệp»
    "Đã tạo giao ước thi đua.": "The emulation pledge was written.",
    "Đã xuất bảng điểm.": "The score sheet was exported.",
    # printing
    "Đã ghi %1 trang.": "%1 pages written.",
    "Đã ghi giấy in lại.": "The reprint was written.",
}
