"""Settings → Sao lưu & khôi phục; every save dialog goes through the output guard."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _agency(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT value FROM setting WHERE key='agency_name'").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def sqlite_db(org_db, on_postgres):
    if on_postgres:
        pytest.skip("the SQLite backups of a local file")
    return org_db


def test_lists_backups_and_backs_up_now(qtbot, sqlite_db):
    from ui.backup_box import BackupBox

    box = BackupBox(sqlite_db)
    qtbot.addWidget(box)
    assert box.table.rowCount() == 0
    written = []
    box.backup_now(then=written.append)
    out = written[0]
    assert out.exists()
    assert box.table.rowCount() == 1
    assert box.table.item(0, 1).text() == "Sao lưu thủ công"
    assert box.table.item(0, 2).text().endswith("KB")
    assert str(out) in box.status.text()


def test_restore_from_the_list(qtbot, sqlite_db, message_boxes):
    from app.services import settings as settings_service
    from ui.backup_box import BackupBox

    db_file = Path(sqlite_db.engine.url.database)
    box = BackupBox(sqlite_db)
    qtbot.addWidget(box)
    with sqlite_db.factory.begin() as s:
        values = settings_service.get_settings(s)
        import dataclasses

        settings_service.save_settings(s, values=dataclasses.replace(values, agency_name="Trước khi sao lưu"))
    box.backup_now()
    with sqlite_db.factory.begin() as s:
        values = settings_service.get_settings(s)
        settings_service.save_settings(s, values=dataclasses.replace(values, agency_name="Sau khi sao lưu"))
    box.table.selectRow(0)
    with qtbot.waitSignal(box.restored):
        box.ask_restore()  # the question is answered Yes by the fixture
    assert _agency(db_file) == "Trước khi sao lưu"
    reasons = [b.reason for b in box.backups()]
    assert "truoc-khoi-phuc" in reasons
    assert any("Đã khôi phục" in t for t in message_boxes.texts("information"))


def test_a_bad_file_is_refused_before_the_question(qtbot, sqlite_db, message_boxes, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from ui.backup_box import BackupBox

    empty = tmp_path / "rỗng.db"
    empty.write_bytes(b"")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(empty), ""))
    box = BackupBox(sqlite_db)
    qtbot.addWidget(box)
    with qtbot.assertNotEmitted(box.restored):
        box.ask_restore()
    assert message_boxes.texts("question") == []
    assert any("tệp rỗng" in t for t in message_boxes.texts("warning"))


def test_restore_refusal_is_shown_and_changes_nothing(qtbot, sqlite_db, message_boxes, tmp_path):
    from ui.backup_box import BackupBox

    db_file = Path(sqlite_db.engine.url.database)
    before = db_file.read_bytes()
    junk = tmp_path / "không phải.db"
    junk.write_bytes(b"x" * 4096)
    box = BackupBox(sqlite_db)
    qtbot.addWidget(box)
    with qtbot.assertNotEmitted(box.restored):
        box.restore(junk)
    assert any("không phải cơ sở dữ liệu SQLite" in t for t in message_boxes.texts("warning"))
    assert db_file.read_bytes() == before


def test_main_window_closes_after_a_restore(qtbot, main_window, on_postgres):
    if on_postgres:
        pytest.skip("SQLite")
    box = main_window.settings_screen.backup_box
    written = []
    box.backup_now(then=written.append)
    assert main_window.isVisible()
    with qtbot.waitSignal(box.restored):
        box.restore(written[0])
    assert not main_window.isVisible()


def test_server_database_offers_pg_dump(qtbot, org_db, on_postgres):
    if not on_postgres:
        pytest.skip("the office server")
    from ui.backup_box import BackupBox

    box = BackupBox(org_db)
    qtbot.addWidget(box)
    assert box.table.isHidden() and not box.restore_button.isEnabled()
    assert "pg_dump" in box.note.text()


def test_save_dialog_refuses_the_database_and_asks_again(qtbot, sqlite_db, monkeypatch, message_boxes, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from ui.widgets import ask_save_file_name

    db_file = Path(sqlite_db.engine.url.database)
    answers = iter([str(db_file), str(db_file.parent / "backups" / "x.xlsx"), str(tmp_path), str(tmp_path / "ok.xlsx")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(answers), "Excel (*.xlsx)"))
    path, _ = ask_save_file_name(None, "Lưu", "", "Excel (*.xlsx)")
    assert path == str(tmp_path / "ok.xlsx")
    warnings = message_boxes.texts("warning")
    assert len(warnings) == 3
    assert "đang mở" in warnings[0] and "thư mục sao lưu" in warnings[1] and "thư mục" in warnings[2]


def test_every_save_dialog_goes_through_the_guard():
    """Only the guarded helper (and the database picker of the connection form, which
    chooses the database itself) may call QFileDialog.getSaveFileName."""
    callers = []
    for path in (ROOT / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "getSaveFileName":
                callers.append(str(path.relative_to(ROOT)).replace("\\", "/"))
    assert sorted(callers) == ["ui/connection/form.py", "ui/widgets.py"]


def test_settings_screen_shows_the_box(qtbot, sqlite_db, tmp_path):
    from ui.settings_screen import SettingsScreen

    screen = SettingsScreen(sqlite_db)
    qtbot.addWidget(screen)
    screen.backup_box.backup_now()
    screen.resize(900, 1300)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.backup_box.table.rowCount() == 1
    assert screen.backup_box.isVisible() and screen.backup_box.restore_button.isEnabled()
    assert screen.grab().save(str(tmp_path / "cai-dat.png"))
