#!/usr/bin/env bash
# What the caller's "me" block costs on GET /api/v1/movies/{id} (anonymous against with a token, side by
# side in one run), and PUT /api/v1/movies/{id}/rating throughput. Starts Marquee on a fresh embedded data
# directory, seeds movies and users through the API, runs bench/LibraryBench.java, stops everything.
#   bench/library.sh [--movies=200] [--threads=8] [--seconds=15]
# SKIP_BUILD=1 reuses the built jar; MARQUEE_JAR=path runs another one.
set -euo pipefail
cd "$(dirname "$0")/.."
MARQUEE_BENCH_ENV="MARQUEE_ADMIN_USERNAME=bench MARQUEE_ADMIN_PASSWORD=bench-password"
. bench/start-marquee.sh
java -cp "$jar" bench/LibraryBench.java --base="http://localhost:$port" --user=bench --password=bench-password "$@"
