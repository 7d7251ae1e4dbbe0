#!/usr/bin/env bash
# Every page a member reads, at size, each beside the bare baseline measured just before it (issue 12): the question list
# (tag page 1 and 2 000), a 50-answer thread, a 3 000-word lesson, the talks list and a talk with 200 RSVPs and 300
# questions for the speaker, for a signed-in member; search timings are printed by the server (in-process, 300 queries).
# The generated data (100 000 questions, 500 000 answers, 10 000 talks) is kept in bench/results/board-data-*; delete it
# to regenerate.
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
grep -E '^(generated|SEARCH)' "$out/board-server.log" | tee -a "$out/board.txt"
read -r _ base cookie < <(grep '^READY' "$out/board-server.log")
lesson=/learn/bench/long-lesson
# A browser sends back the antiforgery cookie its first page set; wrk would otherwise make every page mint a new one.
antiforgery=$(curl -s -o /dev/null -D - -H "Cookie: $cookie" "$base/questions/1" | grep -io '\.MemberHub\.Antiforgery=[^;]*' | head -1)
[[ -n "$antiforgery" ]] && cookie="$cookie; $antiforgery"

# Each page must be what it claims to be (not a refusal or an error page), or the figures mean nothing.
check() { # path marker
  local page; page=$(curl -s -H "Cookie: $cookie" "$base$1")
  grep -q "$2" <<< "$page" || { echo "$1 did not render for the member"; exit 1; }
}
check "/questions?tag=general" 'data-testid="question-item"'
check "/questions?tag=general&page=2000" 'data-testid="question-item"'
check /questions/1 'data-testid="answer"'
check "$lesson" 'lesson-body'
check /talks 'data-testid="talk-item"'
check /talks/1 'data-testid="speaker-question"'

# Warm up (JIT tiers, caches, connection pools) so no figure is measured cold.
for path in /bare/questions/1 "/bare/questions?tag=general&page=1" /bare/blazor/questions/1 "/bare/blazor/questions?tag=general&page=1" \
    "/questions?tag=general" "/questions?tag=general&page=2000" /questions/1 "$lesson" /talks /talks/1; do
  wrk -t2 -c16 -d5s -H "Cookie: $cookie" "$base$path" >/dev/null
done

measure() { # path, [cookie] -> "req/s p50 p99 non2xx"
  local args=(-t2 -c"$connections" -d"${seconds}s" --latency)
  [[ -n "${2:-}" ]] && args+=(-H "Cookie: $2")
  local result; result=$(wrk "${args[@]}" "$base$1")
  echo "$(awk '/Requests\/sec/ {print $2}' <<< "$result") $(awk '$1=="50%" {print $2}' <<< "$result") $(awk '$1=="99%" {print $2}' <<< "$result") $(awk '/Non-2xx/ {print "NON-2xx:" $4}' <<< "$result")"
}
# A page measured right after its baseline, so the ratio compares two figures taken seconds apart.
run() { # name, path, baseline path, [cookie]
  local bare rps p50 p99 flag
  read -r bare _ < <(measure "$3")
  read -r rps p50 p99 flag < <(measure "$2" "${4:-}")
  printf '%-36s %9s req/s  p50 %8s  p99 %8s  %5.2fx of %s (%s req/s)  %s\n' "$1" "$rps" "$p50" "$p99" \
    "$(awk -v a="$rps" -v b="$bare" 'BEGIN {print a / b}')" "$3" "$bare" "${flag:-}"
}

{
  echo "== $(date -u +%FT%TZ), ${seconds}s, $connections connections"
  read -r plain p50 p99 _ < <(measure /bare/questions/1)
  echo "bare thread, plain markup: $plain req/s p50 $p50 p99 $p99"
  read -r plain p50 p99 _ < <(measure "/bare/questions?tag=general&page=1")
  echo "bare list page 1, plain markup: $plain req/s p50 $p50 p99 $p99"
  run "member list, tag page 1" "/questions?tag=general" "/bare/blazor/questions?tag=general&page=1" "$cookie"
  run "member list, tag page 2000" "/questions?tag=general&page=2000" "/bare/blazor/questions?tag=general&page=1" "$cookie"
  run "member thread, 50 answers" /questions/1 /bare/blazor/questions/1 "$cookie"
  run "member lesson, 3000 words" "$lesson" /bare/blazor/questions/1 "$cookie"
  run "member talks list" /talks /bare/blazor/questions/1 "$cookie"
  run "member talk, 200 RSVPs, 300 questions" /talks/1 /bare/blazor/questions/1 "$cookie"
  run "visitor thread (output cache)" /questions/1 /bare/blazor/questions/1
  run "visitor talk (output cache)" /talks/1 /bare/blazor/questions/1
} | tee -a "$out/board.txt"
