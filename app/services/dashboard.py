"""What the office looks at first every morning: the current round (nominations by status
and by verdict, deadlines and what is late, ballots not yet sealed) and three charts (awards
per agency, awards per year by level, share of individual awards from bộ/tỉnh level up that
went to non-leaders — the figure superiors ask to grow, DOMAIN.md §9).

`dashboard_summary` takes a Session (the caller owns the transaction), runs on any thread
(the Dashboard screen calls it in a worker) and returns frozen DTOs. Each warning names the
screen where it is fixed (`target`), so a click can open it.
"""

from __future__ import annotations

import datetime as _dt
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.messages import format_message
from app.models import Award, Decision, PrintLog
from app.services import reports
from app.services.ballot import list_ballots
from app.services.council import list_meetings
from app.services.decision import number_text
from app.services.money import year_total_spent
from app.services.movement import RoundRow, list_rounds
from app.services.nomination import STATUSES, round_counts

VERDICTS = {
    "ELIGIBLE": "Đủ điều kiện",
    "NOT_ELIGIBLE": "Không đủ điều kiện",
    "MANUAL_CHECK": "Cần kiểm tra thủ công",
    "": "Chưa kiểm tra",
}
SOON_DAYS = 7


class CountRow(NamedTuple):
    code: str
    label: str
    count: int  # type: ignore[assignment]  # shadows tuple.count on purpose: the screens read row.count


class WarningRow(NamedTuple):
    """`severity` "late" (past a deadline), "warn" (needs action), "info"; `target` the
    screen key where it is fixed ("nominations", "rounds", "council"); `round_id` the round;
    `text` in the current language of `app.messages` (codes `todo.*`)."""

    severity: str
    text: str
    target: str
    round_id: int | None


class RoundSummary(NamedTuple):
    round: RoundRow
    by_status: tuple[CountRow, ...]
    by_verdict: tuple[CountRow, ...]


class ShareYear(NamedTuple):
    year: int
    individuals: int
    non_leaders: int


class DashboardSummary(NamedTuple):
    today: _dt.date
    round: RoundSummary | None
    warnings: tuple[WarningRow, ...]
    chart_year: int  # the year of the per-agency chart (the last year with awards)
    by_unit: tuple[tuple[str, int], ...]  # (agency name, awards in chart_year)
    by_year_level: tuple[reports.YearLevelRow, ...]
    non_leader_share: tuple[ShareYear, ...]  # individual awards from bộ/tỉnh level up
    unsealed_ballots: int
    # Reward money spent (app.services.money): (year, đồng) for last year and this year.
    money_spent: tuple[tuple[int, int], ...] = ()


def _t(code: str, **params: object) -> str:
    """A to-do in the current language of `app.messages` (the GUI's interface language)."""
    return format_message(code, params)


def _round_warnings(
    rnd: RoundRow, status: dict[str, int], verdict: dict[str, int], today: _dt.date, unsealed: list[str]
) -> list[WarningRow]:
    out: list[WarningRow] = []
    draft, submitted = status.get("DRAFT", 0), status.get("SUBMITTED", 0)
    deadline, meeting = rnd.submission_deadline, rnd.meeting_date
    if deadline is not None and draft:
        if deadline < today:
            out.append(
                WarningRow("late", _t("todo.drafts_late", count=draft, deadline=deadline), "nominations", rnd.id)
            )
        elif (deadline - today).days <= SOON_DAYS:
            out.append(
                WarningRow(
                    "warn",
                    _t("todo.drafts_soon", deadline=deadline, days=(deadline - today).days, count=draft),
                    "nominations",
                    rnd.id,
                )
            )
    if meeting is not None and submitted:
        if meeting < today:
            out.append(
                WarningRow(
                    "late", _t("todo.unchecked_after_meeting", count=submitted, meeting=meeting), "nominations", rnd.id
                )
            )
        elif (meeting - today).days <= SOON_DAYS:
            out.append(
                WarningRow(
                    "warn", _t("todo.unchecked_before_meeting", meeting=meeting, count=submitted), "nominations", rnd.id
                )
            )
    if verdict.get("", 0):
        out.append(WarningRow("warn", _t("todo.verdicts_missing", count=verdict[""]), "nominations", rnd.id))
    if verdict.get("NOT_ELIGIBLE", 0):
        out.append(WarningRow("warn", _t("todo.not_eligible", count=verdict["NOT_ELIGIBLE"]), "nominations", rnd.id))
    if verdict.get("MANUAL_CHECK", 0):
        out.append(WarningRow("info", _t("todo.manual_check", count=verdict["MANUAL_CHECK"]), "nominations", rnd.id))
    if unsealed:
        late = meeting is not None and meeting < today
        out.append(
            WarningRow(
                "late" if late else "warn",
                _t(
                    "todo.unsealed",
                    count=len(unsealed),
                    names=", ".join(unsealed[:3]) + ("…" if len(unsealed) > 3 else ""),
                ),
                "council",
                rnd.id,
            )
        )
    if meeting is not None and meeting < today and status.get("APPROVED", 0):
        out.append(WarningRow("info", _t("todo.approved_no_decision", count=status["APPROVED"]), "nominations", rnd.id))
    return out


