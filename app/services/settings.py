"""Agency settings stored in the database (they change printed results)."""

from __future__ import annotations

import base64
import dataclasses
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Msg, StaleRecord, ValidationFailed
from app.models import Setting
from app.rules.vntext import clean_text
from app.services.common import current_user

HEADER_STYLES = {"national": "Quốc hiệu, tiêu ngữ (cơ quan nhà nước)", "party": "ĐẢNG CỘNG SẢN VIỆT NAM (cơ quan Đảng)"}

LABELS = {
    "agency_name": "Tên cơ quan, đơn vị",
    "issuing_body": "Cơ quan cấp trên (dòng trên tên cơ quan)",
    "place_name": "Địa danh ghi ngày tháng",
    "signer_name": "Người ký mặc định",
    "signer_title": "Chức vụ người ký",
    "header_style": "Kiểu tiêu đề văn bản",
}
MAX_LEN = 255


@dataclasses.dataclass(frozen=True)
class AgencySettings:
    """The agency's identity on documents. `versions` holds each key's stored version."""

    agency_name: str = ""
    issuing_body: str = ""
    place_name: str = "Hà Nội"
    signer_name: str = ""
    signer_title: str = ""
    header_style: str = "national"
    versions: dict[str, int] = dataclasses.field(default_factory=dict, compare=False)


_KEYS = [f.name for f in dataclasses.fields(AgencySettings) if f.name != "versions"]


def get_settings(session: Session) -> AgencySettings:
    rows = {s.key: s for s in session.scalars(select(Setting).where(Setting.key.in_(_KEYS)))}
    values = {k: rows[k].value for k in _KEYS if k in rows}
    return AgencySettings(**values, versions={k: r.version for k, r in rows.items()})


def validate_settings(values: AgencySettings) -> dict[str, str]:
    errors: dict[str, str] = {}
    for key in _KEYS:
        if len(getattr(values, key)) > MAX_LEN:
            errors[key] = Msg("reason.too_long", max_len=MAX_LEN)
    if values.header_style not in HEADER_STYLES:
        errors["header_style"] = Msg("reason.invalid")
    if not values.place_name:
        errors["place_name"] = Msg("reason.required_date_line")
    return errors


SETUP_REQUIRED = ("agency_name", "place_name", "signer_title", "signer_name")


def missing_setup(values: AgencySettings) -> list[str]:
    """The settings a document cannot be printed without (first-run setup), by key; [] when
    the agency is set up. The default place counts as set only once stored."""
    return [
        k for k in SETUP_REQUIRED if not getattr(values, k).strip() or (k == "place_name" and k not in values.versions)
    ]


def save_settings(session: Session, *, values: AgencySettings) -> None:
    """Store every setting. Raises ValidationFailed, and StaleRecord when a key was changed
    by someone else since `values.versions` was read."""
    cleaned: dict[str, Any] = {k: clean_text(getattr(values, k)) for k in _KEYS}
    values = dataclasses.replace(values, **cleaned)
    if errors := validate_settings(values):
        raise ValidationFailed(errors)
    rows = {s.key: s for s in session.scalars(select(Setting).where(Setting.key.in_(_KEYS)))}
    user = current_user()
    for key in _KEYS:
        row = rows.get(key)
        if row is not None and values.versions.get(key) not in (None, row.version):
            raise StaleRecord(what=Msg("what.setting_named", name=LABELS[key]), who=row.updated_by or "người khác")
        if row is None:
            session.add(Setting(key=key, value=getattr(values, key), updated_by=user))
        elif row.value != getattr(values, key):
            row.value = getattr(values, key)
            row.updated_by = user
    session.flush()


def seed_settings(session: Session) -> None:
    """Default settings for a new database (idempotent)."""
    existing = set(session.scalars(select(Setting.key)))
    defaults = AgencySettings()
    for key in _KEYS:
        if key not in existing:
            session.add(Setting(key=key, value=getattr(defaults, key), updated_by="init"))
    session.flush()


EMBLEM_KEY = "emblem_image"
EMBLEM_MAX_BYTES = 2_000_000
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def get_emblem(session: Session) -> bytes | None:
    """The emblem (Quốc huy or the organisation's logo) printed top centre on full-design
    certificates, or None: then the space stays empty (DOMAIN.md §7)."""
    row = session.get(Setting, EMBLEM_KEY)
    if row is None or not row.value:
        return None
    return base64.b64decode(row.value)


def set_emblem(session: Session, *, image: bytes | None) -> None:
    """Store (or with None remove) the emblem image. Raises ValidationFailed for anything
    but a PNG or JPEG of at most 2 MB."""
    if image is not None:
        if not image.startswith(_IMAGE_MAGIC):
            raise ValidationFailed({"emblem": Msg("reason.png_or_jpeg")})
        if len(image) > EMBLEM_MAX_BYTES:
            raise ValidationFailed(
                {"emblem": Msg("reason.image_too_big", emblem_max_bytes=EMBLEM_MAX_BYTES // 1_000_000)}
            )
    row = session.get(Setting, EMBLEM_KEY)
    value = base64.b64encode(image).decode("ascii") if image else ""
    if row is None:
        session.add(Setting(key=EMBLEM_KEY, value=value, updated_by=current_user()))
    else:
        row.value = value
        row.updated_by = current_user()
    session.flush()
