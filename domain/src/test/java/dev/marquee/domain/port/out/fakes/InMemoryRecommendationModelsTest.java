package dev.marquee.domain.port.out.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.port.out.RecommendationModels;
import dev.marquee.domain.port.out.RecommendationModelsContract;
import dev.marquee.domain.recommendation.RecordedRating;
import org.junit.jupiter.api.Test;

class InMemoryRecommendationModelsTest extends RecommendationModelsContract {

    private final InMemoryRecommendationModels models = new InMemoryRecommendationModels();
    private long ids;

    @Override
    protected RecommendationModels models() {
        return models;
    }

    @Override
    protected long existingMovie() {
        models.knowMovie(++ids);
        return ids;
    }

    @Override
    protected void rate(long movie, double stars, long atEpochSecond) {
        models.rate(new RecordedRating(1, movie, stars, atEpochSecond));
    }

    @Test
    void thereIsNoActiveModelBeforeTheFirstBuild() {
        assertThat(models.activeVersion()).isEmpty();
        assertThat(models.mostPopular(3)).isEmpty();
    }
}
