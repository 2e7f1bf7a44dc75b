"""Benchmark: tally of 60 members × 300 candidates, double entry compared (bar ≤ 100 ms, PRODUCT.md §3).

Run: .venv/bin/python benchmarks/bench_tally.py [--members N] [--candidates C] [--repeat R]
Times, in-process, what `tdkt-cli tally --check` does after reading the files: decode and
parse the candidate list and both clerks' CSV entries, compare the entries, tally (80 %,
with a quota). Then, for information, one full CLI run in a subprocess (Python start-up
and imports included).
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.rules.ballot_sheets import decode_text, parse_candidates, parse_sheets  # noqa: E402
from app.rules.tally import TallyInput, compare_entries, parse_threshold, tally  # noqa: E402

BAR_MS = 100.0
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc"]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Giang",
    "Hà",
    "Hải",
    "Hằng",
    "Hưng",
    "Khánh",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Nga",
    "Phúc",
    "Quyên",
    "Sơn",
    "Thảo",
    "Trang",
    "Tuấn",
    "Việt",
    "Xuân",
    "Yến",
]


def make_files(members: int, candidates: int, seed: int = 1) -> tuple[bytes, bytes, bytes]:
    """(candidates.txt, first entry, second entry) as a clerk would save them (BOM, CRLF)."""
    rnd = random.Random(seed)
    names = [f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}" for _ in range(candidates)]
    rows = []
    for n in range(1, members + 1):
        kind = rnd.choices(["ballot", "written", "invalid"], weights=[90, 7, 3])[0]
        struck = rnd.sample(range(1, candidates + 1), rnd.randint(0, candidates // 5))
        rows.append(f'{n},{kind},"{" ".join(map(str, sorted(struck)))}"')
    first = "sheet,kind,struck\r\n" + "\r\n".join(rows) + "\r\n"
    rnd.shuffle(rows)  # the second clerk takes the pile in another order
    second = "sheet,kind,struck\r\n" + "\r\n".join(rows) + "\r\n"
    bom = b"\xef\xbb\xbf"
    return (bom + "\r\n".join(names).encode(), bom + first.encode(), bom + second.encode())


def run_in_process(members: int, files: tuple[bytes, bytes, bytes]):
    cand_bytes, first_bytes, second_bytes = files
    names = parse_candidates(decode_text(cand_bytes, "ung-vien.txt"), "ung-vien.txt")
    first = parse_sheets(decode_text(first_bytes, "lan1.csv"), "lan1.csv", candidates=len(names), members=members)
    second = parse_sheets(decode_text(second_bytes, "lan2.csv"), "lan2.csv", candidates=len(names), members=members)
    if compare_entries(first, second):
        raise SystemExit("the two entries differ: the benchmark data is wrong")
    return tally(TallyInput(members, names, first, parse_threshold("80%"), quota=len(names) // 10))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--members", type=int, default=60)
    p.add_argument("--candidates", type=int, default=300)
    p.add_argument("--repeat", type=int, default=50)
    args = p.parse_args()
    files = make_files(args.members, args.candidates)

    run_in_process(args.members, files)  # warm-up (imports, caches)
    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        result = run_in_process(args.members, files)
        times.append((time.perf_counter() - t0) * 1000)
    median, worst = statistics.median(times), max(times)
    print(
        f"  {result.collected} sheets ({result.valid} valid, {result.invalid} invalid, {result.written} written), "
        f"{len(result.passed)} passed, {len([c for c in result.candidates if c.tied])} tied"
    )
    verdict = "OK" if worst <= BAR_MS else "OVER BAR"
    print(
        f"tally of {args.members} members × {args.candidates} candidates, double entry compared "
        f"(parse both entries + compare + tally): median {median:.2f} ms, worst {worst:.2f} ms "
        f"of {args.repeat} runs (bar {BAR_MS:.0f} ms) → {verdict}"
    )

    with tempfile.TemporaryDirectory() as tmp:
        paths = [Path(tmp) / name for name in ("ứng viên.txt", "lần 1.csv", "lần 2.csv")]
        for path, data in zip(paths, files):
            path.write_bytes(data)
        cmd = [
            sys.executable,
            "-m",
            "app.cli",
            "tally",
            "--members",
            str(args.members),
            "--candidates",
            str(paths[0]),
            "--sheets",
            str(paths[1]),
            "--check",
            str(paths[2]),
            "--json",
        ]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True)
        elapsed = (time.perf_counter() - t0) * 1000
        status = (
            "exit 0" if proc.returncode == 0 else f"exit {proc.returncode}: {proc.stderr.decode('utf-8', 'replace')}"
        )
        print(f"  (for information) full `tdkt-cli tally --check --json` subprocess: {elapsed:.0f} ms, {status}")


if __name__ == "__main__":
    main()
