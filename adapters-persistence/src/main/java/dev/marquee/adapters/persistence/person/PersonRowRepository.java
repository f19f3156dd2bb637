package dev.marquee.adapters.persistence.person;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Generated SQL access to the persons table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PersonRowRepository extends CrudRepository<PersonRow, Long> {}
