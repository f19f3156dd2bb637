package dev.marquee.adapters.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.movie.MovieStatus;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.NotFoundException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RequestValuesTest {

    @Test
    void datesAreIsoDaysAndBlankMeansNone() {
        assertThat(RequestValues.date(" 1995-12-15 ", "releaseDate"))
                .isEqualTo(LocalDate.of(1995, 12, 15));
        assertThat(RequestValues.date("  ", "releaseDate")).isNull();
        assertThat(RequestValues.date(null, "releaseDate")).isNull();
        assertInvalid(() -> RequestValues.date("15.12.1995", "releaseDate"), "releaseDate");
        assertInvalid(() -> RequestValues.date("1995-02-30", "releaseDate"), "releaseDate");
    }

    @Test
    void enumValuesIgnoreCaseAndAnUnknownOneListsTheChoices() {
        assertThat(RequestValues.enumValue(" released ", MovieStatus.class, "status"))
                .isEqualTo(MovieStatus.RELEASED);
        assertThat(RequestValues.enumValue(null, MovieStatus.class, "status")).isNull();
        assertThatThrownBy(() -> RequestValues.enumValue("shelved", MovieStatus.class, "status"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> {
                            assertThat(e.violations().get(0).field()).isEqualTo("status");
                            assertThat(e.violations().get(0).message())
                                    .contains(MovieStatus.RELEASED.name());
                        });
    }

    @Test
    void idsArePositiveAndNamedByTheirField() {
        assertThat(RequestValues.id(7L, "directorId", PersonId::new)).isEqualTo(new PersonId(7));
        assertThat(RequestValues.id(null, "directorId", PersonId::new)).isNull();
        assertInvalid(() -> RequestValues.id(0L, "directorId", PersonId::new), "directorId");
        assertInvalid(() -> RequestValues.id(-3L, "actorId", PersonId::new), "actorId");
    }

    @Test
    void aPathIdThatCannotExistNamesNothing() {
        assertThat(PathIds.movie(12)).isEqualTo(new MovieId(12));
        assertThatThrownBy(() -> PathIds.movie(0))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("movie-not-found"));
        assertThatThrownBy(() -> PathIds.of(-1, "person", PersonId::new))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("person-not-found"));
    }

    private static void assertInvalid(Runnable parse, String field) {
        assertThatThrownBy(parse::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo(field));
    }
}
