"""`tdkt-cli tally` against the PRODUCT.md §2 contract: formats, exit codes 0/2/3."""

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from app.cli import main

ROOT = Path(__file__).resolve().parents[2]
NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thị Dung", "Đỗ Minh Đức"]


def _write(path: Path, text: str, *, bom: bool = False, crlf: bool = False) -> str:
    if crlf:
        text = text.replace("\n", "\r\n")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return str(path)


def _sheets_csv(rows) -> str:
    return "sheet,kind,struck\n" + "".join(f'{n},{k},"{s}"\n' for n, k, s in rows)


@pytest.fixture
def files(tmp_path):
    """11 members, 5 candidates; 10 sheets (one written, one invalid), BOM + CRLF."""
    cands = _write(tmp_path / "ứng viên.txt", "\n".join(NAMES) + "\n\n", bom=True, crlf=True)
    rows = [
        (1, "ballot", ""),
        (2, "ballot", "2"),
        (3, "ballot", "3 5"),
        (4, "ballot", "5"),
        (5, "written", "2,3"),
        (6, "ballot", "5"),
        (7, "ballot", "5"),
        (8, "ballot", "5"),
        (9, "invalid", ""),
        (10, "ballot", "5"),
    ]
    # sheets 1..8 and 10 valid (9): approvals 1:9 2:7 3:7 4:9 5:3
    sheets = _write(tmp_path / "phieu.csv", _sheets_csv(rows), bom=True, crlf=True)
    return {"candidates": cands, "sheets": sheets, "rows": rows, "dir": tmp_path}


