package dev.marquee.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void missingPartsTakeTheirDefaults() {
        Profile profile = new Profile(null, null, null, null);

        assertThat(profile).isEqualTo(Profile.EMPTY);
        assertThat(profile.notificationPreferences()).isEqualTo(NotificationPreferences.DEFAULTS);
    }

    @Test
    void aBirthDateIsBetween1900AndToday() {
        assertThat(new Profile(null, LocalDate.now(), Set.of(), null).birthDate())
                .isEqualTo(LocalDate.now());
        assertThat(new Profile(null, LocalDate.of(1900, 1, 1), Set.of(), null).birthDate())
                .hasYear(1900);
        assertInvalid(
                () ->
                        new Profile(null, LocalDate.now().plusDays(1), Set.of(), null)
                                .requireBornBy(LocalDate.now()),
                "birthDate");
        assertInvalid(
                () -> new Profile(null, LocalDate.of(1899, 12, 31), Set.of(), null), "birthDate");
    }

    @Test
    void atMostTwentyFavoriteGenresAndABioOfBoundedLength() {
        Set<GenreId> twenty = genres(Profile.MAX_FAVORITE_GENRES);
        assertThat(new Profile(null, null, twenty, null).favoriteGenreIds()).hasSize(20);
        assertInvalid(
                () -> new Profile(null, null, genres(Profile.MAX_FAVORITE_GENRES + 1), null),
                "favoriteGenreIds");
        assertInvalid(
                () -> new Profile("x".repeat(Profile.MAX_BIO_LENGTH + 1), null, Set.of(), null),
                "bio");
    }

    private static Set<GenreId> genres(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(GenreId::new).collect(Collectors.toSet());
    }

    private static void assertInvalid(Runnable build, String field) {
        assertThatThrownBy(build::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo(field));
    }
}
