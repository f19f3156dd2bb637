package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.recommendation.BuiltModel;
import dev.marquee.domain.recommendation.ContentFeature;
import dev.marquee.domain.recommendation.ContentNeighbour;
import dev.marquee.domain.recommendation.ModelNeighbours;
import dev.marquee.domain.recommendation.MovieNeighbour;
import dev.marquee.domain.recommendation.MoviePopularity;
import dev.marquee.domain.recommendation.NeighbourKind;
import dev.marquee.domain.recommendation.NeighbourList;
import dev.marquee.domain.recommendation.RatingsShape;
import dev.marquee.domain.recommendation.RecordedRating;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every RecommendationModels must do, run against the in-memory fake and PostgreSQL: one
 * active model, replaced whole by each publish.
 */
public abstract class RecommendationModelsContract extends ContractSupport {

    protected abstract RecommendationModels models();

    /** A movie of the catalogue, by id. */
    protected abstract long existingMovie();

    /** Stores a rating, as the rating port would, at this epoch second. */
    protected abstract void rate(long movie, double stars, long atEpochSecond);

    @Test
    void aPublishedModelBecomesTheActiveOneAndReplacesTheOneBefore() {
        long heat = existingMovie();
        long thief = existingMovie();
        long first =
                models().publish(
                                new BuiltModel(
                                        "first",
                                        List.of(neighbour(NeighbourKind.SIMILAR, heat, thief, 0.5)),
                                        List.of(new MoviePopularity(thief, 0.25))));
        assertThat(models().activeVersion()).hasValue(first);
        assertThat(models().neighboursOf(bothKindsOf(List.of(heat))))
                .isEqualTo(
                        ModelNeighbours.builder()
                                .put(NeighbourKind.SIMILAR, heat, list(thief, 0.5))
                                .build());
        assertThat(models().mostPopular(5)).containsExactly(new MoviePopularity(thief, 0.25));

        long second =
                models().publish(
                                new BuiltModel(
                                        "second",
                                        List.of(
                                                neighbour(
                                                        NeighbourKind.RATED_AFTER,
                                                        heat,
                                                        thief,
                                                        0.75)),
                                        List.of()));

        assertThat(second).isGreaterThan(first);
        assertThat(models().activeVersion()).hasValue(second);
        assertThat(models().neighboursOf(bothKindsOf(List.of(heat))))
                .isEqualTo(
                        ModelNeighbours.builder()
                                .put(NeighbourKind.RATED_AFTER, heat, list(thief, 0.75))
                                .build());
        assertThat(models().mostPopular(5)).isEmpty();
    }

    @Test
    void eachAskedMovieGetsItsNeighboursOfTheKindsAskedStrongestFirst() {
        long a = existingMovie();
        long b = existingMovie();
        long c = existingMovie();
        long d = existingMovie();
        models().publish(
                        new BuiltModel(
                                "order",
                                List.of(
                                        neighbour(NeighbourKind.SIMILAR, a, b, 0.75),
                                        neighbour(NeighbourKind.SIMILAR, a, c, 0.5),
                                        neighbour(NeighbourKind.RATED_AFTER, a, c, 0.25),
                                        neighbour(NeighbourKind.SIMILAR, b, a, 0.5),
                                        neighbour(NeighbourKind.SIMILAR, d, a, 0.5)),
                                List.of(new MoviePopularity(b, 0.5), new MoviePopularity(c, 1))));

        ModelNeighbours read = models().neighboursOf(bothKindsOf(List.of(b, a, b)));

        assertThat(read.of(NeighbourKind.SIMILAR, a)).isEqualTo(list(b, 0.75, c, 0.5));
        assertThat(read.of(NeighbourKind.RATED_AFTER, a)).isEqualTo(list(c, 0.25));
        assertThat(read.of(NeighbourKind.SIMILAR, b)).isEqualTo(list(a, 0.5));
        assertThat(read.of(NeighbourKind.RATED_AFTER, b)).isEqualTo(NeighbourList.NONE);
        assertThat(read.of(NeighbourKind.SIMILAR, d)).isEqualTo(NeighbourList.NONE);
        assertThat(models().neighboursOf(Map.of())).isEqualTo(ModelNeighbours.NONE);
        ModelNeighbours similarOnly =
                models().neighboursOf(Map.of(NeighbourKind.SIMILAR, List.of(a)));
        assertThat(similarOnly.of(NeighbourKind.SIMILAR, a)).isEqualTo(list(b, 0.75, c, 0.5));
        assertThat(similarOnly.of(NeighbourKind.RATED_AFTER, a)).isEqualTo(NeighbourList.NONE);
        assertThat(models().popularityOf(List.of(a, b, c))).isEqualTo(Map.of(b, 0.5, c, 1.0));
    }

    @Test
    void readsOfACachedVersionAnswerTheSameAndANewVersionIsReadAnew() {
        long a = existingMovie();
        long b = existingMovie();
        models().publish(
                        new BuiltModel(
                                "first",
                                List.of(neighbour(NeighbourKind.SIMILAR, a, b, 0.5)),
                                List.of()));
        ModelNeighbours first = models().neighboursOf(bothKindsOf(List.of(a, b)));
        assertThat(models().neighboursOf(bothKindsOf(List.of(a, b)))).isEqualTo(first);

        models().publish(
                        new BuiltModel(
                                "second",
                                List.of(neighbour(NeighbourKind.SIMILAR, b, a, 0.25)),
                                List.of()));

        ModelNeighbours second = models().neighboursOf(bothKindsOf(List.of(a, b)));
        assertThat(second.of(NeighbourKind.SIMILAR, a)).isEqualTo(NeighbourList.NONE);
        assertThat(second.of(NeighbourKind.SIMILAR, b)).isEqualTo(list(a, 0.25));
    }

