"""Code lists of the domain with their Vietnamese labels (DOMAIN.md, FORMS_TT02.md).

Codes are stored; labels are shown, exported and accepted on import.
"""

from __future__ import annotations

from app.rules.vntext import fold

GENDERS = {"M": "Nam", "F": "Nữ"}

INITIATIVE_KINDS = {"SANG_KIEN": "Sáng kiến", "DE_TAI": "Đề tài, đề án"}
LEAVE_KINDS = {"THAI_SAN": "Nghỉ thai sản"}
FIRST_YEAR = 1950  # the earliest year a history record (rating, award, sáng kiến) may carry

# An individual's row in the TT 02/2023 forms (0602 rows 10–14, 0603 rows 06–10).
LEADER_LEVELS = {
    "NONE": "Không giữ chức vụ lãnh đạo",
    "BO_TINH": "Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên",
    "VU_SO": "Lãnh đạo cấp vụ, sở, ngành và tương đương",
    "PHONG": "Lãnh đạo khác từ phó phòng trở lên",
}

STAFF_CATEGORIES = {
    "CONG_CHUC": "Công chức",
    "VIEN_CHUC": "Viên chức",
    "LAO_DONG": "Người lao động",
    "DOANH_NHAN": "Doanh nhân",
    "KHAC": "Khác",
}

UNIT_KINDS = {
    "KHOI": "Khối thi đua",
    "CO_QUAN": "Cơ quan",
    "DON_VI": "Đơn vị (vụ, phòng)",
    "TO": "Tổ, nhóm",
    # Collectives the TT 02/2023 forms count on rows of their own (0602 rows 7–8, 0603 rows 03–04).
    "DOANH_NGH": "Doanh nghiệp",
    "HO_GD": "Hộ gia đình",
}

RATINGS = {
    "HTXSNV": "Hoàn thành xuất sắc nhiệm vụ",
    "HTTNV": "Hoàn thành tốt nhiệm vụ",
    "HTNV": "Hoàn thành nhiệm vụ",
    "KHTNV": "Không hoàn thành nhiệm vụ",
}

COUNCIL_ROLES = {
    "CHU_TICH": "Chủ tịch",
    "PHO_CHU_TICH": "Phó Chủ tịch",
    "UY_VIEN_TT": "Ủy viên thường trực",
    "UY_VIEN": "Ủy viên",
    "THU_KY": "Thư ký",
}

INITIATIVE_LEVELS = {
    "CO_SO": "Cấp cơ sở",
    "BO_TINH": "Cấp bộ, ngành, tỉnh",
    "TOAN_QUOC": "Toàn quốc",
}

DISCIPLINE_LEVELS = {
    "KHIEN_TRACH": "Khiển trách",
    "CANH_CAO": "Cảnh cáo",
    "HA_BAC_LUONG": "Hạ bậc lương",
    "CACH_CHUC": "Cách chức",
    "BUOC_THOI_VIEC": "Buộc thôi việc",
}


def lookup(table: dict[str, str], value: str) -> str | None:
    """The code for a code or a label, ignoring case and tone marks; None if unknown."""
    key = fold(value)
    if not key:
        return None
    for code, label in table.items():
        if key == fold(code) or key == fold(label):
            return code
    return None


GENDER_ALIASES = {"nam": "M", "nu": "F", "m": "M", "f": "F", "male": "M", "female": "F"}


def lookup_gender(value: str) -> str | None:
    return GENDER_ALIASES.get(fold(value))
