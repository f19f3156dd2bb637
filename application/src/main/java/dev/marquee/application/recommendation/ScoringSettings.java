package dev.marquee.application.recommendation;

import java.util.Locale;

/**
 * How a user's history is weighed at request time. A rating counts {@code recency * (1 +
 * ratingEmphasis * (stars - the user's mean))}, so with emphasis a low rating pushes its neighbours
 * away; recency halves every {@code recencyHalfLife} ratings back (0 turns it off). The last {@code
 * sequenceWindow} ratings also bring their next-item neighbours at {@code sequenceWeight}; every
 * candidate gets {@code popularityWeight * popularity}. The content neighbours of the same ratings
 * as the item-item term count {@code contentWeight} times the item-item value, for candidates whose
 * popularity is at most {@code contentMaxPopularity} (1: every candidate).
 */
public record ScoringSettings(
        double ratingEmphasis,
        double recencyHalfLife,
        double sequenceWeight,
        int sequenceWindow,
        double popularityWeight,
        double contentWeight,
        double contentMaxPopularity) {

    public ScoringSettings {
        if (ratingEmphasis < 0
                || recencyHalfLife < 0
                || sequenceWeight < 0
                || sequenceWindow < 0
                || popularityWeight < 0
                || contentWeight < 0
                || contentMaxPopularity < 0) {
            throw new IllegalArgumentException("scoring settings cannot be negative");
        }
    }

    /** Settings without the content term. */
    public ScoringSettings(
            double ratingEmphasis,
            double recencyHalfLife,
            double sequenceWeight,
            int sequenceWindow,
            double popularityWeight) {
        this(
                ratingEmphasis,
                recencyHalfLife,
                sequenceWeight,
                sequenceWindow,
                popularityWeight,
                0,
                1);
    }

    double recency(int ratingsAgo) {
        return recencyHalfLife == 0 ? 1 : Math.pow(0.5, ratingsAgo / recencyHalfLife);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "emphasis=%s, half-life=%s, next x%s over %d, popularity x%s, content x%s%s",
                ratingEmphasis,
                recencyHalfLife == 0 ? "off" : recencyHalfLife,
                sequenceWeight,
                sequenceWindow,
                popularityWeight,
                contentWeight,
                contentMaxPopularity >= 1 ? "" : " (popularity <= " + contentMaxPopularity + ")");
    }

    /** These settings with another ratingEmphasis. */
    public ScoringSettings withRatingEmphasis(double value) {
        return new ScoringSettings(
                value,
                recencyHalfLife,
                sequenceWeight,
                sequenceWindow,
                popularityWeight,
                contentWeight,
                contentMaxPopularity);
    }

    /** These settings with another recencyHalfLife. */
    public ScoringSettings withRecencyHalfLife(double value) {
        return new ScoringSettings(
                ratingEmphasis,
                value,
                sequenceWeight,
                sequenceWindow,
                popularityWeight,
                contentWeight,
                contentMaxPopularity);
    }

    /** These settings with another sequenceWeight. */
    public ScoringSettings withSequenceWeight(double value) {
        return new ScoringSettings(
                ratingEmphasis,
                recencyHalfLife,
                value,
                sequenceWindow,
                popularityWeight,
                contentWeight,
                contentMaxPopularity);
    }

    /** These settings with another sequenceWindow. */
    public ScoringSettings withSequenceWindow(int value) {
        return new ScoringSettings(
                ratingEmphasis,
                recencyHalfLife,
                sequenceWeight,
                value,
                popularityWeight,
                contentWeight,
                contentMaxPopularity);
    }

    /** These settings with another popularityWeight. */
    public ScoringSettings withPopularityWeight(double value) {
        return new ScoringSettings(
                ratingEmphasis,
                recencyHalfLife,
                sequenceWeight,
                sequenceWindow,
                value,
                contentWeight,
                contentMaxPopularity);
    }

    /** These settings with another contentWeight. */
    public ScoringSettings withContentWeight(double value) {
        return new ScoringSettings(
                ratingEmphasis,
                recencyHalfLife,
                sequenceWeight,
                sequenceWindow,
                popularityWeight,
                value,
                contentMaxPopularity);
    }

    /** These settings with another contentMaxPopularity. */
    public ScoringSettings withContentMaxPopularity(double value) {
        return new ScoringSettings(
                ratingEmphasis,
                recencyHalfLife,
                sequenceWeight,
                sequenceWindow,
                popularityWeight,
                contentWeight,
                value);
    }
}
