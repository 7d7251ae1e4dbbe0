#!/usr/bin/env bash
# Q&A board at size with wrk: question list (page 1 and page 2 000 of a tag) and a 50-answer thread, server-rendered for a
# signed-in member; search timings are printed by the server (in-process, p50/p95 over 300 queries).
# The generated board (100 000 questions, 500 000 answers) is kept in bench/results/board-data-*; delete it to regenerate.
# Usage: bench/run-board.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
connections=${2:-32}
out=bench/results
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is missing: sudo apt-get install -y wrk"; exit 1; }
dotnet build -c Release bench/MemberHub.Bench -v quiet -nologo >/dev/null

dotnet bench/MemberHub.Bench/bin/Release/net10.0/MemberHub.Bench.dll serve-board > "$out/board-server.log" 2>&1 &
server=$!
trap 'kill -KILL $server 2>/dev/null || true' EXIT
for _ in $(seq 1 1800); do grep -q '^READY' "$out/board-server.log" && break; sleep 1; done
grep -E '^(generated|SEARCH)' "$out/board-server.log" | tee "$out/board.txt"
read -r _ base cookie < <(grep '^READY' "$out/board-server.log")

run() {
    local name=$1 path=$2 marker=$3
    # Each page must be what it claims to be (not a refusal or an error page), or the figures mean nothing.
    page=$(curl -s -H "Cookie: $cookie" "$base$path")
    grep -q "$marker" <<< "$page" || { echo "$name did not render ($path)"; exit 1; }
    echo "== $name ($path, $connections connections, ${seconds}s)" | tee -a "$out/board.txt"
    wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Cookie: $cookie" "$base$path" | tee -a "$out/board.txt"
}
summary() { # name, path, [cookie]: one line per page, beside the bare baseline of the same run
    local args=(-t2 -c"$connections" -d"${seconds}s" --latency)
    [[ -n "${3:-}" ]] && args+=(-H "Cookie: $3")
    local result; result=$(wrk "${args[@]}" "$base$2")
    printf '%-34s %10s req/s  p50 %8s  p99 %8s\n' "$1" "$(awk '/Requests\/sec/ {print $2}' <<< "$result")" \
      "$(awk '$1=="50%" {print $2}' <<< "$result")" "$(awk '$1=="99%" {print $2}' <<< "$result")" | tee -a "$out/board.txt"
}
for path in /bare/questions/1 "/bare/questions?tag=general&page=1" /bare/blazor/questions/1 "/bare/blazor/questions?tag=general&page=1" /questions/1; do wrk -t2 -c16 -d3s "$base$path" >/dev/null; done
summary "bare thread (baseline)" /bare/questions/1
summary "bare list page 1 (baseline)" "/bare/questions?tag=general&page=1"
summary "bare Blazor thread (baseline)" /bare/blazor/questions/1
summary "bare Blazor list page 1 (baseline)" "/bare/blazor/questions?tag=general&page=1"
run "list, tag page 1" "/questions?tag=general" 'data-testid="question-item"'
run "list, tag page 2000" "/questions?tag=general&page=2000" 'data-testid="question-item"'
run "thread, 50 answers" "/questions/1" 'data-testid="answer"'
summary "visitor thread (output cache)" /questions/1
summary "bare thread (again)" /bare/questions/1
summary "bare Blazor thread (again)" /bare/blazor/questions/1
