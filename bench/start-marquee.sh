# Sourced by the bench scripts: builds the jar unless SKIP_BUILD=1, starts Marquee on a fresh embedded data
# directory with the environment given in MARQUEE_BENCH_ENV, waits until it is healthy, and stops it and
# removes the directory on exit. Sets $jar, $port, $data. BENCH_DATA_DIR=dir uses (and keeps) that directory
# instead, as the scale benchmarks do with a generated catalogue; MARQUEE_BENCH_JAVA_OPTS replaces the heap options;
# BENCH_NICE=10 runs the server (and its PostgreSQL) at that niceness; BENCH_START_SECONDS (default 60) how long to
# wait for it to be healthy.
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -q -DskipTests package
jar=${MARQUEE_JAR:-bootstrap/target/marquee.jar}
port=${BENCH_PORT:-18080}
data=${BENCH_DATA_DIR:-$(mktemp -d)}
log=$(mktemp)
cleanup() { [ -n "${app:-}" ] && kill "$app" 2>/dev/null && { wait "$app" 2>/dev/null || true; }; [ -n "${BENCH_DATA_DIR:-}" ] || rm -rf "$data"; rm -f "$log"; }
trap cleanup EXIT

env MARQUEE_DATA_DIR="$data" MICRONAUT_SERVER_PORT="$port" MARQUEE_RATE_LIMITS_ENABLED=false ${MARQUEE_BENCH_ENV:-} \
  nice -n "${BENCH_NICE:-0}" java ${MARQUEE_BENCH_JAVA_OPTS:--Xms512m -Xmx1g} -jar "$jar" > "$log" 2>&1 &
app=$!
for _ in $(seq 1 $(( ${BENCH_START_SECONDS:-60} * 2 ))); do
  curl -fs "http://localhost:$port/health" > /dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://localhost:$port/health" > /dev/null || { echo "Marquee did not start:"; tail -30 "$log"; exit 1; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"
# The embedded PostgreSQL's port and superuser password, for the benchmarks that run the same SQL over JDBC
pg_url="jdbc:postgresql://localhost:$(sed -n 4p "$data/postgres/postmaster.pid")/postgres?user=postgres&password=$(cat "$data/postgres-password")"
