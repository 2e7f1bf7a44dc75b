import pytest

from app.errors import StaleRecord, ValidationFailed
from app.services.settings import AgencySettings, get_settings, save_settings


def test_defaults_seeded(db):
    with db.factory() as s:
        st = get_settings(s)
    assert st.place_name == "Hà Nội"
    assert st.header_style == "national"
    assert set(st.versions) >= {"agency_name", "place_name"}


def test_round_trip_and_stale(db):
    with db.factory() as s:
        first = get_settings(s)
    import dataclasses

    changed = dataclasses.replace(first, agency_name="Ban Tổ chức Trung ương", header_style="party")
    with db.factory.begin() as s:
        save_settings(s, values=changed)
    with db.factory() as s:
        now = get_settings(s)
    assert (now.agency_name, now.header_style) == ("Ban Tổ chức Trung ương", "party")
    with db.factory.begin() as s, pytest.raises(StaleRecord):
        save_settings(s, values=dataclasses.replace(first, agency_name="Khác"))


def test_invalid_settings(db):
    with db.factory.begin() as s, pytest.raises(ValidationFailed) as err:
        save_settings(s, values=AgencySettings(place_name="", header_style="x"))
    assert set(err.value.fields) == {"place_name", "header_style"}
