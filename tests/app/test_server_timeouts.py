"""A PostgreSQL server that stops answering must not hang the program (issue 17 point 2)."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from sqlalchemy import text

from app.connection import check_connection
from app.db import PG_CONNECT_TIMEOUT_S, PG_LOCK_TIMEOUT_MS, PG_STATEMENT_TIMEOUT_MS, make_engine
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
        settings = dict(conn.execute(text(
            "SELECT name, setting FROM pg_settings WHERE name IN "
            "('statement_timeout', 'lock_timeout')")).all())
        params = conn.connection.dbapi_connection.info.get_parameters()
    assert settings == {"statement_timeout": str(PG_STATEMENT_TIMEOUT_MS),
                        "lock_timeout": str(PG_LOCK_TIMEOUT_MS)}
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
