package dev.marquee.application.recommendation;

/**
 * What one rating of a history is worth as an input to a model (1 for "rated at all", or weighted).
 */
@FunctionalInterface
public interface RatingValue {

    RatingValue RATED = (user, position) -> 1;

    double of(UserHistory user, int position);
}
