package dev.marquee.application.recommendation;

import java.util.Locale;

/**
 * How a user's history is weighed at request time. A rating counts {@code recency * (1 +
 * ratingEmphasis * (stars - the user's mean))}, so with emphasis a low rating pushes its neighbours
 * away; recency halves every {@code recencyHalfLife} ratings back (0 turns it off). The last {@code
 * sequenceWindow} ratings also bring their next-item neighbours at {@code sequenceWeight}; every
 * candidate gets {@code popularityWeight * popularity}.
 */
public record ScoringSettings(
        double ratingEmphasis,
        double recencyHalfLife,
        double sequenceWeight,
        int sequenceWindow,
        double popularityWeight) {

    public ScoringSettings {
        if (ratingEmphasis < 0
                || recencyHalfLife < 0
                || sequenceWeight < 0
                || sequenceWindow < 0
                || popularityWeight < 0) {
            throw new IllegalArgumentException("scoring settings cannot be negative");
        }
    }

    double recency(int ratingsAgo) {
        return recencyHalfLife == 0 ? 1 : Math.pow(0.5, ratingsAgo / recencyHalfLife);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "emphasis=%s, half-life=%s, next x%s over %d, popularity x%s",
                ratingEmphasis,
                recencyHalfLife == 0 ? "off" : recencyHalfLife,
                sequenceWeight,
                sequenceWindow,
                popularityWeight);
    }

    /** These settings with another ratingEmphasis. */
    public ScoringSettings withRatingEmphasis(double value) {
        return new ScoringSettings(
                value, recencyHalfLife, sequenceWeight, sequenceWindow, popularityWeight);
    }

    /** These settings with another recencyHalfLife. */
    public ScoringSettings withRecencyHalfLife(double value) {
        return new ScoringSettings(
                ratingEmphasis, value, sequenceWeight, sequenceWindow, popularityWeight);
    }

    /** These settings with another sequenceWeight. */
    public ScoringSettings withSequenceWeight(double value) {
        return new ScoringSettings(
                ratingEmphasis, recencyHalfLife, value, sequenceWindow, popularityWeight);
    }

    /** These settings with another sequenceWindow. */
    public ScoringSettings withSequenceWindow(int value) {
        return new ScoringSettings(
                ratingEmphasis, recencyHalfLife, sequenceWeight, value, popularityWeight);
    }

    /** These settings with another popularityWeight. */
    public ScoringSettings withPopularityWeight(double value) {
        return new ScoringSettings(
                ratingEmphasis, recencyHalfLife, sequenceWeight, sequenceWindow, value);
    }
}
