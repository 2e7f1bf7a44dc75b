"""The award catalogue and the parameters of a rule set (DOMAIN.md §2–6). Pure data.

`AWARD_TYPES` is the seeded catalogue: every title (danh hiệu) and form (hình thức) with its
subject, level, granting authority and reward multiple. `default_params(code)` gives the
criteria of an award under the seeded rule sets "NĐ 98/2023" and "NĐ 152/2025" (same values
in both, DOMAIN.md §2, §6); offices copy a rule set and edit them when a new text appears.

`RuleParams` is what one award's rule holds inside a rule set. It is stored as JSON in
`award_rule.params` and always read back through `params_from_json`, which validates it.
Fractions (vote threshold, member shares, quota) are exact `(numerator, denominator)` pairs,
never floats.

Collective forms have their own codes with the suffix `_TT` (tập thể), because their
reward multiple differs from the individual form's (DOMAIN.md §5).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from decimal import Decimal
from typing import Any

from app.messages import Msg
from app.rules.codes import DISCIPLINE_LEVELS, INITIATIVE_LEVELS, RATINGS
from app.rules.money import UNCONFIRMED_MULTIPLES

SUBJECTS = {"CA_NHAN": "Cá nhân", "TAP_THE": "Tập thể"}
AWARD_KINDS = {"DANH_HIEU": "Danh hiệu thi đua", "HINH_THUC": "Hình thức khen thưởng"}
AWARD_LEVELS = {"CO_SO": "Cấp cơ sở", "BO_TINH": "Cấp bộ, ban, ngành, tỉnh", "NHA_NUOC": "Cấp Nhà nước"}
VOTE_BASES = {
    "members": "Tổng số thành viên Hội đồng",
    "present": "Số thành viên có mặt",
    "valid": "Số phiếu hợp lệ",
}

# Rating order for "X or better" (DOMAIN.md §5 scale).
RATING_RANK = {"KHTNV": 0, "HTNV": 1, "HTTNV": 2, "HTXSNV": 3}
# Initiative levels, lowest first.
INITIATIVE_RANK = {"CO_SO": 0, "BO_TINH": 1, "TOAN_QUOC": 2}
# Discipline severity, lightest first (Luật CBCC: khiển trách < cảnh cáo < ...).
DISCIPLINE_RANK = {"KHIEN_TRACH": 0, "CANH_CAO": 1, "HA_BAC_LUONG": 2, "CACH_CHUC": 3, "BUOC_THOI_VIEC": 4}

# Conditions the data cannot decide: the standing office checks them by hand.
MANUAL_CHECKS = {
    "MOVEMENT_ACHIEVEMENT": "có thành tích trong phong trào thi đua hoặc thành tích đột xuất",
    "UNIT_TASKS_WELL": "tập thể hoàn thành tốt nhiệm vụ",
    "UNIT_TASKS_EXCELLENT": "tập thể hoàn thành xuất sắc nhiệm vụ",
    "LEADS_BLOC": "dẫn đầu cụm, khối thi đua trong năm",
    "BEST_OF_BLOC_LEADERS": "tiêu biểu xuất sắc trong số các tập thể dẫn đầu cụm, khối",
    "CRITERIA_NOT_MODELLED": "tiêu chuẩn của hình thức này chưa được chương trình kiểm tra tự động",
    # Alternatives of the forms (Luật 06/2022 Art. 73(1), 74(1)): the council judges them.
    "OUTSTANDING_IN_MOVEMENT": "có thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua",
    "MANY_OR_SUDDEN": "lập được nhiều thành tích hoặc thành tích đột xuất",
    "CONTRIBUTION": "có đóng góp vào sự nghiệp xây dựng và phát triển của bộ, ngành, địa phương",
}

# The evaluator `app.rules.eligibility` applies for an award.
CRITERIA = {
    "LDTT": "Lao động tiên tiến (xếp loại năm, không bị kỷ luật)",
    "CSTDCS": "Chiến sĩ thi đua cơ sở (LĐTT và xuất sắc hoặc có sáng kiến)",
    "STREAK_INITIATIVE": "Số năm liên tục đạt danh hiệu và sáng kiến theo cấp",
    "TERMS_INITIATIVE": "Số lần liên tục đạt danh hiệu (theo nhiệm kỳ) và sáng kiến theo cấp",
    "BK_BO": "Bằng khen cấp bộ (năm liên tục CSTĐCS, hoặc năm xuất sắc và sáng kiến)",
    "SERVICE_YEARS": "Đã có khen thưởng trước, số năm liên tục hoàn thành tốt trở lên",
    "GOOD_YEAR_MANUAL": "Hoàn thành tốt nhiệm vụ và thành tích cần xem xét",
    "COLLECTIVE_SHARES": "Tập thể: tỷ lệ thành viên LĐTT, hoàn thành nhiệm vụ, CSTĐCS, kỷ luật",
    "MANUAL": "Chỉ kiểm tra thủ công",
}
PERSON_CRITERIA = {
    "LDTT",
    "CSTDCS",
    "STREAK_INITIATIVE",
    "TERMS_INITIATIVE",
    "BK_BO",
    "SERVICE_YEARS",
    "GOOD_YEAR_MANUAL",
}
UNIT_CRITERIA = {"COLLECTIVE_SHARES"}

Fraction = tuple[int, int]


@dataclasses.dataclass(frozen=True)
class AwardTypeSpec:
    """One entry of the seeded catalogue."""

    code: str
    name: str
    subject: str  # SUBJECTS
    kind: str  # AWARD_KINDS
    level: str  # AWARD_LEVELS
    authority: str
    reward_multiple: Decimal
    certificate_template: str = ""  # "giay-khen" | "bang-khen" | "cstdcs" | ""


_HEAD = "Thủ trưởng cơ quan, đơn vị"
_MINISTER = "Bộ trưởng, Trưởng ban, Chủ tịch UBND tỉnh"
_PM = "Thủ tướng Chính phủ"
_PRESIDENT = "Chủ tịch nước"

# Individual reward multiples of forms are not in DOMAIN.md; they are set at half the
# collective multiple (the ratio of every pair DOMAIN.md gives) and are editable.
AWARD_TYPES: tuple[AwardTypeSpec, ...] = (
    AwardTypeSpec("LDTT", "Lao động tiên tiến", "CA_NHAN", "DANH_HIEU", "CO_SO", _HEAD, Decimal("0.3")),
    AwardTypeSpec("CSTDCS", "Chiến sĩ thi đua cơ sở", "CA_NHAN", "DANH_HIEU", "CO_SO", _HEAD, Decimal("1.0"), "cstdcs"),
    AwardTypeSpec(
        "CSTDBO",
        "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh",
        "CA_NHAN",
        "DANH_HIEU",
        "BO_TINH",
        _MINISTER,
        Decimal("3.0"),
        "bang-khen",
    ),
    AwardTypeSpec("CSTDTQ", "Chiến sĩ thi đua toàn quốc", "CA_NHAN", "DANH_HIEU", "NHA_NUOC", _PM, Decimal("4.5")),
    AwardTypeSpec("TTLDTT", "Tập thể lao động tiên tiến", "TAP_THE", "DANH_HIEU", "CO_SO", _HEAD, Decimal("0.8")),
    AwardTypeSpec("TTLDXS", "Tập thể lao động xuất sắc", "TAP_THE", "DANH_HIEU", "BO_TINH", _MINISTER, Decimal("1.5")),
    AwardTypeSpec(
        "CO_BO", "Cờ thi đua cấp bộ, ban, ngành, tỉnh", "TAP_THE", "DANH_HIEU", "BO_TINH", _MINISTER, Decimal("8.0")
    ),
    AwardTypeSpec("CO_CP", "Cờ thi đua của Chính phủ", "TAP_THE", "DANH_HIEU", "NHA_NUOC", _PM, Decimal("12.0")),
    AwardTypeSpec("GK", "Giấy khen", "CA_NHAN", "HINH_THUC", "CO_SO", _HEAD, Decimal("0.3"), "giay-khen"),
    AwardTypeSpec("GK_TT", "Giấy khen (tập thể)", "TAP_THE", "HINH_THUC", "CO_SO", _HEAD, Decimal("0.6"), "giay-khen"),
    AwardTypeSpec(
        "BK_BO",
        "Bằng khen cấp bộ, ban, ngành, tỉnh",
        "CA_NHAN",
        "HINH_THUC",
        "BO_TINH",
        _MINISTER,
        Decimal("1.5"),
        "bang-khen",
    ),
    AwardTypeSpec(
        "BK_BO_TT",
        "Bằng khen cấp bộ, ban, ngành, tỉnh (tập thể)",
        "TAP_THE",
        "HINH_THUC",
        "BO_TINH",
        _MINISTER,
        Decimal("3.0"),
        "bang-khen",
    ),
    AwardTypeSpec(
        "BK_TTG",
        "Bằng khen của Thủ tướng Chính phủ",
        "CA_NHAN",
        "HINH_THUC",
        "NHA_NUOC",
        _PM,
        Decimal("3.5"),
        "bang-khen",
    ),
    AwardTypeSpec(
        "BK_TTG_TT",
        "Bằng khen của Thủ tướng Chính phủ (tập thể)",
        "TAP_THE",
        "HINH_THUC",
        "NHA_NUOC",
        _PM,
        Decimal("7.0"),
        "bang-khen",
    ),
    AwardTypeSpec(
        "HCLD3", "Huân chương Lao động hạng Ba", "CA_NHAN", "HINH_THUC", "NHA_NUOC", _PRESIDENT, Decimal("4.5")
    ),
    AwardTypeSpec(
        "HCLD3_TT",
        "Huân chương Lao động hạng Ba (tập thể)",
        "TAP_THE",
        "HINH_THUC",
        "NHA_NUOC",
        _PRESIDENT,
        Decimal("9.0"),
    ),
    AwardTypeSpec(
        "HCLD2_TT",
        "Huân chương Lao động hạng Nhì (tập thể)",
        "TAP_THE",
        "HINH_THUC",
        "NHA_NUOC",
        _PRESIDENT,
        Decimal("15.0"),
    ),
    AwardTypeSpec(
        "HCLD1_TT",
        "Huân chương Lao động hạng Nhất (tập thể)",
        "TAP_THE",
        "HINH_THUC",
        "NHA_NUOC",
        _PRESIDENT,
        Decimal("18.0"),
    ),
)
AWARD_TYPE_BY_CODE = {a.code: a for a in AWARD_TYPES}


@dataclasses.dataclass(frozen=True)
class RuleParams:
    """The criteria, vote and quota of one award inside a rule set.

    Only the fields its `criterion` uses matter; the others keep their defaults.
    Years are counted backwards from the review year ("ending with the review year").
    """

    criterion: str
    # The rating required in the review year (LĐTT, GK) or in every year of a window.
    min_rating: str | None = None
    excellent_rating: str = "HTXSNV"
    # "N consecutive years of title T" (CSTĐ bộ: 3 × CSTĐCS; Bằng khen bộ: 2 × CSTĐCS).
    streak_award: str | None = None
    streak_years: int = 0
    # CSTĐ toàn quốc: consecutive CSTĐ bộ are `term_years` apart (one every 3 years).
    term_years: int = 0
    # Bằng khen bộ, second path: N consecutive excellent years and M sáng kiến.
    alt_excellent_years: int = 0
    alt_initiatives: int = 0
    # Forms held before (Bằng khen TTg needs a Bằng khen bộ).
    prerequisite_awards: tuple[str, ...] = ()
    # The window of years must start after the prerequisite was received ("05 năm tiếp theo").
    after_prerequisite: bool = False
    # N consecutive years rated `min_rating` or better, with K titles `window_award` and
    # E excellent years among them.
    rating_years: int = 0
    window_award: str | None = None
    window_award_count: int = 0
    excellent_in_window: int = 0
    # A sáng kiến/đề tài of at least this level, recognised in the last `initiative_window`
    # years (ending with the review year) and not yet used for another award.
    initiative_level: str | None = None
    initiative_window: int = 1
    # Collectives.
    member_ldtt_share: Fraction | None = None
    member_complete_share: Fraction | None = None
    min_member_cstdcs: int = 0
    blocking_discipline: str | None = None
    # Conditions left to a person (MANUAL_CHECKS codes).
    manual_checks: tuple[str, ...] = ()
    # "Đạt một trong các tiêu chuẩn" (Luật Art. 73(1), 74(1)): criteria other than the record
    # path (MANUAL_CHECKS codes); when the record path fails the verdict is MANUAL_CHECK
    # naming them, never NOT_ELIGIBLE for that reason.
    alternative_checks: tuple[str, ...] = ()
    # Council vote (DOMAIN.md §6): threshold as an exact fraction of `vote_base`.
    vote_required: bool = False
    vote_threshold: Fraction | None = None
    vote_base: str = "members"
    # Optional cap per unit: this award ≤ quota_share × (count of `quota_base_award`).
    quota_share: Fraction | None = None
    quota_base_award: str | None = None
    # Reward multiple under this rule set; None uses the catalogue's.
    reward_multiple: Decimal | None = None
    # The multiple is not yet checked against the rule set's legal text (app.rules.money).
    reward_unconfirmed: bool = False
    # Values the legal text does not settle (field names), with a note pointing the office
    # to its own regulation (e.g. NĐ 152/2025 Art. 6(2)(c)); shown in the rule-set screen.
    unconfirmed: tuple[str, ...] = ()
    unconfirmed_note: str = ""


PARAM_LABELS = {
    "criterion": "Cách kiểm tra",
    "min_rating": "Xếp loại tối thiểu",
    "excellent_rating": "Xếp loại xuất sắc",
    "streak_award": "Danh hiệu phải đạt liên tục",
    "streak_years": "Số năm (lần) liên tục",
    "term_years": "Khoảng cách giữa hai lần (năm)",
    "alt_excellent_years": "Số năm liên tục hoàn thành xuất sắc (cách thứ hai)",
    "alt_initiatives": "Số sáng kiến (cách thứ hai)",
    "prerequisite_awards": "Khen thưởng phải có trước",
    "after_prerequisite": "Tính từ sau khen thưởng trước",
    "rating_years": "Số năm liên tục hoàn thành tốt trở lên",
    "window_award": "Danh hiệu trong thời gian đó",
    "window_award_count": "Số lần đạt danh hiệu trong thời gian đó",
    "excellent_in_window": "Số năm hoàn thành xuất sắc trong thời gian đó",
    "initiative_level": "Cấp sáng kiến, đề tài",
    "initiative_window": "Sáng kiến công nhận trong số năm gần nhất",
    "member_ldtt_share": "Tỷ lệ thành viên đạt LĐTT",
    "member_complete_share": "Tỷ lệ thành viên hoàn thành nhiệm vụ",
    "min_member_cstdcs": "Số thành viên đạt CSTĐCS tối thiểu",
    "blocking_discipline": "Kỷ luật từ mức này trở lên thì không xét",
    "manual_checks": "Điều kiện kiểm tra thủ công",
    "alternative_checks": "Tiêu chuẩn thay thế (Hội đồng xem xét)",
    "vote_required": "Phải bỏ phiếu kín",
    "vote_threshold": "Tỷ lệ phiếu đồng ý",
    "vote_base": "Cơ sở tính tỷ lệ",
    "quota_share": "Giới hạn số lượng (tỷ lệ)",
    "quota_base_award": "Giới hạn tính trên số",
    "reward_multiple": "Mức tiền thưởng (lần lương cơ sở)",
    "reward_unconfirmed": "Mức thưởng chưa đối chiếu văn bản",
    "unconfirmed": "Giá trị chưa được văn bản xác nhận",
    "unconfirmed_note": "Ghi chú về giá trị chưa xác nhận",
}

_FRACTION_FIELDS = ("member_ldtt_share", "member_complete_share", "vote_threshold", "quota_share")
_FIELDS = {f.name: f for f in dataclasses.fields(RuleParams)}


def _fraction_error(value: Fraction | None, *, required: bool = False, at_most_one: bool = True) -> str | None:
    if value is None:
        return "chưa nhập" if required else None
    try:
        num, den = value
    except (TypeError, ValueError):
        return "phải là một phân số tử/mẫu"
    if not isinstance(num, int) or not isinstance(den, int) or isinstance(num, bool) or isinstance(den, bool):
        return "tử số và mẫu số phải là số nguyên"
    if den <= 0:
        return "mẫu số phải lớn hơn 0"
    if num < 0:
        return "tử số không được âm"
    if at_most_one and num > den:
        return "không được lớn hơn 100%"
    return None


def validate_params(p: RuleParams, *, known_awards: set[str] | None = None) -> dict[str, str]:
    """Field name → Vietnamese reason for every problem (empty when valid)."""
    errors: dict[str, str] = {}
    if p.criterion not in CRITERIA:
        errors["criterion"] = Msg("reason.unknown_check")
    for field in ("min_rating", "excellent_rating"):
        value = getattr(p, field)
        if value is not None and value not in RATINGS:
            errors[field] = Msg("reason.unknown_rating")
    for field in (
        "streak_years",
        "term_years",
        "alt_excellent_years",
        "alt_initiatives",
        "rating_years",
        "window_award_count",
        "excellent_in_window",
        "min_member_cstdcs",
    ):
        value = getattr(p, field)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            errors[field] = Msg("reason.non_negative_int")
        elif value > 50:
            errors[field] = Msg("reason.max_50")
    if not isinstance(p.initiative_window, int) or not 1 <= p.initiative_window <= 50:
        errors["initiative_window"] = Msg("reason.years_1_50")
    if p.initiative_level is not None and p.initiative_level not in INITIATIVE_LEVELS:
        errors["initiative_level"] = Msg("reason.unknown_initiative_level")
    if p.blocking_discipline is not None and p.blocking_discipline not in DISCIPLINE_LEVELS:
        errors["blocking_discipline"] = Msg("reason.unknown_discipline")
    for field in ("manual_checks", "alternative_checks"):
        unknown = [m for m in getattr(p, field) if m not in MANUAL_CHECKS]
        if unknown:
            errors[field] = Msg("reason.unknown_conditions", unknown=", ".join(unknown))
    bad_fields = [f for f in p.unconfirmed if f not in _FIELDS]
    if bad_fields:
        errors["unconfirmed"] = Msg("reason.unknown_parameters", bad_fields=", ".join(bad_fields))
    for field in _FRACTION_FIELDS:
        msg = _fraction_error(getattr(p, field), required=(field == "vote_threshold" and p.vote_required))
        if msg:
            errors[field] = msg
    if p.vote_base not in VOTE_BASES:
        errors["vote_base"] = Msg("reason.invalid")
    if (p.quota_share is None) != (p.quota_base_award is None):
        errors["quota_share" if p.quota_share is None else "quota_base_award"] = Msg("reason.quota_needs_both")
    if p.reward_multiple is not None and (not isinstance(p.reward_multiple, Decimal) or p.reward_multiple < 0):
        errors["reward_multiple"] = Msg("reason.non_negative")
    if known_awards is not None:
        for field in ("streak_award", "window_award", "quota_base_award"):
            value = getattr(p, field)
            if value is not None and value not in known_awards:
                errors[field] = Msg("reason.unknown_award_codes", missing=value)
        missing = [c for c in p.prerequisite_awards if c not in known_awards]
        if missing:
            errors["prerequisite_awards"] = Msg("reason.unknown_award_codes", missing=", ".join(missing))
    # Criterion-specific completeness.
    if p.criterion in ("STREAK_INITIATIVE", "TERMS_INITIATIVE", "BK_BO"):
        if not p.streak_award:
            errors.setdefault("streak_award", "chưa chọn")
        if p.streak_years < 1:
            errors.setdefault("streak_years", "phải từ 1 trở lên")
    if p.criterion == "TERMS_INITIATIVE" and p.term_years < 1:
        errors.setdefault("term_years", "phải từ 1 trở lên")
    if p.criterion == "SERVICE_YEARS" and p.rating_years < 1:
        errors.setdefault("rating_years", "phải từ 1 trở lên")
    if p.criterion in ("LDTT", "CSTDCS", "SERVICE_YEARS", "GOOD_YEAR_MANUAL") and p.min_rating is None:
        errors.setdefault("min_rating", "chưa chọn")
    return errors


def params_to_json(p: RuleParams) -> dict[str, Any]:
    """A JSON-ready dict; only fields that differ from the defaults are written."""
    out: dict[str, Any] = {"criterion": p.criterion}
    for name, field in _FIELDS.items():
        if name == "criterion":
            continue
        value = getattr(p, name)
        if value == field.default:
            continue
        if isinstance(value, Decimal):
            value = str(value)
        elif isinstance(value, tuple):
            value = list(value)
        out[name] = value
    return out


def params_from_json(data: dict[str, Any]) -> RuleParams:
    """Rebuild RuleParams from stored JSON. Raises ValueError naming unknown fields."""
    unknown = set(data) - set(_FIELDS)
    if unknown:
        raise ValueError(f"unknown rule parameters: {sorted(unknown)}")
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name in _FRACTION_FIELDS and value is not None:
            value = tuple(value)
        elif name in ("prerequisite_awards", "manual_checks", "alternative_checks", "unconfirmed"):
            value = tuple(value or ())
        elif name == "reward_multiple" and value is not None:
            value = Decimal(str(value))
        values[name] = value
    return RuleParams(**values)


# Since 01/7/2025 NĐ 152/2025 Art. 6(2)(c) leaves the procedure (the vote rule included) for
# CSTĐCS, LĐTT, TTLĐTT and Giấy khen to each bộ, ngành, tỉnh; the vote clause of NĐ 98/2023
# Art. 30(7) has no confirmed counterpart for the other titles (DOMAIN.md §3, §6).
_VOTE_FIELDS = ("vote_required", "vote_threshold", "vote_base")
_LEFT_TO_OFFICE = ("LDTT", "CSTDCS", "TTLDTT", "GK", "GK_TT")
_NOTE_LEFT_TO_OFFICE = (
    "Từ 01/7/2025, Nghị định 152/2025/NĐ-CP Điều 6 khoản 2 điểm c giao bộ, ngành, tỉnh quy định "
    "thủ tục xét danh hiệu, hình thức này: hãy đặt theo quy chế thi đua, khen thưởng của cơ quan."
)
_NOTE_VOTE = (
    "Tỷ lệ phiếu lấy theo Nghị định 98/2023/NĐ-CP Điều 30 khoản 7; điều khoản tương ứng của Nghị định "
    "152/2025/NĐ-CP chưa được xác nhận: hãy đối chiếu quy chế của cơ quan."
)
_VOTED_TITLES = ("CSTDBO", "CSTDTQ", "CO_BO", "CO_CP")


def unconfirmed_defaults(code: str, rule_set: str) -> dict[str, Any]:
    """The `unconfirmed`/`unconfirmed_note` of a seeded rule set's award rule ({} if none)."""
    if not rule_set.startswith("NĐ 152"):
        return {}
    if code in _LEFT_TO_OFFICE:
        return dict(unconfirmed=_VOTE_FIELDS, unconfirmed_note=_NOTE_LEFT_TO_OFFICE)
    if code in _VOTED_TITLES:
        return dict(unconfirmed=("vote_threshold", "vote_base"), unconfirmed_note=_NOTE_VOTE)
    return {}


