/**
 * The PostgreSQL adapter: one {@code *PersistenceAdapter} per repository port, one {@code
 * *QueryAdapter} per query port. Which tool writes what:
 *
 * <ul>
 *   <li>An aggregate's own table goes through its Micronaut Data {@code *RowRepository} (a
 *       {@code @MappedEntity} row and a {@code @JdbcRepository}). Where the aggregate owns only
 *       some of its row's columns, the repository declares a partial update, {@code void update(@Id
 *       Long id, ...)}, rather than reading the row back to rewrite it.
 *   <li>Read models, tables without an aggregate (library, ratings, refresh tokens, files, audit,
 *       profiles) and statements that need PostgreSQL itself ({@code on conflict}, {@code
 *       returning}, {@code for update}, {@code jsonb}) go through {@link
 *       dev.marquee.adapters.persistence.shared.Sql} with hand-written SQL, a fixed number of
 *       statements per call.
 *   <li>Timestamps come from {@link dev.marquee.adapters.persistence.shared.DatabaseTime}; the
 *       database decides uniqueness and references, and {@link
 *       dev.marquee.adapters.persistence.shared.ConstraintViolations} names the domain error.
 * </ul>
 */
package dev.marquee.adapters.persistence;
