package dev.marquee.application.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.application.recommendation.evaluation.TunedSettings;
import dev.marquee.domain.port.out.fakes.InMemoryRecommendationModels;
import dev.marquee.domain.recommendation.ModelBuildReport;
import dev.marquee.domain.recommendation.ModelBuildTooLargeException;
import dev.marquee.domain.recommendation.RatingsShape;
import dev.marquee.domain.recommendation.RecordedRating;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecommendationModelBuilderTest {

    private static final long ENOUGH = 512L * 1024 * 1024;

    private final InMemoryRecommendationModels models = new InMemoryRecommendationModels();

    @Test
    void buildsAndPublishesAModelFromTheStoredRatings() {
        rateThreeMoviesByTwoUsers();

        Optional<ModelBuildReport> report = builder(ENOUGH).build();

        assertThat(report).isPresent();
        assertThat(report.get().ratings()).isEqualTo(5);
        assertThat(report.get().users()).isEqualTo(2);
        assertThat(models.activeVersion()).contains(report.get().version());
    }

    @Test
    void aBuildThatWouldNotFitTheHeapBudgetIsRefusedBeforeItChangesAnything() {
        rateThreeMoviesByTwoUsers();
        long needed =
                ModelBuildFootprint.estimateBytes(
                        models.ratingsShape(),
                        models.movieCount(),
                        TunedSettings.CONTENT.neighbours());
        assertThat(needed)
                .isEqualTo(
                        ModelBuildFootprint.estimateBytes(models.ratingsShape())
                                + models.movieCount() * (1_000 + 100 * 50));

        assertThatThrownBy(() -> builder(needed - 1).build())
                .isInstanceOfSatisfying(
                        ModelBuildTooLargeException.class,
                        refused -> {
                            assertThat(refused.neededBytes()).isEqualTo(needed);
                            assertThat(refused.availableBytes()).isEqualTo(needed - 1);
                            assertThat(refused.shape()).isEqualTo(new RatingsShape(5, 2, 3));
                        });
        assertThat(models.activeVersion()).isEmpty();
        assertThat(builder(needed).build()).isPresent();
    }

    @Test
    void theFootprintGrowsWithTheSquareOfTheRaters() {
        long small = ModelBuildFootprint.estimateBytes(new RatingsShape(100_836, 610, 9_724));
        long scale =
                ModelBuildFootprint.estimateBytes(new RatingsShape(9_600_000, 100_000, 1_000_000));

        assertThat(small / (1024 * 1024)).isBetween(96L, 112L);
        long withContent =
                ModelBuildFootprint.estimateBytes(
                        new RatingsShape(100_836, 610, 9_724), 11_009, 50);
        assertThat((withContent - small) / (1024 * 1024)).isBetween(60L, 66L);
        assertThat(scale).isGreaterThan(200L * 1024 * 1024 * 1024);
    }

    private RecommendationModelBuilder builder(long heapBudget) {
        return new RecommendationModelBuilder(models, () -> heapBudget, System::nanoTime);
    }

    private void rateThreeMoviesByTwoUsers() {
        for (long movie = 1; movie <= 3; movie++) {
            models.knowMovie(movie);
        }
        models.rate(new RecordedRating(1, 1, 4.5, 1_700_000_000L));
        models.rate(new RecordedRating(1, 2, 4.0, 1_700_000_100L));
        models.rate(new RecordedRating(1, 3, 2.0, 1_700_000_200L));
        models.rate(new RecordedRating(2, 1, 5.0, 1_700_000_300L));
        models.rate(new RecordedRating(2, 2, 3.5, 1_700_000_400L));
    }
}
