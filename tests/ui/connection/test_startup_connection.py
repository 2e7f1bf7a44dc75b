"""Start-up without --db: first-run choice, passwords from the keyring or asked, wrong
password asked again, unreachable server, and no password in the settings file."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from app.connection import ServerSettings
from app.database import open_database as real_open_database
from app.errors import DatabaseError
from ui.connection import startup
from ui.connection.dialog import ConnectionDialog, PasswordDialog, store_choice
from ui.settings import ConnectionChoice, UiSettings

SERVER = ConnectionChoice(mode="server", host="192.0.2.5", port=5432, database="tdkt", user="thuky")


@pytest.fixture
def keyring(monkeypatch):
    """An in-memory keyring behind app.connection's save/load (None = no keyring)."""
    store: dict[str, str] = {}
    state = {"available": True}

    def save(server, password):
        if not state["available"]:
            return False
        store[server.keyring_user] = password
        return True

    def load(server):
        return store.get(server.keyring_user) if state["available"] else None

    monkeypatch.setattr(startup.connection_service, "save_password", save)
    monkeypatch.setattr(startup.connection_service, "load_password", load)
    return store, state


@pytest.fixture
def fake_server(monkeypatch, tmp_path):
    """open_database that accepts the server URL only with password 'dung', backed by a
    real SQLite file, and records the passwords tried."""
    tried: list[str | None] = []
    local = tmp_path / "server-stand-in.db"

    def fake_open(target):
        target = str(target)
        if not target.startswith("postgresql"):
            return real_open_database(target)
        from sqlalchemy.engine import make_url

        password = make_url(target).password
        tried.append(password)
        if password != "dung":
            raise DatabaseError(
                url="postgresql://thuky@192.0.2.5/tdkt",
                detail="Sai tên đăng nhập hoặc mật khẩu máy chủ. Hãy kiểm tra lại mật khẩu.",
            )
        return real_open_database(local)

    monkeypatch.setattr(startup, "open_database", fake_open)
    return tried


def _answer_password_dialog(monkeypatch, answers):
    """PasswordDialog.exec answers with the next password of `answers` (None = cancel)."""
    seen_errors: list[str] = []

    def exec_(self):
        seen_errors.append(self.error.text())
        answer = answers.pop(0)
        if answer is None:
            return QDialog.DialogCode.Rejected
        self.password_edit.setText(answer)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PasswordDialog, "exec", exec_)
    return seen_errors


def test_first_run_local_choice_is_stored_and_opened(monkeypatch, tmp_path):
    path = tmp_path / "Dữ liệu của tôi" / "tdkt.db"

    def exec_(self):
        assert self.first_run
        self.form.set_choice(ConnectionChoice(mode="local", path=str(path)))
        self._on_accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConnectionDialog, "exec", exec_)
    db, code = startup.open_at_start()
    assert code == 0 and db is not None
    db.close()
    assert path.exists()
    assert UiSettings().connection == ConnectionChoice(mode="local", path=str(path))


def test_first_run_cancel_quits_quietly(monkeypatch):
    monkeypatch.setattr(ConnectionDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert startup.open_at_start() == (None, 0)
    assert UiSettings().connection is None


def test_server_password_from_keyring(keyring, fake_server, monkeypatch):
    store, _ = keyring
    UiSettings().connection = SERVER
    store[SERVER.server_settings().keyring_user] = "dung"
    monkeypatch.setattr(PasswordDialog, "exec", lambda self: pytest.fail("must not ask"))
    db, code = startup.open_at_start()
    assert code == 0 and db is not None
    db.close()
    assert fake_server == ["dung"]


def test_no_keyring_asks_and_wrong_password_is_asked_again(keyring, fake_server, monkeypatch):
    _, state = keyring
    state["available"] = False
    UiSettings().connection = SERVER
    errors = _answer_password_dialog(monkeypatch, ["sai", "dung"])
    db, code = startup.open_at_start()
    assert code == 0 and db is not None
    db.close()
    assert fake_server == ["sai", "dung"]
    assert errors[0] == "" and "Sai tên đăng nhập hoặc mật khẩu" in errors[1]


def test_cancel_password_quits(keyring, fake_server, monkeypatch):
    UiSettings().connection = SERVER
    _answer_password_dialog(monkeypatch, [None])
    assert startup.open_at_start() == (None, 0)


def test_unreachable_server_offers_retry_change_quit(keyring, monkeypatch, tmp_path):
    store, _ = keyring
    UiSettings().connection = SERVER
    store[SERVER.server_settings().keyring_user] = "bí-mật"
    calls = {"n": 0}

    def unreachable(target):
        calls["n"] += 1
        raise DatabaseError(
            url="postgresql://thuky:***@192.0.2.5/tdkt",
            detail="Không kết nối được tới máy chủ. Hãy kiểm tra máy chủ đã bật.",
        )

    monkeypatch.setattr(startup, "open_database", unreachable)
    answers = [startup.RETRY, startup.QUIT]
    shown: list[str] = []

    def ask(parent, message):
        shown.append(message)
        return answers.pop(0)

    monkeypatch.setattr(startup, "ask_after_failure", ask)
    assert startup.open_at_start() == (None, 2)
    assert calls["n"] == 2
    assert all("Không kết nối được tới máy chủ" in m and "bí-mật" not in m for m in shown)


def test_unreachable_then_change_to_local(keyring, monkeypatch, tmp_path):
    UiSettings().connection = SERVER
    keyring[0][SERVER.server_settings().keyring_user] = "x"
    local = tmp_path / "may-nay.db"

    def fake_open(target):
        if str(target).startswith("postgresql"):
            raise DatabaseError(url="postgresql://…", detail="Không kết nối được tới máy chủ.")
        return real_open_database(target)

    monkeypatch.setattr(startup, "open_database", fake_open)
    monkeypatch.setattr(startup, "ask_after_failure", lambda parent, message: startup.CHANGE)
    monkeypatch.setattr(
        startup,
        "choose_connection",
        lambda parent, choice, first_run: (ConnectionChoice(mode="local", path=str(local)), None),
    )
    db, code = startup.open_at_start()
    assert code == 0 and db is not None
    db.close()
    assert local.exists()


def test_password_never_written_to_settings_file(keyring, ui_settings_file):
    _, state = keyring
    state["available"] = False  # no keyring: the password must not fall back to the file
    store_choice(None, SERVER, "mật-khẩu-bí-mật-123")
    UiSettings().sync()
    text = ui_settings_file.read_text(encoding="utf-8", errors="replace")
    assert "192.0.2.5" in text
    assert "bí-mật" not in text and "123" not in text


def test_remembered_password_goes_to_keyring(keyring):
    store, _ = keyring
    store_choice(None, SERVER, "dung")
    assert store == {ServerSettings("192.0.2.5", "tdkt", "thuky", 5432).keyring_user: "dung"}


def test_typed_password_is_remembered_only_once_it_worked(keyring, fake_server, monkeypatch):
    store, state = keyring
    UiSettings().connection = SERVER
    _answer_password_dialog(monkeypatch, ["sai", None])  # wrong, then the user quits
    assert startup.open_at_start() == (None, 0)
    assert store == {}
    _answer_password_dialog(monkeypatch, ["dung"])
    db, code = startup.open_at_start()
    db.close()
    assert store == {SERVER.server_settings().keyring_user: "dung"}
