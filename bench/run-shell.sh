#!/usr/bin/env bash
# What every page pays (shell, viewer, pipeline) on the demo community, beside the bare baseline, in one run.
# Usage: bench/run-shell.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
connections=${2:-32}
out=bench/results
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is missing: sudo apt-get install -y wrk"; exit 1; }
dotnet build -c Release bench/MemberHub.Bench -v quiet -nologo >/dev/null

dotnet bench/MemberHub.Bench/bin/Release/net10.0/MemberHub.Bench.dll serve-shell > "$out/shell-server.log" 2>&1 &
server=$!
trap 'kill -KILL $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do grep -q '^READY' "$out/shell-server.log" && break; sleep 1; done
read -r _ url thread cookie < <(grep '^READY' "$out/shell-server.log")

# A figure means nothing if the page is a refusal or an error.
page=$(curl -s -H "Cookie: $cookie" "$url/questions/$thread")
grep -q 'data-testid="answer"' <<< "$page" || { echo "thread did not render for the member"; exit 1; }
# Warm up (JIT, caches, connection pools) so the first row is not measured cold.
lesson=/learn/growing-a-community/why-paid-entry
curl -s -H "Cookie: $cookie" "$url$lesson" | grep -q 'lesson-body' || { echo "lesson did not render for the member"; exit 1; }
for path in "/bare/questions/$thread" "/bare/blazor/questions/$thread" /healthz / /not-found "/questions/$thread" "$lesson" /talks; do
  wrk -t2 -c16 -d3s "$url$path" >/dev/null; wrk -t2 -c16 -d3s -H "Cookie: $cookie" "$url$path" >/dev/null
done

measure() { # path, [cookie] -> "req/s p50 p99 non2xx"
  local args=(-t2 -c"$connections" -d"${seconds}s" --latency)
  [[ -n "${2:-}" ]] && args+=(-H "Cookie: $2")
  local result; result=$(wrk "${args[@]}" "$url$1")
  echo "$(awk '/Requests\/sec/ {print $2}' <<< "$result") $(awk '$1=="50%" {print $2}' <<< "$result") $(awk '$1=="99%" {print $2}' <<< "$result") $(awk '/Non-2xx/ {print "NON-2xx:" $4}' <<< "$result")"
}
# Each page is measured right after the bare Blazor thread, so its ratio compares two figures taken a few seconds apart.
run() { # name, path, [cookie]
  local bare rps p50 p99 flag
  read -r bare _ < <(measure "/bare/blazor/questions/$thread")
  read -r rps p50 p99 flag < <(measure "$2" "${3:-}")
  printf '%-28s %10s req/s  p50 %8s  p99 %8s  %5.2fx of bare Blazor (%s req/s)  %s\n' "$1" "$rps" "$p50" "$p99" \
    "$(awk -v a="$rps" -v b="$bare" 'BEGIN {print a / b}')" "$bare" "${flag:-}"
}

{
  echo "== $(date -u +%FT%TZ), ${seconds}s, $connections connections"
  read -r plain p50 p99 _ < <(measure "/bare/questions/$thread")
  echo "bare thread, plain markup: $plain req/s p50 $p50 p99 $p99"
  run "bare Blazor thread (again)" "/bare/blazor/questions/$thread"
  run "healthz" "/healthz"
  run "anonymous /" "/"
  run "anonymous /not-found" "/not-found"
  run "anonymous thread" "/questions/$thread"
  run "anonymous talks" "/talks"
  run "anonymous pricing" "/pricing"
  run "member /" "/" "$cookie"
  run "member /not-found" "/not-found" "$cookie"
  run "member thread" "/questions/$thread" "$cookie"
  run "member lesson (static)" "$lesson" "$cookie"
  run "member talks (static)" "/talks" "$cookie"
  zh=$(curl -s -H 'Accept-Language: zh-CN' "$url/")
  echo "bytes: member thread ${#page}, zh home $(wc -c <<< "$zh"), character entities in zh home $(grep -o '&#x[0-9A-F]*;' <<< "$zh" | wc -l || true)"
} | tee -a "$out/shell.txt"
