package dev.marquee.adapters.persistence.user;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
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

    @Query("select role from user_roles where user_id = :userId")
    List<String> findRoles(long userId);

    @Query("insert into user_roles (user_id, role) values (:userId, :role) on conflict do nothing")
    void addRole(long userId, String role);
}
