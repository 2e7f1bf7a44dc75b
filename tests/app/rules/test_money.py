"""Reward money rules: reading amounts in Vietnamese, rounding, multiples × base salary,
and one award per achievement."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules import money as M


@pytest.mark.parametrize(
    "n, words",
    [
        (0, "Không đồng"),
        (1, "Một đồng"),
        (5, "Năm đồng"),
        (10, "Mười đồng"),
        (11, "Mười một đồng"),
        (14, "Mười bốn đồng"),
        (15, "Mười lăm đồng"),
        (20, "Hai mươi đồng"),
        (21, "Hai mươi mốt đồng"),
        (24, "Hai mươi bốn đồng"),
        (25, "Hai mươi lăm đồng"),
        (55, "Năm mươi lăm đồng"),
        (101, "Một trăm linh một đồng"),
        (105, "Một trăm linh năm đồng"),
        (110, "Một trăm mười đồng"),
        (111, "Một trăm mười một đồng"),
        (115, "Một trăm mười lăm đồng"),
        (1_001, "Một nghìn không trăm linh một đồng"),
        (1_010, "Một nghìn không trăm mười đồng"),
        (15_015, "Mười lăm nghìn không trăm mười lăm đồng"),
        (1_005_000, "Một triệu không trăm linh năm nghìn đồng"),
        (1_000_001, "Một triệu không trăm linh một đồng"),
        (1_021_000, "Một triệu không trăm hai mươi mốt nghìn đồng"),
        (2_340_000, "Hai triệu ba trăm bốn mươi nghìn đồng"),
        (710_000, "Bảy trăm mười nghìn đồng"),
        (1_000_000_000, "Một tỷ đồng"),
        (1_000_000_005, "Một tỷ không trăm linh năm đồng"),
        (1_234_567_891, "Một tỷ hai trăm ba mươi bốn triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi mốt đồng"),
        (1_000_000_000_000, "Một nghìn tỷ đồng"),
        (100_000_000_000_000, "Một trăm nghìn tỷ đồng"),
    ],
)
def test_amount_words(n, words):
    assert M.amount_words(n) == words


def test_billions_with_a_middle_group():
    # 2,000,500,000: the thousands group after "tỷ" keeps its hundreds ("năm trăm nghìn").
    assert M.read_number(2_000_500_000) == "hai tỷ năm trăm nghìn"
    assert M.read_number(2_005_000_000) == "hai tỷ không trăm linh năm triệu"


def test_le_instead_of_linh():
    assert M.read_number(105, odd="lẻ") == "một trăm lẻ năm"
    assert M.amount_words(1_005_000, odd="lẻ") == "Một triệu không trăm lẻ năm nghìn đồng"


def test_read_number_refuses_floats():
    with pytest.raises(TypeError):
        M.read_number(1.5)  # type: ignore[arg-type]


_UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


@given(st.integers(min_value=0, max_value=10**15))
def test_words_read_back_to_the_number(n):
    """A reader of the words (independent of the writer) gets the number back."""
    words = M.read_number(n).split()
    total, group, current = 0, 0, 0
    digit = {w: i for i, w in enumerate(_UNITS)} | {"mốt": 1, "lăm": 5, "tư": 4}
    for w in words:
        if w in digit:
            current += digit[w]
        elif w == "mười":
            current += 10
        elif w == "mươi":
            current *= 10
        elif w == "trăm":
            current *= 100
            group += current
            current = 0
        elif w in ("linh", "lẻ"):
            continue
        elif w == "nghìn":
            group = (group + current) * 1000
            current = 0
            total += group
            group = 0
        elif w == "triệu":
            total += (group + current) * 1_000_000
            group = current = 0
        elif w == "tỷ":
            total = (total + group + current) * 1_000_000_000
            group = current = 0
    # "mươi" multiplied the tens digit; units after it were added: fine for 2-digit groups.
    assert total + group + current == n
    assert "mốt" not in words[:1] and "lăm" not in words[:1]


@pytest.mark.parametrize(
    "value, rounding, expected",
    [
        (702_000, M.Rounding(), 710_000),
        (700_000, M.Rounding(), 700_000),
        (700_001, M.Rounding(), 710_000),
        (705_000, M.Rounding(mode="HALF_UP"), 710_000),
        (704_999, M.Rounding(mode="HALF_UP"), 700_000),
        (709_999, M.Rounding(mode="DOWN"), 700_000),
        (702_500, M.Rounding(step=1_000), 703_000),
        (702_345, M.Rounding(step=1), 702_345),
        (Decimal("447000.0"), M.Rounding(), 450_000),
    ],
)
def test_rounding(value, rounding, expected):
    assert M.round_amount(value, rounding) == expected


def test_rounding_refuses_floats_and_bad_settings():
    with pytest.raises(TypeError):
        M.round_amount(702000.0)  # type: ignore[arg-type]
    assert set(M.Rounding(step=0, mode="X").errors()) == {"step", "mode"}
    assert M.Rounding().errors() == {}
    assert M.Rounding().describe() == "Làm tròn lên đến 10.000 đồng"
    assert M.Rounding(step=1).describe() == "Không làm tròn"


@pytest.mark.parametrize(
    "multiple, base, expected",
    [
        ("0.3", 2_340_000, 710_000),  # 702,000 rounded up
        ("1.0", 2_340_000, 2_340_000),
        ("1.5", 2_340_000, 3_510_000),
        ("4.5", 2_340_000, 10_530_000),
        ("0.3", 1_800_000, 540_000),
        ("0.8", 1_800_000, 1_440_000),
        ("0.3", 1_490_000, 450_000),  # 447,000 rounded up
        ("12.0", 1_390_000, 16_680_000),
    ],
)
def test_reward_amount(multiple, base, expected):
    assert M.reward_amount(Decimal(multiple), base) == expected


def test_base_salary_on():
    salaries = [(s.effective_from, s.amount) for s in M.BASE_SALARIES]
    assert M.base_salary_on(salaries, dt.date(2024, 6, 30)) == 1_800_000
    assert M.base_salary_on(salaries, dt.date(2024, 7, 1)) == 2_340_000
    assert M.base_salary_on(salaries, dt.date(2019, 7, 1)) == 1_490_000
    assert M.base_salary_on(salaries, dt.date(2019, 6, 30)) == 1_390_000
    assert M.base_salary_on(salaries, dt.date(2000, 1, 1)) is None


def test_one_award_per_achievement():
    claims = [
        M.PayClaim("A", "DANH_HIEU", 710_000, "Lao động tiên tiến"),
        M.PayClaim("A", "DANH_HIEU", 2_340_000, "Chiến sĩ thi đua cơ sở"),
        M.PayClaim("A", "HINH_THUC", 3_510_000, "Bằng khen cấp bộ"),
        M.PayClaim("B", "HINH_THUC", 710_000, "Giấy khen"),
        M.PayClaim("B", "HINH_THUC", 3_510_000, "Bằng khen cấp bộ"),
        M.PayClaim("C", "HINH_THUC", 710_000, "Giấy khen"),
        M.PayClaim("C", "HINH_THUC", 710_000, "Giấy khen"),
    ]
    paid = M.apply_one_award(claims)
    assert [p.paid for p in paid] == [0, 2_340_000, 3_510_000, 0, 3_510_000, 710_000, 0]
    assert "Chiến sĩ thi đua cơ sở" in paid[0].note and "danh hiệu" in paid[0].note
    assert "Bằng khen cấp bộ" in paid[3].note and "hình thức" in paid[3].note
    assert all(p.note == "" for p in (paid[1], paid[2], paid[4], paid[5]))


def test_formats():
    assert M.format_money(2_340_000) == "2.340.000"
    assert M.format_money(0) == "0"
    assert M.format_money(None) == ""
    assert M.format_multiple(Decimal("1.50")) == "1,5"
    assert M.format_multiple(Decimal("12.00")) == "12"
    assert M.format_multiple(Decimal("0.30")) == "0,3"


@given(st.decimals(min_value=0, max_value=50, places=2), st.integers(min_value=1, max_value=10**8))
def test_reward_amount_rounds_up_exactly(multiple, base):
    exact = multiple * base
    amount = M.reward_amount(multiple, base)
    assert isinstance(amount, int) and amount % 10_000 == 0
    assert exact <= amount < exact + 10_000
