package dev.marquee.application.recommendation;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A rating worth {@code 1 + emphasis * (stars - the user's mean)}: above one when liked, below when
 * not.
 */
final class CentredRating implements RatingValue {

    private final double emphasis;
    private final Map<UserHistory, Double> means = new IdentityHashMap<>();

    CentredRating(double emphasis) {
        this.emphasis = emphasis;
    }

    @Override
    public double of(UserHistory user, int position) {
        double mean = means.computeIfAbsent(user, UserHistory::meanRating);
        return 1 + emphasis * (user.rating(position) - mean);
    }
}
