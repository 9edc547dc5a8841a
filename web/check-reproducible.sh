#!/usr/bin/env bash
# Rebuild the page into a temporary directory and compare it with the committed web/dist/.
# Fails (exit 1) when they differ: run `npm ci && npm run build` in web/ and commit dist/.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules ] || ! npm ls --depth=0 >/dev/null 2>&1; then
  npm ci --no-audit --no-fund
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
node build.mjs "$tmp/dist" >/dev/null
if diff -r dist "$tmp/dist"; then
  echo "web/dist is reproducible: $(find dist -type f | wc -l) files, $(find dist -type f -printf "%s\n" | awk "{s+=\$1} END {print s}") bytes"
else
  echo "web/dist differs from a fresh build: run 'npm ci && npm run build' in web/ and commit web/dist/" >&2
  exit 1
fi
