"""ConnectionForm (connection test), ConnectionDialog (what is stored where), the copy
dialog's cancel / refusal / PostgreSQL paths, and the Tệp menu and Settings entries.
Start-up flows: test_startup_connection.py; copy basics: test_copy_dialog.py."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

import app.connection
from app.errors import DatabaseError
from ui.connection.dialog import ConnectionDialog, ConnectionSettingsBox
from ui.connection.form import ConnectionForm
from ui.settings import ConnectionChoice, UiSettings

SECRET = "pw-S3cret-4711"
PG_URL = os.environ.get("TDKT_TEST_DATABASE_URL", "")


@pytest.fixture
def keyring(monkeypatch):
    """A fake OS keyring: records save_password calls; `available = False` = no keyring."""

    class Keyring:
        available = True
        store: dict[str, str] = {}
        saved: list[tuple[str, str]] = []

    kr = Keyring()
    kr.store, kr.saved = {}, []

    def save(server, password):
        if not kr.available:
            return False
        kr.saved.append((server.keyring_user, password))
        kr.store[server.keyring_user] = password
        return True

    def load(server):
        return kr.store.get(server.keyring_user) if kr.available else None

    monkeypatch.setattr(app.connection, "save_password", save)
    monkeypatch.setattr(app.connection, "load_password", load)
    return kr


def fill_server(
    form: ConnectionForm,
    *,
    host="192.168.1.10",
    port=5433,
    database="tdkt",
    user="vanthu",
    password=SECRET,
    remember=True,
) -> None:
    form.set_mode("server")
    form.host.setText(host)
    form.port.setValue(port)
    form.database.setText(database)
    form.user.setText(user)
    form.password_edit.setText(password)
    form.remember.setChecked(remember)


# ------------------------------------------------------------------ dialog
def test_server_mode_with_remember_stores_fields_in_settings_and_password_in_keyring(
    qtbot, keyring, ui_settings_file, message_boxes
):
    dialog = ConnectionDialog(first_run=True)
    qtbot.addWidget(dialog)
    assert dialog.form.mode() == "local"
    fill_server(dialog.form)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ConnectionDialog.DialogCode.Accepted
    assert UiSettings().connection == ConnectionChoice(
        mode="server",
        path=dialog.choice().path,
        host="192.168.1.10",
        port=5433,
        database="tdkt",
        user="vanthu",
        remember_password=True,
    )
    assert keyring.saved == [("vanthu@192.168.1.10:5433/tdkt", SECRET)]
    UiSettings().sync()
    text = ui_settings_file.read_text(encoding="utf-8")
    assert "192.168.1.10" in text and "vanthu" in text and "5433" in text
    assert SECRET not in text
    assert "password=" not in text.lower().replace("remember_password", "")
    assert message_boxes.calls == []


def test_without_keyring_the_password_is_not_stored_and_the_user_is_told(
    qtbot, keyring, ui_settings_file, message_boxes
):
    keyring.available = False
    dialog = ConnectionDialog(first_run=True)
    qtbot.addWidget(dialog)
    fill_server(dialog.form)
    dialog.ok_button.click()
    assert dialog.result() == ConnectionDialog.DialogCode.Accepted
    (text,) = message_boxes.texts("information")
    assert "hỏi mật khẩu mỗi lần mở" in text
    UiSettings().sync()
    assert SECRET not in ui_settings_file.read_text(encoding="utf-8")
    assert UiSettings().connection.mode == "server"


def test_not_remembering_forgets_a_stored_password(qtbot, keyring):
    keyring.store["vanthu@192.168.1.10:5433/tdkt"] = "old"
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    fill_server(dialog.form, remember=False)
    dialog.ok_button.click()
    assert not app.connection.load_password(UiSettings().connection.server_settings())
    assert UiSettings().connection.remember_password is False


def test_missing_server_fields_are_shown_inline_and_nothing_is_stored(qtbot, keyring):
    dialog = ConnectionDialog(first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_server(dialog.form, host="", user="")
    dialog.ok_button.click()
    assert dialog.result() != ConnectionDialog.DialogCode.Accepted
    assert dialog.form.host_box.error.text() == "bắt buộc"
    assert dialog.form.user_box.error.isVisible()
    assert not dialog.form.database_box.error.isVisible()
    assert UiSettings().connection is None
    assert keyring.saved == []


def test_local_mode_stores_the_path(qtbot, tmp_path, keyring):
    dialog = ConnectionDialog(first_run=True)
    qtbot.addWidget(dialog)
    dialog.form.path.setText(str(tmp_path / "Dữ liệu TĐKT" / "tdkt.db"))
    dialog.ok_button.click()
    assert UiSettings().connection == ConnectionChoice(mode="local", path=str(tmp_path / "Dữ liệu TĐKT" / "tdkt.db"))
    assert keyring.saved == []


# ------------------------------------------------------------------ connection test
def test_connection_test_success_shows_the_server_version(qtbot, monkeypatch):
    seen = []

    def check(url):
        seen.append(url)
        return "PostgreSQL 16.2 (Debian 16.2-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc 12.2.0, 64-bit"

    monkeypatch.setattr(app.connection, "check_connection", check)
    form = ConnectionForm()
    qtbot.addWidget(form)
    fill_server(form)
    with qtbot.waitSignal(form.test_finished) as blocker:
        qtbot.mouseClick(form.test_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] is True
    assert form.test_result.text() == "Kết nối được. Máy chủ: PostgreSQL 16.2"
    assert form.test_result.toolTip().startswith("PostgreSQL 16.2 (Debian 16.2-1.pgdg120+2) on x86_64")
    assert seen == ["postgresql+psycopg://vanthu:" + SECRET + "@192.168.1.10:5433/tdkt"]
    assert form.test_button.isEnabled()
    form.host.setText("10.0.0.1")
    assert form.test_result.text() == ""  # an edit invalidates the last result


def test_connection_test_failure_shows_the_vietnamese_reason_without_the_password(qtbot, monkeypatch):
    def check(url):
        raise DatabaseError(
            url="postgresql+psycopg://vanthu:***@192.168.1.10:5433/tdkt",
            detail=app.connection.explain_connect_error(
                Exception('FATAL: password authentication failed for user "vanthu"')
            ),
        )

    monkeypatch.setattr(app.connection, "check_connection", check)
    form = ConnectionForm()
    qtbot.addWidget(form)
    fill_server(form)
    form.test_connection()
    assert form.test_result.text() == (
        "Không kết nối được: Sai tên đăng nhập hoặc mật khẩu máy chủ. Hãy kiểm tra lại mật khẩu."
    )
    assert SECRET not in form.test_result.text() + form.test_result.toolTip()


def test_connection_test_against_a_closed_port_in_a_real_thread(qtbot):
    """No mock: psycopg gets 'connection refused' and the user reads why, in Vietnamese."""
    import socket

    from ui.workers import Worker

    Worker.inline = False
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again when the block ends: nobody listens
    form = ConnectionForm()
    qtbot.addWidget(form)
    fill_server(form, host="127.0.0.1", port=port)
    with qtbot.waitSignal(form.test_finished, timeout=15000) as blocker:
        form.test_connection()
        assert not form.test_button.isEnabled()
        assert form.test_result.text() == "Đang kết nối…"
    assert blocker.args[0] is False
    assert "Không kết nối được tới máy chủ" in form.test_result.text()
    assert SECRET not in form.test_result.text()


# ------------------------------------------------------------------ copy dialog
# (copy, refusal of a non-empty target, overwrite, switch: tests/ui/connection/test_copy_dialog.py)
def _make_source(path):
    from app.database import open_database
    from app.rules.person import PersonInput, UnitInput
    from app.services import org

    db = open_database(path)
    with db.factory.begin() as s:
        uid = org.create_unit(s, data=UnitInput("SNV", "Sở Nội vụ", "CO_QUAN"))
        for i, name in enumerate(("Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Tám")):
            org.create_person(s, data=PersonInput(f"CB00{i}", name, "M", uid, birth_year=1980 + i))
    db.close()


def _counts(target):
    from app.database import open_database
    from app.services.info import database_counts

    db = open_database(target)
    try:
        with db.factory() as s:
            return database_counts(s)
    finally:
        db.close()


def test_copy_dialog_answering_no_keeps_overwrite_from_running(qtbot, tmp_path, message_boxes):
    from PySide6.QtWidgets import QMessageBox

    from ui.connection.copy_dialog import CopyToServerDialog

    source, target = tmp_path / "a.db", tmp_path / "b.db"
    _make_source(source)
    dialog = CopyToServerDialog(source=source)
    qtbot.addWidget(dialog)
    dialog.target.set_mode("local")
    dialog.target.path.setText(str(target))
    dialog.overwrite.setChecked(True)
    message_boxes.answer = QMessageBox.StandardButton.No
    dialog.start()
    assert not target.exists()


def test_copy_can_be_cancelled_and_keeps_nothing(qtbot, tmp_path, message_boxes):
    from ui.connection.copy_dialog import copy_task

    source, target = tmp_path / "a.db", tmp_path / "b.db"
    _make_source(source)
    from app.errors import Cancelled

    task = copy_task(str(source), str(target), False)
    calls = []
    with pytest.raises(Cancelled):
        task(lambda d, t: calls.append(d), lambda: bool(calls))
    assert _counts(target)["people"] == 0


@pytest.mark.skipif(not PG_URL, reason="TDKT_TEST_DATABASE_URL not set (GUI tests run on SQLite in CI)")
def test_copy_dialog_copies_to_postgresql(qtbot, tmp_path, message_boxes, keyring):
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from ui.connection.copy_dialog import CopyToServerDialog

    url = make_url(PG_URL)
    name = f"tdkt_gui_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        source = tmp_path / "a.db"
        _make_source(source)
        dialog = CopyToServerDialog(source=source)
        qtbot.addWidget(dialog)
        fill_server(
            dialog.target,
            host=url.host,
            port=url.port or 5432,
            database=name,
            user=url.username,
            password=url.password or "",
        )
        with qtbot.waitSignal(dialog.copied):
            dialog.start()
        assert _counts(url.set(database=name).render_as_string(hide_password=False))["people"] == 3
        assert UiSettings().connection.mode == "server"
        assert keyring.saved == [(f"{url.username}@{url.host}:{url.port}/{name}", url.password)]
        dialog.start()
        assert "đã có dữ liệu" in message_boxes.texts("warning")[0]
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.dispose()


# ------------------------------------------------------------------ menu and settings
def test_file_menu_has_the_connection_entries(qtbot, main_window, monkeypatch, message_boxes):
    from ui.connection.copy_dialog import CopyToServerDialog

    texts = [a.text() for a in main_window.menuBar().actions()[0].menu().actions()]
    assert "&Kết nối cơ sở dữ liệu…" in texts and "&Chuyển dữ liệu lên máy chủ…" in texts
    opened = []
    monkeypatch.setattr(CopyToServerDialog, "exec", lambda self: opened.append(self.source.text()) or 0)
    main_window.copy_to_server_action.trigger()
    assert opened == [main_window.db.url.removeprefix("sqlite:///")]

    shown = []

    def fake_exec(self):
        shown.append(self.choice())
        self.form.set_mode("server")
        fill_server(self.form, remember=False)
        self._on_accept()
        return self.result()

    monkeypatch.setattr(ConnectionDialog, "exec", fake_exec)
    main_window.connection_action.trigger()
    assert shown[0].mode == "local" and shown[0].path == opened[0]  # prefilled from the open database
    assert UiSettings().connection.host == "192.168.1.10"
    assert message_boxes.texts("information") == ["Đã lưu kết nối mới. Thay đổi có hiệu lực khi mở lại chương trình."]


def test_settings_screen_changes_the_connection_for_the_next_start(qtbot, org_db, monkeypatch, keyring):
    from ui.settings_screen import SettingsScreen

    screen = SettingsScreen(org_db)
    qtbot.addWidget(screen)
    box = screen.findChild(ConnectionSettingsBox)
    assert box is screen.connection_box
    assert box.current.text().startswith("Đang dùng: ")
    assert "khi mở lại chương trình" in box.note.text()
    monkeypatch.setattr(ConnectionDialog, "exec", lambda self: self.reject() or self.result())
    box.change_button.click()
    assert UiSettings().connection is None

    def accept(self):
        fill_server(self.form)
        self._on_accept()
        return self.result()

    monkeypatch.setattr(ConnectionDialog, "exec", accept)
    box.change_button.click()
    assert UiSettings().connection.mode == "server"
    assert box.note.text() == "Đã lưu kết nối mới; hãy đóng và mở lại chương trình để dùng."
