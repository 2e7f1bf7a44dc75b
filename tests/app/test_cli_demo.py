"""`tdkt-cli demo` and `tdkt-cli info --json` through app.cli.main."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from app.cli import EXIT_BAD_INPUT, EXIT_OK, main
from app.database import open_database
from app.models import Award, Person, Rating, Unit


def test_demo_then_info_json(tmp_path, capsys):
    db_path = str(tmp_path / "cli.db")
    assert main(["--db", db_path, "demo", "--people", "300", "--seed", "7"]) == EXIT_OK
    out, err = capsys.readouterr()
    assert out.startswith("Đã tạo dữ liệu mẫu: ")
    assert "300 cán bộ" in out and "14 cơ quan" in out
    assert "Tạo dữ liệu mẫu: 100%" in err  # progress lines on stderr

    assert main(["--db", db_path, "info", "--json"]) == EXIT_OK
    counts = json.loads(capsys.readouterr().out)
    assert counts["people"] == 300
    assert counts["councils"] == 1
    assert 11 <= counts["council_members"] <= 15
    assert counts["ratings"] > 0 and counts["awards"] > 0 and counts["initiatives"] > 0

    database = open_database(db_path)
    with database.factory() as s:
        assert counts["units"] == s.scalar(select(func.count()).select_from(Unit))
        assert counts["awards"] == s.scalar(select(func.count()).select_from(Award))
        assert counts["ratings"] == s.scalar(select(func.count()).select_from(Rating))
        inactive = s.scalar(select(func.count()).select_from(Person).where(Person.active_to.is_not(None)))
        assert counts["active_people"] == 300 - inactive  # demo leavers all left in the past
    database.close()
    # The summary line names the same numbers as info.
    assert f"{counts['awards']:,}".replace(",", ".") in out


def test_demo_same_seed_same_counts(tmp_path, capsys):
    results = []
    for name in ("a.db", "b.db"):
        assert main(["--db", str(tmp_path / name), "demo", "--people", "120", "--seed", "7"]) == EXIT_OK
        capsys.readouterr()
        assert main(["--db", str(tmp_path / name), "info", "--json"]) == EXIT_OK
        results.append(json.loads(capsys.readouterr().out))
    assert results[0] == results[1]


def test_demo_refuses_a_non_empty_database(tmp_path, capsys):
    db_path = str(tmp_path / "full.db")
    assert main(["--db", db_path, "demo", "--people", "50"]) == EXIT_OK
    capsys.readouterr()
    assert main(["--db", db_path, "demo", "--people", "50"]) == EXIT_BAD_INPUT
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("Lỗi: Cơ sở dữ liệu đã có dữ liệu")
    assert "Traceback" not in err
    assert main(["--db", db_path, "info", "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["people"] == 50


def test_demo_rejects_non_positive_people(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "x.db"), "demo", "--people", "0"]) == EXIT_BAD_INPUT
    assert "--people" in capsys.readouterr().err


def test_demo_bloc_scoring_and_examples_exported(tmp_path, capsys):
    """The demo's bloc table and model examples go out through `tdkt-cli export`."""
    from openpyxl import load_workbook

    from app.models import Movement, ScoringTable

    db_path = str(tmp_path / "cli.db")
    assert main(["--db", db_path, "demo", "--people", "600", "--seed", "3"]) == EXIT_OK
    assert "khối thi đua" in capsys.readouterr().out
    database = open_database(db_path)
    with database.factory() as s:
        table_id = s.scalar(select(ScoringTable.id))
        movement_id = s.scalar(select(Movement.id).where(Movement.name == "Tham mưu giỏi, phục vụ tốt"))
    database.close()
    out = tmp_path / "dien-hinh.xlsx"
    assert main(["--db", db_path, "export", "examples", "--movement", str(movement_id), "--out", str(out)]) == EXIT_OK
    assert "20 điển hình tiên tiến" in capsys.readouterr().out  # 600 staff // 30
    values = [c for row in load_workbook(out).active.iter_rows(values_only=True) for c in row if c is not None]
    assert "DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN" in values and "I. CÁ NHÂN" in values
    assert main(["--db", db_path, "export", "examples", "--out", str(out)]) == EXIT_BAD_INPUT
    assert "--movement" in capsys.readouterr().err
    pdf = tmp_path / "bang-diem.pdf"
    assert main(["--db", db_path, "export", "scoring", "--table", str(table_id), "--out", str(pdf)]) == EXIT_OK
    assert pdf.read_bytes().startswith(b"%PDF")
