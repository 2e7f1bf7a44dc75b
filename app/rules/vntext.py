"""Vietnamese text rules: normalisation, search keys, name sort keys, NĐ 30 date lines.

Pure functions, no I/O. Sources: DOMAIN.md §8 (NĐ 30/2020 dates and numbers) and §10
(alphabet, tone order, name order); PRODUCT.md §5 (the collation key without PyICU).
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata

__all__ = [
    "nfc",
    "has_invisible",
    "INVISIBLE_CHARS",
    "clean_text",
    "fold",
    "search_tokens",
    "split_name",
    "name_sort_key",
    "word_sort_key",
    "date_line",
    "date_words",
    "doc_number",
]

_SPACES = re.compile(r"\s+")

# Combining marks that carry Vietnamese tones, in tone order (DOMAIN.md §10):
# ngang (none) < huyền (grave) < hỏi (hook above) < ngã (tilde) < sắc (acute) < nặng (dot below).
_TONE_MARKS = {
    "\u0300": 1,  # huyền
    "\u0309": 2,  # hỏi
    "\u0303": 3,  # ngã
    "\u0301": 4,  # sắc
    "\u0323": 5,  # nặng
}
# Marks that make a different *letter* (ă â ê ô ơ ư), not a tone.
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"

# Primary order: Vietnamese alphabet, with the Latin letters it lacks (f j w z) in their
# Latin places so that foreign names sort sensibly.
_ALPHABET = [
    "a",
    "ă",
    "â",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "ê",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "ô",
    "ơ",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "ư",
    "v",
    "w",
    "x",
    "y",
    "z",
]
_DIGITS = "0123456789"
# Byte layout of a key: 0x01 between words, 0x02 between levels inside a word,
# digits from 0x10, letters from 0x20, anything else 0x08 (sorts before digits).
_WORD_SEP, _LEVEL_SEP, _OTHER = 1, 2, 8
_PRIMARY = {ch: 0x10 + i for i, ch in enumerate(_DIGITS)}
_PRIMARY.update({ch: 0x20 + i for i, ch in enumerate(_ALPHABET)})


# Invisible characters that reorder or hide text: bidi embeddings/overrides (U+202A–U+202E),
# bidi isolates (U+2066–U+2069), LRM/RLM (U+200E/F), zero-width space/joiners (U+200B–U+200D),
# word joiner (U+2060) and BOM/ZWNBSP (U+FEFF). Vietnamese never needs them; a name with
# U+202E would print reversed on a certificate. They are removed at the NFC boundary.
INVISIBLE_CHARS = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
)
_DROP_INVISIBLE = {ord(ch): None for ch in INVISIBLE_CHARS}


def has_invisible(text: str) -> bool:
    """Whether `text` holds a bidi control or zero-width character (see INVISIBLE_CHARS)."""
    return any(ch in INVISIBLE_CHARS for ch in text)


def nfc(text: str) -> str:
    """Unicode NFC without bidi-control and zero-width characters: decomposed input (from
    some keyboards, PDFs, Macs) draws wrongly, invisible controls reorder or hide text."""
    return unicodedata.normalize("NFC", text.translate(_DROP_INVISIBLE))


def clean_text(value: object) -> str:
    """NFC, invisible controls removed, trimmed, inner whitespace collapsed; None → ''."""
    if value is None:
        return ""
    text = nfc(str(value)).replace("\u00a0", " ")
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """Accent- and case-insensitive form for search: 'Đỗ Thị Ánh' → 'do thi anh'."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower()).strip()


def search_tokens(query: str) -> list[str]:
    """The folded words of a search query; every one must occur in a match."""
    return [tok for tok in fold(query).split(" ") if tok]


def split_name(full_name: str) -> tuple[str, str, str]:
    """(family, middle, given) of a Vietnamese full name written family-first."""
    words = clean_text(full_name).split(" ")
    words = [w for w in words if w]
    if not words:
        return "", "", ""
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


def _letters(word: str) -> tuple[list[int], list[int], list[int]]:
    """Primary letter bytes, tone bytes and case bytes of one word."""
    primary: list[int] = []
    tones: list[int] = []
    cases: list[int] = []
    tone = 0
    for ch in nfc(word):
        if unicodedata.combining(ch):
            # A mark left over after NFC (a tone on a consonant): keep the tone level.
            tone = tone or _TONE_MARKS.get(ch, 0)
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        lower = base.lower()
        is_upper = base != lower
        if lower == "a" and _BREVE in marks:
            letter = "ă"
        elif lower in "aeo" and _CIRCUMFLEX in marks:
            letter = {"a": "â", "e": "ê", "o": "ô"}[lower]
        elif lower in "ou" and _HORN in marks:
            letter = {"o": "ơ", "u": "ư"}[lower]
        else:
            letter = lower
        for mark in marks:
            if mark in _TONE_MARKS:
                tone = tone or _TONE_MARKS[mark]
        code = _PRIMARY.get(letter)
        if code is None:
            if letter.isalnum():
                # Letters outside the Vietnamese/Latin set sort after 'z', by code point.
                primary.extend([0x7F, min(0xFF, 0x80 + (ord(letter) % 0x7F))])
            else:
                continue  # hyphens, apostrophes, dots: ignored at the primary level
        else:
            primary.append(code)
        cases.append(0x11 if is_upper else 0x10)
    tones.append(0x10 + tone)
    return primary, tones, cases


def word_sort_key(word: str) -> bytes:
    """Key of one word: letters first, then tone, then case (ICU-like levels)."""
    primary, tones, cases = _letters(word)
    return bytes(primary + [_LEVEL_SEP] + tones + [_LEVEL_SEP] + cases)


def name_sort_key(full_name: str) -> bytes:
    """Sort key of a person's name: given name, then middle words, then family name.

    Compared bytewise (a BLOB in SQLite, bytea in PostgreSQL), so the database's own
    collation never matters.
    """
    family, middle, given = split_name(full_name)
    words = [given] + [w for w in middle.split(" ") if w] + ([family] if family else [])
    return bytes([_WORD_SEP]).join(word_sort_key(w) for w in words if w)


def text_sort_key(text: str) -> bytes:
    """Sort key of ordinary text (unit names), word by word in reading order."""
    words = clean_text(text).split(" ")
    return bytes([_WORD_SEP]).join(word_sort_key(w) for w in words if w)


def date_words(day: _dt.date) -> str:
    """'ngày 05 tháng 3 năm 2024' (NĐ 30/2020: day padded; month padded only for 1 and 2)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def date_line(place: str, day: _dt.date) -> str:
    """'Hà Nội, ngày 05 tháng 3 năm 2024'."""
    place = clean_text(place)
    return f"{place}, {date_words(day)}" if place else date_words(day)


def doc_number(number: int, symbol: str) -> str:
    """'Số: 05/QĐ-HĐTĐKT' (numbers below 10 get a leading zero)."""
    if number < 1:
        raise ValueError("document numbers start at 1")
    return f"Số: {number:02d}/{clean_text(symbol)}"


def unit_with_agency(unit: str, agency: str) -> str:
    """A unit as printed on a document: with its agency ("Vụ Tổng hợp, Văn phòng Trung
    ương Đảng"), never a bare "Văn phòng" (DOMAIN.md §8). The agency alone when the unit
    is the agency (or already names it)."""
    unit, agency = clean_text(unit), clean_text(agency)
    if not unit:
        return agency
    if not agency or fold(agency) in fold(unit):
        return unit
    return f"{unit}, {agency}"
