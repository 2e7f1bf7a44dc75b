"""Counts of what a database holds (`tdkt-cli info`)."""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from app.db import Base
from app.models import (
    Award,
    Council,
    CouncilMember,
    Discipline,
    Initiative,
    Movement,
    Nomination,
    Person,
    Rating,
    Registration,
    ReviewRound,
    Unit,
)


def database_counts(session: Session, *, today: _dt.date | None = None) -> dict[str, int]:
    today = today or _dt.date.today()

    def count(model: type[Base], *where: ColumnElement[bool]) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

    return {
        "units": count(Unit),
        "people": count(Person),
        "active_people": count(Person, or_(Person.active_to.is_(None), Person.active_to > today)),
        "ratings": count(Rating),
        "awards": count(Award),
        "initiatives": count(Initiative),
        "disciplines": count(Discipline),
        "councils": count(Council),
        "council_members": count(CouncilMember),
        "movements": count(Movement),
        "rounds": count(ReviewRound),
        "open_rounds": count(ReviewRound, ReviewRound.status == "OPEN"),
        "registrations": count(Registration),
        "nominations": count(Nomination),
    }
