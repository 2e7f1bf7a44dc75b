"""Choosing and opening the database: the first-run / change-connection dialog, the
password prompt, the start-up flow (wrong password, unreachable server, schema too new)
and copying a local SQLite file to the office server.

Passwords are held in memory only; on disk they go to the OS keyring through
`app.connection.save_password`, never to QSettings, logs or messages.
"""

from __future__ import annotations

import re

_URL_PASSWORD = re.compile(r"(://[^:/@\s]*:)([^@\s]*)(@)")


def hide_password(text: str) -> str:
    """`postgresql+psycopg://user:secret@host/db` → `…://user:***@host/db` (anywhere in text)."""
    return _URL_PASSWORD.sub(r"\1***\3", str(text))
