"""A PostgreSQL server that stops answering must not hang the program (issue 17 point 2)."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from sqlalchemy import text

from app.connection import check_connection
from app.db import (
    PG_CONNECT_TIMEOUT_S,
    PG_LOCK_TIMEOUT_MS,
    PG_STATEMENT_TIMEOUT_MS,
    make_engine,
)
from app.errors import DatabaseError
from tests.conftest import PG_URL


@pytest.fixture
def silent_server():
    """A TCP port that accepts connections and never says a word."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept_loop() -> None:
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
                accepted.append(conn)
            except OSError:
                continue

    thread = threading.Thread(target=accept_loop, daemon=True)
    thread.start()
    yield srv.getsockname()[1]
    stop.set()
    thread.join(2)
    for conn in accepted:
        conn.close()
    srv.close()


def test_a_server_that_never_answers_fails_within_the_connect_timeout(silent_server):
    url = f"postgresql+psycopg://tdkt:pw@127.0.0.1:{silent_server}/tdkt"
    start = time.monotonic()
    with pytest.raises(DatabaseError) as info:
        check_connection(url)
    elapsed = time.monotonic() - start
    assert elapsed < PG_CONNECT_TIMEOUT_S + 3
    assert "Không kết nối được" in info.value.message()


def test_engine_connect_to_a_silent_server_gives_up(silent_server):
    engine = make_engine(f"postgresql+psycopg://tdkt:pw@127.0.0.1:{silent_server}/tdkt")
    start = time.monotonic()
    with pytest.raises(Exception):
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    assert time.monotonic() - start < PG_CONNECT_TIMEOUT_S + 3
    engine.dispose()


@pytest.mark.skipif(not PG_URL, reason="needs the PostgreSQL pass")
def test_every_session_bounds_statements_and_lock_waits(db_url):
    engine = make_engine(db_url)
    with engine.connect() as conn:
        settings = dict(
            conn.execute(
                text("SELECT name, setting FROM pg_settings WHERE name IN ('statement_timeout', 'lock_timeout')")
            ).all()
        )
        params = conn.connection.dbapi_connection.info.get_parameters()
    assert settings == {"statement_timeout": str(PG_STATEMENT_TIMEOUT_MS), "lock_timeout": str(PG_LOCK_TIMEOUT_MS)}
    assert params.get("tcp_user_timeout") == "20000" and params.get("keepalives") == "1"
    assert engine.pool._pre_ping
    engine.dispose()


class PausableProxy:
    """A TCP proxy in front of the test PostgreSQL server with a switch: `pause()` keeps
    every socket open but forwards nothing (like a server whose process or VM is frozen:
    its kernel still acknowledges TCP), `resume()` forwards again, bytes held meanwhile
    included."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.port = self.server.getsockname()[1]
        self.flowing = threading.Event()
        self.flowing.set()
        self.stopped = threading.Event()
        self.sockets: list[socket.socket] = []
        threading.Thread(target=self._accept_loop, daemon=True).start()

    def pause(self) -> None:
        self.flowing.clear()

    def resume(self) -> None:
        self.flowing.set()

    def url(self, pg_url: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(pg_url).set(host="127.0.0.1", port=self.port).render_as_string(hide_password=False)

    def _accept_loop(self) -> None:
        self.server.settimeout(0.2)
        while not self.stopped.is_set():
            try:
                client, _ = self.server.accept()
            except OSError:
                continue
            # While paused a new connection is accepted (the kernel would) and then hangs.
            self.flowing.wait()
            if self.stopped.is_set():
                client.close()
                return
            upstream = socket.create_connection(self.target)
            self.sockets += [client, upstream]
            threading.Thread(target=self._pipe, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                self.flowing.wait()
                if self.stopped.is_set():
                    break
                dst.sendall(data)
        except OSError:
            pass
        for sock in (src, dst):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def close(self) -> None:
        self.stopped.set()
        self.flowing.set()
        self.server.close()
        for sock in self.sockets:
            try:
                sock.close()
            except OSError:
                pass


@pytest.fixture
def paused_proxy():
    from sqlalchemy.engine import make_url

    target = make_url(PG_URL)
    proxy = PausableProxy(target.host or "127.0.0.1", target.port or 5432)
    yield proxy
    proxy.close()


# -- classifying the driver's errors (no server needed) ------------------------------------


def _wrapped(orig, *, invalidated=False):
    from sqlalchemy.exc import OperationalError

    return OperationalError("SELECT 1", {}, orig, connection_invalidated=invalidated)


def test_timeouts_and_lost_connections_become_server_unavailable():
    import psycopg
    from psycopg import errors as pg_errors

    from app.db import server_unavailable
    from app.errors import ServerUnavailable

    lock = server_unavailable(_wrapped(pg_errors.LockNotAvailable("canceling statement due to lock timeout")))
    timeout = server_unavailable(_wrapped(pg_errors.QueryCanceled("canceling statement due to statement timeout")))
    lost = server_unavailable(
        _wrapped(
            psycopg.OperationalError("consuming input failed: server closed the connection unexpectedly"),
            invalidated=True,
        )
    )
    refused = server_unavailable(_wrapped(psycopg.OperationalError("connection failed: connection refused")))
    committing = server_unavailable(
        _wrapped(
            psycopg.OperationalError("consuming input failed: server closed the connection unexpectedly"),
            invalidated=True,
        ),
        may_have_written=True,
    )
    assert [e.reason for e in (lock, timeout, lost, refused)] == ["lock", "timeout", "lost", "lost"]
    assert all(isinstance(e, ServerUnavailable) and not e.may_have_written for e in (lock, timeout, lost, refused))
    assert "không có gì thay đổi" in lost.message() and "Thử lại" in lost.message()
    assert committing.may_have_written and "kiểm tra lại trước khi làm lại" in committing.message()
    assert "không có gì thay đổi" not in committing.message()
    # Not about the server: a constraint, SQLite's own errors, a plain bug.
    assert server_unavailable(_wrapped(pg_errors.UniqueViolation("duplicate key"))) is None
    import sqlite3

    assert server_unavailable(_wrapped(sqlite3.OperationalError("database is locked"))) is None
    assert server_unavailable(ValueError("x")) is None


# -- a server paused mid-session (the PostgreSQL pass) -------------------------------------

needs_pg = pytest.mark.skipif(not PG_URL, reason="needs the PostgreSQL pass")


def _pause_limit() -> float:
    """Stall check + probe + the watch's sampling, with room for a loaded CI machine."""
    from app.db import PG_PROBE_TIMEOUT_S, PG_STALL_CHECK_S

    return PG_STALL_CHECK_S + PG_PROBE_TIMEOUT_S + 3


