package dev.marquee.application.recommendation.evaluation;

import dev.marquee.application.recommendation.Interactions;

/**
 * A recommender under evaluation: what it is called, its settings, and how it learns from training
 * data.
 */
public interface Recommender {

    String name();

    String settings();

    Ranker train(Interactions training);
}
