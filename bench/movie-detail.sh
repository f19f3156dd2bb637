#!/usr/bin/env bash
# Throughput of GET /api/v1/movies/{id} against a raw JDBC loop running the same two SQL statements,
# side by side in one run. Starts Marquee on a fresh embedded data directory, seeds movies through the
# API, runs bench/MovieDetailBench.java, stops everything. Needs only a JDK 17+ and Maven.
#   bench/movie-detail.sh [--movies=100] [--cast=12] [--threads=8] [--seconds=15]
# SKIP_BUILD=1 reuses the built jar; MARQUEE_JAR=path runs another one.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -q -DskipTests package
jar=${MARQUEE_JAR:-bootstrap/target/marquee.jar}
port=${BENCH_PORT:-18080}
data=$(mktemp -d)
log="$data/marquee.log"
cleanup() { [ -n "${app:-}" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT

MARQUEE_DATA_DIR="$data" MICRONAUT_SERVER_PORT="$port" MARQUEE_ADMIN_USERNAME=bench \
  MARQUEE_ADMIN_PASSWORD=bench-password MARQUEE_RATE_LIMITS_ENABLED=false \
  java -Xms512m -Xmx1g -jar "$jar" > "$log" 2>&1 &
app=$!
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$port/health" > /dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://localhost:$port/health" > /dev/null || { echo "Marquee did not start:"; tail -30 "$log"; exit 1; }
pg_port=$(sed -n 4p "$data/postgres/postmaster.pid")

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"
java -cp "$jar" bench/MovieDetailBench.java --base="http://localhost:$port" \
  --jdbc="jdbc:postgresql://localhost:$pg_port/postgres?user=postgres" --user=bench --password=bench-password "$@"
