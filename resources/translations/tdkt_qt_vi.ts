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
</TS>
