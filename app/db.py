"""Database plumbing: the declarative `Base`, engines and session factories.

Any SQLAlchemy URL is accepted; a plain path means a SQLite file. SQLite gets WAL,
foreign keys and a busy timeout on every connection.
"""

from __future__ import annotations

import datetime as _dt
import logging
import socket
import threading
import time
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import MetaData, create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import DeclarativeBase

from app.errors import BadInput, ServerUnavailable

if TYPE_CHECKING:
    from psycopg import Connection as PgConnectionT
    from sqlalchemy.engine.interfaces import DBAPIConnection
    from sqlalchemy.pool import ConnectionPoolEntry

    PgConnection = PgConnectionT[Any]

log = logging.getLogger(__name__)

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
# A server that is paused (a stopped process, a frozen VM) still acknowledges TCP in its
# kernel, so neither keepalives nor tcp_user_timeout notice it and statement_timeout is
# never enforced: a query waiting on it longer than PG_STALL_CHECK_S has its server probed
# with a fresh connection, and a server that does not answer the probe within
# PG_PROBE_TIMEOUT_S has the waiting connections cut (app.db.StallWatch). For
# PG_REFUSE_AFTER_CUT_S after that, new connections to it fail at once instead of waiting
# out the connect timeout (SQLAlchemy reconnects right after a failed pre-ping); a person
# pressing Thử lại comes later and gets a real attempt.
PG_STALL_CHECK_S = 3.0
PG_PROBE_TIMEOUT_S = 3
PG_REFUSE_AFTER_CUT_S = 1.0


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC).replace(tzinfo=None)


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


