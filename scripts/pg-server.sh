#!/usr/bin/env bash
# A private PostgreSQL server for tests and benchmarks: its own cluster in a directory, listening
# on 127.0.0.1 only, with trust authentication, so nothing on the machine is touched.
#
#   scripts/pg-server.sh start DIR [PORT]   # initdb (first time) + start; prints the URL
#   scripts/pg-server.sh stop DIR
#
# The URL printed is postgres://ahdath@127.0.0.1:PORT/postgres; tests create their own
# databases in it. As root, the server runs as the `postgres` user (PostgreSQL refuses root).
# When no server binaries are found and we are root on Debian/Ubuntu, they are installed with
# apt-get (package postgresql); elsewhere set PG_BIN=/path/to/postgresql/bin.
set -euo pipefail

cmd="${1:-}"
dir="${2:-}"
port="${3:-55432}"
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR [PORT]" >&2
  exit 2
fi

find_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$d" ] && [ -x "$d/postgres" ]; then echo "$d"; return; fi
  if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then dirname "$(command -v pg_ctl)"; return; fi
  echo ""
}

bin="$(find_bin)"
if [ -z "$bin" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "pg-server: installing PostgreSQL with apt-get" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin="$(find_bin)"
  fi
  if [ -z "$bin" ]; then
    echo "pg-server: no PostgreSQL server binaries (install postgresql or set PG_BIN)" >&2
    exit 1
  fi
fi

# Run a server program as a non-root user when we are root.
as_owner() {
  if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    [ "$(id -u)" = "0" ] && chown postgres "$dir" 2>/dev/null || true
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir/data" -U ahdath --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        as_owner "$bin/initdb" -D "$dir/data" -U ahdath --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
      }
    fi
    # Settings for a throwaway test server: durability off (tests do not survive a crash
    # anyway), enough connections for several ingest processes and a server's readers.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB" \
      start >/dev/null || {
      cat "$dir/server.log" >&2
      exit 1
    }
    echo "postgres://ahdath@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    ;;
  *)
    echo "usage: $0 start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
