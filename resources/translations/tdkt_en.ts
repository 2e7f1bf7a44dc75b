<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="vi">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/help.py" line="197" />
        <location filename="../../ui/help.py" line="244" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="198" />
        <source>phiên bản %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="201" />
        <source>Phần mềm quản lý công tác thi đua, khen thưởng cho Thường trực Hội đồng Thi đua – Khen thưởng.</source>
        <translation>Emulation and commendation management for the standing office of the Emulation and Commendation Council.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="211" />
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="212" />
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="213" />
        <source>Thư mục nhật ký:</source>
        <translation>Log folder:</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="224" />
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="244" />
        <source>Không mở được thư mục %1.</source>
        <translation>Could not open the folder %1.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accounts/menu.py" line="42" />
        <source>Quản lý tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="45" />
        <source>Tên đăng nhập</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="45" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="45" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="45" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="52" />
        <source>Thêm tài khoản…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="53" />
        <source>Vô hiệu hóa / dùng lại</source>
        <translation>Disable / enable</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="54" />
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="79" />
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="79" />
        <source>Chuyên viên</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="79" />
        <source>Chỉ xem</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="82" />
        <source>Vô hiệu hóa</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="82" />
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>AccountsMenu</name>
    <message>
        <location filename="../../ui/accounts/menu.py" line="135" />
        <source>Tài &amp;khoản</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="152" />
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="153" />
        <source>Đã tạo tài khoản quản trị. Từ lần mở sau, chương trình sẽ hỏi đăng nhập.</source>
        <translation>The administrator account was created. From the next start the program asks for a login.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="163" />
        <source>Đổi &amp;mật khẩu…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="166" />
        <source>&amp;Quản lý tài khoản…</source>
        <translation>&amp;Manage accounts…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="169" />
        <source>&amp;Kiểm tra toàn vẹn…</source>
        <translation>&amp;Integrity check…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="202" />
        <source>Nhật ký thay đổi: mục cuối là số %1 nhưng máy này đã thấy đến mục số %2 — các mục cuối đã bị xóa ngoài chương trình.</source>
        <translation>Change log: the last entry is number %1 but this PC has seen up to number %2 — the last entries were deleted outside the program.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="224" />
        <source>Không kiểm tra được nhật ký thay đổi: %1</source>
        <translation>The change log could not be checked: %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="241" />
        <source>… và %1 vấn đề khác (Tài khoản → Kiểm tra toàn vẹn).</source>
        <translation>… and %1 more problems (Account → Integrity check).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/menu.py" line="248" />
        <source>Cảnh báo toàn vẹn dữ liệu:</source>
        <translation>Data integrity warning:</translation>
    </message>
