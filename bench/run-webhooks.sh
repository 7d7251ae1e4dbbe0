#!/usr/bin/env bash
# Webhook throughput with wrk: verified (signature), idempotent (event id claimed) processing on SQLite.
# Usage: bench/run-webhooks.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
connections=${2:-32}
out=bench/results
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is missing: sudo apt-get install -y wrk"; exit 1; }
dotnet build -c Release bench/MemberHub.Bench -v quiet -nologo >/dev/null

run() {
  local label=$1 duplicates=$2
  local payloads="$out/webhooks-$duplicates.payloads"
  dotnet bench/MemberHub.Bench/bin/Release/net10.0/MemberHub.Bench.dll serve-webhooks 60000 "$duplicates" 2000 "$payloads" > "$out/server.log" 2>&1 &
  local server=$!
  for _ in $(seq 1 120); do grep -q '^READY' "$out/server.log" && break; sleep 1; done
  local url
  url=$(grep '^READY' "$out/server.log" | awk '{print $2}')
  echo "== $label ($connections connections, ${seconds}s, $url)"
  wrk -t2 -c"$connections" -d"${seconds}s" -s bench/webhooks.lua "$url" -- "$payloads" | tee -a "$out/webhooks.txt"
  kill -KILL "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true
}

: > "$out/webhooks.txt"
run "unique events" 0
run "50 % duplicates" 0.5
