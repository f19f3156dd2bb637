package dev.marquee.application.recommendation;

/**
 * Item-item cosine similarity of who rated what (ratings as 0/1), truncated to each item's top k.
 */
public final class CosineNeighbours {

    private CosineNeighbours() {}

    public static ItemNeighbours build(Interactions training, int k) {
        int items = training.catalogue().size();
        int[][] raters = ItemRaters.of(training);
        double[] row = new double[items];
        int[] touched = new int[items];
        ItemNeighbours.Builder table = new ItemNeighbours.Builder(items, k);
        for (int item = 0; item < items; item++) {
            int touchedCount = 0;
            for (int user : raters[item]) {
                UserHistory history = training.user(user);
                for (int i = 0; i < history.size(); i++) {
                    int other = history.item(i);
                    if (row[other] == 0) {
                        touched[touchedCount++] = other;
                    }
                    row[other] += 1;
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                int other = touched[t];
                row[other] /= Math.sqrt((double) raters[item].length * raters[other].length);
            }
            table.keep(item, row, touched, touchedCount);
            for (int t = 0; t < touchedCount; t++) {
                row[touched[t]] = 0;
            }
        }
        return table.build();
    }
}
