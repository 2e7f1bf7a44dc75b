"""GUI of issue 12: login at start, the first admin, password change, the accounts dialog,
"Nhật ký thay đổi", "Lịch sử thay đổi…" and the red integrity banner."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.services import accounts, audit
from ui.settings import UiSettings

PW = "mật-khẩu-1"


@pytest.fixture(autouse=True)
def _no_process_actor():
    yield
    audit.set_process_actor(None)


def _with_admin(db):
    with db.factory.begin() as s:
        accounts.create_account(s, login="QuanTri", password=PW, role="admin", full_name="Nguyễn Văn Quản")
    db.accounts_exist()


def test_login_dialog_refuses_a_wrong_password_then_logs_in_and_remembers_the_name(qtbot, org_db):
    from ui.accounts.login import LAST_LOGIN_KEY, LoginDialog

    _with_admin(org_db)
    dialog = LoginDialog(org_db)
    qtbot.addWidget(dialog)
    dialog.login_edit.setText("quantri")
    dialog.password_edit.setText("sai mật khẩu")
    dialog.try_login()
    assert dialog.result() == 0 and not dialog.error_label.isHidden()
    assert "Sai tên đăng nhập hoặc mật khẩu" in dialog.error_label.text()
    assert dialog.password_edit.text() == ""
    dialog.password_edit.setText(PW)
    dialog.try_login()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert org_db.actor.login == "QuanTri"
    assert UiSettings().value(LAST_LOGIN_KEY) == "QuanTri"
    assert PW not in Path(UiSettings()._q.fileName()).read_text(encoding="utf-8")
    again = LoginDialog(org_db)
    qtbot.addWidget(again)
    assert again.login_edit.text() == "QuanTri"


def test_no_login_on_a_file_without_accounts(org_db):
    from ui.accounts.login import ensure_login

    assert ensure_login(org_db) is True and org_db.actor is None


def test_first_admin_dialog_creates_and_logs_in(qtbot, org_db):
    from ui.accounts.login import NewAccountDialog

    dialog = NewAccountDialog(org_db, first=True)
    qtbot.addWidget(dialog)
    assert not dialog.role_combo.isEnabled() and dialog.role_combo.currentData() == "admin"
    dialog.login_edit.setText("admin")
    dialog.password_edit.setText(PW)
    dialog.again_edit.setText(PW + "x")
    dialog.create()
    assert "không giống nhau" in dialog.error_label.text()
    dialog.again_edit.setText(PW)
    dialog.create()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert org_db.actor.role == "admin" and org_db.accounts_exist()


def test_change_password_and_accounts_dialog(qtbot, org_db, tmp_path):
    from ui.accounts.login import ChangePasswordDialog
    from ui.accounts.menu import AccountsDialog

    _with_admin(org_db)
    org_db.login("quantri", PW)
    dialog = AccountsDialog(org_db)
    qtbot.addWidget(dialog)
    assert [r.login for r in dialog.rows] == ["QuanTri"]
    with org_db.factory.begin() as s:
        accounts.create_account(s, login="xem", password=PW, role="viewer")
    dialog.reload()
    dialog.table.selectRow(1)
    dialog.toggle_disabled()
    assert [r.disabled for r in dialog.rows] == [False, True]
    dialog.resize(640, 300)
    dialog.grab().save(str(tmp_path / "accounts.png"))
    change = ChangePasswordDialog(org_db)
    qtbot.addWidget(change)
    change.current_edit.setText("sai")
    change.new_edit.setText("mới-mới-mới")
    change.again_edit.setText("mới-mới-mới")
    change.save()
    assert "hiện tại không đúng" in change.error_label.text()
    change.current_edit.setText(PW)
    change.save()
    assert change.result() == change.DialogCode.Accepted
    assert org_db.login("quantri", "mới-mới-mới").role == "admin"


def test_audit_screen_filters_and_shows_before_after(qtbot, main_window, org_db):
    from app.rules.person import PersonInput
    from app.services.org import get_person, update_person
    from ui.accounts.audit_screen import RowHistoryDialog

    with org_db.factory.begin() as s:
        p = get_person(s, org_db.ids["CB001"])
        update_person(
            s,
            person_id=p.id,
            version=p.version,
            data=PersonInput(p.code, p.full_name, p.gender, p.unit_id, birth_year=1985, position="Trưởng phòng mới"),
        )
    main_window.show_screen("audit")
    screen = main_window.screen("audit")
    screen.table_combo.setCurrentIndex(screen.table_combo.findData("person"))
    screen.row_edit.setText(str(p.id))
    screen.reload()
    assert [r.action for r in screen.view.rows] == ["UPDATE", "INSERT"]
    screen.view.table.selectRow(0)
    cells = [[screen.view.detail.item(i, j).text() for j in range(3)] for i in range(screen.view.detail.rowCount())]
    assert ["position", "Chuyên viên", "Trưởng phòng mới"] in cells
    history = RowHistoryDialog(org_db, "person", p.id, p.full_name)
    qtbot.addWidget(history)
    assert [r.action for r in history.view.rows] == ["UPDATE", "INSERT"]


def test_tampering_shows_a_red_banner_at_start(qtbot, org_db):
    from ui.app import build_main_window

    clean = build_main_window(org_db)
    qtbot.addWidget(clean)
    assert getattr(clean, "integrity_banner", None) is None
    with org_db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET account = 'ai-do' WHERE seq = (SELECT MAX(seq) FROM audit_log)"))
    window = build_main_window(org_db)
    qtbot.addWidget(window)
    assert window.integrity_banner is not None
    assert "bị sửa ngoài chương trình" in window.integrity_banner.text()


def test_full_check_from_the_menu_reports_findings(qtbot, main_window, org_db, message_boxes, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.detailedText()) or 0)
    main_window.integrity_action.trigger()
    assert any("toàn vẹn" in t for t in message_boxes.texts())
    with org_db.engine.begin() as conn:
        conn.execute(text("UPDATE person SET full_name = 'Giả Mạo' WHERE id = (SELECT MIN(id) FROM person)"))
    main_window.integrity_action.trigger()
    assert shown and "cột full_name" in shown[-1]


def test_change_history_entry_points(qtbot, main_window, org_db, monkeypatch):
    """ "Lịch sử thay đổi…" on a person (context menu), a nomination, a ballot, a decision."""
    from ui.accounts import audit_screen

    opened = []
    monkeypatch.setattr(
        audit_screen,
        "show_row_history",
        lambda db, table, row_id, title="", parent=None: opened.append((table, row_id)),
    )
    org = main_window.org_screen
    org.table.selectRow(0)
    person = org.selected_person()
    org.open_person_changes()
    assert opened[-1] == ("person", person.id)
    decisions = main_window.screen("decisions")
    assert decisions.changes_button.text() == "Lịch sử thay đổi…"
    council = main_window.screen("council")
    assert council.changes_button.text() == "Lịch sử thay đổi…" and not council.changes_button.isEnabled()


def test_a_stalled_server_at_login_keeps_the_event_loop_alive_and_huy_gives_up(qtbot, org_db, monkeypatch):
    """ensure_login's first query runs on a thread of its own: while the server does not
    answer, the event loop runs (a 10 ms heartbeat keeps ticking), *Đang kết nối máy chủ…*
    appears, and its Hủy returns at once."""
    import threading
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.accounts.login import ensure_login
    from ui.connection.dialog import ConnectingDialog

    release = threading.Event()
    monkeypatch.setattr(org_db, "accounts_exist", lambda: release.wait(30) and False)
    beats = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start(10)

    def press_huy() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConnectingDialog) and w.isVisible()]
        if shown:
            shown[0].cancel_button.click()
        else:
            QTimer.singleShot(50, press_huy)

    QTimer.singleShot(50, press_huy)
    started = time.perf_counter()
    try:
        assert ensure_login(org_db) is False
    finally:
        release.set()
        heartbeat.stop()
    took = time.perf_counter() - started
    assert took < 5
    gaps = [b - a for a, b in zip(beats, beats[1:])]
    assert len(beats) > 10 and max(gaps) < 0.5  # the window never froze while waiting


def test_ensure_login_asks_for_the_login_when_accounts_exist(qtbot, org_db, monkeypatch):
    from ui.accounts.login import LoginDialog, ensure_login

    _with_admin(org_db)
    seen = []

    def fake_exec(self):
        qtbot.addWidget(self)
        self.login_edit.setText("QuanTri")
        self.password_edit.setText(PW)
        self.try_login()
        seen.append(self.result())
        return self.result()

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    assert ensure_login(org_db) is True
    assert seen == [LoginDialog.DialogCode.Accepted] and org_db.actor.login == "QuanTri"


def test_audit_screen_follows_writes_through_the_hub(qtbot, main_window, org_db):
    """A write made through an operation elsewhere shows in a built audit screen without
    anyone calling it (at once while shown, on the next show while hidden)."""
    from app.rules.person import PersonInput
    from app.services.org import get_person, update_person
    from ui.operations import PEOPLE, CollectionOp

    main_window.show_screen("audit")
    screen = main_window.screen("audit")
    before = len(screen.view.rows)

    def rename(position):
        def op(s):
            p = get_person(s, org_db.ids["CB001"])
            update_person(
                s,
                person_id=p.id,
                version=p.version,
                data=PersonInput(p.code, p.full_name, p.gender, p.unit_id, position=position),
            )

        CollectionOp(parent=main_window.org_screen, db=org_db, changes={PEOPLE}, op=op).run_in_background()

    rename("Phó Trưởng phòng")
    assert len(screen.view.rows) == before + 1
    main_window.show_screen("org")
    rename("Trưởng phòng")
    assert len(screen.view.rows) == before + 1
    main_window.show_screen("audit")
    assert len(screen.view.rows) == before + 2
