package dev.marquee.adapters.persistence.library;

import dev.marquee.adapters.persistence.movie.MovieSummaries;
import dev.marquee.adapters.persistence.shared.ConstraintViolations;
import dev.marquee.adapters.persistence.shared.Rows;
import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.domain.library.ListKind;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.out.LibraryRepository;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.LibraryEntry;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores favorites and watchlists in PostgreSQL. An add is one INSERT ... ON CONFLICT DO NOTHING,
 * so the primary key decides between concurrent adds of the same movie and exactly one of them adds
 * it.
 */
@Singleton
public class LibraryPersistenceAdapter implements LibraryRepository {

    private final Sql sql;

    public LibraryPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    @Transactional
    public boolean add(UserId user, ListKind list, MovieId movie, Instant addedAt) {
        String table = table(list);
        return ConstraintViolations.of(
                                Map.of(
                                        table + "_movie_fk",
                                        () -> new NotFoundException("movie", movie.value())))
                        .translate(
                                () ->
                                        sql.update(
                                                "insert into "
                                                        + table
                                                        + " (user_id, movie_id, added_at) values (?, ?, ?)"
                                                        + " on conflict (user_id, movie_id) do nothing",
                                                List.of(
                                                        user.value(),
                                                        movie.value(),
                                                        Timestamp.from(addedAt))))
                == 1;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LibraryEntry> find(UserId user, ListKind list, MovieId movie) {
        return sql.one(
                select(list) + " where l.user_id = ? and l.movie_id = ?",
                List.of(user.value(), movie.value()),
                row -> new LibraryEntry(MovieSummaries.map(row), Rows.instant(row, "added_at")));
    }

    @Override
    @Transactional
    public void remove(UserId user, ListKind list, MovieId movie) {
        sql.update(
                "delete from " + table(list) + " where user_id = ? and movie_id = ?",
                List.of(user.value(), movie.value()));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<LibraryEntry> list(UserId user, ListKind list, PageRequest request) {
        return sql.page(
                "select count(*) from " + table(list) + " where user_id = ?",
                select(list) + " where l.user_id = ? order by l.added_at desc, m.id",
                List.of(user.value()),
                request,
                row -> new LibraryEntry(MovieSummaries.map(row), Rows.instant(row, "added_at")));
    }

    private static String select(ListKind list) {
        return "select "
                + MovieSummaries.COLUMNS
                + ", l.added_at from "
                + table(list)
                + " l join movies m on m.id = l.movie_id";
    }

    private static String table(ListKind list) {
        return switch (list) {
            case FAVORITES -> "favorites";
            case WATCHLIST -> "watchlist_entries";
        };
    }
}
