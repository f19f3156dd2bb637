package dev.marquee.application.recommendation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Every user's rating history over one catalogue; users are numbered in ascending id order. */
public final class Interactions {

    private final Catalogue catalogue;
    private final List<UserHistory> users;

    private Interactions(Catalogue catalogue, List<UserHistory> users) {
        this.catalogue = catalogue;
        this.users = List.copyOf(users);
    }

    /**
     * Indexes ratings of catalogue movies; a user's later rating of the same movie replaces the
     * earlier one.
     */
    public static Interactions of(Catalogue catalogue, List<RatingEvent> events) {
        Map<Long, Map<Integer, RatingEvent>> byUser = new TreeMap<>();
        for (RatingEvent event : events) {
            int item = catalogue.itemOf(event.movieId());
            if (item < 0) {
                continue;
            }
            byUser.computeIfAbsent(event.userId(), user -> new TreeMap<>())
                    .merge(
                            item,
                            event,
                            (earlier, later) ->
                                    later.ratedAt() >= earlier.ratedAt() ? later : earlier);
        }
        List<UserHistory> users = new ArrayList<>(byUser.size());
        byUser.forEach(
                (userId, ratings) -> users.add(history(catalogue, userId, ratings.values())));
        return new Interactions(catalogue, users);
    }

    private static UserHistory history(
            Catalogue catalogue, long userId, Collection<RatingEvent> ratings) {
        List<RatingEvent> ordered = new ArrayList<>(ratings);
        ordered.sort(
                Comparator.comparingLong(RatingEvent::ratedAt)
                        .thenComparingLong(RatingEvent::movieId));
        int[] items = new int[ordered.size()];
        double[] stars = new double[ordered.size()];
        long[] times = new long[ordered.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = catalogue.itemOf(ordered.get(i).movieId());
            stars[i] = ordered.get(i).rating();
            times[i] = ordered.get(i).ratedAt();
        }
        return new UserHistory(userId, items, stars, times);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public int userCount() {
        return users.size();
    }

    public UserHistory user(int user) {
        return users.get(user);
    }

    public List<UserHistory> users() {
        return users;
    }

    /** The same users, each with the part of their history that {@code part} keeps. */
    public Interactions map(UnaryOperator<UserHistory> part) {
        return new Interactions(catalogue, users.stream().map(part).toList());
    }

    public int ratingCount() {
        return users.stream().mapToInt(UserHistory::size).sum();
    }

    /** How many users rated each item. */
    public int[] ratingsPerItem() {
        int[] counts = new int[catalogue.size()];
        users.forEach(
                user -> {
                    for (int i = 0; i < user.size(); i++) {
                        counts[user.item(i)]++;
                    }
                });
        return counts;
    }
}
