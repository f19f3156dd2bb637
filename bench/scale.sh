#!/usr/bin/env bash
# One scenario of issue 15's table against a catalogue made by bench/generate.sh, with its JDBC floor in the same
# run (bench/ScaleBench.java). Starts Marquee on a copy-free reuse of DATA_DIR (kept), reports how long the start
# took, runs the scenario, stops. Everything runs at nice 10 (the machines are shared).
#   bench/scale.sh DATA_DIR SCENARIO [--threads=8] [--seconds=10] [--warm-up=5] [--load=0.7]
# SCENARIO: detail | detail-token | list | filter | person | rating | search | scale-out (a second instance on the same
# database, port+1, own embedded S3 and data directory; GET /movies/{id} and list pages on one, then round-robin)
# | heap (the same two instances, the second with SECOND_JAVA_OPTS, e.g. -Xmx256m: each alone in turn, A B A B,
# with both JVMs' RSS sampled each second), e.g. MARQUEE_BENCH_JAVA_OPTS=-XX:+UseG1GC SECOND_JAVA_OPTS=-Xmx256m
# SKIP_BUILD=1 reuses the built jar; MARQUEE_BENCH_JAVA_OPTS sets the server's JVM options (default -Xms512m
# -Xmx1g), e.g. "-Xmx256m" or "-Xmx1g -XX:StartFlightRecording=filename=/tmp/scale.jfr,settings=profile".
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: bench/scale.sh DATA_DIR SCENARIO [options]"; exit 1; }
export BENCH_DATA_DIR=$1 BENCH_NICE=10; scenario=$2; shift 2
[ -f "$BENCH_DATA_DIR/postgres-password" ] || { echo "$BENCH_DATA_DIR holds no catalogue: run bench/generate.sh first"; exit 1; }
MARQUEE_BENCH_ENV="MARQUEE_ADMIN_USERNAME=bench MARQUEE_ADMIN_PASSWORD=bench-password"
started=$(date +%s.%N)
. bench/start-marquee.sh
echo "healthy $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s after the start (polled every 0.5 s); load average $(cut -d' ' -f1-3 /proc/loadavg)"
bases="http://localhost:$port"
if [ "$scenario" = scale-out ] || [ "$scenario" = heap ]; then
  second_data=$(mktemp -d); second_log=$(mktemp)
  env MARQUEE_DATA_DIR="$second_data" MICRONAUT_SERVER_PORT=$((port + 1)) MARQUEE_RATE_LIMITS_ENABLED=false \
    DATASOURCES_DEFAULT_URL="jdbc:postgresql://localhost:$(sed -n 4p "$data/postgres/postmaster.pid")/postgres" \
    DATASOURCES_DEFAULT_USERNAME=postgres DATASOURCES_DEFAULT_PASSWORD="$(cat "$data/postgres-password")" \
    JWT_SECRET="$(cat "$data/jwt-secret")" \
    nice -n "$BENCH_NICE" java ${SECOND_JAVA_OPTS:-${MARQUEE_BENCH_JAVA_OPTS:--Xms512m -Xmx1g}} -jar "$jar" > "$second_log" 2>&1 &
  second=$!
  trap 'kill $second 2>/dev/null; wait $second 2>/dev/null || true; rm -rf "$second_data" "$second_log"; cleanup' EXIT
  for _ in $(seq 1 240); do curl -fs "http://localhost:$((port + 1))/health" > /dev/null 2>&1 && break; sleep 0.5; done
  curl -fs "http://localhost:$((port + 1))/health" > /dev/null || { echo "the second instance did not start:"; tail -30 "$second_log"; exit 1; }
  bases="$bases,http://localhost:$((port + 1))"
fi
hdr=${HDR_JAR:-$HOME/.m2/repository/org/hdrhistogram/HdrHistogram/2.2.2/HdrHistogram-2.2.2.jar}
[ -f "$hdr" ] || mvn -q dependency:get -Dartifact=org.hdrhistogram:HdrHistogram:2.2.2
classes=$(mktemp -d)
javac -nowarn -cp "$jar:$hdr" -d "$classes" bench/ScaleBench.java bench/RawHttp.java
nice -n 10 java -cp "$jar:$hdr:$classes" ScaleBench --base="$bases" --jdbc="$pg_url" \
  --user=bench --password=bench-password --scenario="$scenario" --pids="$app${second:+,$second}" "$@"
rm -rf "$classes"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
