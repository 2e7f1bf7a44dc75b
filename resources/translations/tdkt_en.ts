<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="vi">
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="94" />
        <location filename="../../ui/import_wizard.py" line="129" />
        <source>Chọn tệp Excel</source>
        <translation>Choose the Excel file</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="95" />
        <source>Tệp .xlsx theo mẫu: sheet «Cán bộ» (bắt buộc) và sheet «Đơn vị» (nếu có đơn vị mới).</source>
        <translation>An .xlsx file in the template's layout: sheet “Cán bộ” (required) and sheet “Đơn vị” (for new units).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="97" />
        <source>Đường dẫn tệp .xlsx</source>
        <translation>Path of the .xlsx file</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="98" />
        <source>Chọn tệp…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="99" />
        <source>Lưu tệp mẫu trống…</source>
        <translation>Save blank template…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="101" />
        <source>Chương trình sẽ đọc và kiểm tra toàn bộ tệp trước; chưa có gì được ghi cho đến khi bạn bấm «Nhập» ở bước sau. Cán bộ trùng mã với người đã có sẽ được cập nhật, không bị nhân đôi.</source>
        <translation>The whole file is read and checked first; nothing is written until you press “Import” in the next step. Staff whose code already exists are updated, not duplicated.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="111" />
        <source>Chưa có tệp theo mẫu?</source>
        <translation>No file in the template's layout yet?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="130" />
        <source>Tệp Excel (*.xlsx);;Mọi tệp (*)</source>
        <translation>Excel files (*.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <location filename="../../ui/org/deactivate_dialog.py" line="14" />
        <source>Thôi công tác</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/org/deactivate_dialog.py" line="15" />
        <source>Ghi nhận %1 thôi công tác tại cơ quan. Hồ sơ và lịch sử khen thưởng vẫn được giữ lại.</source>
        <translation>Record that %1 no longer works here. The record and award history are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/org/deactivate_dialog.py" line="22" />
        <source>Thôi công tác từ ngày:</source>
        <translation>Left on:</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="54" />
        <source>Lưu tệp mẫu nhập cán bộ</source>
        <translation>Save the staff import template</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="55" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="64" />
        <source>Tệp đang mở</source>
        <translation>File is open</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71" />
        <source>Đã lưu tệp mẫu</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72" />
        <source>Đã lưu tệp mẫu: %1
Điền danh sách vào sheet «Cán bộ» (và «Đơn vị» nếu cần) rồi chọn Nhập từ Excel.</source>
        <translation>Template saved: %1
Fill the list into sheet “Cán bộ” (and “Đơn vị” if needed), then choose Import from Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="359" />
        <source>Nhập cán bộ từ Excel</source>
        <translation>Import staff from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="363" />
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="364" />
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="365" />
        <source>Xong</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="366" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="51" />
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69" />
        <source>Cơ sở dữ liệu: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>&amp;Nhập cán bộ từ Excel…</source>
        <translation>&amp;Import staff from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90" />
        <source>&amp;Tải mẫu Excel…</source>
        <translation>&amp;Download Excel template…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>T&amp;hoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <source>Tìm cán bộ</source>
        <translation>Find staff</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109" />
        <source>Thêm cán bộ</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184" />
        <source>&lt;b&gt;%1&lt;/b&gt; phiên bản %2&lt;br&gt;Phần mềm quản lý công tác thi đua, khen thưởng cho Thường trực Hội đồng Thi đua – Khen thưởng.&lt;br&gt;&lt;br&gt;Cơ sở dữ liệu: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; version %2&lt;br&gt;Emulation and commendation management for the standing office of the Emulation and Commendation Council.&lt;br&gt;&lt;br&gt;Database: %3</translation>
    </message>
</context>
<context>
    <name>OrgScreen</name>
    <message>
        <location filename="../../ui/org/org_screen.py" line="67" />
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="68" />
        <location filename="../../ui/org/org_screen.py" line="115" />
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="69" />
        <location filename="../../ui/org/org_screen.py" line="277" />
        <location filename="../../ui/org/org_screen.py" line="368" />
        <source>Ngừng hoạt động</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="76" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="90" />
        <source>Tìm theo họ tên hoặc mã — gõ không dấu cũng được (Ctrl+F)</source>
        <translation>Search by name or code — tone marks optional (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="91" />
        <source>Hiện cả người đã thôi công tác</source>
        <translation>Also show people who have left</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="113" />
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="114" />
        <source>Thêm cán bộ (Ctrl+N)</source>
        <translation>Add a staff member (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="116" />
        <source>Sửa hồ sơ đang chọn (Enter hoặc F2)</source>
        <translation>Edit the selected record (Enter or F2)</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="117" />
        <location filename="../../ui/org/org_screen.py" line="272" />
        <source>Thôi công tác</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="118" />
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="119" />
        <source>Tải mẫu…</source>
        <translation>Template…</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="241" />
        <source>Hiển thị %1 / %2 người</source>
        <translation>Showing %1 of %2 people</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="243" />
        <source>Gõ thêm vào ô tìm kiếm hoặc chọn đơn vị để thu hẹp danh sách.</source>
        <translation>Type more in the search box or choose a unit to narrow the list.</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="245" />
        <source>%1 người</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="270" />
        <source>Cho công tác lại</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="277" />
        <source>Hoạt động lại</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="340" />
        <source>Hồ sơ đã bị thay đổi</source>
        <translation>Record was changed</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="369" />
        <source>Đánh dấu đơn vị «%1» ngừng hoạt động? Cán bộ và lịch sử của đơn vị vẫn được giữ; có thể cho hoạt động lại bất cứ lúc nào.</source>
        <translation>Mark unit “%1” as inactive? Its staff and history are kept; it can be reactivated at any time.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../ui/models/people_table.py" line="36" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table.py" line="36" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table.py" line="36" />
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table.py" line="37" />
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table.py" line="37" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table.py" line="37" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table.py" line="93" />
        <source>Thôi công tác từ %1</source>
        <translation>Left on %1</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="46" />
        <source>Sửa hồ sơ cán bộ</source>
        <translation>Edit staff record</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="46" />
        <source>Thêm cán bộ</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="52" />
        <source>ví dụ: Nguyễn Thị Thu Hà</source>
        <translation>e.g. Nguyễn Thị Thu Hà</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="54" />
        <source>— chọn —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="59" />
        <source>Chỉ biết năm sinh</source>
        <translation>Only the year is known</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="91" />
        <source>Mã cán bộ</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="91" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="92" />
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="92" />
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="93" />
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="93" />
        <source>Đối tượng</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="94" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="94" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="95" />
        <source>Cấp lãnh đạo</source>
        <translation>Leadership level</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="95" />
        <source>Bắt đầu công tác</source>
        <translation>Started work</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="96" />
        <source>Thôi công tác</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="116" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="151" />
        <source>Kinh</source>
        <translation>Kinh</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="178" />
        <source>năm, ví dụ 1985</source>
        <translation>year, e.g. 1985</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="178" />
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="200" />
        <source>nhập năm gồm 4 chữ số</source>
        <translation>type a 4-digit year</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="252" />
        <source>Điền các trường bắt buộc: mã, họ tên, giới tính, đơn vị.</source>
        <translation>Fill in the required fields: code, full name, gender, unit.</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="294" />
        <source>Hồ sơ đã bị thay đổi</source>
        <translation>Record was changed</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="296" />
        <source>Tải lại</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="297" />
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="145" />
        <source>Kiểm tra dữ liệu</source>
        <translation>Check the data</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="146" />
        <source>Xem trước từng dòng và mọi lỗi tìm thấy. Chưa có gì được ghi.</source>
        <translation>Preview of every row and every problem found. Nothing has been written.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="148" />
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="155" />
        <location filename="../../ui/import_wizard.py" line="157" />
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="155" />
        <location filename="../../ui/import_wizard.py" line="157" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="155" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="155" />
        <source>Họ tên / tên đơn vị</source>
        <translation>Name / unit name</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="156" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="156" />
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="157" />
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="157" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="160" />
        <source>Lỗi cần sửa</source>
        <translation>Errors to fix</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="161" />
        <source>Chỉ nhập các dòng hợp lệ (bỏ qua các dòng lỗi)</source>
        <translation>Import only the valid rows (skip rows with errors)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="176" />
        <source>Các dòng trong tệp</source>
        <translation>Rows in the file</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="194" />
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="207" />
        <source>Đang đọc và kiểm tra %1…</source>
        <translation>Reading and checking %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="214" />
        <location filename="../../ui/import_wizard.py" line="217" />
        <source>Không đọc được tệp.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="223" />
        <source>Đã hủy việc đọc tệp. Bấm «Quay lại» để chọn lại.</source>
        <translation>Reading was cancelled. Press “Back” to choose again.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="242" />
        <source>%1 dòng hợp lệ, %2 dòng lỗi</source>
        <translation>%1 valid rows, %2 rows with errors</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="243" />
        <source>%1 thêm mới, %2 cập nhật</source>
        <translation>%1 new, %2 updated</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="245" />
        <source>Lỗi cần sửa (%1)</source>
        <translation>Errors to fix (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="264" />
        <source>Tệp có lỗi nên sẽ không ghi gì vào cơ sở dữ liệu. Hãy sửa tệp rồi chọn lại (nút «Quay lại»), hoặc đánh dấu «Chỉ nhập các dòng hợp lệ».</source>
        <translation>The file has errors, so nothing will be written to the database. Fix the file and choose it again (“Back”), or tick “Import only the valid rows”.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="267" />
        <source>%1 dòng lỗi sẽ bị bỏ qua; các dòng hợp lệ sẽ được nhập.</source>
        <translation>%1 rows with errors will be skipped; the valid rows will be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="270" />
        <source>Tệp không có dòng dữ liệu nào.</source>
        <translation>The file has no data rows.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="293" />
        <source>Kết quả nhập</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="311" />
        <source>Đang ghi dữ liệu…</source>
        <translation>Writing data…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="321" />
        <source>Đang nhập dữ liệu…</source>
        <translation>Importing data…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="334" />
        <source>Bản sao lưu trước khi nhập: %1</source>
        <translation>Backup taken before the import: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="339" />
        <source>Không có gì được ghi.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="341" />
        <source>Nhập không thành công; không có gì được ghi.</source>
        <translation>The import failed; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="346" />
        <source>Đã hủy; không có gì được ghi.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/settings_screen.py" line="53" />
        <source>ví dụ: Sở Nội vụ tỉnh Bắc Ninh</source>
        <translation>e.g. Sở Nội vụ tỉnh Bắc Ninh</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="54" />
        <source>ví dụ: UBND TỈNH BẮC NINH</source>
        <translation>e.g. UBND TỈNH BẮC NINH</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="55" />
        <source>ví dụ: Bắc Ninh</source>
        <translation>e.g. Bắc Ninh</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="68" />
        <source>Cơ quan (in trên văn bản, danh sách, giấy khen)</source>
        <translation>Agency (printed on documents, lists and certificates)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="75" />
        <source>Dòng ngày tháng sẽ in:</source>
        <translation>Date line as printed:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="82" />
        <source>Ngôn ngữ mới được áp dụng khi mở lại chương trình.</source>
        <translation>A new language takes effect when the program is reopened.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="84" />
        <source>Giao diện (riêng máy này)</source>
        <translation>Interface (this computer only)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="86" />
        <source>Ngôn ngữ giao diện:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="89" />
        <source>Lưu cài đặt</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="92" />
        <source>Hoàn tác</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="104" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="159" />
        <source>Cài đặt đã bị thay đổi</source>
        <translation>Settings were changed</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="170" />
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="170" />
        <source>Khởi động lại để đổi ngôn ngữ.</source>
        <translation>Restart to change the language.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="83" />
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="88" />
        <source>Đã xảy ra lỗi không mong muốn</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94" />
        <source>Chương trình vẫn chạy; thao tác vừa rồi có thể chưa hoàn tất và không có gì được lưu dở dang. Hãy sao chép chi tiết bên dưới và gửi cho người hỗ trợ kỹ thuật.</source>
        <translation>The program is still running; the last action may not have completed and nothing half-done was saved. Please copy the details below and send them to technical support.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104" />
        <source>Nhật ký: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104" />
        <source>Nhật ký: (chưa ghi)</source>
        <translation>Log: (not written)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108" />
        <source>Sao chép chi tiết</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="133" />
        <source>Đã sao chép</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="28" />
        <source>Sửa đơn vị</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="28" />
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="37" />
        <source>(không có — cấp cao nhất)</source>
        <translation>(none — top level)</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="42" />
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="43" />
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="44" />
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="45" />
        <source>Đơn vị cấp trên:</source>
        <translation>Parent unit:</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="48" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="84" />
        <source>chọn một đơn vị trong danh sách</source>
        <translation>choose a unit from the list</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="110" />
        <source>Đơn vị đã bị thay đổi</source>
        <translation>Unit was changed</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <location filename="../../ui/models/unit_tree.py" line="111" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/unit_tree.py" line="121" />
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ui/models/unit_tree.py" line="133" />
        <source>ngừng hoạt động</source>
        <translation>inactive</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../ui/workers.py" line="143" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="144" />
        <source>Đang xử lý</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="52" />
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55" />
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>Không giữ chức vụ lãnh đạo</source>
        <translation>No leadership position</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên</source>
        <translation>Leader at ministry/province level or above</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Lãnh đạo cấp vụ, sở, ngành và tương đương</source>
        <translation>Leader at department level</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>Lãnh đạo khác từ phó phòng trở lên</source>
        <translation>Other leader, deputy head of division or above</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Công chức</source>
        <translation>Civil servant</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Viên chức</source>
        <translation>Public employee</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>Người lao động</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Doanh nhân</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>Khối thi đua</source>
        <translation>Emulation bloc</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Đơn vị (vụ, phòng)</source>
        <translation>Department (division, office)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Tổ, nhóm</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Quốc hiệu, tiêu ngữ (cơ quan nhà nước)</source>
        <translation>National emblem line and motto (state bodies)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>ĐẢNG CỘNG SẢN VIỆT NAM (cơ quan Đảng)</source>
        <translation>COMMUNIST PARTY OF VIETNAM (Party bodies)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Tên cơ quan, đơn vị</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Cơ quan cấp trên (dòng trên tên cơ quan)</source>
        <translation>Issuing body (line above the agency name)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Địa danh ghi ngày tháng</source>
        <translation>Place name on date lines</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>Người ký mặc định</source>
        <translation>Default signer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>Chức vụ người ký</source>
        <translation>Signer's title</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Kiểu tiêu đề văn bản</source>
        <translation>Document header style</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>thêm mới</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>cập nhật</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>lỗi</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/__main__.py" line="61" />
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <location filename="../../ui/__main__.py" line="112" />
        <location filename="../../ui/__main__.py" line="119" />
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/__main__.py" line="120" />
        <source>Không mở được cơ sở dữ liệu %1: %2
Tệp có thể không phải cơ sở dữ liệu của TĐKT Desk hoặc đã bị hỏng.</source>
        <translation>Cannot open the database %1: %2
The file may not be a TĐKT Desk database, or it is damaged.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../ui/widgets.py" line="32" />
        <source>nhập theo dạng ngày/tháng/năm, ví dụ 05/03/1985</source>
        <translation>type day/month/year, e.g. 05/03/1985</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="37" />
        <source>ngày không có thật</source>
        <translation>no such date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="94" />
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="142" />
        <source>gõ vài chữ của tên đơn vị…</source>
        <translation>type part of the unit's name…</translation>
    </message>
</context>
</TS>