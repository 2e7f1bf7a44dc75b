"""Benchmark: a ballot of 60 members × 300 candidates, double entry through the services,
then the comparison and the tally (PRODUCT.md §3: ≤ 100 ms), and sealing it with the
audit trail on (≤ 100 ms). Prints figures; not a test.

    .venv/bin/python -m benchmarks.bench_ballot [--runs R]

One meeting holds R ballots of 300 candidates each (a sealed ballot cannot be sealed
again); they are sealed one after the other on one engine, as in the program: the first
sealing compiles its statements, the median is over the others. The floor is the same
writes — one status UPDATE per nomination and its two events — as two bare executemany
statements on a copy, no services, no audit trail. `check` must find nothing afterwards.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BAR_MS = 100.0
CANDIDATES = 300


def floor_once(path: Path) -> float:
    """The rows a sealing writes, by two bare statements on a plain engine (no audit hook)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        ids = [
            r[0]
            for r in conn.execute(
                text("SELECT id FROM nomination WHERE status = 'CHECKED' LIMIT :n"), {"n": CANDIDATES}
            )
        ]
        conn.rollback()
        t0 = time.perf_counter()
        with conn.begin():
            conn.execute(
                text("UPDATE nomination SET status = :st, version = version + 1 WHERE id = :id"),
                [{"st": "APPROVED", "id": i} for i in ids],
            )
            conn.execute(
                text(
                    'INSERT INTO nomination_event (nomination_id, at, "by", from_status, to_status, '
                    "reason) VALUES (:n, CURRENT_TIMESTAMP, 'x', :f, :t, '')"
                ),
                [{"n": i, "f": f, "t": t} for i in ids for f, t in (("CHECKED", "VOTED"), ("VOTED", "APPROVED"))],
            )
        ms = (time.perf_counter() - t0) * 1000
    engine.dispose()
    return ms


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    from app.database import open_database
    from app.services import ballot as bs
    from app.services.integrity import full_check
    from tests.app.services.test_ballot import make_world

    tmp = Path(tempfile.mkdtemp(prefix="tdkt-bench-ballot-"))
    try:
        db = open_database(tmp / "b.db")
        t0 = time.perf_counter()
        with db.factory() as s:
            world = make_world(s, members=60, candidates=CANDIDATES * args.runs)
            noms = world["nominations"]
            ballots = [
                bs.create_ballot(
                    s,
                    meeting_id=world["meeting"],
                    award_code="CSTDCS",
                    nomination_ids=noms[k * CANDIDATES : (k + 1) * CANDIDATES],
                )
                for k in range(args.runs)
            ]
            s.commit()
        print(f"  ({args.runs} ballots of {CANDIDATES} candidates built in {time.perf_counter() - t0:.1f} s)")
        rng = random.Random(4)
        entry_ms = []
        for bid in ballots:
            t0 = time.perf_counter()
            with db.factory.begin() as s:
                for number in range(1, 61):
                    struck = rng.sample(range(1, CANDIDATES + 1), rng.randint(0, 25))
                    for entry in "AB":
                        bs.add_sheet(s, ballot_id=bid, entry=entry, struck=struck, number=number)
                for entry in "AB":
                    bs.finish_entry(s, ballot_id=bid, entry=entry)
            entry_ms.append((time.perf_counter() - t0) * 1000)
        print(
            f"entry of 2 × 60 sheets through the services: median {statistics.median(entry_ms):.0f} ms "
            f"({statistics.median(entry_ms) / 120:.1f} ms a sheet)"
        )
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            with db.factory() as s:
                assert bs.compare_passes(s, ballot_id=ballots[0]).agree
                result = bs.preview_tally(s, ballot_id=ballots[0])
            runs.append((time.perf_counter() - t0) * 1000)
        print(
            f"compare + tally, 60 members × {CANDIDATES} candidates: best {min(runs):.1f} ms, median "
            f"{statistics.median(runs):.1f} ms (bar ≤ {BAR_MS:.0f} ms); passed {len(result.passed)}"
        )
        db.close()  # as the office would: the data entered earlier, the program opened to seal
        shutil.copyfile(tmp / "b.db", tmp / "floor.db")
        db = open_database(tmp / "b.db", backup=False)
        seals, cpu = [], []
        for bid in ballots:
            t0, c0 = time.perf_counter(), time.process_time()
            with db.factory.begin() as s:
                sealed = bs.seal_ballot(s, ballot_id=bid)
            seals.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        with db.factory() as s:
            findings = full_check(s)
        db.close()
        floor = floor_once(tmp / "floor.db")
        rest = seals[1:] or seals
        med = statistics.median(rest)
        print(
            f"seal ({CANDIDATES} candidates: tally, hash, nominations moved, audit trail on): first {seals[0]:.0f} ms, "
            f"then median {med:.0f} ms (runs {', '.join(f'{x:.0f}' for x in seals)}; CPU time "
            f"{', '.join(f'{x:.0f}' for x in cpu)}; bar ≤ {BAR_MS:.0f} ms) → "
            f"{'OK' if med <= BAR_MS else 'OVER BAR'}; floor (bare writes) {floor:.0f} ms; "
            f"check: {len(findings)} findings; last hash {sealed.seal_hash[:16]}…"
        )
        if findings:
            print("\n".join(findings[:5]))
            return 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
