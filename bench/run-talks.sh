#!/usr/bin/env bash
# Talks with wrk: the talks page and a talk page with 200 RSVPs and 300 questions, server-rendered for a signed-in member;
# the reminder-scan timings over 10 000 scheduled talks are printed by the server before it serves.
# Usage: bench/run-talks.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
connections=${2:-32}
out=bench/results
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is missing: sudo apt-get install -y wrk"; exit 1; }
dotnet build -c Release bench/MemberHub.Bench -v quiet -nologo >/dev/null

dotnet bench/MemberHub.Bench/bin/Release/net10.0/MemberHub.Bench.dll serve-talks > "$out/talks-server.log" 2>&1 &
server=$!
trap 'kill -KILL $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do grep -q '^READY' "$out/talks-server.log" && break; sleep 1; done
grep -E '^REMINDERS' "$out/talks-server.log" | tee "$out/talks.txt"
read -r _ base cookie < <(grep '^READY' "$out/talks-server.log")

run() {
    local name=$1 path=$2 marker=$3
    page=$(curl -s -H "Cookie: $cookie" "$base$path")
    grep -q "$marker" <<< "$page" || { echo "$name did not render ($path)"; exit 1; }
    echo "== $name ($path, $connections connections, ${seconds}s)" | tee -a "$out/talks.txt"
    wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Cookie: $cookie" "$base$path" | tee -a "$out/talks.txt"
}
run "talks page" "/talks" 'data-testid="talk-item"'
run "talk with 200 RSVPs and 300 questions" "/talks/1" 'data-testid="speaker-question"'
