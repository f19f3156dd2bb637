#!/usr/bin/env bash
# A soak: the maximum throughput of a mix of reads and writes, then 10 minutes at 80% of it (open loop, no
# coordinated omission), reporting errors, p50/p99 and the server's RSS every 30 s. Starts Marquee on a fresh
# embedded data directory, runs bench/SoakBench.java, stops everything.
#   bench/soak.sh [--seconds=600] [--load=0.8] [--window=30] [--movies=300]
# SKIP_BUILD=1 reuses the built jar; MARQUEE_JAR=path runs another one.
set -euo pipefail
cd "$(dirname "$0")/.."
MARQUEE_BENCH_ENV="MARQUEE_ADMIN_USERNAME=bench MARQUEE_ADMIN_PASSWORD=bench-password"
. bench/start-marquee.sh
java -cp "$jar" bench/SoakBench.java --base="http://localhost:$port" --pid="$app" --user=bench --password=bench-password "$@"
