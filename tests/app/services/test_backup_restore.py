"""Backups you can trust (issue 12 point 4): restore refusals with the current database
untouched, the in-use marker across processes, daily backups with rotation, pg_dump."""

from __future__ import annotations

import datetime as _dt
import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.cli import main
from app.services import backup as backup_service
from app.services.backup import BackupInfo, backups_to_drop, list_backups, validate_backup

ROOT = Path(__file__).resolve().parents[3]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _agency(db_file: Path) -> str:
    con = sqlite3.connect(db_file)
    try:
        return con.execute("SELECT value FROM setting WHERE key='agency_name'").fetchone()[0]
    finally:
        con.close()


def _set_agency(db_file: Path, value: str) -> None:
    con = sqlite3.connect(db_file)
    con.execute("UPDATE setting SET value=? WHERE key='agency_name'", (value,))
    con.commit()
    con.close()


@pytest.fixture
def office(tmp_path):
    """A database file in a folder with Vietnamese letters, spaces, % and #, holding data."""
    folder = tmp_path / "Dữ liệu 100% #1"
    folder.mkdir()
    db_file = folder / "tđkt văn phòng.db"
    assert main(["--db", str(db_file), "init"]) == 0
    _set_agency(db_file, "Văn phòng Trung ương")
    return db_file


def _refused(office: Path, candidate: Path, capsys, *words: str) -> str:
    before = _digest(office)
    backups_before = (
        sorted(p.name for p in (office.parent / "backups").glob("*")) if (office.parent / "backups").exists() else []
    )
    assert main(["--db", str(office), "restore", str(candidate)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "không bị thay đổi" in err
    for word in words:
        assert word in err
    assert _digest(office) == before, "the current database must stay untouched"
    assert _agency(office) == "Văn phòng Trung ương"
    after = (
        sorted(p.name for p in (office.parent / "backups").glob("*")) if (office.parent / "backups").exists() else []
    )
    assert after == backups_before, "a refused restore backs up nothing and swaps nothing"
    assert not list(office.parent.glob("*.tmp")), "no temp file left"
    return err


def test_restore_refuses_an_empty_file(office, tmp_path, capsys):
    empty = tmp_path / "rỗng.db"
    empty.write_bytes(b"")
    _refused(office, empty, capsys, "tệp rỗng")


def test_restore_refuses_a_file_that_is_not_sqlite(office, tmp_path, capsys):
    junk = tmp_path / "ghi chú.db"
    junk.write_bytes("Đây không phải cơ sở dữ liệu. ".encode() * 100)
    _refused(office, junk, capsys, "không phải cơ sở dữ liệu SQLite")


def test_restore_refuses_another_programs_sqlite(office, tmp_path, capsys):
    other = tmp_path / "khác.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO contacts (name) VALUES ('Nguyễn Văn A')")
    con.commit()
    con.close()
    _refused(office, other, capsys, "không phải của TĐKT Desk")


def test_restore_refuses_a_newer_schema(office, tmp_path, capsys):
    newer = tmp_path / "bản mới.db"
    assert main(["--db", str(office), "backup", "--out", str(newer)]) == 0
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    _refused(office, newer, capsys, "9999_future", "cập nhật")


def test_restore_refuses_broken_foreign_keys(office, tmp_path, capsys):
    broken = tmp_path / "hỏng.db"
    assert main(["--db", str(office), "backup", "--out", str(broken)]) == 0
    con = sqlite3.connect(broken)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute(
        "INSERT INTO unit (id, code, name, kind, parent_id, sort_order, is_active, version, updated_by, "
        "updated_at) VALUES (9001, 'X', 'X', 'DON_VI', 4242, 1, 1, 1, 't', '2024-01-01')"
    )
    con.commit()
    con.close()
    _refused(office, broken, capsys, "liên kết hỏng", "unit")


def test_restore_refuses_a_missing_file(office, tmp_path, capsys):
    _refused(office, tmp_path / "không có.db", capsys, "không tìm thấy")


HOLDER = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, sys.argv[1])
    from app.database import open_database
    db = open_database(sys.argv[2])
    print("open", flush=True)
    sys.stdin.readline()
    db.close()
