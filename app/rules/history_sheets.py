"""Layout of the history import file (`tdkt-cli template history` / `import history`). Pure data.

Shared by the blank template (app/exports/history_template.py) and the import
(app/services/history_import.py), so that the file we hand out is the file we read back.
Headers are matched as for the staff file (`app.rules.person.SheetColumn`).
"""

from __future__ import annotations

from app.rules.person import SheetColumn
from app.rules.vntext import fold

RATING_SHEET = "Xếp loại"
AWARD_SHEET = "Khen thưởng"
INITIATIVE_SHEET = "Sáng kiến"
DISCIPLINE_SHEET = "Kỷ luật"
LEAVE_SHEET = "Nghỉ thai sản"

_PERSON_ALIASES = ("Mã CB", "Mã số cán bộ")


def _person(required: bool = True, hint: str = "Mã cán bộ đã có trong chương trình.") -> SheetColumn:
    return SheetColumn("person_code", "Mã cán bộ", required, hint, _PERSON_ALIASES, is_code=True)


def _year(hint: str) -> SheetColumn:
    return SheetColumn("year", "Năm", True, hint)


RATING_COLUMNS: tuple[SheetColumn, ...] = (
    _person(),
    _year("Năm được xếp loại, ví dụ 2023."),
    SheetColumn(
        "rating",
        "Xếp loại",
        True,
        "HTXSNV, HTTNV, HTNV, KHTNV hoặc tên đầy đủ (chọn trong danh sách). "
        "Nhập lại cùng cán bộ và năm sẽ cập nhật xếp loại.",
        ("Xếp loại chất lượng", "Kết quả xếp loại", "Mức xếp loại"),
    ),
)

AWARD_COLUMNS: tuple[SheetColumn, ...] = (
    _person(
        False,
        "Ghi Mã cán bộ khi cá nhân được khen; để trống khi tập thể được khen. "
        "Mỗi dòng ghi đúng một trong hai cột Mã cán bộ, Mã đơn vị.",
    ),
    SheetColumn(
        "unit_code",
        "Mã đơn vị",
        False,
        "Ghi Mã đơn vị khi tập thể được khen; để trống khi cá nhân được khen.",
        ("Mã tập thể",),
        is_code=True,
    ),
    _year("Năm được khen (năm thành tích), ví dụ 2023."),
    SheetColumn(
        "award",
        "Danh hiệu/hình thức",
        True,
        "Mã hoặc tên trong danh mục, ví dụ CSTDCS hoặc Chiến sĩ thi đua cơ sở. "
        "Nhập lại cùng đối tượng, danh hiệu và năm sẽ cập nhật.",
        (
            "Danh hiệu",
            "Hình thức",
            "Danh hiệu, hình thức",
            "Danh hiệu thi đua",
            "Hình thức khen thưởng",
            "Mã danh hiệu",
            "Khen thưởng",
        ),
    ),
    SheetColumn("decision_no", "Số quyết định", False, "Ví dụ 125/QĐ-BTCTW.", ("Số QĐ",)),
    SheetColumn("decision_date", "Ngày quyết định", False, "Dạng dd/mm/yyyy.", ("Ngày QĐ", "Ngày ký"), is_date=True),
    SheetColumn(
        "issuer",
        "Cơ quan ban hành",
        False,
        "Ví dụ Ban Tổ chức Trung ương.",
        ("Cấp ban hành", "Cơ quan quyết định", "Người ký"),
    ),
)