def _run(capsys, *args):
    code = main(["tally", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output_follows_the_contract(files, capsys):
    code, out, err = _run(
        capsys, "--members", 11, "--candidates", files["candidates"], "--sheets", files["sheets"], "--json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert list(data) == ["members", "collected", "valid", "invalid", "written", "candidates"]
    assert (data["members"], data["collected"], data["valid"], data["invalid"], data["written"]) == (11, 10, 9, 1, 1)
    assert [c["number"] for c in data["candidates"]] == [1, 2, 3, 4, 5]
    assert [c["name"] for c in data["candidates"]] == NAMES
    assert [c["approvals"] for c in data["candidates"]] == [9, 7, 7, 9, 3]
    assert [c["percent"] for c in data["candidates"]] == ["81.82", "63.64", "63.64", "81.82", "27.27"]
    # default threshold 80 %: 80% of 11 needs 9
    assert [c["passed"] for c in data["candidates"]] == [True, False, False, True, False]
    assert all(c["tied"] is False for c in data["candidates"])
    assert "Nguyễn Văn An" in out  # ensure_ascii=False


def test_thresholds_on_the_cli(files, capsys):
    base = ["--members", 11, "--candidates", files["candidates"], "--sheets", files["sheets"], "--json"]
    code, out, _ = _run(capsys, *base, "--threshold", "90%")
    assert code == 0 and not any(c["passed"] for c in json.loads(out)["candidates"])
    code, out, _ = _run(capsys, *base, "--threshold", "2/3")  # 2/3 of 11 needs 8 (7.33…)
    assert [c["passed"] for c in json.loads(out)["candidates"]] == [True, False, False, True, False]
    code, out, _ = _run(capsys, *base, "--threshold", "7/11")
    assert [c["passed"] for c in json.loads(out)["candidates"]] == [True, True, True, True, False]


def test_quota_tie_across_boundary(files, capsys):
    code, out, err = _run(
        capsys,
        "--members",
        11,
        "--candidates",
        files["candidates"],
        "--sheets",
        files["sheets"],
        "--threshold",
        "50%",
        "--quota",
        3,
        "--json",
    )
    assert code == 0, err
    cands = json.loads(out)["candidates"]
    # 9, 7, 7, 9, 3 with quota 3: 1 and 4 pass; 2 and 3 tie for the last place
    assert [(c["passed"], c["tied"]) for c in cands] == [
        (True, False),
        (False, True),
        (False, True),
        (True, False),
        (False, False),
    ]


def test_max_approvals_makes_sheets_invalid(files, capsys):
    code, out, _ = _run(
        capsys,
        "--members",
        11,
        "--candidates",
        files["candidates"],
        "--sheets",
        files["sheets"],
        "--max-approvals",
        3,
        "--json",
    )
    data = json.loads(out)
    # only sheets 3 (strikes 2) and 5 (written, strikes 2) approve ≤ 3
    assert (data["collected"], data["valid"], data["invalid"], data["written"]) == (10, 2, 8, 1)
    assert [c["approvals"] for c in data["candidates"]] == [2, 1, 0, 2, 1]


def test_readable_table(files, capsys):
    code, out, _ = _run(capsys, "--members", 11, "--candidates", files["candidates"], "--sheets", files["sheets"])
    assert code == 0
    lines = out.splitlines()
    for expected in [
        "Số thành viên Hội đồng: 11",
        "Phiếu thu về: 10",
        "Phiếu hợp lệ: 9",
        "Phiếu không hợp lệ: 1",
        "Ý kiến bằng văn bản (tính như phiếu bầu): 1",
    ]:
        assert expected in lines
    header = next(line for line in lines if line.startswith("STT"))
    for col in ["Họ và tên", "Số phiếu đồng ý", "Tỷ lệ %", "Kết quả"]:
        assert col in header
    table = lines[lines.index(header) + 2 : lines.index(header) + 7]
    assert [row.split()[-1] for row in table] == ["Đạt", "đạt", "đạt", "Đạt", "đạt"]
    assert "81,82" in table[0] and "Không đạt" in table[1]
    # aligned: numbers right-aligned under their headers, names and verdicts left-aligned
    pct_end = header.index("Tỷ lệ %") + len("Tỷ lệ %")
    votes_end = header.index("Số phiếu đồng ý") + len("Số phiếu đồng ý")
    verdict_at = header.index("Kết quả")
    name_at = header.index("Họ và tên")
    for row, name, votes in zip(table, NAMES, ["9", "7", "7", "9", "3"]):
        assert row[pct_end - 5 : pct_end] in {"81,82", "63,64", "27,27"}, table
        assert row[votes_end - 1 : votes_end] == votes and row[votes_end - 2] == " "
        assert row[name_at:].startswith(name)
        assert row[verdict_at:] in {"Đạt", "Không đạt"}


def test_written_only_and_nfd_names_come_out_nfc(tmp_path, capsys):
    nfd = [unicodedata.normalize("NFD", n) for n in NAMES[:2]]
    cands = _write(tmp_path / "c.txt", "\n".join(nfd))
    sheets = _write(tmp_path / "s.csv", "sheet,kind,struck\n1,written,\n2,written,1\n")
    code, out, _ = _run(capsys, "--members", 3, "--candidates", cands, "--sheets", sheets, "--json")
    assert code == 0
    data = json.loads(out)
    assert [c["name"] for c in data["candidates"]] == NAMES[:2]
    assert all(unicodedata.is_normalized("NFC", c["name"]) for c in data["candidates"])
    assert unicodedata.normalize("NFC", "Nguyễn").encode() in out.encode()
    assert (data["written"], data["valid"]) == (2, 2)
    assert [c["percent"] for c in data["candidates"]] == ["33.33", "66.67"]


def test_double_entry_agreeing_tallies(files, capsys):
    shuffled = list(reversed(files["rows"]))
    check = _write(
        files["dir"] / "lan2.csv",
        _sheets_csv([(n, k, " ".join(reversed(s.replace(",", " ").split()))) for n, k, s in shuffled]),
    )
    code, out, err = _run(
        capsys,
        "--members",
        11,
        "--candidates",
        files["candidates"],
        "--sheets",
        files["sheets"],
        "--check",
        check,
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["valid"] == 9


def test_double_entry_differences_exit_3(files, capsys):
    rows = [list(r) for r in files["rows"]]
    rows[2][2] = "3 4"  # sheet 3: 4 instead of 5
    rows[8][1] = "ballot"  # sheet 9: kind differs
    del rows[9]  # sheet 10 missing
    rows.append((11, "ballot", ""))  # sheet 11 only in the second entry
    check = _write(files["dir"] / "lan2.csv", _sheets_csv(rows))
    code, out, err = _run(
        capsys,
        "--members",
        11,
        "--candidates",
        files["candidates"],
        "--sheets",
        files["sheets"],
        "--check",
        check,
        "--json",
    )
    assert code == 3
    assert out == ""
    assert "khác nhau ở 4 phiếu: 3, 9, 10, 11" in err
    assert "Phiếu 3: lần 1" in err and "gạch 3 5" in err and "gạch 3 4" in err
    assert "Phiếu 10:" in err and "không có" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("sheets_body", "where"),
    [
        ("sheet,kind,struck\n1,ballot,6\n", "dòng 2, cột struck: số 6 không có trong danh sách (1–5)"),
        ("sheet,kind,struck\n1,ballot,2 b\n", "dòng 2, cột struck: 'b' không phải số"),
        ("sheet,kind,struck\n1,ballot,\n1,ballot,\n", "dòng 3, cột sheet: số phiếu 1 bị lặp"),
        ("sheet,kind,struck\n1,ballt,\n", "dòng 2, cột kind: 'ballt' không hợp lệ"),
        (
            "sheet,kind,struck\n" + "".join(f"{i},ballot,\n" for i in range(1, 5)),
            "dòng 5: có nhiều phiếu hơn số thành viên",
        ),
        ("1,ballot,\n", "dòng 1: thiếu dòng tiêu đề"),
        ("sheet,kind,struck\nx,ballot,\n", "dòng 2, cột sheet: 'x' không phải số phiếu"),
    ],
)
def test_bad_sheets_exit_2_naming_file_line_field(tmp_path, capsys, sheets_body, where):
    cands = _write(tmp_path / "c.txt", "\n".join(NAMES))
    sheets = _write(tmp_path / "phieu.csv", sheets_body)
    code, out, err = _run(capsys, "--members", 3, "--candidates", cands, "--sheets", sheets)
    assert code == 2
    assert out == ""
    assert f"Tệp {sheets}, {where}" in err or (f"Tệp {sheets}" in err and where in err)
    assert "Traceback" not in err


def test_bad_check_file_is_named(files, capsys):
    check = _write(files["dir"] / "lan2.csv", "sheet,kind,struck\n1,ballot,9\n")
    code, _, err = _run(
        capsys, "--members", 11, "--candidates", files["candidates"], "--sheets", files["sheets"], "--check", check
    )
    assert code == 2 and f"Tệp {check}, dòng 2, cột struck: số 9" in err


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--threshold", "0.8"], "Ngưỡng '0.8' không hợp lệ"),
        (["--threshold", "120%"], "không quá 100%"),
    ],
)
def test_bad_threshold_exit_2(files, capsys, args, fragment):
    code, _, err = _run(
        capsys, "--members", 11, "--candidates", files["candidates"], "--sheets", files["sheets"], *args
    )
    assert code == 2 and fragment in err and "Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [
        ["--members", "0"],
        ["--members", "mười"],
        ["--members", "11", "--quota", "0"],
        ["--members", "11", "--max-approvals", "-1"],
    ],
)
def test_bad_numbers_exit_2(files, capsys, args):
    with pytest.raises(SystemExit) as exc:
        main(["tally", "--candidates", files["candidates"], "--sheets", files["sheets"], *args])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "không phải số nguyên dương" in err and "Traceback" not in err


