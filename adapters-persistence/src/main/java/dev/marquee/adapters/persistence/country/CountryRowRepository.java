package dev.marquee.adapters.persistence.country;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

/** Generated SQL access to the countries table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CountryRowRepository extends PageableRepository<CountryRow, Long> {}
