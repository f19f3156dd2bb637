#!/usr/bin/env bash
# Poster fetch throughput, 1 MiB upload latency, and the server's memory during ten 10 MiB uploads at once.
# Starts Marquee on a fresh embedded data directory, runs bench/FilesBench.java, stops everything.
#   bench/files.sh [--threads=8] [--seconds=15]
# SKIP_BUILD=1 reuses the built jar; MARQUEE_JAR=path runs another one.
set -euo pipefail
cd "$(dirname "$0")/.."
MARQUEE_BENCH_ENV="MARQUEE_ADMIN_USERNAME=bench MARQUEE_ADMIN_PASSWORD=bench-password"
. bench/start-marquee.sh
java -cp "$jar" bench/FilesBench.java --base="http://localhost:$port" --pid="$app" --user=bench --password=bench-password "$@"
