package dev.marquee.application.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecommendationScorerTest {

    private static final ScoringSettings PLAIN = new ScoringSettings(0, 0, 0, 0, 0);

    private static List<Long> ids(List<Recommendation> recommendations) {
        return recommendations.stream().map(Recommendation::movieId).toList();
    }

    @Test
    void sumsTheWeightsFromEveryRatedMovieAndRanksByTheSum() {
        FixedNeighbours model =
                new FixedNeighbours()
                        .similar(1, 10, 0.5)
                        .similar(1, 11, 0.4)
                        .similar(2, 11, 0.3)
                        .similar(2, 12, 0.1);

        List<Recommendation> list =
                new RecommendationScorer(model, PLAIN)
                        .recommend(
                                List.of(new RatedMovie(1, 4, 100), new RatedMovie(2, 4, 200)),
                                Set.of(),
                                10);

        assertThat(ids(list)).containsExactly(11L, 10L, 12L);
        assertThat(list.get(0).score()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void scoresOnlyTheLatestRatingsOfALongHistoryButNeverRecommendsAnOlderOne() {
        int limit = RecommendationScorer.HISTORY_LIMIT;
        FixedNeighbours model = new FixedNeighbours().similar(1, 5000, 0.9);
        List<RatedMovie> history = new java.util.ArrayList<>();
        history.add(new RatedMovie(1, 4, 0));
        for (int i = 1; i <= limit; i++) {
            history.add(new RatedMovie(1000 + i, 4, i));
        }
        model.similar(1000 + limit, 6000, 0.1).similar(1000 + limit, 1, 0.7);

        List<Recommendation> list =
                new RecommendationScorer(model, PLAIN).recommend(history, Set.of(), 10);

        assertThat(ids(list)).containsExactly(6000L);
    }

    @Test
    void neverRecommendsARatedOrExcludedMovie() {
        FixedNeighbours model =
                new FixedNeighbours()
                        .similar(1, 2, 0.9)
                        .similar(1, 10, 0.5)
                        .similar(1, 11, 0.4)
                        .popular(1, 1)
                        .popular(12, 0.5);

        List<Recommendation> list =
                new RecommendationScorer(model, new ScoringSettings(0, 0, 0, 0, 0.1))
                        .recommend(
                                List.of(new RatedMovie(1, 4, 100), new RatedMovie(2, 3, 50)),
                                Set.of(10L),
                                10);

        assertThat(ids(list)).containsExactly(11L, 12L);
    }

    @Test
    void theTopReasonIsTheLargestContributionAndTheContributionsAddUpToTheScore() {
        FixedNeighbours model =
                new FixedNeighbours()
                        .similar(1, 10, 0.2)
                        .similar(2, 10, 0.6)
                        .next(2, 10, 0.5)
                        .popular(10, 0.8);
        ScoringSettings settings = new ScoringSettings(0.5, 2, 0.4, 1, 0.05);

        Recommendation only =
                new RecommendationScorer(model, settings)
                        .recommend(
                                List.of(new RatedMovie(1, 5, 100), new RatedMovie(2, 3, 200)),
                                Set.of(),
                                1)
                        .get(0);

        // Mean 4: movie 1 (one rating ago, recency 0.5^(1/2)) is worth 0.7071 * 1.5, movie 2 (last)
        // 1 * 0.5.
        double fromFirst = Math.pow(0.5, 0.5) * 1.5 * 0.2;
        double fromSecond = 0.5 * 0.6;
        double next = 0.4 * 0.5;
        double popular = 0.05 * 0.8;
        assertThat(only.contributions())
                .extracting(Contribution::amount)
                .containsExactly(fromSecond, fromFirst, next, popular);
        assertThat(only.topReason())
                .isEqualTo(new Contribution(ContributionSource.SIMILAR_TO_RATED, 2, fromSecond));
        assertThat(only.score()).isCloseTo(fromFirst + fromSecond + next + popular, within(1e-12));
    }

    @Test
    void aLowRatingPushesItsNeighboursAwayWhenRatingsAreCentred() {
        FixedNeighbours model =
                new FixedNeighbours().similar(1, 10, 0.5).similar(2, 11, 0.5).similar(3, 12, 0.5);
        List<RatedMovie> history =
                List.of(new RatedMovie(1, 5, 1), new RatedMovie(2, 4, 2), new RatedMovie(3, 1, 3));

        List<Recommendation> centred =
                new RecommendationScorer(model, new ScoringSettings(1, 0, 0, 0, 0))
                        .recommend(history, Set.of(), 10);

        assertThat(ids(centred)).containsExactly(10L, 11L, 12L);
        assertThat(centred.get(2).score()).isNegative();
    }

    @Test
    void recentRatingsCountMoreWithARecencyHalfLife() {
        FixedNeighbours model = new FixedNeighbours().similar(1, 10, 0.5).similar(2, 11, 0.4);
        List<RatedMovie> history = List.of(new RatedMovie(1, 4, 100), new RatedMovie(2, 4, 200));

        assertThat(ids(new RecommendationScorer(model, PLAIN).recommend(history, Set.of(), 2)))
                .containsExactly(10L, 11L);
        assertThat(
                        ids(
                                new RecommendationScorer(model, new ScoringSettings(0, 1, 0, 0, 0))
                                        .recommend(history, Set.of(), 2)))
                .containsExactly(11L, 10L);
    }

    @Test
    void onlyTheLastRatingsInTheWindowBringTheirNextItems() {
        FixedNeighbours model = new FixedNeighbours().next(1, 10, 0.9).next(2, 11, 0.1);

        List<Recommendation> list =
                new RecommendationScorer(model, new ScoringSettings(0, 0, 1, 1, 0))
                        .recommend(
                                List.of(new RatedMovie(1, 4, 100), new RatedMovie(2, 4, 200)),
                                Set.of(),
                                10);

        assertThat(ids(list)).containsExactly(11L);
        assertThat(list.get(0).topReason().source()).isEqualTo(ContributionSource.RATED_AFTER);
    }

    @Test
    void withoutAHistoryItFallsBackToWhatIsPopular() {
        FixedNeighbours model = new FixedNeighbours().popular(5, 0.2).popular(6, 1).popular(7, 0.2);

        List<Recommendation> list =
                new RecommendationScorer(model, new ScoringSettings(0, 0, 0, 0, 0.01))
                        .recommend(List.of(), Set.of(), 2);

        assertThat(ids(list)).containsExactly(6L, 5L);
        assertThat(list.get(0).topReason().source()).isEqualTo(ContributionSource.POPULAR);
    }

    @Test
    void ranksTheBestCountWithTiesAtTheCutToTheLowerIdAndExplainsAnyPartOfTheRanking() {
        FixedNeighbours model =
                new FixedNeighbours()
                        .similar(1, 30, 0.9)
                        .similar(1, 22, 0.5)
                        .similar(1, 21, 0.5)
                        .similar(1, 20, 0.5)
                        .similar(2, 30, 0.2)
                        .similar(2, 40, 0.1);
        RecommendationScorer scorer = new RecommendationScorer(model, PLAIN);
        List<RatedMovie> history = List.of(new RatedMovie(1, 4, 100), new RatedMovie(2, 4, 200));

        List<ScoredMovie> ranked = scorer.rank(history, Set.of(), 3);
        List<Recommendation> explained = scorer.explain(history, ranked.subList(1, 3));

        assertThat(ranked).extracting(ScoredMovie::movieId).containsExactly(30L, 20L, 21L);
        assertThat(ranked.get(0).score()).isCloseTo(1.1, within(1e-12));
        assertThat(ids(explained)).containsExactly(20L, 21L);
        assertThat(explained.get(0).contributions())
                .containsExactly(new Contribution(ContributionSource.SIMILAR_TO_RATED, 1, 0.5));
        assertThat(ids(scorer.recommend(history, Set.of(), 3))).containsExactly(30L, 20L, 21L);
    }

    @Test
    void contentNeighboursAddTheirWeightTimesTheContentWeightAndTheTopReasonIsTheLargestPart() {
        FixedNeighbours collaborative = new FixedNeighbours().similar(1, 10, 0.05);
        ContentAwareLookup model =
                new ContentAwareLookup(
                        collaborative,
                        List.of(
                                new dev.marquee.domain.recommendation.ContentNeighbour(
                                        1, 10, 0.5, List.of(), 0),
                                new dev.marquee.domain.recommendation.ContentNeighbour(
                                        2, 10, 0.25, List.of(), 0),
                                new dev.marquee.domain.recommendation.ContentNeighbour(
                                        2, 11, 0.9, List.of(), 0.5)));
        ScoringSettings settings = PLAIN.withContentWeight(0.2);

        List<Recommendation> list =
                new RecommendationScorer(model, settings)
                        .recommend(
                                List.of(new RatedMovie(1, 4, 100), new RatedMovie(2, 4, 200)),
                                Set.of(),
                                10);

        assertThat(ids(list)).containsExactly(10L, 11L);
        Recommendation ten = list.get(0);
        assertThat(ten.score()).isCloseTo(0.05 + 0.2 * 0.5 + 0.2 * 0.25, within(1e-12));
        assertThat(ten.contributions().get(0))
                .isEqualTo(new Contribution(ContributionSource.SIMILAR_CONTENT, 1, 0.2 * 0.5));
        assertThat(ten.contributions().stream().mapToDouble(Contribution::amount).sum())
                .isCloseTo(ten.score(), within(1e-12));
        for (int i = 1; i < ten.contributions().size(); i++) {
            assertThat(ten.contributions().get(i).amount())
                    .isLessThanOrEqualTo(ten.contributions().get(i - 1).amount());
        }

        List<Recommendation> coldOnly =
                new RecommendationScorer(model, settings.withContentMaxPopularity(0.1))
                        .recommend(List.of(new RatedMovie(2, 4, 200)), Set.of(), 10);
        assertThat(ids(coldOnly)).containsExactly(10L);
        assertThat(
                        new RecommendationScorer(model, PLAIN)
                                .recommend(List.of(new RatedMovie(2, 4, 200)), Set.of(), 10))
                .isEmpty();
    }

    @Test
    void selectionFindsWhatASortWouldPutAtTheCutWithManyTies() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            double[] values = new double[1 + random.nextInt(300)];
            for (int i = 0; i < values.length; i++) {
                values[i] = round % 2 == 0 ? random.nextInt(5) / 4.0 : random.nextGaussian();
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int index = random.nextInt(values.length);

            assertThat(RecommendationScorer.kthSmallest(values.clone(), index))
                    .isEqualTo(sorted[index]);
        }
    }
}
