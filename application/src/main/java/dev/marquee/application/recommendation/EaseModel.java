package dev.marquee.application.recommendation;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Steck's EASE (2019): item weights B = I - P / diag(P) with P = (X^T X + lambda I)^-1. Solved through the
 * Woodbury identity on the users' side, P = (I - X^T (X X^T + lambda I)^-1 X) / lambda, which is exact and
 * needs only a users-by-users solve: cheap while there are fewer users than items, as in MovieLens samples.
 */
public final class EaseModel {

    private final DMatrixRMaj values;
    private final DMatrixRMaj solved;
    private final double[] diagonal;
    private final double lambda;
    private final int[][] raters;

    private EaseModel(DMatrixRMaj values, DMatrixRMaj solved, double[] diagonal, double lambda, int[][] raters) {
        this.values = values;
        this.solved = solved;
        this.diagonal = diagonal;
        this.lambda = lambda;
        this.raters = raters;
    }

    public static EaseModel fit(Interactions training, RatingValue value, double lambda) {
        int users = training.userCount();
        int items = training.catalogue().size();
        DMatrixRMaj x = new DMatrixRMaj(users, items);
        for (int user = 0; user < users; user++) {
            UserHistory history = training.user(user);
            for (int i = 0; i < history.size(); i++) {
                x.set(user, history.item(i), value.of(history, i));
            }
        }
        DMatrixRMaj gram = new DMatrixRMaj(users, users);
        CommonOps_DDRM.multTransB(x, x, gram);
        for (int user = 0; user < users; user++) {
            gram.add(user, user, lambda);
        }
        LinearSolverDense<DMatrixRMaj> cholesky = LinearSolverFactory_DDRM.symmPosDef(users);
        if (!cholesky.setA(gram)) {
            throw new IllegalStateException("X X^T + lambda I is not positive definite; lambda must be > 0");
        }
        DMatrixRMaj solved = new DMatrixRMaj(users, items);
        cholesky.solve(x, solved);
        double[] diagonal = IntStream.range(0, items).mapToDouble(item -> {
            double dot = 0;
            for (int user = 0; user < users; user++) {
                dot += x.unsafe_get(user, item) * solved.unsafe_get(user, item);
            }
            return 1 - dot;
        }).toArray();
        return new EaseModel(x, solved, diagonal, lambda, ItemRaters.of(training));
    }

    /** The EASE score of every item for a training user: row {@code user} of X B. */
    public void scoreUser(int user, double[] scores) {
        for (int item = 0; item < scores.length; item++) {
            scores[item] = values.unsafe_get(user, item) - lambda * solved.unsafe_get(user, item) / diagonal[item];
        }
    }

    /** Row {@code item} of B: how much rating {@code item} adds to each other item's score (0 to itself). */
    public void weightRow(int item, double[] row) {
        Arrays.fill(row, 0);
        int items = row.length;
        for (int user : raters[item]) {
            double value = values.unsafe_get(user, item);
            int offset = user * items;
            double[] m = solved.data;
            for (int other = 0; other < items; other++) {
                row[other] += value * m[offset + other];
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
        int[] kept = IntStream.range(0, items).filter(item -> raters[item].length >= minRatings).toArray();
        double[] row = new double[items];
        ItemNeighbours.Builder table = new ItemNeighbours.Builder(items, k);
        for (int item : kept) {
            weightRow(item, row);
            table.keep(item, row, kept, kept.length);
        }
        return table.build();
    }
}
