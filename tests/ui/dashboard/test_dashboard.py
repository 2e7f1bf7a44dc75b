"""Dashboard screen: round counts, warnings that open the place to fix them, charts drawn
with QPainter; the dashboard service's figures."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import dashboard, history
from app.services import movement as mv
from app.services import nomination as nom

D = dt.date


@pytest.fixture
def round_db(org_db):
    """org_db with awards over five years and an open round past its deadline."""
    ids = org_db.ids
    with org_db.factory.begin() as s:
        for year in range(2021, 2026):
            for code in ("CB001", "CB002", "CB004"):
                history.add_award(s, person_id=ids[code], award_code="LDTT", year=year, decision_date=D(year, 12, 20))
            history.add_award(s, person_id=ids["CB003"], award_code="BK_BO", year=year, decision_date=D(year + 1, 1, 5))
        history.add_award(s, person_id=ids["CB001"], award_code="BK_BO", year=2025, decision_date=D(2026, 1, 5))
        rnd = mv.create_round(
            s,
            name="Đợt xét năm 2025",
            year=2025,
            review_date=D(2026, 1, 15),
            submission_deadline=D(2026, 1, 5),
            meeting_date=D(2026, 1, 20),
        )
        nom.add_nominations(s, round_id=rnd, award_code="LDTT", person_ids=[ids["CB001"], ids["CB002"]])
        nom.add_nominations(s, round_id=rnd, award_code="CSTDCS", person_ids=[ids["CB004"]])
    org_db.round_id = rnd
    return org_db


def test_summary_service(round_db):
    with round_db.factory() as s:
        d = dashboard.dashboard_summary(s, today=D(2026, 1, 10))
    assert d.round.round.id == round_db.round_id
    assert {c.code: c.count for c in d.round.by_status}["DRAFT"] == 3
    assert {c.code: c.count for c in d.round.by_verdict}[""] == 3
    late = [w for w in d.warnings if w.severity == "late"]
    assert late and "quá hạn nộp 05/01/2026" in late[0].text and late[0].target == "nominations"
    assert d.warnings[0].severity == "late"  # late first
    assert d.chart_year == 2025
    assert dict(d.by_unit) == {"Sở Nội vụ": 4, "Sở Tài chính": 1}  # 2025 only
    assert [r.counts for r in d.by_year_level][-1] == (3, 2, 0)
    assert [(s.individuals, s.non_leaders) for s in d.non_leader_share][-1] == (2, 2)  # no leader levels set
    with round_db.factory() as s:
        before = dashboard.dashboard_summary(s, today=D(2025, 12, 1))
    assert not [w for w in before.warnings if w.severity == "late"]


def test_dashboard_screen_and_navigation(qtbot, round_db, main_window):
    from ui.dashboard.dashboard_screen import DashboardScreen

    main_window.show_screen("dashboard")
    screen = main_window.screen("dashboard")
    assert isinstance(screen, DashboardScreen)
    qtbot.waitUntil(lambda: screen.summary is not None)
    assert screen.status_box.values["DRAFT"].text() == "3"
    assert "Đợt xét năm 2025" in screen.round_label.text()
    assert screen.unit_chart.categories == ["Sở Nội vụ", "Sở Tài chính"]
    assert screen.share_chart.percent and screen.level_chart.series[0][1][-1] == 3
    # Every chart paints without error at a small size too.
    for chart in (screen.unit_chart, screen.level_chart, screen.share_chart):
        chart.resize(300, 200)
        assert not chart.grab().isNull()
    # A warning opens the nominations screen on the round.
    assert screen.warnings.count() >= 1
    with qtbot.waitSignal(screen.navigate_requested) as blocker:
        screen._on_warning(screen.warnings.item(0))
    assert blocker.args == ["nominations", round_db.round_id]
    assert main_window.current_screen() == "nominations"
    # Unknown targets fall back to the rounds screen.
    from ui.dashboard.dashboard_screen import navigate

    navigate(main_window, "no-such-screen", round_db.round_id)
    assert main_window.current_screen() == "rounds"


def test_empty_database_dashboard(qtbot, db):
    from ui.dashboard.dashboard_screen import DashboardScreen

    screen = DashboardScreen(db)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    qtbot.waitUntil(lambda: screen.summary is not None)
    assert screen.summary.round is None
    assert screen.summary.warnings[0].target == "rounds"
    assert not screen.unit_chart.grab().isNull()


def test_chart_widget_rejects_unknown_kind(qtbot):
    from ui.dashboard.chart import ChartWidget

    with pytest.raises(ValueError):
        ChartWidget("x", "pie")


def test_money_spent_this_year_and_last(qtbot, round_db):
    from ui.dashboard.dashboard_screen import DashboardScreen

    with round_db.factory() as s:
        d = dashboard.dashboard_summary(s, today=D(2026, 1, 10))
    # 2025: 3 × LĐTT (0.3 × 2,340,000 → 710,000) + a Bằng khen bộ of 05/01/2025 (1.5 × 2,340,000);
    # 2026: two Bằng khen bộ of 05/01/2026.
    assert d.money_spent == ((2025, 3 * 710_000 + 3_510_000), (2026, 2 * 3_510_000))
    screen = DashboardScreen(round_db, today=D(2026, 1, 10))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.summary is not None)
    text = screen.money_label.text()
    assert "Tiền thưởng năm 2026: <b>7.020.000 đồng</b>" in text and "năm 2025: <b>5.640.000 đồng</b>" in text


def test_dashboard_refreshes_itself_after_a_write_elsewhere(qtbot, round_db):
    """A nomination status written by another screen (a CollectionOp announcing NOMINATIONS)
    reaches the dashboard through the change hub; nothing calls its refresh."""
    from PySide6.QtWidgets import QWidget

    from ui.dashboard.dashboard_screen import DashboardScreen
    from ui.operations import NOMINATIONS, CollectionOp

    screen = DashboardScreen(round_db, today=D(2026, 1, 10))
    qtbot.addWidget(screen)
    screen.show()
    assert {c.code: c.count for c in screen.summary.round.by_status}["DRAFT"] == 3
    with round_db.factory() as s:
        first = nom.list_nominations(s, round_id=round_db.round_id)[0]
    other = QWidget()
    qtbot.addWidget(other)
    with qtbot.waitSignal(screen.loaded):
        CollectionOp(
            parent=other,
            db=round_db,
            changes={NOMINATIONS},
            op=lambda s: nom.delete_nomination(s, nomination_id=first.id, version=first.version),
        ).run_in_background()
    assert {c.code: c.count for c in screen.summary.round.by_status}["DRAFT"] == 2