def default_params(code: str, rule_set: str = "") -> RuleParams:
    """The criteria of DOMAIN.md §3–6 for an award of the catalogue (under the seeded rule
    set named `rule_set`, which only changes what is marked unconfirmed)."""
    params = _default_params(code)
    extra = unconfirmed_defaults(code, rule_set)
    return dataclasses.replace(params, **extra) if extra else params


def _default_params(code: str) -> RuleParams:
    vote90: dict[str, Any] = dict(vote_required=True, vote_threshold=(9, 10))
    vote80: dict[str, Any] = dict(vote_required=True, vote_threshold=(4, 5))
    table: dict[str, RuleParams] = {
        "LDTT": RuleParams("LDTT", min_rating="HTTNV"),
        # No national CSTĐCS quota since 2024 (NĐ 91/2017's 15 % cap is gone): quota_share None.
        "CSTDCS": RuleParams("CSTDCS", min_rating="HTTNV", initiative_level="CO_SO", initiative_window=2, **vote80),
        "CSTDBO": RuleParams(
            "STREAK_INITIATIVE",
            streak_award="CSTDCS",
            streak_years=3,
            initiative_level="BO_TINH",
            initiative_window=3,
            **vote90,
        ),
        "CSTDTQ": RuleParams(
            "TERMS_INITIATIVE",
            streak_award="CSTDBO",
            streak_years=2,
            term_years=3,
            initiative_level="TOAN_QUOC",
            initiative_window=6,
            **vote90,
        ),
        # Luật Art. 74(1): one of the criteria; the record path is what data can show.
        "BK_BO": RuleParams(
            "BK_BO",
            streak_award="CSTDCS",
            streak_years=2,
            alt_excellent_years=2,
            alt_initiatives=2,
            initiative_level="CO_SO",
            initiative_window=2,
            alternative_checks=("OUTSTANDING_IN_MOVEMENT", "MANY_OR_SUDDEN", "CONTRIBUTION"),
        ),
        # Luật Art. 73(1): (b) is the record path; (a) and (c) are for the council.
        "BK_TTG": RuleParams(
            "SERVICE_YEARS",
            min_rating="HTTNV",
            prerequisite_awards=("BK_BO",),
            rating_years=5,
            window_award="CSTDCS",
            window_award_count=3,
            alternative_checks=("OUTSTANDING_IN_MOVEMENT", "MANY_OR_SUDDEN"),
        ),
        "HCLD3": RuleParams(
            "SERVICE_YEARS",
            min_rating="HTTNV",
            prerequisite_awards=("BK_TTG",),
            after_prerequisite=True,
            rating_years=5,
            window_award="CSTDCS",
            window_award_count=3,
            excellent_in_window=1,
        ),
        "GK": RuleParams("GOOD_YEAR_MANUAL", min_rating="HTTNV", manual_checks=("MOVEMENT_ACHIEVEMENT",)),
        "TTLDTT": RuleParams(
            "COLLECTIVE_SHARES",
            member_ldtt_share=(7, 10),
            blocking_discipline="CANH_CAO",
            manual_checks=("UNIT_TASKS_WELL",),
        ),
        # Luật 2022 Art. 27 has no discipline clause (the old law had one): off by default.
        "TTLDXS": RuleParams(
            "COLLECTIVE_SHARES",
            member_ldtt_share=(7, 10),
            member_complete_share=(1, 1),
            min_member_cstdcs=1,
            manual_checks=("UNIT_TASKS_EXCELLENT",),
        ),
        "CO_BO": RuleParams("MANUAL", manual_checks=("LEADS_BLOC",), **vote80),
        "CO_CP": RuleParams("MANUAL", manual_checks=("BEST_OF_BLOC_LEADERS",), **vote80),
    }
    params = table.get(code, RuleParams("MANUAL", manual_checks=("CRITERIA_NOT_MODELLED",)))
    if code in UNCONFIRMED_MULTIPLES:
        params = dataclasses.replace(params, reward_unconfirmed=True)
    return params


