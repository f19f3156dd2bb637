#!/usr/bin/env bash
# Generates the synthetic scale catalogue of issue 15 into an embedded data directory that is kept, for the
# bench/scale.sh scenarios: starts Marquee once on it (Flyway creates the schema and the admin user bench), loads
# persons, movies, genres, countries, characters, cast credits, users and ratings with COPY
# (bench/GenerateCatalogue.java), vacuums and analyses, stops. Deterministic for a seed.
#   bench/generate.sh DATA_DIR [--scale=1] [--seed=42]
# scale 1 = 1,000,000 movies, 300,000 persons, 5,000,000 credits, 100,000 users, 10,000,000 ratings.
# Runs at nice 10 (the machines are shared). SKIP_BUILD=1 reuses the built jar.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/generate.sh DATA_DIR [--scale=1] [--seed=42]"; exit 1; }
export BENCH_DATA_DIR=$1 BENCH_NICE=10; shift
[ ! -e "$BENCH_DATA_DIR" ] || [ -z "$(ls -A "$BENCH_DATA_DIR")" ] || { echo "$BENCH_DATA_DIR is not empty"; exit 1; }
mkdir -p "$BENCH_DATA_DIR"
MARQUEE_BENCH_ENV="MARQUEE_ADMIN_USERNAME=bench MARQUEE_ADMIN_PASSWORD=bench-password"
. bench/start-marquee.sh

nice -n 10 java -Xmx2g -cp "$jar" bench/GenerateCatalogue.java \
  --jdbc="$pg_url" "$@"
du -sh "$data/postgres" | awk '{print "database size on disk: " $1}'
