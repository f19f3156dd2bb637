package dev.marquee.adapters.persistence.character;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

/** Generated SQL access to the characters table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CharacterRowRepository extends CrudRepository<CharacterRow, Long> {

    /** Writes what an edit changes, leaving {@code created_at} as it is, in one statement. */
    void update(@Id Long id, String name, @Nullable String description, Instant updatedAt);
}
