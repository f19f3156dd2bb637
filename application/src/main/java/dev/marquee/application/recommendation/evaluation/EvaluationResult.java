package dev.marquee.application.recommendation.evaluation;

/** How one recommender did on one split, averaged over the users with a relevant held-out item. */
public record EvaluationResult(
        String model,
        String settings,
        double ndcgAt10,
        double recallAt20,
        double coverage,
        int users,
        double seconds) {}
