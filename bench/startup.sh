#!/usr/bin/env bash
# Start-up of the embedded default: one first start (initdb, migrations, bucket) on a fresh data directory, then
# RUNS later starts on it, each timed from the launch of `java -jar` to the first healthy /health (polled every
# 0.1 s), with the phases the log shows (embedded PostgreSQL, S3, Flyway, ready). Everything at nice 10.
#   bench/startup.sh [RUNS=5]      SKIP_BUILD=1 reuses the built jar; MARQUEE_BENCH_JAVA_OPTS adds JVM options
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -q -DskipTests package
jar=${MARQUEE_JAR:-bootstrap/target/marquee.jar}
port=${BENCH_PORT:-18090}
data=$(mktemp -d)
log=$(mktemp)
app=
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null && { wait "$app" 2>/dev/null || true; }; rm -rf "$data" "$log"; }
trap cleanup EXIT
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1)"
start() {
  local began; began=$(date +%s%N)
  env MARQUEE_DATA_DIR="$data" MICRONAUT_SERVER_PORT="$port" nice -n 10 java ${MARQUEE_BENCH_JAVA_OPTS:-} -jar "$jar" > "$log" 2>&1 &
  app=$!
  for _ in $(seq 1 1200); do curl -fs "http://localhost:$port/health" > /dev/null 2>&1 && break; sleep 0.1; done
  local healthy; healthy=$(date +%s%N)
  curl -fs "http://localhost:$port/health" > /dev/null || { echo "Marquee did not start:"; tail -30 "$log"; exit 1; }
  # log lines start with HH:MM:SS.mmm: each phase as seconds after the launch
  awk -v launch="$began" -v healthy="$healthy" -v label="$1" -v load="$(cut -d' ' -f1 /proc/loadavg)" '
    function at(t,  p) { split(t, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
    BEGIN { base = (launch / 1e9) % 86400 }
    /starting the embedded PostgreSQL/ { pg = at($1) - base }
    /starting the embedded S3/ { s3 = at($1) - base }
    /Running migrations/ { fly = at($1) - base }
    /Schema .* is up to date|Successfully applied/ { flyend = at($1) - base }
    /Marquee ready in/ { ready = at($1) - base }
    END { printf "%-12s healthy %5.2f s | log: PostgreSQL %.2f, S3 %.2f, Flyway %.2f-%.2f, ready %.2f s | load %s\n",
          label, (healthy - launch) / 1e9, pg, s3, fly, flyend, ready, load }' "$log"
  kill "$app"; wait "$app" 2>/dev/null || true; app=
}
start "first start"
for i in $(seq 1 "$runs"); do start "later $i"; done
