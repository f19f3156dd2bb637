package dev.marquee.application.recommendation;

/**
 * The next-item model: for each movie, the movies its raters rated within the next {@code window}
 * ratings (a rating d steps later counts 1 / d^stepDiscount), divided by the movie's rating count
 * plus {@code shrinkage} (so a movie with few ratings says less) and by the follower's rating
 * count^damping.
 */
public final class NextItemNeighbours {

    private NextItemNeighbours() {}

    public static ItemNeighbours build(
            Interactions training,
            int window,
            double stepDiscount,
            double damping,
            double shrinkage,
            int k) {
        int items = training.catalogue().size();
        int[] counts = training.ratingsPerItem();
        long[][] occurrences = occurrences(training, counts);
        double[] row = new double[items];
        int[] touched = new int[items];
        ItemNeighbours.Builder table = new ItemNeighbours.Builder(items, k);
        for (int item = 0; item < items; item++) {
            int touchedCount = 0;
            for (long occurrence : occurrences[item]) {
                UserHistory history = training.user((int) (occurrence >>> 32));
                int position = (int) occurrence;
                for (int step = 1; step <= window && position + step < history.size(); step++) {
                    int next = history.item(position + step);
                    if (row[next] == 0) {
                        touched[touchedCount++] = next;
                    }
                    row[next] += Math.pow(step, -stepDiscount);
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                row[touched[t]] /=
                        (counts[item] + shrinkage) * Math.pow(counts[touched[t]], damping);
            }
            table.keep(item, row, touched, touchedCount);
            for (int t = 0; t < touchedCount; t++) {
                row[touched[t]] = 0;
            }
        }
        return table.build();
    }

    /**
     * For each item, where it occurs: user number in the high 32 bits, position in that history in
     * the low.
     */
    private static long[][] occurrences(Interactions training, int[] counts) {
        long[][] occurrences = new long[counts.length][];
        for (int item = 0; item < counts.length; item++) {
            occurrences[item] = new long[counts[item]];
        }
        int[] filled = new int[counts.length];
        for (int user = 0; user < training.userCount(); user++) {
            UserHistory history = training.user(user);
            for (int position = 0; position < history.size(); position++) {
                int item = history.item(position);
                occurrences[item][filled[item]++] = ((long) user << 32) | position;
            }
        }
        return occurrences;
    }
}
