#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests, run as an unprivileged user on a free
# local port.  `source tests/pg_cluster.sh; pg_cluster_start` sets TDKT_PG_URL and
# PG_CLUSTER_DIR; `pg_cluster_stop` stops and removes it.

pg_cluster_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

pg_cluster_start() {
    local bin port runas
    bin=$(pg_cluster_bin)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
            bin=$(pg_cluster_bin)
        fi
    fi
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "PostgreSQL không có trên máy (cần gói postgresql)." >&2
        return 1
    fi
    PG_CLUSTER_DIR=$(mktemp -d /tmp/tdkt-pg.XXXXXX)
    runas=()
    if [ "$(id -u)" = 0 ]; then
        # initdb refuses to run as root: use the unprivileged 'nobody' account.
        chown nobody "$PG_CLUSTER_DIR"
        runas=(runuser -u nobody --)
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    # Password authentication over TCP, as on an office server, so wrong passwords fail.
    echo "tdkt-test-pw" > "$PG_CLUSTER_DIR/pw"
    chmod 644 "$PG_CLUSTER_DIR/pw"
    "${runas[@]}" "$bin/initdb" -D "$PG_CLUSTER_DIR/data" -U tdkt --pwfile="$PG_CLUSTER_DIR/pw" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    "${runas[@]}" "$bin/pg_ctl" -D "$PG_CLUSTER_DIR/data" -l "$PG_CLUSTER_DIR/log" -w \
        -o "-p $port -k $PG_CLUSTER_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    PGPASSWORD=tdkt-test-pw "$bin/psql" -q -h 127.0.0.1 -p "$port" -U tdkt -d postgres -c "CREATE DATABASE tdkt_test" >/dev/null
    PG_CLUSTER_BIN=$bin
    PG_CLUSTER_RUNAS="${runas[*]}"
    TDKT_PG_URL="postgresql+psycopg://tdkt:tdkt-test-pw@127.0.0.1:$port/tdkt_test"
    export TDKT_PG_URL PG_CLUSTER_DIR PG_CLUSTER_BIN PG_CLUSTER_RUNAS
}

pg_cluster_stop() {
    if [ -n "${PG_CLUSTER_DIR:-}" ] && [ -d "$PG_CLUSTER_DIR" ]; then
        $PG_CLUSTER_RUNAS "$PG_CLUSTER_BIN/pg_ctl" -D "$PG_CLUSTER_DIR/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$PG_CLUSTER_DIR"
    fi
}
