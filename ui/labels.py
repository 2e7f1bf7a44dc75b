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
)


def tr_label(text: str) -> str:
    """The translation of a Vietnamese label from app/ (itself when untranslated)."""
    return QCoreApplication.translate(CONTEXT, text)
