package dev.marquee.application.recommendation;

import java.util.Locale;

/**
 * How the neighbour table is built: EASE with {@code lambda} on ratings worth {@code 1 +
 * trainingEmphasis * (stars - the user's mean)}, truncated to {@code similarCount} neighbours per
 * movie, over the movies with at least {@code minRatings} ratings; and the next-item model over a
 * {@code nextWindow} of following ratings (see {@link NextItemNeighbours}), truncated to {@code
 * nextCount}.
 */
public record ModelSettings(
        double lambda,
        double trainingEmphasis,
        int similarCount,
        int minRatings,
        int nextWindow,
        double nextStepDiscount,
        double nextDamping,
        double nextShrinkage,
        int nextCount) {

    public ModelSettings {
        if (lambda <= 0
                || similarCount < 0
                || minRatings < 1
                || nextWindow < 0
                || nextShrinkage < 0
                || nextCount < 0) {
            throw new IllegalArgumentException("lambda must be positive and counts not negative");
        }
    }

    /** The value of one training rating for the item-item model. */
    public RatingValue ratingValue() {
        if (trainingEmphasis == 0) {
            return RatingValue.RATED;
        }
        return new CentredRating(trainingEmphasis);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "EASE lambda=%s emphasis=%s k=%d min ratings=%d; "
                        + "next window=%d step discount=%s damping=%s shrinkage=%s k=%d",
                lambda,
                trainingEmphasis,
                similarCount,
                minRatings,
                nextWindow,
                nextStepDiscount,
                nextDamping,
                nextShrinkage,
                nextCount);
    }

    /** These settings with another lambda. */
    public ModelSettings withLambda(double value) {
        return new ModelSettings(
                value,
                trainingEmphasis,
                similarCount,
                minRatings,
                nextWindow,
                nextStepDiscount,
                nextDamping,
                nextShrinkage,
                nextCount);
    }

    /** These settings with another trainingEmphasis. */
    public ModelSettings withTrainingEmphasis(double value) {
        return new ModelSettings(
                lambda,
                value,
                similarCount,
                minRatings,
                nextWindow,
                nextStepDiscount,
                nextDamping,
                nextShrinkage,
                nextCount);
    }

    /** These settings with another similarCount. */
    public ModelSettings withSimilarCount(int value) {
        return new ModelSettings(
                lambda,
                trainingEmphasis,
                value,
                minRatings,
                nextWindow,
                nextStepDiscount,
                nextDamping,
                nextShrinkage,
                nextCount);
    }

    /** These settings with another minRatings. */
    public ModelSettings withMinRatings(int value) {
        return new ModelSettings(
                lambda,
                trainingEmphasis,
                similarCount,
                value,
                nextWindow,
                nextStepDiscount,
                nextDamping,
                nextShrinkage,
                nextCount);
    }

    /** These settings with another nextWindow. */
    public ModelSettings withNextWindow(int value) {
        return new ModelSettings(
                lambda,
                trainingEmphasis,
                similarCount,
                minRatings,
                value,
                nextStepDiscount,
                nextDamping,
                nextShrinkage,
                nextCount);
    }

    /** These settings with another nextStepDiscount. */
    public ModelSettings withNextStepDiscount(double value) {
        return new ModelSettings(
                lambda,
                trainingEmphasis,
                similarCount,
                minRatings,
                nextWindow,
                value,
                nextDamping,
                nextShrinkage,
                nextCount);
    }

    /** These settings with another nextDamping. */
    public ModelSettings withNextDamping(double value) {
        return new ModelSettings(
                lambda,
                trainingEmphasis,
                similarCount,
                minRatings,
                nextWindow,
                nextStepDiscount,
                value,
                nextShrinkage,
                nextCount);
    }

    /** These settings with another nextShrinkage. */
    public ModelSettings withNextShrinkage(double value) {
        return new ModelSettings(
                lambda,
                trainingEmphasis,
                similarCount,
                minRatings,
                nextWindow,
                nextStepDiscount,
                nextDamping,
                value,
                nextCount);
    }

    /** These settings with another nextCount. */
    public ModelSettings withNextCount(int value) {
        return new ModelSettings(
                lambda,
                trainingEmphasis,
                similarCount,
                minRatings,
                nextWindow,
                nextStepDiscount,
                nextDamping,
                nextShrinkage,
                value);
    }
}
