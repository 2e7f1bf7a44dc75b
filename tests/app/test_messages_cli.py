"""`tdkt-cli --lang en`: English messages on stderr, the same exit codes; Vietnamese stays
the default (PRODUCT.md §2)."""

from __future__ import annotations

import pytest

from app import messages
from app.cli import main
from tests.app.services.test_staff_import import GOOD_UNITS, person_row, write_xlsx


@pytest.fixture(autouse=True)
def vietnamese_afterwards():
    yield
    messages.set_language("vi")


@pytest.fixture
def dbfile(tmp_path):
    return str(tmp_path / "cli.db")


def _bad_staff_file(tmp_path):
    people = [
        person_row("CB1", unit="BTC"),
        person_row("CB2", gender="Nữa", unit="BTC"),
        person_row("CB3", birth="31/02/1990", unit="BTC"),
        person_row("CB4", unit="KHONGCO"),
    ]
    return write_xlsx(tmp_path / "bad.xlsx", units=GOOD_UNITS, people=people)


def test_bad_staff_file_in_english(tmp_path, dbfile, capsys):
    path = _bad_staff_file(tmp_path)
    assert main(["--lang", "en", "--db", dbfile, "import", "staff", str(path)]) == 2
    err = capsys.readouterr().err
    assert [line for line in err.splitlines() if line.startswith("bad.xlsx: ")] == [
        "bad.xlsx: Sheet 'Cán bộ', row 3, column 'Giới tính': 'Nữa' is invalid; it must be Nam (male) or Nữ (female)",
        "bad.xlsx: Sheet 'Cán bộ', row 4, column 'Ngày sinh': the date 31/02/1990 does not exist",
        (
            "bad.xlsx: Sheet 'Cán bộ', row 5, column 'Mã đơn vị': "
            "no unit with code KHONGCO in sheet 'Đơn vị' or in the database"
        ),
    ]
    assert "Nothing imported because the file has 3 errors in 3 rows." in err
    assert "Traceback" not in err


def test_the_same_file_in_vietnamese_by_default(tmp_path, dbfile, capsys):
    path = _bad_staff_file(tmp_path)
    assert main(["--db", dbfile, "import", "staff", str(path)]) == 2
    err = capsys.readouterr().err
    assert "bad.xlsx: Sheet 'Cán bộ', dòng 4, cột 'Ngày sinh': ngày 31/02/1990 không tồn tại" in err
    assert "Không nhập gì vì tệp có 3 lỗi ở 3 dòng." in err


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("en", "Error: The file notes.xlsx is not an Excel file (.xlsx) or is damaged."),
        ("vi", "Lỗi: Tệp notes.xlsx không phải tệp Excel (.xlsx) hoặc đã bị hỏng."),
    ],
)
def test_a_file_that_is_not_excel(tmp_path, dbfile, capsys, lang, expected):
    path = tmp_path / "notes.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    assert main(["--lang", lang, "--db", dbfile, "import", "staff", str(path)]) == 2
    assert capsys.readouterr().err.strip().splitlines()[-1] == expected


def test_tally_bad_input_in_english(tmp_path, capsys):
    candidates = tmp_path / "c.txt"
    candidates.write_text("An\nBình\n", encoding="utf-8")
    sheets = tmp_path / "s.csv"
    sheets.write_text("sheet,kind,struck\n1,ballot,3\n", encoding="utf-8")
    code = main(["--lang", "en", "tally", "--members", "5", "--candidates", str(candidates), "--sheets", str(sheets)])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "Traceback" not in err
    assert not any(ch in err for ch in "ạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữự"), err


def test_an_unknown_language_is_a_usage_error(capsys):
    assert main_exit(["--lang", "fr", "info"]) == 2
    assert "--lang" in capsys.readouterr().err


def main_exit(argv) -> int:
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code)
