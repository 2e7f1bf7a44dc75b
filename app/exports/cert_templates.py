"""Certificate templates: page size, decoration and one box per field, for both modes.

A template is a JSON file `resources/templates/<key>.json` (Giấy khen, Bằng khen, the
CSTĐCS certificate). Every box is in millimetres from the TOP-LEFT corner of the sheet
(x to the right, y downwards) — the way a user measures a pre-printed blank with a ruler
and the way a template editor over a scanned image places it. Two sets of boxes:
`full` (full design on plain paper) and `blank` (only the variable fields, printed onto a
pre-printed blank / phôi). The data types are app/rules/cert_template.py's (re-exported
here); this module reads, validates and writes the JSON files. No database.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from app.errors import BadInput
from app.paths import resources_dir
from app.rules.cert_template import ALIGNS as _ALIGNS

# The plain data types live in app/rules/cert_template.py; re-exported here for the writers.
from app.rules.cert_template import (
    COLORS as _COLORS,
)
from app.rules.cert_template import (
    FIELD_LABELS,
    MODE_BLANK,
    MODE_FULL,
    STATIC_FIELDS,
    TEMPLATE_KEYS,
    VARIABLE_FIELDS,
    CertificateTemplate,
    Decor,
    FieldBox,
)
from app.rules.cert_template import VALIGNS as _VALIGNS
from app.safe_write import write_text

__all__ = [
    "FIELD_LABELS",
    "VARIABLE_FIELDS",
    "STATIC_FIELDS",
    "TEMPLATE_KEYS",
    "MODE_FULL",
    "MODE_BLANK",
    "FieldBox",
    "Decor",
    "CertificateTemplate",
    "templates_dir",
    "load_template",
    "template_from_dict",
    "template_to_dict",
    "save_template",
]


def templates_dir() -> Path:
    return resources_dir() / "templates"


def _box(name: str, data: dict[str, Any], where: str) -> FieldBox:
    if name not in FIELD_LABELS:
        raise BadInput("cert_template.unknown_field", where=where, name=name, field_labels=", ".join(FIELD_LABELS))
    allowed = {f.name for f in dataclasses.fields(FieldBox)} - {"name"}
    unknown = set(data) - allowed
    if unknown:
        raise BadInput("cert_template.unknown_key", where=where, name=name, unknown=", ".join(sorted(unknown)))
    try:
        box = FieldBox(name=name, **data)
        numbers = (box.x, box.y, box.w, box.h, box.size, box.min_size, box.leading)
        if not all(isinstance(v, (int, float)) for v in numbers):
            raise TypeError
    except TypeError:
        raise BadInput("cert_template.box_values", where=where, name=name) from None
    if box.w <= 0 or box.h <= 0:
        raise BadInput("cert_template.size_positive", where=where, name=name)
    if not 0 < box.min_size <= box.size:
        raise BadInput("cert_template.min_size", where=where, name=name)
    if box.align not in _ALIGNS or box.valign not in _VALIGNS:
        raise BadInput("cert_template.bad_align", where=where, name=name)
    if box.color not in _COLORS and not (box.color.startswith("#") and len(box.color) == 7):
        raise BadInput("cert_template.bad_color", where=where, name=name, color=box.color)
    return box


def template_from_dict(data: dict[str, Any], *, where: str = "mẫu") -> CertificateTemplate:
    """Build and validate a template; raises BadInput naming `where` and the field."""
    try:
        page_w, page_h = (float(v) for v in data["page_mm"])
        decor_data = data.get("decor", {})
        emblem = decor_data.get("emblem")
        decor = Decor(
            border=str(decor_data.get("border", "classic")),
            flags=bool(decor_data.get("flags", False)),
            emblem=tuple(float(v) for v in emblem) if emblem else None,  # type: ignore[arg-type]
        )
        modes = {}
        for mode in (MODE_FULL, MODE_BLANK):
            fields = data[mode]["fields"]
            modes[mode] = tuple(_box(name, dict(spec), f"{where} ({mode})") for name, spec in fields.items())
        template = CertificateTemplate(
            key=str(data["key"]),
            title=str(data["title"]),
            page_w=page_w,
            page_h=page_h,
            award_name=str(data.get("award_name", "")),
            grant_line=str(data.get("grant_line", "TẶNG")),
            decor=decor,
            full=modes[MODE_FULL],
            blank=modes[MODE_BLANK],
        )
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise BadInput("cert_template.bad_structure", where=where, exc=exc) from None
    for mode, boxes in ((MODE_FULL, template.full), (MODE_BLANK, template.blank)):
        for box in boxes:
            if box.x < 0 or box.y < 0 or box.x + box.w > page_w + 0.01 or box.y + box.h > page_h + 0.01:
                raise BadInput(
                    "cert_template.box_off_page",
                    where=where,
                    mode=mode,
                    box_name=box.name,
                    page_w=page_w,
                    page_h=page_h,
                )
        if mode == MODE_BLANK and any(b.name in STATIC_FIELDS for b in boxes):
            raise BadInput("cert_template.blank_has_header", where=where)
    return template


def template_to_dict(template: CertificateTemplate) -> dict[str, Any]:
    """The JSON form of a template (the inverse of `template_from_dict`)."""
    defaults = FieldBox("x", 0, 0, 1, 1, 1, 1)

    def box(b: FieldBox) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(FieldBox):
            if f.name == "name":
                continue
            value = getattr(b, f.name)
            if f.name in ("x", "y", "w", "h", "size", "min_size") or value != getattr(defaults, f.name):
                out[f.name] = value
        return out

    decor: dict[str, Any] = {"border": template.decor.border, "flags": template.decor.flags}
    if template.decor.emblem:
        decor["emblem"] = list(template.decor.emblem)
    return {
        "key": template.key,
        "title": template.title,
        "page_mm": [template.page_w, template.page_h],
        "award_name": template.award_name,
        "grant_line": template.grant_line,
        "decor": decor,
        MODE_FULL: {"fields": {b.name: box(b) for b in template.full}},
        MODE_BLANK: {"fields": {b.name: box(b) for b in template.blank}},
    }


def load_template(key_or_path: str | Path) -> CertificateTemplate:
    """A shipped template by key ('giay-khen', 'bang-khen', 'cstdcs') or a JSON file path.

    Raises BadInput for an unknown key, an unreadable file or a malformed template.
    """
    text_key = str(key_or_path)
    if text_key in TEMPLATE_KEYS:
        path = templates_dir() / f"{text_key}.json"
    else:
        path = Path(key_or_path)
        if not path.suffix:
            raise BadInput(
                "cert_template.unknown_template",
                text_key=text_key,
                template_keys=", ".join(TEMPLATE_KEYS),
            )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BadInput("cert_template.file_not_found", path=path) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadInput("cert_template.file_unreadable", path=path, exc=exc) from None
    return template_from_dict(data, where=path.name)


def save_template(template: CertificateTemplate, path: Path) -> Path:
    """Write `template` as JSON (crash-safe: temp file, then rename)."""
    return write_text(Path(path), json.dumps(template_to_dict(template), ensure_ascii=False, indent=1))
