"""Certificate printing: printer profiles, blank layouts (phôi) and the print log.

`PrinterProfile` rows hold the calibration of one printer (see
`app.exports.printer_profiles`, whose dataclass of the same name the services return).
`BlankLayout` overrides the blank-mode field boxes of a shipped template (mm from the
top-left corner) and keeps the scanned image of the blank the office loaded.
`PrintLog` records what was printed, with the printed data itself (`payload`, one JSON
object per certificate) so that one certificate can be reprinted exactly.
"""

from __future__ import annotations

import datetime as _dt

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, utcnow


class PrinterProfile(Base):
    __tablename__ = "printer_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    offset_x_mm: Mapped[float] = mapped_column(Float, default=0.0)
    offset_y_mm: Mapped[float] = mapped_column(Float, default=0.0)
    scale_x: Mapped[float] = mapped_column(Float, default=1.0)
    scale_y: Mapped[float] = mapped_column(Float, default=1.0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __mapper_args__ = {"version_id_col": version}


class BlankLayout(Base):
    """Field boxes of one blank type (template key), in mm, as JSON {field: box}."""

    __tablename__ = "blank_layout"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_key: Mapped[str] = mapped_column(String(30), unique=True)
    boxes: Mapped[dict] = mapped_column(JSON)
    scan_name: Mapped[str] = mapped_column(String(255), default="")
    scan_image: Mapped[bytes | None] = mapped_column(LargeBinary)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __mapper_args__ = {"version_id_col": version}


class PrintLog(Base):
    """One printing (a PDF batch, a direct print or a reprint)."""

    __tablename__ = "print_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[_dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    by: Mapped[str] = mapped_column(String(100), default="")
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id", ondelete="SET NULL"), index=True)
    source: Mapped[str] = mapped_column(String(500), default="")
    template_key: Mapped[str] = mapped_column(String(30), default="")
    mode: Mapped[str] = mapped_column(String(10), default="full")  # full | blank
    printer_name: Mapped[str] = mapped_column(String(100), default="")
    output: Mapped[str] = mapped_column(String(1000), default="")  # file written, or the printer
    pages: Mapped[int] = mapped_column(Integer, default=0)
    recipients: Mapped[str] = mapped_column(Text, default="")
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)
    payload: Mapped[list | None] = mapped_column(JSON)
