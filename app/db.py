"""Database plumbing: the declarative `Base`, engines and session factories.

Any SQLAlchemy URL is accepted; a plain path means a SQLite file. SQLite gets WAL,
foreign keys and a busy timeout on every connection.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from sqlalchemy import MetaData, create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import DeclarativeBase, sessionmaker

from app.errors import BadInput

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SQLITE_BUSY_TIMEOUT_MS = 10_000

# An office server that stops answering must never hang the program: libpq gives up a
# connection attempt after PG_CONNECT_TIMEOUT_S, TCP keepalives and tcp_user_timeout turn a
# silent peer into an error, and every session bounds its statements and lock waits.
PG_CONNECT_TIMEOUT_S = 5
PG_CONNECT_ARGS = {
    "connect_timeout": PG_CONNECT_TIMEOUT_S,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 20_000,  # ms: unacknowledged data for this long drops the connection
}
PG_STATEMENT_TIMEOUT_MS = 60_000
PG_LOCK_TIMEOUT_MS = 15_000


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)


def to_url(db: str | Path) -> str:
    """A SQLAlchemy URL from `--db`: a URL as is, anything else a SQLite file path."""
    text = str(db).strip()
    if not text:
        raise BadInput("db.not_given")
    if "://" in text:
        try:
            make_url(text)
        except ArgumentError as exc:
            raise BadInput("db.bad_url", text=text, exc=exc) from exc
        return text
    path = Path(text).expanduser().resolve()
    return "sqlite:///" + path.as_posix()


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _on_sqlite_connect(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _on_pg_connect(dbapi_connection, _record) -> None:
    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True
    cur = dbapi_connection.cursor()
    cur.execute(f"SET statement_timeout = {PG_STATEMENT_TIMEOUT_MS}")
    cur.execute(f"SET lock_timeout = {PG_LOCK_TIMEOUT_MS}")
    cur.close()
    dbapi_connection.autocommit = autocommit


def make_engine(db: str | Path, **kwargs) -> Engine:
    """An engine for a path or URL; SQLite files get their folder created."""
    url = to_url(db)
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    if url.startswith("postgresql"):
        args = dict(PG_CONNECT_ARGS)
        if "connect_timeout" in url:
            args.pop("connect_timeout")
        kwargs.setdefault("connect_args", args)
        # A connection dropped while idle (server restarted) is replaced, not reported.
        kwargs.setdefault("pool_pre_ping", True)
    try:
        engine = create_engine(url, future=True, **kwargs)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise BadInput(
            "db.unsupported",
            render_as_string=make_url(url).render_as_string(hide_password=True),
            exc=exc,
        ) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _on_pg_connect)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker:
    """Sessions that keep loaded values after commit (DTOs are built after it), with the
    audit trail and the role checks hooked under them (app.services.audit)."""
    from app.services import audit

    factory = sessionmaker(bind=engine, expire_on_commit=False, future=True)
    audit.install(factory, engine)
    return factory
