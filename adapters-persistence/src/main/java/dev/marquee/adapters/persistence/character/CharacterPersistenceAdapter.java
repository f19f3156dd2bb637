package dev.marquee.adapters.persistence.character;

import dev.marquee.adapters.persistence.shared.DatabaseTime;
import dev.marquee.adapters.persistence.shared.Sql;
import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.character.MovieCharacter;
import dev.marquee.domain.port.out.CharacterRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** Stores characters in PostgreSQL. */
@Singleton
public class CharacterPersistenceAdapter implements CharacterRepository {

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
        rows.update(
                character.id().value(),
                character.details().name(),
                character.details().description(),
                time.now());
    }
}
