package dev.marquee.application.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.application.recommendation.evaluation.TunedSettings;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.out.fakes.DirectTransactions;
import dev.marquee.domain.port.out.fakes.InMemoryMovieRepository;
import dev.marquee.domain.port.out.fakes.InMemoryRecommendationModels;
import dev.marquee.domain.port.out.fakes.InMemoryRecommendationQueries;
import dev.marquee.domain.recommendation.ContentFeature;
import dev.marquee.domain.recommendation.MovieContent;
import dev.marquee.domain.recommendation.ReasonType;
import dev.marquee.domain.recommendation.RecommendationFilter;
import dev.marquee.domain.recommendation.RecordedRating;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.RecommendationReason;
import dev.marquee.domain.view.RecommendedMovie;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The content side of a request, on four film noirs nobody but the caller rated: Out of the Past
 * and The Night of the Hunter share Robert Mitchum, Gilda and Laura the keyword "femme fatale", all
 * four the genre; with the content term on (the tuned settings leave it off, see
 * docs/recommendations.md), the reasons say what was shared.
 */
class RecommendationServiceContentTest {

    private static final long USER = 1;
    private static final long PAST = 11;
    private static final long HUNTER = 12;
    private static final long GILDA = 13;
    private static final long LAURA = 14;
    private static final ContentFeature NOIR = ContentFeature.genre(5, "Film-Noir");
    private static final ContentFeature MITCHUM = ContentFeature.cast(70, "Robert Mitchum");
    private static final ContentFeature FATALE = ContentFeature.keyword("femme fatale");

    private final InMemoryRecommendationModels models = new InMemoryRecommendationModels();
    private final InMemoryRecommendationQueries queries = new InMemoryRecommendationQueries();
    private final InMemoryMovieRepository movies = new InMemoryMovieRepository();

    @BeforeEach
    void fourNoirs() {
        queries.knowUser(USER);
        queries.knowGenre(5, "Film-Noir");
        movie(PAST, "Out of the Past", NOIR, MITCHUM);
        movie(HUNTER, "The Night of the Hunter", NOIR, MITCHUM);
        movie(GILDA, "Gilda", NOIR, FATALE);
        movie(LAURA, "Laura", NOIR, FATALE);
        for (long other = 21; other <= 25; other++) {
            movie(other, "Musical " + other, ContentFeature.keyword("song " + other));
        }
        queries.rate(new RecordedRating(USER, PAST, 4.5, 1_700_000_000L));
        new RecommendationModelBuilder(models, () -> Long.MAX_VALUE, System::nanoTime).build();
    }

    private void movie(long id, String title, ContentFeature... features) {
        models.knowMovie(id);
        models.describe(new MovieContent(id, List.of(features)));
        queries.knowMovie(id, title, 1947, Set.of(5L), 0);
        movies.knowMovie(id, title);
    }

    private List<RecommendedMovie> recommendations(ScoringSettings settings) {
        return new RecommendationService(
                        models, queries, movies, new DirectTransactions(), settings)
                .recommendationsFor(
                        new UserId(USER), RecommendationFilter.NONE, PageRequest.first(20))
                .items();
    }

    private static RecommendationReason topReason(List<RecommendedMovie> items, long movie) {
        return items.stream()
                .filter(item -> item.movie().id() == movie)
                .findFirst()
                .orElseThrow()
                .reasons()
                .get(0);
    }

    @Test
    void aSharedCastMemberIsTheReasonWithItsPersonIdAndOtherwiseTheSharedFeatures() {
        List<RecommendedMovie> items =
                recommendations(TunedSettings.SCORING.withContentWeight(0.01));

        assertThat(items.get(0).movie().id()).isEqualTo(HUNTER);
        assertThat(topReason(items, HUNTER))
                .isEqualTo(
                        new RecommendationReason(
                                ReasonType.SAME_CAST,
                                "With Robert Mitchum, as in Out of the Past",
                                PAST,
                                null,
                                70L));
        assertThat(topReason(items, GILDA))
                .isEqualTo(
                        new RecommendationReason(
                                ReasonType.SIMILAR_CONTENT,
                                "Like Out of the Past, which you rated 4.5: Film-Noir",
                                PAST,
                                null,
                                null));
        assertThat(items).noneMatch(item -> item.movie().id() == PAST);
    }

    @Test
    void withTheTunedSettingsTheContentTermIsOffAndNoReasonIsAContentOne() {
        List<RecommendedMovie> items = recommendations(TunedSettings.SCORING);

        assertThat(items)
                .flatExtracting(RecommendedMovie::reasons)
                .extracting(RecommendationReason::type)
                .doesNotContain(ReasonType.SAME_CAST, ReasonType.SIMILAR_CONTENT);
    }

    @Test
    void aMovieNobodyRatedIsSimilarToTheMoviesSharingItsRarestFeaturesFirst() {
        List<MovieSummary> similar =
                new RecommendationService(models, queries, movies, new DirectTransactions())
                        .similarTo(new MovieId(GILDA), PageRequest.first(20))
                        .items();

        assertThat(similar).extracting(MovieSummary::id).containsExactly(LAURA, PAST, HUNTER);
    }
}
