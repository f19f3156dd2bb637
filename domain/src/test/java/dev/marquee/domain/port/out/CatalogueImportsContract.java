package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.imports.ImportCounts;
import dev.marquee.domain.imports.TmdbMovie;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What every CatalogueImports must do, run against the recording fake and PostgreSQL: each batch is
 * an upsert on the source's key that says what it did, so applying it again changes nothing; two
 * imports never interleave.
 */
public abstract class CatalogueImportsContract extends ContractSupport {

    protected abstract CatalogueImports imports();

    @Test
    void aTmdbBatchAppliedAgainChangesNothingAndAChangedMovieIsUpdated() {
        int first = freeTmdbId();
        int second = first + 1;
        List<TmdbMovie> batch = List.of(tmdb(first, "Heat"), tmdb(second, "Thief"));

        assertThat(imports().upsertTmdbMovies(batch).counts("movies"))
                .isEqualTo(ImportCounts.of(2, 0, 0));
        assertThat(imports().upsertTmdbMovies(batch).counts("movies"))
                .isEqualTo(ImportCounts.of(0, 0, 2));
        assertThat(
                        imports()
                                .upsertTmdbMovies(
                                        List.of(tmdb(first, "Heat (1995)"), tmdb(second, "Thief")))
                                .counts("movies"))
                .isEqualTo(ImportCounts.of(0, 1, 1));
    }

    @Test
    void movieLensUsersAreCreatedOnce() {
        int user = ThreadLocalRandom.current().nextInt(100_000_000, 2_000_000_000);

        assertThat(imports().upsertMovieLensUsers(List.of(user)).counts("users").created())
                .isEqualTo(1);
        assertThat(imports().upsertMovieLensUsers(List.of(user)).counts("users").created())
                .isZero();
    }

    @Test
    void anImportHoldsTheLockAndASecondFailsAtOnce() {
        String result =
                imports()
                        .exclusively(
                                () -> {
                                    assertThatThrownBy(() -> imports().exclusively(() -> "second"))
                                            .isInstanceOf(IllegalStateException.class);
                                    return "first";
                                });

        assertThat(result).isEqualTo("first");
        assertThat(imports().exclusively(() -> "again")).isEqualTo("again");
    }

    protected static int freeTmdbId() {
        return ThreadLocalRandom.current().nextInt(100_000_000, 2_000_000_000);
    }

    private static TmdbMovie tmdb(int id, String title) {
        return new TmdbMovie(
                id,
                title,
                null,
                "An overview",
                null,
                null,
                null,
                120,
                LocalDate.of(1995, 12, 15),
                null,
                "en",
                12.5,
                null,
                0,
                List.of(),
                List.of(),
                List.of());
    }
}
