"""People (staff) of the organisation."""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, utcnow


class Person(Base):
    """A member of staff.

    `active_to` is the first day the person no longer works here (exclusive), so
    deactivating "today" hides the person at once. `sort_key` and `search_key` are derived
    from `full_name`/`code` by `app.rules.vntext` and kept in step by the services.
    """

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    full_name: Mapped[str] = mapped_column(String(100))
    sort_key: Mapped[bytes] = mapped_column(LargeBinary)
    search_key: Mapped[str] = mapped_column(String(200))
    gender: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[_dt.date | None] = mapped_column(Date)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    ethnicity: Mapped[str] = mapped_column(String(50), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    leader_level: Mapped[str] = mapped_column(String(10), default="NONE")
    staff_category: Mapped[str] = mapped_column(String(20), default="CONG_CHUC")
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    active_from: Mapped[_dt.date | None] = mapped_column(Date)
    active_to: Mapped[_dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_person_unit_sort", "unit_id", "sort_key"),
        # Covers search-as-you-type: SQLite walks it in name order and tests the search
        # key without touching the table (150 ms → 10 ms a keystroke over 100,000 staff).
        Index("ix_person_search", "sort_key", "search_key", "active_to", "unit_id"),
    )
