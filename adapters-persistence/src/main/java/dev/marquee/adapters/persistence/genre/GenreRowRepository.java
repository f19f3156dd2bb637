package dev.marquee.adapters.persistence.genre;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

/** Generated SQL access to the genres table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface GenreRowRepository extends PageableRepository<GenreRow, Long> {}
