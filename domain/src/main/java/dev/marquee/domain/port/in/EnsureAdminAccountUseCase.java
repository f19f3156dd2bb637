package dev.marquee.domain.port.in;

import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.Password;
import dev.marquee.domain.user.Username;
import org.jspecify.annotations.Nullable;

/**
 * Makes sure an account with this username exists and holds the ADMIN role; an existing one keeps
 * its password.
 */
public interface EnsureAdminAccountUseCase {

    void ensureAdmin(Username username, @Nullable EmailAddress email, Password password);
}
