import datetime as dt
import unicodedata

import pytest

from app.errors import StaleRecord, ValidationFailed
from app.rules.person import PersonInput, UnitInput
from app.services import org


@pytest.fixture
def tree(db):
    with db.factory.begin() as s:
        bloc = org.create_unit(s, data=UnitInput("KHOI", "Khối thi đua các cơ quan Đảng Trung ương", "KHOI"))
        btc = org.create_unit(s, data=UnitInput("BTCTW", "Ban Tổ chức Trung ương", "CO_QUAN", bloc))
        vcs = org.create_unit(s, data=UnitInput("BTCTW-VCS", "Vụ Cơ sở đảng", "DON_VI", btc))
        vp = org.create_unit(s, data=UnitInput("VPTW", "Văn phòng Trung ương Đảng", "CO_QUAN", bloc))
    return {"bloc": bloc, "btc": btc, "vcs": vcs, "vp": vp}


def _person(code, name, unit, gender="M", **kw):
    return PersonInput(code=code, full_name=name, gender=gender, unit_id=unit, **kw)


def test_create_and_search_accent_insensitive(db, tree):
    with db.factory.begin() as s:
        org.create_person(s, data=_person("A1", "Nguyễn Thị Ánh", tree["vcs"], "F"))
        org.create_person(s, data=_person("A2", "Đỗ Văn Đức", tree["vp"]))
        org.create_person(s, data=_person("A3", "Nguyễn Văn Thịnh", tree["btc"]))
    with db.factory() as s:
        assert [r.full_name for r in org.search_people(s, query="nguyen thi").rows] == [
            "Nguyễn Thị Ánh",
            "Nguyễn Văn Thịnh",
        ]
        assert [r.code for r in org.search_people(s, query="do duc").rows] == ["A2"]
        assert [r.code for r in org.search_people(s, query="ĐỨC").rows] == ["A2"]
        assert [r.code for r in org.search_people(s, query="a3").rows] == ["A3"]
        assert org.search_people(s, query="xyz").rows == []


def test_search_orders_by_given_name_and_counts(db, tree):
    with db.factory.begin() as s:
        for i, name in enumerate(["Trần Văn Bình", "Lê Thị Anh", "Phạm Ảnh", "Vũ Văn Ân"]):
            org.create_person(s, data=_person(f"P{i}", name, tree["vcs"]))
    with db.factory() as s:
        result = org.search_people(s, query="", limit=3)
        assert [r.full_name for r in result.rows] == ["Lê Thị Anh", "Phạm Ảnh", "Vũ Văn Ân"]
        assert result.more and result.total == 4  # "more than 3": no second pass to count them all
        exact = org.search_people(s, query="", limit=2, exact_total=True)
        assert len(exact.rows) == 2 and exact.total == 4 and not exact.more
        everyone = org.search_people(s, query="", limit=4)
        assert len(everyone.rows) == 4 and everyone.total == 4 and not everyone.more


def test_search_by_subtree(db, tree):
    with db.factory.begin() as s:
        org.create_person(s, data=_person("A1", "Nguyễn Thị Ánh", tree["vcs"], "F"))
        org.create_person(s, data=_person("A2", "Đỗ Văn Đức", tree["vp"]))
    with db.factory() as s:
        units = org.list_units(s)
        ids = org.subtree_ids(units, tree["btc"])
        assert ids == {tree["btc"], tree["vcs"]}
        assert [r.code for r in org.search_people(s, unit_ids=ids).rows] == ["A1"]
        assert [u.code for u in org.unit_path(units, tree["vcs"])] == ["KHOI", "BTCTW", "BTCTW-VCS"]


def test_search_escapes_wildcards(db, tree):
    with db.factory.begin() as s:
        org.create_person(s, data=_person("A_1", "Lê Văn An", tree["vcs"]))
        org.create_person(s, data=_person("AB1", "Lê Văn Ba", tree["vcs"]))
    with db.factory() as s:
        assert [r.code for r in org.search_people(s, query="a_1").rows] == ["A_1"]
        assert org.search_people(s, query="%").rows == []


