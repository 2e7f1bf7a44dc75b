"""Labels from app/ added by issue 16 (verdicts the law gives): listed with
QT_TRANSLATE_NOOP in the "labels" context so that lupdate collects them; `ui.labels.tr_label()`
translates them at run time."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

_KNOWN = (
    QT_TRANSLATE_NOOP("labels", "Tiêu chuẩn thay thế (Hội đồng xem xét)"),
    QT_TRANSLATE_NOOP("labels", "Giá trị chưa được văn bản xác nhận"),
    QT_TRANSLATE_NOOP("labels", "Ghi chú về giá trị chưa xác nhận"),
    QT_TRANSLATE_NOOP("labels", "có thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua"),
    QT_TRANSLATE_NOOP("labels", "lập được nhiều thành tích hoặc thành tích đột xuất"),
    QT_TRANSLATE_NOOP("labels", "có đóng góp vào sự nghiệp xây dựng và phát triển của bộ, ngành, địa phương"),
    QT_TRANSLATE_NOOP("labels", "đang bị xem xét kỷ luật"),
    QT_TRANSLATE_NOOP("labels", "đang bị thanh tra, kiểm tra"),
    QT_TRANSLATE_NOOP("labels", "đang bị xem xét giải quyết khiếu nại, tố cáo"),
    QT_TRANSLATE_NOOP(
        "labels",
        "Từ 01/7/2025, Nghị định 152/2025/NĐ-CP Điều 6 khoản 2 điểm c giao bộ, ngành, tỉnh quy định thủ tục xét danh hiệu, hình thức này: hãy đặt theo quy chế thi đua, khen thưởng của cơ quan.",
    ),  # noqa: E501
    QT_TRANSLATE_NOOP(
        "labels",
        "Tỷ lệ phiếu lấy theo Nghị định 98/2023/NĐ-CP Điều 30 khoản 7; điều khoản tương ứng của Nghị định 152/2025/NĐ-CP chưa được xác nhận: hãy đối chiếu quy chế của cơ quan.",
    ),  # noqa: E501
)
