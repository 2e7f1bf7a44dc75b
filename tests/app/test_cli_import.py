"""`tdkt-cli template staff` and `tdkt-cli import staff`: exit codes, messages, no writes on error."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from app.cli import main
from tests.app.services.test_staff_import import GOOD_PEOPLE, GOOD_UNITS, person_row, write_xlsx


@pytest.fixture
def dbfile(tmp_path):
    return str(tmp_path / "cli.db")


def _info(dbfile, capsys) -> dict:
    capsys.readouterr()
    assert main(["--db", dbfile, "info", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_template_command(tmp_path, capsys):
    out = tmp_path / "Tài liệu" / "mẫu.xlsx"
    assert main(["template", "staff", "--out", str(out)]) == 0
    assert "mẫu.xlsx" in capsys.readouterr().out
    assert load_workbook(out).sheetnames == ["Đơn vị", "Cán bộ", "Ví dụ", "Danh mục"]


def test_import_good_file(tmp_path, dbfile, capsys):
    path = write_xlsx(tmp_path / "tốt.xlsx", units=GOOD_UNITS, people=GOOD_PEOPLE)
    assert main(["--db", dbfile, "import", "staff", str(path)]) == 0
    out = capsys.readouterr()
    assert "3 đơn vị thêm mới" in out.out and "4 cán bộ thêm mới" in out.out
    assert "Traceback" not in out.err
    info = _info(dbfile, capsys)
    assert (info["units"], info["people"]) == (3, 4)
    # Importing again updates nothing and adds nobody.
    assert main(["--db", dbfile, "import", "staff", str(path)]) == 0
    assert "0 cán bộ thêm mới" in capsys.readouterr().out
    assert _info(dbfile, capsys)["people"] == 4


def test_import_bad_file_exits_2_and_writes_nothing(tmp_path, dbfile, capsys):
    people = [
        person_row("CB1", unit="BTC"),
        person_row("CB2", gender="Nữa", unit="BTC"),
        person_row("CB3", birth="31/02/1990", unit="BTC"),
        person_row("CB4", unit="KHONGCO"),
    ]
    path = write_xlsx(tmp_path / "lỗi.xlsx", units=GOOD_UNITS, people=people)
    assert main(["--db", dbfile, "import", "staff", str(path)]) == 2
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("lỗi.xlsx: ")]
    assert lines == [
        "lỗi.xlsx: Sheet 'Cán bộ', dòng 3, cột 'Giới tính': 'Nữa' không hợp lệ; phải là Nam hoặc Nữ",
        "lỗi.xlsx: Sheet 'Cán bộ', dòng 4, cột 'Ngày sinh': ngày 31/02/1990 không tồn tại",
        "lỗi.xlsx: Sheet 'Cán bộ', dòng 5, cột 'Mã đơn vị': "
        "không có đơn vị mã KHONGCO trong sheet 'Đơn vị' hay trong cơ sở dữ liệu",
    ]
    assert "Không nhập gì" in err and "Traceback" not in err
    info = _info(dbfile, capsys)
    assert (info["units"], info["people"]) == (0, 0)

    assert main(["--db", dbfile, "import", "staff", str(path), "--only-valid"]) == 0
    captured = capsys.readouterr()
    assert "bỏ qua 3 dòng lỗi" in captured.out and "dòng 3, cột 'Giới tính'" in captured.err
    info = _info(dbfile, capsys)
    assert (info["units"], info["people"]) == (3, 1)


def test_dry_run_writes_nothing(tmp_path, dbfile, capsys):
    good = write_xlsx(tmp_path / "tốt.xlsx", units=GOOD_UNITS, people=GOOD_PEOPLE)
    assert main(["--db", dbfile, "import", "staff", str(good), "--dry-run"]) == 0
    assert "chưa ghi gì" in capsys.readouterr().out
    assert _info(dbfile, capsys)["people"] == 0

    bad = write_xlsx(tmp_path / "lỗi.xlsx", units=GOOD_UNITS, people=[person_row("CB1", name="", unit="BTC")])
    assert main(["--db", dbfile, "import", "staff", str(bad), "--dry-run"]) == 2
    assert "dòng 2, cột 'Họ và tên'" in capsys.readouterr().err
    info = _info(dbfile, capsys)
    assert (info["units"], info["people"]) == (0, 0)


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("danh sách.csv", b"a,b\n1,2\n", "không phải tệp Excel"),
        ("cũ.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, ".xlsx"),
        ("không có.xlsx", None, "Không tìm thấy tệp"),
    ],
)
def test_unreadable_files_exit_2_without_traceback(tmp_path, dbfile, capsys, name, content, expected):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert main(["--db", dbfile, "import", "staff", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: ") and expected in err and "Traceback" not in err


def test_missing_column_exit_2(tmp_path, dbfile, capsys):
    path = write_xlsx(tmp_path / "thiếu.xlsx", people=[["CB1", "A"]], staff_headers=["Mã cán bộ", "Họ và tên"])
    assert main(["--db", dbfile, "import", "staff", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Sheet 'Cán bộ' thiếu cột bắt buộc" in err and "'Giới tính'" in err and "'Mã đơn vị'" in err
