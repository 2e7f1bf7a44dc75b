"""Reward money (tiền thưởng): base salaries, the amount of an award, the rounding, the
"one award per achievement" payment rule, and amounts read out in Vietnamese words.

Pure functions and frozen dataclasses, no I/O. Exact integers (đồng) and Decimals only,
never floats. Sources: DOMAIN.md §3–§5 (multiples × base salary; NĐ 152/2025 Art. 50–54;
"rounded UP to 10,000 đ"; Luật 06/2022 Art. 5(2)(c) "one achievement gets one form").
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Hashable, Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

__all__ = [
    "BASE_SALARIES",
    "BaseSalarySpec",
    "ROUNDING_MODES",
    "ROUNDING_STEPS",
    "Rounding",
    "DEFAULT_ROUNDING",
    "UNCONFIRMED_MULTIPLES",
    "round_amount",
    "reward_amount",
    "base_salary_on",
    "PayClaim",
    "Payment",
    "apply_one_award",
    "read_number",
    "amount_words",
    "format_money",
    "format_multiple",
    "PAY_RULE_TEXT",
]


@dataclasses.dataclass(frozen=True)
class BaseSalarySpec:
    """A base salary (mức lương cơ sở, đồng/tháng) in force from `effective_from`."""

    effective_from: _dt.date
    amount: int
    legal_text: str


# The base salaries set by the Government's decrees, oldest first (seeded; the office adds
# the next one when a new decree appears).
BASE_SALARIES: tuple[BaseSalarySpec, ...] = (
    BaseSalarySpec(_dt.date(2013, 7, 1), 1_150_000, "Nghị định 66/2013/NĐ-CP"),
    BaseSalarySpec(_dt.date(2016, 5, 1), 1_210_000, "Nghị định 47/2016/NĐ-CP"),
    BaseSalarySpec(_dt.date(2017, 7, 1), 1_300_000, "Nghị định 47/2017/NĐ-CP"),
    BaseSalarySpec(_dt.date(2018, 7, 1), 1_390_000, "Nghị định 72/2018/NĐ-CP"),
    BaseSalarySpec(_dt.date(2019, 7, 1), 1_490_000, "Nghị định 38/2019/NĐ-CP"),
    BaseSalarySpec(_dt.date(2023, 7, 1), 1_800_000, "Nghị định 24/2023/NĐ-CP"),
    BaseSalarySpec(_dt.date(2024, 7, 1), 2_340_000, "Nghị định 73/2024/NĐ-CP"),
)

ROUNDING_MODES = {
    "UP": "Làm tròn lên",
    "HALF_UP": "Làm tròn đến mức gần nhất",
    "DOWN": "Làm tròn xuống",
}
ROUNDING_STEPS = (1, 1_000, 10_000, 100_000)

# Individual reward multiples of forms are not in DOMAIN.md (only the collective ones are):
# the catalogue sets them at half the collective multiple. They stay marked "chưa xác nhận"
# in every rule set until the office checks them against the decree and clears the mark.
UNCONFIRMED_MULTIPLES = frozenset({"GK", "BK_BO", "BK_TTG", "HCLD3"})


@dataclasses.dataclass(frozen=True)
class Rounding:
    """How an amount is rounded: to a multiple of `step` đồng, `mode` of ROUNDING_MODES.
    `confirmed` False = the rule is not yet checked against the rule set's legal text."""

    step: int = 10_000
    mode: str = "UP"
    confirmed: bool = False

    def errors(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if not isinstance(self.step, int) or isinstance(self.step, bool) or not 1 <= self.step <= 1_000_000:
            out["step"] = "phải là số nguyên từ 1 đến 1.000.000 đồng"
        if self.mode not in ROUNDING_MODES:
            out["mode"] = "không có cách làm tròn này"
        return out

    def describe(self) -> str:
        """'Làm tròn lên đến 10.000 đồng' / 'Không làm tròn'."""
        if self.step == 1:
            return "Không làm tròn"
        return f"{ROUNDING_MODES.get(self.mode, self.mode)} đến {format_money(self.step)} đồng"


# DOMAIN.md §5: "the amount is rounded UP to 10,000 đ" (unconfirmed for NĐ 152/2025).
DEFAULT_ROUNDING = Rounding()

_MODES = {"UP": ROUND_CEILING, "HALF_UP": ROUND_HALF_UP, "DOWN": ROUND_FLOOR}


def round_amount(value: Decimal | int, rounding: Rounding = DEFAULT_ROUNDING) -> int:
    """`value` đồng rounded to a multiple of `rounding.step` (exact; never a float)."""
    if isinstance(value, float):
        raise TypeError("money is never a float")
    steps = (Decimal(value) / rounding.step).quantize(Decimal(1), rounding=_MODES[rounding.mode])
    return int(steps) * rounding.step


def reward_amount(multiple: Decimal, base_salary: int, rounding: Rounding = DEFAULT_ROUNDING) -> int:
    """multiple × base salary, rounded: 0.3 × 2,340,000 = 702,000 → 710,000 (UP to 10,000)."""
    if isinstance(multiple, float):
        raise TypeError("a multiple is a Decimal, never a float")
    return round_amount(Decimal(multiple) * base_salary, rounding)


def base_salary_on(salaries: Sequence[tuple[_dt.date, int]], day: _dt.date) -> int | None:
    """The amount of the latest (effective_from, amount) starting on or before `day`."""
    best: tuple[_dt.date, int] | None = None
    for start, amount in salaries:
        if start <= day and (best is None or start > best[0]):
            best = (start, amount)
    return best[1] if best else None


# ---------------------------------------------------------------- one award per achievement

PAY_RULE_TEXT = (
    "Một thành tích chỉ nhận một mức tiền thưởng (Luật Thi đua, khen thưởng 2022, Điều 5 khoản 2 điểm c; "
    "quy định về tiền thưởng của NĐ 152/2025, Điều 50–54): trong cùng một quyết định, một cá nhân hoặc tập thể "
    "được nhiều danh hiệu thi đua thì nhận mức thưởng cao nhất trong các danh hiệu; được nhiều hình thức khen "
    "thưởng thì nhận mức cao nhất trong các hình thức; vừa có danh hiệu vừa có hình thức thì nhận cả hai."
)


@dataclasses.dataclass(frozen=True)
class PayClaim:
    """One line of a decision: who (`subject`: any hashable key of the person or unit),
    `kind` (DANH_HIEU | HINH_THUC), the amount the award carries, and its name."""

    subject: Hashable
    kind: str
    amount: int
    award_name: str = ""


@dataclasses.dataclass(frozen=True)
class Payment:
    """What a line is paid and, when less than its amount, why."""

    paid: int
    note: str = ""


def apply_one_award(claims: Sequence[PayClaim]) -> list[Payment]:
    """Payments in `claims` order. Per subject and per kind only the highest amount is paid
    (the first of equal ones); a title and a form of the same subject are both paid.
    See PAY_RULE_TEXT for the rule and its source."""
    best: dict[tuple[Hashable, str], int] = {}
    for i, c in enumerate(claims):
        key = (c.subject, c.kind)
        if key not in best or c.amount > claims[best[key]].amount:
            best[key] = i
    out = []
    for i, c in enumerate(claims):
        winner = best[(c.subject, c.kind)]
        if winner == i:
            out.append(Payment(c.amount))
        else:
            what = "danh hiệu" if c.kind == "DANH_HIEU" else "hình thức khen thưởng"
            out.append(
                Payment(
                    0,
                    f"Không chi: cùng quyết định đã nhận mức cao hơn của {what} "
                    f"«{claims[winner].award_name}» (một thành tích một mức thưởng)",
                )
            )
    return out


# ---------------------------------------------------------------- reading numbers

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_GROUPS = ("", "nghìn", "triệu")
_BILLION = 10**9


def _three(n: int, *, full: bool, odd: str) -> list[str]:
    """Words of 0 < n < 1000. `full`: a group after a higher one, read with its hundreds
    ("không trăm linh năm"). `odd`: "linh" or "lẻ" for a zero tens digit."""
    h, t, u = n // 100, n // 10 % 10, n % 10
    words: list[str] = []
    if h or full:
        words += [_DIGITS[h], "trăm"]
    if t == 0:
        if u and words:
            words.append(odd)
    elif t == 1:
        words.append("mười")
    else:
        words += [_DIGITS[t], "mươi"]
    if u:
        if u == 1 and t >= 2:
            words.append("mốt")
        elif u == 5 and t >= 1:
            words.append("lăm")
        else:
            words.append(_DIGITS[u])
    return words


def _below_billion(n: int, *, full: bool, odd: str) -> list[str]:
    words: list[str] = []
    groups = [n // 1_000_000, n // 1000 % 1000, n % 1000]
    for i, g in enumerate(groups):
        if g == 0:
            continue
        words += _three(g, full=full or bool(words), odd=odd)
        if _GROUPS[2 - i]:
            words.append(_GROUPS[2 - i])
    return words


def _words(n: int, *, full: bool, odd: str) -> list[str]:
    if n < _BILLION:
        return _below_billion(n, full=full, odd=odd)
    high, low = divmod(n, _BILLION)
    words = _words(high, full=full, odd=odd) + ["tỷ"]
    if low:
        words += _below_billion(low, full=True, odd=odd)
    return words


def read_number(n: int, *, odd: str = "linh") -> str:
    """A non-negative integer in Vietnamese words, lower case: 21 → 'hai mươi mốt',
    105 → 'một trăm linh năm', 1,021,000 → 'một triệu không trăm hai mươi mốt nghìn',
    10**14 → 'một trăm nghìn tỷ'. `odd` "lẻ" reads 105 as 'một trăm lẻ năm'."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError("read_number takes an int")
    if n < 0:
        return "âm " + read_number(-n, odd=odd)
    if n == 0:
        return "không"
    return " ".join(_words(n, full=False, odd=odd))


def amount_words(amount: int, *, odd: str = "linh") -> str:
    """'Hai triệu ba trăm bốn mươi nghìn đồng' (first letter capital)."""
    text = read_number(amount, odd=odd) + " đồng"
    return text[:1].upper() + text[1:]


def format_money(amount: int | None) -> str:
    """'2.340.000' (Vietnamese thousands separator); None → ''."""
    if amount is None:
        return ""
    sign = "-" if amount < 0 else ""
    return sign + f"{abs(amount):,}".replace(",", ".")


def format_multiple(multiple: Decimal | None) -> str:
    """'1,5' / '12' / '0,3' (comma decimal, no trailing zeros); None → ''."""
    if multiple is None:
        return ""
    text = format(Decimal(multiple).normalize(), "f")
    return text.replace(".", ",")
