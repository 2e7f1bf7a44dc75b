"""The year's reward money per unit and per award level (Reports → "Tiền thưởng theo đơn
vị và cấp khen thưởng", `tdkt-cli export stats --form rewards`), on the `xlsx_report`
engine. Takes `app.services.money.RewardsReport` (or an object with the same attributes)
and the agency's identity; never queries. Counts and amounts are integers (đồng)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.exports.report_sheets import _header, _signatures
from app.exports.tt02_forms import SheetInfo
from app.exports.xlsx_report import ReportColumn, ReportRow, ReportSection, ReportSpec
from app.rules.money import amount_words, format_money

if TYPE_CHECKING:  # types only
    from app.rules.rows import RewardsReport, RewardsRow

LEVEL_HEADERS = ("Cấp cơ sở", "Cấp bộ, ban, ngành, tỉnh", "Cấp Nhà nước")
MONEY = "#,##0"


def _values(stt: int | None, r: RewardsRow) -> tuple[object, ...]:
    cells: list[int] = []
    for count, amount in zip(r.counts, r.amounts):
        cells += [count, amount]
    return (stt, r.name, *cells, r.count, r.amount)


def build_rewards_spec(report: RewardsReport, info: SheetInfo) -> ReportSpec:
    """Rows: units, then the total; columns: count and money per level, then the totals."""
    columns = [ReportColumn("STT", 6, kind="int"), ReportColumn("Đơn vị", 36)]
    for level in LEVEL_HEADERS:
        columns += [
            ReportColumn("Số lượt", 8, kind="int", group=level),
            ReportColumn("Số tiền (đồng)", 14, kind="number", group=level, number_format=MONEY),
        ]
    columns += [
        ReportColumn("Số lượt", 8, kind="int", group="Tổng cộng"),
        ReportColumn("Số tiền (đồng)", 15, kind="number", group="Tổng cộng", number_format=MONEY),
    ]
    rows: list = [_values(i, r) for i, r in enumerate(report.rows, start=1)]
    rows.append(ReportRow(_values(None, report.total), bold=True))
    # One short line each: the engine does not grow merged note rows.
    notes = [
        f"Tổng số tiền thưởng năm {report.year}: {format_money(report.total.amount)} đồng.",
        f"Bằng chữ: {amount_words(report.total.amount)}.",
        "Tính theo ngày quyết định; cá nhân tính theo đơn vị công tác hiện nay, đơn vị gồm cả đơn vị trực thuộc.",
        f"Số tiền: {report.frozen_awards} lượt theo quyết định ban hành trong chương trình, "
        f"{report.computed_awards} lượt nhập từ lịch sử tính theo quy định.",
    ]
    if report.unvalued_awards:
        notes.append(f"{report.unvalued_awards} lượt chưa tính được tiền: chưa có mức lương cơ sở cho ngày quyết định.")
    return ReportSpec(
        sheet_title="Tiền thưởng",
        title=f"TIỀN THƯỞNG THI ĐUA, KHEN THƯỞNG NĂM {report.year}",
        subtitle="Số lượt và số tiền theo đơn vị và cấp khen thưởng",
        header=_header(info),
        columns=tuple(columns),
        sections=(ReportSection("", rows),),
        notes=tuple(notes),
        signatures=_signatures(info),
        landscape=True,
    )
