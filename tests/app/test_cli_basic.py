import json
import sqlite3

from app.cli import main


def test_init_is_idempotent_and_info(tmp_path, capsys):
    dbp = tmp_path / "Tài liệu của Nguyễn Văn A" / "tdkt.db"
    assert main(["--db", str(dbp), "init"]) == 0
    assert main(["--db", str(dbp), "init"]) == 0
    capsys.readouterr()
    assert main(["--db", str(dbp), "info", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["units"] == 0 and counts["people"] == 0


def test_bad_url_is_bad_input(capsys):
    assert main(["--db", "nosuchdialect://x", "info"]) == 2
    err = capsys.readouterr().err
    assert "Lỗi" in err and "Traceback" not in err


def test_unknown_command_exit_2(capsys):
    assert_exit = None
    try:
        main(["frobnicate"])
    except SystemExit as exc:
        assert_exit = exc.code
    assert assert_exit == 2
    assert "Lỗi tham số" in capsys.readouterr().err


def _set_agency(dbp, value):
    """Through the program (audited): a raw SQL edit is what `check` reports as tampering."""
    import dataclasses

    from app.database import open_database
    from app.services.settings import get_settings, save_settings

    db = open_database(dbp)
    with db.factory.begin() as session:
        save_settings(session, values=dataclasses.replace(get_settings(session), agency_name=value))
    db.close()


def test_backup_restore_check(tmp_path, capsys):
    dbp = tmp_path / "d.db"
    main(["--db", str(dbp), "init"])
    _set_agency(dbp, "Trước")
    out = tmp_path / "sao lưu.db"
    assert main(["--db", str(dbp), "backup", "--out", str(out)]) == 0
    _set_agency(dbp, "Sau")
    assert main(["--db", str(dbp), "restore", str(out)]) == 0
    con = sqlite3.connect(dbp)
    assert con.execute("SELECT value FROM setting WHERE key='agency_name'").fetchone()[0] == "Trước"
    con.close()
    assert main(["--db", str(dbp), "check"]) == 0
    assert "toàn vẹn" in capsys.readouterr().out


def test_restore_rejects_garbage(tmp_path, capsys):
    dbp = tmp_path / "d.db"
    main(["--db", str(dbp), "init"])
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    assert main(["--db", str(dbp), "restore", str(junk)]) == 2
    assert "không phải cơ sở dữ liệu" in capsys.readouterr().err


def test_file_that_is_not_a_database(tmp_path, capsys):
    junk = tmp_path / "ghi chú.db"
    junk.write_bytes(b"Day khong phai co so du lieu. " * 200)
    assert main(["--db", str(junk), "info"]) == 2
    err = capsys.readouterr().err
    assert "không phải cơ sở dữ liệu" in err and "Traceback" not in err
