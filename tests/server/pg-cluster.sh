#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the server tests: `pg-cluster.sh start STATEFILE` runs initdb and
# pg_ctl in a new temporary directory (Unix socket only, no TCP port to collide on) and writes the
# database URL to STATEFILE; `pg-cluster.sh stop STATEFILE` stops it and removes the directory.
# initdb refuses to run as root, so as root the cluster belongs to the `postgres` user.
set -euo pipefail
action=${1:?start or stop}
state=${2:?state file}
bin=${JUNHENG_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    echo "找不到 PostgreSQL（initdb）。请安装 postgresql（scripts/packages.txt）或设置 JUNHENG_PG_BIN。" >&2
    exit 1
fi
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    [[ -f "$state" ]] && "$0" stop "$state" || true
    dir=$(mktemp -d /tmp/junheng-pg.XXXXXX)
    chmod 755 "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # Small and fast: a test cluster, fsync off (the data is thrown away).
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    mkdir -p "$(dirname "$state")"
    printf 'dir=%s\nurl=postgres://postgres@localhost/postgres?host=%s\n' "$dir" "$dir" >"$state"
    echo "PostgreSQL test cluster in $dir"
    ;;
stop)
    [[ -f "$state" ]] || exit 0
    dir=$(sed -n 's/^dir=//p' "$state")
    if [[ -n "$dir" && -d "$dir/data" ]]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [[ -n "$dir" && "$dir" == /tmp/junheng-pg.* ]] && rm -rf "$dir"
    rm -f "$state"
    ;;
*)
    echo "usage: $0 start|stop STATEFILE" >&2
    exit 2
    ;;
esac
