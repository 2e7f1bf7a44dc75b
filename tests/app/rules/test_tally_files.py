"""Parsing the files of `tdkt-cli tally` (app/rules/ballot_sheets.py)."""

import unicodedata

import pytest

from app.errors import BadInput
from app.rules.ballot_sheets import decode_text, parse_candidates, parse_sheets
from app.rules.tally import Sheet


def _error(fn, *args, **kwargs) -> str:
    with pytest.raises(BadInput) as exc:
        fn(*args, **kwargs)
    return exc.value.message()


# ---------------------------------------------------------------- candidates


def test_candidates_bom_crlf_nfd_and_trailing_blank_lines():
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    data = ("\ufeff" + nfd + "\r\n  Trần   Văn Bình \r\nLê C\r\n\r\n  \r\n").encode("utf-8")
    names = parse_candidates(decode_text(data, "ds.txt"), "ds.txt")
    assert names == ("Nguyễn Thị Ánh", "Trần Văn Bình", "Lê C")
    assert all(unicodedata.is_normalized("NFC", n) for n in names)


def test_candidates_blank_line_in_the_middle_names_the_line():
    msg = _error(parse_candidates, "An\nBình\n\nCường\n", "ds.txt")
    assert "Tệp ds.txt, dòng 3" in msg and "dòng trống" in msg


def test_candidates_empty_file():
    assert "trống" in _error(parse_candidates, "\r\n\r\n", "ds.txt")


def test_decode_rejects_non_utf8_with_line():
    msg = _error(decode_text, "An\nBình\n".encode() + "Bình Đông".encode("cp1252", errors="replace"), "ds.txt")
    assert "Tệp ds.txt, dòng 3" in msg and "UTF-8" in msg


# ---------------------------------------------------------------- sheets


def test_sheets_bom_crlf_separators_and_case():
    text = decode_text(
        b'\xef\xbb\xbf Sheet , KIND ,Struck\r\n1,ballot,\r\n2,Ballot,3 17\r\n3,written,"3,17"\r\n'
        b'4,invalid,\r\n\r\n5,ballot,"  2 ,  5  "\r\n6,ballot,1,2\r\n',
        "p.csv",
    )
    sheets = parse_sheets(text, "p.csv", candidates=20, members=6)
    assert sheets == (
        Sheet(1),
        Sheet(2, "ballot", frozenset({3, 17})),
        Sheet(3, "written", frozenset({3, 17})),
        Sheet(4, "invalid"),
        Sheet(5, "ballot", frozenset({2, 5})),
        Sheet(6, "ballot", frozenset({1, 2})),
    )


def test_header_only_means_no_sheets():
    assert parse_sheets("sheet,kind,struck\n", "p.csv", candidates=3) == ()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "sheet,kind,struck\n1,ballot,\n7,ballot,31\n",
            "Tệp p.csv, dòng 3, cột struck: số 31 không có trong danh sách (1–30)",
        ),
        ("sheet,kind,struck\n1,ballot,0\n", "dòng 2, cột struck: số 0 không có trong danh sách"),
        ("sheet,kind,struck\n1,ballot,3 x\n", "dòng 2, cột struck: 'x' không phải số"),
        ("sheet,kind,struck\n1,ballot,2.5\n", "dòng 2, cột struck: '2.5' không phải số"),
        ("sheet,kind,struck\n1,ballot,-3\n", "dòng 2, cột struck: '-3' không phải số"),
        ("sheet,kind,struck\n1,ballot,4 4\n", "dòng 2, cột struck: số 4 bị ghi hai lần"),
        (
            "sheet,kind,struck\n1,ballot,\n2,ballot,\n1,written,\n",
            "dòng 4, cột sheet: số phiếu 1 bị lặp (đã có ở dòng 2)",
        ),
        ("sheet,kind,struck\nA1,ballot,\n", "dòng 2, cột sheet: 'A1' không phải số phiếu"),
        ("sheet,kind,struck\n0,ballot,\n", "dòng 2, cột sheet: '0' không phải số phiếu"),
        ("sheet,kind,struck\n,ballot,\n", "dòng 2, cột sheet: trống"),
        ("sheet,kind,struck\n1,blank,\n", "dòng 2, cột kind: 'blank' không hợp lệ"),
        ("sheet,kind,struck\n1\n", "dòng 2, cột kind: trống không hợp lệ"),
        ("1,ballot,3\n", "Tệp p.csv, dòng 1: thiếu dòng tiêu đề"),
        ("sheet;kind;struck\n1;ballot;3\n", "dòng 1: thiếu dòng tiêu đề"),
        ("", "dòng 1: thiếu dòng tiêu đề"),
        (
            "sheet,kind,struck\n" + "".join(f"{i},ballot,\n" for i in range(1, 5)),
            "Tệp p.csv, dòng 5: có nhiều phiếu hơn số thành viên Hội đồng (3)",
        ),
    ],
)
def test_sheet_errors_name_file_line_and_field(body, expected):
    assert expected in _error(parse_sheets, body, "p.csv", candidates=30, members=3)


def test_every_problem_of_a_file_is_reported():
    body = "sheet,kind,struck\n1,ballot,31\n2,nope,\n2,ballot,x\n"
    with pytest.raises(BadInput) as exc:
        parse_sheets(body, "p.csv", candidates=30)
    problems = exc.value.params["problems"]
    assert [p.split(":")[0] for p in problems] == [
        "Tệp p.csv, dòng 2, cột struck",
        "Tệp p.csv, dòng 3, cột kind",
        "Tệp p.csv, dòng 4, cột sheet",
        "Tệp p.csv, dòng 4, cột struck",
    ]
    assert exc.value.message().count("\n") == 3
