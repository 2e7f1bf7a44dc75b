"""Printer profiles: the offset and scale that make a printer hit a pre-printed blank.

A profile is a correction applied to everything drawn in blank mode (and on the test
sheet), in the template's coordinates (mm from the TOP-LEFT corner, y downwards):

    printed_x = offset_x_mm + scale_x × x        printed_y = offset_y_mm + scale_y × y

`offset_x_mm` > 0 moves the text to the right, `offset_y_mm` > 0 moves it DOWN the sheet.
If the test sheet's target at 20 mm from the left edge comes out at 21.5 mm, the printer
shifts by +1.5 mm and the profile needs `offset_x_mm = -1.5`; `profile_from_measurements`
does that arithmetic (and the scale) from several targets.

Until profiles are stored in the database, the CLI reads them from a JSON file
(`{"Tên máy in": {"offset_x_mm": -1.5, "offset_y_mm": 0.8, "scale_x": 1, "scale_y": 1}}`
or a list of objects with "name") or takes `offset_x,offset_y[,scale_x,scale_y]`.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path

from app.errors import BadInput
from app.rules.vntext import clean_text, fold

__all__ = [
    "PrinterProfile",
    "parse_printer_spec",
    "load_profiles",
    "profile_from_measurements",
    "MAX_OFFSET_MM",
    "MIN_SCALE",
    "MAX_SCALE",
]

MAX_OFFSET_MM = 30.0
MIN_SCALE, MAX_SCALE = 0.8, 1.2


@dataclasses.dataclass(frozen=True)
class PrinterProfile:
    """Offset (mm) and scale correction of one printer; see the module docstring."""

    name: str
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    scale_x: float = 1.0
    scale_y: float = 1.0

    def __post_init__(self) -> None:
        for label, value in (("offset_x_mm", self.offset_x_mm), ("offset_y_mm", self.offset_y_mm)):
            if not abs(value) <= MAX_OFFSET_MM:
                raise BadInput(
                    "printer.offset_too_large",
                    self_name=self.name,
                    label=label,
                    value=value,
                    max_offset_mm=MAX_OFFSET_MM,
                )
        for label, value in (("scale_x", self.scale_x), ("scale_y", self.scale_y)):
            if not MIN_SCALE <= value <= MAX_SCALE:
                raise BadInput(
                    "printer.scale_out_of_range",
                    self_name=self.name,
                    label=label,
                    value=value,
                    min_scale=MIN_SCALE,
                    max_scale=MAX_SCALE,
                )

    @property
    def is_identity(self) -> bool:
        return (self.offset_x_mm, self.offset_y_mm, self.scale_x, self.scale_y) == (0, 0, 1, 1)

    def apply(self, x_mm: float, y_mm: float) -> tuple[float, float]:
        """Where a point of the template lands in the PDF (mm from the top-left)."""
        return self.offset_x_mm + self.scale_x * x_mm, self.offset_y_mm + self.scale_y * y_mm


def _profile(name: str, data: object) -> PrinterProfile:
    if not isinstance(data, dict):
        raise BadInput("printer.profile_not_object", name=name)
    try:
        return PrinterProfile(
            name=name,
            offset_x_mm=float(data.get("offset_x_mm", 0.0)),
            offset_y_mm=float(data.get("offset_y_mm", 0.0)),
            scale_x=float(data.get("scale_x", 1.0)),
            scale_y=float(data.get("scale_y", 1.0)),
        )
    except (TypeError, ValueError):
        raise BadInput("printer.not_numbers", name=name) from None


def load_profiles(path: Path) -> dict[str, PrinterProfile]:
    """Profiles of a JSON file (a name → object map, or a list of objects with "name")."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise BadInput("printer.file_not_found", path=path) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadInput("printer.file_unreadable", path=path, exc=exc) from None
    if isinstance(data, dict) and isinstance(data.get("profiles"), list):
        data = data["profiles"]
    profiles: dict[str, PrinterProfile] = {}
    if isinstance(data, list):
        for entry in data:
            name = clean_text(entry.get("name", "")) if isinstance(entry, dict) else ""
            if not name:
                raise BadInput("printer.profile_needs_name", path=path)
            profiles[name] = _profile(name, entry)
    elif isinstance(data, dict):
        for name, entry in data.items():
            profiles[clean_text(name)] = _profile(clean_text(name), entry)
    else:
        raise BadInput("printer.file_shape", path=path)
    return profiles


def parse_printer_spec(spec: str, profiles_file: Path | None = None) -> PrinterProfile:
    """`--printer`: 'offset_x,offset_y[,scale_x,scale_y]' in mm (dot decimals), or a
    profile name looked up (ignoring case and tone marks) in `profiles_file`."""
    text = clean_text(spec)
    parts = [p.strip() for p in text.split(",")]
    if len(parts) in (2, 4):
        try:
            numbers = [float(p) for p in parts]
        except ValueError:
            numbers = []
        if numbers:
            sx, sy = (numbers[2], numbers[3]) if len(numbers) == 4 else (1.0, 1.0)
            return PrinterProfile(name=text, offset_x_mm=numbers[0], offset_y_mm=numbers[1], scale_x=sx, scale_y=sy)
    if profiles_file is None or not Path(profiles_file).exists():
        raise BadInput("printer.bad_spec", text=text)
    profiles = load_profiles(Path(profiles_file))
    for name, profile in profiles.items():
        if fold(name) == fold(text):
            return profile
    names = ", ".join(profiles) or "(trống)"
    raise BadInput("printer.unknown_profile_in_file", text=text, profiles_file=profiles_file, names=names)


def _line(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """Least-squares (a, b) of measured = a + b × expected."""
    n = len(points)
    mean_e = sum(e for e, _ in points) / n
    mean_m = sum(m for _, m in points) / n
    var = sum((e - mean_e) ** 2 for e, _ in points)
    if var < 1e-9:
        return mean_m - mean_e, 1.0
    b = sum((e - mean_e) * (m - mean_m) for e, m in points) / var
    return mean_m - b * mean_e, b


def profile_from_measurements(
    name: str, targets: Sequence[tuple[float, float, float, float]], *, fit_scale: bool = True
) -> PrinterProfile:
    """The correcting profile from test-sheet readings (expected_x, expected_y,
    measured_x, measured_y), all in mm from the paper's top-left corner.

    With one target, or `fit_scale=False`, only the offset is corrected. The printer maps
    a drawn position p to a + b·p; drawing at (p − a)/b lands on p.
    """
    if not targets:
        raise BadInput("printer.no_marks")
    xs = [(t[0], t[2]) for t in targets]
    ys = [(t[1], t[3]) for t in targets]
    results = []
    for pts in (xs, ys):
        if fit_scale and len({round(e, 3) for e, _ in pts}) >= 2:
            a, b = _line(pts)
        else:
            a, b = sum(m - e for e, m in pts) / len(pts), 1.0
        results.append((-a / b, 1.0 / b))
    (ox, sx), (oy, sy) = results
    return PrinterProfile(
        name=clean_text(name),
        offset_x_mm=round(ox, 2),
        offset_y_mm=round(oy, 2),
        scale_x=round(sx, 4),
        scale_y=round(sy, 4),
    )
