package dev.marquee.application.recommendation;

/** The inverted index of a training set: for each item, the users who rated it, in user order. */
final class ItemRaters {

    private ItemRaters() {}

    static int[][] of(Interactions training) {
        int[] counts = training.ratingsPerItem();
        int[][] raters = new int[counts.length][];
        for (int item = 0; item < counts.length; item++) {
            raters[item] = new int[counts[item]];
        }
        int[] filled = new int[counts.length];
        for (int user = 0; user < training.userCount(); user++) {
            UserHistory history = training.user(user);
            for (int i = 0; i < history.size(); i++) {
                int item = history.item(i);
                raters[item][filled[item]++] = user;
            }
        }
        return raters;
    }
}
