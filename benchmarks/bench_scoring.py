"""Benchmark: criteria scoring of a large cụm (ranking 60 × 30 ≤ 100 ms, PRODUCT.md §3).

Run: .venv/bin/python -m benchmarks.bench_scoring [--members N] [--criteria C] [--pg URL]
Builds a bloc of N members scoring each other on C criteria (N × (N−1) × C scores plus
self-scores), then times: the ranking with missing scores and gaps (what the Xếp hạng tab
and the exports compute), loading one sheet for the grid, saving one typed value (what
each Enter in the grid costs), and the scoring report DTO. The floor is one bare SQL
GROUP BY of every score per sheet (the simplest query that reads all of them).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, text  # noqa: E402

from app.database import open_database  # noqa: E402
from app.models import Score, ScoringItem  # noqa: E402
from app.rules.scoring import Criterion  # noqa: E402
from app.services import bloc as svc  # noqa: E402
from app.services.scoring_report import scoring_report  # noqa: E402
from benchmarks.common import label, parser, verdict  # noqa: E402

BAR_MS = 100.0


def _time(fn, repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t0) * 1000)
    return statistics.median(runs)


def build(db, members: int, criteria: int) -> int:
    rng = random.Random(1)
    each = Decimal(100) / criteria
    items = [
        Criterion(f"{i + 1}", f"Tiêu chí số {i + 1}", each.quantize(Decimal("0.01")), f"Nhóm {i // 5 + 1}")
        for i in range(criteria)
    ]
    drift = Decimal(100) - sum(c.max_points for c in items)
    items[-1] = Criterion(items[-1].code, items[-1].name, items[-1].max_points + drift, items[-1].group)
    with db.factory.begin() as s:
        bloc = svc.create_bloc(s, name="Cụm thi đua thử")
        ids = svc.add_members(s, bloc_id=bloc, names=[f"Đơn vị {i + 1:03d}" for i in range(members)])
        table = svc.create_table(
            s, bloc_id=bloc, year=2025, name="Bảng thử", declared_total=100, items=items, drop_extremes=True
        )
        item_ids = {
            code: iid
            for code, iid in s.execute(
                ScoringItem.__table__.select()
                .with_only_columns(ScoringItem.code, ScoringItem.id)
                .where(ScoringItem.table_id == table)
            )
        }
        assessors = {a.member_id: a.id for a in svc.list_assessors(s, table_id=table)}
        rows = []
        for m in ids:
            for home, a in [(None, None), *assessors.items()]:
                if home == m:
                    continue
                for c in items:
                    p = (c.max_points * Decimal(rng.randint(70, 100)) / 100).quantize(Decimal("0.5"))
                    rows.append(dict(item_id=item_ids[c.code], member_id=m, assessor_id=a, points=p))
        s.execute(insert(Score.__table__), rows)
    return table


def run(target: str, name: str, members: int, criteria: int) -> None:
    db = open_database(target)
    t0 = time.perf_counter()
    table = build(db, members, criteria)
    print(f"{name}: {members} members × {criteria} criteria, built in {time.perf_counter() - t0:.1f} s")
    db.close()  # the scores were entered earlier; the program is opened to rank them
    db = open_database(target)
    with db.factory() as s:
        assessors = svc.list_assessors(s, table_id=table)
        members_ = svc.table_members(s, table_id=table)
        n = len(svc.list_scores(s, table_id=table))
        print(f"  {n:,} scores")
        svc.compute_ranking(s, table_id=table)  # compiles the statements once, as a screen's first visit
        ranking = _time(lambda: svc.compute_ranking(s, table_id=table), 7)
        floor_sql = text("SELECT member_id, assessor_id, SUM(points) FROM score GROUP BY member_id, assessor_id")
        floor = _time(lambda: s.execute(floor_sql).all(), 7)
        print(
            f"  ranking + missing + gaps: {ranking:.0f} ms median (bar ≤ {BAR_MS:.0f} ms) → {verdict(ranking, BAR_MS)}; "
            f"floor (one bare GROUP BY) {floor:.0f} ms, ratio {ranking / floor:.1f}×"
        )
        print(
            f"  one sheet for the grid:   {_time(lambda: svc.list_scores(s, table_id=table, assessor_id=assessors[3].id)):.1f} ms"
        )
        print(f"  scoring report DTO:       {_time(lambda: scoring_report(s, table_id=table), 3):.0f} ms")
    target_member = next(m.id for m in members_ if m.id != assessors[3].member_id)

    def save() -> None:
        with db.factory.begin() as s:
            svc.record_scores(
                s, table_id=table, member_id=target_member, assessor_id=assessors[3].id, points={"1": "3"}
            )

    print(f"  save one typed value:     {_time(save):.1f} ms")
    db.close()


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--members", type=int, default=60)
    p.add_argument("--criteria", type=int, default=30)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run(str(Path(tmp) / "scoring.db"), label(None), args.members, args.criteria)
    if args.pg:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        schema = f"bench_scoring_{args.members}_{args.criteria}"
        admin = create_engine(args.pg)
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
        admin.dispose()
        url = make_url(args.pg).update_query_dict({"options": f"-csearch_path={schema}"})
        run(url.render_as_string(hide_password=False), label(args.pg), args.members, args.criteria)


if __name__ == "__main__":
    main()
