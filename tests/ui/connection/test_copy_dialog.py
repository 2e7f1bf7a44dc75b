"""Tệp → Chuyển dữ liệu lên máy chủ: copy a SQLite file to another database from the GUI
(SQLite → SQLite here; the PostgreSQL path is the same service, tested in tests/app)."""

from __future__ import annotations

import pytest

from app.database import open_database
from app.rules.person import PersonInput, UnitInput
from app.services import org
from app.services.info import database_counts
from ui.connection.copy_dialog import CopyToServerDialog
from ui.settings import ConnectionChoice, UiSettings


@pytest.fixture
def source_file(tmp_path):
    path = tmp_path / "dữ liệu cũ.db"
    db = open_database(path)
    with db.factory.begin() as s:
        unit = org.create_unit(s, data=UnitInput("BTC", "Ban Tổ chức Trung ương", "CO_QUAN"))
        for i, name in enumerate(["Nguyễn Thị Hoa", "Trần Văn Bình", "Lê Thị Lan"]):
            org.create_person(s, data=PersonInput(f"CB{i}", name, "F", unit))
    db.close()
    return path


def _dialog(qtbot, source, target):
    dialog = CopyToServerDialog(source=source)
    qtbot.addWidget(dialog)
    dialog.target.set_choice(ConnectionChoice(mode="local", path=str(target)))
    return dialog


def _people(path):
    db = open_database(path)
    try:
        with db.factory() as s:
            return database_counts(s)["people"]
    finally:
        db.close()


def test_copy_then_switch_this_pc(qtbot, source_file, tmp_path, message_boxes):
    target = tmp_path / "máy chủ giả.db"
    dialog = _dialog(qtbot, source_file, target)
    message_boxes.answer = None  # question → Yes: use the copy from the next start
    dialog.start()
    assert "khớp" in dialog.summary
    assert _people(target) == 3
    assert UiSettings().connection == ConnectionChoice(mode="local", path=str(target))


def test_non_empty_target_refused_without_overwrite(qtbot, source_file, tmp_path, message_boxes):
    target = tmp_path / "đích.db"
    _dialog(qtbot, source_file, target).start()
    assert _people(target) == 3
    message_boxes.calls.clear()
    second = _dialog(qtbot, source_file, target)
    second.start()
    assert second.summary == ""
    assert any("đã có dữ liệu" in t for t in message_boxes.texts("warning"))
    assert "không bị thay đổi" in second.result_label.text()
    second.overwrite.setChecked(True)
    assert second.overwrite_warning.isVisibleTo(second)
    second.start()  # question answered Yes (default of the fake)
    assert "khớp" in second.summary and _people(target) == 3


def test_missing_source_and_same_file_are_refused_inline(qtbot, source_file, tmp_path):
    dialog = _dialog(qtbot, tmp_path / "không có.db", tmp_path / "x.db")
    assert not dialog.validate()
    same = _dialog(qtbot, source_file, source_file)
    assert not same.validate()
