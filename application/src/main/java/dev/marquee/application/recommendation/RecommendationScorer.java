package dev.marquee.application.recommendation;

import dev.marquee.domain.recommendation.NeighbourList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Scores movies for one user from their live history and the precomputed neighbour lists: each
 * rated movie passes its weight to its neighbours and its content neighbours, recent ones also to
 * what people rated next, plus a popularity prior. Returns the best movies with the contributions
 * that make up each score, so reasons can be true.
 */
public final class RecommendationScorer {

    private static final Comparator<Contribution> LARGEST_FIRST =
            Comparator.comparingDouble(Contribution::amount)
                    .reversed()
                    .thenComparing(Contribution::source)
                    .thenComparingLong(Contribution::becauseOfMovieId);

    private static final Comparator<ScoredMovie> HIGHEST_FIRST =
            Comparator.comparingDouble(ScoredMovie::score)
                    .reversed()
                    .thenComparingLong(ScoredMovie::movieId);

    /**
     * How many of a user's most recent ratings are scored (older ones are still never recommended):
     * the server reads no more, and the offline evaluation scores the same way.
     */
    public static final int HISTORY_LIMIT = 200;

    /**
     * How many of the scored ratings, the most recent, bring their similar movies: with the tuned
     * recency half-life of 5 ratings, a rating 60 back weighs 2^-12 of the last one, so the older
     * ones could only break exact ties, while each costs a hundred neighbour rows a request. They
     * still count towards the user's mean and are never recommended.
     */
    public static final int SIMILAR_SOURCES_LIMIT = 60;

    private final NeighbourLookup model;
    private final ScoringSettings settings;

    public RecommendationScorer(NeighbourLookup model, ScoringSettings settings) {
        this.model = model;
        this.settings = settings;
    }

    /**
     * The best {@code count} movies neither in the history nor in {@code excluded}, best first,
     * each with the contributions that make up its score; scored from the last {@value
     * #HISTORY_LIMIT} ratings of the history.
     */
    public List<Recommendation> recommend(List<RatedMovie> history, Set<Long> excluded, int count) {
        return explain(history, rank(history, excluded, count));
    }

    /**
     * The best {@code count} movies neither in the history nor in {@code excluded}, best first
     * (ties to the lower id), with their scores only: what a list needs before it is filtered and
     * paged, and all the offline evaluation needs.
     */
    public List<ScoredMovie> rank(List<RatedMovie> history, Set<Long> excluded, int count) {
        Totals totals = new Totals();
        walk(
                scored(history),
                (source, because, candidate, amount) -> totals.add(candidate, amount));
        long[] unwanted = unwanted(history, excluded);
        for (long popular : model.mostPopular(count + unwanted.length)) {
            totals.add(popular, 0);
        }
        long[] movies = new long[totals.size()];
        double[] scores = new double[totals.size()];
        int kept = 0;
        for (int slot = 0; slot < totals.size(); slot++) {
            long movie = totals.movieId(slot);
            if (Arrays.binarySearch(unwanted, movie) < 0) {
                movies[kept] = movie;
                scores[kept] = totals.sum(slot) + popularityTerm(movie);
                kept++;
            }
        }
        return best(Arrays.copyOf(movies, kept), Arrays.copyOf(scores, kept), count);
    }

    /** The history's movies and the excluded ones, sorted, for binary search. */
    private static long[] unwanted(List<RatedMovie> history, Set<Long> excluded) {
        long[] unwanted = new long[history.size() + excluded.size()];
        int next = 0;
        for (RatedMovie rated : history) {
            unwanted[next++] = rated.movieId();
        }
        for (long movie : excluded) {
            unwanted[next++] = movie;
        }
        Arrays.sort(unwanted);
        return unwanted;
    }

    private double popularityTerm(long movie) {
        return settings.popularityWeight() == 0
                ? 0
                : settings.popularityWeight() * model.popularity(movie);
    }

    /**
     * The movies of {@code chosen} with the contributions that make up each one's score, largest
     * first, in the order given: the same walk as {@link #rank}, kept only for these movies.
     */
    public List<Recommendation> explain(List<RatedMovie> history, List<ScoredMovie> chosen) {
        MovieSlots slots = new MovieSlots(chosen.size());
        List<List<Contribution>> parts = new ArrayList<>(chosen.size());
        for (ScoredMovie movie : chosen) {
            if (slots.add(movie.movieId()) == parts.size()) {
                parts.add(new ArrayList<>());
            }
        }
        walk(
                scored(history),
                (source, because, candidate, amount) -> {
                    int slot = slots.slotOf(candidate);
                    if (slot >= 0) {
                        parts.get(slot).add(new Contribution(source, because, amount));
                    }
                });
        List<Recommendation> recommendations = new ArrayList<>(chosen.size());
        for (ScoredMovie movie : chosen) {
            List<Contribution> list = new ArrayList<>(parts.get(slots.slotOf(movie.movieId())));
            double popular = popularityTerm(movie.movieId());
            if (popular != 0 || list.isEmpty()) {
                list.add(new Contribution(ContributionSource.POPULAR, 0, popular));
            }
            list.sort(LARGEST_FIRST);
            recommendations.add(new Recommendation(movie.movieId(), movie.score(), list));
        }
        return recommendations;
    }

