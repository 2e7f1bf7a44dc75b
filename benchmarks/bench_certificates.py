"""Benchmark: 1,000 full-design certificates with the embedded font (bars ≥ 200 pages/s,
≤ 30 KB a page, PRODUCT.md §3).

Run: .venv/bin/python -m benchmarks.bench_certificates [--pages N] [--template giay-khen]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.exports.cert_templates import load_template  # noqa: E402
from app.exports.certificates import CertificateData, render_certificates  # noqa: E402

BAR_PAGES_S, BAR_KB = 200.0, 30.0
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
GIVEN = [("Thị Hoa", "F"), ("Văn Bình", "M"), ("Thị Thu Hương", "F"), ("Đức Thắng", "M"), ("Ngọc Ánh", "F")]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--pages", type=int, default=1000)
    p.add_argument("--template", default="giay-khen")
    args = p.parse_args()
    items = []
    for i in range(args.pages):
        given, gender = GIVEN[i % len(GIVEN)]
        items.append(
            CertificateData(
                full_name=f"{FAMILY[i % len(FAMILY)]} {given}",
                gender=gender,
                position="Chuyên viên chính",
                unit="Vụ Cơ sở đảng, Ban Tổ chức Trung ương",
                achievement="Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2025",
                decision_number="125/QĐ-BTCTW",
                decision_date=dt.date(2025, 12, 20),
                so_so_vang=str(i + 1),
                place="Hà Nội",
                signer_title="TRƯỞNG BAN",
                signer_name="Nguyễn Văn A",
                agency_name="Ban Tổ chức Trung ương",
            )
        )
    template = load_template(args.template)
    with tempfile.TemporaryDirectory() as tmp:
        render_certificates(items[:5], template, out=Path(tmp) / "warm.pdf")
        report = render_certificates(items, template, out=Path(tmp) / "batch.pdf")
    rate = report.pages / report.seconds
    kb = report.bytes / 1024 / report.pages
    print(
        f"{args.template}: {report.pages} full-design pages in {report.seconds:.2f} s = {rate:.0f} pages/s "
        f"(bar ≥ {BAR_PAGES_S:.0f}) {'OK' if rate >= BAR_PAGES_S else 'BELOW BAR'}; "
        f"{kb:.1f} KB a page (bar ≤ {BAR_KB:.0f}) {'OK' if kb <= BAR_KB else 'OVER BAR'}"
    )


if __name__ == "__main__":
    main()
