package dev.marquee.adapters.persistence.character;

import static dev.marquee.adapters.persistence.SharedContext.sql;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.port.out.CharacterQueries;
import dev.marquee.domain.port.out.CharacterQueriesContract;
import dev.marquee.domain.port.out.CharacterRepository;
import dev.marquee.domain.view.CharacterView;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CharacterQueryAdapterTest extends CharacterQueriesContract {

    private final CharacterRepository characters = SharedContext.bean(CharacterRepository.class);

    @Override
    protected CharacterQueries queries() {
        return SharedContext.bean(CharacterQueries.class);
    }

    @Override
    protected CharacterRepository characters() {
        return characters;
    }

    @Override
    protected long appearIn(
            CharacterId character, String movieTitle, String actorFirstName, CastRole role) {
        return appearIn(character, SharedContext.insertMovie(movieTitle), actorFirstName, role);
    }

    private long appearIn(CharacterId character, long movie, String actorFirstName, CastRole role) {
        long actor = SharedContext.insertPerson(actorFirstName);
        sql(
                "insert into cast_credits (movie_id, character_id, actor_id, role) values (?, ?, ?, ?)",
                movie,
                character.value(),
                actor,
                role.name());
        return actor;
    }

    @Test
    void appearancesAreInReleaseOrderUndatedLast() {
        CharacterId bond = characters.add(new CharacterDetails("Bond " + unique(), null)).id();
        long undated = SharedContext.insertMovie("Untitled Bond");
        long later = dated("Goldfinger", LocalDate.of(1964, 9, 17));
        long earlier = dated("From Russia with Love", LocalDate.of(1963, 10, 10));
        appearIn(bond, undated, "Someone", CastRole.LEADING);
        appearIn(bond, later, "Sean", CastRole.LEADING);
        appearIn(bond, earlier, "Sean", CastRole.LEADING);

        CharacterView view = queries().findView(bond).orElseThrow();

        assertThat(view.appearances())
                .extracting(appearance -> appearance.movie().id())
                .containsExactly(earlier, later, undated);
    }

    private static long dated(String title, LocalDate releaseDate) {
        return sql(
                "insert into movies (title, release_date) values (?, ?) returning id",
                title,
                releaseDate);
    }
}
