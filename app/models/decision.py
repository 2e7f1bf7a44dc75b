"""Decisions on awards (quyết định khen thưởng) and the recipients they list.

A decision is numbered per NĐ 30/2020 ("Số: 05/QĐ-HĐTĐKT"): `number` restarts on
1 January (per `year` and `symbol`). It is edited only as a DRAFT; issuing it
(`app.services.decision.issue_decision`) writes the awards into history, marks the
nominations DECIDED and locks it (ISSUED). Each `DecisionItem` holds its "số sổ vàng"
(`so_so_vang`, the recipient's order number in the decision's golden book: individuals
first, then collectives, in list order).
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, utcnow


class Decision(Base):
    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    symbol: Mapped[str] = mapped_column(String(50))
    decision_date: Mapped[_dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(500), default="")
    issuing_body: Mapped[str] = mapped_column(String(255), default="")
    agency_name: Mapped[str] = mapped_column(String(255), default="")
    signer_name: Mapped[str] = mapped_column(String(100), default="")
    signer_title: Mapped[str] = mapped_column(String(255), default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    header_style: Mapped[str] = mapped_column(String(10), default="national")
    round_id: Mapped[int | None] = mapped_column(ForeignKey("review_round.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="DRAFT")  # DRAFT | ISSUED
    issued_at: Mapped[_dt.datetime | None] = mapped_column(DateTime)
    issued_by: Mapped[str] = mapped_column(String(100), default="")
    # Reward money frozen when issued (app.services.money): the base salary used, đồng.
    base_salary: Mapped[int | None] = mapped_column(BigInteger)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (UniqueConstraint("year", "symbol", "number", name="uq_decision_year_symbol_number"),)


class DecisionItem(Base):
    """One recipient of a decision (a person or a unit), in list order (`position`)."""

    __tablename__ = "decision_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decision.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    nomination_id: Mapped[int | None] = mapped_column(ForeignKey("nomination.id", ondelete="SET NULL"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    award_code: Mapped[str] = mapped_column(String(20))
    achievement: Mapped[str] = mapped_column(Text, default="")
    so_so_vang: Mapped[int] = mapped_column(Integer, default=0)
    award_id: Mapped[int | None] = mapped_column(ForeignKey("award.id", ondelete="SET NULL"))
    # Reward money frozen when issued: the multiple, the amount paid (đồng) and why it is
    # less than the award carries (one award per achievement); NULL while a draft.
    reward_multiple: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    amount: Mapped[int | None] = mapped_column(BigInteger)
    amount_note: Mapped[str] = mapped_column(String(255), default="", server_default="")

    __table_args__ = (CheckConstraint("(person_id IS NULL) <> (unit_id IS NULL)", name="one_subject"),)
