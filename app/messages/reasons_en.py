"""English sentences for eligibility reasons: the counterpart of `app.rules.reasons`
(`reason_text(reason, lang="en")` calls `reason_text_en`). Pure.

Award names keep their Vietnamese abbreviation where offices abroad of the law would not
recognise a translation (CSTĐCS, LĐTT), with the English meaning in AWARD_NAMES_EN.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from app.rules.award_names import award_name
from app.rules.eligibility import ELIGIBLE, MANUAL_CHECK, NOT_ELIGIBLE, Reason

VERDICT_LABELS_EN = {
    ELIGIBLE: "Eligible",
    NOT_ELIGIBLE: "Not eligible",
    MANUAL_CHECK: "Needs a manual check",
    "": "Not checked",
}

AWARD_NAMES_EN = {
    "LDTT": "Advanced Worker (LĐTT)",
    "CSTDCS": "CSTĐCS",
    "CSTDBO": "ministry-level Emulation Fighter",
    "CSTDTQ": "national Emulation Fighter",
    "TTLDTT": "Advanced Collective",
    "TTLDXS": "Excellent Collective",
    "BK_BO": "ministry-level Certificate of Merit",
    "BK_TTG": "Prime Minister's Certificate of Merit",
    "HCLD3": "Third-class Labour Order",
    "GK": "Certificate of Commendation",
}

RATINGS_EN = {
    "HTXSNV": "excellent performance",
    "HTTNV": "good performance",
    "HTNV": "satisfactory performance",
    "KHTNV": "unsatisfactory performance",
}

DISCIPLINE_EN = {
    "KHIEN_TRACH": "reprimand",
    "CANH_CAO": "warning",
    "HA_BAC_LUONG": "salary downgrade",
    "CACH_CHUC": "dismissal from office",
    "BUOC_THOI_VIEC": "dismissal",
}

INITIATIVE_EN = {"CO_SO": "grassroots-level", "BO_TINH": "ministry or province-level", "TOAN_QUOC": "national"}

SUBJECTS_EN = {"CA_NHAN": "individuals", "TAP_THE": "collectives"}

MANUAL_CHECKS_EN = {
    "MOVEMENT_ACHIEVEMENT": "achievements in an emulation movement or a sudden achievement",
    "UNIT_TASKS_WELL": "the collective performed its tasks well",
    "UNIT_TASKS_EXCELLENT": "the collective performed its tasks excellently",
    "LEADS_BLOC": "leads its emulation cluster or bloc this year",
    "BEST_OF_BLOC_LEADERS": "outstanding among the collectives leading the clusters and blocs",
    "CRITERIA_NOT_MODELLED": "the program does not check this form's criteria automatically",
    "OUTSTANDING_IN_MOVEMENT": "outstanding, exemplary achievements recognised in an emulation movement",
    "MANY_OR_SUDDEN": "many achievements or a sudden achievement",
    "CONTRIBUTION": "contributions to building and developing the ministry, sector or locality",
}

REVIEW_HOLDS_EN = {
    "KY_LUAT": "under discipline review",
    "THANH_TRA": "under inspection",
    "KHIEU_NAI": "under complaint review",
}


def award_name_en(code: str, names: Mapping[str, str] | None = None) -> str:
    if code in AWARD_NAMES_EN:
        return AWARD_NAMES_EN[code]
    if names and code in names:
        return names[code]
    return award_name(code)


def _years(years: Iterable[int]) -> str:
    years = list(years)
    return ", ".join(str(y) for y in years) if years else "none"


def _found(years: Iterable[int]) -> str:
    years = list(years)
    return f"(found: {_years(years)})" if years else "(no year yet)"


def _date(value: str | None) -> str:
    if not value:
        return "now"
    try:
        return _dt.date.fromisoformat(value).strftime("%d/%m/%Y")
    except ValueError:
        return str(value)


def percent(num: int, den: int) -> str:
    """(7, 10) → '70%', (2, 3) → '66.67%'."""
    if (num * 100) % den == 0:
        return f"{num * 100 // den}%"
    return f"{num * 100 / den:.2f}%"


def _rating(code: str) -> str:
    return RATINGS_EN.get(code, code) if code else "no rating"


def _streak_text(
    g: Callable[..., Any], what: str, award_code: str, award: str, names: Mapping[str, str] | None = None
) -> str:
    need, year, gap = g("need"), g("year"), g("gap") or 0
    have, prior = list(g("have", ()) or ()), list(g("prior", ()) or ())
    if gap and gap == year:
        text = f"Fewer than {need} consecutive years {what}: {year} not achieved"
        if prior:
            text += f" (the years just before were achieved: {_years(prior)})"
        if g("since"):
            text += f"; only years after the {award_name_en(g('since_award'), names)} of {g('since')} count"
        if award_code and g("pending") == "refused":
            text += f"; the {award} nomination for {year} in the same round is not eligible, so it does not count"
        elif award_code and len(prior) + 1 >= need:
            text += f" — needs the {award} of {year} as well: nominate it in the same round"
        elif len(prior) + 1 >= need:
            text += f" — needs a qualifying rating for {year}"
        else:
            text += f" — needs {need - len(prior)} more consecutive years"
        return text
    text = f"Fewer than {need} consecutive years {what} {_found(sorted(have))}"
    if gap:
        more = need - len(have)
        text += (
            f"; {gap} was not achieved, so the streak is broken — needs {more} more consecutive years, "
            f"considered {year + more} at the earliest"
        )
    elif g("since"):
        text += f"; only years after the {award_name_en(g('since_award'), names)} of {g('since')} count"
    held = [y for y in (g("held", ()) or ()) if y not in have]
    if held and gap:
        text += f" (other years achieved: {_years(held)})"
    return text


def reason_text_en(reason: Reason, names: Mapping[str, str] | None = None) -> str:
    """One English sentence (no final full stop)."""
    g = reason.get
    award = award_name_en(g("award", ""), names) if g("award") else ""
    code = reason.code
    discipline = DISCIPLINE_EN.get(g("level"), g("level"))
    if code == "RATING_MISSING":
        return f"No quality rating for {g('year')} yet"
    if code == "LEAVE_NO_RATING":
        return f"On maternity leave, not rated for {g('year')}: check when the rating is known"
    if code == "RATING_PENDING_ROUND":
        return f"A movement or sudden round before the {g('year')} ratings: the unit confirms good performance"
    if code == "RATING_TOO_LOW":
        return f"Rated {_rating(g('rating'))} in {g('year')}; needs {_rating(g('required'))} or better"
    if code == "DISCIPLINE":
        return f"Disciplined ({discipline}) from {_date(g('start'))} to {_date(g('end'))} (in {g('year')})"
    if code == "DISCIPLINE_IN_FORCE":
        return f"Under discipline ({discipline}) on the review date {_date(g('on'))}"
    if code == "ALREADY_AWARDED":
        return f"Already received the {award} for {g('year')}"
    if code == "NOT_LDTT":
        return f"Not an Advanced Worker (LĐTT) in {g('year')}"
    if code == "NO_EXCELLENCE_GROUND":
        return (
            f"No excellent performance in {g('year')} and no {INITIATIVE_EN.get(g('level'), '')} or higher "
            f"initiative or research recognised since {g('from_year')} and not yet used for an award"
        )
    if code == "INITIATIVE_USED":
        return f"{g('count')} initiatives already used for another award cannot count again"
    if code == "STREAK_SHORT":
        return _streak_text(g, f"as {award}", g("award", ""), award, names)
    if code == "TERMS_SHORT":
        return f"Fewer than {g('need')} consecutive times as {award}, {g('term')} years apart {_found(g('have', ()))}"
    if code == "ALT_PATH_SHORT":
        return (
            f"Nor {g('need_years')} consecutive years of {_rating(g('rating'))} "
            f"{_found(g('have', ()))} with {g('need_initiatives')} initiatives "
            f"(found: {g('have_initiatives')})"
        )
    if code == "INITIATIVE_MISSING":
        return (
            f"No {INITIATIVE_EN.get(g('level'), '')} or higher initiative or research recognised in "
            f"{g('from_year')}–{g('to_year')} and not yet used for an award"
        )
    if code == "INITIATIVE_LEVEL_UNCERTAIN":
        return (
            f"Initiative «{g('title')}» ({g('year')}) is recognised only at "
            f"{INITIATIVE_EN.get(g('have_level'), '')} level: confirm its "
            f"{INITIATIVE_EN.get(g('need_level'), '')} reach"
        )
    if code == "PREREQUISITE_MISSING":
        return f"Has not received the {award}"
    if code == "RATING_STREAK_SHORT":
        after = f" after {g('after')}" if g("after") else ""
        return _streak_text(g, f"of {_rating(g('rating'))} or better{after}", "", "")
    if code == "WINDOW_AWARD_SHORT":
        return f"In {g('from_year')}–{g('to_year')} fewer than {g('need')} times {award} {_found(g('have', ()))}"
    if code == "WINDOW_EXCELLENT_SHORT":
        return (
            f"In {g('from_year')}–{g('to_year')} fewer than {g('need')} years of excellent performance "
            f"{_found(g('have', ()))}"
        )
    if code == "MANUAL":
        return f"To check: {MANUAL_CHECKS_EN.get(g('check'), g('check'))}"
    if code == "UNKNOWN_CRITERION":
        return "The program cannot check this criterion yet: check it by hand"
    if code == "NO_MEMBERS":
        return f"The unit has no members in {g('year')}"
    if code == "MEMBER_LDTT_SHARE":
        return (
            f"Only {g('count')}/{g('members')} members are Advanced Workers "
            f"({percent(g('count'), g('members'))}); needs {percent(g('num'), g('den'))} or more"
        )
    if code == "MEMBER_COMPLETE_SHARE":
        return f"Only {g('count')}/{g('members')} members performed their tasks; needs {percent(g('num'), g('den'))}"
    if code == "MEMBERS_UNRATED":
        return f"{g('count')} members have no rating for {g('year')}: to check"
    if code == "NO_MEMBER_CSTDCS":
        return f"Needs at least {g('need')} members who are CSTĐCS in {g('year')} (found: {g('count')})"
    if code == "MEMBER_DISCIPLINE":
        return f"{g('count')} members disciplined ({discipline} or heavier) in {g('year')}"
    if code == "QUOTA_EXCEEDED":
        return (
            f"The unit nominates {g('count')} for {award}, above the limit of {g('limit')} "
            f"({percent(g('num'), g('den'))} of {g('base_count')} {award_name_en(g('base_award'), names)})"
        )
    if code == "SUBJECT_MISMATCH":
        return f"{award} is only for {SUBJECTS_EN.get(g('subject'), '')}"
    if code == "MATERNITY_BRIDGED":
        return f"Maternity leave in {_years(g('years', ()))}: counts as working time, does not break the streak"
    if code == "GROUNDED_BY_INITIATIVE":
        return f"On the grounds of initiative «{g('title')}» ({g('year')})"
    if code == "PENDING_TITLE":
        return f"Counts the {award} nomination for {g('year')} in this round"
    if code == "PENDING_UNCERTAIN":
        return (
            f"Counts the {award} nomination for {g('year')} in the same round, but that nomination still needs "
            "a check: the conclusion follows its result"
        )
    if code == "PENDING_REFUSED":
        return f"The {award} nomination for {g('year')} in the same round is not eligible, so it does not count"
    if code == "ALTERNATIVE_CRITERIA":
        checks = "; or ".join(MANUAL_CHECKS_EN.get(c, c) for c in g("checks", ()))
        return (
            f"Does not meet the {award} criteria from the yearly record; the council considers the other "
            f"criteria (one is enough): {checks}"
        )
    if code == "LEAVE_NOT_A_BRIDGE":
        return (
            f"Maternity leave in {_years(g('years', ()))}: counts as working time of that year, "
            "not as a title that was not achieved"
        )
    if code == "WINDOW_AFTER_DISCIPLINE":
        return (
            f"Only achievements from {g('from_year')} count, after the {discipline} "
            f"({_date(g('start'))}–{_date(g('end'))}) ended"
        )
    if code == "INITIATIVE_CONFLICT":
        others = ", ".join(award_name_en(c, names) for c in g("awards", ()))
        titles = ", ".join(f"«{t}»" for t in g("titles", ()))
        return (
            f"Initiative {titles} can ground only one award but the {others} nominations in the same round "
            "also need it: the council chooses one"
        )
    if code == "UNDER_REVIEW":
        note = f" ({g('note')})" if g("note") else ""
        return f"The nomination is marked {REVIEW_HOLDS_EN.get(g('kind'), g('kind'))}{note}: no award yet"
    if code == "MEMBERS_PENDING_UNCERTAIN":
        return (
            f"The share is reached only by counting {g('count')} members' nominations for {g('year')} "
            "that still need a check"
        )
    if code == "NO_RULE":
        return f"The rule set in force has no criteria for {award}"
    return code
