package dev.marquee.application.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores movies for one user from their live history and the precomputed neighbour lists: each
 * rated movie passes its weight to its neighbours, recent ones also to what people rated next, plus
 * a popularity prior. Returns the best movies with the contributions that make up each score, so
 * reasons can be true.
 */
public final class RecommendationScorer {

    private static final Comparator<Contribution> LARGEST_FIRST =
            Comparator.comparingDouble(Contribution::amount)
                    .reversed()
                    .thenComparing(Contribution::source)
                    .thenComparingLong(Contribution::becauseOfMovieId);

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
     * The best {@code count} movies neither in the history nor in {@code excluded}, best first;
     * scored from the last {@value #HISTORY_LIMIT} ratings of the history.
     */
    public List<Recommendation> recommend(List<RatedMovie> history, Set<Long> excluded, int count) {
        Set<Long> unwanted = new HashSet<>(excluded);
        history.forEach(rated -> unwanted.add(rated.movieId()));
        List<RatedMovie> ordered = scored(history);

        Map<Long, double[]> totals = new HashMap<>();
        walk(
                ordered,
                (source, because, candidate, amount) -> {
                    if (!unwanted.contains(candidate)) {
                        totals.computeIfAbsent(candidate, movie -> new double[1])[0] += amount;
                    }
                });
        for (long popular : model.mostPopular(count + unwanted.size())) {
            if (!unwanted.contains(popular)) {
                totals.computeIfAbsent(popular, movie -> new double[1]);
            }
        }
        totals.forEach(
                (movie, total) ->
                        total[0] += settings.popularityWeight() * model.popularity(movie));

        List<Long> best =
                totals.keySet().stream()
                        .sorted(
                                Comparator.<Long>comparingDouble(movie -> -totals.get(movie)[0])
                                        .thenComparing(movie -> movie))
                        .limit(count)
                        .toList();
        return explain(ordered, best, totals);
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

    private List<Recommendation> explain(
            List<RatedMovie> ordered, List<Long> best, Map<Long, double[]> totals) {
        Map<Long, List<Contribution>> parts = new HashMap<>();
        best.forEach(movie -> parts.put(movie, new ArrayList<>()));
        walk(
                ordered,
                (source, because, candidate, amount) -> {
                    List<Contribution> list = parts.get(candidate);
                    if (list != null) {
                        list.add(new Contribution(source, because, amount));
                    }
                });
        List<Recommendation> recommendations = new ArrayList<>(best.size());
        for (long movie : best) {
            List<Contribution> list = parts.get(movie);
            double popular = settings.popularityWeight() * model.popularity(movie);
            if (popular != 0 || list.isEmpty()) {
                list.add(new Contribution(ContributionSource.POPULAR, 0, popular));
            }
            list.sort(LARGEST_FIRST);
            recommendations.add(new Recommendation(movie, totals.get(movie)[0], list));
        }
        return recommendations;
    }

    private void walk(List<RatedMovie> ordered, ContributionSink sink) {
        double mean = ordered.stream().mapToDouble(RatedMovie::rating).average().orElse(0);
        for (int position = ordered.size() - 1; position >= 0; position--) {
            RatedMovie rated = ordered.get(position);
            int ratingsAgo = ordered.size() - 1 - position;
            double recency = settings.recency(ratingsAgo);
            double value = recency * (1 + settings.ratingEmphasis() * (rated.rating() - mean));
            if (ratingsAgo < SIMILAR_SOURCES_LIMIT) {
                for (Neighbour neighbour : model.similarTo(rated.movieId())) {
                    sink.accept(
                            ContributionSource.SIMILAR_TO_RATED,
                            rated.movieId(),
                            neighbour.movieId(),
                            value * neighbour.weight());
                }
            }
            if (ratingsAgo < settings.sequenceWindow() && settings.sequenceWeight() > 0) {
                for (Neighbour next : model.ratedAfter(rated.movieId())) {
                    sink.accept(
                            ContributionSource.RATED_AFTER,
                            rated.movieId(),
                            next.movieId(),
                            settings.sequenceWeight() * recency * next.weight());
                }
            }
        }
    }

    @FunctionalInterface
    private interface ContributionSink {
        void accept(ContributionSource source, long becauseOf, long candidate, double amount);
    }
}
