"""Fixtures of the GUI tests: the app with its font and translations, temp QSettings,
inline workers, message boxes that never block, and a small organisation."""

from __future__ import annotations

import datetime as _dt

import pytest

from app.rules.person import PersonInput, UnitInput
from app.services import org


@pytest.fixture(autouse=True)
def ui_settings_file(tmp_path):
    from ui.settings import use_settings_file

    path = tmp_path / "tdkt-settings.ini"
    use_settings_file(path)
    yield path
    use_settings_file(None)


@pytest.fixture(autouse=True)
def app(qapp, ui_settings_file):
    from ui import i18n
    from ui.app import create_app

    application = create_app(lang="vi")
    yield application
    i18n.install_language(application, "vi")


@pytest.fixture(autouse=True)
def export_options_default(monkeypatch):
    """The list-export options dialog accepts its defaults unless a test says otherwise (a
    modal exec() would wait forever offscreen)."""
    from PySide6.QtWidgets import QDialog

    from ui.nominations.nominations_screen import ExportOptionsDialog

    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)


@pytest.fixture(autouse=True)
def inline_workers(monkeypatch):
    """Workers run synchronously unless a test sets Worker.inline = False."""
    from ui.workers import Worker

    monkeypatch.setattr(Worker, "inline", True)


class MessageBoxes:
    """Records QMessageBox static calls instead of blocking."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.answer = None
        self.click: list[str] = []  # texts of the buttons to click in built boxes, in order

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.calls if kind is None or k == kind]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    boxes = MessageBoxes()

    def fake(kind, default):
        def call(parent, title, text, *args, **kwargs):
            boxes.calls.append((kind, title, text))
            return boxes.answer if boxes.answer is not None else default

        return call

    monkeypatch.setattr(QMessageBox, "warning", fake("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", fake("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", fake("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", fake("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "about", fake("about", None))

    def run_box(box):  # a built box (ui.errors.run_box): recorded; clicks boxes.click[0] if set
        texts = [b.text() for b in box.buttons()]
        kind = "saved" if any(t in ("Mở tệp", "Open file") for t in texts) else "box"
        boxes.calls.append((kind, box.windowTitle(), box.text()))
        if boxes.click:
            wanted = boxes.click.pop(0)
            for button in box.buttons():
                if button.text() == wanted:
                    return button
        return None

    import ui.errors

    monkeypatch.setattr(ui.errors, "run_box", run_box)

    def run_wizard(parent, db):  # the first-run setup: the clerk "fills it in" (recorded)
        boxes.calls.append(("first-run", "", ""))
        return True

    import ui.first_run

    monkeypatch.setattr(ui.first_run, "run_wizard", run_wizard)
    return boxes


PEOPLE = [
    # code, name, gender, birth year, unit code, position
    ("CB001", "Nguyễn Thị Hoa", "F", 1985, "SNV-TC", "Chuyên viên"),
    ("CB002", "Nguyễn Thị Lan", "F", 1990, "SNV-VP", "Chánh Văn phòng"),
    ("CB003", "Nguyễn Văn An", "M", 1978, "SNV", "Giám đốc"),
    ("CB004", "Trần Thị Bích", "F", 1992, "STC", "Chuyên viên"),
    ("CB005", "Lê Văn Tám", "M", 1969, "STC-NS", "Trưởng phòng"),
    ("CB006", "Đặng Đức Dũng", "M", 1980, "SNV-TC", "Phó Trưởng phòng"),
]


@pytest.fixture
def org_db(db):
    """`db` with a bloc, two agencies with departments, and six people."""
    ids: dict[str, int] = {}
    with db.factory.begin() as s:
        ids["KHOI"] = org.create_unit(s, data=UnitInput("KHOI", "Khối các sở, ngành", "KHOI"))
        ids["SNV"] = org.create_unit(s, data=UnitInput("SNV", "Sở Nội vụ", "CO_QUAN", ids["KHOI"]))
        ids["SNV-TC"] = org.create_unit(s, data=UnitInput("SNV-TC", "Phòng Tổ chức, biên chế", "DON_VI", ids["SNV"]))
        ids["SNV-VP"] = org.create_unit(s, data=UnitInput("SNV-VP", "Văn phòng Sở", "DON_VI", ids["SNV"]))
        ids["STC"] = org.create_unit(s, data=UnitInput("STC", "Sở Tài chính", "CO_QUAN", ids["KHOI"]))
        ids["STC-NS"] = org.create_unit(s, data=UnitInput("STC-NS", "Phòng Ngân sách", "DON_VI", ids["STC"]))
        for code, name, gender, year, unit, position in PEOPLE:
            ids[code] = org.create_person(
                s,
                data=PersonInput(
                    code=code,
                    full_name=name,
                    gender=gender,
                    unit_id=ids[unit],
                    birth_year=year,
                    position=position,
                    active_from=_dt.date(2010, 1, 1),
                ),
            )
    db.ids = ids
    return db


@pytest.fixture
def main_window(qtbot, org_db):
    from ui.app import build_main_window

    window = build_main_window(org_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def org_screen(qtbot, org_db):
    from ui.org.org_screen import OrgScreen

    screen = OrgScreen(org_db)
    qtbot.addWidget(screen)
    screen.resize(1100, 600)
    screen.show()
    screen.reload()
    return screen


def ime_type(widget, text: str) -> None:
    """Type `text` the way a Vietnamese input method (Unikey, EVKey, IBus) does: each
    word is first shown as pre-edit text, then committed as composed letters.
    (QTest.keyClicks only knows ASCII keys.)"""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    from app.rules.vntext import fold

    for i, word in enumerate(text.split(" ")):
        if i:
            commit = QInputMethodEvent()
            commit.setCommitString(" ")
            QCoreApplication.sendEvent(widget, commit)
        if not word:
            continue
        QCoreApplication.sendEvent(widget, QInputMethodEvent(fold(word), []))
        commit = QInputMethodEvent()
        commit.setCommitString(word)
        QCoreApplication.sendEvent(widget, commit)


@pytest.fixture(autouse=True)
def fresh_change_hub():
    """Each test gets its own change hub: screens left alive by an earlier test (held by a
    fixture or a closure) stay subscribed to the old hub and never react to this test's
    writes (in the program a deleted screen is disconnected by Qt)."""
    import ui.operations as operations

    operations._hub = None
    yield
    operations._hub = None
