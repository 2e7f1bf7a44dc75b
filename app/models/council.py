"""The Emulation and Commendation Council (Hội đồng TĐKT) and its members."""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base


class Council(Base):
    __tablename__ = "council"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    term_start: Mapped[_dt.date | None] = mapped_column(Date)
    term_end: Mapped[_dt.date | None] = mapped_column(Date)


class CouncilMember(Base):
    """A member with a role; linked to a person of the registry when he or she is staff."""

    __tablename__ = "council_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("council.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20), default="UY_VIEN")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
