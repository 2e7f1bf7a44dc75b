#!/usr/bin/env bash
# Install everything the test suite needs and run it twice: on SQLite files (the whole
# suite, GUI and bundle included), then the non-GUI suite on a throw-away PostgreSQL
# cluster. README command 2; .ci/run calls this. Extra arguments go to both pytest runs.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: Qt's offscreen platform needs a few shared libraries, the tests render
# PDFs with poppler, the layout check prints workbooks and Word files with LibreOffice, the
# bundle test builds the installer with makensis (nsis), and the second pass needs a
# PostgreSQL server. Installed only when
# missing, and only where we may (root).
need=()
for pkg in libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 poppler-utils postgresql nsis; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
# LibreOffice (any flavour) for the layout check; the headless packages when there is none.
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui libreoffice-writer-nogui)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    else
        echo "Thiếu gói hệ thống: ${need[*]} (hãy cài bằng apt-get)" >&2
    fi
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
# The scan reader's NumPy without OpenBLAS, as the bundle ships it (built once per machine,
# ~5 minutes, then taken from the cache): the tests run on what the users get.
.venv/bin/python installer/numpy_without_blas.py

export QT_QPA_PLATFORM=offscreen
unset TDKT_TEST_DATABASE_URL

# Style and types first (issue 18): lint, formatting and mypy must be clean.
echo "=== Kiểm tra mã: ruff (lint, định dạng), mypy ==="
.venv/bin/python -m ruff check app ui tests benchmarks
.venv/bin/python -m ruff format --check app ui tests benchmarks
.venv/bin/python -m mypy

echo "=== Lượt 1/2: SQLite (toàn bộ bộ kiểm thử) ==="
sqlite_rc=0
.venv/bin/python -m pytest "$@" || sqlite_rc=$?

echo "=== Lượt 2/2: PostgreSQL (bộ kiểm thử không có giao diện) ==="
source tests/pg_cluster.sh
trap pg_cluster_stop EXIT
pg_rc=0
if pg_cluster_start; then
    # test_server_hang: the mid-session pause needs the server (GUI, but short and offscreen).
    TDKT_TEST_DATABASE_URL=$TDKT_PG_URL .venv/bin/python -m pytest tests/app tests/ui/connection/test_server_hang.py "$@" || pg_rc=$?
else
    pg_rc=1
fi

echo "SQLite: mã thoát $sqlite_rc; PostgreSQL: mã thoát $pg_rc"
[ "$sqlite_rc" = 0 ] && [ "$pg_rc" = 0 ]
