#!/bin/sh
# A throw-away PostgreSQL server for the storage tests.
#
#   tests/support/pg-server.sh start DIR PORT   # prints postgresql://USER@127.0.0.1:PORT/arrscore_test
#   tests/support/pg-server.sh stop DIR
#
#   export ARRSCORE_TEST_PG=$(tests/support/pg-server.sh start /tmp/arrscore-pg 55432)
#   build/tests/tst_snapshotstore; tests/support/pg-server.sh stop /tmp/arrscore-pg
#
# The cluster lives in DIR/data, its socket and log in DIR. It listens on 127.0.0.1:PORT only and trusts
# every local connection: for tests, never for data that matters. PostgreSQL refuses to run as root, so
# when started by root the server runs as the system user arrscore-pg (created when missing).
# Set PG_BINDIR to use another PostgreSQL than Debian's /usr/lib/postgresql/<newest>/bin.
set -eu

usage() {
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
}

find_bindir() {
    if [ -n "${PG_BINDIR:-}" ]; then
        echo "$PG_BINDIR"
        return
    fi
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
        if [ -x "$dir/initdb" ]; then
            echo "$dir"
            return
        fi
    done
    echo "$0: PostgreSQL server binaries not found (apt-get install postgresql, or set PG_BINDIR)" >&2
    exit 1
}

# Runs a command as the server's user: ourselves, or arrscore-pg when we are root.
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u arrscore-pg -- "$@"
    else
        "$@"
    fi
}

pg_user() {
    if [ "$(id -u)" -eq 0 ]; then echo arrscore-pg; else id -un; fi
}

start() {
    dir=$1
    port=$2
    case "$port" in
        ''|*[!0-9]*) echo "$0: PORT must be a number" >&2; exit 2 ;;
    esac
    bindir=$(find_bindir)
    if [ "$(id -u)" -eq 0 ] && ! id arrscore-pg >/dev/null 2>&1; then
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin arrscore-pg
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" -eq 0 ]; then
        chown arrscore-pg "$dir"
    fi
    chmod 700 "$dir"
    cd "$dir" # the server's user may not be allowed into the caller's directory
    user=$(pg_user)

    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_pg "$bindir/initdb" --pgdata="$dir/data" --username="$user" --auth=trust --encoding=UTF8 \
            --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
            cat "$dir/initdb.log" >&2
            exit 1
        }
    fi
    if as_pg "$bindir/pg_ctl" status --pgdata="$dir/data" >/dev/null 2>&1; then
        echo "$0: a server already runs in $dir; stop it first" >&2
        exit 1
    fi
    # Only TCP on loopback and a socket inside DIR: nothing else on the machine is touched.
    as_pg "$bindir/pg_ctl" start --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=60 \
        --options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir' -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
        >/dev/null || {
        tail -n 20 "$dir/server.log" >&2
        exit 1
    }
    tries=0
    until as_pg "$bindir/pg_isready" --host=127.0.0.1 --port="$port" --quiet; do
        tries=$((tries + 1))
        if [ "$tries" -ge 60 ]; then
            echo "$0: the server did not become ready; see $dir/server.log" >&2
            exit 1
        fi
        sleep 0.5
    done
    if ! as_pg "$bindir/psql" --host=127.0.0.1 --port="$port" --username="$user" --dbname=postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = 'arrscore_test'" | grep -q 1; then
        as_pg "$bindir/createdb" --host=127.0.0.1 --port="$port" --username="$user" arrscore_test
    fi
    echo "postgresql://$user@127.0.0.1:$port/arrscore_test"
}

stop() {
    dir=$1
    bindir=$(find_bindir)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        echo "$0: no server data in $dir" >&2
        exit 1
    fi
    dir=$(cd "$dir" && pwd)
    cd "$dir"
    if as_pg "$bindir/pg_ctl" status --pgdata="$dir/data" >/dev/null 2>&1; then
        as_pg "$bindir/pg_ctl" stop --pgdata="$dir/data" --mode=fast --wait >/dev/null
    fi
}

[ $# -ge 1 ] || usage
case "$1" in
    start) [ $# -eq 3 ] || usage; start "$2" "$3" ;;
    stop) [ $# -eq 2 ] || usage; stop "$2" ;;
    *) usage ;;
esac
