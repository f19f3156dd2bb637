#!/usr/bin/env bash
# Login throughput next to the cost of one bcrypt hash. Starts Marquee (rate limits off) on a fresh embedded
# data directory, registers accounts through the API, runs bench/LoginBench.java, stops everything.
#   bench/login.sh [--users=20] [--threads=4] [--seconds=15] [--cost=11]
# SKIP_BUILD=1 reuses the built jar; MARQUEE_JAR=path runs another one; BCRYPT_COST sets the server's cost.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -q -DskipTests package
jar=${MARQUEE_JAR:-bootstrap/target/marquee.jar}
port=${BENCH_PORT:-18080}
data=$(mktemp -d)
log="$data/marquee.log"
cleanup() { [ -n "${app:-}" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT

MARQUEE_DATA_DIR="$data" MICRONAUT_SERVER_PORT="$port" MARQUEE_RATE_LIMITS_ENABLED=false \
  MARQUEE_SECURITY_BCRYPT_COST="${BCRYPT_COST:-11}" java -Xms512m -Xmx1g -jar "$jar" > "$log" 2>&1 &
app=$!
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$port/health" > /dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://localhost:$port/health" > /dev/null || { echo "Marquee did not start:"; tail -30 "$log"; exit 1; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"
java -cp "$jar" bench/LoginBench.java --base="http://localhost:$port" --cost="${BCRYPT_COST:-11}" "$@"