INITIATIVE_COLUMNS: tuple[SheetColumn, ...] = (
    _person(),
    SheetColumn(
        "title",
        "Tên sáng kiến/đề tài",
        True,
        "Tên đầy đủ. Nhập lại cùng cán bộ, tên và năm sẽ cập nhật.",
        ("Tên sáng kiến", "Tên đề tài", "Tên sáng kiến, đề tài", "Sáng kiến"),
    ),
    SheetColumn("kind", "Loại", False, "Sáng kiến hoặc Đề tài; để trống là Sáng kiến.", ("Loại sáng kiến",)),
    SheetColumn(
        "level", "Cấp công nhận", True, "Cấp cơ sở; Cấp bộ, ngành, tỉnh; Toàn quốc.", ("Cấp", "Cấp công nhận sáng kiến")
    ),
    _year("Năm được công nhận, ví dụ 2023."),
    SheetColumn("recognised_date", "Ngày công nhận", False, "Dạng dd/mm/yyyy, thuộc năm ở cột Năm.", is_date=True),
    SheetColumn("authors", "Tác giả", False, "Các đồng tác giả, nếu có.", ("Đồng tác giả", "Các tác giả")),
)

DISCIPLINE_COLUMNS: tuple[SheetColumn, ...] = (
    _person(),
    SheetColumn(
        "level",
        "Hình thức",
        True,
        "Khiển trách, Cảnh cáo, Hạ bậc lương, Cách chức, Buộc thôi việc.",
        ("Hình thức kỷ luật",),
    ),
    SheetColumn(
        "start_date",
        "Từ ngày",
        True,
        "Ngày quyết định kỷ luật có hiệu lực, dạng dd/mm/yyyy.",
        ("Ngày bắt đầu", "Ngày hiệu lực"),
        is_date=True,
    ),
    SheetColumn(
        "end_date",
        "Đến ngày",
        False,
        "Ngày cuối cùng còn hiệu lực; để trống nếu còn hiệu lực.",
        ("Ngày kết thúc",),
        is_date=True,
    ),
    SheetColumn("note", "Ghi chú", False, "Số quyết định, lý do…", ("Lý do",)),
)

LEAVE_COLUMNS: tuple[SheetColumn, ...] = (
    _person(),
    SheetColumn("start_date", "Từ ngày", True, "Ngày bắt đầu nghỉ, dạng dd/mm/yyyy.", ("Ngày bắt đầu",), is_date=True),
    SheetColumn(
        "end_date", "Đến ngày", True, "Ngày cuối cùng nghỉ, dạng dd/mm/yyyy.", ("Ngày kết thúc",), is_date=True
    ),
    SheetColumn("note", "Ghi chú", False, "", ("Lý do",)),
)

# (kind, sheet title, columns), in the order of the file and of the report.
HISTORY_SHEETS: tuple[tuple[str, str, tuple[SheetColumn, ...]], ...] = (
    ("rating", RATING_SHEET, RATING_COLUMNS),
    ("award", AWARD_SHEET, AWARD_COLUMNS),
    ("initiative", INITIATIVE_SHEET, INITIATIVE_COLUMNS),
    ("discipline", DISCIPLINE_SHEET, DISCIPLINE_COLUMNS),
    ("leave", LEAVE_SHEET, LEAVE_COLUMNS),
)

# Short forms clerks write for the initiative kind and level (folded text → code), on top
# of the codes and full labels of `INITIATIVE_KINDS` / `codes.INITIATIVE_LEVELS`.
INITIATIVE_KIND_ALIASES = {"sang kien": "SANG_KIEN", "de tai": "DE_TAI", "de an": "DE_TAI", "de tai, de an": "DE_TAI"}
INITIATIVE_LEVEL_ALIASES = {
    "co so": "CO_SO",
    "cap co so": "CO_SO",
    "bo": "BO_TINH",
    "cap bo": "BO_TINH",
    "cap nganh": "BO_TINH",
    "cap tinh": "BO_TINH",
    "cap bo, nganh": "BO_TINH",
    "cap bo, tinh": "BO_TINH",
    "cap bo, ban, nganh, tinh": "BO_TINH",
    "toan quoc": "TOAN_QUOC",
    "cap toan quoc": "TOAN_QUOC",
    "cap nha nuoc": "TOAN_QUOC",
}


def alias_code(aliases: dict[str, str], value: str) -> str | None:
    """The code a short form stands for, ignoring case and tones; None if not an alias."""
    return aliases.get(fold(value))