@dataclasses.dataclass(frozen=True)
class RuleSetSpec:
    name: str
    legal_text: str
    effective_from: _dt.date
    effective_to: _dt.date | None
    # The reward rounding (DOMAIN.md §5: up to 10,000 đ) is checked against this text.
    rounding_confirmed: bool = False


# Same values in both (DOMAIN.md §2: the NĐ 152/2025 vote clause is unconfirmed).
RULE_SETS: tuple[RuleSetSpec, ...] = (
    RuleSetSpec(
        "NĐ 98/2023",
        "Nghị định 98/2023/NĐ-CP quy định chi tiết thi hành Luật Thi đua, khen thưởng",
        _dt.date(2024, 1, 1),
        _dt.date(2025, 6, 30),
        rounding_confirmed=True,
    ),
    RuleSetSpec(
        "NĐ 152/2025", "Nghị định 152/2025/NĐ-CP (thay thế Nghị định 98/2023/NĐ-CP)", _dt.date(2025, 7, 1), None
    ),
)


def periods_overlap(a_from: _dt.date, a_to: _dt.date | None, b_from: _dt.date, b_to: _dt.date | None) -> bool:
    """Whether two inclusive date ranges overlap (None = open-ended)."""
    return (a_to is None or b_from <= a_to) and (b_to is None or a_from <= b_to)
