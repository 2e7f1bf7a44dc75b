"""Connecting to the office's PostgreSQL server: URLs, a connection test with clear
Vietnamese errors, and passwords kept in the OS keyring (never in a settings file)."""

from __future__ import annotations

import dataclasses
import logging

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError

from app.db import PG_CONNECT_ARGS
from app.errors import DatabaseError, Msg

log = logging.getLogger(__name__)

KEYRING_SERVICE = "TDKT Desk"
CONNECT_TIMEOUT_S = PG_CONNECT_ARGS["connect_timeout"]


@dataclasses.dataclass(frozen=True)
class ServerSettings:
    """Where the office server is. The password is not part of it."""

    host: str
    database: str
    user: str
    port: int = 5432

    def url(self, password: str | None) -> str:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        ).render_as_string(hide_password=False)

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def explain_connect_error(exc: BaseException) -> str:
    """Why a connection failed, from the driver's message (a `Msg`, or the driver's text)."""
    detail = str(getattr(exc, "orig", exc) or exc)
    low = detail.lower()
    if "password authentication failed" in low or "no password supplied" in low:
        return Msg("db.connect.bad_password")
    if "does not exist" in low and "database" in low:
        return Msg("db.connect.no_database")
    if "does not exist" in low and "role" in low:
        return Msg("db.connect.no_role")
    if any(
        s in low
        for s in (
            "connection refused",
            "could not connect",
            "timeout",
            "timed out",
            "could not translate host name",
            "name or service not known",
            "no route to host",
            "network is unreachable",
            "connection failed",
        )
    ):
        return Msg("db.connect.unreachable")
    if "unable to open database file" in low:
        return Msg("db.connect.sqlite_unopenable")
    if "file is not a database" in low:
        return Msg("db.connect.not_a_database")
    return detail


def check_connection(url: str) -> str:
    """Connect once and return the server's version string. Raises DatabaseError."""
    engine = create_engine(url, connect_args=dict(PG_CONNECT_ARGS) if url.startswith("postgresql") else {})
    try:
        with engine.connect() as conn:
            return str(conn.execute(text("SELECT version()")).scalar())
    except (OperationalError, DBAPIError) as exc:
        raise DatabaseError(
            url=engine.url.render_as_string(hide_password=True), detail=explain_connect_error(exc)
        ) from exc
    finally:
        engine.dispose()


def save_password(server: ServerSettings, password: str) -> bool:
    """Store the password in the OS keyring; False when no keyring is available (the
    program then asks for it at every start)."""
    try:
        # Lazy: keyring loads its OS back-end only when a password is saved or read.
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(KEYRING_SERVICE, server.keyring_user, password)
        return True
    except (ImportError, KeyringError, RuntimeError) as exc:
        log.info("no keyring available: %s", exc)
        return False


def load_password(server: ServerSettings) -> str | None:
    try:
        # Lazy: keyring loads its OS back-end only when a password is saved or read.
        import keyring
        from keyring.errors import KeyringError

        return keyring.get_password(KEYRING_SERVICE, server.keyring_user)
    except (ImportError, KeyringError, RuntimeError) as exc:
        log.info("no keyring available: %s", exc)
        return None
