#!/usr/bin/env bash
# Issue 18: the thread and list pages at bench size (100 000 questions, 500 000 answers) for a signed-in member, on
# SQLite with one instance (the reference), on PostgreSQL with one instance, and on PostgreSQL with two instances
# behind nginx (round robin; both instances on one database and one Redis), all in one run on this machine.
# Needs: wrk, nginx, postgresql and redis-server from Debian; a PostgreSQL role that may create a database:
#   MEMBERHUB_BENCH_POSTGRES="Host=127.0.0.1;Database=mh_bench;Username=memberhub;Password=memberhub" bench/run-scale-out.sh [seconds] [connections]
# The generated data is kept (bench/results/board-data-* for SQLite, the mh_bench database); drop them to regenerate.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
connections=${2:-32}
out=bench/results
mkdir -p "$out"
for tool in wrk nginx redis-server psql; do command -v $tool >/dev/null || { echo "$tool is missing: sudo apt-get install -y wrk nginx redis-server postgresql"; exit 1; }; done
: "${MEMBERHUB_BENCH_POSTGRES:?names the bench database, e.g. Host=127.0.0.1;Database=mh_bench;Username=memberhub;Password=memberhub}"
export MEMBERHUB_BENCH_POSTGRES
dotnet build -c Release bench/MemberHub.Bench -v quiet -nologo >/dev/null
bench="dotnet bench/MemberHub.Bench/bin/Release/net10.0/MemberHub.Bench.dll"

# The database, if it is not there yet (the role may create databases).
pg_server=$(sed -E 's/Database=[^;]*;?//' <<< "$MEMBERHUB_BENCH_POSTGRES")
pg_database=$(grep -oE 'Database=[^;]*' <<< "$MEMBERHUB_BENCH_POSTGRES" | cut -d= -f2)
pg_url="postgresql://$(grep -oE 'Username=[^;]*' <<< "$pg_server" | cut -d= -f2):$(grep -oE 'Password=[^;]*' <<< "$pg_server" | cut -d= -f2)@$(grep -oE 'Host=[^;]*' <<< "$pg_server" | cut -d= -f2)/postgres"
psql -q "$pg_url" -tc "SELECT 1 FROM pg_database WHERE datname = '$pg_database'" | grep -q 1 || psql -q "$pg_url" -c "CREATE DATABASE \"$pg_database\""

pids=()
cleanup() { for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

start() { # log file, command... -> sets base and cookie once the server prints READY
  "${@:2}" > "$1" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 1800); do grep -q '^READY' "$1" && break; kill -0 "${pids[-1]}" 2>/dev/null || { cat "$1"; exit 1; }; sleep 1; done
  grep -E '^(generated|SEARCH)' "$1" || true
  read -r _ base cookie < <(grep '^READY' "$1")
}

measure() { # url cookie -> "req/s p50 p99 non2xx"
  local result; result=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Cookie: $2" "$1")
  echo "$(awk '/Requests\/sec/ {print $2}' <<< "$result") $(awk '$1=="50%" {print $2}' <<< "$result") $(awk '$1=="99%" {print $2}' <<< "$result") $(awk '/Non-2xx/ {print "NON-2xx:" $4}' <<< "$result")"
}

pages=("/questions?tag=general" "/questions?tag=general&page=2000" "/questions/1")
names=("list, tag page 1" "list, tag page 2000" "thread, 50 answers")
declare -A figures

run_all() { # label, base url, cookie
  local i
  for i in "${!pages[@]}"; do
    # Each page must be what it claims (not a refusal or an error page), then it is warmed up and measured.
    curl -s -H "Cookie: $3" "$2${pages[$i]}" | grep -qE 'data-testid="(question-item|answer)"' || { echo "$2${pages[$i]} did not render for the member"; exit 1; }
    wrk -t2 -c16 -d4s -H "Cookie: $3" "$2${pages[$i]}" >/dev/null
    figures["$1|$i"]=$(measure "$2${pages[$i]}" "$3")
  done
}

antiforgery() { # base cookie -> cookie with the antiforgery cookie a browser would send back
  local token; token=$(curl -s -o /dev/null -D - -H "Cookie: $2" "$1/questions/1" | grep -io '\.MemberHub\.Antiforgery=[^;]*' | head -1)
  echo "$2${token:+; $token}"
}

# 1. SQLite, one instance (the reference).
start "$out/scale-sqlite.log" $bench serve-board
run_all sqlite "$base" "$(antiforgery "$base" "$cookie")"
cleanup; pids=()

# 2. PostgreSQL: Redis for the instances, instance A, then B; nginx in front of A alone and of A and B.
redis_port=6391
redis-server --port $redis_port --bind 127.0.0.1 --save "" --appendonly no > "$out/scale-redis.log" 2>&1 &
pids+=($!)
start "$out/scale-pg-a.log" $bench serve-board-postgres 100000 500000 "127.0.0.1:$redis_port"
a_base=$base; a_cookie=$cookie
start "$out/scale-pg-b.log" $bench serve-board-postgres 100000 500000 "127.0.0.1:$redis_port"
b_base=$base
nginx_conf() { # port, upstream servers...
  cat <<CONF
worker_processes 1;
pid /tmp/memberhub-bench-nginx-$1.pid;
error_log /tmp/memberhub-bench-nginx-$1.err;
events { worker_connections 1024; }
http {
  access_log off;
  upstream app { $(for s in "${@:2}"; do echo "server ${s#http://};"; done) keepalive 64; }
  server {
    listen 127.0.0.1:$1;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
    }
  }
}
CONF
}
nginx_conf 8091 "$a_base" > "$out/scale-nginx-1.conf"
nginx_conf 8092 "$a_base" "$b_base" > "$out/scale-nginx-2.conf"
nginx -c "$PWD/$out/scale-nginx-1.conf" -g 'daemon off;' & pids+=($!)
nginx -c "$PWD/$out/scale-nginx-2.conf" -g 'daemon off;' & pids+=($!)
sleep 1
cookie=$(antiforgery "$a_base" "$a_cookie")
run_all pg-direct "$a_base" "$cookie"
run_all pg-nginx-1 "http://127.0.0.1:8091" "$cookie"
run_all pg-nginx-2 "http://127.0.0.1:8092" "$cookie"

{
  echo "== $(date -u +%FT%TZ), ${seconds}s, $connections connections, Release, 2 cores shared by wrk, nginx, PostgreSQL and the app"
  printf '%-22s %-28s %10s %9s %9s %8s\n' page setup "req/s" p50 p99 "x SQLite"
  for i in "${!pages[@]}"; do
    read -r ref _ <<< "${figures[sqlite|$i]}"
    for setup in sqlite pg-direct pg-nginx-1 pg-nginx-2; do
      read -r rps p50 p99 flag <<< "${figures[$setup|$i]}"
      label=$(case $setup in sqlite) echo "SQLite, 1 instance";; pg-direct) echo "PostgreSQL, 1 instance";;
        pg-nginx-1) echo "PostgreSQL, 1 behind nginx";; pg-nginx-2) echo "PostgreSQL, 2 behind nginx";; esac)
      printf '%-22s %-28s %10s %9s %9s %8.2f %s\n' "${names[$i]}" "$label" "$rps" "$p50" "$p99" "$(awk -v a="$rps" -v b="$ref" 'BEGIN {print a / b}')" "${flag:-}"
    done
  done
} | tee -a "$out/scale-out.txt"
