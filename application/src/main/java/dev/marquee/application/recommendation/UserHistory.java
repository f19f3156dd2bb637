package dev.marquee.application.recommendation;

import java.util.Arrays;

/** One user's ratings in time order (ties by item number), as catalogue item numbers. */
public final class UserHistory {

    private final long userId;
    private final int[] items;
    private final double[] ratings;
    private final long[] ratedAt;

    UserHistory(long userId, int[] items, double[] ratings, long[] ratedAt) {
        this.userId = userId;
        this.items = items;
        this.ratings = ratings;
        this.ratedAt = ratedAt;
    }

    public long userId() {
        return userId;
    }

    public int size() {
        return items.length;
    }

    public int item(int position) {
        return items[position];
    }

    public double rating(int position) {
        return ratings[position];
    }

    public long ratedAt(int position) {
        return ratedAt[position];
    }

    public double meanRating() {
        return Arrays.stream(ratings).average().orElse(0);
    }

    /** The first {@code count} ratings, the oldest ones. */
    public UserHistory first(int count) {
        return new UserHistory(
                userId,
                Arrays.copyOf(items, count),
                Arrays.copyOf(ratings, count),
                Arrays.copyOf(ratedAt, count));
    }

    /** The ratings from {@code position} on, the most recent ones. */
    public UserHistory from(int position) {
        return new UserHistory(
                userId,
                Arrays.copyOfRange(items, position, items.length),
                Arrays.copyOfRange(ratings, position, ratings.length),
                Arrays.copyOfRange(ratedAt, position, ratedAt.length));
    }
}
