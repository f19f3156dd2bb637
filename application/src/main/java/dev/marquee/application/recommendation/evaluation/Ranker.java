package dev.marquee.application.recommendation.evaluation;

/**
 * A model trained on one split: the items it would show a user, best first, none the user rated in
 * training.
 */
public interface Ranker {

    int[] top(int user, int count);
}
