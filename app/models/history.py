"""History of people and units: yearly ratings, awards received, sáng kiến, discipline.

Every record edited from the screens has a version column (optimistic locking) and
`updated_by`; their server defaults let migration 0002 add them to tables holding rows.

Discipline periods are inclusive: `end_date` is the last day the measure is in force
(None = still in force). Maternity leave (`Leave`, kind THAI_SAN) counts as worked time
(NĐ 152/2025 Art. 4): a year it overlaps does not break a streak of consecutive years
(see `app.rules.eligibility`).
"""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, utcnow


class Rating(Base):
    """Yearly quality rating (xếp loại chất lượng): HTXSNV / HTTNV / HTNV / KHTNV."""

    __tablename__ = "rating"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    rating: Mapped[str] = mapped_column(String(6))

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_at: Mapped[_dt.datetime | None] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="", server_default="")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (UniqueConstraint("person_id", "year"),)


class Award(Base):
    """A title or form received (danh hiệu / hình thức), by a person or a unit.

    `subject_category` is the person's leader level at the time of the award, so that a
    later promotion does not move old awards between statistics rows (FORMS_TT02.md).
    """

    __tablename__ = "award"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    award_code: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer, index=True)
    decision_no: Mapped[str] = mapped_column(String(50), default="")
    decision_date: Mapped[_dt.date | None] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(String(255), default="")
    subject_category: Mapped[str] = mapped_column(String(10), default="")

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_at: Mapped[_dt.datetime | None] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="", server_default="")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("(person_id IS NULL) <> (unit_id IS NULL)", name="one_subject"),
        # "this person's awards in year y": without it SQLite picks the year index (seconds).
        Index("ix_award_person_year", "person_id", "year"),
    )


class Initiative(Base):
    """A sáng kiến or đề tài/đề án; it can ground one award only (CV 5007/BNV-TĐKT)."""

    __tablename__ = "initiative"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(10), default="SANG_KIEN")
    level: Mapped[str] = mapped_column(String(10), default="CO_SO")
    year: Mapped[int] = mapped_column(Integer)
    recognised_date: Mapped[_dt.date | None] = mapped_column(Date)
    authors: Mapped[str] = mapped_column(String(500), default="", server_default="")
    used_by_award_id: Mapped[int | None] = mapped_column(ForeignKey("award.id", ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_at: Mapped[_dt.datetime | None] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="", server_default="")

    __mapper_args__ = {"version_id_col": version}


class Discipline(Base):
    """A disciplinary measure (kỷ luật) with its period."""

    __tablename__ = "discipline"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    level: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[_dt.date] = mapped_column(Date)
    end_date: Mapped[_dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(500), default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_at: Mapped[_dt.datetime | None] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="", server_default="")

    __mapper_args__ = {"version_id_col": version}


class Leave(Base):
    """A period of leave that counts as worked time (THAI_SAN: maternity leave)."""

    __tablename__ = "leave"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="THAI_SAN")
    start_date: Mapped[_dt.date] = mapped_column(Date)
    end_date: Mapped[_dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(500), default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_at: Mapped[_dt.datetime | None] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="", server_default="")

    __mapper_args__ = {"version_id_col": version}
