"""Optimistic locking: a stale save is refused and names who saved last (SQLite and PostgreSQL)."""

import pytest

from app.errors import StaleRecord
from app.models import Person
from app.rules.person import PersonInput, UnitInput
from app.services import org


@pytest.fixture
def person_id(db):
    with db.factory.begin() as s:
        unit = org.create_unit(s, data=UnitInput("U1", "Vụ Cơ sở đảng", "DON_VI"))
        return org.create_person(s, data=PersonInput("P1", "Lê Văn An", "M", unit))


def _data(row, **changes):
    values = dict(code=row.code, full_name=row.full_name, gender=row.gender, unit_id=row.unit_id)
    values.update(changes)
    return PersonInput(**values)


def test_second_save_of_same_version_is_refused(db, person_id, monkeypatch):
    with db.factory() as s1, db.factory() as s2:
        seen_by_a = org.get_person(s1, person_id)
        seen_by_b = org.get_person(s2, person_id)
    monkeypatch.setattr(org, "current_user", lambda: "thuky.a")
    with db.factory.begin() as s:
        org.update_person(
            s, person_id=person_id, version=seen_by_a.version, data=_data(seen_by_a, position="Vụ trưởng")
        )
    monkeypatch.setattr(org, "current_user", lambda: "thuky.b")
    with pytest.raises(StaleRecord) as err, db.factory.begin() as s:
        org.update_person(
            s, person_id=person_id, version=seen_by_b.version, data=_data(seen_by_b, position="Chuyên viên")
        )
    assert "thuky.a" in err.value.message()
    with db.factory() as s:
        assert org.get_person(s, person_id).position == "Vụ trưởng"


def test_race_between_check_and_write_is_caught_by_version_column(db, person_id, monkeypatch):
    monkeypatch.setattr(org, "current_user", lambda: "thuky.a")
    with db.factory() as slow:
        cached = slow.get(Person, person_id)  # B holds the record (version 1) in its session
        slow.commit()
        cached_version = cached.version
        with db.factory.begin() as fast:
            row = org.get_person(fast, person_id)
            org.update_person(fast, person_id=person_id, version=row.version, data=_data(row, position="Phó Vụ trưởng"))
        monkeypatch.setattr(org, "current_user", lambda: "thuky.b")
        # B's check passes against its stale copy; the UPDATE ... WHERE version=1 must fail.
        with pytest.raises(StaleRecord) as err:
            org.update_person(
                slow, person_id=person_id, version=cached_version, data=_data(row, position="Chuyên viên chính")
            )
        slow.rollback()
    assert "thuky.a" in err.value.message()
    with db.factory() as s:
        assert org.get_person(s, person_id).position == "Phó Vụ trưởng"
