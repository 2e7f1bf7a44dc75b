"""Window state and per-user preferences in QSettings (organisation "TDKT", app "TDKT Desk").

Anything that changes printed results lives in the database instead (STYLE.md §9).
Tests call `use_settings_file(path)` so they never touch the real user's settings.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "TDKT"
APPLICATION = "TDKT Desk"
LANGUAGES = ("vi", "en")

_settings_file: Path | None = None

CONNECTION_MODES = ("local", "server")
DEFAULT_PORT = 5432


@dataclasses.dataclass(frozen=True)
class ConnectionChoice:
    """Which database this PC opens at start: a local SQLite file (`mode="local"`, `path`)
    or the office PostgreSQL server (`mode="server"`). Never holds the password: that
    lives in the OS keyring or is asked for at start."""

    mode: str = "local"
    path: str = ""
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    remember_password: bool = True

    def server_settings(self):
        """The app.connection.ServerSettings of a server choice."""
        from app.connection import ServerSettings

        return ServerSettings(host=self.host, database=self.database, user=self.user, port=self.port)


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
    def connection(self) -> ConnectionChoice | None:
        """The stored database choice, or None before the first-run dialog was answered."""
        mode = str(self._q.value("connection/mode", "") or "")
        if mode not in CONNECTION_MODES:
            return None
        try:
            port = int(str(self._q.value("connection/port", DEFAULT_PORT) or DEFAULT_PORT))
        except (TypeError, ValueError):
            port = DEFAULT_PORT
        remember = self._q.value("connection/remember_password", True)
        return ConnectionChoice(
            mode=mode,
            path=str(self._q.value("connection/path", "") or ""),
            host=str(self._q.value("connection/host", "") or ""),
            port=port,
            database=str(self._q.value("connection/database", "") or ""),
            user=str(self._q.value("connection/user", "") or ""),
            remember_password=remember if isinstance(remember, bool) else str(remember).lower() == "true",
        )

    @connection.setter
    def connection(self, choice: ConnectionChoice) -> None:
        # Deliberately field by field: there is no password field to leak into the file.
        self._q.setValue("connection/mode", choice.mode)
        self._q.setValue("connection/path", choice.path)
        self._q.setValue("connection/host", choice.host)
        self._q.setValue("connection/port", int(choice.port))
        self._q.setValue("connection/database", choice.database)
        self._q.setValue("connection/user", choice.user)
        self._q.setValue("connection/remember_password", bool(choice.remember_password))

    @property
    def last_import_dir(self) -> str:
        return str(self._q.value("import/last_dir", "") or "")

    @last_import_dir.setter
    def last_import_dir(self, value: str) -> None:
        self._q.setValue("import/last_dir", value)

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
