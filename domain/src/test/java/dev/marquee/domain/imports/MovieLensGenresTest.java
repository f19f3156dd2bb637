package dev.marquee.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.genre.GenreName;
import org.junit.jupiter.api.Test;

class MovieLensGenresTest {

    @Test
    void mapsMovieLensLabelsOntoTheCatalogueGenres() {
        assertThat(
                        MovieLensGenres.of("Adventure|Children|Sci-Fi|Musical|Film-Noir|Drama")
                                .stream()
                                .map(GenreName::value))
                .containsExactly(
                        "Adventure", "Family", "Science Fiction", "Music", "Crime", "Drama");
    }

    @Test
    void dropsLabelsThatAreNotGenres() {
        assertThat(MovieLensGenres.of("(no genres listed)")).isEmpty();
        assertThat(MovieLensGenres.of("IMAX|Action").stream().map(GenreName::value))
                .containsExactly("Action");
    }

    @Test
    void listsEachGenreOnceEvenWhenTwoLabelsMapOntoIt() {
        assertThat(MovieLensGenres.of("Crime|Film-Noir").stream().map(GenreName::value))
                .containsExactly("Crime");
    }
}
