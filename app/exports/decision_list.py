"""The list attached to a decision: "DANH SÁCH (Kèm theo Quyết định số … ngày … của …)",
as xlsx (on the `xlsx_report` engine) and as PDF (NĐ 30 layout of `pdf_doc`).

Takes the decision's items (`app.services.decision.DecisionItemRow`, or any objects with
the same attributes: subject, salutation, name, job_title, work_unit, award_name,
so_so_vang) and a `DecisionListInfo`; never queries. Individuals under "I. Cá nhân",
collectives under "II. Tập thể", numbered from 1 in each part; the last column is the
recipient's số sổ vàng. With a `ListMoney`, an amount column before it, the total row and
the total in words ("Bằng chữ: …").
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import Cancelled
from app.exports.layout import signer_lines
from app.exports.xlsx_report import (
    DocumentHeader,
    ReportColumn,
    ReportRow,
    ReportSection,
    ReportSpec,
    SignatureBlock,
    write_report,
)
from app.rules.money import amount_words, format_money
from app.rules.vntext import date_words

if TYPE_CHECKING:  # types only
    from app.rules.rows import DecisionItemRow

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

COLUMNS: tuple[ReportColumn, ...] = (
    ReportColumn("STT", 6, kind="int"),
    ReportColumn("Ông/Bà/ Tập thể", 9, align="center"),
    ReportColumn("Họ và tên / Tên tập thể", 28),
    ReportColumn("Chức vụ, đơn vị công tác", 40),
    ReportColumn("Danh hiệu, hình thức khen thưởng", 28),
    ReportColumn("Số sổ vàng", 10, kind="int"),
)
PART_PEOPLE, PART_UNITS = "I. Cá nhân", "II. Tập thể"
AMOUNT_COLUMN = ReportColumn("Số tiền thưởng (đồng)", 14, kind="number", number_format="#,##0")


@dataclasses.dataclass(frozen=True)
class ListMoney:
    """The reward money of the list: item id → amount paid (đồng), and the total."""

    amounts: Mapping[int, int]
    total: int

    @property
    def words_line(self) -> str:
        return f"Bằng chữ: {amount_words(self.total)}."


@dataclasses.dataclass(frozen=True)
class DecisionListInfo:
    """The decision the list is attached to. `number_text` is "05/QĐ-HĐTĐKT"."""

    number_text: str
    decision_date: _dt.date
    agency_name: str = ""
    issuing_body: str = ""
    header_style: str = "national"
    signer_title: str = ""
    signer_name: str = ""
    title: str = ""

    @property
    def attached_line(self) -> str:
        """'(Kèm theo Quyết định số 05/QĐ-HĐTĐKT ngày 05 tháng 3 năm 2024 của Sở Nội vụ)'."""
        text = f"Kèm theo Quyết định số {self.number_text} {date_words(self.decision_date)}"
        if self.agency_name:
            text += f" của {self.agency_name}"
        return f"({text})"


def _job(item: DecisionItemRow) -> str:
    return ", ".join(p for p in (item.job_title, item.work_unit) if p)


def _values(stt: int, item: DecisionItemRow, money: ListMoney | None = None) -> tuple[object, ...]:
    if money is not None:
        return (
            stt,
            item.salutation,
            item.name,
            _job(item),
            item.award_name,
            item.so_so_vang or None,
            money.amounts.get(item.id, 0),
        )
    return (stt, item.salutation, item.name, _job(item), item.award_name, item.so_so_vang or None)


def parts(items: Sequence[DecisionItemRow]) -> tuple[list[DecisionItemRow], list[DecisionItemRow]]:
    people = [i for i in items if i.subject == "CA_NHAN"]
    units = [i for i in items if i.subject != "CA_NHAN"]
    return people, units


def build_spec(items: Sequence[DecisionItemRow], info: DecisionListInfo, money: ListMoney | None = None) -> ReportSpec:
    people, units = parts(items)
    sections = tuple(
        s
        for s in (
            ReportSection(
                f"{PART_PEOPLE} ({len(people)})", [_values(i, r, money) for i, r in enumerate(people, start=1)]
            ),
            ReportSection(f"{PART_UNITS} ({len(units)})", [_values(i, r, money) for i, r in enumerate(units, start=1)]),
        )
        if s.rows
    )  # no empty "II. Tập thể (0)"
    columns = COLUMNS
    notes: tuple[str, ...] = (f"Danh sách có {len(people)} cá nhân và {len(units)} tập thể.",)
    if money is not None:
        columns = COLUMNS + (AMOUNT_COLUMN,)
        sections += (ReportSection("", [ReportRow((None, "", "Tổng cộng", "", "", None, money.total), bold=True)]),)
        notes += (money.words_line,)
    signer = signer_lines(info.signer_title)
    return ReportSpec(
        sheet_title="Danh sách kèm theo QĐ",
        title="DANH SÁCH",
        subtitle=f"{info.title}\n{info.attached_line}" if info.title else info.attached_line,
        header=DocumentHeader(
            header_style=info.header_style, issuing_body=info.issuing_body, agency_name=info.agency_name
        ),
        columns=columns,
        sections=sections,
        notes=notes,
        signatures=(SignatureBlock("\n".join(signer) or "Thủ trưởng cơ quan", info.signer_name, note=""),),
        landscape=False,
    )


def write_decision_xlsx(
    items: Sequence[DecisionItemRow],
    info: DecisionListInfo,
    out: str | Path,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    money: ListMoney | None = None,
) -> Path:
    """Write the list as xlsx; raises FileLocked, BadInput, Cancelled. Any thread."""
    return write_report(build_spec(items, info, money), out, progress=progress, is_cancelled=is_cancelled)


def write_decision_pdf(
    items: Sequence[DecisionItemRow],
    info: DecisionListInfo,
    out: str | Path,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    money: ListMoney | None = None,
) -> Path:
    """Write the list as an A4 PDF (header, title, I./II. tables, signature block);
    temp file then rename. Raises FileLocked, BadInput, Cancelled. Any thread."""
    # Lazy: ReportLab loads for the PDF only, not for the xlsx.
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from app.exports.pdf_doc import MARGINS, PAGE, build_pdf, esc, header_flowable, signature_table, split_tail, styles
    from app.exports.pdf_fonts import SERIF, SERIF_BOLD, register_fonts

    register_fonts()
    out = Path(out)
    st = styles()
    cell_r = ParagraphStyle("cell_r", parent=st["cell"], alignment=TA_RIGHT)
    left, right, top, bottom = MARGINS
    width = PAGE[0] - left - right
    story: list = [
        header_flowable(
            DocumentHeader(
                header_style=info.header_style, issuing_body=info.issuing_body, agency_name=info.agency_name
            ),
            width,
        ),
        Paragraph("DANH SÁCH", st["title"]),
    ]
    if info.title:
        story.append(Paragraph(esc(info.title), st["subtitle"]))
    story.append(Paragraph(f"<i>{esc(info.attached_line)}</i>", st["italic_c"]))
    story.append(Spacer(1, 4 * mm))
    people, units = parts(items)
    widths = [0.07, 0.30, 0.33, 0.18, 0.12]
    head = [
        Paragraph(esc(t), st["head_c"])
        for t in ("STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị công tác", "Danh hiệu, hình thức", "Số sổ vàng")
    ]
    if money is not None:
        widths = [0.08, 0.26, 0.26, 0.16, 0.09, 0.15]
        head.append(Paragraph("Số tiền (đồng)", st["head_c"]))
    rows: list = [head]
    section_rows: list[int] = []
    total, done = len(items), 0
    for title, group in ((PART_PEOPLE, people), (PART_UNITS, units)):
        if not group:
            continue  # no empty "II. Tập thể (0)"
        section_rows.append(len(rows))
        rows.append([Paragraph(esc(f"{title} ({len(group)})"), st["cell"])] + [""] * (len(widths) - 1))
        for n, item in enumerate(group, start=1):
            if is_cancelled is not None and done % 50 == 0 and is_cancelled():
                raise Cancelled()
            name = f"{item.salutation} {item.name}" if item.salutation and item.subject == "CA_NHAN" else item.name
            rows.append(
                [
                    Paragraph(str(n), st["cell_c"]),
                    Paragraph(esc(name), st["cell"]),
                    Paragraph(esc(_job(item)), st["cell"]),
                    Paragraph(esc(item.award_name), st["cell"]),
                    Paragraph(str(item.so_so_vang or ""), st["cell_c"]),
                ]
            )
            if money is not None:
                rows[-1].append(Paragraph(format_money(money.amounts.get(item.id, 0)), cell_r))
            done += 1
            if progress is not None and (done % 50 == 0 or done == total):
                progress(done, total)
    if money is not None:
        rows.append(
            [
                "",
                Paragraph("<b>Tổng cộng</b>", st["cell"]),
                "",
                "",
                "",
                Paragraph(f"<b>{format_money(money.total)}</b>", cell_r),
            ]
        )
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        # "STT" on one line in its narrow column (never "ST/T")
        ("LEFTPADDING", (0, 0), (0, -1), 1),
        ("RIGHTPADDING", (0, 0), (0, -1), 1),
    ]
    if money is not None:
        style.append(("SPAN", (1, len(rows) - 1), (4, len(rows) - 1)))
    for r in section_rows:
        style += [("SPAN", (0, r), (-1, r)), ("FONTNAME", (0, r), (-1, r), SERIF_BOLD)]
        rows[r][0] = Paragraph(f"<b>{rows[r][0].text}</b>", st["cell"])
    main, end = split_tail(rows, [w * width for w in widths], style, repeat=1, tail=2)
    if main is not None:
        story.append(main)
    signer = "\n".join(signer_lines(info.signer_title)) or "Thủ trưởng cơ quan"
    # The last rows of the list, the count (and the amount in words) and the signature
    # stay on one page.
    closing = [
        end,
        Spacer(1, 3 * mm),
        Paragraph(esc(f"Danh sách có {len(people)} cá nhân và {len(units)} tập thể."), st["left"]),
    ]
    if money is not None:
        closing.append(Paragraph(esc(money.words_line), st["left"]))
    story.append(
        KeepTogether(
            [
                *closing,
                Spacer(1, 6 * mm),
                signature_table(
                    [SignatureBlock("", "", note=""), SignatureBlock(signer, info.signer_name, note="")], width
                ),
            ]
        )
    )
    build_pdf(story, out, title=f"Danh sách kèm theo Quyết định số {info.number_text}")
    return out
