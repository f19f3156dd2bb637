package dev.marquee.adapters.persistence.user;

import static dev.marquee.adapters.persistence.SharedContext.insertMovie;
import static dev.marquee.adapters.persistence.SharedContext.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.port.out.UserRepository;
import dev.marquee.domain.port.out.UserRepositoryContract;
import dev.marquee.domain.user.User;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserPersistenceAdapterTest extends UserRepositoryContract {

    private final UserRepository users = SharedContext.bean(UserRepository.class);

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected GenreId existingGenre() {
        return new GenreId(SharedContext.insertGenre());
    }

    @Test
    void deletingAnAccountTakesItsLibraryRatingsAndSessionsWithIt() {
        User user = users.add(newUser("cascade_" + unique(), Set.of()));
        long movie = insertMovie("Kept");
        long id = user.id().value();
        sql("insert into favorites (user_id, movie_id, added_at) values (?, ?, now())", id, movie);
        sql(
                "insert into watchlist_entries (user_id, movie_id, added_at) values (?, ?, now())",
                id,
                movie);
        sql(
                "insert into ratings (user_id, movie_id, score, created_at, updated_at)"
                        + " values (?, ?, 3.0, now(), now())",
                id,
                movie);
        sql(
                "insert into refresh_tokens (user_id, family_id, token_hash, expires_at)"
                        + " values (?, gen_random_uuid(), sha256(?::bytea), now() + interval '1 day')",
                id,
                "t" + unique());

        assertThat(users.delete(user.id())).isTrue();

        for (String table :
                new String[] {"favorites", "watchlist_entries", "ratings", "refresh_tokens"}) {
            assertThat(sql("select count(*) from " + table + " where user_id = ?", id))
                    .as(table)
                    .isZero();
        }
        assertThat(sql("select count(*) from movies where id = ?", movie)).isEqualTo(1);
    }
}