def _on_sqlite_connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _on_pg_connect(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True
    cur = dbapi_connection.cursor()
    cur.execute(f"SET statement_timeout = {PG_STATEMENT_TIMEOUT_MS}")
    cur.execute(f"SET lock_timeout = {PG_LOCK_TIMEOUT_MS}")
    cur.close()
    dbapi_connection.autocommit = autocommit


def make_engine(db: str | Path, **kwargs: Any) -> Engine:
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
        _watch_stalls(engine)
    return engine


# -- a server that stops answering (issue 17) ---------------------------------------------

_LOST_MARKS = (
    "server closed the connection",
    "consuming input failed",
    "connection not open",
    "the connection is closed",
    "could not receive data",
    "could not send data",
    "connection timed out",
    "timeout expired",
    "connection refused",
    "could not connect",
    "connection failed",
    "terminating connection",
    "connection is lost",
    "ssl syscall error",
    "broken pipe",
    "connection reset",
    "no route to host",
    "network is unreachable",
)


def server_unavailable(exc: BaseException, *, may_have_written: bool = False) -> ServerUnavailable | None:
    """The ServerUnavailable that `exc` means, or None when it is not about the server.

    A lost connection, a server that never answered, a statement or lock-wait timeout of
    PostgreSQL (SQLAlchemy's DBAPIError around a psycopg error, or the psycopg error itself).
    `may_have_written`: the error happened while committing, so a lost connection may have
    come after the commit. Any thread."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not type(orig).__module__.startswith("psycopg"):
        return None
    sqlstate = getattr(orig, "sqlstate", None) or ""
    detail = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if sqlstate == "55P03":  # lock_not_available: lock_timeout
        return ServerUnavailable(reason="lock", driver_text=detail)
    if sqlstate == "57014":  # query_canceled: statement_timeout (or the stall watch's cancel)
        return ServerUnavailable(reason="timeout", driver_text=detail)
    low = str(orig).lower()
    invalidated = isinstance(exc, DBAPIError) and exc.connection_invalidated
    if (
        invalidated
        or sqlstate.startswith("08")
        or sqlstate in ("57P01", "57P02", "57P03")
        or any(mark in low for mark in _LOST_MARKS)
    ):
        return ServerUnavailable(reason="lost", may_have_written=may_have_written, driver_text=detail)
    return None


class StallWatch:
    """Cuts the connections of an engine that wait on a server which no longer answers.

    A daemon thread samples every PostgreSQL connection of the watched engines; one that
    has been waiting for a result (libpq ACTIVE) for PG_STALL_CHECK_S gets its server
    probed with a fresh connection; when the probe gets no answer within PG_PROBE_TIMEOUT_S,
    the waiting connections' sockets are shut down, so the thread blocked on
    them gets an OperationalError at once (server_unavailable() says "lost") and the pool
    replaces them. A slow query on a live server is left alone: statement_timeout ends it."""

    INTERVAL_S = 0.25

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # id -> (weak reference to the psycopg connection, probe args): the watch must not keep
        # a connection alive (and open on the server) that its engine has let go of.
        self._conns: dict[int, tuple[weakref.ref, dict]] = {}
        self._busy_since: dict[int, float] = {}
        self._last_probe: dict[tuple, float] = {}
        self._dead_at: dict[tuple, float] = {}
        self._thread: threading.Thread | None = None
        self.cuts = 0

    def add(self, dbapi_connection: PgConnection, probe: dict) -> None:
        with self._lock:
            self._conns[id(dbapi_connection)] = (weakref.ref(dbapi_connection), probe)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="tdkt-stall-watch", daemon=True)
                self._thread.start()

    def remove(self, dbapi_connection: PgConnection) -> None:
        # Called (pool events) before the connection is closed, so the watch never reads a
        # freed libpq connection: it reads only under this lock.
        with self._lock:
            self._conns.pop(id(dbapi_connection), None)
            self._busy_since.pop(id(dbapi_connection), None)

    def refuse_if_dead(self, probe: dict) -> None:
        """Raise psycopg's OperationalError when this server was just found not answering."""
        dead_at = self._dead_at.get(_probe_key(probe))
        if dead_at is not None and time.monotonic() - dead_at < PG_REFUSE_AFTER_CUT_S:
            import psycopg  # lazy: the PostgreSQL driver loads only for a server database

            raise psycopg.OperationalError(
                f"could not connect: the server did not answer a probe {time.monotonic() - dead_at:.1f} s ago"
            )

    def _loop(self) -> None:
        while True:
            time.sleep(self.INTERVAL_S)
            try:
                self.tick(time.monotonic())
            except Exception:  # noqa: BLE001 - the watch must outlive any one odd connection
                log.exception("stall watch")

    def tick(self, now: float) -> None:
        stalled: dict[tuple, tuple[dict, list[int]]] = {}
        with self._lock:
            for key, (ref, probe) in list(self._conns.items()):
                conn = ref()
                if conn is None:
                    del self._conns[key]
                    self._busy_since.pop(key, None)
                    continue
                if not _waiting(conn):
                    self._busy_since.pop(key, None)
                    continue
                if now - self._busy_since.setdefault(key, now) >= PG_STALL_CHECK_S:
                    stalled.setdefault(_probe_key(probe), (probe, []))[1].append(key)
        for pkey, (probe, keys) in stalled.items():
            if now - self._last_probe.get(pkey, -PG_STALL_CHECK_S) < PG_STALL_CHECK_S:
                continue
            self._last_probe[pkey] = now
            if _server_answers(probe):
                self._dead_at.pop(pkey, None)
                continue
            with self._lock:
                for key in keys:
                    entry = self._conns.get(key)
                    conn = entry[0]() if entry is not None else None
                    if conn is not None and _waiting(conn):
                        log.warning(
                            "server %s:%s does not answer: cutting a waiting connection",
                            probe.get("host"),
                            probe.get("port"),
                        )
                        _cut(conn)
                        self.cuts += 1
                self._dead_at[pkey] = time.monotonic()


_stall_watch = StallWatch()


def stall_watch() -> StallWatch:
    return _stall_watch


def _probe_key(probe: dict) -> tuple:
    return (probe.get("host"), probe.get("port"), probe.get("dbname"), probe.get("user"))


def _waiting(conn: PgConnection) -> bool:
    """True while a psycopg connection waits for the server's answer to a command."""
    try:
        from psycopg import pq  # lazy: the PostgreSQL driver loads only for a server database

        return conn.pgconn.transaction_status == pq.TransactionStatus.ACTIVE
    except Exception:  # noqa: BLE001 - a closed or broken connection is not waiting
        return False


def _cut(conn: PgConnection) -> None:
    """Shut the connection's socket down under the thread blocked on it (it gets EOF)."""
    try:
        sock = socket.socket(fileno=conn.pgconn.socket)
    except Exception:  # noqa: BLE001 - already closed
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.detach()  # the descriptor stays libpq's to close


def _server_answers(probe: dict) -> bool:
    """Does the server answer a fresh connection's SELECT 1 within PG_PROBE_TIMEOUT_S?
    (The probe runs on its own thread: a server that accepts and then stalls is waited for
    no longer than that either.)"""
    answered = threading.Event()

    def run() -> None:
        try:
            import psycopg  # lazy: the PostgreSQL driver loads only for a server database

            with psycopg.connect(**probe, connect_timeout=PG_PROBE_TIMEOUT_S, autocommit=True) as conn:
                conn.execute("SELECT 1")
            answered.set()
        except Exception as exc:  # noqa: BLE001 - any failure means "does not answer"
            log.info("server probe failed: %s", exc)

    thread = threading.Thread(target=run, name="tdkt-server-probe", daemon=True)
    thread.start()
    thread.join(PG_PROBE_TIMEOUT_S + 0.5)
    return answered.is_set()


def _watch_stalls(engine: Engine) -> None:
    url = engine.url
    probe = {
        k: v
        for k, v in {
            "host": url.host,
            "port": url.port,
            "user": url.username,
            "password": url.password,
            "dbname": url.database,
        }.items()
        if v is not None
    }
    watch = _stall_watch
    event.listen(engine, "connect", lambda conn, _record: watch.add(conn, probe))
    event.listen(engine, "do_connect", lambda _dialect, _record, _cargs, _cparams: watch.refuse_if_dead(probe))
    for name in ("close", "detach"):
        event.listen(engine, name, lambda conn, _record: watch.remove(conn))
    event.listen(engine, "invalidate", lambda conn, _record, _exc: watch.remove(conn))
    event.listen(engine, "soft_invalidate", lambda conn, _record, _exc: watch.remove(conn))
    event.listen(engine, "close_detached", lambda conn: watch.remove(conn))
