<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<!-- Qt ships no qtbase_vi.qm: Vietnamese text for Qt's own standard buttons and wizard. -->
<context><name>QPlatformTheme</name>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Yes</source><translation>&amp;Có</translation></message>
<message><source>&amp;No</source><translation>&amp;Không</translation></message>
<message><source>Yes</source><translation>Có</translation></message>
<message><source>No</source><translation>Không</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
<message><source>Save</source><translation>Lưu</translation></message>
<message><source>Apply</source><translation>Áp dụng</translation></message>
<message><source>Reset</source><translation>Đặt lại</translation></message>
<message><source>Help</source><translation>Trợ giúp</translation></message>
<message><source>Retry</source><translation>Thử lại</translation></message>
<message><source>Ignore</source><translation>Bỏ qua</translation></message>
<message><source>Abort</source><translation>Hủy bỏ</translation></message>
<message><source>Discard</source><translation>Bỏ thay đổi</translation></message>
<message><source>Don&apos;t Save</source><translation>Không lưu</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Save All</source><translation>Lưu tất cả</translation></message>
<message><source>Yes to &amp;All</source><translation>Có cho &amp;tất cả</translation></message>
<message><source>N&amp;o to All</source><translation>K&amp;hông cho tất cả</translation></message>
<message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
</context>
<context><name>QDialogButtonBox</name>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>Close</source><translation>Đóng</translation></message>
</context>
<context><name>QWizard</name>
<message><source>&lt; &amp;Back</source><translation>&lt; &amp;Quay lại</translation></message>
<message><source>&amp;Next &gt;</source><translation>&amp;Tiếp &gt;</translation></message>
<message><source>&amp;Finish</source><translation>&amp;Xong</translation></message>
<message><source>Cancel</source><translation>Hủy</translation></message>
<message><source>&amp;Help</source><translation>&amp;Trợ giúp</translation></message>
<message><source>Commit</source><translation>Thực hiện</translation></message>
</context>
<context><name>QLineEdit</name>
<message><source>&amp;Undo</source><translation>&amp;Hoàn tác</translation></message>
<message><source>&amp;Redo</source><translation>&amp;Làm lại</translation></message>
<message><source>Cu&amp;t</source><translation>&amp;Cắt</translation></message>
<message><source>&amp;Copy</source><translation>&amp;Sao chép</translation></message>
<message><source>&amp;Paste</source><translation>&amp;Dán</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Select All</source><translation>Chọn tất cả</translation></message>
</context>
<context><name>QMessageBox</name>
<message><source>OK</source><translation>Đồng ý</translation></message>
</context>
<!-- Qt's widget file, progress and print dialogs (used where no native dialog is: on
     Windows the file and print dialogs are the system's, in the system's language). -->
