"""Translations of labels that come from `app/` (code lists, setting names).

`app/` has no translation layer; its Vietnamese labels are listed here with
QT_TRANSLATE_NOOP so that lupdate collects them, and `tr_label()` translates at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "labels"

_KNOWN = (
    QT_TRANSLATE_NOOP("labels", "Nam"),
    QT_TRANSLATE_NOOP("labels", "Nữ"),
    QT_TRANSLATE_NOOP("labels", "Không giữ chức vụ lãnh đạo"),
    QT_TRANSLATE_NOOP("labels", "Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên"),
    QT_TRANSLATE_NOOP("labels", "Lãnh đạo cấp vụ, sở, ngành và tương đương"),
    QT_TRANSLATE_NOOP("labels", "Lãnh đạo khác từ phó phòng trở lên"),
    QT_TRANSLATE_NOOP("labels", "Công chức"),
    QT_TRANSLATE_NOOP("labels", "Viên chức"),
    QT_TRANSLATE_NOOP("labels", "Người lao động"),
    QT_TRANSLATE_NOOP("labels", "Doanh nhân"),
    QT_TRANSLATE_NOOP("labels", "Khác"),
    QT_TRANSLATE_NOOP("labels", "Khối thi đua"),
    QT_TRANSLATE_NOOP("labels", "Cơ quan"),
    QT_TRANSLATE_NOOP("labels", "Đơn vị (vụ, phòng)"),
    QT_TRANSLATE_NOOP("labels", "Tổ, nhóm"),
    QT_TRANSLATE_NOOP("labels", "Quốc hiệu, tiêu ngữ (cơ quan nhà nước)"),
    QT_TRANSLATE_NOOP("labels", "ĐẢNG CỘNG SẢN VIỆT NAM (cơ quan Đảng)"),
    QT_TRANSLATE_NOOP("labels", "Tên cơ quan, đơn vị"),
    QT_TRANSLATE_NOOP("labels", "Cơ quan cấp trên (dòng trên tên cơ quan)"),
    QT_TRANSLATE_NOOP("labels", "Địa danh ghi ngày tháng"),
    QT_TRANSLATE_NOOP("labels", "Người ký mặc định"),
    QT_TRANSLATE_NOOP("labels", "Chức vụ người ký"),
    QT_TRANSLATE_NOOP("labels", "Kiểu tiêu đề văn bản"),
    QT_TRANSLATE_NOOP("labels", "thêm mới"),
    QT_TRANSLATE_NOOP("labels", "cập nhật"),
    QT_TRANSLATE_NOOP("labels", "không đổi"),
    QT_TRANSLATE_NOOP("labels", "lỗi"),
    # Code lists of app/ that screens show (tests/ui/test_labels_english.py lists them).
    QT_TRANSLATE_NOOP("labels", "Ông"),
    QT_TRANSLATE_NOOP("labels", "Bà"),
    QT_TRANSLATE_NOOP("labels", "Doanh nghiệp"),
    QT_TRANSLATE_NOOP("labels", "Hộ gia đình"),
    QT_TRANSLATE_NOOP("labels", "Chủ tịch"),
    QT_TRANSLATE_NOOP("labels", "Phó Chủ tịch"),
    QT_TRANSLATE_NOOP("labels", "Ủy viên thường trực"),
    QT_TRANSLATE_NOOP("labels", "Ủy viên"),
    QT_TRANSLATE_NOOP("labels", "Thư ký"),
    QT_TRANSLATE_NOOP("labels", "Thêm"),
    QT_TRANSLATE_NOOP("labels", "Sửa"),
    QT_TRANSLATE_NOOP("labels", "Xóa"),
    QT_TRANSLATE_NOOP("labels", "Khởi tạo"),
    QT_TRANSLATE_NOOP("labels", "Đăng nhập"),
    QT_TRANSLATE_NOOP("labels", "Đăng nhập sai"),
    QT_TRANSLATE_NOOP("labels", "Xuất tệp"),
    QT_TRANSLATE_NOOP("labels", "In"),
    QT_TRANSLATE_NOOP("labels", "Khôi phục"),
    QT_TRANSLATE_NOOP("labels", "Niêm phong"),
    QT_TRANSLATE_NOOP("labels", "Mở lại niêm phong"),
    QT_TRANSLATE_NOOP("labels", "Đổi mật khẩu"),
    QT_TRANSLATE_NOOP("labels", "quản trị"),
    QT_TRANSLATE_NOOP("labels", "chuyên viên"),
    QT_TRANSLATE_NOOP("labels", "chỉ xem"),
    QT_TRANSLATE_NOOP("labels", "Phiếu bầu"),
    QT_TRANSLATE_NOOP("labels", "Ý kiến bằng văn bản"),
    QT_TRANSLATE_NOOP("labels", "Phiếu không hợp lệ"),
    QT_TRANSLATE_NOOP("labels", "Đang kiểm phiếu"),
    QT_TRANSLATE_NOOP("labels", "Đã niêm phong"),
    QT_TRANSLATE_NOOP("labels", "Khối trưởng"),
    QT_TRANSLATE_NOOP("labels", "Khối phó thường trực"),
    QT_TRANSLATE_NOOP("labels", "Khối phó"),
    QT_TRANSLATE_NOOP("labels", "Có mặt"),
    QT_TRANSLATE_NOOP("labels", "Vắng, có ý kiến bằng văn bản"),
    QT_TRANSLATE_NOOP("labels", "Vắng"),
    QT_TRANSLATE_NOOP("labels", "Trưởng ban"),
    QT_TRANSLATE_NOOP("labels", "Thành viên"),
    QT_TRANSLATE_NOOP("labels", "Cần kiểm tra thủ công"),
    QT_TRANSLATE_NOOP("labels", "Đã ban hành"),
    QT_TRANSLATE_NOOP("labels", "Giấy khen"),
    QT_TRANSLATE_NOOP("labels", "Bằng khen"),
    QT_TRANSLATE_NOOP("labels", "Chiến sĩ thi đua cơ sở"),
)


def tr_label(text: str) -> str:
    """The translation of a Vietnamese label from app/ (itself when untranslated)."""
    return QCoreApplication.translate(CONTEXT, text)
