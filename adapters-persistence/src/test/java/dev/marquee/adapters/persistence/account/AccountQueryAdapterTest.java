package dev.marquee.adapters.persistence.account;

import static dev.marquee.adapters.persistence.SharedContext.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.port.out.AccountQueries;
import dev.marquee.domain.port.out.AccountQueriesContract;
import dev.marquee.domain.port.out.UserRepository;
import dev.marquee.domain.view.AccountExport;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class AccountQueryAdapterTest extends AccountQueriesContract {

    private final AccountQueries accounts = SharedContext.bean(AccountQueries.class);
    private final UserRepository users = SharedContext.bean(UserRepository.class);

    @Override
    protected AccountQueries accounts() {
        return accounts;
    }

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected GenreId existingGenre() {
        return new GenreId(SharedContext.insertGenre());
    }

    @Test
    void theExportListsTheLibraryAndRatingsNewestFirst() {
        long user = SharedContext.insertUser();
        long older = SharedContext.insertMovie("Older");
        long newer = SharedContext.insertMovie("Newer");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        sql(
                "insert into favorites (user_id, movie_id, added_at) values (?, ?, ?), (?, ?, ?)",
                user,
                older,
                Timestamp.from(now.minusSeconds(60)),
                user,
                newer,
                Timestamp.from(now));
        sql("insert into watchlist_entries (user_id, movie_id) values (?, ?)", user, older);
        sql(
                "insert into ratings (user_id, movie_id, score, review) values (?, ?, 4.5, 'Good')",
                user,
                newer);

        AccountExport export =
                accounts.findExport(new dev.marquee.domain.user.UserId(user)).orElseThrow();

        assertThat(export.favorites())
                .extracting(AccountExport.ListedMovie::movieId)
                .containsExactly(newer, older);
        assertThat(export.favorites().get(0).addedAt()).isEqualTo(now);
        assertThat(export.watchlist())
                .extracting(AccountExport.ListedMovie::title)
                .containsExactly("Older");
        assertThat(export.ratings())
                .singleElement()
                .satisfies(
                        rating -> {
                            assertThat(rating.movieId()).isEqualTo(newer);
                            assertThat(rating.score()).isEqualByComparingTo("4.5");
                            assertThat(rating.review()).isEqualTo("Good");
                        });
    }
}
