package dev.marquee.adapters.persistence.genre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.adapters.persistence.PersistenceTest;
import dev.marquee.domain.genre.Genre;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.genre.GenreName;
import dev.marquee.domain.port.out.GenreRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class GenrePersistenceAdapterTest extends PersistenceTest {

    @Inject GenreRepository genres;

    @Test
    void addsAndFindsGenre() {
        Genre added = genres.add(new GenreName("Noir " + unique()));

        assertThat(genres.findById(added.id()))
                .hasValueSatisfying(found -> assertThat(found.name()).isEqualTo(added.name()));
    }

    @Test
    void rejectsDuplicateNameRegardlessOfCase() {
        String name = "Western " + unique();
        genres.add(new GenreName(name));

        assertThatThrownBy(() -> genres.add(new GenreName(name.toUpperCase())))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("duplicate-genre-name"));
    }

    @Test
    void renameToTakenNameIsAConflict() {
        String suffix = unique();
        genres.add(new GenreName("Taken " + suffix));
        Genre other = genres.add(new GenreName("Other " + suffix));

        other.rename(new GenreName("taken " + suffix));

        assertThatThrownBy(() -> genres.save(other)).isInstanceOf(ConflictException.class);
        assertThat(genres.findById(other.id()).orElseThrow().name().value())
                .isEqualTo("Other " + suffix);
    }

    @Test
    void savesRename() {
        Genre genre = genres.add(new GenreName("Sci " + unique()));
        GenreName renamed = new GenreName("Science fiction " + unique());

        genre.rename(renamed);
        genres.save(genre);

        assertThat(genres.findById(genre.id()).orElseThrow().name()).isEqualTo(renamed);
    }

    @Test
    void pagesAndSortsByNameIgnoringCase() {
        String suffix = unique();
        genres.add(new GenreName("zz-b " + suffix));
        genres.add(new GenreName("ZZ-A " + suffix));
        genres.add(new GenreName("zz-c " + suffix));

        Page<Genre> all =
                genres.findAll(new PageRequest(1, 100, List.of(SortOrder.descending("name"))));
        List<String> ours =
                all.items().stream()
                        .map(g -> g.name().value())
                        .filter(n -> n.endsWith(suffix))
                        .toList();

        assertThat(ours).containsExactly("zz-c " + suffix, "zz-b " + suffix, "ZZ-A " + suffix);
        Page<Genre> second =
                genres.findAll(new PageRequest(2, 1, List.of(SortOrder.ascending("id"))));
        assertThat(second.items()).hasSize(1);
        assertThat(second.totalItems()).isEqualTo(all.totalItems());
    }

    @Test
    void deletesUnusedGenreAndReportsUnknownOnes() {
        Genre genre = genres.add(new GenreName("Short-lived " + unique()));

        assertThat(genres.delete(genre.id())).isTrue();
        assertThat(genres.findById(genre.id())).isEmpty();
        assertThat(genres.delete(genre.id())).isFalse();
    }

    @Test
    void refusesToDeleteGenreStillOnAMovie() throws Exception {
        Genre genre = genres.add(new GenreName("Assigned " + unique()));
        tagNewMovieWith(genre.id());

        assertThatThrownBy(() -> genres.delete(genre.id()))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("genre-in-use"));
        assertThat(genres.findById(genre.id())).isPresent();
    }

    private void tagNewMovieWith(GenreId genre) throws Exception {
        long movieId = sql("insert into movies (title) values ('Tagged') returning id");
        sql("insert into movie_genres (movie_id, genre_id) values (?, ?)", movieId, genre.value());
    }
}