def _raises_within(limit_s: float, fn, proxy: PausableProxy) -> tuple[BaseException, float]:
    """(the exception fn raised, seconds it took); fails the test, instead of hanging it,
    when fn is still blocked after limit_s (the proxy is resumed to free it)."""
    outcome: dict = {}

    def run() -> None:
        start = time.monotonic()
        try:
            fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome["exc"] = exc
        outcome["elapsed"] = time.monotonic() - start

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(limit_s)
    if thread.is_alive():
        proxy.resume()
        thread.join(30)
        pytest.fail(f"still waiting on the paused server after {limit_s:.0f} s")
    assert "exc" in outcome, "the statement succeeded against a paused server"
    return outcome["exc"], outcome["elapsed"]


@needs_pg
def test_a_paused_server_is_cut_after_the_probe_and_the_pool_reconnects(paused_proxy):
    from app.db import server_unavailable

    engine = make_engine(paused_proxy.url(PG_URL))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT 1")).scalar() == 1  # an idle pooled connection now
    paused_proxy.pause()

    def query() -> None:
        with engine.connect() as conn:  # pool_pre_ping on the pooled connection hangs: cut
            conn.execute(text("SELECT 2"))

    exc, _ = _raises_within(_pause_limit(), query, paused_proxy)
    classified = server_unavailable(exc)
    assert classified is not None and classified.reason == "lost", exc
    time.sleep(1.1)  # a person reads the box before pressing Thử lại
    paused_proxy.resume()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT 3")).scalar() == 3
    engine.dispose()


@needs_pg
def test_a_server_paused_inside_a_transaction_cuts_the_statement(paused_proxy):
    from app.db import server_unavailable

    engine = make_engine(paused_proxy.url(PG_URL))
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        paused_proxy.pause()
        exc, _ = _raises_within(_pause_limit(), lambda: conn.execute(text("SELECT 2")), paused_proxy)
    assert server_unavailable(exc) is not None, exc
    paused_proxy.resume()
    time.sleep(1.1)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT 4")).scalar() == 4
    engine.dispose()


@needs_pg
def test_a_slow_query_on_a_live_server_is_left_alone(paused_proxy):
    from app.db import PG_STALL_CHECK_S, stall_watch

    engine = make_engine(paused_proxy.url(PG_URL))
    cuts = stall_watch().cuts
    with engine.connect() as conn:
        assert conn.execute(text(f"SELECT pg_sleep({PG_STALL_CHECK_S + 1.5}), 5")).all()[0][1] == 5
    assert stall_watch().cuts == cuts
    engine.dispose()


@needs_pg
def test_statement_and_lock_timeouts_are_classified(db_url):
    from app.db import server_unavailable

    engine = make_engine(db_url)
    with engine.connect() as conn:
        conn.execute(text("SET statement_timeout = 50"))
        with pytest.raises(Exception) as info:
            conn.execute(text("SELECT pg_sleep(2)"))
    assert server_unavailable(info.value).reason == "timeout"
    with engine.connect() as holder, engine.connect() as waiter:
        holder.execute(text("CREATE TABLE lock_probe (id int)"))
        holder.commit()
        holder.execute(text("LOCK TABLE lock_probe IN ACCESS EXCLUSIVE MODE"))
        waiter.execute(text("SET lock_timeout = 50"))
        with pytest.raises(Exception) as info:
            waiter.execute(text("SELECT * FROM lock_probe"))
    assert server_unavailable(info.value).reason == "lock"
    engine.dispose()
