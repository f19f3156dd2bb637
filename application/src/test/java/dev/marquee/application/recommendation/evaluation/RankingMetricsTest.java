package dev.marquee.application.recommendation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void ndcgDiscountsHitsByRankAndDividesByThePerfectList() {
        int[] ranked = {5, 2, 9, 1};
        int[] relevant = {1, 2, 7};

        double dcg = 1 / log2(3) + 1 / log2(5);
        double ideal = 1 + 1 / log2(3) + 1 / log2(4);
        assertThat(RankingMetrics.ndcg(ranked, relevant, 10)).isCloseTo(dcg / ideal, within(1e-12));
        assertThat(RankingMetrics.ndcg(ranked, relevant, 10)).isCloseTo(0.49819, within(1e-5));
    }

    @Test
    void ndcgIgnoresHitsBelowTheCutOffAndCapsTheIdealAtIt() {
        int[] ranked = {4, 3, 8};
        int[] relevant = {3, 8, 9};

        assertThat(RankingMetrics.ndcg(ranked, relevant, 2))
                .isCloseTo((1 / log2(3)) / (1 + 1 / log2(3)), within(1e-12));
    }

    @Test
    void aPerfectListScoresOneAndAListWithoutHitsZero() {
        assertThat(RankingMetrics.ndcg(new int[] {3, 1}, new int[] {1, 3}, 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.ndcg(new int[] {4, 5}, new int[] {1, 3}, 10)).isZero();
    }

    @Test
    void recallIsTheShareOfRelevantItemsInTheFirstKRanks() {
        int[] ranked = {5, 2, 9, 1};
        int[] relevant = {1, 2, 7};

        assertThat(RankingMetrics.recall(ranked, relevant, 20)).isEqualTo(2.0 / 3);
        assertThat(RankingMetrics.recall(ranked, relevant, 2)).isEqualTo(1.0 / 3);
    }
}
