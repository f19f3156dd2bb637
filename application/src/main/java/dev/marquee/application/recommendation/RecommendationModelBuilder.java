package dev.marquee.application.recommendation;

import dev.marquee.application.recommendation.evaluation.TunedSettings;
import dev.marquee.domain.port.in.BuildRecommendationModelUseCase;
import dev.marquee.domain.port.out.RecommendationModels;
import dev.marquee.domain.recommendation.BuiltModel;
import dev.marquee.domain.recommendation.ContentNeighbour;
import dev.marquee.domain.recommendation.ModelBuildReport;
import dev.marquee.domain.recommendation.ModelBuildTooLargeException;
import dev.marquee.domain.recommendation.MovieNeighbour;
import dev.marquee.domain.recommendation.MoviePopularity;
import dev.marquee.domain.recommendation.NeighbourKind;
import dev.marquee.domain.recommendation.NeighbourList;
import dev.marquee.domain.recommendation.RatingsShape;
import dev.marquee.domain.recommendation.RecordedRating;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Builds the model from every stored rating with the settings the offline evaluation chose, off the
 * request path, and publishes it as the new active version; under the build lock, so with several
 * instances one builds at a time.
 */
public final class RecommendationModelBuilder implements BuildRecommendationModelUseCase {

    private static final ItemNeighbours NONE = new ItemNeighbours(new int[0][], new double[0][]);

    private final RecommendationModels models;
    private final ModelSettings settings;
    private final ContentSettings contentSettings;
    private final LongSupplier heapBudgetBytes;
    private final LongSupplier nanoTime;

    /**
     * {@code heapBudgetBytes}: how much of this process's heap a build may take; a build estimated
     * to need more is refused before it reads anything ({@link ModelBuildTooLargeException}).
     */
    public RecommendationModelBuilder(
            RecommendationModels models, LongSupplier heapBudgetBytes, LongSupplier nanoTime) {
        this(models, TunedSettings.MODEL, TunedSettings.CONTENT, heapBudgetBytes, nanoTime);
    }

    RecommendationModelBuilder(
            RecommendationModels models,
            ModelSettings settings,
            ContentSettings contentSettings,
            LongSupplier heapBudgetBytes,
            LongSupplier nanoTime) {
        this.models = models;
        this.settings = settings;
        this.contentSettings = contentSettings;
        this.heapBudgetBytes = heapBudgetBytes;
        this.nanoTime = nanoTime;
    }

    @Override
    public Optional<ModelBuildReport> build() {
        RatingsShape shape = models.ratingsShape();
        long needed =
                ModelBuildFootprint.estimateBytes(
                        shape, models.movieCount(), contentSettings.neighbours());
        long budget = heapBudgetBytes.getAsLong();
        if (needed > budget) {
            throw new ModelBuildTooLargeException(shape, needed, budget);
        }
        return models.exclusively(this::buildNow);
    }

    private ModelBuildReport buildNow() {
        long started = nanoTime.getAsLong();
        Collaborative collaborative = collaborative();
        NeighbourTable table = collaborative.table();
        List<ContentNeighbour> content =
                ContentModel.build(models.allMovieContent(), contentSettings, table::popularity);
        BuiltModel model = stored(table, content);
        long version = models.publish(model);
        return new ModelBuildReport(
                version,
                collaborative.ratings(),
                collaborative.users(),
                collaborative.movies(),
                model.neighbours().size() + model.content().size(),
                (nanoTime.getAsLong() - started) / 1e9);
    }

    private record Collaborative(NeighbourTable table, int ratings, int users, int movies) {}

    /**
     * The collaborative table from every rating; the ratings and the model's matrices are garbage
     * once it returns, before the content model is built.
     */
    private Collaborative collaborative() {
        List<RatingEvent> events =
                models.allRatings().stream().map(RecommendationModelBuilder::event).toList();
        Catalogue catalogue =
                Catalogue.of(events.stream().mapToLong(RatingEvent::movieId).toArray());
        Interactions interactions = Interactions.of(catalogue, events);
        NeighbourTable table =
                catalogue.size() == 0
                        ? NeighbourTable.of(catalogue, NONE, NONE, new int[0])
                        : NeighbourModelBuild.run(interactions, settings);
        return new Collaborative(
                table, interactions.ratingCount(), interactions.userCount(), catalogue.size());
    }

    private static RatingEvent event(RecordedRating rating) {
        return new RatingEvent(
                rating.userId(), rating.movieId(), rating.stars(), rating.ratedAtEpochSecond());
    }

    private BuiltModel stored(NeighbourTable table, List<ContentNeighbour> content) {
        List<Long> movies = table.mostPopular(Integer.MAX_VALUE);
        List<MovieNeighbour> rows = new ArrayList<>();
        List<MoviePopularity> popularity = new ArrayList<>(movies.size());
        for (long movie : movies) {
            double moviePopularity = table.popularity(movie);
            popularity.add(new MoviePopularity(movie, moviePopularity));
            rows(NeighbourKind.SIMILAR, movie, table.similarTo(movie), rows);
            rows(NeighbourKind.RATED_AFTER, movie, table.ratedAfter(movie), rows);
        }
        return new BuiltModel(settings + "; " + contentSettings, rows, popularity, content);
    }

    private static void rows(
            NeighbourKind kind, long movie, NeighbourList neighbours, List<MovieNeighbour> rows) {
        for (int i = 0; i < neighbours.size(); i++) {
            rows.add(new MovieNeighbour(kind, movie, neighbours.movieId(i), neighbours.weight(i)));
        }
    }
}
