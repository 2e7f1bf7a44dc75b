"""Windows realities (issue 13): every character legal in a Windows path works, and a
SQLite file on a network share is refused with a message pointing to the office server."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from app import migrate, paths
from app.cli import main
from app.netpath import NetworkDatabase, network_location, parse_mounts, refuse_network_sqlite, unc_share

ODD = "Dữ liệu 100% #1 & Co (bản) ~ạ"

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
//fileserver/Phong\\040TDKT /mnt/phong\\040tdkt cifs rw,vers=3.0 0 0
nas:/export/data /srv/nfs nfs4 rw 0 0
/dev/sdb1 /srv/nfs/local-under-nfs ext4 rw 0 0
"""


@pytest.fixture
def odd_install(tmp_path, monkeypatch):
    """The program installed under a folder whose name has %, #, &, spaces and Vietnamese."""
    root = tmp_path / ODD / "TĐKT Desk"
    shutil.copytree(paths.migrations_dir(), root / "app" / "migrations", ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(paths, "migrations_dir", lambda: root / "app" / "migrations")
    migrate.known_revisions.cache_clear()
    yield root
    migrate.known_revisions.cache_clear()


def test_percent_hash_ampersand_in_install_and_data_paths(odd_install, tmp_path, capsys):
    dbp = tmp_path / ODD / "dữ liệu" / "tdkt 100%.db"
    assert main(["--db", str(dbp), "init"]) == 0
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    assert dbp.is_file()
    con = sqlite3.connect(dbp)
    (revision,) = con.execute("SELECT version_num FROM alembic_version").fetchone()
    con.close()
    assert revision == migrate.known_revisions()[1]
    # Alembic itself (not only the fast path) reads the script folder under the odd name.
    assert migrate.head_revision() == revision


def test_database_location_is_the_plain_file_path(tmp_path):
    from app.database import open_database

    dbp = tmp_path / ODD / "x.db"
    db = open_database(dbp)
    try:
        assert Path(db.location) == dbp.resolve()
        assert "%25" in db.url  # the URL form stays a valid, escaped URL
    finally:
        db.close()


@pytest.mark.parametrize(
    "path, share",
    [
        (r"\\fileserver\Phong TDKT\tdkt.db", r"\\fileserver\Phong TDKT"),
        ("//fileserver/share/sub/tdkt.db", r"\\fileserver\share"),
        (r"\\?\UNC\nas\dữ liệu\tdkt.db", r"\\nas\dữ liệu"),
        (r"\\?\C:\Dữ liệu\tdkt.db", None),
        (r"C:\Users\Lan\tdkt.db", None),
        ("/home/lan/tdkt.db", None),
    ],
)
def test_unc_paths(path, share):
    assert unc_share(path) == share


def test_mapped_network_drive_on_windows_is_detected():
    types = {"Z:\\": 4, "C:\\": 3}
    assert network_location(r"Z:\TĐKT\tdkt.db", windows=True, drive_type=types.__getitem__) == "ổ Z: là ổ mạng"
    assert network_location(r"C:\TĐKT\tdkt.db", windows=True, drive_type=types.__getitem__) is None
    assert network_location(r"\\srv\share\tdkt.db", windows=True, drive_type=types.__getitem__) == r"\\srv\share"


def test_network_mounts_on_linux_are_detected():
    assert parse_mounts(MOUNTS)[2][1] == "/mnt/phong tdkt"
    assert network_location("/mnt/phong tdkt/a/tdkt.db", windows=False, mounts=MOUNTS) == "cifs //fileserver/Phong TDKT"
    assert network_location("/srv/nfs/tdkt.db", windows=False, mounts=MOUNTS).startswith("nfs4 ")
    # A local disk mounted inside the NFS tree is local: the longest mount point wins.
    assert network_location("/srv/nfs/local-under-nfs/tdkt.db", windows=False, mounts=MOUNTS) is None
    assert network_location("/srv/nfsx/tdkt.db", windows=False, mounts=MOUNTS) is None
    assert network_location("/tmp/tdkt.db", windows=False, mounts=MOUNTS) is None
    assert network_location("/home/lan/tdkt.db", windows=False, mounts=MOUNTS) is None


def test_refusal_message_points_to_the_office_server():
    with pytest.raises(NetworkDatabase) as info:
        refuse_network_sqlite("/mnt/phong tdkt/tdkt.db", windows=False, mounts=MOUNTS)
    text = info.value.message()
    assert "/mnt/phong tdkt/tdkt.db" in text and "ổ mạng" in text
    assert "máy chủ PostgreSQL" in text and "Kết nối cơ sở dữ liệu" in text


def test_cli_refuses_a_unc_database_without_creating_anything(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["--db", r"\\fileserver\TDKT\tdkt.db", "init"]) == 2
    err = capsys.readouterr().err
    assert "ổ mạng" in err and r"\\fileserver\TDKT" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # no folder or file was made for it


@pytest.mark.skipif(sys.platform == "win32", reason="/proc/mounts is Linux's (Windows: the drive-type test above)")
def test_open_database_refuses_a_file_on_a_network_mount(tmp_path, monkeypatch):
    import app.netpath as netpath
    from app.database import open_database

    target = tmp_path / "share" / "tdkt.db"
    fake = f"srv:/export {tmp_path / 'share'} nfs rw 0 0\n/dev/sda1 / ext4 rw 0 0\n"
    monkeypatch.setattr(netpath, "_read_proc_mounts", lambda: fake)
    monkeypatch.setattr(netpath.sys, "platform", "linux")
    with pytest.raises(NetworkDatabase):
        open_database(target)
    assert not target.exists()
