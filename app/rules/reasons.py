"""Sentences for eligibility verdicts and reasons (`app.rules.eligibility`), in Vietnamese
or English. Pure.

`reason_text(reason)` → "Chưa đủ 3 năm liên tục đạt CSTĐCS (có: 2023, 2024)";
`reason_text(reason, lang="en")` → "Fewer than 3 consecutive years as CSTĐCS (found: 2023, 2024)".
A reason is a code and parameters (like `app.messages`); without `lang` the current language
of `app.messages` is used (the GUI's interface language, the CLI's `--lang`), so documents
that must stay Vietnamese pass `lang="vi"`. `names` lets a caller pass the catalogue's names
(an office may have renamed one); short customary names are used otherwise.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from app.messages import normalise_language
from app.messages.reasons_en import reason_text_en
from app.rules.award_names import SHORT_NAMES as SHORT_NAMES  # re-exported
from app.rules.award_names import award_name
from app.rules.catalogue import MANUAL_CHECKS, SUBJECTS
from app.rules.codes import DISCIPLINE_LEVELS, INITIATIVE_LEVELS, RATINGS
from app.rules.eligibility import ELIGIBLE, MANUAL_CHECK, NOT_ELIGIBLE, REVIEW_HOLDS, Reason, Verdict

VERDICT_LABELS = {
    ELIGIBLE: "Đủ điều kiện",
    NOT_ELIGIBLE: "Không đủ điều kiện",
    MANUAL_CHECK: "Cần kiểm tra thêm",
    "": "Chưa kiểm tra",
}

# Names as offices write them in sentences.


def _years(years: Iterable[int]) -> str:
    years = list(years)
    return ", ".join(str(y) for y in years) if years else "không có"


def _found(years: Iterable[int]) -> str:
    """'(có: 2023, 2024)', or '(chưa có năm nào)' — never '(có: không có)' (issue 14)."""
    years = list(years)
    return f"(có: {_years(years)})" if years else "(chưa có năm nào)"


def _date(value: str | None) -> str:
    if not value:
        return "nay"
    try:
        return _dt.date.fromisoformat(value).strftime("%d/%m/%Y")
    except ValueError:
        return str(value)


def percent(num: int, den: int, lang: str | None = None) -> str:
    """Exact percentage of a fraction: (7, 10) → '70%', (2, 3) → '66,67%' ('66.67%' in
    English; None: the current language)."""
    value = num * 100 / den
    if (num * 100) % den == 0:
        return f"{num * 100 // den}%"
    text = f"{value:.2f}%"
    return text if normalise_language(lang) == "en" else text.replace(".", ",")


def _rating(code: str) -> str:
    return RATINGS.get(code, code).lower() if code else "chưa xếp loại"


def _streak_text(
    g: Callable[..., Any], what: str, award_code: str, award: str, names: Mapping[str, str] | None = None
) -> str:
    """A short streak, naming the years found and what is still needed (issue 14)."""
    need, year, gap = g("need"), g("year"), g("gap") or 0
    have, prior = list(g("have", ()) or ()), list(g("prior", ()) or ())
    if gap and gap == year:
        text = f"Chưa đủ {need} năm liên tục {what}: năm {year} chưa đạt"
        if prior:
            text += f" (các năm liền trước đã đạt: {_years(prior)})"
        if g("since"):
            text += f"; chỉ tính các năm sau lần được tặng {award_name(g('since_award'), names)} năm {g('since')}"
        if award_code and g("pending") == "refused":
            text += f"; đề nghị {award} năm {year} cùng đợt không đủ điều kiện nên không được tính"
        elif award_code and len(prior) + 1 >= need:
            text += f" — cần thêm {award} năm {year}: đề nghị cùng đợt"
        elif len(prior) + 1 >= need:
            text += f" — cần xếp loại năm {year} đạt yêu cầu"
        else:
            text += f" — cần thêm {need - len(prior)} năm liên tục nữa"
        return text
    text = f"Chưa đủ {need} năm liên tục {what} {_found(sorted(have))}"
    if gap:
        more = need - len(have)
        text += (
            f"; năm {gap} không đạt nên chuỗi bị gián đoạn — cần thêm {more} năm liên tục nữa, "
            f"sớm nhất xét năm {year + more}"
        )
    elif g("since"):
        text += f"; chỉ tính các năm sau lần được tặng {award_name(g('since_award'), names)} năm {g('since')}"
    held = [y for y in (g("held", ()) or ()) if y not in have]
    if held and gap:
        text += f" (các năm khác đã đạt: {_years(held)})"
    return text


def reason_text(reason: Reason, names: Mapping[str, str] | None = None, lang: str | None = None) -> str:
    """One sentence (no final full stop) in `lang` (None: the current language)."""
    if normalise_language(lang) == "en":
        return reason_text_en(reason, names)
    return _reason_text_vi(reason, names)


def _reason_text_vi(reason: Reason, names: Mapping[str, str] | None = None) -> str:
    """One Vietnamese sentence (no final full stop)."""
    g = reason.get
    award = award_name(g("award", ""), names) if g("award") else ""
    code = reason.code
    if code == "RATING_MISSING":
        return f"Chưa có xếp loại chất lượng năm {g('year')}"
    if code == "LEAVE_NO_RATING":
        return f"Đang nghỉ thai sản, chưa được bình xét năm {g('year')}: cần kiểm tra khi có xếp loại"
    if code == "RATING_PENDING_ROUND":
        return (
            f"Đợt xét theo phong trào, đột xuất trước khi có xếp loại năm {g('year')}: đơn vị xác nhận "
            "hoàn thành tốt nhiệm vụ"
        )
    if code == "RATING_TOO_LOW":
        return f"Năm {g('year')} xếp loại {_rating(g('rating'))}; cần {_rating(g('required'))} trở lên"
    if code == "DISCIPLINE":
        return (
            f"Bị kỷ luật {DISCIPLINE_LEVELS.get(g('level'), g('level')).lower()} từ {_date(g('start'))} "
            f"đến {_date(g('end'))} (trong năm {g('year')})"
        )
    if code == "DISCIPLINE_IN_FORCE":
        return (
            f"Đang thi hành kỷ luật {DISCIPLINE_LEVELS.get(g('level'), g('level')).lower()} vào ngày xét "
            f"{_date(g('on'))}"
        )
    if code == "ALREADY_AWARDED":
        return f"Đã được {award} năm {g('year')}"
    if code == "NOT_LDTT":
        return f"Chưa đạt Lao động tiên tiến năm {g('year')}"
    if code == "NO_EXCELLENCE_GROUND":
        return (
            f"Năm {g('year')} không hoàn thành xuất sắc nhiệm vụ và không có sáng kiến, đề tài "
            f"{INITIATIVE_LEVELS.get(g('level'), '').lower()} trở lên được công nhận từ năm {g('from_year')} "
            "mà chưa dùng để khen thưởng"
        )
    if code == "INITIATIVE_USED":
        return f"{g('count')} sáng kiến đã dùng để xét khen thưởng khác, không được tính lại"
    if code == "STREAK_SHORT":
        return _streak_text(g, f"đạt {award}", g("award", ""), award, names)
    if code == "TERMS_SHORT":
        return f"Chưa đủ {g('need')} lần liên tục đạt {award}, mỗi lần cách {g('term')} năm {_found(g('have', ()))}"
    if code == "ALT_PATH_SHORT":
        return (
            f"Cũng chưa đủ {g('need_years')} năm liên tục {_rating(g('rating'))} "
            f"{_found(g('have', ()))} với {g('need_initiatives')} sáng kiến "
            f"(có: {g('have_initiatives')})"
        )
    if code == "INITIATIVE_MISSING":
        return (
            f"Không có sáng kiến, đề tài {INITIATIVE_LEVELS.get(g('level'), '').lower()} trở lên được "
            f"công nhận trong các năm {g('from_year')}–{g('to_year')} mà chưa dùng để khen thưởng"
        )
    if code == "INITIATIVE_LEVEL_UNCERTAIN":
        return (
            f"Sáng kiến «{g('title')}» ({g('year')}) mới được công nhận "
            f"{INITIATIVE_LEVELS.get(g('have_level'), '').lower()}: cần xác nhận phạm vi ảnh hưởng "
            f"{INITIATIVE_LEVELS.get(g('need_level'), '').lower()}"
        )
    if code == "PREREQUISITE_MISSING":
        return f"Chưa được tặng {award}"
    if code == "RATING_STREAK_SHORT":
        after = f" sau năm {g('after')}" if g("after") else ""
        return _streak_text(g, f"{_rating(g('rating'))} trở lên{after}", "", "")
    if code == "WINDOW_AWARD_SHORT":
        return (
            f"Trong các năm {g('from_year')}–{g('to_year')} chưa đủ {g('need')} lần đạt {award} {_found(g('have', ()))}"
        )
    if code == "WINDOW_EXCELLENT_SHORT":
        return (
            f"Trong các năm {g('from_year')}–{g('to_year')} chưa đủ {g('need')} năm hoàn thành xuất sắc "
            f"nhiệm vụ {_found(g('have', ()))}"
        )
    if code == "MANUAL":
        return f"Cần kiểm tra: {MANUAL_CHECKS.get(g('check'), g('check'))}"
    if code == "UNKNOWN_CRITERION":
        return "Chương trình chưa kiểm tra được tiêu chuẩn này: cần kiểm tra thủ công"
    if code == "NO_MEMBERS":
        return f"Đơn vị không có thành viên trong năm {g('year')}"
    if code == "MEMBER_LDTT_SHARE":
        return (
            f"Chỉ {g('count')}/{g('members')} thành viên đạt Lao động tiên tiến "
            f"({percent(g('count'), g('members'), 'vi')}); cần từ {percent(g('num'), g('den'), 'vi')} trở lên"
        )
    if code == "MEMBER_COMPLETE_SHARE":
        return (
            f"Chỉ {g('count')}/{g('members')} thành viên hoàn thành nhiệm vụ; cần {percent(g('num'), g('den'), 'vi')}"
        )
    if code == "MEMBERS_UNRATED":
        return f"{g('count')} thành viên chưa có xếp loại năm {g('year')}: cần kiểm tra"
    if code == "NO_MEMBER_CSTDCS":
        return f"Cần ít nhất {g('need')} thành viên đạt CSTĐCS năm {g('year')} (có: {g('count')})"
    if code == "MEMBER_DISCIPLINE":
        return (
            f"{g('count')} thành viên bị kỷ luật từ mức "
            f"{DISCIPLINE_LEVELS.get(g('level'), g('level')).lower()} trở lên trong năm {g('year')}"
        )
    if code == "QUOTA_EXCEEDED":
        return (
            f"Đơn vị đề nghị {g('count')} {award}, vượt giới hạn {g('limit')} "
            f"({percent(g('num'), g('den'), 'vi')} của {g('base_count')} {award_name(g('base_award'), names)})"
        )
    if code == "SUBJECT_MISMATCH":
        return f"{award} chỉ dành cho {SUBJECTS.get(g('subject'), '').lower()}"
    if code == "MATERNITY_BRIDGED":
        return f"Năm {_years(g('years', ()))} nghỉ thai sản: tính là thời gian công tác, không làm gián đoạn"
    if code == "GROUNDED_BY_INITIATIVE":
        return f"Căn cứ sáng kiến «{g('title')}» ({g('year')})"
    if code == "PENDING_TITLE":
        return f"Tính cả đề nghị {award} năm {g('year')} trong đợt này"
    if code == "PENDING_UNCERTAIN":
        return (
            f"Tính cả đề nghị {award} năm {g('year')} cùng đợt, nhưng đề nghị đó còn cần kiểm tra: "
            "kết luận theo kết quả xét đề nghị đó"
        )
    if code == "PENDING_REFUSED":
        return f"Đề nghị {award} năm {g('year')} cùng đợt không đủ điều kiện nên không được tính"
    if code == "ALTERNATIVE_CRITERIA":
        checks = "; hoặc ".join(MANUAL_CHECKS.get(c, c) for c in g("checks", ()))
        return (
            f"Chưa đủ tiêu chuẩn {award} theo thành tích các năm; Hội đồng xem xét tiêu chuẩn khác "
            f"(chỉ cần đạt một): {checks}"
        )
    if code == "LEAVE_NOT_A_BRIDGE":
        return (
            f"Năm {_years(g('years', ()))} nghỉ thai sản: tính là thời gian công tác của năm đó, "
            "không thay cho danh hiệu không đạt"
        )
    if code == "WINDOW_AFTER_DISCIPLINE":
        return (
            f"Chỉ tính thành tích từ năm {g('from_year')}, sau khi hết kỷ luật "
            f"{DISCIPLINE_LEVELS.get(g('level'), g('level')).lower()} ({_date(g('start'))}–{_date(g('end'))})"
        )
    if code == "INITIATIVE_CONFLICT":
        others = ", ".join(award_name(c, names) for c in g("awards", ()))
        titles = ", ".join(f"«{t}»" for t in g("titles", ()))
        return (
            f"Sáng kiến {titles} chỉ làm căn cứ cho một khen thưởng nhưng đề nghị {others} cùng đợt "
            "cũng cần: Hội đồng chọn một"
        )
    if code == "UNDER_REVIEW":
        note = f" ({g('note')})" if g("note") else ""
        return f"Đề nghị được đánh dấu {REVIEW_HOLDS.get(g('kind'), g('kind'))}{note}: chưa khen thưởng"
    if code == "MEMBERS_PENDING_UNCERTAIN":
        return f"Tỷ lệ chỉ đạt khi tính {g('count')} đề nghị của thành viên năm {g('year')} còn cần kiểm tra"
    if code == "NO_RULE":
        return f"Bộ quy tắc đang áp dụng không có tiêu chuẩn cho {award}"
    return code


def verdict_text(
    verdict: Verdict, names: Mapping[str, str] | None = None, *, include_info: bool = True, lang: str | None = None
) -> str:
    """All reasons of a verdict, failing ones first, joined by '; ', in `lang` (None: the
    current language)."""
    order = {"fail": 0, "manual": 1, "info": 2}
    reasons = sorted(verdict.reasons, key=lambda r: order[r.kind])
    return "; ".join(reason_text(r, names, lang) for r in reasons if include_info or r.kind != "info")
