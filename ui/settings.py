"""Window state and per-user preferences in QSettings (organisation "TDKT", app "TDKT Desk").

Anything that changes printed results lives in the database instead (STYLE.md §9).
Tests call `use_settings_file(path)` so they never touch the real user's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "TDKT"
APPLICATION = "TDKT Desk"
LANGUAGES = ("vi", "en")

_settings_file: Path | None = None


def use_settings_file(path: Path | None) -> None:
    """Store settings in an INI file at `path` (tests, portable installs); None = default."""
    global _settings_file
    _settings_file = Path(path) if path is not None else None


class UiSettings:
    """Typed access to QSettings. Cheap to create; create one where needed (GUI thread)."""

    def __init__(self) -> None:
        if _settings_file is not None:
            self._q = QSettings(str(_settings_file), QSettings.Format.IniFormat)
        else:
            self._q = QSettings(ORGANISATION, APPLICATION)

    # -- generic
    def value(self, key: str, default=None):
        return self._q.value(key, default)

    def set_value(self, key: str, value) -> None:
        self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()

    # -- typed
    @property
    def language(self) -> str:
        lang = str(self._q.value("ui/language", "vi"))
        return lang if lang in LANGUAGES else "vi"

    @language.setter
    def language(self, lang: str) -> None:
        self._q.setValue("ui/language", lang if lang in LANGUAGES else "vi")

    @property
    def last_db(self) -> str:
        return str(self._q.value("db/last", "") or "")

    @last_db.setter
    def last_db(self, value: str) -> None:
        self._q.setValue("db/last", value)

    @property
    def last_import_dir(self) -> str:
        return str(self._q.value("import/last_dir", "") or "")

    @last_import_dir.setter
    def last_import_dir(self, value: str) -> None:
        self._q.setValue("import/last_dir", value)

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
