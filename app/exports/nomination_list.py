""" "Danh sách đề nghị khen thưởng" as xlsx (DOMAIN.md §9), on the `xlsx_report` engine.

Takes the rows of `app.services.nomination.list_nominations` (any objects with the same
attributes) and the agency's identity; never queries. Individuals under "I. Cá nhân",
collectives under "II. Tập thể", numbered from 1 in each part.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.exports.xlsx_report import (
    DocumentHeader,
    ReportColumn,
    ReportSection,
    ReportSpec,
    SignatureBlock,
    write_report,
)
from app.rules.codes import LEADER_LEVELS, STAFF_CATEGORIES
from app.rules.vntext import date_line, unit_with_agency

if TYPE_CHECKING:  # types only
    from app.rules.rows import NominationRow

DIRECT_WORKER = "Người trực tiếp công tác"

COLUMNS = (
    ReportColumn("STT", 6, kind="int"),
    ReportColumn("Ông/Bà/ Tập thể", 9, group="Cá nhân, tập thể được đề nghị", align="center"),
    ReportColumn("Họ và tên / Tên tập thể", 26, group="Cá nhân, tập thể được đề nghị"),
    ReportColumn("Chức vụ", 20, group="Cá nhân, tập thể được đề nghị"),
    ReportColumn("Đơn vị công tác", 28, group="Cá nhân, tập thể được đề nghị"),
    ReportColumn("Cá nhân/ Tập thể", 10, align="center"),
    ReportColumn("Danh hiệu, hình thức đề nghị", 22),
    ReportColumn("Đối tượng", 20),
    ReportColumn("Tóm tắt thành tích", 50),
)


@dataclasses.dataclass(frozen=True)
class NominationListInfo:
    """The document's identity: from the agency settings and the round."""

    round_name: str
    year: int
    agency_name: str = ""
    issuing_body: str = ""
    header_style: str = "national"
    place_name: str = "Hà Nội"
    signer_title: str = ""
    signer_name: str = ""
    on_date: _dt.date | None = None


def subject_category(row: NominationRow) -> str:
    """The "đối tượng" column: leader level (TT 02/2023 rows) or the direct-worker row."""
    if row.subject != "CA_NHAN":
        return ""
    if row.leader_level and row.leader_level != "NONE":
        return LEADER_LEVELS.get(row.leader_level, row.leader_level)
    category = STAFF_CATEGORIES.get(row.staff_category, "")
    return f"{DIRECT_WORKER} ({category.lower()})" if category else DIRECT_WORKER


def achievement_text(row: NominationRow) -> str:
    """The achievement, led by "Dẫn đầu <khối>" for a Cờ thi đua nominee that leads its bloc
    (the ground of the title, DOMAIN.md §4) unless the text already says so."""
    text = row.achievement or ""
    bloc = (getattr(row, "leads_bloc", None) or "").strip()
    if not bloc or f"dẫn đầu {bloc}".casefold() in text.casefold():
        return text
    lead = f"Dẫn đầu {bloc}"
    return f"{lead}; {text}" if text.strip() else lead


def _values(stt: int, row: NominationRow) -> tuple[object, ...]:
    return (
        stt,
        row.salutation,
        row.name,
        row.position,
        unit_with_agency(row.work_unit, "" if row.agency == row.name else row.agency),
        "Cá nhân" if row.subject == "CA_NHAN" else "Tập thể",
        row.award_name,
        subject_category(row),
        achievement_text(row),
    )


ExtraColumn = tuple[str, int, Callable[["NominationRow"], str]]  # (title, width, value of a row)


def build_spec(
    rows: Sequence[NominationRow], info: NominationListInfo, extra_columns: Sequence[ExtraColumn] = ()
) -> ReportSpec:
    """`extra_columns` (optional, e.g. "Trạng thái", "Kết quả kiểm tra") go after the standard ones."""
    people = [r for r in rows if r.subject == "CA_NHAN"]
    units = [r for r in rows if r.subject != "CA_NHAN"]

    def values(i: int, r: NominationRow) -> tuple[object, ...]:
        return _values(i, r) + tuple(fn(r) for _t, _w, fn in extra_columns)

    sections = (
        ReportSection(f"I. Cá nhân ({len(people)})", [values(i, r) for i, r in enumerate(people, start=1)]),
        ReportSection(f"II. Tập thể ({len(units)})", [values(i, r) for i, r in enumerate(units, start=1)]),
    )
    day = info.on_date or _dt.date.today()
    return ReportSpec(
        sheet_title="Danh sách đề nghị",
        title="DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
        subtitle=f"{info.round_name} (năm {info.year})",
        header=DocumentHeader(
            header_style=info.header_style,
            issuing_body=info.issuing_body,
            agency_name=info.agency_name,
            place_date=date_line(info.place_name, day),
        ),
        columns=COLUMNS + tuple(ReportColumn(t, w) for t, w, _fn in extra_columns),
        sections=sections,
        notes=(f"Danh sách có {len(people)} cá nhân và {len(units)} tập thể.",),
        signatures=(
            SignatureBlock("Người lập danh sách"),
            SignatureBlock(info.signer_title or "Thủ trưởng cơ quan", info.signer_name),
        ),
        landscape=True,
    )


def write_nomination_list(
    rows: Sequence[NominationRow],
    info: NominationListInfo,
    out: str | Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    extra_columns: Sequence[ExtraColumn] = (),
) -> Path:
    """Write the list; raises FileLocked, BadInput, Cancelled. Worker-thread safe."""
    return write_report(build_spec(rows, info, extra_columns), out, progress=progress, is_cancelled=is_cancelled)
