package dev.marquee.adapters.persistence.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL access to the users and user_roles tables. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRowRepository extends CrudRepository<UserRow, Long> {

    @Query("select * from users where lower(username) = lower(:username)")
    Optional<UserRow> findByUsernameIgnoringCase(String username);

    @Query(
            "select * from users where lower(username) = lower(:login) or lower(email) = lower(:login)")
    Optional<UserRow> findByLogin(String login);

    /**
     * Writes the columns the User aggregate owns; {@code avatar_file_id} belongs to the file
     * adapter and {@code created_at} never changes.
     */
    void update(
            @Id Long id,
            String username,
            @Nullable String email,
            @Nullable String passwordHash,
            @Nullable String firstName,
            @Nullable String lastName,
            Instant updatedAt);

    @Query("select role from user_roles where user_id = :userId")
    List<String> findRoles(long userId);

    @Query("insert into user_roles (user_id, role) values (:userId, :role) on conflict do nothing")
    void addRole(long userId, String role);
}
