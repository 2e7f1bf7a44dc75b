import sys

from ui.__main__ import main


def test_version_prints_and_exits_without_a_window(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == "TĐKT Desk 0.1.0"


def test_self_check_builds_the_main_window(capsys, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert main(["--self-check"]) == 0
    out = capsys.readouterr().out
    assert "self-check OK" in out
    assert "startup_ms=" in out


def test_database_that_cannot_be_opened_is_a_vietnamese_message(tmp_path, message_boxes, monkeypatch):
    import app.paths

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app.paths, "logs_dir", lambda: tmp_path)
    not_a_db = tmp_path / "hỏng.db"
    not_a_db.write_bytes(b"this is not a SQLite file" * 100)
    assert main(["--db", str(not_a_db)]) == 2
    (text,) = message_boxes.texts("warning")
    assert "Không mở được cơ sở dữ liệu" in text or "cơ sở dữ liệu" in text


def test_demo_generates_data_in_a_worker_then_opens(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    import app.paths
    from app.services.info import database_counts

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app.paths, "logs_dir", lambda: tmp_path)
    monkeypatch.setattr(app.paths, "demo_db_path", lambda: tmp_path / "demo.db")
    import app.services.demo as demo

    real = demo.generate_demo
    monkeypatch.setattr(demo, "generate_demo", lambda session, **kw: real(session, people=40, **kw))
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    assert main(["--demo"]) == 0
    from app.database import open_database

    db = open_database(tmp_path / "demo.db")
    with db.factory() as s:
        assert database_counts(s)["people"] == 40
    db.close()
    for w in QApplication.topLevelWidgets():
        if w.objectName() == "MainWindow":
            qtbot.addWidget(w)
