package dev.marquee.application.recommendation;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Steck's EASE (2019): item weights B = I - P / diag(P) with P = (X^T X + lambda I)^-1. Solved
 * through the Woodbury identity on the users' side, P = (I - X^T K^-1 X) / lambda with K = X X^T +
 * lambda I, which is exact and needs one users-by-users inverse: cheap while there are fewer users
 * than items, as in MovieLens samples. Only M = K^-1 X is kept (users by items); X stays sparse.
 */
public final class EaseModel {

    private final SparseRatings x;
    private final DMatrixRMaj solved;
    private final double[] diagonal;
    private final double lambda;

    private EaseModel(SparseRatings x, DMatrixRMaj solved, double[] diagonal, double lambda) {
        this.x = x;
        this.solved = solved;
        this.diagonal = diagonal;
        this.lambda = lambda;
    }

    public static EaseModel fit(Interactions training, RatingValue value, double lambda) {
        SparseRatings x = SparseRatings.of(training, value);
        int users = training.userCount();
        int items = training.catalogue().size();
        DMatrixRMaj inverse = new DMatrixRMaj(users, users);
        if (!CommonOps_DDRM.invertSPD(userGram(x, users, lambda), inverse)) {
            throw new IllegalStateException(
                    "X X^T + lambda I is not positive definite; lambda must be > 0");
        }
        DMatrixRMaj solved = new DMatrixRMaj(users, items);
        double[] m = solved.data;
        double[] k = inverse.data;
        for (int item = 0; item < items; item++) {
            int[] raters = x.raters(item);
            double[] values = x.values(item);
            for (int r = 0; r < raters.length; r++) {
                int row = raters[r] * users;
                for (int user = 0; user < users; user++) {
                    m[user * items + item] += values[r] * k[row + user];
                }
            }
        }
        double[] diagonal =
                IntStream.range(0, items)
                        .mapToDouble(
                                item -> {
                                    int[] raters = x.raters(item);
                                    double[] values = x.values(item);
                                    double dot = 0;
                                    for (int r = 0; r < raters.length; r++) {
                                        dot += values[r] * m[raters[r] * items + item];
                                    }
                                    return 1 - dot;
                                })
                        .toArray();
        return new EaseModel(x, solved, diagonal, lambda);
    }

    /** K = X X^T + lambda I, summed item by item over each item's pairs of raters. */
    private static DMatrixRMaj userGram(SparseRatings x, int users, double lambda) {
        DMatrixRMaj gram = new DMatrixRMaj(users, users);
        double[] g = gram.data;
        for (int item = 0; item < x.itemCount(); item++) {
            int[] raters = x.raters(item);
            double[] values = x.values(item);
            for (int a = 0; a < raters.length; a++) {
                int row = raters[a] * users;
                for (int b = 0; b < raters.length; b++) {
                    g[row + raters[b]] += values[a] * values[b];
                }
            }
        }
        for (int user = 0; user < users; user++) {
            g[user * users + user] += lambda;
        }
        return gram;
    }

    /** The EASE score of every item for a training user: row {@code user} of X B. */
    public void scoreUser(int user, double[] scores) {
        int items = scores.length;
        for (int item = 0; item < items; item++) {
            scores[item] = -lambda * solved.data[user * items + item] / diagonal[item];
        }
        x.addUserRow(user, scores);
    }

    /**
     * Row {@code item} of B: how much rating {@code item} adds to each other item's score (0 to
     * itself).
     */
    public void weightRow(int item, double[] row) {
        Arrays.fill(row, 0);
        int items = row.length;
        int[] raters = x.raters(item);
        double[] values = x.values(item);
        double[] m = solved.data;
        for (int r = 0; r < raters.length; r++) {
            int offset = raters[r] * items;
            for (int other = 0; other < items; other++) {
                row[other] += values[r] * m[offset + other];
            }
        }
        for (int other = 0; other < items; other++) {
            row[other] /= diagonal[other];
        }
        row[item] = 0;
    }

    /**
     * B truncated to each item's {@code k} largest positive weights, between items with at least
     * {@code minRatings} ratings: the table a server would read.
     */
    public ItemNeighbours neighbours(int k, int minRatings) {
        int items = diagonal.length;
        int[] kept =
                IntStream.range(0, items)
                        .filter(item -> x.raters(item).length >= minRatings)
                        .toArray();
        double[] row = new double[items];
        ItemNeighbours.Builder table = new ItemNeighbours.Builder(items, k);
        for (int item : kept) {
            weightRow(item, row);
            table.keep(item, row, kept, kept.length);
        }
        return table.build();
    }
}