""")


def test_restore_refuses_while_another_process_has_the_database_open(office, tmp_path, capsys):
    good = tmp_path / "sao lưu tốt.db"
    assert main(["--db", str(office), "backup", "--out", str(good)]) == 0
    _set_agency(office, "Sau khi sao lưu")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(ROOT), str(office)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        before = _digest(office)
        assert main(["--db", str(office), "restore", str(good)]) == 2
        err = capsys.readouterr().err
        assert "đang được mở" in err and "không bị thay đổi" in err
        assert _digest(office) == before
        assert _agency(office) == "Sau khi sao lưu"
    finally:
        holder.communicate("\n", timeout=60)
    assert holder.returncode == 0
    # Once the other program has closed, the same restore goes through.
    assert main(["--db", str(office), "restore", str(good)]) == 0
    assert _agency(office) == "Văn phòng Trung ương"


def test_a_crashed_holder_does_not_block_restore(office, tmp_path):
    good = tmp_path / "tốt.db"
    assert main(["--db", str(office), "backup", "--out", str(good)]) == 0
    crash = HOLDER.replace("sys.stdin.readline()\n    db.close()", "import os; os._exit(0)")
    done = subprocess.run(
        [sys.executable, "-c", crash, str(ROOT), str(office)], capture_output=True, text=True, timeout=120
    )
    assert done.stdout.strip() == "open"
    assert main(["--db", str(office), "restore", str(good)]) == 0


def test_restore_backs_up_the_current_file_first(office, tmp_path, capsys):
    good = tmp_path / "tốt.db"
    assert main(["--db", str(office), "backup", "--out", str(good)]) == 0
    _set_agency(office, "Bản hiện tại")
    assert main(["--db", str(office), "restore", str(good)]) == 0
    out = capsys.readouterr().out
    assert "Đã khôi phục" in out
    kept = [b for b in list_backups(office) if b.reason == "truoc-khoi-phuc"]
    assert len(kept) == 1 and str(kept[0].path) in out
    assert _agency(kept[0].path) == "Bản hiện tại"
    assert _agency(office) == "Văn phòng Trung ương"


def test_validate_backup_has_pluggable_steps(office, tmp_path, monkeypatch):
    good = tmp_path / "tốt.db"
    assert main(["--db", str(office), "backup", "--out", str(good)]) == 0
    validate_backup(good)
    seen = []

    def audit_step(conn, path):
        seen.append(conn.execute("SELECT count(*) FROM setting").fetchone()[0])
        from app.errors import BadInput

        raise BadInput(detail="chuỗi nhật ký bị đứt")

    monkeypatch.setattr(backup_service, "VALIDATION_STEPS", [*backup_service.VALIDATION_STEPS, audit_step])
    with pytest.raises(Exception, match="chuỗi nhật ký bị đứt"):
        validate_backup(good)
    assert seen and seen[0] > 0


# ---------------------------------------------------------------- daily backups


def test_first_open_of_the_day_backs_up_once(office):
    assert [b.reason for b in list_backups(office)] == []  # a brand-new file needs none
    assert main(["--db", str(office), "info"]) == 0
    daily = [b for b in list_backups(office) if b.reason == "hang-ngay"]
    assert len(daily) == 1 and daily[0].taken_at.date() == _dt.date.today()
    assert _agency(daily[0].path) == "Văn phòng Trung ương"
    assert main(["--db", str(office), "info"]) == 0
    assert len(list_backups(office)) == 1


def _info(day: _dt.date, reason: str = "hang-ngay", n: int = 0) -> BackupInfo:
    return BackupInfo(Path(f"x-{day:%Y%m%d}-{n}-{reason}.db"), _dt.datetime.combine(day, _dt.time(8, n)), reason, 1)


def test_rotation_keeps_14_days_and_12_months():
    start = _dt.date(2024, 1, 1)
    daily = [_info(start + _dt.timedelta(days=i)) for i in range(500)]
    manual = [_info(start, "thu-cong"), _info(start, "truoc-nhap")]
    dropped = {b.path for b in backups_to_drop(daily + manual)}
    kept = [b for b in daily if b.path not in dropped]
    last = start + _dt.timedelta(days=499)
    recent = {b.taken_at.date() for b in kept if (last - b.taken_at.date()).days < 14}
    assert len(recent) == 14
    months = {(b.taken_at.year, b.taken_at.month) for b in kept}
    assert len(months) == 12
    assert len(kept) <= 14 + 12
    assert not dropped & {b.path for b in manual}, "backups by hand or before an import are never rotated"
    # One backup a month is the newest of that month.
    older = [b for b in kept if (last - b.taken_at.date()).days >= 14]
    for b in older:
        same_month = [d for d in daily if (d.taken_at.year, d.taken_at.month) == (b.taken_at.year, b.taken_at.month)]
        assert b.taken_at == max(d.taken_at for d in same_month)


def test_rotation_deletes_files(office):
    folder = office.parent / "backups"
    folder.mkdir(exist_ok=True)
    today = _dt.date.today()
    for i in range(40):
        day = today - _dt.timedelta(days=i)
        (folder / f"{office.stem}-{day:%Y%m%d}-080000-000000-hang-ngay.db").write_bytes(b"x")
    backup_service.rotate_backups(office)
    left = [b for b in list_backups(office) if b.reason == "hang-ngay"]
    assert 14 <= len(left) <= 16  # 14 days + the newest of the older months (1 or 2)


# ---------------------------------------------------------------- PostgreSQL


def test_backup_on_postgres_without_pg_dump_says_how(monkeypatch, capsys):
    monkeypatch.setattr(backup_service.shutil, "which", lambda name: None)
    url = "postgresql+psycopg://tdkt@máy-chủ:5432/tdkt"
    assert main(["--db", url, "backup"]) == 2
    err = capsys.readouterr().err
    assert "pg_dump" in err and "PATH" in err and "Traceback" not in err


def test_pg_dump_command_keeps_the_password_out_of_the_arguments(tmp_path):
    args, env = backup_service.pg_dump_command(
        "postgresql+psycopg://tdkt:bí-mật@db.local:5433/tdkt?options=-csearch_path%3Dt_abc", tmp_path / "a.dump"
    )
    assert "bí-mật" not in " ".join(args) and env["PGPASSWORD"] == "bí-mật"
    assert "--host=db.local" in args and "--port=5433" in args and "--schema=t_abc" in args
    assert args[-1] == "--dbname=tdkt"


def test_backup_on_postgres_runs_pg_dump(db_url, on_postgres, tmp_path, capsys):
    if not on_postgres:
        pytest.skip("needs the PostgreSQL pass")
    import shutil

    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    from app.database import open_database

    open_database(db_url).close()
    out = tmp_path / "máy chủ.dump"
    rc = main(["--db", db_url, "backup", "--out", str(out)])
    captured = capsys.readouterr()
    if rc != 0 and "server version" in captured.err:
        pytest.skip("pg_dump older than the server")
    assert rc == 0, captured.err
    assert out.read_bytes()[:5] == b"PGDMP"


def test_sqlite_uri_escapes_and_handles_shares():
    from app.services.backup import sqlite_uri

    uri = sqlite_uri(Path("/tmp/Dữ liệu 100% #1/a?.db"))
    assert uri == "file:///tmp/D%E1%BB%AF%20li%E1%BB%87u%20100%25%20%231/a%3F.db"
    if sys.platform == "win32":  # pragma: no cover
        assert sqlite_uri(Path(r"\\server\share\tdkt.db")).startswith("file:////server/share/")


def test_restore_refuses_a_backup_whose_audit_trail_was_edited(tmp_path):
    """A backup whose trail was edited outside the program is refused before anything is
    swapped (the audit chain is one of the validation steps)."""
    import sqlite3

    from app.database import open_database
    from app.errors import BadInput
    from app.rules.person import UnitInput
    from app.services.backup import validate_backup
    from app.services.org import create_unit

    src = tmp_path / "sao lưu #1.db"
    db = open_database(src)
    with db.factory.begin() as s:
        create_unit(s, data=UnitInput("SNV", "Sở Nội vụ", "CO_QUAN"))
    db.close()
    validate_backup(src)  # intact: accepted
    conn = sqlite3.connect(src)
    conn.execute("UPDATE audit_log SET account = 'ke-gian' WHERE seq = (SELECT MAX(seq) FROM audit_log)")
    conn.commit()
    conn.close()
    with pytest.raises(BadInput) as info:
        validate_backup(src)
    assert "nhật ký thay đổi" in info.value.message() and "không bị thay đổi" in info.value.message()
