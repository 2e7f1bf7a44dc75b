"""Files (issue 12 point 5): the output guard on every --out, normal permissions, a full
disk and an unwritable folder as Vietnamese messages with nothing left behind."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from app.cli import build_parser, main
from app.errors import BadInput
from app.services.output_guard import check_output_path

POSIX = sys.platform != "win32"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def office(tmp_path):
    db_file = tmp_path / "Văn phòng #1" / "tđkt.db"
    db_file.parent.mkdir()
    assert main(["--db", str(db_file), "init"]) == 0
    return db_file


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if ".dang-mo" not in str(p))


OUT_COMMANDS = [
    ["template", "staff"],
    ["template", "history"],
    ["template", "certificates"],
    ["export", "stats", "--year", "2024", "--form", "0601"],
    ["export", "nominations", "--round", "1"],
    ["certificates", "--decision", "1"],
    ["backup"],
    ["ballots", "--candidates", "ung-vien.txt", "--members", "3"],
    ["read-ballots", "--ballots", "phieu.pdf", "--scans", "quet.pdf"],
]


def test_every_out_option_of_the_cli_is_covered():
    """A new command with --out must be added to OUT_COMMANDS (so the guard is tested on it)."""
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    with_out = {name for name, p in sub.choices.items() if any(a.dest == "out" for a in p._actions)}
    assert with_out == {c[0] for c in OUT_COMMANDS}


@pytest.mark.parametrize("command", OUT_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_out_refuses_the_open_database(office, command, capsys):
    before, listing = _digest(office), _listing(office.parent)
    assert main(["--db", str(office), *command, "--out", str(office)]) == 2
    err = capsys.readouterr().err
    assert "cơ sở dữ liệu" in err and "Traceback" not in err
    assert _digest(office) == before and _listing(office.parent) == listing


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_out_refuses_the_database_companions(office, suffix, capsys):
    assert main(["--db", str(office), "template", "staff", "--out", str(office) + suffix]) == 2
    assert not Path(str(office) + suffix + ".tmp").exists()


def test_out_refuses_the_backups_folder(office, capsys):
    assert main(["--db", str(office), "backup"]) == 0
    (backup,) = (office.parent / "backups").glob("*-thu-cong.db")
    before = _digest(backup)
    listing = _listing(office.parent / "backups")
    for target in (backup, office.parent / "backups" / "danh sách.xlsx"):
        assert (
            main(["--db", str(office), "export", "stats", "--year", "2024", "--form", "0601", "--out", str(target)])
            == 2
        )
        assert "thư mục sao lưu" in capsys.readouterr().err
    assert _digest(backup) == before
    assert _listing(office.parent / "backups") == listing


def test_out_refuses_a_folder(office, tmp_path, capsys):
    folder = tmp_path / "Tài liệu"
    folder.mkdir()
    assert main(["--db", str(office), "template", "staff", "--out", str(folder)]) == 2
    assert "thư mục" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(not POSIX, reason="device nodes of POSIX")
def test_out_refuses_a_device_node(office, capsys):
    assert main(["--db", str(office), "template", "staff", "--out", "/dev/null"]) == 2
    assert "không phải tệp thông thường" in capsys.readouterr().err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not POSIX, reason="symlinks need privileges on Windows")
def test_out_refuses_a_link_to_the_database(office, tmp_path, capsys):
    link = tmp_path / "lối tắt.xlsx"
    link.symlink_to(office)
    before = _digest(office)
    assert main(["--db", str(office), "template", "staff", "--out", str(link)]) == 2
    assert _digest(office) == before


def test_out_refuses_any_other_sqlite_database(tmp_path, capsys):
    other = tmp_path / "tdkt-cũ.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = _digest(other)
    assert main(["template", "staff", "--out", str(other)]) == 2
    assert _digest(other) == before
    # A backup may replace an older backup file on purpose.
    assert check_output_path(other, allow_sqlite=True) == other


def test_guard_protects_the_database_open_in_this_process(db, tmp_path):
    from app.exports.staff_template import write_template

    path = Path(db.engine.url.database) if db.engine.dialect.name == "sqlite" else None
    if path is None:
        pytest.skip("a SQLite file")
    with pytest.raises(BadInput, match="đang mở"):
        write_template("staff", path)
    db.close()
    with pytest.raises(BadInput):  # closed, but still a SQLite file
        write_template("staff", path)


@pytest.mark.skipif(not POSIX, reason="POSIX permission bits")
def test_files_get_the_users_normal_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        out = tmp_path / "mẫu.xlsx"
        assert main(["template", "staff", "--out", str(out)]) == 0
        pdf = tmp_path / "giấy khen.pdf"
        lst = tmp_path / "ds.xlsx"
        assert main(["template", "certificates", "--out", str(lst)]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert stat.S_IMODE(lst.stat().st_mode) == 0o644
    assert not pdf.exists()


def test_full_disk_is_a_message_and_leaves_nothing(tmp_path, monkeypatch, capsys):
    from openpyxl.workbook.workbook import Workbook

    folder = tmp_path / "USB đầy"
    folder.mkdir()
    out = folder / "mẫu.xlsx"
    out.write_bytes(b"the previous file")

    def full(self, filename):
        with open(filename, "wb") as fh:
            fh.write(b"PK half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device", str(filename))

    monkeypatch.setattr(Workbook, "save", full)
    assert main(["template", "staff", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Ổ đĩa đã đầy" in err and "Traceback" not in err
    assert sorted(p.name for p in folder.iterdir()) == ["mẫu.xlsx"]
    assert out.read_bytes() == b"the previous file"


def test_full_disk_while_writing_a_pdf(tmp_path, monkeypatch, capsys):
    from reportlab.pdfgen.canvas import Canvas

    assert main(["template", "certificates", "--out", str(tmp_path / "ds.xlsx")]) == 0
    from openpyxl import load_workbook

    wb = load_workbook(tmp_path / "ds.xlsx")
    ws = wb["Danh sách"]
    for col, value in enumerate(["Cá nhân", "Bà", "Nguyễn Thị Hoa", "Nữ", "Chuyên viên", "Văn phòng"], start=1):
        ws.cell(row=2, column=col, value=value)
    wb.save(tmp_path / "ds.xlsx")

    def full(self):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Canvas, "save", full)
    out_dir = tmp_path / "giấy khen"
    out_dir.mkdir()
    rc = main(
        [
            "certificates",
            "--list",
            str(tmp_path / "ds.xlsx"),
            "--template",
            "giay-khen",
            "--out",
            str(out_dir / "gk.pdf"),
        ]
    )
    err = capsys.readouterr().err
    assert rc == 2 and "Traceback" not in err
    assert "Ổ đĩa đã đầy" in err, err
    assert list(out_dir.iterdir()) == []


def test_unwritable_folder_is_a_message(tmp_path, monkeypatch, capsys):
    import app.safe_write as sw

    real_open = os.open

    def denied(path, flags, mode=0o777, *a, **k):
        if str(path).endswith(".tmp"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, mode, *a, **k)

    monkeypatch.setattr(sw.os, "open", denied)
    folder = tmp_path / "Chỉ đọc"
    folder.mkdir()
    assert main(["template", "staff", "--out", str(folder / "mẫu.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "Không có quyền ghi vào thư mục" in err and "Traceback" not in err
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(not POSIX or os.geteuid() == 0, reason="root writes everywhere")
def test_really_unwritable_folder(tmp_path, capsys):
    folder = tmp_path / "khóa"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert main(["template", "staff", "--out", str(folder / "mẫu.xlsx")]) == 2
        assert "quyền" in capsys.readouterr().err
    finally:
        folder.chmod(0o700)


def test_database_full_during_import_shows_no_sql_or_personal_data(office, tmp_path, monkeypatch, capsys):
    import sqlalchemy.exc

    from app.services import staff_import
    from tests.app.services.test_staff_import import GOOD_PEOPLE, GOOD_UNITS, write_xlsx

    src = write_xlsx(tmp_path / "cán bộ.xlsx", units=GOOD_UNITS, people=GOOD_PEOPLE)

    def full(*args, **kwargs):
        raise sqlalchemy.exc.OperationalError(
            "INSERT INTO person (code, full_name) VALUES (?, ?)",
            ("CB001", "Nguyễn Thị Hoa"),
            sqlite3.OperationalError("database or disk is full"),
        )

    monkeypatch.setattr(staff_import, "_write_people", full)
    before = _digest(office)
    assert main(["--db", str(office), "import", "staff", str(src)]) == 2
    err = capsys.readouterr().err
    assert "Ổ đĩa đã đầy" in err
    for leak in ("Nguyễn Thị Hoa", "INSERT", "CB001", "Traceback"):
        assert leak not in err
    assert not list(office.parent.glob("*-journal"))
    con = sqlite3.connect(office)
    assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 0
    con.close()
    assert before  # the file existed and was not replaced
