"""Benchmark: a ballot of 60 members × 300 candidates, double entry through the services,
then the comparison and the tally (PRODUCT.md §3: ≤ 100 ms). Prints figures; not a test.

    .venv/bin/python benchmarks/bench_ballot.py [--db URL]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="")
    args = ap.parse_args()
    from app.database import open_database
    from app.services import ballot as bs
    from tests.app.services.test_ballot import make_world

    tmp = tempfile.mkdtemp(prefix="tdkt-bench-ballot-")
    db = open_database(args.db or Path(tmp) / "b.db")
    with db.factory() as s:
        world = make_world(s, members=60, candidates=300)
        bid = bs.create_ballot(s, meeting_id=world["meeting"], award_code="CSTDCS")
        s.commit()
    rng = random.Random(4)
    t0 = time.perf_counter()
    with db.factory.begin() as s:
        for number in range(1, 61):
            struck = rng.sample(range(1, 301), rng.randint(0, 25))
            for entry in "AB":
                bs.add_sheet(s, ballot_id=bid, entry=entry, struck=struck, number=number)
        for entry in "AB":
            bs.finish_entry(s, ballot_id=bid, entry=entry)
    entry_ms = (time.perf_counter() - t0) * 1000
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        with db.factory() as s:
            assert bs.compare_passes(s, ballot_id=bid).agree
            result = bs.preview_tally(s, ballot_id=bid)
        runs.append((time.perf_counter() - t0) * 1000)
    t0 = time.perf_counter()
    with db.factory.begin() as s:
        sealed = bs.seal_ballot(s, ballot_id=bid)
    seal_ms = (time.perf_counter() - t0) * 1000
    print(f"entry of 2 × 60 sheets through the services: {entry_ms:.0f} ms ({entry_ms / 120:.1f} ms a sheet)")
    print(f"compare + tally, 60 members × 300 candidates: best {min(runs):.1f} ms, median "
          f"{sorted(runs)[2]:.1f} ms (bar ≤ 100 ms); passed {len(result.passed)}")
    print(f"seal (tally, hash, 300 nominations moved): {seal_ms:.0f} ms; hash {sealed.seal_hash[:16]}…")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
