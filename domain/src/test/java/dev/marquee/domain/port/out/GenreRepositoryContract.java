package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.genre.Genre;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.genre.GenreName;
import dev.marquee.domain.port.in.ManageGenresUseCase;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every GenreRepository must do, run against the in-memory fake and PostgreSQL. */
public abstract class GenreRepositoryContract extends ContractSupport {

    protected abstract GenreRepository genres();

    /** Puts the genre on some movie, as the catalogue does. */
    protected abstract void putOnAMovie(GenreId genre);

    @Test
    void addsAGenreAndFindsItById() {
        Genre added = genres().add(new GenreName("Noir " + unique()));

        assertThat(genres().findById(added.id()))
                .hasValueSatisfying(found -> assertThat(found.name()).isEqualTo(added.name()));
        assertThat(genres().findById(new GenreId(UNKNOWN_ID))).isEmpty();
    }

    @Test
    void aNameTakenInAnotherCaseIsADuplicateGenreNameConflict() {
        String name = "Western " + unique();
        genres().add(new GenreName(name));

        assertThatThrownBy(() -> genres().add(new GenreName(name.toUpperCase())))
                .satisfies(conflict("duplicate-genre-name"));
    }

    @Test
    void savesARenameAndRefusesATakenNameChangingNothing() {
        String suffix = unique();
        genres().add(new GenreName("Taken " + suffix));
        Genre other = genres().add(new GenreName("Other " + suffix));

        other.rename(new GenreName("TAKEN " + suffix));
        assertThatThrownBy(() -> genres().save(other)).satisfies(conflict("duplicate-genre-name"));
        assertThat(genres().findById(other.id()).orElseThrow().name().value())
                .isEqualTo("Other " + suffix);

        other.rename(new GenreName("Renamed " + suffix));
        genres().save(other);
        assertThat(genres().findById(other.id()).orElseThrow().name().value())
                .isEqualTo("Renamed " + suffix);
    }

    @Test
    void sortsByNameIgnoringCaseAndPagesWithoutOverlap() {
        String suffix = unique();
        genres().add(new GenreName("zz-b " + suffix));
        genres().add(new GenreName("ZZ-A " + suffix));
        genres().add(new GenreName("zz-c " + suffix));

        List<String> ours =
                genres()
                        .findAll(new PageRequest(1, 100, List.of(SortOrder.descending("name"))))
                        .items()
                        .stream()
                        .map(g -> g.name().value())
                        .filter(n -> n.endsWith(suffix))
                        .toList();

        assertThat(ours).containsExactly("zz-c " + suffix, "zz-b " + suffix, "ZZ-A " + suffix);
        var first = genres().findAll(new PageRequest(1, 2, List.of()));
        var second = genres().findAll(new PageRequest(2, 2, List.of()));
        assertThat(first.totalItems()).isGreaterThanOrEqualTo(3).isEqualTo(second.totalItems());
        assertThat(first.items().stream().map(item -> item.id()).toList())
                .doesNotContainAnyElementsOf(
                        second.items().stream().map(item -> item.id()).toList());
    }

    @Test
    void acceptsEverySortFieldTheUseCasePublishes() {
        for (String field : ManageGenresUseCase.SORTABLE.fields()) {
            assertThat(
                            genres().findAll(
                                            new PageRequest(
                                                    1, 5, List.of(SortOrder.descending(field)))))
                    .as(field)
                    .isNotNull();
        }
    }

    @Test
    void deleteRemovesTheGenreAndIsFalseWhenThereIsNone() {
        Genre genre = genres().add(new GenreName("Short-lived " + unique()));

        assertThat(genres().delete(genre.id())).isTrue();
        assertThat(genres().findById(genre.id())).isEmpty();
        assertThat(genres().delete(genre.id())).isFalse();
    }

    @Test
    void aGenreStillOnAMovieCannotBeDeleted() {
        Genre genre = genres().add(new GenreName("Assigned " + unique()));
        putOnAMovie(genre.id());

        assertThatThrownBy(() -> genres().delete(genre.id())).satisfies(conflict("genre-in-use"));
        assertThat(genres().findById(genre.id())).isPresent();
    }
}
