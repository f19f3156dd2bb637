package dev.marquee.adapters.persistence.session;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** SQL access to the refresh_tokens table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RefreshTokenRowRepository extends CrudRepository<RefreshTokenRow, Long> {
}