def test_candidate_file_problems_exit_2(tmp_path, capsys):
    sheets = _write(tmp_path / "s.csv", "sheet,kind,struck\n")
    gap = _write(tmp_path / "gap.txt", "An\n\nBình\n")
    code, _, err = _run(capsys, "--members", 3, "--candidates", gap, "--sheets", sheets)
    assert code == 2 and f"Tệp {gap}, dòng 2" in err
    missing = str(tmp_path / "không có.txt")
    code, _, err = _run(capsys, "--members", 3, "--candidates", missing, "--sheets", sheets)
    assert code == 2 and f"Tệp {missing}: không tìm thấy tệp" in err
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Bình".encode("cp1252"))
    code, _, err = _run(capsys, "--members", 3, "--candidates", str(latin), "--sheets", sheets)
    assert code == 2 and "UTF-8" in err and "Traceback" not in err


def test_help_states_the_default_threshold(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["tally", "--help"])
    assert exc.value.code == 0
    assert "mặc định 80%" in capsys.readouterr().out


def test_console_script_subprocess(files):
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "tally",
            "--members",
            "11",
            "--candidates",
            files["candidates"],
            "--sheets",
            files["sheets"],
            "--json",
        ],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    data = json.loads(proc.stdout.decode("utf-8"))
    assert data["candidates"][0]["name"] == "Nguyễn Văn An"
    bad = _write(files["dir"] / "bad.csv", "sheet,kind,struck\n1,ballot,99\n")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "tally",
            "--members",
            "11",
            "--candidates",
            files["candidates"],
            "--sheets",
            bad,
        ],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2 and "cột struck: số 99" in err and "Traceback" not in err
