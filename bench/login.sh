#!/usr/bin/env bash
# Login throughput next to the cost of one bcrypt hash. Starts Marquee (rate limits off) on a fresh embedded
# data directory, registers accounts through the API, runs bench/LoginBench.java, stops everything.
#   bench/login.sh [--users=20] [--threads=4] [--seconds=15]
# SKIP_BUILD=1 reuses the built jar; MARQUEE_JAR=path runs another one; BCRYPT_COST sets the server's cost.
set -euo pipefail
cd "$(dirname "$0")/.."
MARQUEE_BENCH_ENV="MARQUEE_SECURITY_BCRYPT_COST=${BCRYPT_COST:-11}"
. bench/start-marquee.sh
java -cp "$jar" bench/LoginBench.java --base="http://localhost:$port" --cost="${BCRYPT_COST:-11}" "$@"
