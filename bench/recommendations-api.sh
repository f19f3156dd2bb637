#!/usr/bin/env bash
# Issue 13 item 6: the evaluated model through the API, and the speed of the recommendation requests.
#   bench/recommendations-api.sh [quality|latency|both|restrict] [DIR]   (default both, ../shared/datasets/movielens-latest-small)
# quality: writes the evaluation's training split of DIR (TimeSplit, the same code as `recommendations evaluate`) as a
#   MovieLens folder, imports it into a fresh embedded data directory (`import movielens`, which then builds the
#   model), starts the server and asks it for each evaluated user's top 20 as an admin; scores the
#   served lists with the evaluation's code beside the offline model built from the same training part.
# latency: imports the full TMDB 5000 and then the full DIR (the whole imported catalogue), builds, starts the server at
#   -Xmx256m, and measures personal recommendations and /movies/{id}/similar with 8 concurrent clients (HdrHistogram).
# SKIP_BUILD=1 reuses the built jar; LATENCY_ENDPOINTS (default "personal similar"); BENCH_DATA_DIR=dir (latency only) uses an existing, already built, data directory
# instead (never a shared one: copy it first); LATENCY_SECONDS (default 30); LATENCY_WARM_UP (default 150 s: on 2
# cores the JIT compiler is still busy for two to three minutes under this load); SYNTHETIC_MODEL=N first makes the active
# model a synthetic one of the N most rated movies (for a generated catalogue whose build was not run, see the bench).
# The bench's HTTP client is a raw keep-alive one (bench/RawHttp.java); BENCH_CLIENT=jdk uses the JDK's HttpClient.
# restrict: what restricting the item-item part to movies with enough ratings costs on the test split (no server).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-both}
dir=${2:-../shared/datasets/movielens-latest-small}
tmdb=${TMDB_FILE:-../shared/datasets/tmdb-5000/tmdb_5000_movies.csv.gz}
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -q -B -ntp -DskipTests package
export SKIP_BUILD=1 BENCH_PORT=${BENCH_PORT:-18413}
jar=${MARQUEE_JAR:-bootstrap/target/marquee.jar}
hdr=${HDR_JAR:-$HOME/.m2/repository/org/hdrhistogram/HdrHistogram/2.2.2/HdrHistogram-2.2.2.jar}
[ -f "$hdr" ] || mvn -q dependency:get -Dartifact=org.hdrhistogram:HdrHistogram:2.2.2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -nowarn -cp "$jar:$hdr" -d "$work/classes" bench/RecommendationsApiBench.java bench/RawHttp.java
bench() { nice -n 5 java -cp "$jar:$hdr:$work/classes" RecommendationsApiBench "$@"; }
timed() { local started; started=$(date +%s.%N); "$@"; echo "  ($(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s)"; }
marquee() { MARQUEE_DATA_DIR="$1" nice -n 5 java ${CLI_JAVA_OPTS:--Xmx256m} -jar "$jar" "${@:2}" | grep -v '^\s*$' | tail -4; }
serve() { # serve DATA_DIR COMMAND...: the server on DATA_DIR for the length of COMMAND
  # the scheduled model rebuild (2 minutes after the start) is off: it would run inside the measured minutes
  ( export BENCH_DATA_DIR=$1 MARQUEE_BENCH_ENV="MARQUEE_ADMIN_USERNAME=bench MARQUEE_ADMIN_PASSWORD=bench-password MARQUEE_RECOMMENDATIONS_REBUILD_ENABLED=false"
    export MARQUEE_BENCH_JAVA_OPTS=${MARQUEE_BENCH_JAVA_OPTS:--Xmx256m}; shift
    . bench/start-marquee.sh
    echo "server: $MARQUEE_BENCH_JAVA_OPTS, pid $app; load average $(cut -d' ' -f1-3 /proc/loadavg)"
    "$@" --base="http://localhost:$port" --jdbc="$pg_url" --user=bench --password=bench-password
    echo "server RSS at the end: $(( $(awk '/VmRSS/ {print $2}' /proc/$app/status) / 1024 )) MiB" )
}

# CPU seconds used so far by the server ("server") or its PostgreSQL (postmaster and backends, "postgres"): a
# request's cost that the machine's load does not change, unlike its latency
cpu_seconds() {
  local postmaster pids ticks=0
  postmaster=$(sed -n 1p "$data/postgres/postmaster.pid")
  if [ "$1" = server ]; then pids=$app; else pids="$postmaster $(ps -o pid= --ppid "$postmaster" | xargs)"; fi
  for p in $pids; do ticks=$((ticks + $(awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null || echo 0))); done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'
}
# Each endpoint: the warm-up as a run of its own, then the measured run, with the server's and PostgreSQL's CPU
# read around the measured one only (the requests it made are in its req/s times LATENCY_SECONDS)
latency_steps() {
  [ -z "${SYNTHETIC_MODEL:-}" ] || bench synthetic-model --movies="$SYNTHETIC_MODEL" "$@"
  local server postgres endpoint
  for endpoint in ${LATENCY_ENDPOINTS:-personal similar}; do
    bench latency --client="${BENCH_CLIENT:-raw}" --endpoint=$endpoint --seconds=1 --warm-up="${LATENCY_WARM_UP:-150}" "$@" > /dev/null
    server=$(cpu_seconds server); postgres=$(cpu_seconds postgres)
    bench latency --client="${BENCH_CLIENT:-raw}" --endpoint=$endpoint --seconds="${LATENCY_SECONDS:-30}" --warm-up=3 "$@"
    echo "CPU in the measured run: server $(awk -v a="$server" -v b="$(cpu_seconds server)" 'BEGIN { printf "%.1f", b - a }') s, PostgreSQL $(awk -v a="$postgres" -v b="$(cpu_seconds postgres)" 'BEGIN { printf "%.1f", b - a }') s"
  done
}

if [ "$mode" = quality ] || [ "$mode" = both ]; then
  echo "== quality: the training split through import, build and the API"
  bench split --data="$dir" --out="$work/training"
  echo "import (it rebuilds the model, since ratings changed):"; timed marquee "$work/quality" import movielens "$work/training"
  serve "$work/quality" bench score --data="$dir"
fi
if [ "$mode" = restrict ]; then
  bench restrict --data="$dir" ${MIN_RATINGS:+--min-ratings=$MIN_RATINGS}
fi
if [ "$mode" = latency ] || [ "$mode" = both ]; then
  echo "== latency: the whole imported catalogue"
  data=${BENCH_DATA_DIR:-}
  if [ -z "$data" ]; then
    data="$work/full"
    echo "import TMDB:"; timed marquee "$data" import tmdb "$tmdb"
    echo "import MovieLens (it rebuilds the model):"; timed marquee "$data" import movielens "$dir"
  fi
  serve "$data" latency_steps
fi
