"""`tdkt-cli template history` and `tdkt-cli import history`: exit codes, messages, no writes on error."""

from __future__ import annotations

import datetime as _dt
import json

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.database import open_database
from tests.app.services.test_history_import import GOOD, RATING_HEADERS, seed_people, write_history_xlsx


@pytest.fixture
def dbfile(tmp_path):
    path = str(tmp_path / "cli.db")
    db = open_database(path)
    seed_people(db)
    db.close()
    return path


def _info(dbfile, capsys) -> dict:
    capsys.readouterr()
    assert main(["--db", dbfile, "info", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _ratings(dbfile) -> int:
    from sqlalchemy import func, select

    from app.models import Rating

    db = open_database(dbfile)
    try:
        with db.factory() as s:
            return s.scalar(select(func.count()).select_from(Rating))
    finally:
        db.close()


def test_template_command(tmp_path, capsys):
    out = tmp_path / "Tài liệu của tôi" / "mẫu lịch sử.xlsx"
    assert main(["template", "history", "--out", str(out)]) == 0
    assert "mẫu lịch sử.xlsx" in capsys.readouterr().out
    assert load_workbook(out).sheetnames[:5] == ["Xếp loại", "Khen thưởng", "Sáng kiến", "Kỷ luật", "Nghỉ thai sản"]


def test_import_good_file_then_again(tmp_path, dbfile, capsys):
    path = write_history_xlsx(tmp_path / "tốt.xlsx", GOOD)
    awards_before = _info(dbfile, capsys)["awards"]
    assert main(["--db", dbfile, "import", "history", str(path)]) == 0
    out = capsys.readouterr()
    assert "xếp loại: 4 thêm mới, 0 cập nhật" in out.out and "khen thưởng: 3 thêm mới" in out.out
    assert "Traceback" not in out.err
    assert _ratings(dbfile) == 4 and _info(dbfile, capsys)["awards"] == awards_before + 3
    assert main(["--db", dbfile, "import", "history", str(path)]) == 0
    assert "xếp loại: 0 thêm mới, 0 cập nhật" in capsys.readouterr().out
    assert _ratings(dbfile) == 4


def test_import_bad_file_exits_2_and_writes_nothing(tmp_path, dbfile, capsys):
    rows = [["CB001", 2023, "HTXSNV"], ["CB999", 2023, "HTTNV"], ["CB002", 2023, "Giỏi"], ["CB003", 1800, "HTNV"]]
    path = write_history_xlsx(tmp_path / "lỗi.xlsx", {"Xếp loại": (RATING_HEADERS, rows)})
    assert main(["--db", dbfile, "import", "history", str(path)]) == 2
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("lỗi.xlsx: ")]
    year = _dt.date.today().year
    assert lines == [
        "lỗi.xlsx: Sheet 'Xếp loại', dòng 3, cột 'Mã cán bộ': "
        "không có cán bộ mã CB999 trong cơ sở dữ liệu; hãy nhập danh sách cán bộ trước",
        "lỗi.xlsx: Sheet 'Xếp loại', dòng 4, cột 'Xếp loại': 'Giỏi' không có trong danh mục; chọn một trong: "
        "Hoàn thành xuất sắc nhiệm vụ; Hoàn thành tốt nhiệm vụ; Hoàn thành nhiệm vụ; Không hoàn thành nhiệm vụ",
        f"lỗi.xlsx: Sheet 'Xếp loại', dòng 5, cột 'Năm': năm 1800 không hợp lệ; phải từ 1950 đến {year}",
    ]
    assert "Không nhập gì" in err and "Traceback" not in err
    assert _ratings(dbfile) == 0

    assert main(["--db", dbfile, "import", "history", str(path), "--dry-run"]) == 2
    assert "chưa ghi gì" in capsys.readouterr().err
    assert _ratings(dbfile) == 0

    assert main(["--db", dbfile, "import", "history", str(path), "--only-valid"]) == 0
    captured = capsys.readouterr()
    assert "bỏ qua 3 dòng lỗi" in captured.out and "dòng 3, cột 'Mã cán bộ'" in captured.err
    assert _ratings(dbfile) == 1


def test_dry_run_of_a_good_file(tmp_path, dbfile, capsys):
    path = write_history_xlsx(tmp_path / "tốt.xlsx", GOOD)
    assert main(["--db", dbfile, "import", "history", str(path), "--dry-run"]) == 0
    assert "chưa ghi gì" in capsys.readouterr().out
    assert _ratings(dbfile) == 0


def test_unreadable_file_exits_2(tmp_path, dbfile, capsys):
    path = tmp_path / "hỏng.xlsx"
    path.write_bytes(b"not a workbook")
    assert main(["--db", dbfile, "import", "history", str(path)]) == 2
    err = capsys.readouterr().err
    assert "hỏng.xlsx" in err and "Traceback" not in err
    assert main(["--db", dbfile, "import", "history", str(tmp_path / "không có.xlsx")]) == 2
    assert "Không tìm thấy tệp" in capsys.readouterr().err
