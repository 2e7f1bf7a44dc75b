"""Text rules of certificates: salutation, the composed lines, and wrap-then-shrink fitting.

Pure functions, no I/O and no ReportLab: text width comes from a `measure(text, size)`
callable that the PDF writer supplies for the field's font. Sources: DOMAIN.md §7
(certificate lines, salutation from gender, long names wrap or shrink), §8 (date lines).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Callable

from app.rules.vntext import clean_text, date_line, fold, nfc

__all__ = [
    "RECIPIENT_PERSON",
    "RECIPIENT_COLLECTIVE",
    "RECIPIENT_KINDS",
    "SALUTATIONS",
    "salutation",
    "recipient_line",
    "position_unit_line",
    "issuer_line",
    "decision_line",
    "so_so_vang_line",
    "signing_date_line",
    "upper_vn",
    "Fit",
    "fit_text",
    "wrap_lines",
]

RECIPIENT_PERSON = "person"
RECIPIENT_COLLECTIVE = "collective"
RECIPIENT_KINDS = {RECIPIENT_PERSON: "Cá nhân", RECIPIENT_COLLECTIVE: "Tập thể"}

# DOMAIN.md §7: the salutation comes from gender; collectives print "Tập thể". An import
# that defaults everyone to male prints women as "Ông" — so an unknown gender gives no
# salutation at all rather than a guess.
SALUTATIONS = {"M": "Ông", "F": "Bà"}
COLLECTIVE_SALUTATION = "Tập thể"


def salutation(kind: str, gender: str | None, override: str = "") -> str:
    """'Ông' / 'Bà' from gender M/F, 'Tập thể' for a collective; `override` wins when set.

    An individual with no known gender gets '' (never a guessed 'Ông').
    """
    override = clean_text(override)
    if override:
        return override
    if kind == RECIPIENT_COLLECTIVE:
        return COLLECTIVE_SALUTATION
    return SALUTATIONS.get((gender or "").upper(), "")


def recipient_line(kind: str, full_name: str, gender: str | None, override: str = "") -> str:
    """'Bà Nguyễn Thị Hoa', 'Tập thể Vụ Cơ sở đảng' (no doubled word when the name
    already starts with 'Tập thể')."""
    name = clean_text(full_name)
    word = salutation(kind, gender, override)
    if not word:
        return name
    if fold(name).startswith(fold(word) + " ") or fold(name) == fold(word):
        return name
    return f"{word} {name}"


def position_unit_line(position: str, unit: str) -> str:
    """'Chuyên viên chính, Vụ Tổ chức - Điều lệ' (either part may be empty)."""
    parts = [p for p in (clean_text(position), clean_text(unit)) if p]
    return ", ".join(parts)


def upper_vn(text: str) -> str:
    """Upper case that keeps Vietnamese letters composed ('đ' → 'Đ', 'ữ' → 'Ữ')."""
    return nfc(nfc(text).upper())


_SIGN_PREFIXES = ("kt.", "tm.", "tl.", "tuq.", "q.")


def issuer_line(issuer_title: str, signer_title: str, agency_name: str) -> str:
    """The red line under the national header: who gives the certificate, upper case.

    `issuer_title` when given ('TRƯỞNG BAN TỔ CHỨC TRUNG ƯƠNG'); otherwise the signer's
    own title (the last line of the signature block, without 'KT.'/'TM.') joined to the
    agency name, merging a repeated word: 'Trưởng Ban' + 'Ban Tổ chức Trung ương' →
    'TRƯỞNG BAN TỔ CHỨC TRUNG ƯƠNG'; 'Giám đốc' + 'Sở Nội vụ' → 'GIÁM ĐỐC SỞ NỘI VỤ'.
    """
    explicit = clean_text(issuer_title)
    if explicit:
        return upper_vn(explicit)
    lines = [clean_text(x) for x in nfc(signer_title).splitlines() if clean_text(x)]
    # "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC": the certificate is given in the head's name.
    title = lines[0] if lines else ""
    for prefix in _SIGN_PREFIXES:
        if fold(title).startswith(prefix):
            title = clean_text(title[len(prefix) :])
            break
    agency = clean_text(agency_name)
    if not agency:
        return upper_vn(title)
    if not title:
        return upper_vn(agency)
    t_words, a_words = title.split(" "), agency.split(" ")
    if fold(t_words[-1]) == fold(a_words[0]):
        a_words = a_words[1:]
    return upper_vn(" ".join(t_words + a_words))


def decision_line(number: str, day: _dt.date | None) -> str:
    """'Quyết định số 125/QĐ-BTCTW ngày 20/12/2025' (bottom left); '' without a number."""
    number = clean_text(number)
    if number.lower().startswith("số"):
        number = clean_text(number[2:].lstrip(":"))
    if not number:
        return ""
    text = f"Quyết định số {number}"
    if day is not None:
        text += f" ngày {day:%d/%m/%Y}"
    return text


def so_so_vang_line(so_so_vang: str) -> str:
    """'Số sổ vàng: 15' — the recipient's order number in the decision; '' when unset."""
    value = clean_text(so_so_vang)
    return f"Số sổ vàng: {value}" if value else ""


def signing_date_line(place: str, day: _dt.date | None) -> str:
    """'Hà Nội, ngày 20 tháng 12 năm 2025' (NĐ 30/2020); '' without a date."""
    if day is None:
        return clean_text(place)
    return date_line(place, day)


# ---------------------------------------------------------------- fitting

Measure = Callable[[str, float], float]


@dataclasses.dataclass(frozen=True)
class Fit:
    """How a text sits in its box: the chosen size, its lines, and whether it fits.

    `fits` is False when even `min_size` needs more lines than the box holds or a single
    word is wider than the box; `lines` then holds the wrapping at `min_size`.
    """

    size: float
    lines: tuple[str, ...]
    leading: float
    fits: bool
    widest: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading


def wrap_lines(text: str, width: float, size: float, measure: Measure) -> tuple[list[str], float]:
    """Greedy word wrap of `text` at `size` within `width` points; explicit newlines kept.

    Returns (lines, widest line width). A word wider than `width` stays on its own line
    (the caller sees `widest > width`).
    """
    space = measure(" ", size)
    lines: list[str] = []
    widest = 0.0
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            continue
        current = words[0]
        current_w = measure(current, size)
        for word in words[1:]:
            w = measure(word, size)
            if current_w + space + w <= width + 1e-6:
                current += " " + word
                current_w += space + w
            else:
                lines.append(current)
                widest = max(widest, current_w)
                current, current_w = word, w
        lines.append(current)
        widest = max(widest, current_w)
    return lines, widest


def fit_text(
    text: str,
    *,
    width: float,
    height: float,
    size: float,
    min_size: float,
    measure: Measure,
    leading: float = 1.2,
    max_lines: int | None = None,
    step: float = 0.5,
) -> Fit:
    """Wrap `text` within `width`, then shrink by `step` down to `min_size` until the
    lines fit `height` (points). Leading is `leading` × size.

    A text that fits on one line at `size` stays at `size`; a text that needs wrapping is
    wrapped first (keeping the size) and shrunk only when the wrapped lines are too tall.
    """
    current = float(size)
    min_size = min(float(min_size), current)
    while True:
        lines, widest = wrap_lines(text, width, current, measure)
        lead = current * leading
        too_many = max_lines is not None and len(lines) > max_lines
        ok = widest <= width + 1e-6 and len(lines) * lead <= height + 1e-6 and not too_many
        if ok or current <= min_size + 1e-9:
            return Fit(current, tuple(lines), lead, ok, widest)
        current = max(min_size, round(current - step, 4))
