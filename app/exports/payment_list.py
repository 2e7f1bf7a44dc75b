"""The payment list for the finance office: "DANH SÁCH CHI TIỀN THƯỞNG (Kèm theo Quyết định
số … ngày … của …)", as xlsx (on the `xlsx_report` engine) and as an A4 landscape PDF.

Takes the decision's money lines (`app.services.money.AmountLine`, or objects with the same
attributes: subject, salutation, name, job_title, work_unit, award_name, multiple, amount,
note) and a `PaymentInfo`; never queries. Individuals under "I. Cá nhân", collectives under
"II. Tập thể", each with its subtotal, then the total and the total in words; a "Ký nhận"
column for the recipient's signature; signatures of the preparer, the chief accountant and
the head. Amounts are integers (đồng), multiples Decimals — never floats.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import Cancelled
from app.exports.xlsx_report import (
    DocumentHeader,
    ReportColumn,
    ReportRow,
    ReportSection,
    ReportSpec,
    SignatureBlock,
    write_report,
)
from app.rules.money import amount_words, format_money, format_multiple
from app.rules.vntext import date_words

if TYPE_CHECKING:  # types only
    from app.rules.rows import AmountLine

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

PART_PEOPLE, PART_UNITS = "I. Cá nhân", "II. Tập thể"
MONEY_FORMAT = "#,##0"
HEADERS = (
    "STT",
    "Họ và tên / Tên tập thể",
    "Đơn vị công tác",
    "Danh hiệu, hình thức khen thưởng",
    "Hệ số (lần lương cơ sở)",
    "Số tiền (đồng)",
    "Ký nhận",
    "Ghi chú",
)


@dataclasses.dataclass(frozen=True)
class PaymentInfo:
    """The decision the list goes with, who signs, and the base salary used."""

    number_text: str
    decision_date: _dt.date
    agency_name: str = ""
    issuing_body: str = ""
    header_style: str = "national"
    signer_title: str = ""
    signer_name: str = ""
    place: str = ""
    base_salary: int | None = None
    draft: bool = False  # the decision is not issued yet: the list says so

    DRAFT_LINE = "DỰ THẢO — quyết định chưa ban hành, chưa dùng để chi"

    @property
    def attached_line(self) -> str:
        text = f"Kèm theo Quyết định số {self.number_text} {date_words(self.decision_date)}"
        if self.agency_name:
            text += f" của {self.agency_name}"
        return f"({text})"

    @property
    def salary_line(self) -> str:
        return f"Mức lương cơ sở áp dụng: {format_money(self.base_salary)} đồng/tháng" if self.base_salary else ""

    @property
    def sign_date_line(self) -> str:
        place = f"{self.place}, " if self.place else ""
        return f"{place}ngày … tháng … năm {self.decision_date.year}"

    @property
    def head_title(self) -> str:
        return " / ".join(self.signer_title.splitlines()) or "Thủ trưởng đơn vị"


def parts(lines: Sequence[AmountLine]) -> tuple[list[AmountLine], list[AmountLine]]:
    return [x for x in lines if x.subject == "CA_NHAN"], [x for x in lines if x.subject != "CA_NHAN"]


def _name(line: AmountLine) -> str:
    return f"{line.salutation} {line.name}" if line.salutation and line.subject == "CA_NHAN" else line.name


def _unit(line: AmountLine) -> str:
    return ", ".join(p for p in (line.job_title, line.work_unit) if p)


def signatures(info: PaymentInfo) -> tuple[SignatureBlock, ...]:
    return (
        SignatureBlock("Người lập biểu"),
        SignatureBlock("Kế toán trưởng"),
        SignatureBlock(info.head_title, info.signer_name),
    )


def build_spec(lines: Sequence[AmountLine], info: PaymentInfo) -> ReportSpec:
    people, units = parts(lines)
    columns = (
        ReportColumn(HEADERS[0], 6, kind="int"),
        ReportColumn(HEADERS[1], 26),
        ReportColumn(HEADERS[2], 30),
        ReportColumn(HEADERS[3], 26),
        ReportColumn(HEADERS[4], 11, kind="number", number_format="0.0#"),
        ReportColumn(HEADERS[5], 15, kind="number", number_format=MONEY_FORMAT),
        ReportColumn(HEADERS[6], 14),
        ReportColumn(HEADERS[7], 18),
    )
    sections = []
    for title, group, roman in ((PART_PEOPLE, people, "I"), (PART_UNITS, units, "II")):
        if not group:
            continue
        rows: list = [
            (n, _name(x), _unit(x), x.award_name, x.multiple, x.amount, "", x.note)
            for n, x in enumerate(group, start=1)
        ]
        rows.append(ReportRow((None, f"Cộng {roman}", "", "", None, sum(x.amount for x in group), "", ""), bold=True))
        sections.append(ReportSection(f"{title} ({len(group)})", rows))
    total = sum(x.amount for x in lines)
    sections.append(ReportSection("", [ReportRow((None, "TỔNG CỘNG", "", "", None, total, "", ""), bold=True)]))
    notes = tuple(t for t in (f"Bằng chữ: {amount_words(total)}.", info.salary_line) if t)
    return ReportSpec(
        sheet_title="Chi tiền thưởng",
        title="DANH SÁCH CHI TIỀN THƯỞNG",
        subtitle=f"{info.attached_line}\n{info.DRAFT_LINE}" if info.draft else info.attached_line,
        header=DocumentHeader(
            header_style=info.header_style, issuing_body=info.issuing_body, agency_name=info.agency_name
        ),
        columns=columns,
        sections=tuple(sections),
        notes=notes,
        signatures=signatures(info),
        signature_date=info.sign_date_line,
        landscape=True,
    )


def write_payments_xlsx(
    lines: Sequence[AmountLine],
    info: PaymentInfo,
    out: str | Path,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Path:
    """Write the payment list as xlsx; raises FileLocked, BadInput, Cancelled. Any thread."""
    return write_report(build_spec(lines, info), out, progress=progress, is_cancelled=is_cancelled)


def write_payments_pdf(
    lines: Sequence[AmountLine],
    info: PaymentInfo,
    out: str | Path,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Path:
    """Write the payment list as an A4 landscape PDF (header, title, table with subtotals
    and total, amount in words, three signatures); temp file then rename. Raises
    FileLocked, BadInput, Cancelled. Any thread."""
    # Lazy: ReportLab loads for the PDF only, not for the xlsx.
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from app.exports.pdf_doc import PAGE, esc, finish_file, header_flowable, styles, temp_beside
    from app.exports.pdf_fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts

    register_fonts()
    out = Path(out)
    st = styles()
    page = landscape(PAGE)
    left, right, top, bottom = 20 * mm, 15 * mm, 15 * mm, 15 * mm
    width = page[0] - left - right
    cell, cell_c = st["cell"], st["cell_c"]
    cell_r = ParagraphStyle("cell_r", parent=cell, alignment=TA_RIGHT)
    bold_r = ParagraphStyle("bold_r", parent=cell_r, fontName=SERIF_BOLD)
    bold = ParagraphStyle("bold", parent=cell, fontName=SERIF_BOLD)
    small = ParagraphStyle("note", parent=cell, fontName=SERIF_ITALIC, fontSize=10, leading=12)
    story: list = [
        header_flowable(
            DocumentHeader(
                header_style=info.header_style, issuing_body=info.issuing_body, agency_name=info.agency_name
            ),
            width,
        ),
        Spacer(1, 3 * mm),
        Paragraph("DANH SÁCH CHI TIỀN THƯỞNG", st["title"]),
        Paragraph(f"<i>{esc(info.attached_line)}</i>", st["italic_c"]),
    ]
    if info.draft:
        story.append(
            Paragraph(
                f"<b>{esc(info.DRAFT_LINE)}</b>", ParagraphStyle("draft", parent=st["italic_c"], textColor="#a61b1b")
            )
        )
    if info.salary_line:
        story.append(Paragraph(esc(info.salary_line), ParagraphStyle("sal", parent=st["left"], alignment=TA_CENTER)))
    story.append(Spacer(1, 3 * mm))
    widths = [0.05, 0.19, 0.22, 0.19, 0.07, 0.10, 0.09, 0.09]
    rows: list = [[Paragraph(esc(h), st["head_c"]) for h in HEADERS]]
    spans: list[int] = []
    bold_rows: list[int] = []
    people, units = parts(lines)
    total, done = len(lines), 0
    for title, group, roman in ((PART_PEOPLE, people, "I"), (PART_UNITS, units, "II")):
        if not group:
            continue
        spans.append(len(rows))
        rows.append([Paragraph(f"<b>{esc(f'{title} ({len(group)})')}</b>", cell)] + [""] * 7)
        for n, x in enumerate(group, start=1):
            if is_cancelled is not None and done % 50 == 0 and is_cancelled():
                raise Cancelled()
            rows.append(
                [
                    Paragraph(str(n), cell_c),
                    Paragraph(esc(_name(x)), cell),
                    Paragraph(esc(_unit(x)), cell),
                    Paragraph(esc(x.award_name), cell),
                    Paragraph(format_multiple(x.multiple), cell_c),
                    Paragraph(format_money(x.amount), cell_r),
                    "",
                    Paragraph(esc(x.note), small),
                ]
            )
            done += 1
            if progress is not None and (done % 50 == 0 or done == total):
                progress(done, total)
        bold_rows.append(len(rows))
        rows.append(
            [
                "",
                Paragraph(f"Cộng {roman}", bold),
                "",
                "",
                "",
                Paragraph(format_money(sum(x.amount for x in group)), bold_r),
                "",
                "",
            ]
        )
    grand = sum(x.amount for x in lines)
    bold_rows.append(len(rows))
    rows.append(["", Paragraph("TỔNG CỘNG", bold), "", "", "", Paragraph(format_money(grand), bold_r), "", ""])
    table = Table(rows, colWidths=[w * width for w in widths], repeatRows=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
    ]
    style += [("SPAN", (0, r), (-1, r)) for r in spans]
    style += [("SPAN", (1, r), (4, r)) for r in bold_rows]
    table.setStyle(TableStyle(style))
    story.append(table)
    story.append(Spacer(1, 2 * mm))
    words = Paragraph(f"<b>Bằng chữ:</b> <i>{esc(amount_words(grand))}.</i>", st["left"])
    sig_title = ParagraphStyle("sig_t", parent=st["body"], fontName=SERIF_BOLD, alignment=TA_CENTER, spaceAfter=0)
    sig_note = ParagraphStyle("sig_n", parent=st["body"], fontName=SERIF_ITALIC, alignment=TA_CENTER, spaceAfter=0)
    sig_name = ParagraphStyle("sig_name", parent=sig_title, spaceBefore=48)
    blocks = signatures(info)
    date_row = ["", "", Paragraph(esc(info.sign_date_line), sig_note)]
    sig_row = [
        [
            Paragraph(esc(b.title.upper()), sig_title),
            Paragraph(esc(b.note), sig_note),
            Paragraph(esc(b.name) or "&nbsp;", sig_name),
        ]
        for b in blocks
    ]
    sig = Table([date_row, sig_row], colWidths=[width / 3] * 3)
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), SERIF)]))
    # The amount in words and the signatures stay together (never a signature alone on a page).
    story.append(KeepTogether([words, Spacer(1, 4 * mm), sig]))
    tmp = temp_beside(out)
    try:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=page,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            author="TĐKT Desk",
            creator="TĐKT Desk",
            title=f"Danh sách chi tiền thưởng kèm theo Quyết định số {info.number_text}",
        )
        doc.build(story)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finish_file(tmp, out)
    return out
