#!/usr/bin/env bash
# One scenario of issue 15's table against a catalogue made by bench/generate.sh, with its JDBC floor in the same
# run (bench/ScaleBench.java). Starts Marquee on a copy-free reuse of DATA_DIR (kept), reports how long the start
# took, runs the scenario, stops. Everything runs at nice 10 (the machines are shared).
#   bench/scale.sh DATA_DIR SCENARIO [--threads=8] [--seconds=10] [--warm-up=5] [--load=0.7]
# SCENARIO: detail | detail-token | list | filter | person | rating | search
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
hdr=${HDR_JAR:-$HOME/.m2/repository/org/hdrhistogram/HdrHistogram/2.2.2/HdrHistogram-2.2.2.jar}
[ -f "$hdr" ] || mvn -q dependency:get -Dartifact=org.hdrhistogram:HdrHistogram:2.2.2
nice -n 10 java -cp "$jar:$hdr" bench/ScaleBench.java --base="http://localhost:$port" --jdbc="$pg_url" \
  --user=bench --password=bench-password --scenario="$scenario" "$@"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
