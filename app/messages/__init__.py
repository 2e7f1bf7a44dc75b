"""Message catalogues: one text per stable code, in Vietnamese and English. Pure, no Qt.

`app/` never builds a user-facing sentence inline: it raises `AppError(code, **params)`
(`app.errors`) or returns a `Msg(code, **params)`, and whoever shows it picks the language:
the CLI from `--lang`, the GUI from its interface language (`set_language`, which
`ui.i18n.install_language` calls; `message()` without a language uses it). Vietnamese is the default
and the text the tests and the CLI contract know.

Parameters are formatted per language when the text is made (`format_param`): dates
dd/mm/yyyy in both, a nested `Msg` in the same language, a list joined by ", " (`Lines`: one
a line, `Joined`: by "; "), a Vietnamese word the program passes (`term`) in the language.
Numbers: `Count(n)` → "1.234" / "1,234", `Num(x)` → "1.234,5" / "1,234.5"; a bare int, float
or Decimal is written as Python writes it (years, row numbers, ids, points: the texts the
old sentences had, which tests and scripts match).
"""

from __future__ import annotations

import datetime as _dt
import string
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Self

from app.messages import en, vi

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

CATALOGUES: dict[str, Mapping[str, str]] = {"vi": vi.MESSAGES, "en": en.MESSAGES}


_language = DEFAULT_LANGUAGE


def set_language(lang: str | None) -> str:
    """Set the language of messages asked for without one (`exc.message()`): the GUI sets
    it with its interface language, the CLI from `--lang`. Returns the language set."""
    global _language
    _language = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    return _language


def current_language() -> str:
    return _language


def normalise_language(lang: str | None) -> str:
    """`lang` if known; None → the current language; anything else → Vietnamese."""
    if lang is None:
        return _language
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


class Count(int):
    """An integer shown with thousands separators ("1.234" / "1,234")."""


class Num(Decimal):
    """A decimal in the language's marks: Num("1234.5") → "1.234,5" (vi) / "1,234.5" (en)."""


class Lines(tuple):
    """Texts shown one a line (a list or tuple is joined by ", ")."""


class Joined(tuple):
    """Texts joined by "; " (several reasons about one thing)."""


def fmt_number(value: float | Decimal, lang: str = DEFAULT_LANGUAGE, decimals: int | None = None) -> str:
    """1234.5 → '1.234,5' (vi) or '1,234.5' (en); `decimals` fixes the digits after the point
    (rounded half up),
    otherwise the digits are kept as given (Decimal('1.50') → '1,50')."""
    if decimals is None:
        text = format(Decimal(str(value)), "f") if not isinstance(value, int) else str(value)
        whole, _, frac = text.partition(".")
    else:
        exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        whole, _, frac = format(exact, "f").partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = f"{int(whole.lstrip('-') or 0):,}"
    if lang == "en":
        return sign + whole + ("." + frac if frac else "")
    return sign + whole.replace(",", ".") + ("," + frac if frac else "")


def fmt_date(value: _dt.date | _dt.datetime) -> str:
    """dd/mm/yyyy in both languages (the date the office writes); a time adds HH:MM."""
    if isinstance(value, _dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")


def format_param(value: Any, lang: str) -> str:
    if isinstance(value, Msg):
        return value.text(lang)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Count):
        return fmt_number(int(value), lang)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Num):
        return fmt_number(value, lang)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return fmt_date(value)
    if isinstance(value, str):
        return term(value, lang)
    if isinstance(value, Lines):
        return "\n".join(format_param(v, lang) for v in value)
    if isinstance(value, Joined):
        return "; ".join(format_param(v, lang) for v in value)
    if isinstance(value, (list, tuple)):
        return ", ".join(format_param(v, lang) for v in value)
    return str(value)


def term(text: str, lang: str) -> str:
    """A Vietnamese word the program itself passes as a parameter ('đơn vị', 'người khác')
    in `lang`; any other text (a name, a path, a value from a file) unchanged."""
    if lang == "vi":
        return text
    return CATALOGUES[lang].get("term:" + text, text)


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if not format_spec:
            return format_param(value, self.lang)
        text = format(value, format_spec)
        if self.lang == "vi" and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return text

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "r" and isinstance(value, str):
            return repr(value)
        return super().convert_field(value, conversion)


def format_message(code: str, params: Mapping[str, Any], lang: str | None = None) -> str:
    """The text of `code` in `lang` (None: the current language); an unknown code in English falls back to Vietnamese;
    an unknown code everywhere gives the code and its parameters (never raises)."""
    lang = normalise_language(lang)
    template = CATALOGUES[lang].get(code)
    if template is None:
        template = CATALOGUES[DEFAULT_LANGUAGE].get(code)
    if template is None:
        return f"{code} {dict(params)}" if params else code
    try:
        return _Formatter(lang).format(template, **params)
    except (KeyError, IndexError, ValueError):
        return f"{template} {dict(params)}"


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


class Msg(str):
    """A user-facing text as a code and parameters. It *is* its Vietnamese text (so code that
    treats it as a string keeps working) and gives any language with `text(lang)`."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, /, **params: Any) -> Self:
        self = super().__new__(cls, format_message(code, params, DEFAULT_LANGUAGE))
        self.code = code
        self.params = params
        return self

    def text(self, lang: str | None = None) -> str:
        return format_message(self.code, self.params, lang)

    def __reduce__(self) -> tuple[Any, tuple[str, dict[str, Any]]]:  # pickling keeps the code, not just the text
        return (_make_msg, (self.code, self.params))


def _make_msg(code: str, params: dict[str, Any]) -> Msg:
    return Msg(code, **params)


def localize(value: Any, lang: str | None = None) -> str:
    """Any text `app/` hands out in `lang`: a `Msg`, an `AppError`, or a plain string."""
    if isinstance(value, Msg):
        return value.text(lang)
    message = getattr(value, "message", None)
    if callable(message) and isinstance(value, Exception):
        return message(lang)
    return str(value)
