"""Layout of the units' nomination lists (`tdkt-cli template nominations` / `import
nominations`). Pure data, shared by the blank template (app/exports/nomination_template.py)
and the import (app/services/nomination_import.py): the file we hand out is the file we read.
"""

from __future__ import annotations

from app.rules.person import SheetColumn

PERSON_SHEET = "Cá nhân"
UNIT_SHEET = "Tập thể"

_AWARD = SheetColumn(
    "award",
    "Danh hiệu/hình thức đề nghị",
    True,
    "Mã hoặc tên trong danh mục (chọn trong danh sách), ví dụ CSTDCS hoặc Chiến sĩ thi đua cơ sở.",
    (
        "Danh hiệu, hình thức đề nghị",
        "Hình thức đề nghị",
        "Danh hiệu đề nghị",
        "Đề nghị",
        "Danh hiệu/hình thức",
        "Danh hiệu",
        "Hình thức khen thưởng",
        "Hình thức",
        "Mã danh hiệu",
    ),
)
_ACHIEVEMENT = SheetColumn(
    "achievement",
    "Tóm tắt thành tích",
    False,
    "Thành tích chính, in trên danh sách và giấy khen.",
    ("Thành tích", "Tóm tắt thành tích đạt được", "Nội dung thành tích"),
)
_SUBMITTER = SheetColumn(
    "submitter",
    "Đơn vị đề nghị",
    False,
    "Mã hoặc tên đơn vị gửi đề nghị; để trống: cơ quan của người (tập thể) được đề nghị.",
    ("Đơn vị trình", "Mã đơn vị đề nghị"),
)

PERSON_COLUMNS: tuple[SheetColumn, ...] = (
    SheetColumn(
        "person_code",
        "Mã cán bộ",
        False,
        "Mã cán bộ trong chương trình. Nếu để trống, người được tìm theo họ tên, năm sinh và đơn vị.",
        ("Mã CB", "Mã số cán bộ"),
        is_code=True,
    ),
    SheetColumn("full_name", "Họ và tên", True, "Họ và tên đầy đủ, có dấu.", ("Họ tên", "Họ và tên cán bộ")),
    SheetColumn(
        "birth_year",
        "Năm sinh",
        False,
        "4 chữ số, ví dụ 1980 (hoặc ngày sinh dd/mm/yyyy).",
        ("Ngày sinh", "Năm sinh (ngày sinh)"),
    ),
    SheetColumn(
        "unit",
        "Đơn vị công tác",
        False,
        "Mã hoặc tên đơn vị (phòng, vụ, cơ quan) của người được đề nghị.",
        ("Đơn vị", "Mã đơn vị", "Nơi công tác"),
    ),
    _AWARD,
    _ACHIEVEMENT,
    _SUBMITTER,
)

UNIT_COLUMNS: tuple[SheetColumn, ...] = (
    SheetColumn(
        "unit_code",
        "Mã đơn vị",
        False,
        "Mã đơn vị trong chương trình; nếu để trống, tập thể được tìm theo tên.",
        ("Mã tập thể",),
        is_code=True,
    ),
    SheetColumn(
        "unit_name",
        "Tên tập thể",
        True,
        "Tên đơn vị như trong chương trình.",
        ("Tên đơn vị", "Tập thể", "Tên tập thể được đề nghị"),
    ),
    _AWARD,
    _ACHIEVEMENT,
    _SUBMITTER,
)

NOMINATION_SHEETS: tuple[tuple[str, str, tuple[SheetColumn, ...]], ...] = (
    ("CA_NHAN", PERSON_SHEET, PERSON_COLUMNS),
    ("TAP_THE", UNIT_SHEET, UNIT_COLUMNS),
)
