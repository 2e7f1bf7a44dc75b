"""Eligibility of 5,000 nominations over 20 years of history (bar ≤ 1 s).

Builds (once, cached in the temp folder) a database of 5,000 people with 20 years of
ratings, titles, sáng kiến and some discipline, and a round of 5,000 nominations judged as a
whole: 4,000 people nominated once for one of LĐTT, CSTĐCS, CSTĐ cấp bộ, Bằng khen bộ, Bằng
khen TTg, and 500 nominated twice (CSTĐCS with CSTĐ cấp bộ: pending titles and sáng kiến
shared out). Times `compute_verdicts` (loading all history, judging, caching the verdicts). Run: python -m benchmarks.bench_eligibility
"""

from __future__ import annotations

import datetime as dt
import random
import time

from sqlalchemy import func, insert, select

from app.database import Database, open_database
from app.models import Award, Discipline, Initiative, Nomination, Person, Rating, ReviewRound, Unit
from app.services.nomination import compute_verdicts
from app.services.org import person_keys
from benchmarks.common import CACHE, label, parser, verdict

PEOPLE = 5000
SINGLE, DOUBLE = 4000, 500  # people nominated once, twice: 5,000 nominations
NOMINATIONS = SINGLE + 2 * DOUBLE
YEARS = list(range(2005, 2025))
BAR = 1.0
CODES = ("LDTT", "CSTDCS", "CSTDBO", "BK_BO", "BK_TTG")


def build(target: str) -> tuple[Database, int]:
    db = open_database(target)
    with db.factory() as s:
        have = s.scalar(select(func.count()).select_from(Nomination)) or 0
        round_id = s.scalar(select(ReviewRound.id))
    if have == NOMINATIONS:
        return db, round_id
    rng = random.Random(42)
    t0 = time.perf_counter()
    with db.factory.begin() as s:
        s.execute(insert(Unit), [dict(code="B", name="Khối", kind="KHOI", parent_id=None, sort_order=1)])
        bloc = s.scalar(select(Unit.id))
        s.execute(
            insert(Unit),
            [dict(code=f"A{i}", name=f"Cơ quan {i}", kind="CO_QUAN", parent_id=bloc, sort_order=i) for i in range(20)],
        )
        agencies = list(s.scalars(select(Unit.id).where(Unit.kind == "CO_QUAN")))
        people = []
        for i in range(PEOPLE):
            name = f"Nguyễn Văn Thử {i}"
            sk, search = person_keys(name, f"P{i:05d}")
            people.append(
                dict(
                    code=f"P{i:05d}",
                    full_name=name,
                    sort_key=sk,
                    search_key=search,
                    gender="MF"[i % 2],
                    unit_id=agencies[i % len(agencies)],
                    version=1,
                )
            )
        s.execute(insert(Person), people)
        ids = list(s.scalars(select(Person.id).order_by(Person.id)))
        ratings, awards, inis, discs = [], [], [], []
        for pid in ids:
            good = rng.random() < 0.8
            for y in YEARS:
                r = rng.choices(("HTXSNV", "HTTNV", "HTNV", "KHTNV"), (30, 55, 12, 3) if good else (10, 60, 25, 5))[0]
                ratings.append(dict(person_id=pid, year=y, rating=r))
                if r in ("HTXSNV", "HTTNV") and y < YEARS[-1]:  # the round decides the last year
                    awards.append(dict(person_id=pid, award_code="LDTT", year=y))
                    if r == "HTXSNV" and rng.random() < 0.7:
                        awards.append(dict(person_id=pid, award_code="CSTDCS", year=y))
                if rng.random() < 0.1:
                    inis.append(
                        dict(
                            person_id=pid,
                            title=f"Sáng kiến {pid}-{y}",
                            level=rng.choice(("CO_SO", "CO_SO", "BO_TINH")),
                            year=y,
                        )
                    )
            if rng.random() < 0.3:
                awards.append(dict(person_id=pid, award_code="BK_BO", year=rng.choice(YEARS[:10])))
            if rng.random() < 0.02:
                start = dt.date(rng.choice(YEARS), 3, 1)
                discs.append(
                    dict(person_id=pid, level="KHIEN_TRACH", start_date=start, end_date=start + dt.timedelta(days=180))
                )
        for model, rows in ((Rating, ratings), (Award, awards), (Initiative, inis), (Discipline, discs)):
            for k in range(0, len(rows), 5000):
                s.execute(insert(model), rows[k : k + 5000])
        s.execute(
            insert(ReviewRound), [dict(name="Đợt xét 2024", year=2024, review_date=dt.date(2025, 1, 15), status="OPEN")]
        )
        round_id = s.scalar(select(ReviewRound.id))
        noms = [
            dict(
                round_id=round_id,
                person_id=pid,
                award_code=CODES[k % len(CODES)],
                status="SUBMITTED",
                submitting_unit_id=agencies[k % len(agencies)],
            )
            for k, pid in enumerate(ids[:SINGLE])
        ]
        noms += [
            dict(
                round_id=round_id,
                person_id=pid,
                award_code=code,
                status="SUBMITTED",
                submitting_unit_id=agencies[k % len(agencies)],
            )
            for k, pid in enumerate(ids[SINGLE : SINGLE + DOUBLE])
            for code in ("CSTDCS", "CSTDBO")
        ]
        s.execute(insert(Nomination), noms)
    print(
        f"  (built {PEOPLE:,} people × {len(YEARS)} years: {len(ratings):,} ratings, {len(awards):,} awards, "
        f"{len(inis):,} sáng kiến in {time.perf_counter() - t0:.1f} s)"
    )
    return db, round_id


def bench_database(pg_url: str | None) -> str:
    if pg_url:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        admin = create_engine(pg_url)
        with admin.begin() as conn:
            conn.exec_driver_sql("CREATE SCHEMA IF NOT EXISTS bench_eligibility_v3")
        admin.dispose()
        return (
            make_url(pg_url)
            .update_query_dict({"options": "-csearch_path=bench_eligibility_v3"})
            .render_as_string(hide_password=False)
        )
    CACHE.mkdir(parents=True, exist_ok=True)
    return str(CACHE / "eligibility-5000x20-v3.db")


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    for pg in [None] + ([args.pg] if args.pg else []):
        db, round_id = build(bench_database(pg))
        best = None
        for _ in range(3):
            with db.factory.begin() as s:
                t0 = time.perf_counter()
                summary = compute_verdicts(s, round_id=round_id)
                elapsed = time.perf_counter() - t0
            best = elapsed if best is None else min(best, elapsed)
        print(
            f"[{label(pg)}] eligibility of {summary.computed:,} nominations over {len(YEARS)} years: "
            f"{best:.3f} s (bar {BAR:.1f} s) {verdict(best, BAR)}; {summary.by_status}"
        )
        db.close()


if __name__ == "__main__":
    main()
