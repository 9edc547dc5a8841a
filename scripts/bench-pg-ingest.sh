#!/usr/bin/env bash
# Ingest throughput into PostgreSQL with 1, 2 and 4 `ahdath ingest` processes (issue 6).
#
#   scripts/bench-pg-ingest.sh SERVER_URL [N] [CORPUS]
#
# SERVER_URL: a PostgreSQL server where databases may be created (scripts/pg-server.sh prints
# one). The first N articles (default 6000) of CORPUS (default ../shared/corpus/bench60k.jsonl.gz)
# are cut into K disjoint shards of consecutive articles; K processes (`--threads 1` each: every
# process codes and writes) ingest one shard each into a fresh database, all at once. Prints
# articles/s over the wall time of the slowest process, for K = 1, 2, 4, and the same N into a
# SQLite file with one process for comparison. Uses target/release/ahdath (built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
url="${1:?usage: $0 SERVER_URL [N] [CORPUS]}"
n="${2:-6000}"
corpus="${3:-../shared/corpus/bench60k.jsonl.gz}"
bin="${AHDATH_BIN:-target/release/ahdath}"
[ -x "$bin" ] || cargo build --release -p ahdath
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# (zcat is cut short by head: its SIGPIPE is expected, not an error)
{ zcat -f "$corpus" 2>/dev/null || true; } | head -n "$n" >"$work/all.jsonl"

db_url() { # URL of database $1 in the server
  local base="${url%%\?*}"
  echo "${base%/*}/$1"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
"$bin" ingest --db "$work/sqlite.db" --threads 1 "$work/all.jsonl" 2>"$work/sqlite.log"
end=$(date +%s.%N)
echo "sqlite    1 process : $n articles in $(printf %.1f "$(echo "$end - $start" | bc)") s = $(printf %.0f "$(echo "$n / ($end - $start)" | bc -l)") articles/s"

for k in 1 2 4; do
  name="ahdath_bench_ingest_$k"
  psql -q "$url" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >/dev/null 2>&1
  target="$(db_url "$name")"
  rm -f "$work"/shard.*
  split -n "l/$k" -d "$work/all.jsonl" "$work/shard."
  start=$(date +%s.%N)
  pids=()
  for f in "$work"/shard.*; do
    "$bin" ingest --db "$target" --threads 1 "$f" 2>"$f.log" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  end=$(date +%s.%N)
  events=$(psql -At "$target" -c "SELECT count(*) FROM events")
  echo "postgres $k process(es): $n articles in $(printf %.1f "$(echo "$end - $start" | bc)") s = $(printf %.0f "$(echo "$n / ($end - $start)" | bc -l)") articles/s ($events events)"
  psql -q "$url" -c "DROP DATABASE IF EXISTS $name" >/dev/null 2>&1
done
