"""The nominations and rounds screens on the change hub (issue 17): a write in one screen
refreshes the other without the main window calling it; a hidden screen refreshes when it
is shown again; filter keystrokes are debounced into one listing; a bulk status change of
100 nominations is one write."""

from __future__ import annotations

import datetime as _dt

import pytest

from app.services import nomination, org
from app.services.org import PersonInput
from tests.ui.nominations.test_nominations import round_db, screen  # noqa: F401  (fixtures)
from ui.operations import NOMINATIONS, CollectionOp, change_hub
from ui.rounds.rounds_screen import RoundsScreen

MIDDLE = ("Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Xuân", "Thành", "Ngọc", "Bá")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Khoa", "Long", "Nam", "Sơn")


@pytest.fixture
def hub_events():
    seen = []

    def record(changes):
        seen.append(changes)

    change_hub().changed.connect(record)
    yield seen
    change_hub().changed.disconnect(record)


def test_closing_a_round_in_the_rounds_screen_refreshes_the_nominations_screen(qtbot, screen, round_db):
    assert screen.add_button.isEnabled()
    rounds = RoundsScreen(round_db)
    qtbot.addWidget(rounds)
    rounds.show()
    rounds.select_round(round_db.ids["round"])
    rounds.toggle_round_button.click()  # the confirmation is answered Yes
    assert rounds.selected_round().status == "CLOSED"
    # No main window here: the nominations screen heard the hub.
    assert "đã đóng" in screen.round_combo.currentText()
    assert not screen.add_button.isEnabled() and not screen.propose_button.isEnabled()


def test_a_write_elsewhere_refreshes_the_list_and_the_rounds_counts(qtbot, screen, round_db):
    rounds = RoundsScreen(round_db)
    qtbot.addWidget(rounds)
    rounds.show()
    assert rounds.rounds_model.index(0, 6).data() == "0"
    assert screen.model.rowCount() == 0
    ids = round_db.ids
    CollectionOp(
        parent=None,
        db=round_db,
        changes={NOMINATIONS},
        op=lambda s: nomination.add_nominations(
            s, round_id=ids["round"], award_code="LDTT", person_ids=[ids["CB001"], ids["CB004"]]
        ),
    ).run_in_background()
    assert sorted(r.name for r in screen.model.rows) == ["Nguyễn Thị Hoa", "Trần Thị Bích"]
    assert screen.counts_label.text().startswith("Hiển thị 2 / 2 đề nghị")
    assert rounds.rounds_model.index(0, 6).data() == "2"


def test_a_hidden_screen_refreshes_when_shown(qtbot, screen, round_db, monkeypatch):
    calls = []
    real = nomination.nomination_listing
    monkeypatch.setattr(nomination, "nomination_listing", lambda s, **kw: calls.append(kw) or real(s, **kw))
    screen.hide()
    ids = round_db.ids
    CollectionOp(
        parent=None,
        db=round_db,
        changes={NOMINATIONS},
        op=lambda s: nomination.add_nominations(s, round_id=ids["round"], award_code="LDTT", person_ids=[ids["CB002"]]),
    ).run_in_background()
    assert calls == [] and screen.model.rowCount() == 0  # nothing read while hidden
    screen.show()
    assert len(calls) == 1 and [r.name for r in screen.model.rows] == ["Nguyễn Thị Lan"]


def test_filter_keystrokes_are_debounced_into_one_listing(qtbot, screen, round_db, monkeypatch):
    ids = round_db.ids
    with round_db.factory.begin() as s:
        nomination.add_nominations(
            s, round_id=ids["round"], award_code="LDTT", person_ids=[ids["CB001"], ids["CB002"], ids["CB004"]]
        )
    screen.refresh()
    calls = []
    real = nomination.nomination_listing
    monkeypatch.setattr(nomination, "nomination_listing", lambda s, **kw: calls.append(kw["query"]) or real(s, **kw))
    qtbot.keyClicks(screen.search, "nguyen thi")
    qtbot.waitUntil(lambda: sorted(r.name for r in screen.model.rows) == ["Nguyễn Thị Hoa", "Nguyễn Thị Lan"])
    assert calls == ["nguyen thi"]


def test_a_bulk_status_change_of_100_is_one_write(qtbot, screen, round_db, hub_events):
    ids = round_db.ids
    with round_db.factory.begin() as s:
        people = [
            org.create_person(
                s,
                data=PersonInput(
                    code=f"NV{i:03d}",
                    full_name=f"Phạm {MIDDLE[i // 10]} {GIVEN[i % 10]}",
                    gender="M",
                    unit_id=ids["STC-NS"],
                    birth_year=1980,
                    active_from=_dt.date(2010, 1, 1),
                ),
            )
            for i in range(100)
        ]
        nomination.add_nominations(s, round_id=ids["round"], award_code="LDTT", person_ids=people)
    screen.refresh()
    assert screen.model.rowCount() == 100
    screen.table.selectAll()
    assert screen.selection_label.text() == "Đang chọn 100"
    assert screen.status_buttons["SUBMITTED"].isEnabled()
    screen.status_buttons["SUBMITTED"].click()
    assert [sorted(c.kinds) for c in hub_events] == [["nominations"]] and hub_events[0].initiator is screen
    assert {r.status for r in screen.model.rows} == {"SUBMITTED"}
    assert len(screen.selected_rows()) == 100  # the selection is kept
    assert screen.message_label.text() == "Đã chuyển 100 đề nghị sang «Đã gửi»"


def test_go_to_a_round_while_the_screens_are_still_loading(qtbot, round_db, monkeypatch):
    """The dashboard's "go there" right after showing a screen whose lists load on a worker."""
    from app.services import movement
    from ui.nominations.nominations_screen import NominationsScreen
    from ui.workers import Worker

    ids = round_db.ids
    with round_db.factory.begin() as s:
        other = movement.create_round(s, name="Đợt xét chuyên đề 2024", year=2024, review_date=_dt.date(2025, 1, 15))
        nomination.add_nominations(s, round_id=other, award_code="LDTT", person_ids=[ids["CB005"]])
    monkeypatch.setattr(Worker, "inline", False)
    screen = NominationsScreen(round_db)
    qtbot.addWidget(screen)
    screen.show()
    screen.select_round(other)
    qtbot.waitUntil(lambda: [r.name for r in screen.model.rows] == ["Lê Văn Tám"], timeout=10_000)
    assert screen.round_combo.currentData() == other
    rounds = RoundsScreen(round_db)
    qtbot.addWidget(rounds)
    rounds.show()
    rounds.select_round(other)
    qtbot.waitUntil(lambda: rounds.selected_round() is not None, timeout=10_000)
    assert rounds.selected_round().id == other


def test_history_entered_elsewhere_rechecks_the_verdicts(qtbot, screen, round_db):
    """HISTORY on the hub (another screen's write): the built nominations screen re-checks
    the open rounds itself — the window only does it while the screen is not built."""
    from app.rules.eligibility import ELIGIBLE, NOT_ELIGIBLE
    from app.services import history
    from ui.operations import HISTORY, notify_changed

    ids = round_db.ids
    screen.add(award_code="LDTT", person_ids=[ids["CB006"]])  # Dũng: no rating for 2024
    assert [r.verdict_status for r in screen.model.rows] == [NOT_ELIGIBLE]
    with round_db.factory.begin() as s:
        history.add_rating(s, person_id=ids["CB006"], year=2024, rating="HTTNV")
    notify_changed({HISTORY})
    assert [r.verdict_status for r in screen.model.rows] == [ELIGIBLE]
