#!/usr/bin/env bash
# A throw-away PostgreSQL server for partnerbill-jdbc's tests.
#
#   .ci/postgres.sh start   installs the Debian postgresql package if missing, creates a data
#                           directory under /tmp, starts a server on 127.0.0.1 on a free port,
#                           creates the database and user "partnerbill", and prints
#                           PARTNERBILL_PG_URL / _USER / _PASSWORD (also written to
#                           target/postgres.env, which `stop` reads).
#   .ci/postgres.sh stop    stops that server and deletes its data directory.
#
# Use it locally:   eval "$(.ci/postgres.sh start)"; mvn -pl jdbc -am verify; .ci/postgres.sh stop
set -euo pipefail
cd "$(dirname "$0")/.."
STATE="${PARTNERBILL_PG_STATE:-$PWD/target/postgres.env}"

as_postgres() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

find_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$(( 20000 + RANDOM % 40000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "no free port found" >&2
    return 1
}

start() {
    if [ -f "$STATE" ]; then
        echo "a server is already recorded in $STATE; run '$0 stop' first" >&2
        exit 1
    fi
    local bin
    bin=$(find_bin)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "installing postgresql (Debian package)" >&2
        if [ "$(id -u)" = 0 ]; then
            apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
        else
            sudo apt-get update >&2 && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
        fi
        bin=$(find_bin)
    fi
    local data port password
    data=$(mktemp -d /tmp/partnerbill-pg.XXXXXX)
    # Until the server is recorded in $STATE (which `stop` reads), a failure removes the data directory.
    trap 'rm -rf "$data"' ERR
    if [ "$(id -u)" = 0 ]; then
        chown postgres:postgres "$data"
    fi
    chmod 700 "$data"
    password="pb-$(od -An -N8 -tx8 /dev/urandom | tr -d ' \n')"
    as_postgres "$bin/initdb" -D "$data/db" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$data/initdb.log" 2>&1 || { cat "$data/initdb.log" >&2; exit 1; }
    port=$(free_port)
    as_postgres "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" start >&2 \
        || { cat "$data/server.log" >&2; exit 1; }
    mkdir -p "$(dirname "$STATE")"
    # Recorded before anything else can fail, so that `stop` always finds the server.
    cat >"$STATE" <<STATE_END
PARTNERBILL_PG_DATA=$data
PARTNERBILL_PG_BIN=$bin
PARTNERBILL_PG_URL=jdbc:postgresql://127.0.0.1:$port/partnerbill
PARTNERBILL_PG_USER=partnerbill
PARTNERBILL_PG_PASSWORD=$password
STATE_END
    trap - ERR
    as_postgres "$bin/psql" -h "$data" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE USER partnerbill PASSWORD '$password'" \
        -c "CREATE DATABASE partnerbill OWNER partnerbill" >&2
    grep -E '^PARTNERBILL_PG_(URL|USER|PASSWORD)=' "$STATE" | sed 's/^/export /'
}

stop() {
    if [ ! -f "$STATE" ]; then
        echo "no server recorded in $STATE" >&2
        return 0
    fi
    local data bin
    data=$(sed -n 's/^PARTNERBILL_PG_DATA=//p' "$STATE")
    bin=$(sed -n 's/^PARTNERBILL_PG_BIN=//p' "$STATE")
    if [ -n "$data" ] && [ -d "$data/db" ]; then
        as_postgres "$bin/pg_ctl" -D "$data/db" -m fast -w stop >&2 || true
    fi
    case "$data" in
        /tmp/partnerbill-pg.*) rm -rf "$data" ;;
    esac
    rm -f "$STATE"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
