"""Short award names used in verdict reasons (Vietnamese), shared by the Vietnamese and
the English reason texts (app/rules/reasons.py, app/messages/reasons_en.py)."""

from __future__ import annotations

from collections.abc import Mapping

from app.rules.catalogue import AWARD_TYPE_BY_CODE

SHORT_NAMES = {
    "LDTT": "Lao động tiên tiến",
    "CSTDCS": "CSTĐCS",
    "CSTDBO": "CSTĐ cấp bộ",
    "CSTDTQ": "CSTĐ toàn quốc",
    "TTLDTT": "Tập thể lao động tiên tiến",
    "TTLDXS": "Tập thể lao động xuất sắc",
    "BK_BO": "Bằng khen cấp bộ",
    "BK_TTG": "Bằng khen của Thủ tướng Chính phủ",
    "HCLD3": "Huân chương Lao động hạng Ba",
    "GK": "Giấy khen",
}


def award_name(code: str, names: Mapping[str, str] | None = None) -> str:
    if code in SHORT_NAMES:
        return SHORT_NAMES[code]
    if names and code in names:
        return names[code]
    spec = AWARD_TYPE_BY_CODE.get(code)
    return spec.name if spec else code
