"""Loading translations: Vietnamese is the source language, English a Qt Linguist file.

`tdkt_en.qm` translates our strings; `tdkt_qt_vi.qm` gives Qt's own standard buttons
(OK, Cancel, wizard buttons…) Vietnamese text, since Qt ships no qtbase_vi.qm. The texts
made by `app/` (errors, verdict reasons, to-dos) come from `app.messages`, whose language
`install_language` sets too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import messages
from app.paths import resources_dir

_current_language = "vi"
_installed: list[QTranslator] = []


def translations_dir():
    return resources_dir() / "translations"


def current_language() -> str:
    return _current_language


def locale() -> QLocale:
    if _current_language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


def fmt_int(n: int) -> str:
    """1.000 in Vietnamese, 1,000 in English."""
    return locale().toString(int(n))


def fmt_money(amount: int | None) -> str:
    """An amount of đồng with the interface's separators (2.340.000 / 2,340,000); None → ''."""
    return "" if amount is None else fmt_int(amount)


def in_words(words: str) -> str:
    """An amount's Vietnamese words (what the documents print) where the interface is
    Vietnamese; nothing in English, whose reader has the figure."""
    return words if _current_language == "vi" else ""


def install_language(app: QCoreApplication, lang: str) -> bool:
    """Install the translators of `lang` ('vi' or 'en'); False when a file is missing."""
    global _current_language
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    _current_language = messages.set_language(lang)
    QLocale.setDefault(locale())
    ok = True
    files = (
        [translations_dir() / f"tdkt_{_current_language}.qm"]
        if _current_language == "en"
        else [translations_dir() / "tdkt_qt_vi.qm"]
    )
    for path in files:
        tr = QTranslator(app)
        if tr.load(str(path)):
            app.installTranslator(tr)
            _installed.append(tr)
        else:
            ok = False
    if _current_language == "en":
        qt_tr = QTranslator(app)
        if qt_tr.load(locale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_tr)
            _installed.append(qt_tr)
    return ok
