package dev.marquee.adapters.persistence.cast;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Generated SQL access to the cast_credits table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CastCreditRowRepository extends CrudRepository<CastCreditRow, Long> {}
