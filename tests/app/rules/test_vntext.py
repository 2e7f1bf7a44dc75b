import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.vntext import (
    clean_text,
    date_line,
    date_words,
    doc_number,
    fold,
    name_sort_key,
    search_tokens,
    split_name,
    text_sort_key,
    word_sort_key,
)


def _sorted(words):
    return sorted(words, key=word_sort_key)


def test_alphabet_letters_after_base_letters():
    # a < ă < â ; tone marks only break ties between the same letters.
    assert _sorted(["Ân", "Ảnh", "Ăn", "Anh"]) == ["Anh", "Ảnh", "Ăn", "Ân"]


def test_d_before_dd():
    assert _sorted(["Đức", "Dung"]) == ["Dung", "Đức"]


def test_u_before_u_horn():
    assert _sorted(["Ưng", "Uy"]) == ["Uy", "Ưng"]
    assert _sorted(["Ơn", "Ôn", "On"]) == ["On", "Ôn", "Ơn"]


def test_tone_order():
    # ngang < huyền < hỏi < ngã < sắc < nặng
    words = ["Ạ", "Á", "Ã", "Ả", "À", "A"]
    assert _sorted(words) == ["A", "À", "Ả", "Ã", "Á", "Ạ"]
    assert _sorted(["Ý", "Ỹ"]) == ["Ỹ", "Ý"]


def test_prefix_sorts_first():
    assert _sorted(["Anh", "An", "Ang"]) == ["An", "Ang", "Anh"]


def test_case_is_last_level():
    assert word_sort_key("an") < word_sort_key("An") < word_sort_key("Àn")


def test_names_sort_by_given_then_middle_then_family():
    names = ["Nguyễn Văn Bình", "Trần Thị Anh", "Lê Văn Anh", "Đỗ Thị Ảnh", "Anh"]
    assert sorted(names, key=name_sort_key) == [
        "Anh",
        "Trần Thị Anh",
        "Lê Văn Anh",
        "Đỗ Thị Ảnh",
        "Nguyễn Văn Bình",
    ]


def test_same_given_and_middle_then_family():
    assert sorted(["Trần Văn An", "Lê Văn An", "Đặng Văn An", "Dương Văn An"], key=name_sort_key) == [
        "Dương Văn An",
        "Đặng Văn An",
        "Lê Văn An",
        "Trần Văn An",
    ]


def test_nfd_input_sorts_like_nfc():
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Ảnh")
    assert name_sort_key(nfd) == name_sort_key("Nguyễn Thị Ảnh")


def test_text_sort_key_reading_order():
    assert sorted(["Vụ Đảng viên", "Vụ Cơ sở đảng", "Văn phòng Ban"], key=text_sort_key) == [
        "Văn phòng Ban",
        "Vụ Cơ sở đảng",
        "Vụ Đảng viên",
    ]


def test_fold_removes_tones_case_and_dd():
    assert fold("Đỗ THỊ Ánh") == "do thi anh"
    assert fold(unicodedata.normalize("NFD", "Nguyễn Ưng")) == "nguyen ung"
    assert search_tokens("  nguyen   Thi ") == ["nguyen", "thi"]
    assert search_tokens("   ") == []


def test_clean_text_nfc_and_spaces():
    raw = unicodedata.normalize("NFD", "  Nguyễn\u00a0 Thị\tHoa ")
    out = clean_text(raw)
    assert out == "Nguyễn Thị Hoa"
    assert unicodedata.is_normalized("NFC", out)
    assert clean_text(None) == ""


def test_split_name():
    assert split_name("Nguyễn Thị Minh Khai") == ("Nguyễn", "Thị Minh", "Khai")
    assert split_name("Lê Ánh") == ("Lê", "", "Ánh")
    assert split_name("Hoa") == ("", "", "Hoa")
    assert split_name("") == ("", "", "")


@pytest.mark.parametrize(
    "day, expected",
    [
        (dt.date(2024, 3, 5), "Hà Nội, ngày 05 tháng 3 năm 2024"),
        (dt.date(2023, 2, 1), "Hà Nội, ngày 01 tháng 02 năm 2023"),
        (dt.date(2023, 1, 15), "Hà Nội, ngày 15 tháng 01 năm 2023"),
        (dt.date(2025, 12, 31), "Hà Nội, ngày 31 tháng 12 năm 2025"),
        (dt.date(2025, 10, 9), "Hà Nội, ngày 09 tháng 10 năm 2025"),
    ],
)
def test_date_line(day, expected):
    assert date_line("Hà Nội", day) == expected


def test_date_words_without_place():
    assert date_line("", dt.date(2024, 3, 5)) == "ngày 05 tháng 3 năm 2024"
    assert date_words(dt.date(2024, 2, 29)) == "ngày 29 tháng 02 năm 2024"


def test_doc_number():
    assert doc_number(5, "QĐ-HĐTĐKT") == "Số: 05/QĐ-HĐTĐKT"
    assert doc_number(10, "QĐ-HĐTĐKT") == "Số: 10/QĐ-HĐTĐKT"
    assert doc_number(123, "BB-HĐ") == "Số: 123/BB-HĐ"
    with pytest.raises(ValueError):
        doc_number(0, "QĐ")


VN_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]


@st.composite
def vn_words(draw):
    letters = draw(st.lists(st.sampled_from(VN_LETTERS), min_size=1, max_size=6))
    tone = draw(st.sampled_from(TONES))
    word = "".join(letters)
    return unicodedata.normalize("NFC", word[0] + tone + word[1:])


@given(st.lists(vn_words(), min_size=1, max_size=4))
def test_fold_is_ascii_lowercase(words):
    out = fold(" ".join(words))
    assert out == out.lower()
    assert all(ord(ch) < 128 for ch in out)


@given(vn_words(), vn_words())
def test_word_key_is_a_total_order_consistent_with_equality(a, b):
    ka, kb = word_sort_key(a), word_sort_key(b)
    assert (ka == kb) == (a == b)


@given(vn_words(), vn_words())
def test_primary_letters_decide_before_tone(a, b):
    # Two words whose toneless letters differ are ordered by letters alone.
    strip = lambda w: "".join(  # noqa: E731
        ch for ch in unicodedata.normalize("NFD", w) if ch not in "\u0300\u0309\u0303\u0301\u0323"
    )
    base_a, base_b = strip(a).lower(), strip(b).lower()
    if base_a != base_b:
        assert (word_sort_key(a) < word_sort_key(b)) == (word_sort_key(base_a) < word_sort_key(base_b))


@given(st.lists(vn_words(), min_size=2, max_size=4))
def test_name_key_nfd_invariant(words):
    name = " ".join(words)
    assert name_sort_key(unicodedata.normalize("NFD", name)) == name_sort_key(name)
