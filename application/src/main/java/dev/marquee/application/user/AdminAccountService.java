package dev.marquee.application.user;

import dev.marquee.domain.port.in.EnsureAdminAccountUseCase;
import dev.marquee.domain.port.out.PasswordHasher;
import dev.marquee.domain.port.out.UserRepository;
import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.Password;
import dev.marquee.domain.user.Role;
import dev.marquee.domain.user.User;
import dev.marquee.domain.user.UserDetails;
import dev.marquee.domain.user.Username;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Creates the start-up administrator account, or grants ADMIN to an existing account of that name.
 */
public final class AdminAccountService implements EnsureAdminAccountUseCase {

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final Clock clock;

    public AdminAccountService(UserRepository users, PasswordHasher passwordHasher, Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.clock = clock;
    }

    @Override
    public void ensureAdmin(Username username, @Nullable EmailAddress email, Password password) {
        Optional<User> existing = users.findByUsername(username);
        if (existing.isPresent()) {
            User user = existing.get();
            if (!user.hasRole(Role.ADMIN)) {
                user.grant(Role.ADMIN, clock.instant());
                users.save(user);
            }
            return;
        }
        users.add(
                new UserDetails(
                        username,
                        email,
                        passwordHasher.hash(password),
                        null,
                        null,
                        Set.of(Role.ADMIN)));
    }
}
