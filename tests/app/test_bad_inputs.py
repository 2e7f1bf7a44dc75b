"""The bad inputs of issue 12 point 6, each refused with a clear message (and nothing
written): case of staff codes, invisible characters, copy-db from a missing file, huge
numbers in tally, a password-protected xlsx, implausible history."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.errors import BadInput, ValidationFailed
from app.models import Leave, Person, Rating
from app.rules.person import PersonInput, UnitInput
from app.rules.vntext import INVISIBLE_CHARS, clean_text, nfc
from app.services.history import add_leave, add_rating, update_leave
from app.services.org import create_person, create_unit, update_person

DATA = Path(__file__).parent / "data"
RLO = "\u202e"


@pytest.fixture
def unit(db):
    with db.factory.begin() as s:
        return create_unit(s, data=UnitInput("VPTW", "Văn phòng Trung ương", "CO_QUAN"))


def _person(s, unit_id, code="VPTW-001", name="Nguyễn Thị Hoa", **kw):
    return create_person(s, data=PersonInput(code, name, "F", unit_id, birth_year=1985, **kw))


# ---------------------------------------------------------------- staff codes


def test_codes_are_case_insensitive_in_the_service(db, unit):
    with db.factory.begin() as s:
        pid = _person(s, unit)
    with db.factory() as s:
        with pytest.raises(ValidationFailed) as err:
            _person(s, unit, code="vptw-001", name="Trần Văn Minh")
        assert "code" in err.value.fields
        assert s.scalar(select(Person.code).where(Person.id == pid)) == "VPTW-001"
    with db.factory.begin() as s:
        other = _person(s, unit, code="vptw-002", name="Trần Văn Minh")
        assert s.get(Person, other).code == "VPTW-002"


def test_codes_are_case_insensitive_in_the_import(db, unit, tmp_path):
    from tests.app.services.test_staff_import import do_import, person_row, write_xlsx

    with db.factory.begin() as s:
        _person(s, unit)
    path = write_xlsx(
        tmp_path / "cán bộ.xlsx",
        people=[
            person_row(
                code="vptw-001",
                name="Nguyễn Thị Hoa",
                gender="Nữ",
                birth="1985",
                unit="vptw",
                position="Phó Chánh Văn phòng",
            )
        ],
    )
    result = do_import(db, path)
    assert result.created_people == 0 and result.updated_people == 1, result.issues
    with db.factory() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 1
        assert s.scalar(select(Person.position)) == "Phó Chánh Văn phòng"
    twice = write_xlsx(
        tmp_path / "trùng.xlsx", people=[person_row(code="cb-9", unit="VPTW"), person_row(code="CB-9", unit="VPTW")]
    )
    issues = _staff_issues(db, twice)
    assert {i.row for i in issues} == {2, 3} and all(i.column == "Mã cán bộ" for i in issues)


def _staff_issues(db, path):
    from app.services.staff_import import preview_import, read_staff_file

    with db.factory() as s:
        return preview_import(s, read_staff_file(path)).issues


def test_migration_upper_cases_existing_codes(db_url):
    from alembic import command
    from sqlalchemy import text

    from app import migrate
    from app.db import make_engine

    engine = make_engine(db_url)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO unit (id, code, name, kind, sort_order, is_active, version, updated_by, "
                "updated_at) VALUES (1, 'vp', 'Văn phòng', 'DON_VI', 1, true, 1, 't', '2024-01-01')"
            )
        )
        for pid, code in ((1, "cb-1"), (2, "cb-2"), (3, "CB-2")):
            conn.execute(
                text(
                    "INSERT INTO person (id, code, full_name, sort_key, search_key, gender, ethnicity, "
                    "position, leader_level, staff_category, unit_id, version, updated_by, updated_at) "
                    "VALUES (:id, :code, 'A', :k, 'a', 'M', '', '', 'NONE', 'CONG_CHUC', 1, 1, 't', "
                    "'2024-01-01')"
                ),
                {"id": pid, "code": code, "k": b"a"},
            )
    migrate.upgrade(engine, backup=False)
    with engine.connect() as conn:
        codes = dict(conn.execute(text("SELECT id, code FROM person")).all())
        unit_code = conn.execute(text("SELECT code FROM unit")).scalar()
    engine.dispose()
    assert codes == {1: "CB-1", 2: "cb-2", 3: "CB-2"}  # a clash is left for the office to merge
    assert unit_code == "VP"


# ---------------------------------------------------------------- invisible characters


def test_clean_text_and_nfc_remove_every_invisible_control():
    for ch in INVISIBLE_CHARS:
        assert clean_text(f"Nguyễn{ch} Văn A") == "Nguyễn Văn A"
        assert ch not in nfc(f"A{ch}B")
    assert len(INVISIBLE_CHARS) == 5 + 4 + 2 + 3 + 1 + 1
    assert clean_text("\ufeffHòa\u200b Bình\u2060") == "Hòa Bình"


def test_names_with_bidi_controls_are_refused(db, unit):
    with db.factory() as s:
        with pytest.raises(ValidationFailed) as err:
            _person(s, unit, name=f"Nguyễn {RLO}aoH ịhT")
        assert "full_name" in err.value.fields and "ký tự điều khiển ẩn" in err.value.fields["full_name"]
        with pytest.raises(ValidationFailed):
            _person(s, unit, code="VPTW\u200b-9")
        with pytest.raises(ValidationFailed):
            create_unit(s, data=UnitInput("VP\u2066X", "Tên", "DON_VI"))
    with db.factory.begin() as s:
        pid = _person(s, unit, position="Chuyên\u200b viên\u202c")  # other text fields: cleaned
    with db.factory() as s:
        p = s.get(Person, pid)
        assert p.position == "Chuyên viên"
        with pytest.raises(ValidationFailed):
            update_person(
                s,
                person_id=pid,
                version=p.version,
                data=PersonInput("VPTW-001", f"Hoa{RLO}", "F", unit, birth_year=1985),
            )


def test_import_refuses_names_with_invisible_characters(db, unit, tmp_path):
    from tests.app.services.test_staff_import import do_import, person_row, write_xlsx

    path = write_xlsx(
        tmp_path / "ẩn.xlsx",
        people=[person_row(code="CB1", name=f"Lê {RLO}naV", unit="VPTW"), person_row(code="CB\ufeff2", unit="VPTW")],
    )
    with pytest.raises(BadInput):
        do_import(db, path)
    cells = {(i.row, i.column) for i in _staff_issues(db, path)}
    assert (2, "Họ và tên") in cells and (3, "Mã cán bộ") in cells
    with db.factory() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0


# ---------------------------------------------------------------- copy-db, tally


def test_copy_db_from_a_missing_file_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "gõ nhầm.db"
    target = tmp_path / "đích.db"
    assert main(["copy-db", "--from", str(missing), "--to", str(target)]) == 2
    err = capsys.readouterr().err
    assert "không tìm thấy" in err and "Traceback" not in err
    assert not missing.exists() and not target.exists()


HUGE = "9" * 5000


@pytest.mark.parametrize("where", ["sheet", "struck", "threshold", "members", "quota", "max"])
def test_tally_refuses_huge_numbers(tmp_path, capsys, where):
    cands = tmp_path / "ứng viên.txt"
    cands.write_text("Nguyễn Văn A\nTrần Thị B\n", encoding="utf-8")
    sheets = tmp_path / "phiếu.csv"
    rows = {"sheet": f"{HUGE},ballot,1", "struck": f"1,ballot,{HUGE}"}.get(where, "1,ballot,2")
    sheets.write_text(f"sheet,kind,struck\n{rows}\n", encoding="utf-8")
    args = ["tally", "--members", "5", "--candidates", str(cands), "--sheets", str(sheets)]
    extra = {
        "threshold": ["--threshold", f"{HUGE}/{HUGE}9"],
        "members": ["--members", HUGE],
        "quota": ["--quota", HUGE],
        "max": ["--max-approvals", HUGE],
    }.get(where, [])
    try:
        rc = main(args + extra)
    except SystemExit as exc:  # argparse's own exit for option values
        rc = exc.code
    err = capsys.readouterr().err
    assert rc == 2 and "Traceback" not in err and "ValueError" not in err
    assert len(err) < 2000, "the message quotes the number shortened"


# ---------------------------------------------------------------- encrypted xlsx


def test_password_protected_xlsx_is_named_as_such(db, tmp_path, capsys):
    from app.services.xlsx_read import open_workbook

    src = DATA / "co-mat-khau.xlsx"
    with pytest.raises(BadInput) as err:
        open_workbook(src)
    assert "mật khẩu" in err.value.message() and ".xls)" not in err.value.message()
    db_path = tmp_path / "t.db"
    assert main(["--db", str(db_path), "import", "staff", str(src)]) == 2
    assert "mật khẩu" in capsys.readouterr().err
    assert main(["--db", str(db_path), "import", "history", str(src)]) == 2
    assert "mật khẩu" in capsys.readouterr().err


def test_old_xls_is_still_named_old(tmp_path):
    from app.services.xlsx_read import open_workbook

    old = tmp_path / "cũ.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000 + "Workbook".encode("utf-16-le"))
    with pytest.raises(BadInput, match="cũ"):
        open_workbook(old)


# ---------------------------------------------------------------- implausible history


def test_rating_before_birth_is_refused(db, unit):
    with db.factory.begin() as s:
        pid = _person(s, unit)  # born 1985
    with db.factory() as s:
        with pytest.raises(ValidationFailed) as err:
            add_rating(s, person_id=pid, year=1984, rating="HTTNV")
        assert "1985" in err.value.fields["year"]
        assert add_rating(s, person_id=pid, year=2010, rating="HTTNV")


def test_overlapping_leaves_are_refused(db, unit):
    with db.factory.begin() as s:
        pid = _person(s, unit)
        first = add_leave(s, person_id=pid, start_date=_dt.date(2020, 1, 1), end_date=_dt.date(2020, 6, 30))
        second = add_leave(s, person_id=pid, start_date=_dt.date(2022, 1, 1), end_date=_dt.date(2022, 6, 30))
    with db.factory() as s:
        with pytest.raises(ValidationFailed) as err:
            add_leave(s, person_id=pid, start_date=_dt.date(2020, 6, 1), end_date=_dt.date(2020, 12, 31))
        assert "01/01/2020" in err.value.fields["start_date"]
        lv = s.get(Leave, second)
        with pytest.raises(ValidationFailed):
            update_leave(
                s, leave_id=second, version=lv.version, start_date=_dt.date(2020, 3, 1), end_date=_dt.date(2020, 4, 1)
            )
        # Moving a leave within its own period is fine.
        lv1 = s.get(Leave, first)
        update_leave(
            s, leave_id=first, version=lv1.version, start_date=_dt.date(2020, 2, 1), end_date=_dt.date(2020, 7, 31)
        )


def test_history_import_refuses_implausible_rows(db, unit, tmp_path):
    from app.services.history_import import apply_history_import, preview_history_import, read_history_file
    from tests.app.services.test_history_import import LEAVE_HEADERS, RATING_HEADERS, write_history_xlsx

    with db.factory.begin() as s:
        pid = _person(s, unit)
        add_leave(s, person_id=pid, start_date=_dt.date(2019, 1, 1), end_date=_dt.date(2019, 6, 30))
    path = write_history_xlsx(
        tmp_path / "lịch sử.xlsx",
        {
            "Xếp loại": (RATING_HEADERS, [["vptw-001", 1980, "HTTNV"], ["VPTW-001", 2015, "HTTNV"]]),
            "Nghỉ thai sản": (
                LEAVE_HEADERS,
                [
                    ["VPTW-001", "01/03/2019", "31/08/2019", None],  # overlaps the stored leave
                    ["VPTW-001", "01/01/2021", "30/06/2021", None],
                    ["VPTW-001", "01/05/2021", "31/10/2021", None],  # overlaps the row above
                ],
            ),
        },
    )
    with pytest.raises(BadInput), db.factory.begin() as s:
        apply_history_import(s, read_history_file(path), today=_dt.date(2025, 6, 1))
    with db.factory() as s:
        result = preview_history_import(s, read_history_file(path), today=_dt.date(2025, 6, 1))
    lines = [i.line() for i in result.issues]
    by_row = {(i.sheet, i.row) for i in result.issues}
    assert ("Xếp loại", 2) in by_row and ("Xếp loại", 3) not in by_row
    assert {("Nghỉ thai sản", 2), ("Nghỉ thai sản", 3), ("Nghỉ thai sản", 4)} <= by_row
    assert any("1985" in line for line in lines)
    with db.factory() as s:
        assert s.scalar(select(func.count()).select_from(Rating)) == 0
        assert s.scalar(select(func.count()).select_from(Leave)) == 1
