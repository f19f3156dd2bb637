package dev.marquee.adapters.persistence.user;

import dev.marquee.adapters.persistence.shared.ConstraintViolations;
import dev.marquee.adapters.persistence.shared.DatabaseTime;
import dev.marquee.domain.port.out.UserRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.NewUser;
import dev.marquee.domain.user.Role;
import dev.marquee.domain.user.User;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.user.Username;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores accounts and their roles in PostgreSQL. */
@Singleton
public class UserPersistenceAdapter implements UserRepository {

    private static final ConstraintViolations VIOLATIONS = ConstraintViolations.of(Map.of(
            "users_username_lower_unique", () -> new ConflictException("duplicate-username", "That username is taken"),
            "users_email_lower_unique", () -> new ConflictException("duplicate-email", "That e-mail address is already registered")));

    private final UserRowRepository rows;
    private final DatabaseTime time;

    public UserPersistenceAdapter(UserRowRepository rows, DatabaseTime time) {
        this.rows = rows;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<User> findById(UserId id) {
        return rows.findById(id.value()).map(this::toUser);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<User> findByUsername(Username username) {
        return rows.findByUsernameIgnoringCase(username.value()).map(this::toUser);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<User> findByLogin(String login) {
        if (login.indexOf('\u0000') >= 0) {
            return Optional.empty(); // PostgreSQL text cannot hold NUL, so no account has it, and the query would fail
        }
        return rows.findByLogin(login).map(this::toUser);
    }

    @Override
    @Transactional
    public User add(NewUser user) {
        Instant now = time.now();
        UserRow row = VIOLATIONS.translate(() -> rows.save(new UserRow(null, user.username().value(),
                user.email() == null ? null : user.email().value(), user.passwordHash(), user.firstName(), user.lastName(),
                null, now, now)));
        user.roles().forEach(role -> rows.addRole(row.id(), role.name()));
        return User.restore(new UserId(row.id()), user, now, now);
    }

    @Override
    @Transactional
    public void save(User user) {
        UserRow current = rows.findById(user.id().value()).orElseThrow();
        VIOLATIONS.translate(() -> rows.update(new UserRow(current.id(), user.username().value(),
                user.email() == null ? null : user.email().value(), user.passwordHash(), user.firstName(), user.lastName(),
                current.avatarFileId(), current.createdAt(), user.updatedAt())));
        user.roles().forEach(role -> rows.addRole(current.id(), role.name()));
    }

    private User toUser(UserRow row) {
        Set<Role> roles = rows.findRoles(row.id()).stream().map(Role::valueOf).collect(Collectors.toSet());
        NewUser state = new NewUser(new Username(row.username()), row.email() == null ? null : new EmailAddress(row.email()),
                row.passwordHash(), row.firstName(), row.lastName(), roles);
        return User.restore(new UserId(row.id()), state, row.createdAt(), row.updatedAt());
    }
}
