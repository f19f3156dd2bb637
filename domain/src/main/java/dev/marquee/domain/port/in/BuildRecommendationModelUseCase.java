package dev.marquee.domain.port.in;

import dev.marquee.domain.recommendation.ModelBuildReport;
import java.util.Optional;

/**
 * Rebuilds the recommendation model from every stored rating and makes it the one requests read.
 */
public interface BuildRecommendationModelUseCase {

    /**
     * Builds and publishes a new model version; empty when another build (in any instance) holds
     * the lock.
     *
     * @throws dev.marquee.domain.recommendation.ModelBuildTooLargeException when the build would
     *     need more heap than this process may give it; nothing is read or changed then
     */
    Optional<ModelBuildReport> build();
}
