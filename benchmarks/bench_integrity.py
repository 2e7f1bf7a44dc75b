"""Benchmark: the full integrity check of the 5,500-staff demo (bar ≤ 5 s) and the staff
import of 10,000 rows with the audit trail on (bar ≤ 5 s), PRODUCT.md §3.

Run: .venv/bin/python -m benchmarks.bench_integrity [--people N] [--pg URL]
The check covers SQLite's integrity and foreign keys, the whole hash chain, every audited
row against its latest entry and every seal; the import writes one entry per new row.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select  # noqa: E402

from app.models import AuditEntry  # noqa: E402
from app.services.integrity import full_check, verify_chain  # noqa: E402
from benchmarks.common import demo_database, label, parser  # noqa: E402

BAR_SECONDS = 5.0


def _check(people: int, pg_url: str | None) -> int:
    db = demo_database(people, pg_url=pg_url)
    try:
        with db.factory() as s:
            entries = s.scalar(select(func.count()).select_from(AuditEntry))
            t0 = time.perf_counter()
            findings = full_check(s)
            t1 = time.perf_counter()
            quick = verify_chain(s)
            t2 = time.perf_counter()
    finally:
        db.close()
    took = t1 - t0
    print(
        f"{label(pg_url)}: full check of the {people:,}-staff demo ({entries:,} audit entries): {took:.2f} s "
        f"(bar ≤ {BAR_SECONDS:.1f} s) {'OK' if took <= BAR_SECONDS else 'TOO SLOW'}; "
        f"findings: {len(findings)}; quick check at start: {(t2 - t1) * 1000:.0f} ms"
    )
    return 0 if took <= BAR_SECONDS and not findings and not quick else 1


def _import(rows: int, pg_url: str | None) -> int:
    from benchmarks.bench_import import _fresh_pg_schema, _run_one, make_file

    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / "can-bo.xlsx"
        make_file(xlsx, rows)
        target = _fresh_pg_schema(pg_url) if pg_url else Path(tmp) / "bench.db"
        print(f"{label(pg_url)}: staff import of {rows:,} rows with the audit trail on")
        return _run_one(xlsx, target)


def main() -> int:
    p = parser("Integrity check and import with the audit trail (PRODUCT.md §3)")
    p.add_argument("--people", type=int, default=5_500)
    p.add_argument("--rows", type=int, default=10_000)
    args = p.parse_args()
    rc = 0
    for pg in [None] + ([args.pg] if args.pg else []):
        rc |= _check(args.people, pg)
        rc |= _import(args.rows, pg)
    return rc


if __name__ == "__main__":
    sys.exit(main())
