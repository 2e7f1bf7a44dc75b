#!/usr/bin/env bash
# Run every benchmark on SQLite and on a throw-away PostgreSQL cluster; prints figures
# against the bars of PRODUCT.md §3. Not a test: run on demand on a quiet machine.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export QT_QPA_PLATFORM=offscreen
source tests/pg_cluster.sh
trap pg_cluster_stop EXIT
pg_cluster_start || { echo "PostgreSQL không khởi động được; chỉ chạy trên SQLite" >&2; TDKT_PG_URL=""; }
pg=()
[ -n "$TDKT_PG_URL" ] && pg=(--pg "$TDKT_PG_URL")

for script in bench_startup bench_search bench_memory bench_import bench_tally bench_ballot bench_eligibility \
              bench_export_nominations bench_certificates bench_scoring bench_bundle bench_integrity bench_scans \
              bench_stalls; do
    [ -f "benchmarks/$script.py" ] || continue
    echo "=== $script ==="
    case $script in
        bench_startup|bench_search|bench_memory|bench_import|bench_eligibility|bench_scoring|bench_integrity|bench_stalls)
            $PY -m "benchmarks.$script" "${pg[@]}" ;;
        *)
            $PY -m "benchmarks.$script" ;;
    esac
done