    /**
     * The {@code count} highest scores, ties to the lower id: selection finds the score at the cut,
     * so only the movies at or above it are sorted as objects.
     */
    private static List<ScoredMovie> best(long[] movies, double[] scores, int count) {
        if (count <= 0 || movies.length == 0) {
            return List.of();
        }
        double cut =
                movies.length > count
                        ? kthSmallest(scores.clone(), movies.length - count)
                        : Double.NEGATIVE_INFINITY;
        List<ScoredMovie> kept = new ArrayList<>(Math.min(movies.length, count * 2));
        for (int i = 0; i < movies.length; i++) {
            if (scores[i] >= cut) {
                kept.add(new ScoredMovie(movies[i], scores[i]));
            }
        }
        kept.sort(HIGHEST_FIRST);
        return List.copyOf(kept.subList(0, Math.min(count, kept.size())));
    }

    /**
     * The value a sort would put at {@code index} (ascending), found by selection in linear time on
     * average instead of sorting every candidate's score: {@code values} is reordered.
     */
    static double kthSmallest(double[] values, int index) {
        int from = 0;
        int to = values.length - 1;
        while (from < to) {
            double pivot = values[(from + to) >>> 1];
            int low = from;
            int high = to;
            while (low <= high) {
                while (Double.compare(values[low], pivot) < 0) {
                    low++;
                }
                while (Double.compare(values[high], pivot) > 0) {
                    high--;
                }
                if (low <= high) {
                    double swapped = values[low];
                    values[low++] = values[high];
                    values[high--] = swapped;
                }
            }
            if (index <= high) {
                to = high;
            } else if (index >= low) {
                from = low;
            } else {
                return values[index];
            }
        }
        return values[index];
    }

    /** The ratings that are scored: the last {@value #HISTORY_LIMIT} in time order (ties by id). */
    public static List<RatedMovie> scored(List<RatedMovie> history) {
        List<RatedMovie> all = new ArrayList<>(history);
        all.sort(
                Comparator.comparingLong(RatedMovie::ratedAt)
                        .thenComparingLong(RatedMovie::movieId));
        return all.subList(Math.max(0, all.size() - HISTORY_LIMIT), all.size());
    }

    /** The movies whose similar movies the score reads: the last ones of {@link #scored}. */
    public static List<Long> similarSources(List<RatedMovie> scored) {
        return scored
                .subList(Math.max(0, scored.size() - SIMILAR_SOURCES_LIMIT), scored.size())
                .stream()
                .map(RatedMovie::movieId)
                .toList();
    }

    /** The movies whose next-item neighbours the score reads: the last ones of {@link #scored}. */
    public static List<Long> ratedAfterSources(List<RatedMovie> scored, ScoringSettings settings) {
        if (settings.sequenceWeight() == 0) {
            return List.of();
        }
        return scored
                .subList(Math.max(0, scored.size() - settings.sequenceWindow()), scored.size())
                .stream()
                .map(RatedMovie::movieId)
                .toList();
    }

    private void walk(List<RatedMovie> ordered, ContributionSink sink) {
        double mean = ordered.stream().mapToDouble(RatedMovie::rating).average().orElse(0);
        for (int position = ordered.size() - 1; position >= 0; position--) {
            RatedMovie rated = ordered.get(position);
            int ratingsAgo = ordered.size() - 1 - position;
            double recency = settings.recency(ratingsAgo);
            double value = recency * (1 + settings.ratingEmphasis() * (rated.rating() - mean));
            if (ratingsAgo < SIMILAR_SOURCES_LIMIT) {
                NeighbourList similar = model.similarTo(rated.movieId());
                for (int i = 0; i < similar.size(); i++) {
                    sink.accept(
                            ContributionSource.SIMILAR_TO_RATED,
                            rated.movieId(),
                            similar.movieId(i),
                            value * similar.weight(i));
                }
            }
            if (ratingsAgo < SIMILAR_SOURCES_LIMIT && settings.contentWeight() > 0) {
                NeighbourList content = model.similarByContent(rated.movieId());
                for (int i = 0; i < content.size(); i++) {
                    if (model.popularity(content.movieId(i)) <= settings.contentMaxPopularity()) {
                        sink.accept(
                                ContributionSource.SIMILAR_CONTENT,
                                rated.movieId(),
                                content.movieId(i),
                                settings.contentWeight() * value * content.weight(i));
                    }
                }
            }
            if (ratingsAgo < settings.sequenceWindow() && settings.sequenceWeight() > 0) {
                NeighbourList next = model.ratedAfter(rated.movieId());
                for (int i = 0; i < next.size(); i++) {
                    sink.accept(
                            ContributionSource.RATED_AFTER,
                            rated.movieId(),
                            next.movieId(i),
                            settings.sequenceWeight() * recency * next.weight(i));
                }
            }
        }
    }

    /** Each candidate's summed contributions, by slot, without boxing. */
    private static final class Totals {

        private final MovieSlots slots = new MovieSlots(4096);
        private double[] sums = new double[4096];

        void add(long movie, double amount) {
            int slot = slots.add(movie);
            if (slot == sums.length) {
                sums = Arrays.copyOf(sums, sums.length * 2);
            }
            sums[slot] += amount;
        }

        int size() {
            return slots.size();
        }

        long movieId(int slot) {
            return slots.movieId(slot);
        }

        double sum(int slot) {
            return sums[slot];
        }
    }

    @FunctionalInterface
    private interface ContributionSink {
        void accept(ContributionSource source, long becauseOf, long candidate, double amount);
    }
}