def _unsealed(session: Session, round_id: int) -> list[str]:
    names = []
    for meeting in list_meetings(session, round_id=round_id):
        names += [b.title for b in list_ballots(session, meeting_id=meeting.id) if not b.sealed]
    return names


def unprinted_decisions(session: Session) -> list[str]:
    """Numbers ("05/QĐ-HĐTĐKT") of issued decisions whose certificates were never printed."""
    printed = select(PrintLog.decision_id).where(PrintLog.decision_id.is_not(None))
    rows = session.execute(
        select(Decision.number, Decision.symbol)
        .where(Decision.status == "ISSUED", Decision.id.not_in(printed))
        .order_by(Decision.decision_date, Decision.number)
    ).all()
    return [number_text(number, symbol) for number, symbol in rows]


def dashboard_summary(session: Session, *, today: _dt.date | None = None, span: int = 5) -> DashboardSummary:
    """The dashboard's figures; the current round is the open round reviewed last (else the
    latest round). Charts count awards by year of achievement, up to the last year with awards."""
    today = today or _dt.date.today()
    rounds = list_rounds(session, status="OPEN") or list_rounds(session)
    summary = None
    warnings: list[WarningRow] = []
    unsealed_count = 0
    if rounds:
        rnd = rounds[0]
        counts = round_counts(session, round_id=rnd.id)
        status, verdict = counts["status"], counts["verdict"]
        by_status = tuple(CountRow(k, label, status.get(k, 0)) for k, label in STATUSES.items())
        by_verdict = tuple(CountRow(k, label, verdict.get(k, 0)) for k, label in VERDICTS.items())
        summary = RoundSummary(rnd, by_status, by_verdict)
        unsealed = _unsealed(session, rnd.id)
        unsealed_count = len(unsealed)
        if rnd.status == "OPEN":
            warnings = _round_warnings(rnd, status, verdict, today, unsealed)
    else:
        warnings.append(WarningRow("info", _t("todo.no_round"), "rounds", None))
    if unprinted := unprinted_decisions(session):
        shown = ", ".join(unprinted[:5]) + ("…" if len(unprinted) > 5 else "")
        warnings.append(WarningRow("warn", _t("todo.unprinted", count=len(unprinted), names=shown), "printing", None))
    last = session.scalar(select(func.max(Award.year)).where(Award.year <= today.year))
    year = last or today.year - 1
    by_unit = reports.awards_by_unit(session, year=year, span=1)
    levels = reports.awards_by_year_level(session, year=year, span=span)
    shares = reports.award_shares(session, year=year, span=span, level_filter="BO_TINH_UP")
    order = {"late": 0, "warn": 1, "info": 2}
    warnings.sort(key=lambda w: order[w.severity])
    return DashboardSummary(
        today,
        summary,
        tuple(warnings),
        year,
        tuple((r.name, r.total) for r in by_unit.rows),
        levels,
        tuple(ShareYear(int(r.label.split()[-1]), r.individuals, r.non_leaders) for r in shares.by_year),
        unsealed_count,
        tuple((y, year_total_spent(session, year=y)) for y in (today.year - 1, today.year)),
    )


__all__ = ["VERDICTS", "CountRow", "WarningRow", "RoundSummary", "ShareYear", "DashboardSummary", "dashboard_summary"]
