"""Rules of the register of model examples (điển hình tiên tiến, DOMAIN.md §1).

A model example goes through four stages ("4 khâu"), in this order: phát hiện (found),
bồi dưỡng (fostered), tổng kết (reviewed), nhân rộng (spread). A stage is recorded only
after the earlier ones, and its date is never before an earlier stage's date.

Pure functions, no Session, no I/O.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping

from app.messages import Msg

# The order matters: it is the order of the stages (app.models.example.STAGES holds the
# same codes for the database column).
STAGES = ("PHAT_HIEN", "BOI_DUONG", "TONG_KET", "NHAN_RONG")
STAGE_LABELS = {
    "PHAT_HIEN": "Phát hiện",
    "BOI_DUONG": "Bồi dưỡng",
    "TONG_KET": "Tổng kết",
    "NHAN_RONG": "Nhân rộng",
}
FIRST_STAGE = STAGES[0]

# Who an example is: a person (cá nhân) or a collective (tập thể), as in nominations.
KINDS = {"CA_NHAN": "Cá nhân", "TAP_THE": "Tập thể"}

ACHIEVEMENT_MAX = 2000
NOTE_MAX = 1000


def stage_label(stage: str) -> str:
    """'BOI_DUONG' → 'Bồi dưỡng' (the code itself when unknown)."""
    return STAGE_LABELS.get(stage, stage)


def stage_index(stage: str) -> int:
    """Position of a stage in the order; raises ValueError for an unknown code."""
    return STAGES.index(stage)


def _day(day: _dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def check_stages(stages: Mapping[str, _dt.date | None]) -> dict[str, str]:
    """Reasons (stage code → Vietnamese sentence) why the recorded `stages` (stage → date,
    None when the date is unknown) are out of order; {} when they are fine.

    A stage needs every earlier stage recorded; a dated stage may not be earlier than the
    latest dated stage before it."""
    errors: dict[str, str] = {}
    for code in stages:
        if code not in STAGE_LABELS:
            errors[code] = Msg("reason.not_a_stage", code=code)
    if errors:
        return errors
    missing: str | None = None
    previous: tuple[str, _dt.date] | None = None
    for code in STAGES:
        if code not in stages:
            missing = missing or code
            continue
        if missing is not None:
            errors[code] = Msg(
                "reason.stage_order",
                code=stage_label(code),
                missing=stage_label(missing),
                values=" → ".join(STAGE_LABELS.values()),
            )
            continue
        day = stages[code]
        if day is None:
            continue
        if previous is not None and day < previous[1]:
            errors[code] = Msg(
                "reason.stage_date_order",
                code=stage_label(code),
                day=_day(day),
                previous=stage_label(previous[0]),
                previous2=_day(previous[1]),
            )
        else:
            previous = (code, day)
    return errors


def current_stage(recorded: Iterable[str]) -> str:
    """The furthest stage recorded ('' when none)."""
    found = set(recorded)
    last = ""
    for code in STAGES:
        if code in found:
            last = code
    return last


def reached(recorded: Iterable[str], stage: str) -> bool:
    """Whether an example with these stages has reached `stage` (recorded it or a later one)."""
    target = stage_index(stage)
    return any(code in STAGE_LABELS and stage_index(code) >= target for code in recorded)


def year_errors(year: int | None, start: _dt.date | None, end: _dt.date | None) -> str:
    """Why `year` cannot be an example's year in a movement running `start`–`end` ('' if it can)."""
    if year is None:
        return ""
    if not 1945 <= year <= 2100:
        return "năm không hợp lệ"
    if (start and year < start.year) or (end and year > end.year):
        period = f"{start.year if start else '…'}–{end.year if end else 'nay'}"
        return f"phải trong thời gian của phong trào ({period})"
    return ""
