#!/usr/bin/env bash
# Throughput of GET /api/v1/movies/{id} against a raw JDBC loop running the same two SQL statements,
# side by side in one run. Starts Marquee on a fresh embedded data directory, seeds movies through the
# API, runs bench/MovieDetailBench.java, stops everything. Needs only a JDK 17+ and Maven.
#   bench/movie-detail.sh [--movies=100] [--cast=12] [--threads=8] [--seconds=15]
# SKIP_BUILD=1 reuses the built jar; MARQUEE_JAR=path runs another one.
set -euo pipefail
cd "$(dirname "$0")/.."
MARQUEE_BENCH_ENV="MARQUEE_ADMIN_USERNAME=bench MARQUEE_ADMIN_PASSWORD=bench-password"
. bench/start-marquee.sh

java -cp "$jar" bench/MovieDetailBench.java --base="http://localhost:$port" \
  --jdbc="$pg_url" --user=bench --password=bench-password "$@"
