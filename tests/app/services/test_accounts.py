"""Accounts and roles (SQLite and PostgreSQL): Argon2id hashes, case-insensitive logins,
lock-out, roles enforced in the services, the CLI's --user and `user` commands."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from app.cli import main
from app.errors import BadInput, LoginFailed, PermissionDenied, ValidationFailed
from app.models import Account
from app.rules.person import UnitInput
from app.services import accounts, audit
from app.services.integrity import full_check
from app.services.org import create_unit

PW = "mật-khẩu-1"


@pytest.fixture(autouse=True)
def _no_process_actor():
    yield
    audit.set_process_actor(None)


def _admin(db):
    with db.factory.begin() as s:
        accounts.create_account(s, login="QuanTri", password=PW, role="admin", full_name="Nguyễn Văn Quản")
    db.accounts_exist()


def test_first_account_must_be_admin_and_is_hashed_with_argon2id(db, session):
    with pytest.raises(BadInput, match="quản trị"):
        accounts.create_account(session, login="an", password=PW, role="clerk")
    session.rollback()
    accounts.create_account(session, login="QuanTri", password=PW, role="admin")
    session.commit()
    stored = session.scalars(select(Account.password_hash)).one()
    assert stored.startswith("$argon2id$") and PW not in stored
    with pytest.raises(ValidationFailed):
        accounts.create_account(session, login="x y", password=PW, role="clerk")
    session.rollback()
    # The trail never holds the hash itself.
    entry = audit.list_entries(session, table="account")[0]
    assert entry.after["password_hash"].startswith("sha256:") and stored not in json.dumps(entry.after)


def test_login_is_case_insensitive_and_roles_are_enforced(db):
    _admin(db)
    actor = db.login("quantri", PW)
    assert actor.role == "admin" and actor.login == "QuanTri"
    with db.factory.begin() as s:
        accounts.create_account(s, login="ChuyenVien", password=PW, role="clerk")
        accounts.create_account(s, login="xem", password=PW, role="viewer")
        with pytest.raises(BadInput, match="đã có"):
            accounts.create_account(s, login="CHUYENVIEN", password=PW, role="viewer")
    db.login("chuyenvien", PW)
    with db.factory() as s:
        create_unit(s, data=UnitInput("CQ1", "Sở Tư pháp", "CO_QUAN"))  # a clerk does the office's work
        s.commit()
        import dataclasses

        from app.services.settings import get_settings, save_settings

        with pytest.raises(PermissionDenied, match="ChuyenVien"):
            save_settings(s, values=dataclasses.replace(get_settings(s), agency_name="Đổi"))
        s.rollback()
        with pytest.raises(PermissionDenied):
            accounts.create_account(s, login="moi", password=PW, role="viewer")
        s.rollback()
    db.login("XEM", PW)
    with db.factory() as s:
        with pytest.raises(PermissionDenied, match="chỉ xem"):
            create_unit(s, data=UnitInput("CQ2", "Sở Y tế", "CO_QUAN"))
        s.rollback()
        units = [e for e in audit.list_entries(s, table="unit")]
        assert [(e.account, e.after["code"]) for e in units] == [("ChuyenVien", "CQ1")]
        assert {e.account for e in audit.list_entries(s) if e.action == "LOGIN"} == {"QuanTri", "ChuyenVien", "xem"}


def test_a_session_without_login_may_not_write_once_accounts_exist(db):
    _admin(db)
    with db.factory() as s:
        with pytest.raises(PermissionDenied, match="chưa đăng nhập"):
            create_unit(s, data=UnitInput("CQ", "Sở Nội vụ", "CO_QUAN"))


def test_five_wrong_passwords_lock_for_five_minutes(db):
    _admin(db)
    for _ in range(4):
        with pytest.raises(LoginFailed, match="Sai tên đăng nhập hoặc mật khẩu"):
            db.login("quantri", "sai")
    with pytest.raises(LoginFailed, match="bị khóa 5 phút"):
        db.login("quantri", "sai")
    with pytest.raises(LoginFailed, match="khóa tạm thời"):
        db.login("quantri", PW)  # even the right password, while locked
    with db.factory() as s:
        acc = s.scalars(select(Account)).one()
        later = acc.locked_until + dt.timedelta(seconds=1)
        outcome = accounts.authenticate(s, login="quantri", password=PW, now=later)
        assert outcome.actor is not None
        s.commit()
        failed = [e for e in audit.list_entries(s) if e.action == "LOGIN_FAILED"]
        assert len(failed) == 6 and all(e.account == "QuanTri" for e in failed)
        assert full_check(s) == []


def test_disabled_account_cannot_log_in_and_last_admin_stays(db):
    _admin(db)
    db.login("quantri", PW)
    with db.factory.begin() as s:
        accounts.create_account(s, login="an", password=PW, role="clerk")
        with pytest.raises(BadInput, match="quản trị cuối cùng"):
            accounts.disable_account(s, login="quantri")
        accounts.disable_account(s, login="AN")
    with pytest.raises(LoginFailed, match="vô hiệu hóa"):
        db.login("an", PW)


def test_own_password_change_needs_the_current_one(db):
    _admin(db)
    db.login("quantri", PW)
    with db.factory.begin() as s:
        accounts.create_account(s, login="xem", password=PW, role="viewer")
    db.login("xem", PW)
    with db.factory() as s:
        with pytest.raises(BadInput, match="hiện tại không đúng"):
            accounts.set_password(s, login="xem", new_password="mới-mới-mới", current_password="sai")
        s.rollback()
        with pytest.raises(PermissionDenied):
            accounts.set_password(s, login="quantri", new_password="mới-mới-mới")
        s.rollback()
        accounts.set_password(s, login="xem", new_password="mới-mới-mới", current_password=PW)
        s.commit()
    assert db.login("xem", "mới-mới-mới").role == "viewer"


def test_reopening_a_sealed_ballot_is_admin_only(db):
    from app.services import ballot as bs
    from tests.app.services.test_ballot import _pile, enter, make_world

    with db.factory() as s:
        world = make_world(s)
        bid = bs.create_ballot(s, meeting_id=world["meeting"], award_code="CSTDCS")
        enter(s, bid, "A", _pile())
        enter(s, bid, "B", _pile())
        bs.seal_ballot(s, ballot_id=bid)
        s.commit()
    _admin(db)
    db.login("quantri", PW)
    with db.factory.begin() as s:
        accounts.create_account(s, login="an", password=PW, role="clerk")
    db.login("an", PW)
    with db.factory() as s:
        with pytest.raises(PermissionDenied, match="mở lại"):
            bs.reopen_ballot(s, ballot_id=bid, reason="Nhập nhầm")
    db.login("quantri", PW)
    with db.factory.begin() as s:
        bs.reopen_ballot(s, ballot_id=bid, reason="Nhập nhầm")
    with db.factory() as s:
        assert [e.action for e in audit.list_entries(s, table="ballot", row_id=bid)][-1] == "REOPEN"


def test_cli_users_login_and_roles(tmp_path, monkeypatch, capsys):
    dbp = str(tmp_path / "Dữ liệu #1" / "tdkt.db")
    monkeypatch.setenv("TDKT_NEW_PASSWORD", PW)
    assert main(["--db", dbp, "user", "add", "an", "--role", "clerk"]) == 2
    assert "quản trị" in capsys.readouterr().err
    assert main(["--db", dbp, "user", "add", "QuanTri", "--role", "admin", "--name", "Nguyễn Văn Quản"]) == 0
    capsys.readouterr()
    # From now on every command needs a login.
    assert main(["--db", dbp, "info"]) == 2
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("TDKT_PASSWORD", "sai")
    assert main(["--db", dbp, "--user", "quantri", "info"]) == 2
    assert "Sai tên đăng nhập hoặc mật khẩu" in capsys.readouterr().err
    monkeypatch.setenv("TDKT_PASSWORD", PW)
    assert main(["--db", dbp, "--user", "quantri", "user", "add", "xem", "--role", "viewer"]) == 0
    assert main(["--db", dbp, "--user", "quantri", "user", "list", "--json"]) == 0
    out = capsys.readouterr().out.strip().splitlines()[-1]
    assert [(a["login"], a["role"]) for a in json.loads(out)] == [("QuanTri", "admin"), ("xem", "viewer")]
    # A viewer may read and export, not write: exit 2, nothing written.
    assert main(["--db", dbp, "--user", "xem", "info", "--json"]) == 0
    assert main(["--db", dbp, "--user", "xem", "demo", "--people", "20"]) == 2
    assert "không có quyền" in capsys.readouterr().err
    assert main(["--db", dbp, "--user", "xem", "user", "disable", "quantri"]) == 2
    monkeypatch.setenv("TDKT_NEW_PASSWORD", "mới-mới-mới")
    assert main(["--db", dbp, "--user", "quantri", "user", "passwd", "xem"]) == 0
    assert main(["--db", dbp, "--user", "xem", "info"]) == 2
    monkeypatch.setenv("TDKT_PASSWORD", "mới-mới-mới")
    assert main(["--db", dbp, "--user", "xem", "info"]) == 0
    monkeypatch.setenv("TDKT_NEW_PASSWORD", "mật-khẩu-xem")  # a viewer changes his own password
    assert main(["--db", dbp, "--user", "xem", "user", "passwd", "XEM"]) == 0
    monkeypatch.setenv("TDKT_PASSWORD", "mật-khẩu-xem")
    assert main(["--db", dbp, "--user", "xem", "info"]) == 0
    monkeypatch.setenv("TDKT_PASSWORD", PW)
    assert main(["--db", dbp, "--user", "quantri", "user", "disable", "xem"]) == 0
    monkeypatch.setenv("TDKT_PASSWORD", "mật-khẩu-xem")
    assert main(["--db", dbp, "--user", "xem", "info"]) == 2
    monkeypatch.setenv("TDKT_PASSWORD", PW)
    capsys.readouterr()
    assert main(["--db", dbp, "--user", "quantri", "audit", "--json", "--user", "xem"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["action"] for r in rows} >= {"LOGIN", "LOGIN_FAILED"} and all(r["account"] == "xem" for r in rows)
    assert main(["--db", dbp, "--user", "quantri", "check"]) == 0


def test_restore_is_admin_only(tmp_path, monkeypatch, capsys):
    dbp = str(tmp_path / "tdkt.db")
    monkeypatch.setenv("TDKT_NEW_PASSWORD", PW)
    monkeypatch.setenv("TDKT_PASSWORD", PW)
    assert main(["--db", dbp, "user", "add", "QuanTri", "--role", "admin"]) == 0
    assert main(["--db", dbp, "--user", "quantri", "user", "add", "an", "--role", "clerk"]) == 0
    backup = tmp_path / "sao lưu.db"
    assert main(["--db", dbp, "--user", "an", "backup", "--out", str(backup)]) == 0
    capsys.readouterr()
    assert main(["--db", dbp, "--user", "an", "restore", str(backup)]) == 2
    assert "khôi phục" in capsys.readouterr().err
    assert main(["--db", dbp, "--user", "quantri", "restore", str(backup)]) == 0
    assert main(["--db", dbp, "--user", "quantri", "audit", "--json"]) == 0
    restore, login = json.loads(capsys.readouterr().out.strip().splitlines()[-1])[-2:]
    assert (restore["action"], restore["account"], login["action"]) == ("RESTORE", "quantri", "LOGIN")
    assert "sao lưu.db" in restore["after"]["from"]
    assert main(["--db", dbp, "--user", "quantri", "check"]) == 0
