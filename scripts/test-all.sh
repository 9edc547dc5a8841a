#!/usr/bin/env bash
# The test command of the README: every Rust test, then the map page in a real browser.
#
# 0. a private PostgreSQL server for the PostgreSQL backend's tests (scripts/pg-server.sh; as
#    root on Debian/Ubuntu it is installed with apt-get when missing), unless AHDATH_TEST_PG
#    already names one; stopped and removed at the end
# 1. cargo test --workspace, then scripts/check_trigger_dicts.py (skipped, and said, without python3)
# 2. web/dist is reproducible from web/ (npm ci + build, byte-compared)
# 3. the browser test: `ahdath serve` on a database of the bundled examples, driven by
#    playwright-core in headless Chromium (web/tests/e2e.mjs); the screenshot is kept in
#    web/tests/artifacts/page.png.
#
# Needs Node/npm and Chromium for steps 2–3: as root on Debian/Ubuntu the script installs
# Chromium with apt-get; elsewhere set CHROMIUM=/path/to/chromium. AHDATH_SKIP_BROWSER=1 skips
# steps 2–3 (and says so).
set -euo pipefail
cd "$(dirname "$0")/.."

pg_dir=""
cleanup() {
  if [ -n "$pg_dir" ]; then
    scripts/pg-server.sh stop "$pg_dir" || true
    rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT
if [ -z "${AHDATH_TEST_PG:-}" ] && [ "${AHDATH_SKIP_PG:-0}" != "1" ]; then
  pg_dir="$(mktemp -d)"
  AHDATH_TEST_PG="$(scripts/pg-server.sh start "$pg_dir" "${AHDATH_TEST_PG_PORT:-55433}")"
  export AHDATH_TEST_PG
  echo "test-all: PostgreSQL for tests at $AHDATH_TEST_PG" >&2
fi

cargo test --workspace

# The trigger-dictionary checker (a few seconds): exit 1 on any error.
if command -v python3 >/dev/null; then
  python3 scripts/check_trigger_dicts.py
else
  echo "test-all: no python3: scripts/check_trigger_dicts.py was NOT run" >&2
fi

if [ "${AHDATH_SKIP_BROWSER:-0}" = "1" ]; then
  echo "test-all: AHDATH_SKIP_BROWSER=1: the page and browser tests were NOT run" >&2
  exit 0
fi

CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$CHROMIUM" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    CHROMIUM="$(command -v chromium)"
  else
    echo "test-all: no Chromium found: install it or set CHROMIUM=/path (or AHDATH_SKIP_BROWSER=1)" >&2
    exit 1
  fi
fi
export CHROMIUM

web/check-reproducible.sh

cargo build --bin ahdath
dir="$(mktemp -d)"
port="${AHDATH_TEST_PORT:-18080}"
# Code the bundled examples into a fresh database and serve it (demo = ingest + serve).
target/debug/ahdath demo --db "$dir/demo.db" --addr "127.0.0.1:$port" >"$dir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$dir"; cleanup' EXIT
for _ in $(seq 1 100); do
  if curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 $server 2>/dev/null; then cat "$dir/server.log" >&2; exit 1; fi
  sleep 0.2
done
AHDATH_URL="http://127.0.0.1:$port" node web/tests/e2e.mjs
