package dev.marquee.application.recommendation;

/** The rating matrix X, stored by item (who rated it, and each rating's value) and by user. */
final class SparseRatings {

    private final int[][] raters;
    private final double[][] values;
    private final int[][] userItems;
    private final double[][] userValues;

    private SparseRatings(
            int[][] raters, double[][] values, int[][] userItems, double[][] userValues) {
        this.raters = raters;
        this.values = values;
        this.userItems = userItems;
        this.userValues = userValues;
    }

    static SparseRatings of(Interactions training, RatingValue value) {
        int[] counts = training.ratingsPerItem();
        int[][] raters = new int[counts.length][];
        double[][] values = new double[counts.length][];
        for (int item = 0; item < counts.length; item++) {
            raters[item] = new int[counts[item]];
            values[item] = new double[counts[item]];
        }
        int[][] userItems = new int[training.userCount()][];
        double[][] userValues = new double[training.userCount()][];
        int[] filled = new int[counts.length];
        for (int user = 0; user < training.userCount(); user++) {
            UserHistory history = training.user(user);
            userItems[user] = new int[history.size()];
            userValues[user] = new double[history.size()];
            for (int i = 0; i < history.size(); i++) {
                int item = history.item(i);
                double v = value.of(history, i);
                raters[item][filled[item]] = user;
                values[item][filled[item]++] = v;
                userItems[user][i] = item;
                userValues[user][i] = v;
            }
        }
        return new SparseRatings(raters, values, userItems, userValues);
    }

    int itemCount() {
        return raters.length;
    }

    int[] raters(int item) {
        return raters[item];
    }

    double[] values(int item) {
        return values[item];
    }

    void addUserRow(int user, double[] row) {
        for (int i = 0; i < userItems[user].length; i++) {
            row[userItems[user][i]] += userValues[user][i];
        }
    }
}
