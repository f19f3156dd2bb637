package dev.marquee.application.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.application.fakes.InMemoryLibraryRepository;
import dev.marquee.application.fakes.InMemoryMovieRepository;
import dev.marquee.domain.library.ListKind;
import dev.marquee.domain.library.Saved;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.LibraryEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryServiceTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final UserId ALICE = new UserId(1);
    private static final UserId BOB = new UserId(2);
    private static final MovieId UNKNOWN = new MovieId(999);

    private final InMemoryMovieRepository movies = new InMemoryMovieRepository();
    private final InMemoryLibraryRepository library = new InMemoryLibraryRepository(movies);
    private final MovieId alien = movies.knowMovie(10, "Alien");
    private final MovieId heat = movies.knowMovie(11, "Heat");
    private final MovieId jaws = movies.knowMovie(12, "Jaws");
    private final LibraryService service = serviceAt(NOW);

    private LibraryService serviceAt(Instant instant) {
        return new LibraryService(library, Clock.fixed(instant, ZoneOffset.UTC));
    }

    private static List<String> titles(Page<LibraryEntry> page) {
        return page.items().stream().map(entry -> entry.movie().title()).toList();
    }

    @Test
    void addingAMovieCreatesAnEntryAddedNow() {
        Saved<LibraryEntry> saved = service.add(ALICE, ListKind.FAVORITES, alien);

        assertThat(saved.created()).isTrue();
        assertThat(saved.value().movie().id()).isEqualTo(alien.value());
        assertThat(saved.value().movie().title()).isEqualTo("Alien");
        assertThat(saved.value().addedAt()).isEqualTo(NOW);
    }

    @Test
    void addingTheSameMovieTwiceIsNotCreatedAgainAndKeepsOneEntryWithTheFirstTime() {
        service.add(ALICE, ListKind.FAVORITES, alien);

        Saved<LibraryEntry> again =
                serviceAt(NOW.plus(Duration.ofHours(1))).add(ALICE, ListKind.FAVORITES, alien);

        assertThat(again.created()).isFalse();
        assertThat(again.value().addedAt()).isEqualTo(NOW);
        Page<LibraryEntry> favorites =
                service.list(ALICE, ListKind.FAVORITES, PageRequest.first(20));
        assertThat(titles(favorites)).containsExactly("Alien");
        assertThat(favorites.totalItems()).isEqualTo(1);
    }

    @Test
    void favoritesAndWatchlistAreIndependent() {
        service.add(ALICE, ListKind.FAVORITES, alien);
        service.add(ALICE, ListKind.WATCHLIST, heat);

        Saved<LibraryEntry> alienOnWatchlist = service.add(ALICE, ListKind.WATCHLIST, alien);
        service.remove(ALICE, ListKind.FAVORITES, alien);

        assertThat(alienOnWatchlist.created()).isTrue();
        assertThat(titles(service.list(ALICE, ListKind.FAVORITES, PageRequest.first(20))))
                .isEmpty();
        assertThat(titles(service.list(ALICE, ListKind.WATCHLIST, PageRequest.first(20))))
                .containsExactlyInAnyOrder("Alien", "Heat");
    }

    @Test
    void removeTakesTheMovieOffTheList() {
        service.add(ALICE, ListKind.WATCHLIST, alien);

        service.remove(ALICE, ListKind.WATCHLIST, alien);

        assertThat(library.find(ALICE, ListKind.WATCHLIST, alien)).isEmpty();
    }

    @Test
    void removingAMovieThatIsNotOnTheListIsNotAnError() {
        assertThatCode(() -> service.remove(ALICE, ListKind.FAVORITES, alien))
                .doesNotThrowAnyException();
        assertThatCode(() -> service.remove(ALICE, ListKind.FAVORITES, UNKNOWN))
                .doesNotThrowAnyException();
    }

    @Test
    void getReturnsTheEntry() {
        service.add(ALICE, ListKind.WATCHLIST, jaws);

        LibraryEntry entry = service.get(ALICE, ListKind.WATCHLIST, jaws);

        assertThat(entry.movie().title()).isEqualTo("Jaws");
        assertThat(entry.addedAt()).isEqualTo(NOW);
    }

    @Test
    void getOfAMissingFavoriteIsNotFound() {
        service.add(ALICE, ListKind.WATCHLIST, alien);

        assertThatThrownBy(() -> service.get(ALICE, ListKind.FAVORITES, alien))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("favorite-not-found"));
    }

    @Test
    void getOfAMissingWatchlistEntryIsNotFound() {
        service.add(ALICE, ListKind.FAVORITES, alien);

        assertThatThrownBy(() -> service.get(ALICE, ListKind.WATCHLIST, alien))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("watchlist-entry-not-found"));
    }

    @Test
    void addingAnUnknownMovieIsNotFoundAndAddsNothing() {
        assertThatThrownBy(() -> service.add(ALICE, ListKind.FAVORITES, UNKNOWN))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("movie-not-found"));
        assertThat(service.list(ALICE, ListKind.FAVORITES, PageRequest.first(20)).totalItems())
                .isZero();
    }

    @Test
    void listIsNewestFirst() {
        serviceAt(NOW).add(ALICE, ListKind.WATCHLIST, heat);
        serviceAt(NOW.plusSeconds(2)).add(ALICE, ListKind.WATCHLIST, alien);
        serviceAt(NOW.plusSeconds(1)).add(ALICE, ListKind.WATCHLIST, jaws);

        Page<LibraryEntry> page = service.list(ALICE, ListKind.WATCHLIST, PageRequest.first(20));

        assertThat(titles(page)).containsExactly("Alien", "Jaws", "Heat");
        assertThat(page.items())
                .extracting(LibraryEntry::addedAt)
                .containsExactly(NOW.plusSeconds(2), NOW.plusSeconds(1), NOW);
    }

    @Test
    void listReturnsTheRequestedPageAndTheTotal() {
        serviceAt(NOW).add(ALICE, ListKind.FAVORITES, heat);
        serviceAt(NOW.plusSeconds(1)).add(ALICE, ListKind.FAVORITES, alien);
        serviceAt(NOW.plusSeconds(2)).add(ALICE, ListKind.FAVORITES, jaws);

        Page<LibraryEntry> second =
                service.list(ALICE, ListKind.FAVORITES, new PageRequest(2, 2, List.of()));

        assertThat(titles(second)).containsExactly("Heat");
        assertThat(second.totalItems()).isEqualTo(3);
    }

    @Test
    void listRejectsAnySortField() {
        service.add(ALICE, ListKind.FAVORITES, alien);
        PageRequest byAddedAt = new PageRequest(1, 20, List.of(SortOrder.descending("addedAt")));

        assertThatThrownBy(() -> service.list(ALICE, ListKind.FAVORITES, byAddedAt))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("sort"));
    }

    @Test
    void oneUsersListNeverShowsAnotherUsersEntries() {
        service.add(ALICE, ListKind.FAVORITES, alien);
        service.add(BOB, ListKind.FAVORITES, heat);

        assertThat(titles(service.list(ALICE, ListKind.FAVORITES, PageRequest.first(20))))
                .containsExactly("Alien");
        assertThat(titles(service.list(BOB, ListKind.FAVORITES, PageRequest.first(20))))
                .containsExactly("Heat");
        assertThatThrownBy(() -> service.get(BOB, ListKind.FAVORITES, alien))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void removingOneUsersEntryLeavesAnotherUsersEntryOfTheSameMovie() {
        service.add(ALICE, ListKind.WATCHLIST, alien);
        service.add(BOB, ListKind.WATCHLIST, alien);

        service.remove(ALICE, ListKind.WATCHLIST, alien);

        assertThat(service.get(BOB, ListKind.WATCHLIST, alien).movie().title()).isEqualTo("Alien");
    }
}
