#!/usr/bin/env bash
# Offline evaluation of the recommenders on a MovieLens-style folder: popularity, item-kNN, EASE and Marquee's
# recommender side by side on one time split (each user's last 20% held out), each tuned on a validation split
# carved from the training part; then the production build (all ratings, the tuned settings) in its own JVM
# at the heap it claims to need.
#   bench/recommendations-eval.sh [DIR [TMDB]]   (default ../shared/datasets/movielens-latest-small and, for the
#   content model's keywords, ../shared/datasets/tmdb-5000/tmdb_5000_movies.csv.gz; pass none as TMDB for genres only)
# (test-compile, not compile: the application module depends on the domain's test jar, which a reactor resolves only
# from test-classes.) SKIP_BUILD=1 reuses the compiled classes; EVAL_HEAP (default 2g) and BUILD_HEAP (default 256m) set -Xmx.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/datasets/movielens-latest-small}
tmdb=${2:-../shared/datasets/tmdb-5000/tmdb_5000_movies.csv.gz}
tmdb_arg=()
[ "$tmdb" != none ] && tmdb_arg=("$tmdb")
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -B -ntp -pl application -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime
fi
cp="application/target/classes:$(cat application/target/classpath.txt)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"
echo "command: $0 $dir $tmdb"
java -Xmx"${EVAL_HEAP:-2g}" -cp "$cp" dev.marquee.application.recommendation.evaluation.EvaluateRecommendations "$dir" "${tmdb_arg[@]}"
echo
java -Xmx"${BUILD_HEAP:-256m}" -cp "$cp" dev.marquee.application.recommendation.evaluation.MeasureModelBuild "$dir" "${tmdb_arg[@]}"
