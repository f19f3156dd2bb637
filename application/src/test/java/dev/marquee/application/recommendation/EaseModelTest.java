package dev.marquee.application.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class EaseModelTest {

    private static final double LAMBDA = 3;

    /**
     * Twelve users with random ratings over nine movies, so the items' Gram matrix is the larger
     * one.
     */
    private static Interactions randomRatings() {
        Random random = new Random(13);
        Ratings ratings = Ratings.of();
        for (int user = 1; user <= 12; user++) {
            for (int movie = 1; movie <= 9; movie++) {
                if (random.nextDouble() < 0.45) {
                    ratings.add(user, movie, 0.5 + random.nextInt(10) / 2.0, random.nextInt(1000));
                }
            }
        }
        return ratings.over(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    /** B = I - P / diag(P), P = (X^T X + lambda I)^-1, straight from the paper. */
    private static DMatrixRMaj primalWeights(Interactions training, RatingValue value) {
        int items = training.catalogue().size();
        DMatrixRMaj x = new DMatrixRMaj(training.userCount(), items);
        for (int user = 0; user < training.userCount(); user++) {
            UserHistory history = training.user(user);
            for (int i = 0; i < history.size(); i++) {
                x.set(user, history.item(i), value.of(history, i));
            }
        }
        DMatrixRMaj gram = new DMatrixRMaj(items, items);
        CommonOps_DDRM.multTransA(x, x, gram);
        for (int item = 0; item < items; item++) {
            gram.add(item, item, LAMBDA);
        }
        DMatrixRMaj p = new DMatrixRMaj(items, items);
        CommonOps_DDRM.invert(gram, p);
        DMatrixRMaj b = new DMatrixRMaj(items, items);
        for (int row = 0; row < items; row++) {
            for (int column = 0; column < items; column++) {
                b.set(
                        row,
                        column,
                        (row == column ? 1 : 0) - p.get(row, column) / p.get(column, column));
            }
        }
        return b;
    }

    @Test
    void theUserSideSolutionEqualsThePapersClosedForm() {
        Interactions training = randomRatings();
        RatingValue stars = (user, position) -> user.rating(position);
        DMatrixRMaj expected = primalWeights(training, stars);

        EaseModel model = EaseModel.fit(training, stars, LAMBDA);

        double[] row = new double[9];
        for (int item = 0; item < 9; item++) {
            model.weightRow(item, row);
            for (int other = 0; other < 9; other++) {
                assertThat(row[other])
                        .as("B[%d][%d]", item, other)
                        .isCloseTo(expected.get(item, other), within(1e-9));
            }
        }
    }

    @Test
    void aUsersScoresAreTheirRatingsTimesTheWeights() {
        Interactions training = randomRatings();
        DMatrixRMaj b = primalWeights(training, RatingValue.RATED);
        EaseModel model = EaseModel.fit(training, RatingValue.RATED, LAMBDA);

        double[] scores = new double[9];
        model.scoreUser(4, scores);

        UserHistory history = training.user(4);
        for (int item = 0; item < 9; item++) {
            double expected = 0;
            for (int i = 0; i < history.size(); i++) {
                expected += b.get(history.item(i), item);
            }
            assertThat(scores[item]).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void theTruncatedTableKeepsEachItemsLargestPositiveWeightsBestFirst() {
        Interactions training = randomRatings();
        EaseModel model = EaseModel.fit(training, RatingValue.RATED, LAMBDA);
        double[] row = new double[9];
        model.weightRow(2, row);

        ItemNeighbours table = model.neighbours(3, 1);

        int[] kept = table.neighboursOf(2);
        assertThat(kept).hasSizeLessThanOrEqualTo(3).doesNotContain(2);
        double weakestKept = table.weightsOf(2)[kept.length - 1];
        for (int other = 0; other < 9; other++) {
            int candidate = other;
            boolean isKept = Arrays.stream(kept).anyMatch(k -> k == candidate);
            if (!isKept && other != 2) {
                assertThat(row[other]).isLessThanOrEqualTo(weakestKept);
            }
        }
        assertThat(table.weightsOf(2)).isSortedAccordingTo((a, c) -> Double.compare(c, a));
    }

    @Test
    void moviesWithTooFewRatingsGetNoNeighboursAndAreNoOnesNeighbour() {
        Interactions training = randomRatings();
        int[] counts = training.ratingsPerItem();
        int fewest = java.util.stream.IntStream.of(counts).min().orElseThrow();
        int rare =
                java.util.stream.IntStream.range(0, counts.length)
                        .filter(i -> counts[i] == fewest)
                        .findFirst()
                        .orElseThrow();

        ItemNeighbours table =
                EaseModel.fit(training, RatingValue.RATED, LAMBDA).neighbours(9, fewest + 1);

        assertThat(table.neighboursOf(rare)).isEmpty();
        for (int item = 0; item < 9; item++) {
            assertThat(table.neighboursOf(item)).doesNotContain(rare);
        }
        assertThat(table.rowCount()).isPositive();
    }
}
