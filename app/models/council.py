"""The Emulation and Commendation Council (Hội đồng TĐKT) and its members."""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, utcnow


class Council(Base):
    __tablename__ = "council"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    term_start: Mapped[_dt.date | None] = mapped_column(Date)
    term_end: Mapped[_dt.date | None] = mapped_column(Date)


class CouncilMember(Base):
    """A member with a role (`codes.COUNCIL_ROLES`) and a term; linked to a person of the
    registry when he or she is staff. A member who leaves is deactivated, never deleted
    (past meetings keep their attendance)."""

    __tablename__ = "council_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("council.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20), default="UY_VIEN")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[str] = mapped_column(String(255), default="")
    term_start: Mapped[_dt.date | None] = mapped_column(Date)
    term_end: Mapped[_dt.date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __mapper_args__ = {"version_id_col": version}