    @Test
    void contentRowsComeByMovieStrongestFirstWithTheirSharedFeaturesAndPopularity() {
        long heat = existingMovie();
        long thief = existingMovie();
        long ronin = existingMovie();
        List<ContentFeature> shared =
                List.of(
                        ContentFeature.cast(7, "Robert De Niro"),
                        ContentFeature.keyword("heist | crew"),
                        ContentFeature.genre(3, "Crime"));
        models().publish(
                        new BuiltModel(
                                "content",
                                List.of(),
                                List.of(new MoviePopularity(thief, 0.5)),
                                List.of(
                                        new ContentNeighbour(heat, thief, 0.75, shared, 0),
                                        new ContentNeighbour(heat, ronin, 0.5, List.of(), 0),
                                        new ContentNeighbour(heat, UNKNOWN_ID, 0.25, List.of(), 0),
                                        new ContentNeighbour(ronin, heat, 0.5, List.of(), 0))));

        assertThat(models().contentNeighboursOf(List.of(ronin, heat)))
                .containsExactly(
                        new ContentNeighbour(heat, thief, 0.75, shared, 0.5),
                        new ContentNeighbour(heat, ronin, 0.5, List.of(), 0),
                        new ContentNeighbour(ronin, heat, 0.5, List.of(), 0));
        assertThat(models().contentNeighboursOf(List.of(thief))).isEmpty();
        assertThat(
                        models().neighboursOf(
                                        Map.of(
                                                NeighbourKind.SIMILAR,
                                                List.of(heat),
                                                NeighbourKind.RATED_AFTER,
                                                List.of(heat))))
                .isEqualTo(ModelNeighbours.NONE);

        models().publish(new BuiltModel("none", List.of(), List.of()));
        assertThat(models().contentNeighboursOf(List.of(heat))).isEmpty();
    }

    @Test
    void theMostPopularComeFirstTiesToTheLowerId() {
        long low = existingMovie();
        long high = existingMovie();
        long top = existingMovie();
        long bottom = existingMovie();
        models().publish(
                        new BuiltModel(
                                "popular",
                                List.of(),
                                List.of(
                                        new MoviePopularity(bottom, 0.125),
                                        new MoviePopularity(high, 0.5),
                                        new MoviePopularity(top, 1),
                                        new MoviePopularity(low, 0.5))));

        assertThat(models().mostPopular(3))
                .containsExactly(
                        new MoviePopularity(top, 1),
                        new MoviePopularity(low, 0.5),
                        new MoviePopularity(high, 0.5));
    }

    @Test
    void rowsNamingMoviesThatDoNotExistAreLeftOut() {
        long known = existingMovie();
        models().publish(
                        new BuiltModel(
                                "stale",
                                List.of(
                                        neighbour(NeighbourKind.SIMILAR, known, UNKNOWN_ID, 0.5),
                                        neighbour(NeighbourKind.SIMILAR, UNKNOWN_ID, known, 0.5)),
                                List.of(new MoviePopularity(UNKNOWN_ID, 1))));

        assertThat(models().neighboursOf(bothKindsOf(List.of(known, UNKNOWN_ID))))
                .isEqualTo(ModelNeighbours.NONE);
        assertThat(models().popularityOf(List.of(known, UNKNOWN_ID))).isEmpty();
        assertThat(models().mostPopular(5)).isEmpty();
    }

    @Test
    void everyStoredRatingIsBuildInput() {
        long movie = existingMovie();
        rate(movie, 4.5, 1_700_000_000L);

        assertThat(models().allRatings())
                .filteredOn(rating -> rating.movieId() == movie)
                .singleElement()
                .satisfies(
                        rating -> {
                            assertThat(rating.stars()).isEqualTo(4.5);
                            assertThat(rating.ratedAtEpochSecond()).isEqualTo(1_700_000_000L);
                        });
    }

    @Test
    void theRatingsShapeCountsWhatABuildWouldRead() {
        rate(existingMovie(), 4.5, 1_700_000_000L);
        rate(existingMovie(), 2.0, 1_700_000_100L);

        List<RecordedRating> ratings = models().allRatings();
        assertThat(models().ratingsShape())
                .isEqualTo(
                        new RatingsShape(
                                ratings.size(),
                                ratings.stream().map(RecordedRating::userId).distinct().count(),
                                ratings.stream().map(RecordedRating::movieId).distinct().count()));
        assertThat(models().ratingsShape().ratings()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theBuildLockRunsTheWorkAndIsNotTakenTwice() {
        Optional<Optional<String>> nested =
                models().exclusively(() -> models().exclusively(() -> "inner"));

        assertThat(nested).hasValue(Optional.empty());
        assertThat(models().exclusively(() -> "again")).hasValue("again");
    }

    private static MovieNeighbour neighbour(
            NeighbourKind kind, long movie, long neighbour, double weight) {
        return new MovieNeighbour(kind, movie, neighbour, weight);
    }

    private static Map<NeighbourKind, List<Long>> bothKindsOf(List<Long> movies) {
        return Map.of(NeighbourKind.SIMILAR, movies, NeighbourKind.RATED_AFTER, movies);
    }

    /** A neighbour list from (movie, weight) pairs; the weights must be exact as real. */
    private static NeighbourList list(double... movieAndWeight) {
        long[] movies = new long[movieAndWeight.length / 2];
        double[] weights = new double[movies.length];
        for (int i = 0; i < movies.length; i++) {
            movies[i] = (long) movieAndWeight[2 * i];
            weights[i] = movieAndWeight[2 * i + 1];
        }
        return new NeighbourList(movies, weights);
    }
}