def test_nfd_input_is_stored_nfc(db, tree):
    nfd = unicodedata.normalize("NFD", "  Nguyễn   Thị Ảnh ")
    with db.factory.begin() as s:
        pid = org.create_person(s, data=_person("A1", nfd, tree["vcs"], "F"))
    with db.factory() as s:
        row = org.get_person(s, pid)
    assert row.full_name == "Nguyễn Thị Ảnh"
    assert unicodedata.is_normalized("NFC", row.full_name)


def test_validation_reports_every_field(db, tree):
    bad = _person("", "", None, "X", birth_date=dt.date.today() + dt.timedelta(days=3))
    with db.factory.begin() as s, pytest.raises(ValidationFailed) as err:
        org.create_person(s, data=bad)
    assert set(err.value.fields) >= {"code", "full_name", "gender", "unit_id", "birth_date"}
    assert "không được để trống" in err.value.fields["full_name"]


def test_duplicate_code_refused(db, tree):
    with db.factory.begin() as s:
        org.create_person(s, data=_person("A1", "Lê Văn An", tree["vcs"]))
    with db.factory.begin() as s, pytest.raises(ValidationFailed) as err:
        org.create_person(s, data=_person("A1", "Lê Văn Bình", tree["vcs"]))
    assert "code" in err.value.fields


def test_update_and_stale_update(db, tree):
    with db.factory.begin() as s:
        pid = org.create_person(s, data=_person("A1", "Lê Văn An", tree["vcs"]))
    with db.factory() as s:
        loaded = org.get_person(s, pid)
    with db.factory.begin() as s:
        org.update_person(
            s,
            person_id=pid,
            version=loaded.version,
            data=_person("A1", "Lê Văn Ân", tree["vcs"], position="Chuyên viên"),
        )
    with db.factory.begin() as s, pytest.raises(StaleRecord) as err:
        org.update_person(s, person_id=pid, version=loaded.version, data=_person("A1", "Lê Văn Anh", tree["vcs"]))
    assert "Lê Văn Ân" in err.value.message()
    with db.factory() as s:
        row = org.get_person(s, pid)
    assert (row.full_name, row.position, row.version) == ("Lê Văn Ân", "Chuyên viên", loaded.version + 1)


def test_deactivate_hides_and_reactivate(db, tree):
    with db.factory.begin() as s:
        pid = org.create_person(s, data=_person("A1", "Lê Văn An", tree["vcs"], active_from=dt.date(2010, 1, 1)))
    with db.factory.begin() as s:
        org.deactivate_person(s, person_id=pid, version=1, on_date=dt.date.today())
    with db.factory() as s:
        assert org.search_people(s).rows == []
        row = org.search_people(s, include_inactive=True).rows[0]
    with db.factory.begin() as s:
        org.reactivate_person(s, person_id=pid, version=row.version)
    with db.factory() as s:
        assert [r.code for r in org.search_people(s).rows] == ["A1"]


def test_unit_cannot_move_under_itself(db, tree):
    with db.factory() as s:
        units = {u.id: u for u in org.list_units(s)}
    btc = units[tree["btc"]]
    with db.factory.begin() as s, pytest.raises(ValidationFailed) as err:
        org.update_unit(
            s, unit_id=btc.id, version=btc.version, data=UnitInput(btc.code, btc.name, btc.kind, tree["vcs"])
        )
    assert "parent_id" in err.value.fields


def test_unit_code_unique_and_kind_checked(db, tree):
    with db.factory.begin() as s, pytest.raises(ValidationFailed) as err:
        org.create_unit(s, data=UnitInput("BTCTW", "Trùng mã", "SAI"))
    assert set(err.value.fields) == {"code", "kind"}
