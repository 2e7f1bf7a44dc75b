"""Fill tdkt_en.ts with the English translations below (run after pyside6-lupdate).

    .venv/bin/pyside6-lupdate $(find ui -name '*.py') -ts resources/translations/tdkt_en.ts
    .venv/bin/python resources/translations/fill_en.py
    .venv/bin/pyside6-lrelease resources/translations/tdkt_en.ts

Fails (exit 1) when a source string has no translation here, so none is forgotten.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

EN = {
    "%1 dòng hợp lệ, %2 dòng lỗi": "%1 valid rows, %2 rows with errors",
    "%1 dòng lỗi sẽ bị bỏ qua; các dòng hợp lệ sẽ được nhập.": "%1 rows with errors will be skipped; the valid rows will be imported.",
    "%1 người": "%1 people",
    "%1 thêm mới, %2 cập nhật": "%1 new, %2 updated",
    "&Giới thiệu": "&About",
    "&Nhập cán bộ từ Excel…": "&Import staff from Excel…",
    "&Tải mẫu Excel…": "&Download Excel template…",
    "&Tệp": "&File",
    "< Quay lại": "< Back",
    "<b>%1</b> phiên bản %2<br>Phần mềm quản lý công tác thi đua, khen thưởng cho Thường trực Hội đồng Thi đua – Khen thưởng.<br><br>Cơ sở dữ liệu: %3":
        "<b>%1</b> version %2<br>Emulation and commendation management for the standing office of the Emulation and Commendation Council.<br><br>Database: %3",
    "(không có — cấp cao nhất)": "(none — top level)",
    "Bản sao lưu trước khi nhập: %1": "Backup taken before the import: %1",
    "Bắt đầu công tác": "Started work",
    "Cho công tác lại": "Reinstate",
    "Chưa có tệp theo mẫu?": "No file in the template's layout yet?",
    "Chương trình sẽ đọc và kiểm tra toàn bộ tệp trước; chưa có gì được ghi cho đến khi bạn bấm «Nhập» ở bước sau. Cán bộ trùng mã với người đã có sẽ được cập nhật, không bị nhân đôi.":
        "The whole file is read and checked first; nothing is written until you press “Import” in the next step. Staff whose code already exists are updated, not duplicated.",
    "Chương trình vẫn chạy; thao tác vừa rồi có thể chưa hoàn tất và không có gì được lưu dở dang. Hãy sao chép chi tiết bên dưới và gửi cho người hỗ trợ kỹ thuật.":
        "The program is still running; the last action may not have completed and nothing half-done was saved. Please copy the details below and send them to technical support.",
    "Chỉ biết năm sinh": "Only the year is known",
    "Chỉ nhập các dòng hợp lệ (bỏ qua các dòng lỗi)": "Import only the valid rows (skip rows with errors)",
    "Chọn tệp Excel": "Choose the Excel file",
    "Chọn tệp…": "Browse…",
    "Chức vụ": "Position",
    "Chức vụ người ký": "Signer's title",
    "Cài đặt": "Settings",
    "Cài đặt đã bị thay đổi": "Settings were changed",
    "Các dòng trong tệp": "Rows in the file",
    "Công chức": "Civil servant",
    "Cơ quan": "Agency",
    "Cơ quan (in trên văn bản, danh sách, giấy khen)": "Agency (printed on documents, lists and certificates)",
    "Cơ quan cấp trên (dòng trên tên cơ quan)": "Issuing body (line above the agency name)",
    "Cơ sở dữ liệu: %1": "Database: %1",
    "Cấp lãnh đạo": "Leadership level",
    "Cột": "Column",
    "Doanh nhân": "Entrepreneur",
    "Dân tộc": "Ethnicity",
    "Dòng": "Row",
    "Dòng ngày tháng sẽ in:": "Date line as printed:",
    "Ghi nhận %1 thôi công tác tại cơ quan. Hồ sơ và lịch sử khen thưởng vẫn được giữ lại.":
        "Record that %1 no longer works here. The record and award history are kept.",
    "Giao diện (riêng máy này)": "Interface (this computer only)",
    "Giới thiệu": "About",
    "Giới tính": "Gender",
    "Gõ thêm vào ô tìm kiếm hoặc chọn đơn vị để thu hẹp danh sách.": "Type more in the search box or choose a unit to narrow the list.",
    "Hiển thị %1 / %2 người": "Showing %1 of %2 people",
    "Hiện cả người đã thôi công tác": "Also show people who have left",
    "Hoàn tác": "Revert",
    "Hoạt động lại": "Reactivate",
    "Họ tên / tên đơn vị": "Name / unit name",
    "Họ và tên": "Full name",
    "Hồ sơ đã bị thay đổi": "Record was changed",
    "Hủy": "Cancel",
    "Khác": "Other",
    "Không có gì được ghi.": "Nothing was written.",
    "Không giữ chức vụ lãnh đạo": "No leadership position",
    "Không mở được cơ sở dữ liệu": "Cannot open the database",
    "Không thực hiện được": "Could not be done",
    "Không mở được cơ sở dữ liệu %1: %2\nTệp có thể không phải cơ sở dữ liệu của TĐKT Desk hoặc đã bị hỏng.":
        "Cannot open the database %1: %2\nThe file may not be a TĐKT Desk database, or it is damaged.",
    "Không đọc được tệp.": "The file could not be read.",
    "Khối thi đua": "Emulation bloc",
    "Khởi động lại để đổi ngôn ngữ.": "Restart to change the language.",
    "Kinh": "Kinh",
    "Kiểm tra dữ liệu": "Check the data",
    "Kiểu tiêu đề văn bản": "Document header style",
    "Kết quả nhập": "Import result",
    "Loại:": "Kind:",
    "Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên": "Leader at ministry/province level or above",
    "Lãnh đạo cấp vụ, sở, ngành và tương đương": "Leader at department level",
    "Lãnh đạo khác từ phó phòng trở lên": "Other leader, deputy head of division or above",
    "Lý do": "Reason",
    "Lưu": "Save",
    "Lưu cài đặt": "Save settings",
    "Lưu tệp mẫu nhập cán bộ": "Save the staff import template",
    "Lưu tệp mẫu trống…": "Save blank template…",
    "Lỗi": "Error",
    "Lỗi cần sửa": "Errors to fix",
    "Lỗi cần sửa (%1)": "Errors to fix (%1)",
    "Mã": "Code",
    "Mã cán bộ": "Staff code",
    "Mã đơn vị:": "Unit code:",
    "Nam": "Male",
    "Ngày sinh": "Date of birth",
    "Ngôn ngữ giao diện:": "Interface language:",
    "Ngôn ngữ mới được áp dụng khi mở lại chương trình.": "A new language takes effect when the program is reopened.",
    "Người ký mặc định": "Default signer",
    "Người lao động": "Employee",
    "Ngừng hoạt động": "Deactivate",
    "Nhập": "Import",
    "Nhập cán bộ từ Excel": "Import staff from Excel",
    "Nhập không thành công; không có gì được ghi.": "The import failed; nothing was written.",
    "Nhập từ Excel…": "Import from Excel…",
    "Nhật ký: %1": "Log: %1",
    "Nhật ký: (chưa ghi)": "Log: (not written)",
    "Năm sinh": "Year of birth",
    "Nữ": "Female",
    "Quốc hiệu, tiêu ngữ (cơ quan nhà nước)": "National emblem line and motto (state bodies)",
    "Sao chép chi tiết": "Copy details",
    "Sheet": "Sheet",
    "Sửa": "Edit",
    "Sửa hồ sơ cán bộ": "Edit staff record",
    "Sửa hồ sơ đang chọn (Enter hoặc F2)": "Edit the selected record (Enter or F2)",
    "Sửa đơn vị": "Edit unit",
    "T&hoát": "E&xit",
    "Thao tác": "Action",
    "Thêm": "Add",
    "Thêm cán bộ": "Add staff member",
    "Thêm cán bộ (Ctrl+N)": "Add a staff member (Ctrl+N)",
    "Thêm đơn vị": "Add unit",
    "Thôi công tác": "Left",
    "Thôi công tác từ %1": "Left on %1",
    "Thôi công tác từ ngày:": "Left on:",
    "Tiếp >": "Next >",
    "Trợ &giúp": "&Help",
    "Tên cơ quan, đơn vị": "Agency name",
    "Tên đơn vị:": "Unit name:",
    "Tìm cán bộ": "Find staff",
    "Tìm theo họ tên hoặc mã — gõ không dấu cũng được (Ctrl+F)": "Search by name or code — tone marks optional (Ctrl+F)",
    "Tải lại": "Reload",
    "Tải mẫu…": "Template…",
    "Tất cả đơn vị": "All units",
    "Tệp .xlsx theo mẫu: sheet «Cán bộ» (bắt buộc) và sheet «Đơn vị» (nếu có đơn vị mới).":
        "An .xlsx file in the template's layout: sheet “Cán bộ” (required) and sheet “Đơn vị” (for new units).",
    "Tệp Excel (*.xlsx)": "Excel files (*.xlsx)",
    "Tệp Excel (*.xlsx);;Mọi tệp (*)": "Excel files (*.xlsx);;All files (*)",
    "Tệp có lỗi nên sẽ không ghi gì vào cơ sở dữ liệu. Hãy sửa tệp rồi chọn lại (nút «Quay lại»), hoặc đánh dấu «Chỉ nhập các dòng hợp lệ».":
        "The file has errors, so nothing will be written to the database. Fix the file and choose it again (“Back”), or tick “Import only the valid rows”.",
    "Tệp không có dòng dữ liệu nào.": "The file has no data rows.",
    "Tệp đang mở": "File is open",
    "Tổ chức": "Organisation",
    "Tổ, nhóm": "Team",
    "Viên chức": "Public employee",
    "Xem trước từng dòng và mọi lỗi tìm thấy. Chưa có gì được ghi.": "Preview of every row and every problem found. Nothing has been written.",
    "Xong": "Finish",
    "chọn một đơn vị trong danh sách": "choose a unit from the list",
    "cập nhật": "update",
    "gõ vài chữ của tên đơn vị…": "type part of the unit's name…",
    "lỗi": "error",
    "ngày không có thật": "no such date",
    "ngày/tháng/năm": "dd/mm/yyyy",
    "ngừng hoạt động": "inactive",
    "nhập theo dạng ngày/tháng/năm, ví dụ 05/03/1985": "type day/month/year, e.g. 05/03/1985",
    "nhập năm gồm 4 chữ số": "type a 4-digit year",
    "năm, ví dụ 1985": "year, e.g. 1985",
    "thêm mới": "new",
    "ví dụ: Bắc Ninh": "e.g. Bắc Ninh",
    "ví dụ: Nguyễn Thị Thu Hà": "e.g. Nguyễn Thị Thu Hà",
    "ví dụ: Sở Nội vụ tỉnh Bắc Ninh": "e.g. Sở Nội vụ tỉnh Bắc Ninh",
    "ví dụ: UBND TỈNH BẮC NINH": "e.g. UBND TỈNH BẮC NINH",
    "Đang ghi dữ liệu…": "Writing data…",
    "Đang nhập dữ liệu…": "Importing data…",
    "Đang tạo dữ liệu mẫu…": "Creating demo data…",
    "Đang xử lý": "Working",
    "Đang đọc tệp…": "Reading the file…",
    "Đang đọc và kiểm tra %1…": "Reading and checking %1…",
    "Điền các trường bắt buộc: mã, họ tên, giới tính, đơn vị.": "Fill in the required fields: code, full name, gender, unit.",
    "Điền danh sách vào sheet «Cán bộ» (và «Đơn vị» nếu cần) rồi chọn Nhập từ Excel.":
        "Fill the list into sheet “Cán bộ” (and “Đơn vị” if needed), then choose Import from Excel.",
    "Đánh dấu đơn vị «%1» ngừng hoạt động? Cán bộ và lịch sử của đơn vị vẫn được giữ; có thể cho hoạt động lại bất cứ lúc nào.":
        "Mark unit “%1” as inactive? Its staff and history are kept; it can be reactivated at any time.",
    "Đã hủy": "Cancelled",
    "Đã hủy việc đọc tệp. Bấm «Quay lại» để chọn lại.": "Reading was cancelled. Press “Back” to choose again.",
    "Đã hủy; không có gì được ghi.": "Cancelled; nothing was written.",
    "Đã lưu tệp mẫu": "Template saved",
    "Đã lưu tệp mẫu: %1": "Template saved: %1",
    "Đã lưu tệp mẫu: %1\nĐiền danh sách vào sheet «Cán bộ» (và «Đơn vị» nếu cần) rồi chọn Nhập từ Excel.":
        "Template saved: %1\nFill the list into sheet “Cán bộ” (and “Đơn vị” if needed), then choose Import from Excel.",
    "Đã lưu.": "Saved.",
    "Đã sao chép": "Copied",
    "Đã xảy ra lỗi không mong muốn": "An unexpected error occurred",
    "Đơn vị": "Unit",
    "Đơn vị (vụ, phòng)": "Department (division, office)",
    "Đơn vị cấp trên:": "Parent unit:",
    "Đơn vị đã bị thay đổi": "Unit was changed",
    "Đường dẫn tệp .xlsx": "Path of the .xlsx file",
    "ĐẢNG CỘNG SẢN VIỆT NAM (cơ quan Đảng)": "COMMUNIST PARTY OF VIETNAM (Party bodies)",
    "Để sau": "Later",
    "Địa danh ghi ngày tháng": "Place name on date lines",
    "Đối tượng": "Staff category",
    "— chọn —": "— choose —",
}


def main() -> int:
    path = Path(__file__).with_name("tdkt_en.ts")
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print("missing:", m, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
