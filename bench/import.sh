#!/usr/bin/env bash
# Import benchmark: wall time, rows per second and the JVM's peak RSS of `java -jar marquee.jar import ...` for
# the full TMDB 5000 and MovieLens latest-small data sets, their second runs (which must create nothing), and a
# 10x synthetic MovieLens (1,008,360 ratings) the script writes itself. Each data set goes into a fresh embedded
# data directory, as from a clean clone; MovieLens goes in after TMDB, so its movies join TMDB's.
#   bench/import.sh [DATASETS_DIR]      (default ../shared/datasets)
# SKIP_BUILD=1 reuses the built jar; MARQUEE_JAR=path runs another one. The last run repeats the 10x import with
# a 128 MiB heap, to show that memory stays bounded whatever the size of the files.
# The peak RSS is the import JVM's own (GNU time's "Maximum resident set size"); the embedded PostgreSQL runs as
# separate processes beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
datasets=${1:-../shared/datasets}
tmdb="$datasets/tmdb-5000/tmdb_5000_movies.csv.gz"
movielens="$datasets/movielens-latest-small"
[ -f "$tmdb" ] && [ -d "$movielens" ] || { echo "no data sets in $datasets"; exit 1; }
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -q -DskipTests package
jar=${MARQUEE_JAR:-bootstrap/target/marquee.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"

# run LABEL DATA_DIR ROWS import KIND PATH: one import, timed, with its summary's "created" lines shown
run() {
  local label=$1 data=$2 rows=$3; shift 3
  local log="$work/$label.log"
  MARQUEE_DATA_DIR="$data" /usr/bin/time -f '%e %M' -o "$work/time" java ${JAVA_OPTS:-} -jar "$jar" "$@" > "$log" 2>&1 \
    || { echo "$label failed:"; tail -20 "$log"; exit 1; }
  read -r seconds rss_kib < "$work/time"
  printf '%-26s %8.1f s %12s rows/s %14d MiB   %s\n' "$label" "$seconds" \
    "$(awk -v r="$rows" -v s="$seconds" 'BEGIN { printf "%\047d", r / s }')" $((rss_kib / 1024)) \
    "$(grep -E '^  (movies|ratings):' "$log" | sed 's/^ *//' | paste -sd ';' -)"
}

rows_of() { local total=0 n; for f in "$@"; do n=$(( $(zcat -f "$f" | wc -l) - 1 )); total=$((total + n)); done; echo $total; }
# the TMDB file holds 3 bare CRs inside quoted fields, which wc does not count as lines: it has 4,803 rows
tmdb_rows=4803
movielens_rows=$(rows_of "$movielens"/links.csv* "$movielens"/movies.csv* "$movielens"/ratings.csv*)

# 10x MovieLens: the same movies and links, and each rating ten times, by users 1..610, 1001..1610, ...
synthetic="$work/movielens-10x"
mkdir -p "$synthetic"
cp "$movielens"/movies.csv* "$movielens"/links.csv* "$synthetic"/
{ head -1 < <(zcat -f "$movielens"/ratings.csv*)
  for k in 0 1 2 3 4 5 6 7 8 9; do
    zcat -f "$movielens"/ratings.csv* | awk -F, -v k="$k" 'NR > 1 { printf "%d,%s,%s,%s\n", $1 + k * 1000, $2, $3, $4 }'
  done; } | gzip -1 > "$synthetic/ratings.csv.gz"
synthetic_rows=$(rows_of "$synthetic"/links.csv* "$synthetic"/movies.csv* "$synthetic"/ratings.csv*)

printf '%-26s %10s %19s %18s   %s\n' "run" "wall" "rate" "JVM peak RSS" "summary"
run "tmdb, first run" "$work/both" "$tmdb_rows" import tmdb "$tmdb"
run "tmdb, second run" "$work/both" "$tmdb_rows" import tmdb "$tmdb"
run "movielens, first run" "$work/both" "$movielens_rows" import movielens "$movielens"
run "movielens, second run" "$work/both" "$movielens_rows" import movielens "$movielens"
run "movielens 10x, first run" "$work/synthetic" "$synthetic_rows" import movielens "$synthetic"
run "movielens 10x, second run" "$work/synthetic" "$synthetic_rows" import movielens "$synthetic"
# memory stays bounded whatever the file size: the same 1M ratings again, into a fresh directory, in a 128 MiB heap
JAVA_OPTS=-Xmx128m run "movielens 10x, -Xmx128m" "$work/synthetic-small-heap" "$synthetic_rows" import movielens "$synthetic"
