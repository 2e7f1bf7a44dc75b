"""The report engine: a bold ReportRow counts in the fitted column widths."""

from __future__ import annotations

from openpyxl import load_workbook

from app.exports.xlsx_report import ReportColumn, ReportRow, ReportSection, ReportSpec, write_report


def test_fitted_widths_read_the_values_of_a_bold_row(tmp_path):
    # A ReportRow in a section with a fitted (width None) column used to crash with
    # "object of type 'ReportRow' has no len()".
    long_total = "Tổng cộng các đơn vị trực thuộc"
    spec = ReportSpec(
        sheet_title="Thử",
        title="BẢNG THỬ",
        columns=(ReportColumn("STT", 6, kind="int"), ReportColumn("Đơn vị")),
        sections=(ReportSection("", [(1, "Vụ A"), ReportRow((None, long_total), bold=True)]),),
    )
    out = write_report(spec, tmp_path / "thu.xlsx")
    ws = load_workbook(out).active
    cells = {c.value: c for row in ws.iter_rows() for c in row if c.value is not None}
    assert cells["Vụ A"].font.b is not True
    assert cells[long_total].font.b is True
    assert ws.column_dimensions["B"].width >= len(long_total) + 2