</context>
<context>
    <name>AssessorsDialog</name>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="350" />
        <source>Người chấm điểm</source>
        <translation>Assessors</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="351" />
        <source>Các thành viên của khối chấm chéo lẫn nhau</source>
        <translation>The bloc's members score each other</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="352" />
        <source>Danh sách người chấm (ví dụ thành viên Hội đồng TĐKT)</source>
        <translation>A list of assessors (e.g. the council's members)</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="356" />
        <source>Thêm thành viên Hội đồng</source>
        <translation>Add the council's members</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="359" />
        <source>Họ và tên người chấm</source>
        <translation>Assessor's full name</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="361" />
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="363" />
        <location filename="../../ui/blocs/scoring_tab.py" line="478" />
        <source>Xóa người chấm</source>
        <translation>Remove assessor</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="371" />
        <source>Hội đồng:</source>
        <translation>Council:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="374" />
        <source>công tác tại</source>
        <translation>works at</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="377" />
        <source>Người khác:</source>
        <translation>Someone else:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="389" />
        <source>(không thuộc đơn vị nào được chấm)</source>
        <translation>(none of the units scored)</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="422" />
        <source>không chấm %1</source>
        <translation>does not score %1</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="479" />
        <source>Xóa %1 cùng mọi điểm người này đã chấm?</source>
        <translation>Remove %1 and every score this assessor gave?</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="137" />
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="152" />
        <source>(mọi bảng)</source>
        <translation>(all tables)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="156" />
        <source>mã dòng</source>
        <translation>row id</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="159" />
        <source>tài khoản</source>
        <translation>account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="161" />
        <source>Từ ngày</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="165" />
        <source>Lọc</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="167" />
        <source>Kiểm tra toàn vẹn…</source>
        <translation>Integrity check…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="172" />
        <source>Bảng:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="207" />
        <source>%1 mục</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="209" />
        <source> (mới nhất; hãy lọc để xem các mục cũ hơn)</source>
        <translation> (newest; filter to see older entries)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="253" />
        <source>Kiểm tra toàn vẹn</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="258" />
        <source>Cơ sở dữ liệu toàn vẹn: nhật ký thay đổi liền mạch, dữ liệu khớp nhật ký, các kết quả niêm phong khớp.</source>
        <translation>The database is intact: the change log is unbroken, the data matches it, the sealed results match their seals.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="268" />
        <source>Phát hiện %1 vấn đề về toàn vẹn dữ liệu (xem chi tiết).</source>
        <translation>%1 integrity problems found (see the details).</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="279" />
        <source>Đang kiểm tra toàn vẹn…</source>
        <translation>Checking integrity…</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="61" />
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="62" />
        <source>Thời gian (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="63" />
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="64" />
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="65" />
        <source>Bảng</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="66" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="79" />
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="79" />
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="79" />
        <source>Sau</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="113" />
        <source>Sửa khen thưởng</source>
        <translation>Edit award</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="113" />
        <source>Thêm khen thưởng</source>
        <translation>Add award</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="120" />
        <source>Danh hiệu, hình thức</source>
        <translation>Title or form</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="121" />
        <source>Năm được khen</source>
        <translation>Year awarded</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="122" />
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="124" />
        <source>ví dụ: 125/QĐ-UBND</source>
        <translation>e.g. 125/QĐ-UBND</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="125" />
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="126" />
        <source>Cơ quan ban hành</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="140" />
        <source>chưa chọn</source>
        <translation>not chosen</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../../ui/backup_box.py" line="59" />
        <source>Sao lưu &amp;&amp; khôi phục</source>
        <translation>Backup &amp;&amp; restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="67" />
        <source>Ngày giờ</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="67" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="67" />
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="78" />
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="80" />
        <source>Khôi phục…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="81" />
        <source>Khôi phục bản sao lưu đang chọn, hoặc chọn một tệp khác</source>
        <translation>Restore the selected backup, or choose another file</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="97" />
        <source>Cơ sở dữ liệu trên máy chủ: «Sao lưu ngay» chạy pg_dump ra một tệp bạn chọn. Khôi phục trên máy chủ do quản trị viên làm bằng pg_restore (xem README).</source>
        <translation>Database on the office server: “Back up now” runs pg_dump to a file you choose. The administrator restores the server with pg_restore (see README).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="106" />
        <source>Chương trình tự sao lưu lần mở đầu tiên mỗi ngày (giữ 14 ngày gần nhất và 12 tháng), trước khi nâng cấp và trước khi nhập dữ liệu. Thư mục: %1</source>
        <translation>The program backs up automatically at the first start of each day (keeping the last 14 days and 12 months), before upgrades and before imports. Folder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="141" />
        <source>Lưu bản sao lưu máy chủ</source>
        <translation>Save the server backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="141" />
        <source>Bản sao lưu PostgreSQL (*.dump)</source>
        <translation>PostgreSQL backup (*.dump)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="154" />
        <source>Đã sao lưu vào %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="159" />
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="167" />
        <source>Chọn bản sao lưu để khôi phục</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="167" />
        <source>Cơ sở dữ liệu TĐKT (*.db);;Mọi tệp (*)</source>
        <translation>TĐKT database (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="178" />
        <source>Đang kiểm tra bản sao lưu…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="183" />
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="185" />
        <source>Khôi phục dữ liệu từ %1?

Dữ liệu hiện tại được sao lưu trước (lý do «Trước khi khôi phục»), rồi được thay bằng bản này. Sau khi khôi phục chương trình sẽ đóng lại; hãy mở lại để làm việc tiếp.</source>
        <translation>Restore the data from %1?

The current data is backed up first (reason “Before a restore”) and then replaced by this one. After the restore the program closes; open it again to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="204" />
        <source>Đang khôi phục…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="207" />
        <source>Đã khôi phục từ %1.</source>
        <translation>Restored from %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="209" />
        <source>Dữ liệu trước đó được giữ tại %1.</source>
        <translation>The previous data is kept at %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="212" />
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="213" />
        <source>Chương trình sẽ đóng lại; hãy mở lại để làm việc tiếp.</source>
        <translation>The program will close; open it again to continue.</translation>
    </message>
</context>
<context>
    <name>BallotDialog</name>
    <message>
        <location filename="../../ui/council/dialogs.py" line="231" />
        <source>Tạo phiếu bầu</source>
        <translation>New ballot</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="234" />
        <source>%1 (%2 người)</source>
        <translation>%1 (%2 people)</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="237" />
        <location filename="../../ui/council/dialogs.py" line="240" />
        <source>không giới hạn</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="245" />
        <source>Danh hiệu:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="246" />
        <source>Số người được đồng ý tối đa trên một phiếu:</source>
        <translation>Most approvals on one sheet:</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="247" />
        <source>Số lượng được chọn tối đa:</source>
        <translation>Most to be chosen:</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="248" />
        <source>Số phiếu in dự phòng:</source>
        <translation>Spare papers:</translation>
    </message>
</context>
<context>
    <name>BallotsTab</name>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="75" />
        <location filename="../../ui/council/ballots_tab.py" line="452" />
        <source>Phiếu bầu</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="76" />
        <source>Ứng viên</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="77" />
        <source>Ngưỡng</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="78" />
        <source>Lượt A</source>
        <translation>Pass A</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="79" />
        <source>Lượt B</source>
        <translation>Pass B</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="80" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="93" />
        <source>Tạo phiếu bầu…</source>
        <translation>New ballot…</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="95" />
        <source>In phiếu bầu (PDF)…</source>
        <translation>Print ballot papers (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="97" />
        <source>Nhập lượt A</source>
        <translation>Enter pass A</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="99" />
        <source>Nhập lượt B</source>
        <translation>Enter pass B</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="101" />
        <source>So sánh</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="103" />
        <source>Kiểm phiếu và niêm phong…</source>
        <translation>Tally and seal…</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="105" />
        <source>Mở lại…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="107" />
        <source>Bỏ phiếu vòng 2</source>
        <translation>Second round</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="109" />
        <source>Biên bản kiểm phiếu (PDF)…</source>
        <translation>Tally minutes (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="111" />
        <source>Kết quả (Excel)…</source>
        <translation>Results (Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="113" />
        <source>Xuất Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="114" />
        <source>Biên bản kiểm phiếu, tệp Word để sửa và ký</source>
        <translation>Tally minutes, as a Word file to edit and sign</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="116" />
        <source>Lịch sử thay đổi…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="148" />
        <source>Chọn một phiếu bầu rồi bấm «Nhập lượt A», «Nhập lượt B» hoặc «So sánh».</source>
        <translation>Choose a ballot, then press “Enter pass A”, “Enter pass B” or “Compare”.</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="183" />
        <source>từ %1 của %2 thành viên</source>
        <translation>%1 of %2 members</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="237" />
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="239" />
        <source>Đã niêm phong lúc %1 bởi %2. Đạt: %3. Mã niêm phong: %4</source>
        <translation>Sealed at %1 by %2. Passed: %3. Seal: %4</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="267" />
        <source>Tạo phiếu bầu</source>
        <translation>New ballot</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="268" />
        <source>Không còn đề nghị nào chờ bỏ phiếu (trạng thái «Đã kiểm tra», danh hiệu phải bỏ phiếu kín).</source>
        <translation>No nomination awaits a vote (status “Checked”, an award that needs a secret ballot).</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="286" />
        <source>Chưa đủ số lượng</source>
        <translation>No quorum</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="362" />
        <source>Bằng phiếu</source>
        <translation>Tie</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="364" />
        <source>Các ứng viên số %1 bằng phiếu ngoài số lượng (còn %2 suất).
Ghi số thứ tự được Chủ tịch quyết định chọn, hoặc để trống để niêm phong và bỏ phiếu vòng 2:</source>
        <translation>Candidates %1 are tied across the quota (%2 places left).
Type the numbers the Chair chose, or leave empty to seal and hold a second round:</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="375" />
        <source>Quyết định của Chủ tịch</source>
        <translation>The Chair's decision</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="375" />
        <source>Nội dung quyết định (ghi vào biên bản):</source>
        <translation>The decision (printed in the minutes):</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="381" />
        <source>Niêm phong kết quả</source>
        <translation>Seal the result</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="383" />
        <source>Kết quả kiểm phiếu:
%1

Niêm phong? Sau khi niêm phong, muốn sửa phải «Mở lại» và ghi lý do.</source>
        <translation>Tally result:
%1

Seal it? Once sealed, changes need “Reopen” with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="396" />
        <source>Đang niêm phong kết quả…</source>
        <translation>Sealing the result…</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="404" />
        <source>Mở lại phiếu bầu đã niêm phong</source>
        <translation>Reopen a sealed ballot</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="404" />
        <source>Lý do mở lại (bắt buộc, được ghi nhật ký):</source>
        <translation>Reason for reopening (required, logged):</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="414" />
        <source>Đang mở lại phiếu bầu…</source>
        <translation>Reopening the ballot…</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="442" />
        <source>Đã ghi tệp.</source>
        <translation>The file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="451" />
        <source>Lưu phiếu bầu</source>
        <translation>Save the ballot papers</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="454" />
        <source>Đang tạo phiếu bầu…</source>
        <translation>Writing the ballot papers…</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="464" />
        <location filename="../../ui/council/ballots_tab.py" line="471" />
        <source>Lưu biên bản kiểm phiếu</source>
        <translation>Save the tally minutes</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="464" />
        <location filename="../../ui/council/ballots_tab.py" line="472" />
        <source>Biên bản kiểm phiếu</source>
        <translation>Tally minutes</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="464" />
        <location filename="../../ui/council/ballots_tab.py" line="473" />
        <source>Đang tạo biên bản…</source>
        <translation>Writing the minutes…</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="478" />
        <source>Lưu kết quả kiểm phiếu</source>
        <translation>Save the tally results</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="478" />
        <source>Kết quả kiểm phiếu</source>
        <translation>Tally results</translation>
    </message>
    <message>
        <location filename="../../ui/council/ballots_tab.py" line="478" />
        <source>Đang tạo tệp Excel…</source>
        <translation>Writing the Excel file…</translation>
    </message>
</context>
<context>
    <name>BaseSalaryDialog</name>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="43" />
        <source>Mức lương cơ sở</source>
        <translation>Base salary</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="45" />
        <source>Áp dụng từ ngày</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="46" />
        <source>Mức lương cơ sở (đồng/tháng)</source>
        <translation>Base salary (VND/month)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="47" />
        <source>ví dụ 2.340.000</source>
        <translation>e.g. 2,340,000</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="48" />
        <source>Văn bản</source>
        <translation>Legal text</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="49" />
        <source>ví dụ Nghị định 73/2024/NĐ-CP</source>
        <translation>e.g. Decree 73/2024/NĐ-CP</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="61" />
        <source>chưa nhập ngày</source>
        <translation>no date entered</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="67" />
        <source>phải là số nguyên đồng, ví dụ 2.340.000</source>
        <translation>must be a whole number of đồng, e.g. 2,340,000</translation>
    </message>
</context>
<context>
    <name>BlankTemplateEditor</name>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="163" />
        <source>Vị trí các ô trên phôi</source>
        <translation>Field boxes on the blank</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="197" />
        <source>Trái (mm)</source>
        <translation>Left (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="198" />
        <source>Trên (mm)</source>
        <translation>Top (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="199" />
        <source>Rộng (mm)</source>
        <translation>Width (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="200" />
        <source>Cao (mm)</source>
        <translation>Height (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="212" />
        <source>Tải ảnh phôi đã quét…</source>
        <translation>Load the scanned blank…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="215" />
        <source>Về vị trí mặc định</source>
        <translation>Back to the default positions</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="219" />
        <source>Kéo ô để di chuyển; kéo góc dưới bên phải để đổi kích thước. Đơn vị: mm tính từ mép trái và mép trên tờ giấy.</source>
        <translation>Drag a box to move it; drag its bottom-right corner to resize it. Unit: mm from the sheet's left and top edges.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="225" />
        <source>Mẫu:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="227" />
        <source>Các ô in:</source>
        <translation>Printed fields:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="241" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="242" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="302" />
        <source>Chưa lưu vị trí các ô</source>
        <translation>Box positions not saved</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="303" />
        <source>Vị trí các ô trên phôi «%1» đã thay đổi mà chưa lưu. Lưu lại trước khi đóng?</source>
        <translation>The box positions on the blank “%1” changed and are not saved. Save them before closing?</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="341" />
        <source>Chưa có ảnh phôi. Quét một tờ phôi trắng (300 dpi) rồi tải ảnh lên để đặt các ô cho khớp.</source>
        <translation>No image of the blank yet. Scan an empty blank (300 dpi) and load it to line the boxes up.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="351" />
        <source>Ảnh phôi: %1</source>
        <translation>Blank image: %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="420" />
        <source>Không đọc được ảnh %1 (cần PNG hoặc JPG).</source>
        <translation>Cannot read the image %1 (PNG or JPG needed).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="428" />
        <source>Chọn ảnh phôi đã quét</source>
        <translation>Choose the scanned blank</translation>
    </message>
    <message>
        <location filename="../../ui/printing/template_editor.py" line="428" />
        <source>Ảnh (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>BlocsScreen</name>
    <message>
        <location filename="../../ui/blocs/blocs_screen.py" line="104" />
        <source>Thêm khối…</source>
        <translation>Add bloc…</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/blocs_screen.py" line="110" />
        <source>Khối, cụm thi đua</source>
        <translation>Emulation blocs and clusters</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/blocs_screen.py" line="125" />
        <source>Thành viên, khối trưởng</source>
        <translation>Members, leadership</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/blocs_screen.py" line="126" />
        <source>Giao ước thi đua</source>
        <translation>Pledge</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/blocs_screen.py" line="127" />
        <source>Bảng tiêu chí</source>
        <translation>Criteria tables</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/blocs_screen.py" line="128" />
        <source>Chấm điểm</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/blocs_screen.py" line="129" />
        <source>Xếp hạng</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/blocs_screen.py" line="133" />
        <source>Chưa có khối thi đua nào. Bấm «Thêm khối…» để tạo khối, thêm các cơ quan thành viên, rồi lập bảng tiêu chí và chấm điểm.</source>
        <translation>No emulation bloc yet. Press “Add bloc…” to create one, add its member agencies, then set up a criteria table and score.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/blocs_screen.py" line="197" />
        <source>%1 thành viên</source>
        <translation>%1 members</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/accounts/login.py" line="230" />
        <location filename="../../ui/accounts/login.py" line="242" />
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="230" />
        <source>Đặt lại mật khẩu của %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="237" />
        <source>Tài khoản:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="239" />
        <source>Mật khẩu hiện tại:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="240" />
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="241" />
        <source>Nhập lại mật khẩu mới:</source>
        <translation>Repeat the new password:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="242" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="253" />
        <source>Hai lần nhập mật khẩu mới không giống nhau.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="299" />
        <location filename="../../ui/import_wizard.py" line="338" />
        <source>Chọn tệp Excel</source>
        <translation>Choose the Excel file</translation>
    </message>
    <message>
        <source>Tệp .xlsx theo mẫu: sheet «Cán bộ» (bắt buộc) và sheet «Đơn vị» (nếu có đơn vị mới).</source>
        <translation>An .xlsx file in the template's layout: sheet “Cán bộ” (required) and sheet “Đơn vị” (if there are new units).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="302" />
        <source>Đường dẫn tệp .xlsx</source>
        <translation>Path of the .xlsx file</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="303" />
        <source>Chọn tệp…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="304" />
        <source>Lưu tệp mẫu trống…</source>
        <translation>Save blank template…</translation>
    </message>
    <message>
        <source>Chương trình sẽ đọc và kiểm tra toàn bộ tệp trước; chưa có gì được ghi cho đến khi bạn bấm «Nhập» ở bước sau. Cán bộ trùng mã với người đã có sẽ được cập nhật, không bị nhân đôi.</source>
        <translation>The whole file is read and checked first; nothing is written until you press “Import” in the next step. Staff whose code already exists are updated, not duplicated.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="318" />
        <source>Chưa có tệp theo mẫu?</source>
        <translation>No file in the template's layout yet?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="340" />
        <source>Tệp Excel (*.xlsx);;Mọi tệp (*)</source>
        <translation>Excel files (*.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>CompareWidget</name>
    <message>
        <location filename="../../ui/council/compare_view.py" line="57" />
        <source>So sánh hai lượt nhập – %1</source>
        <translation>Compare the two passes – %1</translation>
    </message>
    <message>
        <location filename="../../ui/council/compare_view.py" line="67" />
        <source>Số phiếu</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/council/compare_view.py" line="67" />
        <source>Lượt A</source>
        <translation>Pass A</translation>
    </message>
    <message>
        <location filename="../../ui/council/compare_view.py" line="67" />
        <source>Lượt B</source>
        <translation>Pass B</translation>
    </message>
    <message>
        <location filename="../../ui/council/compare_view.py" line="76" />
        <source>Lấy theo lượt A</source>
        <translation>Keep pass A</translation>
    </message>
    <message>
        <location filename="../../ui/council/compare_view.py" line="77" />
        <source>Lấy theo lượt B</source>
        <translation>Keep pass B</translation>
    </message>
    <message>
        <location filename="../../ui/council/compare_view.py" line="82" />
        <source>Nội dung đúng theo phiếu giấy, ví dụ: 3 17 (v: văn bản, k: không hợp lệ)</source>
        <translation>The right reading of the paper sheet, e.g. 3 17 (v: written, k: invalid)</translation>
    </message>
    <message>
        <location filename="../../ui/council/compare_view.py" line="84" />
        <source>Sửa cả hai lượt</source>
        <translation>Correct both passes</translation>
    </message>
    <message>
        <location filename="../../ui/council/compare_view.py" line="88" />
        <source>Xem phiếu quét…</source>
        <translation>View scanned sheets…</translation>
    </message>
    <message>
        <location filename="../../ui/council/compare_view.py" line="129" />
        <source>Hai lượt nhập khớp nhau (%1 phiếu). Có thể kiểm phiếu và niêm phong.</source>
        <translation>The two passes agree (%1 sheets). The tally can be sealed.</translation>
    </message>
    <message>
        <location filename="../../ui/council/compare_view.py" line="137" />
        <source>Hai lượt nhập khác nhau ở %1 phiếu (lượt A: %2 phiếu, lượt B: %3 phiếu). Hãy xem lại phiếu giấy và sửa; chưa thể kiểm phiếu.</source>
        <translation>The two passes differ on %1 sheets (pass A: %2 sheets, pass B: %3 sheets). Check the paper sheets and correct them; the tally is blocked.</translation>
    </message>
    <message>
        <location filename="../../ui/council/compare_view.py" line="156" />
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ConnectingDialog</name>
    <message>
        <location filename="../../ui/connection/dialog.py" line="243" />
        <source>Đang kết nối máy chủ…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="243" />
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="253" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../ui/connection/dialog.py" line="94" />
        <source>Kết nối cơ sở dữ liệu</source>
        <translation>Database connection</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="98" />
        <source>Chào mừng đến với TĐKT Desk. Hãy chọn nơi lưu dữ liệu của chương trình; có thể đổi lại trong Cài đặt.</source>
        <translation>Welcome to TĐKT Desk. Choose where the program keeps its data; you can change it later in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="101" />
        <source>Kết nối mới sẽ được dùng từ lần mở chương trình sau.</source>
        <translation>The new connection is used from the next start of the program.</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="108" />
        <source>Nhiều máy cùng nhập liệu (ví dụ nhập phiếu hai lần) cần máy chủ của cơ quan. Mật khẩu không bao giờ được ghi vào tệp cài đặt.</source>
        <translation>Several PCs entering data together (e.g. double entry of ballots) need the office server. The password is never written to the settings file.</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="116" />
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="116" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="118" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="118" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <location filename="../../ui/connection/form.py" line="65" />
        <source>Dùng trên một máy (tệp dữ liệu trên máy này)</source>
        <translation>One PC (a data file on this computer)</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="66" />
        <source>Máy chủ của cơ quan (PostgreSQL)</source>
        <translation>Office server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="73" />
        <source>Đường dẫn tệp dữ liệu (.db)</source>
        <translation>Path of the data file (.db)</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="75" />
        <source>Chọn tệp…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="83" />
        <source>ví dụ: 192.168.1.10</source>
        <translation>e.g. 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="89" />
        <source>ví dụ: tdkt</source>
        <translation>e.g. tdkt</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="93" />
        <source>Ghi nhớ mật khẩu</source>
        <translation>Remember the password</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="97" />
        <source>Mật khẩu được cất trong kho mật khẩu của hệ điều hành, không bao giờ ghi vào tệp cài đặt. Nếu máy không có kho mật khẩu, chương trình sẽ hỏi mật khẩu mỗi lần mở.</source>
        <translation>The password is kept in the operating system's password store, never in the settings file. Without a password store the program asks for it at every start.</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="104" />
        <source>Kiểm tra kết nối</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="113" />
        <source>Cổng:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="129" />
        <source>Máy chủ:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="130" />
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="131" />
        <source>Tên đăng nhập:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="132" />
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="213" />
        <source>bắt buộc</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="216" />
        <source>Hãy chọn tệp dữ liệu.</source>
        <translation>Choose the data file.</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="238" />
        <source>Đang kết nối…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="252" />
        <source>Kết nối được. Máy chủ: %1</source>
        <translation>Connected. Server: %1</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="260" />
        <source>Không kết nối được: %1</source>
        <translation>Cannot connect: %1</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="291" />
        <source>Chọn tệp dữ liệu</source>
        <translation>Choose the data file</translation>
    </message>
    <message>
        <location filename="../../ui/connection/form.py" line="292" />
        <source>Tệp dữ liệu TĐKT (%1);;Mọi tệp (*)</source>
        <translation>TĐKT data files (%1);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsBox</name>
    <message>
        <location filename="../../ui/connection/dialog.py" line="211" />
        <source>Cơ sở dữ liệu (riêng máy này)</source>
        <translation>Database (this PC only)</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="213" />
        <source>Đang dùng: %1</source>
        <translation>In use: %1</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="216" />
        <source>Kết nối cơ sở dữ liệu…</source>
        <translation>Database connection…</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="218" />
        <source>Thay đổi kết nối có hiệu lực khi mở lại chương trình.</source>
        <translation>A new connection takes effect when the program is started again.</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="229" />
        <source>Đã lưu kết nối mới; hãy đóng và mở lại chương trình để dùng.</source>
        <translation>The new connection is saved; close and restart the program to use it.</translation>
    </message>
</context>
<context>
    <name>CopyToServerDialog</name>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="69" />
        <source>Chuyển dữ liệu lên máy chủ</source>
        <translation>Move data to the server</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="74" />
        <source>Tệp dữ liệu (.db) cần chuyển</source>
        <translation>Data file (.db) to move</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="76" />
        <source>Chọn tệp…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="79" />
        <source>Dữ liệu nguồn (tệp trên máy này)</source>
        <translation>Source data (a file on this PC)</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="84" />
        <source>Một tệp dữ liệu khác trên máy này</source>
        <translation>Another data file on this PC</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="86" />
        <source>Nơi nhận dữ liệu</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="89" />
        <source>Xóa dữ liệu đang có ở nơi nhận rồi chép đè</source>
        <translation>Delete the data at the destination and overwrite it</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="92" />
        <source>Cảnh báo: mọi dữ liệu đang có ở nơi nhận sẽ bị xóa và thay bằng dữ liệu nguồn. Không thể hoàn tác. Chỉ chọn khi chắc chắn nơi nhận không còn dữ liệu cần giữ.</source>
        <translation>Warning: all data at the destination will be deleted and replaced by the source data. This cannot be undone. Tick it only when the destination holds nothing worth keeping.</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="102" />
        <source>Dữ liệu nguồn không bị thay đổi. Nơi nhận phải trống, trừ khi chọn chép đè.</source>
        <translation>The source data is not changed. The destination must be empty unless you choose to overwrite.</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="108" />
        <source>Bắt đầu chuyển</source>
        <translation>Start moving</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="133" />
        <source>Hãy chọn tệp dữ liệu nguồn.</source>
        <translation>Choose the source data file.</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="136" />
        <source>Không có tệp này.</source>
        <translation>This file does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="139" />
        <source>Nơi nhận phải khác tệp nguồn.</source>
        <translation>The destination must differ from the source file.</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="150" />
        <source>Chép đè dữ liệu</source>
        <translation>Overwrite data</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="151" />
        <source>Mọi dữ liệu đang có ở nơi nhận sẽ bị xóa và thay bằng dữ liệu nguồn. Tiếp tục?</source>
        <translation>All data at the destination will be deleted and replaced by the source data. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="161" />
        <location filename="../../ui/connection/copy_dialog.py" line="165" />
        <source>Đang chuyển dữ liệu…</source>
        <translation>Moving data…</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="185" />
        <source>Chưa chuyển được; nơi nhận không bị thay đổi.</source>
        <translation>Not moved; the destination was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="195" />
        <source>máy chủ %1</source>
        <translation>server %1</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="201" />
        <source>Đã chuyển dữ liệu</source>
        <translation>Data moved</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="202" />
        <source>Từ lần mở sau, máy này có dùng dữ liệu ở %1 không?</source>
        <translation>Should this PC use the data at %1 from the next start?</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="210" />
        <source>Đã lưu kết nối</source>
        <translation>Connection saved</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="211" />
        <source>Đã lưu kết nối mới. Thay đổi có hiệu lực khi mở lại chương trình.</source>
        <translation>The new connection is saved. It takes effect when the program is started again.</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="222" />
        <source>Chọn tệp dữ liệu nguồn</source>
        <translation>Choose the source data file</translation>
    </message>
    <message>
        <location filename="../../ui/connection/copy_dialog.py" line="224" />
        <source>Tệp dữ liệu TĐKT (%1);;Mọi tệp (*)</source>
        <translation>TĐKT data files (%1);;All files (*)</translation>
    </message>
</context>
<context>
    <name>CouncilScreen</name>
    <message>
        <location filename="../../ui/council/council_screen.py" line="63" />
        <source>Tạo phiên họp…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/council/council_screen.py" line="66" />
        <source>Đợt xét:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <location filename="../../ui/council/council_screen.py" line="68" />
        <source>Phiên họp:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <location filename="../../ui/council/council_screen.py" line="79" />
        <source>Thành viên Hội đồng</source>
        <translation>Council members</translation>
    </message>
    <message>
        <location filename="../../ui/council/council_screen.py" line="80" />
        <source>Phiên họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/council/council_screen.py" line="81" />
        <source>Bỏ phiếu</source>
        <translation>Voting</translation>
    </message>
    <message>
        <source>Tạo Hội đồng…</source>
        <translation>New council…</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị</source>
        <translation>Position, unit</translation>
    </message>
    <message>
        <source>Nhiệm kỳ</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thêm thành viên…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Thôi / cho tham gia lại</source>
        <translation>Leave / rejoin</translation>
    </message>
    <message>
        <source>tổng số thành viên</source>
        <translation>of all members</translation>
    </message>
    <message>
        <source>Lưu thông tin phiên họp</source>
        <translation>Save the meeting details</translation>
    </message>
    <message>
        <source>Thời gian, địa điểm</source>
        <translation>Time and place</translation>
    </message>
    <message>
        <source>Bắt đầu:</source>
        <translation>Starts:</translation>
    </message>
    <message>
        <source>Kết thúc:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Số lượng tối thiểu có mặt:</source>
        <translation>Quorum:</translation>
    </message>
    <message>
        <source>Tham dự</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Ý kiến bằng văn bản</source>
        <translation>Written opinion</translation>
    </message>
    <message>
        <source>Ban kiểm phiếu (chọn trong số thành viên có mặt)</source>
        <translation>Counting committee (chosen among the members present)</translation>
    </message>
    <message>
        <source>Lưu Ban kiểm phiếu</source>
        <translation>Save the counting committee</translation>
    </message>
    <message>
        <source>Trưởng ban:</source>
        <translation>Head:</translation>
    </message>
    <message>
        <source>Thành viên:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <source>Biên bản họp Hội đồng (PDF)…</source>
        <translation>Council meeting minutes (PDF)…</translation>
    </message>
    <message>
        <source>Xuất Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <source>Biên bản họp Hội đồng, tệp Word để sửa và ký</source>
        <translation>Council meeting minutes, as a Word file to edit and sign</translation>
    </message>
    <message>
        <source>Phiếu bầu</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <source>Ứng viên</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Ngưỡng</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Lượt A</source>
        <translation>Pass A</translation>
    </message>
    <message>
        <source>Lượt B</source>
        <translation>Pass B</translation>
    </message>
    <message>
        <source>Tạo phiếu bầu…</source>
        <translation>New ballot…</translation>
    </message>
    <message>
        <source>In phiếu bầu (PDF)…</source>
        <translation>Print ballot papers (PDF)…</translation>
    </message>
    <message>
        <source>Nhập lượt A</source>
        <translation>Enter pass A</translation>
    </message>
    <message>
        <source>Nhập lượt B</source>
        <translation>Enter pass B</translation>
    </message>
    <message>
        <source>So sánh</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Kiểm phiếu và niêm phong…</source>
        <translation>Tally and seal…</translation>
    </message>
    <message>
        <source>Mở lại…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Bỏ phiếu vòng 2</source>
        <translation>Second round</translation>
    </message>
    <message>
        <source>Biên bản kiểm phiếu (PDF)…</source>
        <translation>Tally minutes (PDF)…</translation>
    </message>
    <message>
        <source>Kết quả (Excel)…</source>
        <translation>Results (Excel)…</translation>
    </message>
    <message>
        <source>Biên bản kiểm phiếu, tệp Word để sửa và ký</source>
        <translation>Tally minutes, as a Word file to edit and sign</translation>
    </message>
    <message>
        <source>Chọn một phiếu bầu rồi bấm «Nhập lượt A», «Nhập lượt B» hoặc «So sánh».</source>
        <translation>Choose a ballot, then press “Enter pass A”, “Enter pass B” or “Compare”.</translation>
    </message>
    <message>
        <source>Chưa có Hội đồng.</source>
        <translation>No council yet.</translation>
    </message>
    <message>
        <source>Đang tham gia</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Đã thôi</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Chưa có phiên họp: chọn đợt xét rồi bấm «Tạo phiên họp…».</source>
        <translation>No meeting yet: choose a round, then press “New meeting…”.</translation>
    </message>
    <message>
        <source>từ %1 của %2 thành viên</source>
        <translation>%1 of %2 members</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Đã niêm phong lúc %1 bởi %2. Đạt: %3. Mã niêm phong: %4</source>
        <translation>Sealed at %1 by %2. Passed: %3. Seal: %4</translation>
    </message>
    <message>
        <source>Tạo Hội đồng</source>
        <translation>New council</translation>
    </message>
    <message>
        <source>Tên Hội đồng:</source>
        <translation>Council name:</translation>
    </message>
    <message>
        <location filename="../../ui/council/council_screen.py" line="209" />
        <source>Tạo phiên họp</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/council/council_screen.py" line="209" />
        <source>Địa điểm họp:</source>
        <translation>Meeting place:</translation>
    </message>
    <message>
        <source>chưa nhập thời gian bắt đầu</source>
        <translation>the start time is missing</translation>
    </message>
    <message>
        <source>giờ kết thúc phải sau giờ bắt đầu</source>
        <translation>the end must be after the start</translation>
    </message>
    <message>
        <source>Nội dung ý kiến bằng văn bản của %1 (có thể nhập sau ở cột «Ý kiến bằng văn bản»):</source>
        <translation>The written opinion of %1 (it can also be typed later in the “Written opinion” column):</translation>
    </message>
    <message>
        <source>Tạo phiếu bầu</source>
        <translation>New ballot</translation>
    </message>
    <message>
        <source>Không còn đề nghị nào chờ bỏ phiếu (trạng thái «Đã kiểm tra», danh hiệu phải bỏ phiếu kín).</source>
        <translation>No nomination awaits a vote (status “Checked”, an award that needs a secret ballot).</translation>
    </message>
    <message>
        <source>Chưa đủ số lượng</source>
        <translation>No quorum</translation>
    </message>
    <message>
        <source>Bằng phiếu</source>
        <translation>Tie</translation>
    </message>
    <message>
        <source>Các ứng viên số %1 bằng phiếu ngoài số lượng (còn %2 suất).
Ghi số thứ tự được Chủ tịch quyết định chọn, hoặc để trống để niêm phong và bỏ phiếu vòng 2:</source>
        <translation>Candidates %1 are tied across the quota (%2 places left).
Type the numbers the Chair chose, or leave empty to seal and hold a second round:</translation>
    </message>
    <message>
        <source>Quyết định của Chủ tịch</source>
        <translation>The Chair's decision</translation>
    </message>
    <message>
        <source>Nội dung quyết định (ghi vào biên bản):</source>
        <translation>The decision (printed in the minutes):</translation>
    </message>
    <message>
        <source>Niêm phong kết quả</source>
        <translation>Seal the result</translation>
    </message>
    <message>
        <source>Kết quả kiểm phiếu:
%1

Niêm phong? Sau khi niêm phong, muốn sửa phải «Mở lại» và ghi lý do.</source>
        <translation>Tally result:
%1

Seal it? Once sealed, changes need “Reopen” with a reason.</translation>
    </message>
    <message>
        <source>Mở lại phiếu bầu đã niêm phong</source>
        <translation>Reopen a sealed ballot</translation>
    </message>
    <message>
        <source>Lý do mở lại (bắt buộc, được ghi nhật ký):</source>
        <translation>Reason for reopening (required, logged):</translation>
    </message>
    <message>
        <source>Đã ghi tệp.</source>
        <translation>The file was written.</translation>
    </message>
    <message>
        <source>Biên bản họp Hội đồng %1.pdf</source>
        <translation>Council meeting minutes %1.pdf</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Đã ghi tệp %1</source>
        <translation>File written: %1</translation>
    </message>
    <message>
        <source>Lưu phiếu bầu</source>
        <translation>Save the ballot papers</translation>
    </message>
    <message>
        <source>Phiếu bầu.pdf</source>
        <translation>Ballot papers.pdf</translation>
    </message>
    <message>
        <source>Đang tạo phiếu bầu…</source>
        <translation>Writing the ballot papers…</translation>
    </message>
    <message>
        <source>Lưu biên bản kiểm phiếu</source>
        <translation>Save the tally minutes</translation>
    </message>
    <message>
        <source>Biên bản kiểm phiếu.pdf</source>
        <translation>Vote count minutes.pdf</translation>
    </message>
    <message>
        <source>Đang tạo biên bản…</source>
        <translation>Writing the minutes…</translation>
    </message>
    <message>
        <source>Lưu kết quả kiểm phiếu</source>
        <translation>Save the tally results</translation>
    </message>
    <message>
        <source>Kết quả kiểm phiếu.xlsx</source>
        <translation>Vote count results.xlsx</translation>
    </message>
    <message>
        <source>Đang tạo tệp Excel…</source>
        <translation>Writing the Excel file…</translation>
    </message>
    <message>
        <source>Lưu biên bản họp</source>
        <translation>Save the meeting minutes</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="36" />
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="36" />
        <source>Điểm tối đa</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="43" />
        <source>Thêm tiêu chí</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="44" />
        <source>Xóa tiêu chí</source>
        <translation>Remove criterion</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="90" />
        <source>Tổng: %1 điểm</source>
        <translation>Total: %1 points</translation>
    </message>
</context>
<context>
    <name>CriteriaItemsEditor</name>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="301" />
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="302" />
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="303" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="304" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="305" />
        <source>Thêm một dòng dưới dòng đang chọn (Insert)</source>
        <translation>Add a row below the current one (Insert)</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="395" />
        <source>Tổng điểm tối đa các tiêu chí: %1 / ? — chưa nhập tổng điểm</source>
        <translation>Criteria maximum points: %1 / ? — no declared total</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="399" />
        <source>Tổng điểm tối đa các tiêu chí: %1 / %2 — đủ</source>
        <translation>Criteria maximum points: %1 / %2 — adds up</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="406" />
        <source>Tổng điểm tối đa các tiêu chí: %1 / %2 — thiếu %3 điểm</source>
        <translation>Criteria maximum points: %1 / %2 — %3 points short</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="408" />
        <source>Tổng điểm tối đa các tiêu chí: %1 / %2 — thừa %3 điểm</source>
        <translation>Criteria maximum points: %1 / %2 — %3 points over</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="420" />
        <source>Điểm thưởng tối đa: %1 · Điểm trừ tối đa: %2</source>
        <translation>Bonus up to: %1 · Penalty up to: %2</translation>
    </message>
</context>
<context>
    <name>CriteriaItemsModel</name>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="106" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="107" />
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="108" />
        <source>Nội dung tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="109" />
        <source>Điểm tối đa</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="110" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="182" />
        <source>dòng %1: chưa nhập mã</source>
        <translation>row %1: no code</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="184" />
        <source>dòng %1: chưa nhập nội dung tiêu chí</source>
        <translation>row %1: no criterion text</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="188" />
        <source>dòng %1: điểm tối đa %2</source>
        <translation>row %1: maximum points %2</translation>
    </message>
</context>
<context>
    <name>CriteriaTab</name>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="50" />
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="53" />
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="54" />
        <source>Tên bảng tiêu chí</source>
        <translation>Criteria table</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="55" />
        <source>Tổng điểm</source>
        <translation>Total points</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="56" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="58" />
        <source>Bỏ điểm cao nhất, thấp nhất</source>
        <translation>Drop highest and lowest</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="62" />
        <source>Bỏ điểm cao nhất và thấp nhất khi có từ 5 đơn vị chấm trở lên</source>
        <translation>Drop the highest and the lowest score when 5 or more assessors have scored</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="75" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="76" />
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="77" />
        <source>Nội dung tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="78" />
        <source>Điểm tối đa</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="79" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="89" />
        <source>Thêm bảng…</source>
        <translation>Add table…</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="90" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="91" />
        <location filename="../../ui/blocs/criteria_tab.py" line="246" />
        <location filename="../../ui/blocs/criteria_tab.py" line="257" />
        <source>Chép từ năm trước</source>
        <translation>Copy from last year</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="93" />
        <source>Chép bảng tiêu chí gần nhất của khối sang một năm mới (chỉ chép tiêu chí, không chép điểm)</source>
        <translation>Copy the bloc's latest criteria table into a new year (criteria only, no scores)</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="95" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="102" />
        <source>Khối chưa có bảng tiêu chí. Bấm «Thêm bảng…» hoặc «Chép từ năm trước».</source>
        <translation>The bloc has no criteria table yet. Click “Add table…” or “Copy from last year”.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="135" />
        <source>%1 tiêu chí</source>
        <translation>%1 criteria</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="137" />
        <source>%1 điểm thưởng</source>
        <translation>%1 bonus items</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="139" />
        <source>%1 điểm trừ</source>
        <translation>%1 penalty items</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="167" />
        <source>Các tiêu chí của «%1»</source>
        <translation>Criteria of “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="169" />
        <source>Chọn một bảng để xem các tiêu chí.</source>
        <translation>Select a table to see its criteria.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="247" />
        <source>Chép bảng tiêu chí gần nhất sang năm:</source>
        <translation>Copy the latest criteria table into the year:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="258" />
        <source>Khối đã có bảng tiêu chí năm %1. Vẫn chép thêm một bảng?</source>
        <translation>The bloc already has a criteria table for %1. Copy another one anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="288" />
        <source>Xóa bảng tiêu chí «%1»?</source>
        <translation>Delete the criteria table “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="290" />
        <source>Bảng đã có %1 điểm chấm; các điểm này cũng bị xóa.</source>
        <translation>The table holds %1 scores; they will be deleted too.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_tab.py" line="291" />
        <source>Xóa bảng tiêu chí</source>
        <translation>Delete criteria table</translation>
    </message>
</context>
<context>
    <name>CriteriaTableDialog</name>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="55" />
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="56" />
        <source>Điểm thưởng</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="57" />
        <source>Điểm trừ</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="66" />
        <source>chưa nhập điểm</source>
        <translation>no points entered</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="70" />
        <location filename="../../ui/blocs/criteria_dialog.py" line="72" />
        <source>không phải là số</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="74" />
        <source>phải lớn hơn 0</source>
        <translation>must be greater than 0</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="76" />
        <source>tối đa 2 chữ số thập phân</source>
        <translation>at most 2 decimal places</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="445" />
        <source>Sửa bảng tiêu chí</source>
        <translation>Edit criteria table</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="445" />
        <source>Thêm bảng tiêu chí</source>
        <translation>Add criteria table</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="451" />
        <source>Bảng đã có %1 điểm chấm: chỉ sửa được tên và tùy chọn bỏ điểm; danh sách tiêu chí không sửa được nữa.</source>
        <translation>The table holds %1 scores: only its name and the drop option can change; its criteria can no longer be edited.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="457" />
        <source>Tên bảng tiêu chí</source>
        <translation>Criteria table</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="459" />
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="462" />
        <source>Phong trào</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="463" />
        <source>(bảng chấm điểm cả năm, không theo phong trào)</source>
        <translation>(a whole-year table, not tied to a movement)</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="467" />
        <source>Chọn phong trào khi bảng dùng để chấm điểm một phong trào (đợt) thi đua</source>
        <translation>Choose the movement when the table scores one emulation movement (drive)</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="468" />
        <source>Tổng điểm công bố</source>
        <translation>Declared total</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="470" />
        <source>Tổng điểm tối đa của các tiêu chí (không kể điểm thưởng, điểm trừ)</source>
        <translation>The total of the criteria's maximum points (bonus and penalty items not counted)</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="471" />
        <source>Bỏ điểm cao nhất và thấp nhất khi có từ 5 đơn vị chấm trở lên</source>
        <translation>Drop the highest and the lowest score when 5 or more assessors have scored</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="474" />
        <source>Các tiêu chí</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="493" />
        <source>Bảng tiêu chí chấm điểm thi đua năm %1</source>
        <translation>Emulation criteria table %1</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="527" />
        <source>không được để trống</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="536" />
        <source>chưa có tiêu chí nào</source>
        <translation>no criteria yet</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/criteria_dialog.py" line="580" />
        <source>mã %1: %2</source>
        <translation>code %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="116" />
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="118" />
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="125" />
        <source>Tổng tiền thưởng theo các quyết định trong năm (xem Báo cáo → Tiền thưởng theo đơn vị và cấp khen thưởng)</source>
        <translation>Reward money of the year's decisions (see Reports → Reward money by unit and award level)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="136" />
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="139" />
        <source>Đề nghị theo trạng thái</source>
        <translation>Nominations by status</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="140" />
        <source>Theo kết quả kiểm tra điều kiện</source>
        <translation>By eligibility check</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="146" />
        <source>Việc cần làm (bấm để mở nơi xử lý)</source>
        <translation>To do (click to open where to fix it)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="158" />
        <source>Số lượt khen thưởng theo cơ quan</source>
        <translation>Awards per agency</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="159" />
        <source>Khen thưởng theo năm và theo cấp</source>
        <translation>Awards per year and level</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="160" />
        <source>Tỷ lệ khen thưởng người trực tiếp công tác (cấp bộ trở lên)</source>
        <translation>Share of awards to non-leaders (ministry level and up)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="200" />
        <source>Không tải được số liệu tổng quan.</source>
        <translation>Could not load the overview figures.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="208" />
        <source>Chưa có đợt xét khen thưởng.</source>
        <translation>No review round yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="213" />
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 đề nghị)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2 nominations)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="215" />
        <source>hạn nộp hồ sơ %1</source>
        <translation>submission deadline %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="217" />
        <source>họp Hội đồng %1</source>
        <translation>council meeting %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="220" />
        <source>%1 cuộc bỏ phiếu chưa niêm phong</source>
        <translation>%1 ballots not sealed</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="241" />
        <source>Bấm để mở màn hình xử lý</source>
        <translation>Click to open the screen where this is fixed</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="244" />
        <source>Không có việc quá hạn.</source>
        <translation>Nothing is late.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="249" />
        <source>Chưa có dữ liệu khen thưởng</source>
        <translation>No award data yet</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="250" />
        <source>Số lượt khen thưởng theo cơ quan, năm %1</source>
        <translation>Awards per agency, %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="255" />
        <source>Số lượt</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="262" />
        <source>Cấp cơ sở</source>
        <translation>Grassroots level</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="263" />
        <source>Cấp bộ, ngành, tỉnh</source>
        <translation>Ministry / province level</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="264" />
        <source>Cấp Nhà nước</source>
        <translation>State level</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="272" />
        <source>Người trực tiếp công tác</source>
        <translation>Non-leaders</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/dashboard_screen.py" line="279" />
        <source>Tiền thưởng năm %1: &lt;b&gt;%2 đồng&lt;/b&gt;</source>
        <translation>Reward money %1: &lt;b&gt;%2 VND&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DeactivateDialog</name>
    <message>
        <location filename="../../ui/org/deactivate_dialog.py" line="15" />
        <source>Thôi công tác</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/org/deactivate_dialog.py" line="17" />
        <source>Ghi nhận %1 thôi công tác tại cơ quan. Hồ sơ và lịch sử khen thưởng vẫn được giữ lại.</source>
        <translation>Record that %1 no longer works here. The record and award history are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/org/deactivate_dialog.py" line="26" />
        <source>Thôi công tác từ ngày:</source>
        <translation>Left on:</translation>
    </message>
    <message>
        <location filename="../../ui/org/deactivate_dialog.py" line="37" />
        <source>chưa nhập ngày</source>
        <translation>no date entered</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="79" />
        <source>Quyết định khen thưởng</source>
        <translation>Award decision</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="92" />
        <source>(chọn đề nghị bằng tay)</source>
        <translation>(choose nominations by hand)</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="105" />
        <source>Lấy đề nghị đã duyệt của đợt</source>
        <translation>Take the approved nominations of</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="106" />
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="107" />
        <source>Ký hiệu</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="108" />
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="109" />
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="110" />
        <source>Cơ quan cấp trên</source>
        <translation>Superior body</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="111" />
        <source>Cơ quan ban hành</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="112" />
        <source>Chức vụ người ký</source>
        <translation>Signer's title</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="113" />
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="114" />
        <source>Địa danh</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="171" />
        <source>nhập ngày dạng dd/mm/yyyy</source>
        <translation>enter a date as dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="173" />
        <source>chưa nhập ký hiệu (ví dụ QĐ-HĐTĐKT)</source>
        <translation>no symbol entered (e.g. QĐ-HĐTĐKT)</translation>
    </message>
</context>
<context>
    <name>DecisionsScreen</name>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="266" />
        <source>Quyết định khen thưởng</source>
        <translation>Award decision</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="288" />
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="289" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="290" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="291" />
        <source>Cá nhân</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="292" />
        <source>Tập thể</source>
        <translation>Collective</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="293" />
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="297" />
        <source>Quyết định mới…</source>
        <translation>New decision…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="315" />
        <source>Số sổ vàng</source>
        <translation>Golden book no.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="316" />
        <source>Ông/Bà/Tập thể</source>
        <translation>Mr/Ms/Collective</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="317" />
        <source>Họ và tên / Tên tập thể</source>
        <translation>Name / collective</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="318" />
        <source>Chức vụ, đơn vị</source>
        <translation>Position, unit</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="319" />
        <source>Khen thưởng</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="321" />
        <source>Số tiền (đồng)</source>
        <translation>Amount (VND)</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="332" />
        <source>Chi tiền PDF…</source>
        <translation>Payment list PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="333" />
        <source>Chi tiền Excel…</source>
        <translation>Payment list Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="334" />
        <source>Danh sách chi tiền thưởng cho bộ phận tài chính, có cột ký nhận</source>
        <translation>The reward payment list for the finance office, with a column for the recipient's signature</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="338" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="339" />
        <source>Thêm đề nghị…</source>
        <translation>Add nominations…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="340" />
        <source>Bỏ khỏi danh sách</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="341" />
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="342" />
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="343" />
        <location filename="../../ui/decisions/decisions_screen.py" line="635" />
        <source>Xóa dự thảo</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="344" />
        <source>Ban hành</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="346" />
        <source>Ghi khen thưởng vào lịch sử, chuyển các đề nghị sang «Đã có quyết định» và khóa quyết định</source>
        <translation>Write the awards into history, mark the nominations decided and lock the decision</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="348" />
        <source>Danh sách PDF…</source>
        <translation>List as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="349" />
        <source>Danh sách Excel…</source>
        <translation>List as Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="350" />
        <source>Xuất Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="351" />
        <source>Quyết định kèm danh sách, tệp Word để sửa và trình ký</source>
        <translation>The decision with its list, as a Word file to edit and sign</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="352" />
        <source>In giấy khen…</source>
        <translation>Print certificates…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="367" />
        <source>Lịch sử thay đổi…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="380" />
        <source>Quyết định số %1</source>
        <translation>Decision no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="466" />
        <source>Chưa có quyết định. Bấm «Quyết định mới…» để lập từ các đề nghị đã duyệt.</source>
        <translation>No decision yet. Click “New decision…” to draw one up from the approved nominations.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="479" />
        <source>Đợt xét: %1</source>
        <translation>Round: %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="482" />
        <source>Ban hành lúc %1 bởi %2</source>
        <translation>Issued at %1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="535" />
        <source>Tổng tiền thưởng: %1 đồng</source>
        <translation>Total reward money: %1 VND</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="540" />
        <source>Cá nhân %1 đồng, tập thể %2 đồng; mức lương cơ sở %3 đồng; %4</source>
        <translation>Individuals %1 VND, collectives %2 VND; base salary %3 VND; %4</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="546" />
        <source>số tiền đã chốt khi ban hành</source>
        <translation>amounts fixed when issued</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="548" />
        <source>bộ quy tắc %1</source>
        <translation>rule set %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="635" />
        <source>Xóa dự thảo quyết định số %1?</source>
        <translation>Delete the draft decision no. %1?</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="652" />
        <source>Ban hành quyết định số %1 cho %2 cá nhân và %3 tập thể?

Khen thưởng sẽ được ghi vào lịch sử, các đề nghị chuyển sang «Đã có quyết định» và quyết định không sửa được nữa.</source>
        <translation>Issue decision no. %1 for %2 individuals and %3 collectives?

The awards will be written into history, the nominations marked decided, and the decision can no longer be edited.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="662" />
        <source>Tổng tiền thưởng: %1 đồng (%2).</source>
        <translation>Total reward money: %1 VND (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="664" />
        <source>Tổng tiền thưởng: %1 đồng.</source>
        <translation>Total reward money: %1 VND.</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="666" />
        <source>Ban hành quyết định</source>
        <translation>Issue the decision</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="672" />
        <source>Đã ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="673" />
        <source>Đã ghi %1 khen thưởng vào lịch sử.</source>
        <translation>%1 awards written into history.</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Tệp Word (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="691" />
        <source>Lưu danh sách chi tiền thưởng</source>
        <translation>Save the reward payment list</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="691" />
        <source>Chi tiền thưởng QĐ %1</source>
        <translation>Reward payments, decision %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="694" />
        <source>Lưu danh sách kèm theo quyết định</source>
        <translation>Save the list attached to the decision</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="695" />
        <source>Quyết định %1</source>
        <translation>Decision %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="695" />
        <source>Danh sách kèm QĐ %1</source>
        <translation>List attached to decision %1</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="706" />
        <source>Đang ghi danh sách…</source>
        <translation>Writing the list…</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="705" />
        <source>Đã ghi danh sách.</source>
        <translation>The list was written.</translation>
    </message>
    <message>
        <source>Đã ghi</source>
        <translation>Written</translation>
    </message>
</context>
<context>
    <name>DisciplineDialog</name>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="225" />
        <source>Sửa kỷ luật</source>
        <translation>Edit discipline</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="225" />
        <source>Thêm kỷ luật</source>
        <translation>Add discipline</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="227" />
        <source>Hình thức kỷ luật</source>
        <translation>Disciplinary measure</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="228" />
        <source>Từ ngày</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="229" />
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="230" />
        <source>để trống nếu còn hiệu lực</source>
        <translation>leave empty while in force</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="231" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="244" />
        <source>phải từ ngày bắt đầu trở đi</source>
        <translation>must be on or after the start date</translation>
    </message>
</context>
<context>
    <name>EmblemBox</name>
    <message>
        <location filename="../../ui/emblem_box.py" line="26" />
        <source>Quốc huy / biểu trưng trên giấy khen</source>
        <translation>Emblem on certificates</translation>
    </message>
    <message>
        <location filename="../../ui/emblem_box.py" line="34" />
        <source>Chọn ảnh…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../ui/emblem_box.py" line="35" />
        <source>Bỏ ảnh</source>
        <translation>Remove image</translation>
    </message>
    <message>
        <location filename="../../ui/emblem_box.py" line="70" />
        <source>Ảnh này được in ở giữa phía trên giấy khen (mẫu đầy đủ).</source>
        <translation>This image is printed top centre on full-design certificates.</translation>
    </message>
    <message>
        <location filename="../../ui/emblem_box.py" line="73" />
        <source>(trống)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/emblem_box.py" line="76" />
        <source>Chưa có ảnh: giấy khen in theo mẫu đầy đủ sẽ để trống chỗ quốc huy/biểu trưng. Chọn ảnh PNG hoặc JPEG (cơ quan Đảng dùng biểu trưng của tổ chức).</source>
        <translation>No image set: full-design certificates leave the emblem's place empty. Choose a PNG or JPEG (Party bodies use their organisation's emblem).</translation>
    </message>
    <message>
        <location filename="../../ui/emblem_box.py" line="85" />
        <source>Chọn ảnh quốc huy / biểu trưng</source>
        <translation>Choose the emblem image</translation>
    </message>
    <message>
        <location filename="../../ui/emblem_box.py" line="85" />
        <source>Ảnh (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ExampleDialog</name>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="228" />
        <source>Sửa điển hình tiên tiến</source>
        <translation>Edit model example</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="230" />
        <source>Thêm điển hình tiên tiến</source>
        <translation>Add model example</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="236" />
        <source>Phong trào: %1</source>
        <translation>Movement: %1</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="241" />
        <source>Cá nhân / tập thể</source>
        <translation>Person / collective</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="242" />
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="245" />
        <source>Thành tích tiêu biểu</source>
        <translation>Notable achievement</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="250" />
        <source>Ngày phát hiện</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="252" />
        <source>Phát hiện qua</source>
        <translation>Found through</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="253" />
        <source>ví dụ: qua sơ kết 6 tháng của đơn vị</source>
        <translation>e.g. the unit's half-year review</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="254" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="280" />
        <source>chưa nhập thành tích tiêu biểu</source>
        <translation>enter the notable achievement</translation>
    </message>
</context>
<context>
    <name>ExampleSubjectPicker</name>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="163" />
        <source>Chọn cá nhân điển hình</source>
        <translation>Choose the individual</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="165" />
        <source>Chọn tập thể điển hình</source>
        <translation>Choose the collective</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="173" />
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="188" />
        <source>Chọn đơn vị bên trái để lọc, rồi chọn một người.</source>
        <translation>Choose a unit on the left to filter, then choose one person.</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="190" />
        <source>Chọn một tập thể trong cây đơn vị.</source>
        <translation>Choose one collective in the unit tree.</translation>
    </message>
</context>
<context>
    <name>ExamplesScreen</name>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="61" />
        <source>Phát hiện</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="62" />
        <source>Bồi dưỡng</source>
        <translation>Fostered</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="63" />
        <source>Tổng kết</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="64" />
        <source>Nhân rộng</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="67" />
        <source>Đã phát hiện</source>
        <translation>Found (all)</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="68" />
        <source>Đã bồi dưỡng</source>
        <translation>Fostered at least</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="69" />
        <source>Đã tổng kết</source>
        <translation>Reviewed at least</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="70" />
        <source>Đã nhân rộng</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="73" />
        <source>Cá nhân</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="74" />
        <source>Tập thể</source>
        <translation>Collective</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="102" />
        <source>chưa rõ ngày</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="435" />
        <source>Điển hình tiên tiến</source>
        <translation>Model examples</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="477" />
        <source>&amp;Phong trào:</source>
        <translation>&amp;Movement:</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="488" />
        <source>Mọi khâu</source>
        <translation>Any stage</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="492" />
        <source>Cá nhân và tập thể</source>
        <translation>Individuals and collectives</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="495" />
        <location filename="../../ui/examples/examples_screen.py" line="611" />
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="498" />
        <source>Tìm theo tên, đơn vị, thành tích — gõ không dấu cũng được</source>
        <translation>Search by name, unit or achievement — tone marks optional</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="513" />
        <source>Thêm cá nhân…</source>
        <translation>Add individual…</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="514" />
        <source>Thêm tập thể…</source>
        <translation>Add collective…</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="515" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="516" />
        <source>Ghi nhận các khâu…</source>
        <translation>Record stages…</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="517" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="518" />
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="836" />
        <source>Đã xuất %1 điển hình tiên tiến.</source>
        <translation>%1 model examples exported.</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="501" />
        <source>Khâu:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="502" />
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="503" />
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="632" />
        <source>Chưa có phong trào thi đua nào: hãy thêm phong trào ở màn hình Đợt xét trước khi ghi nhận điển hình.</source>
        <translation>There are no emulation movements yet: add one on the Review rounds screen before recording model examples.</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="696" />
        <source>Phong trào này chưa có điển hình tiên tiến nào.</source>
        <translation>This movement has no model examples yet.</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="701" />
        <source>&lt;b&gt;%1&lt;/b&gt; điển hình: %2 cá nhân, %3 tập thể</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; model examples: %2 individuals, %3 collectives</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="710" />
        <source>Đang hiển thị %1 / %2</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="765" />
        <location filename="../../ui/examples/examples_screen.py" line="778" />
        <source>Tập thể %1</source>
        <translation>Collective %1</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="794" />
        <source>Xóa điển hình tiên tiến</source>
        <translation>Delete model example</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="795" />
        <source>Xóa «%1» khỏi danh sách điển hình tiên tiến của phong trào, cùng các khâu đã ghi nhận?</source>
        <translation>Remove “%1” from the movement's model examples, with the stages recorded?</translation>
    </message>
    <message>
        <source>Danh sách điển hình tiên tiến - %1.xlsx</source>
        <translation>Model examples - %1.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="830" />
        <source>Xuất danh sách điển hình tiên tiến</source>
        <translation>Export the list of model examples</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="824" />
        <source>Đã xuất %1 điển hình ra %2</source>
        <translation>Exported %1 model examples to %2</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="831" />
        <source>Danh sách điển hình tiên tiến - %1</source>
        <translation>Model examples - %1</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="835" />
        <source>Đang xuất danh sách điển hình tiên tiến…</source>
        <translation>Exporting the list of model examples…</translation>
    </message>
</context>
<context>
    <name>ExamplesTableModel</name>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="116" />
        <source>Họ và tên / Tập thể</source>
        <translation>Name / collective</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="117" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="118" />
        <source>Chức vụ – đơn vị</source>
        <translation>Position – unit</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="119" />
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="120" />
        <source>Thành tích tiêu biểu</source>
        <translation>Notable achievement</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="130" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1237" />
        <source>Xuất danh sách đề nghị</source>
        <translation>Export the nomination list</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1238" />
        <source>Chỉ các đề nghị đủ điều kiện gửi (%1)</source>
        <translation>Only the nominations ready to send (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1241" />
        <source>Đã gửi, đã kiểm tra hoặc đã được Hội đồng thông qua; đủ điều kiện (✔) hoặc cần kiểm tra thủ công (?).</source>
        <translation>Submitted, checked or passed by the Council; eligible (✔) or to be checked by hand (?).</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1245" />
        <source>Mọi đề nghị đang hiển thị (%1, trong đó %2 chưa đủ điều kiện gửi)</source>
        <translation>Every nomination shown (%1, of which %2 not ready to send)</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1250" />
        <source>Thêm cột «Trạng thái»</source>
        <translation>Add the “Status” column</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1251" />
        <source>Thêm cột «Kết quả kiểm tra»</source>
        <translation>Add the “Check result” column</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1253" />
        <source>Danh sách theo bộ lọc đang chọn trên màn hình (đơn vị, danh hiệu, kết quả, trạng thái, tên).</source>
        <translation>The list follows the filters chosen on the screen (unit, award, result, status, name).</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1260" />
        <source>Chọn nơi lưu…</source>
        <translation>Choose where to save…</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1261" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run.py" line="64" />
        <source>Thiết lập ban đầu</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="66" />
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="67" />
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="68" />
        <source>Xong</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="69" />
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="79" />
        <source>ví dụ: Sở Nội vụ tỉnh Bắc Ninh</source>
        <translation>e.g. Sở Nội vụ tỉnh Bắc Ninh</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="80" />
        <source>ví dụ: UBND TỈNH BẮC NINH</source>
        <translation>e.g. UBND TỈNH BẮC NINH</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="81" />
        <source>ví dụ: Bắc Ninh</source>
        <translation>e.g. Bắc Ninh</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="82" />
        <source>ví dụ: GIÁM ĐỐC</source>
        <translation>e.g. DIRECTOR</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="91" />
        <source>Cơ quan</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="93" />
        <source>Tên cơ quan in trên mọi văn bản, phiếu bầu, biên bản, danh sách và giấy khen. Có thể sửa sau ở màn hình «Cài đặt».</source>
        <translation>The agency's name printed on every document, ballot, minutes, list and certificate. It can be changed later under “Settings”.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="98" />
        <source>Dòng ngày tháng sẽ in:</source>
        <translation>Date line as printed:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="103" />
        <source>Người ký và quốc huy</source>
        <translation>Signer and emblem</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="105" />
        <source>Người ký mặc định của quyết định, giấy khen; quốc huy hoặc biểu trưng in trên giấy khen (có thể chọn sau).</source>
        <translation>The default signer of decisions and certificates; the national emblem or logo printed on certificates (can be chosen later).</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="185" />
        <source>Chưa in</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="186" />
        <source>Văn bản cần tên cơ quan, địa danh và người ký: hãy điền ở «Thiết lập ban đầu» (hoặc màn hình «Cài đặt») rồi in lại.</source>
        <translation>Documents need the agency's name, the place and the signer: fill them in under “First-time setup” (or “Settings”), then print again.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/history/forms.py" line="42" />
        <source>chưa nhập</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../ui/history/forms.py" line="44" />
        <source>nhập năm gồm 4 chữ số</source>
        <translation>type a 4-digit year</translation>
    </message>
    <message>
        <location filename="../../ui/history/forms.py" line="74" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>GapModel</name>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="137" />
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="138" />
        <source>Điểm tối đa</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="139" />
        <source>Tự chấm</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="140" />
        <source>Bình quân người chấm</source>
        <translation>Assessors' average</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="141" />
        <source>Chênh lệch</source>
        <translation>Gap</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help.py" line="58" />
        <source>Hướng dẫn sử dụng – %1</source>
        <translation>User guide – %1</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="62" />
        <source>Tìm trong hướng dẫn…</source>
        <translation>Search the guide…</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="64" />
        <source>Tìm</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="66" />
        <source>Mục lục</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="68" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="94" />
        <source>Không tìm thấy tệp hướng dẫn %1. Hãy cài lại chương trình.</source>
        <translation>The user guide %1 was not found. Please reinstall the program.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="162" />
        <source>Lịch sử khen thưởng — %1</source>
        <translation>Award history — %1</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="168" />
        <source>Tập thể: chỉ có khen thưởng; xếp loại, sáng kiến, kỷ luật ghi cho từng người.</source>
        <translation>Collective: awards only; ratings, initiatives and discipline are recorded per person.</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="175" />
        <location filename="../../ui/history/history_dialog.py" line="192" />
        <location filename="../../ui/history/history_dialog.py" line="202" />
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="176" />
        <source>Danh hiệu, hình thức</source>
        <translation>Title or form</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="177" />
        <source>Số quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="179" />
        <source>Ngày quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="181" />
        <source>Cơ quan ban hành</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="193" />
        <source>Xếp loại chất lượng</source>
        <translation>Quality rating</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="203" />
        <source>Tên sáng kiến, đề tài</source>
        <translation>Initiative or project title</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="204" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="205" />
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="207" />
        <source>Ngày công nhận</source>
        <translation>Recognised on</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="211" />
        <source>Đã dùng cho</source>
        <translation>Used for</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="211" />
        <source>chưa dùng</source>
        <translation>unused</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="220" />
        <source>Hình thức</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="221" />
        <location filename="../../ui/history/history_dialog.py" line="236" />
        <source>Từ ngày</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="223" />
        <location filename="../../ui/history/history_dialog.py" line="237" />
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="224" />
        <source>còn hiệu lực</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="227" />
        <location filename="../../ui/history/history_dialog.py" line="238" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="246" />
        <source>&amp;Xếp loại</source>
        <translation>&amp;Ratings</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="247" />
        <location filename="../../ui/history/history_dialog.py" line="255" />
        <source>&amp;Khen thưởng</source>
        <translation>&amp;Awards</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="248" />
        <source>&amp;Sáng kiến</source>
        <translation>&amp;Initiatives</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="249" />
        <source>Kỷ &amp;luật</source>
        <translation>&amp;Discipline</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="250" />
        <source>Nghỉ &amp;thai sản</source>
        <translation>&amp;Maternity leave</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="260" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="321" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="321" />
        <source>Xóa %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="349" />
        <source>xếp loại năm %1</source>
        <translation>the rating of %1</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="427" />
        <source>nghỉ thai sản từ %1</source>
        <translation>the maternity leave from %1</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../ui/nominations/hold_dialog.py" line="27" />
        <source>Đang bị xem xét</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/hold_dialog.py" line="30" />
        <source>%1: khi đang bị xem xét kỷ luật, thanh tra, kiểm tra hoặc giải quyết khiếu nại, tố cáo thì chưa khen thưởng (Nghị định 152/2025/NĐ-CP Điều 4 khoản 4).</source>
        <translation>%1: no award while a discipline, an inspection or a complaint is being considered (Decree 152/2025/NĐ-CP Art. 4(4)).</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/hold_dialog.py" line="36" />
        <source>Không bị xem xét</source>
        <translation>Not under review</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/hold_dialog.py" line="41" />
        <source>ví dụ: Quyết định thanh tra số 12/QĐ-TTr ngày 02/12/2026</source>
        <translation>e.g. Inspection decision No. 12/QĐ-TTr of 02/12/2026</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/hold_dialog.py" line="44" />
        <source>Tình trạng:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/hold_dialog.py" line="45" />
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/hold_dialog.py" line="47" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/hold_dialog.py" line="47" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/hold_dialog.py" line="69" />
        <source>cần ghi rõ việc đang xem xét (ví dụ số văn bản, cơ quan)</source>
        <translation>say what is under review (e.g. the document number, the body)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="110" />
        <source>Lưu tệp mẫu nhập cán bộ</source>
        <translation>Save the staff import template</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="82" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="92" />
        <source>Tệp đang mở</source>
        <translation>File is open</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="99" />
        <source>Đã lưu tệp mẫu</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <source>Đã lưu tệp mẫu: %1
Điền danh sách vào sheet «Cán bộ» (và «Đơn vị» nếu cần) rồi chọn Nhập từ Excel.</source>
        <translation>Template saved: %1
Fill the list into sheet “Cán bộ” (and “Đơn vị” if needed), then choose Import from Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="112" />
        <source>Đã lưu tệp mẫu. Điền danh sách vào sheet «Cán bộ» (và «Đơn vị» nếu cần) rồi chọn Nhập từ Excel.</source>
        <translation>The template is saved. Fill in the “Cán bộ” sheet (and “Đơn vị” if needed), then choose Import from Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="126" />
        <source>Nhập cán bộ từ Excel</source>
        <translation>Import staff from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="129" />
        <source>Tệp .xlsx theo mẫu: sheet «Cán bộ» (bắt buộc) và sheet «Đơn vị» (nếu có đơn vị mới).</source>
        <translation>An .xlsx file in the template's layout: sheet “Cán bộ” (required) and sheet “Đơn vị” (if there are new units).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="134" />
        <source>Chương trình sẽ đọc và kiểm tra toàn bộ tệp trước; chưa có gì được ghi cho đến khi bạn bấm «Nhập» ở bước sau. Cán bộ trùng mã với người đã có sẽ được cập nhật, không bị nhân đôi.</source>
        <translation>The whole file is read and checked first; nothing is written until you press “Import” in the next step. Staff whose code already exists are updated, not duplicated.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="142" />
        <location filename="../../ui/import_wizard.py" line="222" />
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="143" />
        <location filename="../../ui/import_wizard.py" line="223" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="144" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="145" />
        <source>Họ tên / tên đơn vị</source>
        <translation>Name / unit name</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="146" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="147" />
        <location filename="../../ui/import_wizard.py" line="227" />
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="189" />
        <source>Lưu tệp mẫu nhập lịch sử khen thưởng</source>
        <translation>Save the award history import template</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="191" />
        <source>Đã lưu tệp mẫu. Điền lịch sử vào các sheet rồi chọn «Nhập lịch sử khen thưởng từ Excel».</source>
        <translation>Template saved. Fill in the history on its sheets, then choose “Import award history from Excel”.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="202" />
        <source>Nhập lịch sử khen thưởng từ Excel</source>
        <translation>Import award history from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="205" />
        <source>Tệp .xlsx theo mẫu lịch sử: các sheet xếp loại, khen thưởng, sáng kiến, kỷ luật, nghỉ thai sản (sheet nào không có thì bỏ qua).</source>
        <translation>An .xlsx file in the history template's layout: sheets of ratings, awards, initiatives, disciplines, maternity leave (missing sheets are skipped).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="212" />
        <source>Cán bộ và đơn vị phải có sẵn trong danh sách (nhập cán bộ trước). Chương trình đọc và kiểm tra toàn bộ tệp trước; chưa có gì được ghi cho đến khi bạn bấm «Nhập». Bản ghi đã có (cùng người, cùng năm, cùng loại) được cập nhật, không bị nhân đôi.</source>
        <translation>The staff and units must already be in the lists (import staff first). The whole file is read and checked first; nothing is written until you press “Import”. Existing records (same person, year and kind) are updated, not duplicated.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="224" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="225" />
        <source>Mã cán bộ / đơn vị</source>
        <translation>Staff / unit code</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="226" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="271" />
        <source>%1 thêm mới, %2 cập nhật, %3 không đổi</source>
        <translation>%1 new, %2 updated, %3 unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="604" />
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="605" />
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="606" />
        <source>Xong</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="607" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="169" />
        <source>Sửa sáng kiến, đề tài</source>
        <translation>Edit initiative</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="169" />
        <source>Thêm sáng kiến, đề tài</source>
        <translation>Add initiative</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="171" />
        <source>Tên sáng kiến, đề tài</source>
        <translation>Initiative or project title</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="173" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="174" />
        <source>Cấp công nhận</source>
        <translation>Recognised level</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="175" />
        <source>Năm công nhận</source>
        <translation>Year recognised</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="176" />
        <source>Ngày công nhận</source>
        <translation>Recognised on</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="177" />
        <source>Đồng tác giả</source>
        <translation>Co-authors</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="179" />
        <source>— chưa dùng để khen thưởng —</source>
        <translation>— not used for an award —</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="182" />
        <source>Đã dùng cho khen thưởng</source>
        <translation>Used for award</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="196" />
        <source>không được để trống</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="200" />
        <source>không thuộc năm %1</source>
        <translation>not in %1</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="266" />
        <source>Sửa nghỉ thai sản</source>
        <translation>Edit maternity leave</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="266" />
        <source>Thêm nghỉ thai sản</source>
        <translation>Add maternity leave</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="268" />
        <source>Từ ngày</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="269" />
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="270" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="282" />
        <source>phải từ ngày bắt đầu trở đi</source>
        <translation>must be on or after the start date</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/accounts/login.py" line="69" />
        <source>Đăng nhập – TĐKT Desk</source>
        <translation>Log in – TĐKT Desk</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="74" />
        <source>Cơ sở dữ liệu: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="77" />
        <source>Tên đăng nhập:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="78" />
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="79" />
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="79" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="93" />
        <source>Hãy nhập tên đăng nhập.</source>
        <translation>Enter the login name.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>Đề nghị khen thưởng</source>
        <translation>Nominations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143" />
        <source>Đợt xét</source>
        <translation>Review rounds</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144" />
        <source>Quy định</source>
        <translation>Award rules</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>Hội đồng – Bỏ phiếu</source>
        <translation>Council – Ballots</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>Khối thi đua</source>
        <translation>Emulation blocs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>Điển hình tiên tiến</source>
        <translation>Model examples</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>Quyết định</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>In giấy khen</source>
        <translation>Print certificates</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229" />
        <source>Cơ sở dữ liệu: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252" />
        <source>&amp;Nhập cán bộ từ Excel…</source>
        <translation>&amp;Import staff from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255" />
        <source>&amp;Tải mẫu Excel…</source>
        <translation>&amp;Download Excel template…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257" />
        <source>T&amp;hoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263" />
        <source>Nhập &amp;lịch sử khen thưởng từ Excel…</source>
        <translation>Import award &amp;history from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265" />
        <source>Tải mẫu Excel &amp;lịch sử khen thưởng…</source>
        <translation>Download the award &amp;history Excel template…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278" />
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282" />
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288" />
        <source>Tìm cán bộ</source>
        <translation>Find staff</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>Thêm cán bộ</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; phiên bản %2&lt;br&gt;Phần mềm quản lý công tác thi đua, khen thưởng cho Thường trực Hội đồng Thi đua – Khen thưởng.&lt;br&gt;&lt;br&gt;Cơ sở dữ liệu: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; version %2&lt;br&gt;Emulation and commendation management for the standing office of the Emulation and Commendation Council.&lt;br&gt;&lt;br&gt;Database: %3</translation>
    </message>
    <message>
        <location filename="../../ui/connection/menu.py" line="42" />
        <source>&amp;Kết nối cơ sở dữ liệu…</source>
        <translation>Database &amp;connection…</translation>
    </message>
    <message>
        <location filename="../../ui/connection/menu.py" line="45" />
        <source>&amp;Chuyển dữ liệu lên máy chủ…</source>
        <translation>&amp;Move data to the server…</translation>
    </message>
</context>
<context>
    <name>MeetingTab</name>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="87" />
        <source>tổng số thành viên</source>
        <translation>of all members</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="89" />
        <source>Lưu thông tin phiên họp</source>
        <translation>Save the meeting details</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="91" />
        <source>Thời gian, địa điểm</source>
        <translation>Time and place</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="93" />
        <source>Bắt đầu:</source>
        <translation>Starts:</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="94" />
        <source>Kết thúc:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="95" />
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="96" />
        <source>Số lượng tối thiểu có mặt:</source>
        <translation>Quorum:</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="106" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="106" />
        <source>Chức danh</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="106" />
        <source>Tham dự</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="106" />
        <location filename="../../ui/council/meeting_tab.py" line="279" />
        <source>Ý kiến bằng văn bản</source>
        <translation>Written opinion</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="113" />
        <source>Ban kiểm phiếu (chọn trong số thành viên có mặt)</source>
        <translation>Counting committee (chosen among the members present)</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="116" />
        <source>Lưu Ban kiểm phiếu</source>
        <translation>Save the counting committee</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="120" />
        <source>Trưởng ban:</source>
        <translation>Head:</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="121" />
        <source>Thành viên:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="127" />
        <source>Biên bản họp Hội đồng (PDF)…</source>
        <translation>Council meeting minutes (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="129" />
        <source>Xuất Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="130" />
        <source>Biên bản họp Hội đồng, tệp Word để sửa và ký</source>
        <translation>Council meeting minutes, as a Word file to edit and sign</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="169" />
        <source>Chưa có phiên họp: chọn đợt xét rồi bấm «Tạo phiên họp…».</source>
        <translation>No meeting yet: choose a round, then press “New meeting…”.</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="233" />
        <source>chưa nhập thời gian bắt đầu</source>
        <translation>the start time is missing</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="238" />
        <source>giờ kết thúc phải sau giờ bắt đầu</source>
        <translation>the end must be after the start</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="280" />
        <source>Nội dung ý kiến bằng văn bản của %1 (có thể nhập sau ở cột «Ý kiến bằng văn bản»):</source>
        <translation>The written opinion of %1 (it can also be typed later in the “Written opinion” column):</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="352" />
        <source>Lưu biên bản họp</source>
        <translation>Save the meeting minutes</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="353" />
        <source>Biên bản họp Hội đồng %1</source>
        <translation>Council meeting minutes %1</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="356" />
        <source>Đã ghi biên bản họp.</source>
        <translation>The meeting minutes were saved.</translation>
    </message>
    <message>
        <location filename="../../ui/council/meeting_tab.py" line="357" />
        <source>Đang tạo biên bản…</source>
        <translation>Writing the minutes…</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/council/dialogs.py" line="51" />
        <source>Thành viên Hội đồng</source>
        <translation>Council members</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="73" />
        <source>Cán bộ trong danh sách</source>
        <translation>A member of staff</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="74" />
        <source>Người ngoài danh sách cán bộ</source>
        <translation>Someone not on the staff list</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="79" />
        <source>gõ vài chữ của họ tên hoặc mã cán bộ…</source>
        <translation>type a few letters of the name or the staff code…</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="94" />
        <source>(không thuộc đơn vị nào trong danh sách)</source>
        <translation>(in no unit of the list)</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="110" />
        <source>Xung đột lợi ích được đánh dấu khi thành viên là người được đề nghị, làm việc cùng phòng/đơn vị trực tiếp với cá nhân được đề nghị, hoặc thuộc tập thể được đề nghị.</source>
        <translation>A conflict of interest is flagged when the member is the nominee, works in the same department as the nominated person, or belongs to the nominated collective.</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="123" />
        <source>Tìm cán bộ:</source>
        <translation>Find staff:</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="125" />
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="126" />
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="127" />
        <source>Chức danh trong Hội đồng:</source>
        <translation>Role in the council:</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="128" />
        <source>Chức vụ, đơn vị:</source>
        <translation>Position, unit:</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="129" />
        <source>Nhiệm kỳ từ ngày:</source>
        <translation>Term from:</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="130" />
        <source>đến ngày:</source>
        <translation>to:</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="131" />
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="198" />
        <source>chọn một cán bộ trong kết quả tìm (hoặc chọn «Người ngoài danh sách cán bộ»)</source>
        <translation>choose a person among the results (or choose “Someone not on the staff list”)</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="203" />
        <source>chưa nhập họ và tên</source>
        <translation>the full name is missing</translation>
    </message>
    <message>
        <location filename="../../ui/council/dialogs.py" line="206" />
        <source>đơn vị: chọn trong danh sách (gõ vài chữ của tên đơn vị)</source>
        <translation>unit: choose one from the list (type a few letters of its name)</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="257" />
        <source>Sửa thành viên «%1»</source>
        <translation>Edit member “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="259" />
        <source>Tên cơ quan</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="263" />
        <source>Tên đơn vị trong hệ thống sửa ở màn hình Tổ chức</source>
        <translation>Names of units of the tree are edited on the Organisation screen</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="265" />
        <source>Năm tham gia khối</source>
        <translation>Year joined the bloc</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="267" />
        <source>Năm rời khối</source>
        <translation>Year left the bloc</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="268" />
        <source>để trống nếu còn trong khối</source>
        <translation>leave empty if still a member</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="277" />
        <source>không được để trống</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="286" />
        <source>phải từ năm tham gia trở đi</source>
        <translation>must be the year joined or later</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="313" />
        <source>Khối trưởng</source>
        <translation>Bloc leader</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="314" />
        <source>Khối phó thường trực</source>
        <translation>Standing deputy leader</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="315" />
        <source>Khối phó</source>
        <translation>Deputy leader</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="319" />
        <source>Đơn vị trong hệ thống</source>
        <translation>Unit of the tree</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="319" />
        <source>Cơ quan ngoài</source>
        <translation>Outside agency</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="322" />
        <source>Tên cơ quan, đơn vị</source>
        <translation>Agency or unit</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="323" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="324" />
        <source>Năm tham gia</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="325" />
        <source>Năm rời khối</source>
        <translation>Year left the bloc</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="340" />
        <source>Thêm đơn vị…</source>
        <translation>Add units…</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="341" />
        <source>Chọn các đơn vị trong cây đơn vị của hệ thống</source>
        <translation>Choose units from the unit tree</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="342" />
        <source>Thêm cơ quan ngoài…</source>
        <translation>Add outside agency…</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="343" />
        <source>Cơ quan không có trong cây đơn vị: chỉ ghi tên</source>
        <translation>An agency that is not in the unit tree: only its name is kept</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="344" />
        <location filename="../../ui/council/members_tab.py" line="82" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="345" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="351" />
        <source>Thành viên của khối</source>
        <translation>Members of the bloc</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="373" />
        <source>Đánh dấu các khối phó (có thể chọn nhiều)</source>
        <translation>Tick the deputy leaders (several allowed)</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="377" />
        <source>Áp dụng đề xuất</source>
        <translation>Apply suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="379" />
        <source>Lưu khối trưởng, khối phó</source>
        <translation>Save leader and deputies</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="388" />
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="404" />
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="405" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="406" />
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="415" />
        <source>Nhấp đúp để xem, sửa năm đó</source>
        <translation>Double-click to view or edit that year</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="417" />
        <source>Khối trưởng, khối phó theo năm</source>
        <translation>Leader and deputies by year</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="420" />
        <source>Các năm đã ghi:</source>
        <translation>Years recorded:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="530" />
        <source>%1 thành viên: %2 đơn vị trong hệ thống, %3 cơ quan ngoài</source>
        <translation>%1 members: %2 units of the tree, %3 outside agencies</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="550" />
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="550" />
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="575" />
        <source>Đã ghi cho năm %1</source>
        <translation>Recorded for %1</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="577" />
        <source>Chưa ghi cho năm %1</source>
        <translation>Not recorded for %1 yet</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="602" />
        <source>Chưa có thành viên để đề xuất khối trưởng.</source>
        <translation>No members to suggest a bloc leader from.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="610" />
        <source>khối trưởng lần gần nhất năm %1</source>
        <translation>last led the bloc in %1</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="612" />
        <source>chưa làm khối trưởng</source>
        <translation>has not led the bloc yet</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="615" />
        <source>Đề xuất khối trưởng năm %1: %2 (%3)</source>
        <translation>Suggested bloc leader for %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="622" />
        <source>Luân phiên: thành viên lâu nhất chưa làm khối trưởng (chưa làm lần nào thì theo thứ tự thành viên)</source>
        <translation>Rotation: the member that led the bloc least recently (members that never led come first, in member order)</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="648" />
        <source>Chưa chọn khối trưởng.</source>
        <translation>No bloc leader chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="664" />
        <source>Đã lưu khối trưởng, khối phó năm %1</source>
        <translation>Leader and deputies of %1 saved</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="734" />
        <source>Xóa thành viên</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="734" />
        <source>Xóa «%1» khỏi khối?</source>
        <translation>Remove “%1” from the bloc?</translation>
    </message>
    <message>
        <location filename="../../ui/council/members_tab.py" line="55" />
        <source>Tạo Hội đồng…</source>
        <translation>New council…</translation>
    </message>
    <message>
        <location filename="../../ui/council/members_tab.py" line="64" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/council/members_tab.py" line="65" />
        <source>Chức danh</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/council/members_tab.py" line="66" />
        <source>Chức vụ, đơn vị</source>
        <translation>Position, unit</translation>
    </message>
    <message>
        <location filename="../../ui/council/members_tab.py" line="67" />
        <source>Nhiệm kỳ</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/council/members_tab.py" line="68" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/council/members_tab.py" line="80" />
        <source>Thêm thành viên…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../ui/council/members_tab.py" line="84" />
        <source>Thôi / cho tham gia lại</source>
        <translation>Leave / rejoin</translation>
    </message>
    <message>
        <location filename="../../ui/council/members_tab.py" line="95" />
        <source>Chưa có Hội đồng.</source>
        <translation>No council yet.</translation>
    </message>
    <message>
        <location filename="../../ui/council/members_tab.py" line="121" />
        <source>Đang tham gia</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/council/members_tab.py" line="121" />
        <source>Đã thôi</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/council/members_tab.py" line="135" />
        <source>Tạo Hội đồng</source>
        <translation>New council</translation>
    </message>
    <message>
        <location filename="../../ui/council/members_tab.py" line="135" />
        <source>Tên Hội đồng:</source>
        <translation>Council name:</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="129" />
        <source>Lương cơ sở và làm tròn tiền thưởng</source>
        <translation>Base salary and rounding of reward money</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="132" />
        <source>Tiền thưởng = hệ số của danh hiệu, hình thức × mức lương cơ sở áp dụng vào ngày quyết định, làm tròn theo bộ quy tắc. Khi có nghị định mới về lương cơ sở, thêm một dòng với ngày áp dụng.</source>
        <translation>Reward money = the multiple of the title or form × the base salary in force on the decision's date, rounded as the rule set says. When a new decree sets the base salary, add a row with its start date.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="141" />
        <source>Áp dụng từ ngày</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="143" />
        <source>Mức lương cơ sở (đồng)</source>
        <translation>Base salary (VND)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="144" />
        <source>Văn bản</source>
        <translation>Legal text</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="150" />
        <source>&amp;Thêm…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="151" />
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="152" />
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="158" />
        <source>Sửa cách làm tròn…</source>
        <translation>Edit rounding…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="176" />
        <source>Làm tròn và nguyên tắc chi</source>
        <translation>Rounding and payment rule</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="212" />
        <source>đã đối chiếu văn bản</source>
        <translation>checked against the legal text</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="212" />
        <source>chưa đối chiếu văn bản</source>
        <translation>not yet checked against the legal text</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="214" />
        <source>Bộ quy tắc «%1»: %2 (%3).</source>
        <translation>Rule set “%1”: %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="259" />
        <source>Xóa mức lương cơ sở %1 đồng áp dụng từ %2? Các quyết định đã ban hành giữ nguyên số tiền.</source>
        <translation>Delete the base salary of %1 VND in force from %2? Issued decisions keep their amounts.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="263" />
        <source>Xóa mức lương cơ sở</source>
        <translation>Delete base salary</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="99" />
        <source>Sửa phong trào thi đua</source>
        <translation>Edit emulation movement</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="99" />
        <source>Thêm phong trào thi đua</source>
        <translation>Add emulation movement</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="101" />
        <source>Tên phong trào</source>
        <translation>Movement name</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="103" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="104" />
        <source>Từ ngày</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="105" />
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="108" />
        <source>Đơn vị phát động</source>
        <translation>Launched by</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="109" />
        <source>(không ghi)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="111" />
        <source>Số kế hoạch</source>
        <translation>Plan number</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="112" />
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="114" />
        <source>Tiêu chí chấm điểm</source>
        <translation>Scoring criteria</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="133" />
        <source>không được để trống</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="141" />
        <source>phải từ ngày bắt đầu trở đi</source>
        <translation>must be on or after the start date</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="143" />
        <source>chọn một đơn vị trong danh sách</source>
        <translation>choose a unit from the list</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="146" />
        <source>tiêu chí thứ %1 chưa có tên</source>
        <translation>criterion %1 has no name</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="152" />
        <source>điểm tối đa của tiêu chí thứ %1 phải là số không âm</source>
        <translation>the max points of criterion %1 must be a non-negative number</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../ui/accounts/login.py" line="139" />
        <source>Tạo tài khoản quản trị</source>
        <translation>Create the administrator account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="139" />
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="145" />
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="145" />
        <source>Chuyên viên</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="145" />
        <source>Chỉ xem</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="154" />
        <source>Tên đăng nhập:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="155" />
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="156" />
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="157" />
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="158" />
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="163" />
        <source>Cơ sở dữ liệu trên máy chủ chưa có tài khoản nào. Hãy tạo tài khoản quản trị đầu tiên; từ đó mọi người đăng nhập bằng tài khoản riêng.</source>
        <translation>The server database has no account yet. Create the first administrator account; from then on everyone logs in with their own account.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="171" />
        <source>Tạo tài khoản</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="171" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login.py" line="179" />
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>NewBlocDialog</name>
    <message>
        <location filename="../../ui/blocs/blocs_screen.py" line="52" />
        <source>Thêm khối thi đua</source>
        <translation>Add emulation bloc</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/blocs_screen.py" line="56" />
        <source>Khối thi đua</source>
        <translation>Emulation blocs</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/blocs_screen.py" line="57" />
        <source>Cụm thi đua</source>
        <translation>Emulation cluster</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/blocs_screen.py" line="61" />
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/blocs_screen.py" line="62" />
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/blocs_screen.py" line="63" />
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="416" />
        <source>Đề nghị khen thưởng từ xếp hạng</source>
        <translation>Nominate from the ranking</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="435" />
        <source>Có %1 thành viên đồng hạng nhất: hãy chọn đơn vị dẫn đầu khối theo kết quả bình xét của khối.</source>
        <translation>%1 members share first place: choose the bloc leader as the bloc decided.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="440" />
        <source>Đợt xét:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="441" />
        <source>Đơn vị dẫn đầu khối (Cờ thi đua):</source>
        <translation>Bloc leader (emulation flag):</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="442" />
        <source>Số đơn vị tiếp theo đề nghị Bằng khen:</source>
        <translation>Next members proposed for the Certificate of Merit:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="452" />
        <source>Chưa có đợt xét nào đang mở. Hãy tạo đợt xét ở màn hình «Đợt xét».</source>
        <translation>No review round is open. Create one on the “Review rounds” screen.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="465" />
        <source>Hãy chọn đợt xét và đơn vị dẫn đầu khối.</source>
        <translation>Choose the round and the bloc leader.</translation>
    </message>
</context>
<context>
    <name>NominationImport</name>
    <message>
        <location filename="../../ui/nominations/import_kind.py" line="25" />
        <source>Lưu tệp mẫu danh sách đề nghị</source>
        <translation>Save the nomination list template</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Tệp đang mở</source>
        <translation>File is open</translation>
    </message>
    <message>
        <source>Đã lưu tệp mẫu</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <source>Đã lưu tệp mẫu: %1
Gửi cho các đơn vị điền sheet «Cá nhân» và «Tập thể», rồi chọn Nhập đề nghị từ Excel.</source>
        <translation>Template saved: %1
Send it to the units to fill in the “Cá nhân” and “Tập thể” sheets, then choose Import nominations from Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/import_kind.py" line="27" />
        <source>Đã lưu tệp mẫu. Gửi cho các đơn vị điền sheet «Cá nhân» và «Tập thể», rồi chọn Nhập đề nghị từ Excel.</source>
        <translation>The template is saved. Send it to the units to fill in the “Cá nhân” and “Tập thể” sheets, then choose Import nominations from Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/import_kind.py" line="43" />
        <source>Nhập đề nghị từ Excel — %1</source>
        <translation>Import nominations from Excel — %1</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/import_kind.py" line="48" />
        <source>Danh sách của đơn vị theo mẫu: sheet «Cá nhân» và sheet «Tập thể», danh hiệu, hình thức đề nghị và tóm tắt thành tích.</source>
        <translation>A unit's list in the template's layout: sheets “Cá nhân” (individuals) and “Tập thể” (collectives), the award proposed and the achievement summary.</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/import_kind.py" line="55" />
        <source>Người được tìm theo mã cán bộ, hoặc theo họ tên + năm sinh + đơn vị; mọi trường hợp không tìm thấy hay trùng tên đều được báo kèm số dòng. Tệp được nhập tất cả hoặc không; đề nghị đã có trong đợt bị từ chối. Chưa có gì được ghi cho đến khi bạn bấm «Nhập».</source>
        <translation>People are matched by staff code, or by name + year of birth + unit; every unknown or ambiguous person is reported with its row. The file is imported whole or not at all; a nomination already in the round is refused. Nothing is written until you press “Import”.</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/import_kind.py" line="64" />
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/import_kind.py" line="65" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/import_kind.py" line="66" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/import_kind.py" line="67" />
        <source>Họ tên / tên tập thể</source>
        <translation>Name / collective</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/import_kind.py" line="68" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/import_kind.py" line="69" />
        <source>Đề nghị</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/import_kind.py" line="70" />
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/import_kind.py" line="87" />
        <source>%1 đề nghị mới</source>
        <translation>%1 new nominations</translation>
    </message>
</context>
<context>
    <name>NominationPickerDialog</name>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="202" />
        <source>Thêm đề nghị đã duyệt</source>
        <translation>Add approved nominations</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="213" />
        <source>Họ và tên / Tên tập thể</source>
        <translation>Name / collective</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="214" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="215" />
        <source>Khen thưởng</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="221" />
        <source>Đợt xét</source>
        <translation>Review rounds</translation>
    </message>
    <message>
        <location filename="../../ui/decisions/decisions_screen.py" line="223" />
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>NominationTableModel</name>
    <message>
        <location filename="../../ui/models/nomination_table.py" line="53" />
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models/nomination_table.py" line="54" />
        <source>Họ tên / Tập thể</source>
        <translation>Name / collective</translation>
    </message>
    <message>
        <location filename="../../ui/models/nomination_table.py" line="55" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/nomination_table.py" line="56" />
        <source>Danh hiệu đề nghị</source>
        <translation>Proposed title</translation>
    </message>
    <message>
        <location filename="../../ui/models/nomination_table.py" line="57" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/nomination_table.py" line="58" />
        <source>Kết quả kiểm tra</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../ui/models/nomination_table.py" line="59" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/models/nomination_table.py" line="60" />
        <source>Xung đột lợi ích</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <location filename="../../ui/models/nomination_table.py" line="115" />
        <source>Xung đột lợi ích: %1.
Quy tắc: thành viên Hội đồng là chính người được đề nghị; hoặc làm việc trực tiếp tại đơn vị của cá nhân được đề nghị (cùng phòng, ban); hoặc thuộc tập thể được đề nghị (đơn vị đó hay đơn vị trực thuộc).</source>
        <translation>Conflict of interest: %1.
Rule: the Council member is the nominee; or works in the nominated person's own unit (same department); or belongs to the nominated collective (that unit or a unit under it).</translation>
    </message>
    <message>
        <source>Thành viên Hội đồng cùng đơn vị (hoặc cơ quan cấp trên): %1</source>
        <translation>Council members from the same unit (or the agency above): %1</translation>
    </message>
</context>
<context>
    <name>NominationsScreen</name>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="132" />
        <source>Đề nghị khen thưởng</source>
        <translation>Nominations</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="137" />
        <source>Đợt &amp;xét:</source>
        <translation>Review &amp;round:</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="140" />
        <source>Đề nghị được xét theo bộ quy tắc có hiệu lực vào ngày xét của đợt</source>
        <translation>Nominations are judged under the rule set in force on the round's review date</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="159" />
        <source>Tìm theo tên — gõ không dấu cũng được</source>
        <translation>Search by name — accents optional</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="161" />
        <location filename="../../ui/nominations/nominations_screen.py" line="492" />
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="169" />
        <source>Mọi kết quả</source>
        <translation>Any result</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="175" />
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="181" />
        <source>&amp;Thêm…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="182" />
        <source>Thêm một hoặc nhiều cá nhân, tập thể vào đợt xét (Insert)</source>
        <translation>Add one or more people or collectives to the round (Insert)</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="183" />
        <source>Đề xuất LĐTT tự động…</source>
        <translation>Propose LĐTT automatically…</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="186" />
        <source>Đề nghị Lao động tiên tiến cho mọi người có xếp loại năm của đợt đạt yêu cầu (trong đơn vị đang lọc)</source>
        <translation>Nominate for Advanced Worker everyone whose rating for the round's year qualifies (in the filtered unit)</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="189" />
        <source>&amp;Kiểm tra lại</source>
        <translation>&amp;Re-check</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="190" />
        <source>Tính lại kết quả kiểm tra theo lịch sử và bộ quy tắc (F5)</source>
        <translation>Recompute the check results from the history and the rule set (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="191" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="192" />
        <source>Xóa đề nghị ở trạng thái Dự thảo hoặc Đã gửi (Delete)</source>
        <translation>Delete nominations that are Draft or Submitted (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="193" />
        <source>&amp;Lịch sử…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="196" />
        <source>Lịch sử khen thưởng: xem, sửa lịch sử của người (tập thể) đang chọn; kết quả kiểm tra được tính lại sau khi sửa</source>
        <translation>Award history: view or edit the history of the selected person (collective); check results are recomputed after a change</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="200" />
        <source>Xuất &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="201" />
        <source>Danh sách đề nghị khen thưởng (xlsx) của cả đợt</source>
        <translation>The round's nomination list (xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="202" />
        <source>Tờ trình (Word)…</source>
        <translation>Submission (Word)…</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="205" />
        <source>Tờ trình đề nghị khen thưởng của cả đợt, kèm tóm tắt thành tích từng người (tệp Word để sửa và trình ký)</source>
        <translation>The round's submission of award proposals with each nominee's summary of achievements (a Word file to edit and sign)</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="209" />
        <source>Nhập &amp;đề nghị từ Excel…</source>
        <translation>Import &amp;nominations from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="212" />
        <source>Danh sách đề nghị của các đơn vị theo mẫu (sheet «Cá nhân», «Tập thể»): kiểm tra từng dòng, nhập tất cả hoặc không</source>
        <translation>The units' nomination lists in the template's layout (sheets “Cá nhân”, “Tập thể”): every row checked, imported whole or not at all</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="250" />
        <source>Thời điểm</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="251" />
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="253" />
        <source>Chuyển</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="259" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="266" />
        <source>Tóm tắt thành tích (in trên danh sách, giấy khen)</source>
        <translation>Achievement summary (printed on the list and the certificate)</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="268" />
        <source>Lưu tóm tắt</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="269" />
        <source>Đang bị xem xét…</source>
        <translation>Under review…</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="272" />
        <source>Đánh dấu đang bị xem xét kỷ luật, thanh tra, kiểm tra, khiếu nại: chưa khen thưởng (NĐ 152/2025 Điều 4 khoản 4)</source>
        <translation>Mark as under discipline, inspection or complaint review: no award meanwhile (Decree 152/2025 Art. 4(4))</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="276" />
        <source>Tóm tắt &amp;thành tích:</source>
        <translation>Achievement &amp;summary:</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="289" />
        <source>Lịch sử trạng thái</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="310" />
        <source>Nộp</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="310" />
        <source>Chuyển sang «Đã gửi»</source>
        <translation>Move to “Submitted”</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="311" />
        <source>Đã kiểm tra</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="311" />
        <source>Thường trực đã kiểm tra hồ sơ</source>
        <translation>The standing office has checked the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="312" />
        <source>Đã bỏ phiếu</source>
        <translation>Voted</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="312" />
        <source>Hội đồng đã bỏ phiếu</source>
        <translation>The council has voted</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="313" />
        <source>Duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="313" />
        <source>Chuyển sang «Được duyệt»</source>
        <translation>Move to “Approved”</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="318" />
        <source>Trả lại…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="320" />
        <source>Trả về trạng thái trước (hoặc mở lại đề nghị không được duyệt); cần ghi lý do</source>
        <translation>Return to an earlier status (or reopen a rejected nomination); a reason is required</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="322" />
        <source>Không duyệt…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="323" />
        <source>Không đề nghị, không duyệt; cần ghi lý do</source>
        <translation>Do not propose or approve; a reason is required</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="363" />
        <source>Chuyển trạng thái:</source>
        <translation>Change status:</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="484" />
        <source>%1 — %2, %3 đề nghị</source>
        <translation>%1 — %2, %3 nominations</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="494" />
        <source>Lọc theo đơn vị (gồm cả các đơn vị trực thuộc); gõ vài chữ của tên</source>
        <translation>Filter by unit (including its sub-units); type part of the name</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="507" />
        <source>Mọi danh hiệu</source>
        <translation>Any title</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="540" />
        <source>Bộ quy tắc: %1</source>
        <translation>Rule set: %1</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="543" />
        <source>Chưa có bộ quy tắc có hiệu lực</source>
        <translation>No rule set in force</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="550" />
        <source>Đợt xét đã đóng: không thêm đề nghị mới</source>
        <translation>The round is closed: no new nominations</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="602" />
        <source>Hiển thị %1 / %2 đề nghị</source>
        <translation>Showing %1 / %2 nominations</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="621" />
        <source>⚠ %1 đơn vị vượt giới hạn số lượng:</source>
        <translation>⚠ %1 units exceed a quota:</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="624" />
        <source>%1: %2 %3, giới hạn %4 (tính trên %5 %6)</source>
        <translation>%1: %2 %3, limit %4 (based on %5 %6)</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="633" />
        <source>… và %1 đơn vị khác</source>
        <translation>… and %1 more units</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="683" />
        <source>Đang chọn %1</source>
        <translation>%1 selected</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="700" />
        <source>Kết quả kiểm tra</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="713" />
        <source>Xung đột lợi ích: thành viên Hội đồng %1</source>
        <translation>Conflict of interest: council member %1</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="716" />
        <source>Chưa kiểm tra: bấm «Kiểm tra lại» (F5).</source>
        <translation>Not checked yet: press “Re-check” (F5).</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="752" />
        <source>Lịch sử khen thưởng…</source>
        <translation>Award history…</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="758" />
        <source>Lịch sử thay đổi…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="789" />
        <source>Đã thêm %1 đề nghị</source>
        <translation>Added %1 nominations</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="791" />
        <source>; %1 đã có trong đợt nên bỏ qua</source>
        <translation>; %1 already in the round were skipped</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="810" />
        <source>trong %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="812" />
        <source>trong tất cả đơn vị</source>
        <translation>in all units</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="816" />
        <source>Đề xuất Lao động tiên tiến</source>
        <translation>Propose Advanced Worker</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="818" />
        <source>Đề nghị Lao động tiên tiến năm %1 cho mọi người đang công tác %2 có xếp loại năm %1 đạt yêu cầu? Người đã có đề nghị LĐTT trong đợt được bỏ qua; kết quả kiểm tra được tính lại.</source>
        <translation>Nominate for Advanced Worker %1 everyone working %2 whose %1 rating qualifies? People already nominated for LĐTT in the round are skipped; check results are recomputed.</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="829" />
        <source>Đã đề xuất %1 người đạt LĐTT</source>
        <translation>Proposed %1 people for LĐTT</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="831" />
        <source>; %1 người đã có đề nghị</source>
        <translation>; %1 already nominated</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="841" />
        <source>Đang đề xuất Lao động tiên tiến…</source>
        <translation>Proposing Advanced Worker…</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="860" />
        <location filename="../../ui/nominations/tasks.py" line="69" />
        <source>Đang kiểm tra lại các đề nghị…</source>
        <translation>Re-checking the nominations…</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="862" />
        <source>Đã hủy kiểm tra lại; kết quả cũ được giữ.</source>
        <translation>Re-check cancelled; the previous results are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="922" />
        <source>Đã chuyển %1 đề nghị sang «%2»</source>
        <translation>Moved %1 nominations to “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="959" />
        <source>Trả lại đề nghị</source>
        <translation>Return nominations</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="960" />
        <source>Trả lại %1 đề nghị. Lý do được lưu trong lịch sử trạng thái và báo cho đơn vị.</source>
        <translation>Return %1 nominations. The reason is kept in the status history and reported to the unit.</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="974" />
        <source>Không duyệt đề nghị</source>
        <translation>Reject nominations</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="975" />
        <source>Không đề nghị, không duyệt %1 đề nghị. Lý do được lưu trong lịch sử trạng thái.</source>
        <translation>Reject %1 nominations. The reason is kept in the status history.</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="987" />
        <source>Xóa đề nghị</source>
        <translation>Delete nominations</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="987" />
        <source>Xóa %1 đề nghị khỏi đợt xét?</source>
        <translation>Delete %1 nominations from the round?</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="999" />
        <source>Đã xóa %1 đề nghị</source>
        <translation>Deleted %1 nominations</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1024" />
        <source>Đã lưu tóm tắt thành tích của %1</source>
        <translation>Achievement summary of %1 saved</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1113" />
        <source>Xác nhận trước khi gửi danh sách</source>
        <translation>Confirm before sending the list</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1115" />
        <source>Xác nhận: ngoài %1 đề nghị đã đánh dấu «Đang bị xem xét», không ai trong đợt «%2» đang bị xem xét kỷ luật, thanh tra, kiểm tra hoặc giải quyết khiếu nại, tố cáo (Nghị định 152/2025/NĐ-CP Điều 4 khoản 4)?

Chương trình chỉ hỏi một lần cho mỗi đợt và ghi lại người xác nhận.</source>
        <translation>Confirm: apart from the %1 nominations marked “Under review”, nobody in the round “%2” is under discipline, inspection or complaint review (Decree 152/2025/NĐ-CP Art. 4(4))?

This is asked once per round and who confirmed is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1200" />
        <source>Đã xuất tờ trình.</source>
        <translation>The submission was exported.</translation>
    </message>
    <message>
        <source>Danh sách đề nghị khen thưởng %1.xlsx</source>
        <translation>Nomination list %1.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1141" />
        <source>Xuất cả đề nghị chưa đủ điều kiện gửi?</source>
        <translation>Export nominations that are not ready to send?</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1143" />
        <source>%1 đề nghị chưa đủ điều kiện gửi lên cấp trên (dự thảo, bị loại, đã có quyết định, không đủ điều kiện ✘ hoặc chưa kiểm tra) sẽ có trong danh sách. Vẫn xuất?</source>
        <translation>%1 nominations not ready to send to the superior (drafts, rejected, already decided, not eligible ✘ or not checked) will be in the list. Export anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1152" />
        <source>Không có đề nghị để gửi</source>
        <translation>No nomination to send</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1154" />
        <source>Trong các đề nghị đang hiển thị, không có đề nghị nào đã gửi/đã kiểm tra và đủ điều kiện (hoặc cần kiểm tra thủ công). Chuyển trạng thái các đề nghị, hoặc chọn «Mọi đề nghị đang hiển thị».</source>
        <translation>Among the nominations shown none is submitted/checked and eligible (or to be checked by hand). Move the nominations on, or choose “Every nomination shown”.</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1171" />
        <source>Xuất danh sách đề nghị khen thưởng</source>
        <translation>Export the nomination list</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1164" />
        <source>Đã xuất %1 đề nghị ra %2</source>
        <translation>Exported %1 nominations to %2</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1172" />
        <source>Danh sách đề nghị khen thưởng %1</source>
        <translation>Nominations for awards %1</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1177" />
        <source>Đã xuất %1 đề nghị.</source>
        <translation>%1 nominations exported.</translation>
    </message>
    <message>
        <source>Tệp đang được mở</source>
        <translation>The file is open</translation>
    </message>
    <message>
        <source>Chọn tên tệp khác?</source>
        <translation>Choose another file name?</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1178" />
        <source>Đang xuất danh sách đề nghị…</source>
        <translation>Exporting the nomination list…</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1196" />
        <source>Xuất tờ trình đề nghị khen thưởng</source>
        <translation>Export the award submission</translation>
    </message>
    <message>
        <source>Tệp Word (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1190" />
        <source>Đã xuất tờ trình ra %1</source>
        <translation>Submission exported to %1</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1197" />
        <source>Tờ trình %1</source>
        <translation>Submission %1</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/nominations_screen.py" line="1201" />
        <source>Đang xuất tờ trình…</source>
        <translation>Exporting the submission…</translation>
    </message>
</context>
<context>
    <name>NomineePickerDialog</name>
    <message>
        <location filename="../../ui/nominations/picker.py" line="59" />
        <source>Thêm đề nghị khen thưởng</source>
        <translation>Add nominations</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/picker.py" line="61" />
        <source>&amp;Cá nhân</source>
        <translation>&amp;Individuals</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/picker.py" line="62" />
        <source>&amp;Tập thể</source>
        <translation>&amp;Collectives</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/picker.py" line="70" />
        <source>&amp;Danh hiệu, hình thức:</source>
        <translation>&amp;Title or form:</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/picker.py" line="85" />
        <source>Tìm theo họ tên hoặc mã — gõ không dấu cũng được</source>
        <translation>Search by name or code — accents optional</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/picker.py" line="119" />
        <source>Thêm vào đợt xét</source>
        <translation>Add to the round</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/picker.py" line="124" />
        <source>Đối tượng:</source>
        <translation>Nominees:</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/picker.py" line="198" />
        <source>Chọn đơn vị bên trái để lọc; chọn nhiều người bằng Ctrl hoặc Shift.</source>
        <translation>Choose a unit on the left to filter; select several people with Ctrl or Shift.</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/picker.py" line="200" />
        <source>Chọn một hoặc nhiều tập thể trong cây đơn vị (Ctrl hoặc Shift để chọn nhiều).</source>
        <translation>Select one or more collectives in the unit tree (Ctrl or Shift for several).</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/picker.py" line="261" />
        <source>Đã chọn %1 người</source>
        <translation>%1 people selected</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/picker.py" line="263" />
        <source>hiển thị %1 / hơn %2; gõ thêm để thu hẹp</source>
        <translation>showing %1 of more than %2; type more to narrow</translation>
    </message>
    <message>
        <source>hiển thị %1 / %2; gõ thêm để thu hẹp</source>
        <translation>showing %1 / %2; type more to narrow</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/picker.py" line="267" />
        <source>Đã chọn %1 tập thể</source>
        <translation>%1 collectives selected</translation>
    </message>
</context>
<context>
    <name>OrgScreen</name>
    <message>
        <location filename="../../ui/org/org_screen.py" line="85" />
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="86" />
        <location filename="../../ui/org/org_screen.py" line="134" />
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="87" />
        <location filename="../../ui/org/org_screen.py" line="326" />
        <location filename="../../ui/org/org_screen.py" line="427" />
        <source>Ngừng hoạt động</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="94" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="109" />
        <source>Tìm theo họ tên hoặc mã — gõ không dấu cũng được (Ctrl+F)</source>
        <translation>Search by name or code — tone marks optional (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="110" />
        <source>Hiện cả người đã thôi công tác</source>
        <translation>Also show people who have left</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="132" />
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="133" />
        <source>Thêm cán bộ (Ctrl+N)</source>
        <translation>Add a staff member (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="135" />
        <source>Sửa hồ sơ đang chọn (Enter hoặc F2)</source>
        <translation>Edit the selected record (Enter or F2)</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="136" />
        <location filename="../../ui/org/org_screen.py" line="321" />
        <source>Thôi công tác</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="137" />
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="138" />
        <source>Tải mẫu…</source>
        <translation>Template…</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="139" />
        <location filename="../../ui/org/org_screen.py" line="455" />
        <source>Lịch sử khen thưởng…</source>
        <translation>Award history…</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="141" />
        <source>Xếp loại, khen thưởng, sáng kiến, kỷ luật của người đang chọn (Ctrl+H)</source>
        <translation>Ratings, awards, initiatives and discipline of the selected person (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="283" />
        <source>Hiển thị %1 / hơn %2 người</source>
        <translation>Showing %1 of more than %2 people</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="288" />
        <source>Hiển thị %1 / %2 người</source>
        <translation>Showing %1 of %2 people</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="457" />
        <source>Lịch sử thay đổi…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="285" />
        <location filename="../../ui/org/org_screen.py" line="290" />
        <source>Gõ thêm vào ô tìm kiếm hoặc chọn đơn vị để thu hẹp danh sách.</source>
        <translation>Type more in the search box or choose a unit to narrow the list.</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="292" />
        <source>%1 người</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="319" />
        <source>Cho công tác lại</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="326" />
        <source>Hoạt động lại</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="396" />
        <source>Hồ sơ đã bị thay đổi</source>
        <translation>Record was changed</translation>
    </message>
    <message>
        <location filename="../../ui/org/org_screen.py" line="429" />
        <source>Đánh dấu đơn vị «%1» ngừng hoạt động? Cán bộ và lịch sử của đơn vị vẫn được giữ; có thể cho hoạt động lại bất cứ lúc nào.</source>
        <translation>Mark unit “%1” as inactive? Its staff and history are kept; it can be reactivated at any time.</translation>
    </message>
</context>
<context>
    <name>OutsideAgencyDialog</name>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="210" />
        <source>Thêm cơ quan ngoài</source>
        <translation>Add an outside agency</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="214" />
        <source>Cơ quan không có trong cây đơn vị của hệ thống: chỉ ghi tên. Cơ quan ngoài được chấm điểm, xếp hạng nhưng không lập được đề nghị khen thưởng.</source>
        <translation>An agency that is not in the unit tree: only its name is kept. Outside agencies are scored and ranked but cannot be nominated for awards.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="219" />
        <source>Tên cơ quan</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="222" />
        <source>Năm tham gia khối</source>
        <translation>Year joined the bloc</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="231" />
        <source>không được để trống</source>
        <translation>must not be empty</translation>
    </message>
</context>
<context>
    <name>ParamsEditor</name>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="75" />
        <source>nhập dạng tử/mẫu (ví dụ 4/5) hoặc phần trăm (ví dụ 80%)</source>
        <translation>type a fraction (e.g. 4/5) or a percentage (e.g. 80%)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="110" />
        <source>Đã đối chiếu với quy chế của cơ quan: bỏ đánh dấu chưa xác nhận</source>
        <translation>Checked against the office's own regulation: clear the unconfirmed mark</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="155" />
        <source>(không yêu cầu)</source>
        <translation>(not required)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="162" />
        <source>(không yêu cầu sáng kiến)</source>
        <translation>(no initiative required)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="167" />
        <source>(không xét kỷ luật)</source>
        <translation>(discipline not considered)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="190" />
        <source>ví dụ 4/5 hoặc 80%; trống = không áp dụng</source>
        <translation>e.g. 4/5 or 80%; empty = not applied</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="192" />
        <source>mã, cách nhau bởi dấu phẩy, ví dụ BK_BO</source>
        <translation>codes separated by commas, e.g. BK_BO</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="194" />
        <source>trống = theo danh mục</source>
        <translation>empty = as in the catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="220" />
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="237" />
        <source>Chưa được văn bản xác nhận: %1.</source>
        <translation>Not confirmed by the legal text: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="247" />
        <source>Chưa được văn bản xác nhận — xem ghi chú ở đầu</source>
        <translation>Not confirmed by the legal text — see the note at the top</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="313" />
        <source>phải là số nguyên không âm</source>
        <translation>must be a non-negative whole number</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="318" />
        <source>phải là một số, ví dụ 1,5</source>
        <translation>must be a number, e.g. 1.5</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="353" />
        <source>Tiêu chuẩn</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="354" />
        <source>Tập thể</source>
        <translation>Collective</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="355" />
        <source>Bỏ phiếu của Hội đồng</source>
        <translation>Council vote</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="356" />
        <source>Giới hạn số lượng</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/params_editor.py" line="357" />
        <source>Tiền thưởng</source>
        <translation>Reward</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/connection/dialog.py" line="151" />
        <source>Mật khẩu máy chủ</source>
        <translation>Server password</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="154" />
        <source>Nhập mật khẩu của người dùng %1 trên máy chủ %2 (cơ sở dữ liệu %3).</source>
        <translation>Enter the password of user %1 on server %2 (database %3).</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="166" />
        <source>Ghi nhớ mật khẩu</source>
        <translation>Remember the password</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="168" />
        <source>Cất trong kho mật khẩu của hệ điều hành (nếu máy có).</source>
        <translation>Kept in the operating system's password store (when there is one).</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="170" />
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="173" />
        <source>Kết nối</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="174" />
        <source>Thoát</source>
        <translation>Quit</translation>
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
        <location filename="../../ui/models/people_table.py" line="37" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table.py" line="38" />
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table.py" line="39" />
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table.py" line="40" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table.py" line="41" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_table.py" line="77" />
        <source>Thôi công tác từ %1</source>
        <translation>Left on %1</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="54" />
        <source>Sửa hồ sơ cán bộ</source>
        <translation>Edit staff record</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="54" />
        <source>Thêm cán bộ</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="60" />
        <source>ví dụ: Nguyễn Thị Thu Hà</source>
        <translation>e.g. Nguyễn Thị Thu Hà</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="62" />
        <source>— chọn —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="67" />
        <source>Chỉ biết năm sinh</source>
        <translation>Only the year is known</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="110" />
        <source>Mã cán bộ</source>
        <translation>Staff code</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="111" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="112" />
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="113" />
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="114" />
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="115" />
        <source>Đối tượng</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="118" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="119" />
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="120" />
        <source>Cấp lãnh đạo</source>
        <translation>Leadership level</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="121" />
        <source>Bắt đầu công tác</source>
        <translation>Started work</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="122" />
        <source>Thôi công tác</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="143" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="200" />
        <source>Kinh</source>
        <translation>Kinh</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="227" />
        <source>năm, ví dụ 1985</source>
        <translation>year, e.g. 1985</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="227" />
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="249" />
        <source>nhập năm gồm 4 chữ số</source>
        <translation>type a 4-digit year</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="301" />
        <source>Điền các trường bắt buộc: mã, họ tên, giới tính, đơn vị.</source>
        <translation>Fill in the required fields: code, full name, gender, unit.</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="351" />
        <source>Hồ sơ đã bị thay đổi</source>
        <translation>Record was changed</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="356" />
        <source>Tải lại</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/org/person_dialog.py" line="357" />
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>PledgeTab</name>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="145" />
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="163" />
        <source>Ngày ký:</source>
        <translation>Signed on:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="166" />
        <source>Tiêu đề:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="167" />
        <source>Địa danh:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="170" />
        <source>Mỗi đoạn một dòng; dòng bắt đầu bằng "1.", "-", "a)" là một mục riêng.</source>
        <translation>One paragraph per line; a line starting with "1.", "-" or "a)" is an item of its own.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="173" />
        <source>Nội dung giao ước</source>
        <translation>Pledge content</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="200" />
        <source>Bỏ khỏi danh sách ký</source>
        <translation>Remove from signatories</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="202" />
        <source>Thêm thành viên còn thiếu</source>
        <translation>Add missing members</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="203" />
        <source>Thêm các thành viên của khối trong năm chưa có trong danh sách ký</source>
        <translation>Add the bloc's members of the year that are not among the signatories</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="209" />
        <source>Các đơn vị ký giao ước</source>
        <translation>Signing agencies</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="223" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="225" />
        <location filename="../../ui/blocs/pledge_tab.py" line="415" />
        <source>Chép từ năm trước</source>
        <translation>Copy from last year</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="227" />
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="273" />
        <location filename="../../ui/blocs/pledge_tab.py" line="284" />
        <location filename="../../ui/blocs/pledge_tab.py" line="305" />
        <location filename="../../ui/blocs/pledge_tab.py" line="540" />
        <source>Giao ước chưa lưu</source>
        <translation>Unsaved pledge</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="274" />
        <location filename="../../ui/blocs/pledge_tab.py" line="306" />
        <location filename="../../ui/blocs/pledge_tab.py" line="541" />
        <source>Giao ước thi đua năm %1 có thay đổi chưa lưu. Lưu lại không?</source>
        <translation>The emulation pledge of %1 has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="285" />
        <source>Chưa lưu được giao ước năm %1 vì dữ liệu chưa hợp lệ; các thay đổi đã bị bỏ.</source>
        <translation>The %1 pledge could not be saved because some data is invalid; the changes were discarded.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="417" />
        <source>Thay nội dung và danh sách ký của giao ước năm %1 bằng bản chép từ năm trước? Các dấu "Đã ký" của năm %1 sẽ bị xóa.</source>
        <translation>Replace the content and signatories of the %1 pledge with a copy of last year's? The "Signed" marks of %1 will be cleared.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="438" />
        <source>Lưu giao ước thi đua</source>
        <translation>Save emulation pledge</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="439" />
        <source>Giao ước thi đua năm %1</source>
        <translation>Emulation pledge %1</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="443" />
        <source>Đang tạo giao ước thi đua…</source>
        <translation>Creating the emulation pledge…</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="442" />
        <source>Đã tạo giao ước thi đua.</source>
        <translation>The emulation pledge was written.</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Đã ghi tệp %1</source>
        <translation>File written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="597" />
        <source>Chọn một khối thi đua để xem giao ước.</source>
        <translation>Choose an emulation bloc to see its pledge.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="601" />
        <source>Năm %1 chưa có giao ước — đang soạn bản mới (chưa lưu).</source>
        <translation>No pledge for %1 yet — drafting a new one (not saved).</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="604" />
        <source>Có thay đổi chưa lưu.</source>
        <translation>Unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="606" />
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="610" />
        <source>Đã ký: %1/%2 đơn vị</source>
        <translation>Signed: %1/%2 agencies</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="615" />
        <source>Các năm đã có giao ước: %1</source>
        <translation>Years with a pledge: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="360" />
        <source>Kiểm tra dữ liệu</source>
        <translation>Check the data</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="361" />
        <source>Xem trước từng dòng và mọi lỗi tìm thấy. Chưa có gì được ghi.</source>
        <translation>Preview of every row and every problem found. Nothing has been written.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="363" />
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="370" />
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="370" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Họ tên / tên đơn vị</source>
        <translation>Name / unit name</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="370" />
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="370" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="373" />
        <source>Lỗi cần sửa</source>
        <translation>Errors to fix</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="374" />
        <source>Chỉ nhập các dòng hợp lệ (bỏ qua các dòng lỗi)</source>
        <translation>Import only the valid rows (skip rows with errors)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="389" />
        <source>Các dòng trong tệp</source>
        <translation>Rows in the file</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="409" />
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="420" />
        <source>Đang đọc và kiểm tra %1…</source>
        <translation>Reading and checking %1…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="429" />
        <location filename="../../ui/import_wizard.py" line="432" />
        <source>Không đọc được tệp.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="438" />
        <source>Đã hủy việc đọc tệp. Bấm «Quay lại» để chọn lại.</source>
        <translation>Reading was cancelled. Press “Back” to choose again.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="457" />
        <source>%1 dòng hợp lệ, %2 dòng lỗi</source>
        <translation>%1 valid rows, %2 rows with errors</translation>
    </message>
    <message>
        <source>%1 thêm mới, %2 cập nhật</source>
        <translation>%1 new, %2 updated</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="461" />
        <source>Lỗi cần sửa (%1)</source>
        <translation>Errors to fix (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="484" />
        <source>Tệp có lỗi nên sẽ không ghi gì vào cơ sở dữ liệu (nhập tất cả hoặc không). Hãy sửa tệp rồi chọn lại (nút «Quay lại»).</source>
        <translation>The file has errors, so nothing will be written (whole file or nothing). Correct the file and choose it again (“Back”).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="491" />
        <source>Tệp có lỗi nên sẽ không ghi gì vào cơ sở dữ liệu. Hãy sửa tệp rồi chọn lại (nút «Quay lại»), hoặc đánh dấu «Chỉ nhập các dòng hợp lệ».</source>
        <translation>The file has errors, so nothing will be written to the database. Fix the file and choose it again (“Back”), or tick “Import only the valid rows”.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="499" />
        <source>%1 dòng lỗi sẽ bị bỏ qua; các dòng hợp lệ sẽ được nhập.</source>
        <translation>%1 rows with errors will be skipped; the valid rows will be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="502" />
        <source>Tệp không có dòng dữ liệu nào.</source>
        <translation>The file has no data rows.</translation>
    </message>
</context>
<context>
    <name>PrinterProfilesDialog</name>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="53" />
        <source>Căn chỉnh máy in</source>
        <translation>Printer calibration</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="92" />
        <source>Hồ sơ:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="93" />
        <source>Tên máy in:</source>
        <translation>Printer name:</translation>
    </message>
    <message>
        <source>Lệch ngang X (mm, + sang phải):</source>
        <translation>Horizontal offset X (mm, + to the right):</translation>
    </message>
    <message>
        <source>Lệch dọc Y (mm, + xuống dưới):</source>
        <translation>Vertical offset Y (mm, + downwards):</translation>
    </message>
    <message>
        <source>Tỉ lệ X:</source>
        <translation>Scale X:</translation>
    </message>
    <message>
        <source>Tỉ lệ Y:</source>
        <translation>Scale Y:</translation>
    </message>
    <message>
        <source>1. Bấm «Tờ in thử…», in tờ đó ở tỉ lệ 100% (tắt «Vừa trang / Fit to page») trên khổ giấy của phôi.
2. Đo bằng thước từ mép trái và mép trên tờ giấy đến tâm dấu số 1 (đúng ra là 20 mm; 20 mm).
3. Nhập độ lệch = vị trí đúng − số đo. Ví dụ dấu in ra ở 21,5 mm thì lệch X = −1,5.
4. In lại tờ thử với hồ sơ vừa lưu: mọi dấu phải nằm đúng vị trí ghi bên cạnh.</source>
        <translation>1. Click “Test sheet…” and print it at 100% (turn “Fit to page” off) on the blank's paper size.
2. Measure with a ruler from the sheet's left and top edges to the centre of target 1 (it should be 20 mm; 20 mm).
3. Enter offset = true position − measurement. E.g. a target printed at 21.5 mm gives offset X = −1.5.
4. Print the test sheet again with the saved profile: every target must sit where its label says.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="63" />
        <source>1. Bấm «Tờ in thử…», in tờ đó ở tỉ lệ 100% (tắt «Vừa trang / Fit to page») trên khổ giấy của phôi.
2. Dùng thước đo từ mép trái và mép trên tờ giấy đến tâm mỗi dấu.
3. Nhập số đo (vị trí dấu in ra, đúng như thước chỉ) vào bảng dưới; dấu nào không đo thì để trống. Chương trình tự tính độ lệch.
4. Lưu, in lại tờ thử với hồ sơ vừa lưu: mọi dấu phải nằm đúng vị trí ghi bên cạnh.</source>
        <translation>1. Press “Test sheet…” and print it at 100 % (turn “Fit to page” off) on the blank's paper size.
2. With a ruler, measure from the paper's left and top edges to the centre of each mark.
3. Type the readings (where each mark landed, exactly as the ruler shows) in the table below; leave marks you did not measure empty. The program computes the offsets.
4. Save, then print the test sheet again with the saved profile: every mark must land where its label says.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="99" />
        <source>Dấu</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="100" />
        <source>In ở (x; y)</source>
        <translation>Printed at (x; y)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="101" />
        <source>Đo được x (mm)</source>
        <translation>Measured x (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="102" />
        <source>Đo được y (mm)</source>
        <translation>Measured y (mm)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="114" />
        <source>Dấu %1, %2 đo được</source>
        <translation>Mark %1, measured %2</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="123" />
        <source>Tờ in thử này đã in qua hồ sơ đang chọn</source>
        <translation>This test sheet was printed through the chosen profile</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="131" />
        <source>Tờ in thử…</source>
        <translation>Test sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="133" />
        <source>Đọc tờ in thử quét…</source>
        <translation>Read a scanned test sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="135" />
        <source>Hồ sơ mới</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="137" />
        <location filename="../../ui/printing/profiles_dialog.py" line="309" />
        <source>Xóa hồ sơ</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="140" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="141" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="164" />
        <source>(hồ sơ mới)</source>
        <translation>(new profile)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="204" />
        <source>Dấu %1, %2: %3</source>
        <translation>Mark %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="242" />
        <source>tính từ số đo</source>
        <translation>computed from the readings</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="246" />
        <source>đang lưu</source>
        <translation>as saved</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="244" />
        <source>đọc từ bản quét</source>
        <translation>read from the scan</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="249" />
        <source>Hiệu chỉnh (%1): lệch ngang %2 mm, lệch dọc %3 mm, tỉ lệ %4 × %5.</source>
        <translation>Correction (%1): horizontal %2 mm, vertical %3 mm, scale %4 × %5.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="300" />
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="300" />
        <source>Đã lưu hồ sơ máy in «%1».</source>
        <translation>Printer profile “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="309" />
        <source>Xóa hồ sơ máy in «%1»?</source>
        <translation>Delete the printer profile “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="334" />
        <source>Lưu tờ in thử</source>
        <translation>Save the test sheet</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="335" />
        <source>Tờ in thử căn chỉnh</source>
        <translation>Calibration test sheet</translation>
    </message>
    <message>
        <location filename="../../ui/printing/profiles_dialog.py" line="338" />
        <source>Đã ghi tờ in thử. In tệp này ở tỉ lệ 100% (tắt «Vừa trang / Fit to page»).</source>
        <translation>The test sheet was saved. Print it at 100% (turn “Fit to page” off).</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Đã ghi tờ in thử</source>
        <translation>Test sheet written</translation>
    </message>
    <message>
        <source>Đã ghi %1. In tệp này ở tỉ lệ 100% (tắt «Vừa trang / Fit to page»).</source>
        <translation>Wrote %1. Print it at 100% (turn “Fit to page” off).</translation>
    </message>
</context>
<context>
    <name>PrintingScreen</name>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="57" />
        <source>Trong hộp thoại in, chọn tỉ lệ 100% («Kích thước thực», Actual size) và TẮT «Vừa trang» (Fit to page); nếu không, chữ sẽ lệch khỏi các dòng của phôi.</source>
        <translation>In the print dialog choose 100% scale (“Actual size”) and turn “Fit to page” OFF; otherwise the text misses the lines of the blank.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="100" />
        <source>In giấy khen, bằng khen</source>
        <translation>Print certificates</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="123" />
        <source>Quyết định:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="128" />
        <source>Danh sách Excel (trộn thư):</source>
        <translation>Excel list (mail merge):</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="130" />
        <source>tệp lập từ mẫu «certificates»</source>
        <translation>a file made from the “certificates” template</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="131" />
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="137" />
        <source>Mẫu đầy đủ (giấy trắng)</source>
        <translation>Full design (plain paper)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="138" />
        <source>In lên phôi in sẵn</source>
        <translation>Onto pre-printed blanks</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="157" />
        <source>Căn chỉnh máy in…</source>
        <translation>Printer calibration…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="159" />
        <source>Vị trí ô trên phôi…</source>
        <translation>Boxes on the blank…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="146" />
        <source>Mẫu:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="148" />
        <source>Cách in:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="150" />
        <source>Hồ sơ máy in:</source>
        <translation>Printer profile:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="161" />
        <source>Kiểm tra &amp;&amp; xem trước</source>
        <translation>Check &amp;&amp; preview</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="162" />
        <source>Tạo PDF…</source>
        <translation>Create PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="163" />
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="171" />
        <source>Các ô không vừa khung in sẽ được liệt kê ở đây.</source>
        <translation>Fields that do not fit their boxes are listed here.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="195" />
        <source>Bấm «Kiểm tra &amp; xem trước» để xem trang in.</source>
        <translation>Click “Check &amp; preview” to see the pages.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="211" />
        <source>Trang:</source>
        <translation>Page:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="223" />
        <source>Lúc</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="224" />
        <source>Người in</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="225" />
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="226" />
        <source>Mẫu</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="227" />
        <source>Cách in</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="227" />
        <source>phôi</source>
        <translation>blank</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="227" />
        <source>đầy đủ</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="228" />
        <source>Máy in</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="229" />
        <source>Số trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="230" />
        <location filename="../../ui/printing/printing_screen.py" line="544" />
        <source>In lại</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="231" />
        <source>Tệp / máy in</source>
        <translation>File / printer</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="232" />
        <source>Người nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="241" />
        <source>In lại một giấy…</source>
        <translation>Reprint one certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="247" />
        <source>Nhật ký in</source>
        <translation>Print log</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="278" />
        <source>dự thảo</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="278" />
        <source>đã ban hành</source>
        <translation>issued</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="284" />
        <source>(không hiệu chỉnh)</source>
        <translation>(no correction)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="319" />
        <source>Chọn danh sách trộn thư</source>
        <translation>Choose the mail-merge list</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="319" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="342" />
        <source>Chưa chọn tệp danh sách.</source>
        <translation>No list file chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="348" />
        <source>Chưa có quyết định nào.</source>
        <translation>There is no decision yet.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="350" />
        <source>Quyết định %1</source>
        <translation>Decision %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="373" />
        <source>%1 ô không vừa khung in: chưa tạo, chưa in gì. Hãy rút gọn nội dung hoặc nới rộng ô trong «Vị trí ô trên phôi».</source>
        <translation>%1 fields do not fit their boxes: nothing was created or printed. Shorten the text or widen the box in “Boxes on the blank”.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="381" />
        <source>%1 giấy, mọi ô đều vừa khung.</source>
        <translation>%1 certificates; every field fits.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="401" />
        <location filename="../../ui/printing/printing_screen.py" line="448" />
        <location filename="../../ui/printing/printing_screen.py" line="504" />
        <source>Đang tạo tệp PDF…</source>
        <translation>Creating the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="396" />
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="413" />
        <source>Trang PDF thật (QtPdf)</source>
        <translation>The real PDF page (QtPdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="444" />
        <source>Giấy khen %1</source>
        <translation>Certificates %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="533" />
        <source>Giấy khen in lại</source>
        <translation>Reprinted certificate</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="536" />
        <source>Đã ghi giấy in lại.</source>
        <translation>The reprint was written.</translation>
    </message>
    <message>
        <source>Ảnh trang PDF (pdftoppm)</source>
        <translation>PDF page image (pdftoppm)</translation>
    </message>
    <message>
        <source>Vẽ theo bố cục (không có pdftoppm)</source>
        <translation>Drawn from the layout (no pdftoppm)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="443" />
        <source>Lưu tệp PDF giấy khen</source>
        <translation>Save the certificates PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="447" />
        <source>Đã ghi %1 trang.</source>
        <translation>%1 pages written.</translation>
    </message>
    <message>
        <source>Đã tạo PDF</source>
        <translation>PDF created</translation>
    </message>
    <message>
        <source>Đã ghi %1 trang vào %2.</source>
        <translation>Wrote %1 pages to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="460" />
        <source>In ở tỉ lệ 100%</source>
        <translation>Print at 100%</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="474" />
        <source>In — tỉ lệ 100%, tắt «Vừa trang / Fit to page»</source>
        <translation>Print — 100% scale, turn “Fit to page” off</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="485" />
        <source>Máy in: %1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="509" />
        <source>Đã gửi %1 trang tới máy in.</source>
        <translation>Sent %1 pages to the printer.</translation>
    </message>
    <message>
        <source>Đã in lại</source>
        <translation>Reprinted</translation>
    </message>
    <message>
        <source>Đã ghi giấy in lại vào %1.</source>
        <translation>Wrote the reprinted certificate to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="544" />
        <source>Chọn một lần in trong nhật ký.</source>
        <translation>Choose a printing in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="547" />
        <source>In lại một giấy</source>
        <translation>Reprint one certificate</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="547" />
        <source>Người nhận:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_screen.py" line="532" />
        <source>Lưu giấy in lại</source>
        <translation>Save the reprint</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="66" />
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="67" />
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="68" />
        <source>Điểm tự chấm</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="69" />
        <source>Điểm chấm (bình quân)</source>
        <translation>Assessed (average)</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="70" />
        <source>Chênh lệch</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="71" />
        <source>Số phiếu</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="72" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="89" />
        <source>Đồng hạng %1</source>
        <translation>Tied %1</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="91" />
        <source>dưới 5 phiếu: không bỏ điểm cao nhất, thấp nhất</source>
        <translation>under 5 sheets: highest and lowest kept</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="93" />
        <source>cơ quan ngoài hệ thống</source>
        <translation>outside agency</translation>
    </message>
</context>
<context>
    <name>RankingTab</name>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="184" />
        <source>Đề nghị khen thưởng…</source>
        <translation>Nominate…</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="186" />
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="188" />
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="191" />
        <source>Bảng tiêu chí:</source>
        <translation>Criteria table:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="289" />
        <source>Điểm chấm là bình quân các phiếu chấm đủ; khi có từ 5 phiếu trở lên, bỏ một phiếu cao nhất và một phiếu thấp nhất.</source>
        <translation>The assessed score is the average of the complete sheets; with 5 sheets or more, one highest and one lowest are dropped.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="293" />
        <source>Điểm chấm là bình quân các phiếu chấm đủ.</source>
        <translation>The assessed score is the average of the complete sheets.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="297" />
        <source>Có %1 nhóm đồng hạng (tô cùng màu).</source>
        <translation>%1 groups of tied members (tinted alike).</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="302" />
        <source>tự chấm</source>
        <translation>self-score</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="308" />
        <source>Còn thiếu %1 phiếu chấm (chưa tính vào điểm bình quân): %2</source>
        <translation>%1 sheets incomplete (left out of the average): %2</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="313" />
        <source>Chưa xếp hạng (chưa có phiếu chấm đủ): %1</source>
        <translation>Not ranked (no complete sheet yet): %1</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="316" />
        <source>Đã đủ điểm tự chấm và điểm của mọi người chấm.</source>
        <translation>All self-scores and every assessor's scores are in.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="335" />
        <source>Điểm tự chấm và điểm chấm theo tiêu chí: %1 (ô đỏ: chênh lệch từ 10% điểm tối đa trở lên)</source>
        <translation>Self-score and assessed score per criterion: %1 (red: a gap of 10% of the maximum or more)</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="348" />
        <source>Đề nghị khen thưởng</source>
        <translation>Nominations</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="348" />
        <source>Chưa có thành viên nào được xếp hạng.</source>
        <translation>No member is ranked yet.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="369" />
        <source>Cờ thi đua: %1 đề nghị mới</source>
        <translation>Emulation flag: %1 new nominations</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="370" />
        <source>Bằng khen: %1 đề nghị mới</source>
        <translation>Certificate of Merit: %1 new nominations</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="374" />
        <source>%1 đề nghị đã có trong đợt nên bỏ qua</source>
        <translation>%1 nominations already in the round were skipped</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="377" />
        <source>không đề nghị được cho cơ quan ngoài hệ thống: %1</source>
        <translation>outside agencies cannot be nominated: %1</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="384" />
        <source>Lưu ý: có đơn vị bằng điểm với đơn vị cuối cùng được đề nghị Bằng khen nhưng vượt số lượng đã định</source>
        <translation>Note: a member tied with the last one proposed for the Certificate of Merit was left out by the number set</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="387" />
        <source>Đã tạo đề nghị</source>
        <translation>Nominations created</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="400" />
        <source>Lưu bảng điểm và xếp hạng</source>
        <translation>Save the scores and ranking</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="401" />
        <source>Bảng điểm và xếp hạng</source>
        <translation>Scores and ranking</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="405" />
        <source>Đang xuất bảng điểm…</source>
        <translation>Exporting the scores…</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/ranking_tab.py" line="404" />
        <source>Đã xuất bảng điểm.</source>
        <translation>The score sheet was exported.</translation>
    </message>
    <message>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Đã ghi tệp %1</source>
        <translation>File written: %1</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="76" />
        <source>Sửa xếp loại</source>
        <translation>Edit rating</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="76" />
        <source>Thêm xếp loại</source>
        <translation>Add rating</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="78" />
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="79" />
        <source>Xếp loại</source>
        <translation>Rating</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/nominations/reason_dialog.py" line="36" />
        <source>ví dụ: hồ sơ thiếu bản tóm tắt thành tích có xác nhận của thủ trưởng</source>
        <translation>e.g. the dossier lacks the achievement summary signed by the head</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/reason_dialog.py" line="41" />
        <source>Trả về trạng thái:</source>
        <translation>Return to status:</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/reason_dialog.py" line="42" />
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/reason_dialog.py" line="46" />
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/nominations/reason_dialog.py" line="70" />
        <source>cần ghi lý do khi trả lại hoặc không duyệt đề nghị</source>
        <translation>a reason is required to return or reject a nomination</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="80" />
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="81" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="82" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="83" />
        <source>Thêm (Insert)</source>
        <translation>Add (Insert)</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="84" />
        <source>Sửa dòng đang chọn (Enter hoặc F2)</source>
        <translation>Edit the selected row (Enter or F2)</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_dialog.py" line="85" />
        <source>Xóa dòng đang chọn (Delete)</source>
        <translation>Delete the selected row (Delete)</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="116" />
        <source>Báo cáo, thống kê</source>
        <translation>Reports and statistics</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="123" />
        <source>Biểu 0601: Số phong trào thi đua</source>
        <translation>Form 0601: emulation movements</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="124" />
        <source>Biểu 0602: Số lượng khen thưởng cấp Nhà nước</source>
        <translation>Form 0602: state-level awards</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="125" />
        <source>Biểu 0603: Số lượng khen thưởng cấp bộ, ban, ngành, tỉnh</source>
        <translation>Form 0603: ministry/province-level awards</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="126" />
        <source>Số lượt khen thưởng theo đơn vị và theo năm</source>
        <translation>Awards per unit and per year</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="127" />
        <source>Tỷ lệ khen thưởng người trực tiếp công tác và nữ</source>
        <translation>Share of awards to non-leaders and to women</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="128" />
        <source>Tiền thưởng theo đơn vị và cấp khen thưởng</source>
        <translation>Reward money by unit and award level</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="140" />
        <source>Tất cả các cấp</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="141" />
        <source>Cấp bộ, ban, ngành, tỉnh trở lên</source>
        <translation>Ministry / province level and up</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="142" />
        <source>Cấp Nhà nước</source>
        <translation>State level</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="147" />
        <source>Đánh dấu các đơn vị cần tính; không đánh dấu đơn vị nào là tính tất cả</source>
        <translation>Tick the units to count; with none ticked, every unit counts</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="148" />
        <source>Đơn vị (để trống: tất cả)</source>
        <translation>Units (none ticked: all)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="153" />
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="156" />
        <source>Lưu Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="160" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="161" />
        <source>Năm báo cáo</source>
        <translation>Report year</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="162" />
        <source>Cấp khen thưởng</source>
        <translation>Award level</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="249" />
        <source>Năm %1, theo ngày quyết định; số tiền theo quyết định đã ban hành hoặc tính theo quy định</source>
        <translation>Year %1, by decision date; amounts of issued decisions, or computed by the rules</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="255" />
        <source>Kỳ báo cáo: từ %1 đến %2 (theo ngày quyết định)</source>
        <translation>Reporting period: %1 to %2 (by decision date)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="261" />
        <source>Năm %1–%2, theo năm thành tích được khen</source>
        <translation>Years %1–%2, by the year of the achievement</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="286" />
        <source>Đang tính…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="338" />
        <source>Biểu %1 năm %2</source>
        <translation>Form %1, year %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="340" />
        <source>Báo cáo khen thưởng năm %2</source>
        <translation>Awards report, year %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="358" />
        <source>Đã lưu báo cáo.</source>
        <translation>Report saved.</translation>
    </message>
    <message>
        <source>Biểu %1 năm %2.xlsx</source>
        <translation>Form %1 year %2.xlsx</translation>
    </message>
    <message>
        <source>Báo cáo khen thưởng năm %2.xlsx</source>
        <translation>Award report %2.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="354" />
        <source>Lưu báo cáo</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="349" />
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Tệp đang được mở</source>
        <translation>The file is open</translation>
    </message>
    <message>
        <source>Chọn tên tệp khác?</source>
        <translation>Choose another file name?</translation>
    </message>
    <message>
        <location filename="../../ui/reports/reports_screen.py" line="359" />
        <source>Đang lưu báo cáo…</source>
        <translation>Saving the report…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="523" />
        <source>Kết quả nhập</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="541" />
        <source>Đang ghi dữ liệu…</source>
        <translation>Writing data…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="549" />
        <source>Đang nhập dữ liệu…</source>
        <translation>Importing data…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="565" />
        <source>Bản sao lưu trước khi nhập: %1</source>
        <translation>Backup taken before the import: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="570" />
        <source>Không có gì được ghi.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="572" />
        <source>Nhập không thành công; không có gì được ghi.</source>
        <translation>The import failed; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="577" />
        <source>Đã hủy; không có gì được ghi.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="187" />
        <source>Sửa đợt xét</source>
        <translation>Edit review round</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="187" />
        <source>Thêm đợt xét</source>
        <translation>Add review round</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="189" />
        <source>Đề nghị của đợt được kiểm tra theo bộ quy tắc có hiệu lực vào ngày xét.</source>
        <translation>The round's nominations are checked under the rule set in force on the review date.</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="191" />
        <source>Tên đợt xét</source>
        <translation>Round name</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="193" />
        <source>Năm thành tích</source>
        <translation>Achievement year</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="195" />
        <source>Ngày xét</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="196" />
        <source>Hạn nộp hồ sơ</source>
        <translation>Submission deadline</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="197" />
        <source>Ngày họp Hội đồng</source>
        <translation>Council meeting date</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="199" />
        <source>(không gắn phong trào)</source>
        <translation>(no movement)</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="204" />
        <source>Phong trào</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="205" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="216" />
        <source>Đợt xét khen thưởng năm %1</source>
        <translation>Award review %1</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="227" />
        <source>không được để trống</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="236" />
        <source>chưa nhập</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="238" />
        <source>phải từ năm %1 trở đi</source>
        <translation>must be in %1 or later</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="240" />
        <source>phải trước hoặc bằng ngày xét</source>
        <translation>must be on or before the review date</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/dialogs.py" line="242" />
        <source>phải sau hạn nộp hồ sơ</source>
        <translation>must be after the submission deadline</translation>
    </message>
</context>
<context>
    <name>RoundingDialog</name>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="88" />
        <source>Làm tròn tiền thưởng — %1</source>
        <translation>Rounding of reward money — %1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="93" />
        <source>Không làm tròn</source>
        <translation>No rounding</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="93" />
        <location filename="../../ui/catalogue/money_dialog.py" line="104" />
        <source>%1 đồng</source>
        <translation>%1 VND</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="98" />
        <source>Đã đối chiếu với văn bản của bộ quy tắc</source>
        <translation>Checked against the rule set's legal text</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="99" />
        <source>Làm tròn đến</source>
        <translation>Round to</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="100" />
        <source>Cách làm tròn</source>
        <translation>Rounding</translation>
    </message>
</context>
<context>
    <name>RoundsScreen</name>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="86" />
        <source>Đợt xét, phong trào và đăng ký thi đua</source>
        <translation>Review rounds, movements and registrations</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="107" />
        <source>Đợt xét</source>
        <translation>Review rounds</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="108" />
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="110" />
        <source>Hạn nộp hồ sơ</source>
        <translation>Submission deadline</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="112" />
        <source>Ngày xét</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="113" />
        <source>Họp Hội đồng</source>
        <translation>Council meeting</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="114" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="115" />
        <source>Số đề nghị</source>
        <translation>Nominations</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="116" />
        <location filename="../../ui/rounds/rounds_screen.py" line="138" />
        <source>Phong trào</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="122" />
        <source>Thêm đợt xét…</source>
        <translation>Add round…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="123" />
        <location filename="../../ui/rounds/rounds_screen.py" line="153" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="124" />
        <location filename="../../ui/rounds/rounds_screen.py" line="233" />
        <source>Đóng đợt</source>
        <translation>Close round</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="139" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="140" />
        <source>Từ ngày</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="141" />
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="142" />
        <source>Đơn vị phát động</source>
        <translation>Launched by</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="144" />
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="152" />
        <source>Thêm phong trào…</source>
        <translation>Add movement…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="154" />
        <location filename="../../ui/rounds/rounds_screen.py" line="187" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="169" />
        <location filename="../../ui/rounds/rounds_screen.py" line="281" />
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="174" />
        <source>Cá nhân / tập thể</source>
        <translation>Person / collective</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="177" />
        <source>Danh hiệu đăng ký</source>
        <translation>Registered title</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="178" />
        <source>Ngày đăng ký</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="179" />
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="180" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="186" />
        <source>Đăng ký…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="193" />
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="89" />
        <source>Đợt &amp;xét</source>
        <translation>Review &amp;rounds</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="90" />
        <source>&amp;Phong trào thi đua</source>
        <translation>Emulation &amp;movements</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="91" />
        <source>Đăng &amp;ký thi đua</source>
        <translation>Re&amp;gistrations</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="233" />
        <source>Mở lại đợt</source>
        <translation>Reopen round</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="368" />
        <source>Đóng đợt xét</source>
        <translation>Close review round</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="369" />
        <source>Đóng «%1»? Đợt đã đóng không nhận thêm đề nghị; có thể mở lại.</source>
        <translation>Close “%1”? A closed round accepts no new nominations; it can be reopened.</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="406" />
        <source>Xóa phong trào</source>
        <translation>Delete movement</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="406" />
        <source>Xóa phong trào «%1»?</source>
        <translation>Delete movement “%1”?</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="433" />
        <source>Đăng ký thi đua năm %1</source>
        <translation>Emulation registrations %1</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="434" />
        <source>Đăng ký</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="465" />
        <source>Đăng ký thi đua</source>
        <translation>Emulation registrations</translation>
    </message>
    <message>
        <location filename="../../ui/rounds/rounds_screen.py" line="466" />
        <source>%1 đối tượng đã đăng ký danh hiệu này năm %2 nên được bỏ qua.</source>
        <translation>%1 had already registered for this title in %2 and were skipped.</translation>
    </message>
</context>
<context>
    <name>RowHistoryDialog</name>
    <message>
        <location filename="../../ui/accounts/audit_screen.py" line="218" />
        <source>Lịch sử thay đổi – %1</source>
        <translation>Change history – %1</translation>
    </message>
</context>
<context>
    <name>RuleSetDialog</name>
    <message>
        <location filename="../../ui/catalogue/ruleset_dialog.py" line="25" />
        <source>Sao chép bộ quy tắc «%1»</source>
        <translation>Copy rule set “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/ruleset_dialog.py" line="25" />
        <source>Sửa bộ quy tắc «%1»</source>
        <translation>Edit rule set “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/ruleset_dialog.py" line="33" />
        <source>Bộ mới có các tiêu chuẩn của «%1»; sau khi sao chép, sửa tiêu chuẩn trong bảng bên dưới. Hai bộ quy tắc không được trùng thời gian hiệu lực.</source>
        <translation>The new set gets the criteria of “%1”; after copying, edit them in the table below. Two rule sets may not overlap in time.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/ruleset_dialog.py" line="38" />
        <source>Tên bộ quy tắc</source>
        <translation>Rule set name</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/ruleset_dialog.py" line="40" />
        <source>Văn bản</source>
        <translation>Legal text</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/ruleset_dialog.py" line="42" />
        <source>Hiệu lực từ ngày</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/ruleset_dialog.py" line="43" />
        <source>Hiệu lực đến ngày</source>
        <translation>Effective to</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/ruleset_dialog.py" line="44" />
        <source>để trống nếu chưa hết hiệu lực</source>
        <translation>leave empty while in force</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/ruleset_dialog.py" line="45" />
        <source>Kết thúc bộ quy tắc đang áp dụng vào ngày trước đó</source>
        <translation>End the rule set in force the day before</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/ruleset_dialog.py" line="49" />
        <source>%1 (bản sao)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/ruleset_dialog.py" line="63" />
        <source>không được để trống</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/ruleset_dialog.py" line="68" />
        <source>chưa nhập</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/ruleset_dialog.py" line="76" />
        <source>phải từ ngày hiệu lực trở đi</source>
        <translation>must be on or after the effective date</translation>
    </message>
</context>
<context>
    <name>RuleSetsScreen</name>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="86" />
        <source>Quy định khen thưởng</source>
        <translation>Award rules</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="90" />
        <source>Mỗi đợt xét được kiểm tra theo bộ quy tắc có hiệu lực vào ngày xét. Khi có văn bản mới, hãy sao chép bộ đang áp dụng rồi sửa tiêu chuẩn.</source>
        <translation>Each round is checked under the rule set in force on its review date. When a new legal text appears, copy the set in force and edit its criteria.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="106" />
        <source>Bộ quy tắc</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="106" />
        <source> (đang áp dụng)</source>
        <translation> (in force)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="108" />
        <source>Hiệu lực từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="110" />
        <source>Đến</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="111" />
        <source>nay</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="114" />
        <source>Văn bản</source>
        <translation>Legal text</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="121" />
        <source>&amp;Sao chép…</source>
        <translation>&amp;Copy…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="122" />
        <source>Tạo bộ quy tắc mới từ bộ đang chọn, với tên và ngày hiệu lực mới</source>
        <translation>Create a rule set from the selected one, with a new name and dates</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="123" />
        <source>Sửa tên, ngày hiệu lực…</source>
        <translation>Edit name and dates…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="126" />
        <source>Lương cơ sở, làm tròn…</source>
        <translation>Base salary, rounding…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="127" />
        <source>Mức lương cơ sở theo ngày áp dụng và cách làm tròn tiền thưởng</source>
        <translation>Base salaries by start date and the rounding of reward money</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="141" />
        <source>Danh hiệu, hình thức</source>
        <translation>Title or form</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="142" />
        <source>Đối tượng</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="143" />
        <source>Tiền thưởng</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="145" />
        <source>Tiêu chuẩn chính</source>
        <translation>Main criteria</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="152" />
        <source>Tỷ lệ phiếu</source>
        <translation>Vote threshold</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="155" />
        <source>không bỏ phiếu</source>
        <translation>no vote</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="167" />
        <source>Giới hạn</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="198" />
        <source>&amp;Lưu tiêu chuẩn</source>
        <translation>&amp;Save criteria</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="199" />
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="181" />
        <source>Tiêu chuẩn của bộ quy tắc đang chọn</source>
        <translation>Criteria of the selected rule set</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="231" />
        <source> (chưa xác nhận)</source>
        <translation> (unconfirmed)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="252" />
        <source>xếp loại từ %1</source>
        <translation>rating %1 or better</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="256" />
        <source>%1 lần liên tục %2</source>
        <translation>%1 consecutive %2</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="261" />
        <source>đã có %1</source>
        <translation>holds %1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="263" />
        <source>%1 năm hoàn thành tốt trở lên</source>
        <translation>%1 years rated good or better</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="265" />
        <source>sáng kiến trong %1 năm</source>
        <translation>initiative within %1 years</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="267" />
        <source>%1 thành viên LĐTT</source>
        <translation>%1 of members LĐTT</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="269" />
        <source>%1 điều kiện kiểm tra thủ công</source>
        <translation>%1 conditions checked by hand</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="350" />
        <source>%1 — bộ quy tắc %2</source>
        <translation>%1 — rule set %2</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="363" />
        <source>Còn %1 trường chưa hợp lệ</source>
        <translation>%1 fields are not valid</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="365" />
        <source>Có thay đổi chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="382" />
        <source>Đã lưu tiêu chuẩn %1</source>
        <translation>Saved the criteria of %1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="409" />
        <source>Tiêu chuẩn chưa lưu</source>
        <translation>Unsaved criteria</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/rulesets_screen.py" line="409" />
        <source>Bỏ các thay đổi tiêu chuẩn chưa lưu?</source>
        <translation>Discard the unsaved criteria changes?</translation>
    </message>
</context>
<context>
    <name>ScanCalibration</name>
    <message>
        <location filename="../../ui/printing/scan_calibration.py" line="24" />
        <source>Chọn bản quét tờ in thử</source>
        <translation>Choose the scanned test sheet</translation>
    </message>
    <message>
        <location filename="../../ui/printing/scan_calibration.py" line="26" />
        <source>Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/scan_calibration.py" line="35" />
        <location filename="../../ui/printing/scan_calibration.py" line="70" />
        <source>Đọc tờ in thử quét</source>
        <translation>Read a scanned test sheet</translation>
    </message>
    <message>
        <location filename="../../ui/printing/scan_calibration.py" line="36" />
        <source>Tờ in thử này có được in với hồ sơ «%1» đang chọn không?
(Chọn «No» nếu tờ được in khi chưa chọn hồ sơ nào.)</source>
        <translation>Was this test sheet printed with the selected profile «%1»?
(Choose «No» if it was printed with no profile.)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/scan_calibration.py" line="53" />
        <source>Đang đọc bản quét…</source>
        <translation>Reading the scan…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/scan_calibration.py" line="63" />
        <source>Đã đọc: lệch X %1 mm, lệch Y %2 mm, tỉ lệ %3 × %4. Kiểm tra rồi bấm «Lưu»; in lại tờ thử với hồ sơ để xác nhận.</source>
        <translation>Read: X offset %1 mm, Y offset %2 mm, scale %3 × %4. Check, then press «Save»; print the test sheet again with the profile to confirm.</translation>
    </message>
</context>
<context>
    <name>ScanDialogs</name>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="47" />
        <source>Chọn bản quét phiếu bầu</source>
        <translation>Choose the scanned ballot papers</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="49" />
        <source>Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="83" />
        <source>Đã đọc %1 tờ phiếu trong %2 giây: %3 tờ đã nhập vào lượt B, %4 tờ cần người xem lại.</source>
        <translation>Read %1 papers in %2 s: %3 entered as pass B, %4 need a person to look at them.</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="93" />
        <source>Trang không tính (không phải phiếu của cuộc bỏ phiếu này):</source>
        <translation>Pages not counted (not papers of this ballot):</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="98" />
        <source>Các tờ cần xem lại chưa có trong lượt B; hãy đối chiếu với phiếu giấy ở màn hình so sánh hai lượt.</source>
        <translation>The papers to look at are not in pass B yet; check them against the paper in the pass comparison screen.</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="104" />
        <source>Đọc phiếu quét</source>
        <translation>Read scanned ballots</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="66" />
        <source>Đang đọc phiếu quét…</source>
        <translation>Reading the scanned ballots…</translation>
    </message>
</context>
<context>
    <name>ScanReviewDialog</name>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="119" />
        <source>Phiếu quét cần xem lại</source>
        <translation>Scanned sheets to look at</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="199" />
        <source>hai lượt khác nhau</source>
        <translation>the two passes differ</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="200" />
        <source>Phiếu %1 — %2</source>
        <translation>Sheet %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="196" />
        <source>Phiếu cần xem (%1)</source>
        <translation>Sheets to look at (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="166" />
        <source>Trang không tính:</source>
        <translation>Pages not counted:</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="133" />
        <source>Quyết định theo phiếu giấy: ở màn hình so sánh, chọn «Lấy theo lượt A», «Lấy theo lượt B» hoặc gõ nội dung đúng.</source>
        <translation>Decide from the paper: in the comparison screen choose «Keep pass A», «Keep pass B» or type the right reading.</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="204" />
        <source>Không có phiếu nào cần xem lại.</source>
        <translation>No sheet needs looking at.</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="210" />
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="212" />
        <source>không gạch ai</source>
        <translation>nobody struck</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="213" />
        <source>Phiếu %1 — máy đọc: gạch %2</source>
        <translation>Sheet %1 — read by the program: struck %2</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="215" />
        <source>Phiếu %1 — máy không đọc được mã trang; hãy xem phiếu giấy</source>
        <translation>Sheet %1 — the page code could not be read; look at the paper</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="217" />
        <source>; chưa chắc: %1</source>
        <translation>; not sure: %1</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="219" />
        <source>; thiếu trang</source>
        <translation>; page missing</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="220" />
        <source>Lượt A: %1</source>
        <translation>Pass A: %1</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="221" />
        <source>Lượt B: %1</source>
        <translation>Pass B: %1</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="222" />
        <source>Bản quét: %1</source>
        <translation>Scan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/council/scan_dialogs.py" line="232" />
        <source>(không có ảnh)</source>
        <translation>(no image)</translation>
    </message>
</context>
<context>
    <name>ScoringGridModel</name>
    <message>
        <location filename="../../ui/blocs/scoring_grid.py" line="114" />
        <source>Tổng điểm</source>
        <translation>Total points</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_grid.py" line="127" />
        <source>Điểm tối đa: %1</source>
        <translation>Maximum: %1</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_grid.py" line="166" />
        <source>Người chấm không chấm điểm cho đơn vị của mình.</source>
        <translation>Assessors do not score their own unit.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_grid.py" line="168" />
        <source>Chưa chấm</source>
        <translation>Not scored</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="118" />
        <source>◀ Phiếu trước</source>
        <translation>◀ Previous sheet</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="119" />
        <source>Phiếu sau ▶</source>
        <translation>Next sheet ▶</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="122" />
        <source>Người chấm…</source>
        <translation>Assessors…</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="126" />
        <source>Bảng tiêu chí:</source>
        <translation>Criteria table:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="130" />
        <source>Phiếu chấm:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="152" />
        <source>Gõ điểm rồi nhấn Enter để lưu và xuống tiêu chí tiếp theo; Tab sang đơn vị bên phải; Delete xóa điểm. Ô vàng: chưa chấm; ô xám: đơn vị của người chấm (không được chấm).</source>
        <translation>Type the points and press Enter to save and move to the next criterion; Tab moves right; Delete clears. Yellow: not scored yet; grey: the assessor's own unit (not scored).</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="160" />
        <source>Khối chưa có bảng tiêu chí. Hãy tạo bảng ở thẻ «Bảng tiêu chí».</source>
        <translation>The bloc has no criteria table yet. Create one on the “Criteria tables” tab.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="219" />
        <source>Điểm tự chấm của các đơn vị</source>
        <translation>The members' self-scores</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="219" />
        <source>Chấm bởi: %1</source>
        <translation>Scored by: %1</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="220" />
        <source>— thiếu %1 ô</source>
        <translation>— %1 cells missing</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="268" />
        <source>Phiếu này còn %1 ô chưa chấm.</source>
        <translation>This sheet still has %1 cells to score.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/scoring_tab.py" line="270" />
        <source>Phiếu này đã chấm đủ các tiêu chí.</source>
        <translation>This sheet scores every criterion.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/settings_screen.py" line="62" />
        <source>ví dụ: Sở Nội vụ tỉnh Bắc Ninh</source>
        <translation>e.g. Sở Nội vụ tỉnh Bắc Ninh</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="63" />
        <source>ví dụ: UBND TỈNH BẮC NINH</source>
        <translation>e.g. UBND TỈNH BẮC NINH</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="64" />
        <source>ví dụ: Bắc Ninh</source>
        <translation>e.g. Bắc Ninh</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="77" />
        <source>Cơ quan (in trên văn bản, danh sách, giấy khen)</source>
        <translation>Agency (printed on documents, lists and certificates)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="84" />
        <source>Dòng ngày tháng sẽ in:</source>
        <translation>Date line as printed:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="91" />
        <source>Ngôn ngữ mới được áp dụng khi mở lại chương trình.</source>
        <translation>A new language takes effect when the program is reopened.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="93" />
        <source>Giao diện (riêng máy này)</source>
        <translation>Interface (this computer only)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="95" />
        <source>Ngôn ngữ giao diện:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="98" />
        <source>Lưu cài đặt</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="102" />
        <source>Hoàn tác</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="114" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="198" />
        <source>Cài đặt đã bị thay đổi</source>
        <translation>Settings were changed</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="216" />
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_screen.py" line="216" />
        <source>Khởi động lại để đổi ngôn ngữ.</source>
        <translation>Restart to change the language.</translation>
    </message>
</context>
<context>
    <name>SheetEntryWidget</name>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="85" />
        <source>Nhập phiếu – lượt %1</source>
        <translation>Sheet entry – pass %1</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="128" />
        <source>LƯỢT NHẬP %1</source>
        <translation>PASS %1</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="156" />
        <source>Số thứ tự bị gạch, ví dụ: 3 17 — Enter để lưu phiếu</source>
        <translation>Struck numbers, e.g. 3 17 — Enter stores the sheet</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="169" />
        <source>Loại phiếu:</source>
        <translation>Sheet kind:</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="171" />
        <source>Phiếu bầu (F2)</source>
        <translation>Ballot (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="172" />
        <source>Ý kiến bằng văn bản (F3, «v»)</source>
        <translation>Written opinion (F3, “v”)</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="173" />
        <source>Không hợp lệ (F4, «k»)</source>
        <translation>Invalid (F4, “k”)</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="188" />
        <source>Số phiếu</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="188" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="188" />
        <source>Số bị gạch</source>
        <translation>Struck</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="195" />
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="195" />
        <source>Ứng viên</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="204" />
        <source>Xóa phiếu vừa nhập (Ctrl+Z)</source>
        <translation>Remove the last sheet (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="207" />
        <location filename="../../ui/council/sheet_entry.py" line="276" />
        <source>Xong lượt nhập</source>
        <translation>Pass finished</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="211" />
        <source>Đọc phiếu quét…</source>
        <translation>Read scanned ballots…</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="93" />
        <source>Gõ các số bị gạch cách nhau bằng dấu cách hoặc dấu phẩy rồi Enter. Enter khi ô trống: phiếu không gạch ai. «v 3» ý kiến bằng văn bản; «k» phiếu không hợp lệ.</source>
        <translation>Type the struck numbers separated by spaces or commas, then Enter. Enter on an empty field: nobody struck. “v 3” a written opinion; “k” an invalid sheet.</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="252" />
        <source>(không gạch ai)</source>
        <translation>(nobody struck)</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="260" />
        <source>Phiếu số %1</source>
        <translation>Sheet %1</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="262" />
        <source>Đã đủ số phiếu bằng số thành viên</source>
        <translation>As many sheets as members already</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="265" />
        <source>Đã nhập %1/%2 phiếu: %3 phiếu bầu, %4 ý kiến bằng văn bản, %5 không hợp lệ</source>
        <translation>Entered %1/%2 sheets: %3 ballots, %4 written opinions, %5 invalid</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="276" />
        <source>Đã xong lượt nhập ✓</source>
        <translation>Pass finished ✓</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="279" />
        <source>Phiếu bầu đã niêm phong; không sửa được.</source>
        <translation>The ballot is sealed; it cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/council/sheet_entry.py" line="341" />
        <source>Đã xóa phiếu số %1.</source>
        <translation>Removed sheet %1.</translation>
    </message>
</context>
<context>
    <name>SignatoryTableModel</name>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="60" />
        <source>Đơn vị thành viên</source>
        <translation>Member agency</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="61" />
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="62" />
        <source>Chức vụ người ký</source>
        <translation>Signer's title</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/pledge_tab.py" line="63" />
        <source>Đã ký</source>
        <translation>Signed</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="320" />
        <source>Đã thực hiện</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="324" />
        <source>Ghi chú (hình thức, nơi thực hiện…)</source>
        <translation>Note (how, where…)</translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="358" />
        <source>Các khâu của điển hình tiên tiến</source>
        <translation>Stages of the model example</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="362" />
        <source>Các khâu ghi nhận theo thứ tự: phát hiện → bồi dưỡng → tổng kết → nhân rộng.</source>
        <translation>Stages are recorded in order: found → fostered → reviewed → spread.</translation>
    </message>
    <message>
        <location filename="../../ui/examples/examples_screen.py" line="377" />
        <source>Khâu phát hiện được ghi nhận khi đăng ký điển hình.</source>
        <translation>The “found” stage is recorded when the example is registered.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="155" />
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="160" />
        <source>Đã xảy ra lỗi không mong muốn</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="167" />
        <source>Chương trình vẫn chạy; thao tác vừa rồi có thể chưa hoàn tất và không có gì được lưu dở dang. Hãy sao chép chi tiết bên dưới và gửi cho người hỗ trợ kỹ thuật.</source>
        <translation>The program is still running; the last action may not have completed and nothing half-done was saved. Please copy the details below and send them to technical support.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="178" />
        <source>Nhật ký: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="178" />
        <source>Nhật ký: (chưa ghi)</source>
        <translation>Log: (not written)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="182" />
        <source>Sao chép chi tiết</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="207" />
        <source>Đã sao chép</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="45" />
        <source>Sửa đơn vị</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="45" />
        <source>Thêm đơn vị</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="55" />
        <source>(không có — cấp cao nhất)</source>
        <translation>(none — top level)</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="62" />
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="63" />
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="64" />
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="65" />
        <source>Đơn vị cấp trên:</source>
        <translation>Parent unit:</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="68" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="108" />
        <source>chọn một đơn vị trong danh sách</source>
        <translation>choose a unit from the list</translation>
    </message>
    <message>
        <location filename="../../ui/org/unit_dialog.py" line="143" />
        <source>Đơn vị đã bị thay đổi</source>
        <translation>Unit was changed</translation>
    </message>
</context>
<context>
    <name>UnitPickerDialog</name>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="111" />
        <source>Thêm đơn vị vào khối</source>
        <translation>Add units to the bloc</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="122" />
        <source>Chọn một hoặc nhiều đơn vị (Ctrl hoặc Shift để chọn nhiều). Đơn vị đã là thành viên được tô xám.</source>
        <translation>Choose one or more units (Ctrl or Shift to choose several). Units already in the bloc are greyed.</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="129" />
        <source>Năm tham gia khối:</source>
        <translation>Year joined the bloc:</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="134" />
        <source>Thêm vào khối</source>
        <translation>Add to the bloc</translation>
    </message>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="194" />
        <source>Đã chọn %1 đơn vị</source>
        <translation>%1 units selected</translation>
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
        <location filename="../../ui/workers.py" line="155" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/workers.py" line="156" />
        <location filename="../../ui/operations.py" line="211" />
        <source>Đang xử lý</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>_HistoryDialog</name>
    <message>
        <location filename="../../ui/history/record_dialogs.py" line="66" />
        <source>chưa nhập</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>_PickableUnitTree</name>
    <message>
        <location filename="../../ui/blocs/members_tab.py" line="92" />
        <source>Đã là thành viên của khối</source>
        <translation>Already a member of the bloc</translation>
    </message>
</context>
<context>
    <name>connection</name>
    <message>
        <location filename="../../ui/connection/dialog.py" line="77" />
        <source>Không ghi nhớ được mật khẩu</source>
        <translation>Cannot remember the password</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="78" />
        <source>Máy này không có kho mật khẩu của hệ điều hành, nên mật khẩu không được ghi nhớ. Chương trình sẽ hỏi mật khẩu mỗi lần mở.</source>
        <translation>This PC has no operating-system password store, so the password is not remembered. The program will ask for it at every start.</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="200" />
        <source>Đã lưu kết nối</source>
        <translation>Connection saved</translation>
    </message>
    <message>
        <location filename="../../ui/connection/dialog.py" line="201" />
        <source>Đã lưu kết nối mới. Thay đổi có hiệu lực khi mở lại chương trình.</source>
        <translation>The new connection is saved. It takes effect when the program is started again.</translation>
    </message>
    <message>
        <location filename="../../ui/connection/startup.py" line="123" />
        <location filename="../../ui/connection/startup.py" line="206" />
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/connection/startup.py" line="128" />
        <source>Thử lại</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/connection/startup.py" line="129" />
        <source>Đổi kết nối…</source>
        <translation>Change connection…</translation>
    </message>
    <message>
        <location filename="../../ui/connection/startup.py" line="130" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/connection/startup.py" line="190" />
        <source>Đã dừng kết nối tới %1 theo yêu cầu của bạn.</source>
        <translation>Stopped connecting to %1 as you asked.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="56" />
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="60" />
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72" />
        <source>Máy chủ không phản hồi</source>
        <translation>The server is not responding</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79" />
        <source>Thử lại</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="106" />
        <source>Đã ghi tệp</source>
        <translation>File written</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="111" />
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="112" />
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="83" />
        <location filename="../../ui/errors.py" line="113" />
        <source>Đóng</source>
        <translation>Close</translation>
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
        <translation>Emulation blocs</translation>
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
        <translation>Agency or unit</translation>
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
        <source>không đổi</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>lỗi</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42" />
        <source>Ông</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Bà</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>Doanh nghiệp</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>Hộ gia đình</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46" />
        <source>Chủ tịch</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47" />
        <source>Phó Chủ tịch</source>
        <translation>Vice-chair</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>Ủy viên thường trực</source>
        <translation>Standing member</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>Ủy viên</source>
        <translation>Member of the Council</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Khởi tạo</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55" />
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Đăng nhập sai</source>
        <translation>Failed log-in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57" />
        <source>Xuất tệp</source>
        <translation>File exported</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58" />
        <source>In</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>Khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Niêm phong</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61" />
        <source>Mở lại niêm phong</source>
        <translation>Seal reopened</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62" />
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>quản trị</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>chuyên viên</source>
        <translation>clerk</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65" />
        <source>chỉ xem</source>
        <translation>read only</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66" />
        <source>Phiếu bầu</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>Ý kiến bằng văn bản</source>
        <translation>Written opinion</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68" />
        <source>Phiếu không hợp lệ</source>
        <translation>Invalid ballot</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>Đang kiểm phiếu</source>
        <translation>Counting</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70" />
        <source>Đã niêm phong</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71" />
        <source>Khối trưởng</source>
        <translation>Bloc leader</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <source>Khối phó thường trực</source>
        <translation>Standing deputy leader</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73" />
        <source>Khối phó</source>
        <translation>Deputy leader</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74" />
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75" />
        <source>Vắng, có ý kiến bằng văn bản</source>
        <translation>Absent, written opinion</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76" />
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77" />
        <source>Trưởng ban</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78" />
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79" />
        <source>Cần kiểm tra thủ công</source>
        <translation>Needs a manual check</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80" />
        <source>Đã ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81" />
        <source>Giấy khen</source>
        <translation>Certificate of merit (Giấy khen)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82" />
        <source>Bằng khen</source>
        <translation>Certificate of merit, higher level (Bằng khen)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83" />
        <source>Chiến sĩ thi đua cơ sở</source>
        <translation>Grassroots emulation fighter (CSTĐCS)</translation>
    </message>
    <message>
        <source>Mẫu đầy đủ (giấy trắng)</source>
        <translation>Full design (plain paper)</translation>
    </message>
    <message>
        <source>In lên phôi in sẵn</source>
        <translation>Onto pre-printed blanks</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="11" />
        <source>Hoàn thành xuất sắc nhiệm vụ</source>
        <translation>Completed tasks excellently</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="12" />
        <source>Hoàn thành tốt nhiệm vụ</source>
        <translation>Completed tasks well</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="13" />
        <source>Hoàn thành nhiệm vụ</source>
        <translation>Completed tasks</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="14" />
        <source>Không hoàn thành nhiệm vụ</source>
        <translation>Did not complete tasks</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="15" />
        <source>Cấp cơ sở</source>
        <translation>Grassroots level</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="16" />
        <source>Cấp bộ, ngành, tỉnh</source>
        <translation>Ministry / province level</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="17" />
        <source>Toàn quốc</source>
        <translation>National</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="18" />
        <source>Khiển trách</source>
        <translation>Reprimand</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="19" />
        <source>Cảnh cáo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="20" />
        <source>Hạ bậc lương</source>
        <translation>Salary downgrade</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="21" />
        <source>Cách chức</source>
        <translation>Dismissal from post</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="22" />
        <source>Buộc thôi việc</source>
        <translation>Forced termination</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="23" />
        <source>Sáng kiến</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="24" />
        <source>Đề tài, đề án</source>
        <translation>Research project</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="25" />
        <source>Nghỉ thai sản</source>
        <translation>Maternity leave</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="26" />
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="27" />
        <source>Đã gửi</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="28" />
        <source>Đã kiểm tra</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="29" />
        <source>Đã bỏ phiếu</source>
        <translation>Voted</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="30" />
        <source>Được duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="31" />
        <source>Không được duyệt</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="32" />
        <source>Đã có quyết định</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="33" />
        <source>Đủ điều kiện</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="34" />
        <source>Không đủ điều kiện</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="35" />
        <source>Cần kiểm tra thêm</source>
        <translation>Needs manual check</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="36" />
        <source>Chưa kiểm tra</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="37" />
        <source>Thường xuyên</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="38" />
        <source>Chuyên đề</source>
        <translation>Themed</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="39" />
        <source>Đột xuất</source>
        <translation>Sudden</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="40" />
        <source>Đang mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="41" />
        <source>Đã đóng</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="42" />
        <source>Đạt</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="43" />
        <source>Không đạt</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="44" />
        <source>Đang xét</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="45" />
        <source>Chưa đề nghị</source>
        <translation>Not nominated</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="46" />
        <source>Cá nhân</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="47" />
        <source>Tập thể</source>
        <translation>Collective</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="48" />
        <source>Cách kiểm tra</source>
        <translation>Check method</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="49" />
        <source>Xếp loại tối thiểu</source>
        <translation>Minimum rating</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="50" />
        <source>Xếp loại xuất sắc</source>
        <translation>Excellent rating</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="51" />
        <source>Danh hiệu phải đạt liên tục</source>
        <translation>Title required consecutively</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="52" />
        <source>Số năm (lần) liên tục</source>
        <translation>Consecutive years (times)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="53" />
        <source>Khoảng cách giữa hai lần (năm)</source>
        <translation>Years between two times</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="54" />
        <source>Số năm liên tục hoàn thành xuất sắc (cách thứ hai)</source>
        <translation>Consecutive excellent years (second path)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="55" />
        <source>Số sáng kiến (cách thứ hai)</source>
        <translation>Initiatives (second path)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="56" />
        <source>Khen thưởng phải có trước</source>
        <translation>Awards required before</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="57" />
        <source>Tính từ sau khen thưởng trước</source>
        <translation>Counted after the earlier award</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="58" />
        <source>Số năm liên tục hoàn thành tốt trở lên</source>
        <translation>Consecutive years rated good or better</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="59" />
        <source>Danh hiệu trong thời gian đó</source>
        <translation>Title within that period</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="60" />
        <source>Số lần đạt danh hiệu trong thời gian đó</source>
        <translation>Times the title was received in that period</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="61" />
        <source>Số năm hoàn thành xuất sắc trong thời gian đó</source>
        <translation>Excellent years in that period</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="62" />
        <source>Cấp sáng kiến, đề tài</source>
        <translation>Initiative level</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="63" />
        <source>Sáng kiến công nhận trong số năm gần nhất</source>
        <translation>Initiative recognised within the last years</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="64" />
        <source>Tỷ lệ thành viên đạt LĐTT</source>
        <translation>Share of members with LĐTT</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="65" />
        <source>Tỷ lệ thành viên hoàn thành nhiệm vụ</source>
        <translation>Share of members completing tasks</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="66" />
        <source>Số thành viên đạt CSTĐCS tối thiểu</source>
        <translation>Minimum members with CSTĐCS</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="67" />
        <source>Kỷ luật từ mức này trở lên thì không xét</source>
        <translation>Discipline at or above this level blocks</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="68" />
        <source>Điều kiện kiểm tra thủ công</source>
        <translation>Conditions checked by hand</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="69" />
        <source>Phải bỏ phiếu kín</source>
        <translation>Secret ballot required</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="70" />
        <source>Tỷ lệ phiếu đồng ý</source>
        <translation>Approval threshold</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="71" />
        <source>Cơ sở tính tỷ lệ</source>
        <translation>Base of the threshold</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="72" />
        <source>Giới hạn số lượng (tỷ lệ)</source>
        <translation>Quota (share)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="73" />
        <source>Giới hạn tính trên số</source>
        <translation>Quota counted on</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="74" />
        <source>Mức tiền thưởng (lần lương cơ sở)</source>
        <translation>Reward (times the base salary)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="75" />
        <source>Lao động tiên tiến (xếp loại năm, không bị kỷ luật)</source>
        <translation>Advanced worker (year rating, no discipline)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="76" />
        <source>Chiến sĩ thi đua cơ sở (LĐTT và xuất sắc hoặc có sáng kiến)</source>
        <translation>Grassroots emulation fighter (LĐTT and excellent or an initiative)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="77" />
        <source>Số năm liên tục đạt danh hiệu và sáng kiến theo cấp</source>
        <translation>Consecutive years of a title and an initiative of a level</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="78" />
        <source>Số lần liên tục đạt danh hiệu (theo nhiệm kỳ) và sáng kiến theo cấp</source>
        <translation>Consecutive terms of a title and an initiative of a level</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="79" />
        <source>Bằng khen cấp bộ (năm liên tục CSTĐCS, hoặc năm xuất sắc và sáng kiến)</source>
        <translation>Ministry certificate of merit (consecutive CSTĐCS, or excellent years and initiatives)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="80" />
        <source>Đã có khen thưởng trước, số năm liên tục hoàn thành tốt trở lên</source>
        <translation>Earlier award and consecutive years rated good or better</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="81" />
        <source>Hoàn thành tốt nhiệm vụ và thành tích cần xem xét</source>
        <translation>Tasks completed well and achievements to review</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="82" />
        <source>Tập thể: tỷ lệ thành viên LĐTT, hoàn thành nhiệm vụ, CSTĐCS, kỷ luật</source>
        <translation>Collective: member shares of LĐTT, task completion, CSTĐCS, discipline</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="83" />
        <source>Chỉ kiểm tra thủ công</source>
        <translation>Manual check only</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="84" />
        <source>có thành tích trong phong trào thi đua hoặc thành tích đột xuất</source>
        <translation>achievements in an emulation movement or sudden achievements</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="85" />
        <source>tập thể hoàn thành tốt nhiệm vụ</source>
        <translation>the collective completed its tasks well</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="86" />
        <source>tập thể hoàn thành xuất sắc nhiệm vụ</source>
        <translation>the collective completed its tasks excellently</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="87" />
        <source>dẫn đầu cụm, khối thi đua trong năm</source>
        <translation>led its emulation cluster or bloc in the year</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="88" />
        <source>tiêu biểu xuất sắc trong số các tập thể dẫn đầu cụm, khối</source>
        <translation>outstanding among the collectives leading clusters and blocs</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="89" />
        <source>tiêu chuẩn của hình thức này chưa được chương trình kiểm tra tự động</source>
        <translation>the program does not check this form's criteria automatically yet</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="90" />
        <source>Tổng số thành viên Hội đồng</source>
        <translation>All council members</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="91" />
        <source>Số thành viên có mặt</source>
        <translation>Members present</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="92" />
        <source>Số phiếu hợp lệ</source>
        <translation>Valid ballots</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="93" />
        <source>Danh hiệu thi đua</source>
        <translation>Emulation title</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="94" />
        <source>Hình thức khen thưởng</source>
        <translation>Form of commendation</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="95" />
        <source>Cấp bộ, ban, ngành, tỉnh</source>
        <translation>Ministry, board, sector or province level</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels.py" line="96" />
        <source>Cấp Nhà nước</source>
        <translation>State level</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="38" />
        <source>Sao lưu thủ công</source>
        <translation>Backup by hand</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="39" />
        <source>Tự động hằng ngày</source>
        <translation>Automatic, daily</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="40" />
        <source>Trước khi nâng cấp</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="41" />
        <source>Trước khi nhập dữ liệu</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location filename="../../ui/backup_box.py" line="42" />
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="294" />
        <source>Làm tròn lên</source>
        <translation>Round up</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="295" />
        <source>Làm tròn đến mức gần nhất</source>
        <translation>Round to the nearest</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="296" />
        <source>Làm tròn xuống</source>
        <translation>Round down</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="297" />
        <source>Mức thưởng chưa đối chiếu văn bản</source>
        <translation>Multiple not yet checked against the legal text</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="298" />
        <source>Làm tròn lên đến 10.000 đồng</source>
        <translation>Rounded up to 10,000 VND</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="299" />
        <source>Không làm tròn</source>
        <translation>No rounding</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/money_dialog.py" line="300" />
        <source>Một thành tích chỉ nhận một mức tiền thưởng (Luật Thi đua, khen thưởng 2022, Điều 5 khoản 2 điểm c; quy định về tiền thưởng của NĐ 152/2025, Điều 50–54): trong cùng một quyết định, một cá nhân hoặc tập thể được nhiều danh hiệu thi đua thì nhận mức thưởng cao nhất trong các danh hiệu; được nhiều hình thức khen thưởng thì nhận mức cao nhất trong các hình thức; vừa có danh hiệu vừa có hình thức thì nhận cả hai.</source>
        <translation>One achievement carries one reward (Law on Emulation and Commendation 2022, Art. 5(2)(c); the reward money rules of Decree 152/2025, Art. 50–54): in one decision, a person or collective with several titles receives the highest title's amount; with several forms, the highest form's amount; with a title and a form, both.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels_verdicts.py" line="10" />
        <source>Tiêu chuẩn thay thế (Hội đồng xem xét)</source>
        <translation>Alternative criteria (judged by the council)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels_verdicts.py" line="11" />
        <source>Giá trị chưa được văn bản xác nhận</source>
        <translation>Values not confirmed by the legal text</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels_verdicts.py" line="12" />
        <source>Ghi chú về giá trị chưa xác nhận</source>
        <translation>Note on the unconfirmed values</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels_verdicts.py" line="13" />
        <source>có thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua</source>
        <translation>an outstanding achievement recognised in an emulation movement</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels_verdicts.py" line="14" />
        <source>lập được nhiều thành tích hoặc thành tích đột xuất</source>
        <translation>many achievements or a sudden feat</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels_verdicts.py" line="15" />
        <source>có đóng góp vào sự nghiệp xây dựng và phát triển của bộ, ngành, địa phương</source>
        <translation>a contribution to the development of the ministry, sector or province</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels_verdicts.py" line="16" />
        <source>đang bị xem xét kỷ luật</source>
        <translation>under discipline review</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels_verdicts.py" line="17" />
        <source>đang bị thanh tra, kiểm tra</source>
        <translation>under inspection</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels_verdicts.py" line="18" />
        <source>đang bị xem xét giải quyết khiếu nại, tố cáo</source>
        <translation>under complaint or denunciation review</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels_verdicts.py" line="19" />
        <source>Từ 01/7/2025, Nghị định 152/2025/NĐ-CP Điều 6 khoản 2 điểm c giao bộ, ngành, tỉnh quy định thủ tục xét danh hiệu, hình thức này: hãy đặt theo quy chế thi đua, khen thưởng của cơ quan.</source>
        <translation>From 01/7/2025, Decree 152/2025/NĐ-CP Art. 6(2)(c) leaves the procedure for this title or form to each ministry, sector or province: set it from the office's own regulation.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/labels_verdicts.py" line="23" />
        <source>Tỷ lệ phiếu lấy theo Nghị định 98/2023/NĐ-CP Điều 30 khoản 7; điều khoản tương ứng của Nghị định 152/2025/NĐ-CP chưa được xác nhận: hãy đối chiếu quy chế của cơ quan.</source>
        <translation>Vote threshold taken from Decree 98/2023/NĐ-CP Art. 30(7); the matching clause of Decree 152/2025/NĐ-CP is not confirmed: check the office's own regulation.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/__main__.py" line="64" />
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <location filename="../../ui/__main__.py" line="175" />
        <location filename="../../ui/__main__.py" line="185" />
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/__main__.py" line="186" />
        <source>Không mở được cơ sở dữ liệu %1: %2
Tệp có thể không phải cơ sở dữ liệu của TĐKT Desk hoặc đã bị hỏng.</source>
        <translation>Cannot open the database %1: %2
The file may not be a TĐKT Desk database, or it is damaged.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../ui/widgets.py" line="89" />
        <source>nhập theo dạng ngày/tháng/năm, ví dụ 05/03/1985</source>
        <translation>type day/month/year, e.g. 05/03/1985</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="94" />
        <source>ngày không có thật</source>
        <translation>no such date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="123" />
        <source>nhập theo dạng ngày/tháng/năm giờ:phút, ví dụ 16/12/2026 08:00</source>
        <translation>type day/month/year hour:minute, e.g. 16/12/2026 08:00</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="129" />
        <source>thiếu giờ (ví dụ 08:00)</source>
        <translation>the time is missing (e.g. 08:00)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="133" />
        <source>giờ nhập theo dạng giờ:phút, ví dụ 08:00</source>
        <translation>type the time as hour:minute, e.g. 08:00</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="137" />
        <source>giờ không có thật</source>
        <translation>no such time</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="158" />
        <source>không phải là số (ví dụ 1,5 hoặc -2)</source>
        <translation>not a number (e.g. 1.5 or -2)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="162" />
        <source>không phải là số</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="262" />
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="270" />
        <source>Chọn ngày trên lịch</source>
        <translation>Pick the day on a calendar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="273" />
        <source>Chọn ngày trên lịch (Alt+↓)</source>
        <translation>Pick the day on a calendar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="379" />
        <source>ngày/tháng/năm giờ:phút</source>
        <translation>day/month/year hour:minute</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="450" />
        <source>%1 %2 — có đúng không? (thường từ %3 đến %4)</source>
        <translation>%1 %2 — is that right? (usually %3 to %4)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="516" />
        <source>gõ vài chữ của tên đơn vị…</source>
        <translation>type part of the unit's name…</translation>
    </message>
</context>
</TS>