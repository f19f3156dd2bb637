package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.library.ListKind;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.LibraryEntry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every LibraryRepository must do, run against the in-memory fake and PostgreSQL: adds are
 * idempotent, and lists are newest first, ending on the movie id.
 */
public abstract class LibraryRepositoryContract extends ContractSupport {

    protected static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract LibraryRepository library();

    protected abstract UserId existingUser();

    protected abstract MovieId existingMovie(String title);

    @Test
    void addsAMovieOnceAndKeepsTheFirstAddTime() {
        UserId user = existingUser();
        MovieId movie = existingMovie("Heat");

        assertThat(library().add(user, ListKind.FAVORITES, movie, NOW)).isTrue();
        assertThat(library().add(user, ListKind.FAVORITES, movie, NOW.plusSeconds(9))).isFalse();

        assertThat(library().find(user, ListKind.FAVORITES, movie))
                .hasValueSatisfying(
                        entry -> {
                            assertThat(entry.movie().id()).isEqualTo(movie.value());
                            assertThat(entry.movie().title()).isEqualTo("Heat");
                            assertThat(entry.addedAt()).isEqualTo(NOW);
                        });
        assertThat(library().list(user, ListKind.FAVORITES, PageRequest.first(10)).totalItems())
                .isEqualTo(1);
    }

    @Test
    void favoritesAndWatchlistAreSeparateLists() {
        UserId user = existingUser();
        MovieId movie = existingMovie("Thief");

        library().add(user, ListKind.WATCHLIST, movie, NOW);

        assertThat(library().find(user, ListKind.WATCHLIST, movie)).isPresent();
        assertThat(library().find(user, ListKind.FAVORITES, movie)).isEmpty();
        assertThat(library().find(existingUser(), ListKind.WATCHLIST, movie)).isEmpty();
    }

    @Test
    void addingAnUnknownMovieIsMovieNotFound() {
        assertThatThrownBy(
                        () ->
                                library()
                                        .add(
                                                existingUser(),
                                                ListKind.WATCHLIST,
                                                new MovieId(UNKNOWN_ID),
                                                NOW))
                .satisfies(notFound("movie-not-found"));
    }

    @Test
    void removeTakesTheMovieOutAndRemovingOneThatIsNotThereIsNoError() {
        UserId user = existingUser();
        MovieId movie = existingMovie("Collateral");
        library().add(user, ListKind.FAVORITES, movie, NOW);

        library().remove(user, ListKind.FAVORITES, movie);
        library().remove(user, ListKind.FAVORITES, movie);

        assertThat(library().find(user, ListKind.FAVORITES, movie)).isEmpty();
        assertThat(library().add(user, ListKind.FAVORITES, movie, NOW)).isTrue();
    }

    @Test
    void listsNewestFirstThenByMovieIdAndPagesWithoutOverlap() {
        UserId user = existingUser();
        MovieId oldest = existingMovie("Manhunter");
        MovieId tiedFirst = existingMovie("Ali");
        MovieId tiedSecond = existingMovie("Miami Vice");
        library().add(user, ListKind.WATCHLIST, oldest, NOW.minusSeconds(60));
        library().add(user, ListKind.WATCHLIST, tiedSecond, NOW);
        library().add(user, ListKind.WATCHLIST, tiedFirst, NOW);

        var first = library().list(user, ListKind.WATCHLIST, new PageRequest(1, 2, List.of()));
        var second = library().list(user, ListKind.WATCHLIST, new PageRequest(2, 2, List.of()));

        assertThat(ids(first.items())).containsExactly(tiedFirst.value(), tiedSecond.value());
        assertThat(ids(second.items())).containsExactly(oldest.value());
        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(library().list(existingUser(), ListKind.WATCHLIST, PageRequest.first(5)).items())
                .isEmpty();
    }

    @Test
    void ofConcurrentAddsOfTheSameMovieExactlyOneAddsIt() throws Exception {
        UserId user = existingUser();
        MovieId movie = existingMovie("The Insider");
        int callers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> adds = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            adds.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return library().add(user, ListKind.FAVORITES, movie, NOW);
                            }));
        }
        start.countDown();
        int added = 0;
        for (Future<Boolean> add : adds) {
            added += add.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(added).isEqualTo(1);
    }

    private static List<Long> ids(List<LibraryEntry> entries) {
        return entries.stream().map(entry -> entry.movie().id()).toList();
    }
}
