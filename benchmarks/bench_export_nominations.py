"""The nomination list xlsx with 5,000 styled rows (bar ≤ 2 s).

Uses the round of bench_eligibility (5,000 nominations). Times listing the rows and writing
the workbook. Run: python -m benchmarks.bench_export_nominations
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from openpyxl import load_workbook

from app.exports.nomination_list import NominationListInfo, write_nomination_list
from app.services.nomination import list_nominations
from benchmarks.bench_eligibility import bench_database, build
from benchmarks.common import label, parser, verdict

BAR = 2.0


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    for pg in [None] + ([args.pg] if args.pg else []):
        db, round_id = build(bench_database(pg))
        with db.factory() as s:
            t0 = time.perf_counter()
            rows = list_nominations(s, round_id=round_id)
            listed = time.perf_counter() - t0
        rows = [
            r._replace(achievement="Hoàn thành xuất sắc nhiệm vụ được giao; tham mưu kịp thời, chất lượng.")
            for r in rows
        ]
        info = NominationListInfo(round_name="Đợt xét 2024", year=2024, agency_name="Ban Tổ chức Trung ương")
        out = Path(tempfile.gettempdir()) / "tdkt-bench" / "nominations-5000.xlsx"
        t0 = time.perf_counter()
        write_nomination_list(rows, info, out)
        written = time.perf_counter() - t0
        size = out.stat().st_size
        ws = load_workbook(out, read_only=True).active
        print(
            f"[{label(pg)}] list {len(rows):,} nominations: {listed:.3f} s; xlsx written in {written:.3f} s "
            f"(bar {BAR:.1f} s) {verdict(written, BAR)}; {size / 1024:.0f} KB, {ws.max_row:,} rows"
        )
        db.close()


if __name__ == "__main__":
    main()
