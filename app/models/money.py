"""Base salaries (mức lương cơ sở) as dated data: the amount of an award uses the one in
force on the decision's date (app.services.money). `amount` in đồng per month."""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import BigInteger, Date, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, utcnow


class BaseSalary(Base):
    __tablename__ = "base_salary"

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[_dt.date] = mapped_column(Date, unique=True)
    amount: Mapped[int] = mapped_column(BigInteger)
    legal_text: Mapped[str] = mapped_column(String(255), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __mapper_args__ = {"version_id_col": version}
