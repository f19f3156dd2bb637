package dev.marquee.adapters.persistence.character;

import dev.marquee.adapters.persistence.movie.MovieSummaries;
import dev.marquee.adapters.persistence.shared.DatabaseTime;
import dev.marquee.adapters.persistence.shared.Rows;
import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.character.MovieCharacter;
import dev.marquee.domain.port.out.CharacterRepository;
import dev.marquee.domain.view.CharacterView;
import dev.marquee.domain.view.Named;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores characters in PostgreSQL and reads a character's page with every appearance in two
 * queries.
 */
@Singleton
public class CharacterPersistenceAdapter implements CharacterRepository {

    private static final String APPEARANCES =
            "select "
                    + MovieSummaries.COLUMNS
                    + """
            , cc.role, p.id as actor_id, p.first_name as actor_first_name, p.last_name as actor_last_name
            from cast_credits cc join movies m on m.id = cc.movie_id join persons p on p.id = cc.actor_id
            where cc.character_id = ? order by m.release_date nulls last, m.id, cc.id""";

    private final CharacterRowRepository rows;
    private final Sql sql;
    private final DatabaseTime time;

    public CharacterPersistenceAdapter(CharacterRowRepository rows, Sql sql, DatabaseTime time) {
        this.rows = rows;
        this.sql = sql;
        this.time = time;
    }

    @Override
    @Transactional
    public MovieCharacter add(CharacterDetails details) {
        Instant now = time.now();
        CharacterRow row =
                rows.save(new CharacterRow(null, details.name(), details.description(), now, now));
        return MovieCharacter.restore(new CharacterId(row.id()), details);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MovieCharacter> findById(CharacterId id) {
        return rows.findById(id.value())
                .map(
                        row ->
                                MovieCharacter.restore(
                                        id, new CharacterDetails(row.name(), row.description())));
    }

    @Override
    @Transactional
    public void save(MovieCharacter character) {
        CharacterRow current = rows.findById(character.id().value()).orElseThrow();
        rows.update(
                new CharacterRow(
                        current.id(),
                        character.details().name(),
                        character.details().description(),
                        current.createdAt(),
                        time.now()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CharacterView> findView(CharacterId id) {
        return rows.findById(id.value())
                .map(
                        row ->
                                new CharacterView(
                                        row.id(),
                                        row.name(),
                                        row.description(),
                                        sql.list(
                                                APPEARANCES,
                                                List.of(id.value()),
                                                appearance ->
                                                        new CharacterView.Appearance(
                                                                MovieSummaries.map(appearance),
                                                                new Named(
                                                                        appearance.getLong(
                                                                                "actor_id"),
                                                                        Rows.displayName(
                                                                                appearance,
                                                                                "actor_first_name",
                                                                                "actor_last_name")),
                                                                CastRole.valueOf(
                                                                        appearance.getString(
                                                                                "role"))))));
    }
}
