package dev.marquee.application.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.marquee.domain.recommendation.ContentFeature;
import dev.marquee.domain.recommendation.ContentNeighbour;
import dev.marquee.domain.recommendation.MovieContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The content model on five movies small enough to compute by hand: genre A is on four of them, the
 * keyword "heist" and actor 10 on two, genre B on one.
 */
class ContentModelTest {

    private static final ContentFeature A = ContentFeature.genre(1, "A");
    private static final ContentFeature B = ContentFeature.genre(2, "B");
    private static final ContentFeature HEIST = ContentFeature.keyword("heist");
    private static final ContentFeature PACINO = ContentFeature.cast(10, "Al Pacino");

    private static final List<MovieContent> MOVIES =
            List.of(
                    new MovieContent(5, List.of(B)),
                    new MovieContent(1, List.of(A, HEIST, PACINO)),
                    new MovieContent(2, List.of(A, ContentFeature.keyword("Heist"), A)),
                    new MovieContent(3, List.of(PACINO, A)),
                    new MovieContent(4, List.of(A)));

    private static final double IDF_A = Math.log(5.0 / 4);
    private static final double IDF_PAIR = Math.log(5.0 / 2);

    private static List<ContentNeighbour> of(List<ContentNeighbour> rows, long movie) {
        return rows.stream().filter(row -> row.movieId() == movie).toList();
    }

    @Test
    void weighsEachFeatureByItsIdfAndKeepsTheTopKByCosineTiesToTheLowerId() {
        List<ContentNeighbour> rows = ContentModel.build(MOVIES, new ContentSettings(2, 1, 3));

        double norm1 = Math.sqrt(IDF_A * IDF_A + 2 * IDF_PAIR * IDF_PAIR);
        double norm2 = Math.sqrt(IDF_A * IDF_A + IDF_PAIR * IDF_PAIR);
        double oneAndTwo = (IDF_A * IDF_A + IDF_PAIR * IDF_PAIR) / (norm1 * norm2);
        List<ContentNeighbour> ofOne = of(rows, 1);
        assertThat(ofOne).extracting(ContentNeighbour::neighbourId).containsExactly(2L, 3L);
        assertThat(ofOne.get(0).weight()).isCloseTo(oneAndTwo, within(1e-12));
        assertThat(ofOne.get(1).weight()).isCloseTo(oneAndTwo, within(1e-12));
        assertThat(ofOne.get(0).shared()).containsExactly(HEIST, A);
        assertThat(ofOne.get(1).shared()).containsExactly(PACINO, A);

        List<ContentNeighbour> ofFour = of(rows, 4);
        assertThat(ofFour).extracting(ContentNeighbour::neighbourId).containsExactly(2L, 3L);
        assertThat(ofFour.get(0).weight()).isCloseTo(IDF_A / norm2, within(1e-12));
        assertThat(IDF_A / norm1).isLessThan(ofFour.get(1).weight());

        assertThat(of(rows, 5)).isEmpty();
        assertThat(rows).noneMatch(row -> row.neighbourId() == 5);
        assertThat(rows.stream().map(ContentNeighbour::movieId).distinct())
                .containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void leavesOutFeaturesHeldByMoreThanTheShareAndTheirMoviesIfNothingElseIsShared() {
        List<ContentNeighbour> rows = ContentModel.build(MOVIES, new ContentSettings(50, 0.5, 3));

        List<ContentNeighbour> ofOne = of(rows, 1);
        assertThat(ofOne).extracting(ContentNeighbour::neighbourId).containsExactly(2L, 3L);
        assertThat(ofOne.get(0).weight()).isCloseTo(1 / Math.sqrt(2), within(1e-12));
        assertThat(ofOne.get(0).shared()).containsExactly(HEIST);
        assertThat(of(rows, 4)).isEmpty();
        assertThat(of(rows, 2)).extracting(ContentNeighbour::neighbourId).containsExactly(1L);
        assertThat(of(rows, 2).get(0).weight()).isCloseTo(1 / Math.sqrt(2), within(1e-12));
    }

    @Test
    void theSameInputInAnotherOrderGivesTheSameRows() {
        List<MovieContent> reversed = new java.util.ArrayList<>(MOVIES);
        java.util.Collections.reverse(reversed);
        ContentSettings settings = new ContentSettings(3, 1, 2);

        assertThat(ContentModel.build(reversed, settings))
                .isEqualTo(ContentModel.build(MOVIES, settings));
    }
}
