package dev.marquee.application.genre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.genre.Genre;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.genre.GenreName;
import dev.marquee.domain.port.out.fakes.InMemoryGenreRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenreServiceTest {

    private static final GenreId UNKNOWN = new GenreId(999);

    private final InMemoryGenreRepository repository = new InMemoryGenreRepository();
    private final GenreService service = new GenreService(repository);

    private static GenreName name(String value) {
        return new GenreName(value);
    }

    private static List<String> names(Page<Genre> page) {
        return page.items().stream().map(genre -> genre.name().value()).toList();
    }

    @Test
    void listSortsByNameWhenNoSortIsGiven() {
        service.create(name("Western"));
        service.create(name("animation"));
        service.create(name("Drama"));

        Page<Genre> page = service.list(PageRequest.first(20));

        assertThat(names(page)).containsExactly("animation", "Drama", "Western");
        assertThat(repository.findAllRequests())
                .singleElement()
                .satisfies(
                        request ->
                                assertThat(request.sort())
                                        .containsExactly(SortOrder.ascending("name")));
    }

    @Test
    void listKeepsTheRequestedSort() {
        service.create(name("Western"));
        service.create(name("Drama"));

        Page<Genre> page =
                service.list(new PageRequest(1, 20, List.of(SortOrder.descending("id"))));

        assertThat(names(page)).containsExactly("Drama", "Western");
        assertThat(repository.findAllRequests())
                .singleElement()
                .satisfies(
                        request ->
                                assertThat(request.sort())
                                        .containsExactly(SortOrder.descending("id")));
    }

    @Test
    void listRejectsUnknownSortFieldBeforeTouchingTheRepository() {
        PageRequest request = new PageRequest(1, 20, List.of(SortOrder.ascending("popularity")));

        assertThatThrownBy(() -> service.list(request))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("sort"));
        assertThat(repository.findAllRequests()).isEmpty();
    }

    @Test
    void listReturnsTheRequestedPageAndTheTotal() {
        service.create(name("Action"));
        service.create(name("Comedy"));
        service.create(name("Drama"));

        Page<Genre> second = service.list(new PageRequest(2, 2, List.of()));

        assertThat(names(second)).containsExactly("Drama");
        assertThat(second.totalItems()).isEqualTo(3);
        assertThat(second.totalPages()).isEqualTo(2);
    }

    @Test
    void getReturnsAStoredGenre() {
        Genre created = service.create(name("Horror"));

        assertThat(service.get(created.id()).name()).isEqualTo(name("Horror"));
    }

    @Test
    void getOfUnknownIdIsNotFound() {
        assertThatThrownBy(() -> service.get(UNKNOWN))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("genre-not-found"));
    }

    @Test
    void createOfADuplicateNameIsAConflictRegardlessOfCase() {
        service.create(name("Drama"));

        assertThatThrownBy(() -> service.create(name("DRAMA")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void renamePersistsTheNewName() {
        Genre created = service.create(name("Sci Fi"));

        service.rename(created.id(), name("Science Fiction"));

        assertThat(repository.findById(created.id()))
                .get()
                .extracting(Genre::name)
                .isEqualTo(name("Science Fiction"));
    }

    @Test
    void renameReturnsTheRenamedGenre() {
        Genre created = service.create(name("Sci Fi"));

        Genre renamed = service.rename(created.id(), name("Science Fiction"));

        assertThat(renamed.id()).isEqualTo(created.id());
        assertThat(renamed.name()).isEqualTo(name("Science Fiction"));
    }

    @Test
    void renameOfUnknownIdIsNotFound() {
        assertThatThrownBy(() -> service.rename(UNKNOWN, name("Anything")))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("genre-not-found"));
    }

    @Test
    void renameToTheNameOfAnotherGenreIsAConflict() {
        service.create(name("Drama"));
        Genre comedy = service.create(name("Comedy"));

        assertThatThrownBy(() -> service.rename(comedy.id(), name("drama")))
                .isInstanceOf(ConflictException.class);
        assertThat(service.get(comedy.id()).name()).isEqualTo(name("Comedy"));
    }

    @Test
    void deleteRemovesTheGenre() {
        Genre created = service.create(name("Musical"));

        service.delete(created.id());

        assertThat(repository.findById(created.id())).isEmpty();
    }

    @Test
    void deleteOfUnknownIdIsNotFound() {
        assertThatThrownBy(() -> service.delete(UNKNOWN))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("genre-not-found"));
    }
}
