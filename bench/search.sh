#!/usr/bin/env bash
# The search-quality benchmark of issue 12 (bench/SearchBench.java): the queries of bench/search/queries.tsv over
# HTTP against the imported TMDB 5000 + MovieLens latest-small catalogue, with the cast fixtures of
# bench/search/fixtures.tsv created through the API.
#   bench/search.sh [DATA_DIR] [--rounds=5]
# DATA_DIR (default /tmp/marquee-search-bench, kept): imported first when it holds no catalogue yet (a few
# minutes), reused afterwards. SKIP_BUILD=1 reuses the built jar; DATASETS points at the data sets (default
# ../shared/datasets).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=/tmp/marquee-search-bench
if [ $# -ge 1 ] && [ "${1#--}" = "$1" ]; then dir=$1; shift; fi
datasets=${DATASETS:-../shared/datasets}
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -q -DskipTests package
export SKIP_BUILD=1 BENCH_DATA_DIR=$dir
jar=${MARQUEE_JAR:-bootstrap/target/marquee.jar}
if [ ! -f "$dir/search-bench-imported" ]; then
  mkdir -p "$dir"
  MARQUEE_DATA_DIR=$dir java -jar "$jar" import tmdb "$datasets/tmdb-5000/tmdb_5000_movies.csv.gz" | tail -4
  MARQUEE_DATA_DIR=$dir java -jar "$jar" import movielens "$datasets/movielens-latest-small" | tail -6
  touch "$dir/search-bench-imported"
fi
MARQUEE_BENCH_ENV="MARQUEE_ADMIN_USERNAME=bench MARQUEE_ADMIN_PASSWORD=bench-password"
. bench/start-marquee.sh
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$jar" bench/SearchBench.java --base="http://localhost:$port" --jdbc="$pg_url" --user=bench \
  --password=bench-password "$@"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
