package dev.marquee.adapters.persistence.character;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Generated SQL access to the characters table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CharacterRowRepository extends CrudRepository<CharacterRow, Long> {}
