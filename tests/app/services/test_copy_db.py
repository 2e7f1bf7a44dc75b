"""copy-db: SQLite file → target (PostgreSQL when the suite runs on it) round trip."""

import datetime as dt

import pytest
from sqlalchemy import select

from app.cli import main
from app.database import open_database
from app.errors import BadInput
from app.models import Person, Rating, Unit
from app.rules.person import PersonInput, UnitInput
from app.services import org
from app.services.copy_db import copy_database


@pytest.fixture
def source(tmp_path):
    database = open_database(tmp_path / "nguồn.db")
    with database.factory.begin() as s:
        child = org.create_unit(s, data=UnitInput("CON", "Vụ Đảng viên", "DON_VI"))
        parent = org.create_unit(s, data=UnitInput("CHA", "Ban Tổ chức Trung ương", "CO_QUAN"))
        unit = s.get(Unit, child)
        org.update_unit(s, unit_id=child, version=unit.version, data=UnitInput("CON", "Vụ Đảng viên", "DON_VI", parent))
        for i in range(25):
            pid = org.create_person(
                s,
                data=PersonInput(
                    f"P{i:03d}", f"Nguyễn Thị Ánh {chr(65 + i)}", "F", child, birth_date=dt.date(1980, 1, 1 + i)
                ),
            )
            s.add(Rating(person_id=pid, year=2024, rating="HTTNV"))
    yield database
    database.close()


def _people(database):
    with database.factory() as s:
        return [
            tuple(r)
            for r in s.execute(
                select(
                    Person.id, Person.code, Person.full_name, Person.sort_key, Person.birth_date, Person.unit_id
                ).order_by(Person.id)
            )
        ]


def test_round_trip_counts_and_rows(source, db):
    result = copy_database(source.engine, db.engine)
    assert result.counts["person"] == 25 and result.counts["unit"] == 2 and result.counts["rating"] == 25
    assert _people(db) == _people(source)
    with db.factory() as s:
        assert [r.full_name for r in org.search_people(s, query="anh c").rows] == ["Nguyễn Thị Ánh C"]
    # Sequences continue after the copied ids: a new record gets a fresh id.
    with db.factory.begin() as s:
        new_id = org.create_person(s, data=PersonInput("NEW", "Trần Văn Mới", "M", _people(db)[0][5]))
    assert new_id > 25


def test_refuses_non_empty_target_then_overwrites(source, db):
    copy_database(source.engine, db.engine)
    with pytest.raises(BadInput) as err:
        copy_database(source.engine, db.engine)
    assert "đã có dữ liệu" in err.value.message()
    assert copy_database(source.engine, db.engine, overwrite=True).counts["person"] == 25
    assert len(_people(db)) == 25


def test_cli_copy_db(source, db_url, capsys):
    src = str(source.engine.url.database)
    assert main(["copy-db", "--from", src, "--to", db_url]) == 0
    assert "khớp" in capsys.readouterr().out
    assert main(["copy-db", "--from", src, "--to", db_url]) == 2
    assert "--overwrite" in capsys.readouterr().err