<context><name>QFileDialog</name>
<message><source>%1
Directory not found.
Please verify the correct directory name was given.</source><translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation></message>
<message><source>%1
File not found.
Please verify the correct file name was given.</source><translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation></message>
<message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Choose</source><translation>&amp;Chọn</translation></message>
<message><source>&amp;Delete</source><translation>&amp;Xóa</translation></message>
<message><source>&amp;New Folder</source><translation>Thư mục &amp;mới</translation></message>
<message><source>&amp;Open</source><translation>&amp;Mở</translation></message>
<message><source>&amp;Rename</source><translation>Đổi &amp;tên</translation></message>
<message><source>&amp;Save</source><translation>&amp;Lưu</translation></message>
<message><source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source><translation>«%1» đang được bảo vệ chống ghi.
Vẫn xóa?</translation></message>
<message><source>All Files (*)</source><translation>Mọi tệp (*)</translation></message>
<message><source>All files (*)</source><translation>Mọi tệp (*)</translation></message>
<message><source>Are you sure you want to delete &apos;%1&apos;?</source><translation>Xóa «%1»?</translation></message>
<message><source>Back</source><translation>Lùi</translation></message>
<message><source>Change to detail view mode</source><translation>Xem chi tiết</translation></message>
<message><source>Change to list view mode</source><translation>Xem danh sách</translation></message>
<message><source>Could not delete directory.</source><translation>Không xóa được thư mục.</translation></message>
<message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
<message><source>Delete</source><translation>Xóa</translation></message>
<message><source>Detail View</source><translation>Chi tiết</translation></message>
<message><source>Directories</source><translation>Thư mục</translation></message>
<message><source>Directory:</source><translation>Thư mục:</translation></message>
<message><source>Drive</source><translation>Ổ đĩa</translation></message>
<message><source>File</source><translation>Tệp</translation></message>
<message><source>File &amp;name:</source><translation>&amp;Tên tệp:</translation></message>
<message><source>File Folder</source><translation>Thư mục</translation></message>
<message><source>Files</source><translation>Tệp</translation></message>
<message><source>Files of type:</source><translation>Loại tệp:</translation></message>
<message><source>Find Directory</source><translation>Chọn thư mục</translation></message>
<message><source>Folder</source><translation>Thư mục</translation></message>
<message><source>Forward</source><translation>Tiến</translation></message>
<message><source>Go back</source><translation>Lùi lại</translation></message>
<message><source>Go forward</source><translation>Tiến tới</translation></message>
<message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
<message><source>List View</source><translation>Danh sách</translation></message>
<message><source>List of places and bookmarks</source><translation>Các nơi thường dùng</translation></message>
<message><source>Look in:</source><translation>Tìm trong:</translation></message>
<message><source>&amp;Look in:</source><translation>Tìm &amp;trong:</translation></message>
<message><source>Files of &amp;type:</source><translation>&amp;Loại tệp:</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>New Folder</source><translation>Thư mục mới</translation></message>
<message><source>Open</source><translation>Mở</translation></message>
<message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
<message><source>Recent Places</source><translation>Nơi mở gần đây</translation></message>
<message><source>Remove</source><translation>Bỏ</translation></message>
<message><source>Save As</source><translation>Lưu thành</translation></message>
<message><source>Show &amp;hidden files</source><translation>Hiện tệp &amp;ẩn</translation></message>
<message><source>Sidebar</source><translation>Thanh bên</translation></message>
<message><source>Unknown</source><translation>Không rõ</translation></message>
</context>
<context><name>QFileSystemModel</name>
<message><source>Computer</source><translation>Máy tính</translation></message>
<message><source>Date Modified</source><translation>Ngày sửa</translation></message>
<message><source>Invalid filename</source><translation>Tên tệp không hợp lệ</translation></message>
<message><source>Kind</source><translation>Loại</translation></message>
<message><source>My Computer</source><translation>Máy tính</translation></message>
<message><source>Name</source><translation>Tên</translation></message>
<message><source>Size</source><translation>Kích thước</translation></message>
<message><source>Type</source><translation>Loại</translation></message>
</context>
<context><name>QProgressDialog</name>
<message><source>Cancel</source><translation>Hủy</translation></message>
</context>
<context><name>QPrintDialog</name>
<message><source>%1 already exists.
Do you want to overwrite it?</source><translation>%1 đã có.
Bạn có muốn ghi đè không?</translation></message>
<message><source>&amp;Options &lt;&lt;</source><translation>Tù&amp;y chọn &lt;&lt;</translation></message>
<message><source>&amp;Options &gt;&gt;</source><translation>Tù&amp;y chọn &gt;&gt;</translation></message>
<message><source>&amp;Print</source><translation>&amp;In</translation></message>
<message><source>All Pages</source><translation>Mọi trang</translation></message>
<message><source>Even Pages</source><translation>Trang chẵn</translation></message>
<message><source>Odd Pages</source><translation>Trang lẻ</translation></message>
<message><source>OK</source><translation>Đồng ý</translation></message>
<message><source>Local file</source><translation>Tệp trên máy</translation></message>
<message><source>Print</source><translation>In</translation></message>
<message><source>Print To File ...</source><translation>In ra tệp…</translation></message>
<message><source>Print to File (PDF)</source><translation>In ra tệp (PDF)</translation></message>
<message><source>Write PDF file</source><translation>Ghi tệp PDF</translation></message>
<message><source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source><translation>Trang «Từ» không được lớn hơn trang «Đến».</translation></message>
</context>
<context><name>QPrintSettingsOutput</name>
<message><source>Collate</source><translation>Xếp theo bộ</translation></message>
<message><source>Color</source><translation>Màu</translation></message>
<message><source>Color Mode</source><translation>Chế độ màu</translation></message>
<message><source>Copies</source><translation>Số bản</translation></message>
<message><source>Copies:</source><translation>Số bản:</translation></message>
<message><source>Current Page</source><translation>Trang hiện tại</translation></message>
<message><source>Double Sided Printing</source><translation>In hai mặt</translation></message>
<message><source>Grayscale</source><translation>Thang xám</translation></message>
<message><source>Long side binding</source><translation>Lật theo cạnh dài</translation></message>
<message><source>Off</source><translation>Tắt</translation></message>
<message><source>Options</source><translation>Tùy chọn</translation></message>
<message><source>Output Settings</source><translation>Thiết lập in</translation></message>
<message><source>Page Set:</source><translation>Các trang:</translation></message>
<message><source>Pages</source><translation>Trang</translation></message>
<message><source>Pages from</source><translation>Trang từ</translation></message>
<message><source>Print all</source><translation>In tất cả</translation></message>
<message><source>Print range</source><translation>Phạm vi in</translation></message>
<message><source>Reverse</source><translation>Đảo thứ tự</translation></message>
<message><source>Selection</source><translation>Vùng chọn</translation></message>
<message><source>Short side binding</source><translation>Lật theo cạnh ngắn</translation></message>
<message><source>to</source><translation>đến</translation></message>
</context>
<context><name>QPrintWidget</name>
<message><source>&amp;Name:</source><translation>&amp;Tên:</translation></message>
<message><source>Location:</source><translation>Vị trí:</translation></message>
<message><source>Output &amp;file:</source><translation>&amp;Tệp ra:</translation></message>
<message><source>P&amp;roperties</source><translation>Thuộc tính</translation></message>
<message><source>Preview</source><translation>Xem trước</translation></message>
<message><source>Printer</source><translation>Máy in</translation></message>
<message><source>Type:</source><translation>Loại:</translation></message>
</context>
<context><name>QPrintPropertiesWidget</name>
<message><source>Advanced</source><translation>Nâng cao</translation></message>
<message><source>Page</source><translation>Trang</translation></message>
</context>
</TS>
