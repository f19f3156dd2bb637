package dev.marquee.adapters.web.movie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.movie.MovieFilter;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MovieListFilterTest {

    @Test
    void carriesEveryParameterIntoTheDomainFilter() {
        MovieFilter filter =
                new MovieListFilter(List.of("Crime", "3"), "FR", 1990, 2000, 4L, 5L, "heat")
                        .toFilter();

        assertThat(filter)
                .isEqualTo(
                        new MovieFilter(
                                List.of("Crime", "3"),
                                "FR",
                                1990,
                                2000,
                                new PersonId(4),
                                new PersonId(5),
                                "heat"));
        assertThat(new MovieListFilter(null, null, null, null, null, null, null).toFilter())
                .isEqualTo(new MovieFilter(List.of(), null, null, null, null, null, null));
    }

    @Test
    void aPersonIdThatCannotExistIsInvalidInputNamingTheParameter() {
        assertThatThrownBy(
                        () ->
                                new MovieListFilter(null, null, null, null, 0L, null, null)
                                        .toFilter())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("directorId"));
        assertThatThrownBy(
                        () ->
                                new MovieListFilter(null, null, 2001, 1999, null, null, null)
                                        .toFilter())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("yearFrom"));
    }
}
