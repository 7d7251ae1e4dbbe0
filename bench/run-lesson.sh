#!/usr/bin/env bash
# Lesson page throughput with wrk: a signed-in member reads a 3 000-word lesson (server-rendered HTML).
# Usage: bench/run-lesson.sh [seconds] [connections] [words]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
connections=${2:-32}
words=${3:-3000}
out=bench/results
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is missing: sudo apt-get install -y wrk"; exit 1; }
dotnet build -c Release bench/MemberHub.Bench -v quiet -nologo >/dev/null

dotnet bench/MemberHub.Bench/bin/Release/net10.0/MemberHub.Bench.dll serve-lesson "$words" > "$out/lesson-server.log" 2>&1 &
server=$!
trap 'kill -KILL $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q '^READY' "$out/lesson-server.log" && break; sleep 1; done
read -r _ url cookie < <(grep '^READY' "$out/lesson-server.log")

# The page must be the lesson itself, not a refusal or an error, or the figures mean nothing.
page=$(curl -s -H "Cookie: $cookie" "$url")
grep -q 'class="markdown-body lesson-body' <<< "$page" || { echo "lesson page did not render for the member"; exit 1; }
echo "== lesson page, $words words ($connections connections, ${seconds}s, $url)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Cookie: $cookie" "$url" | tee "$out/lesson.txt"
