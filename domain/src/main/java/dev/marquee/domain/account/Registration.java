package dev.marquee.domain.account;

import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.Password;
import dev.marquee.domain.user.Username;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Who wants an account: a username, an e-mail, a password, and their names. */
public record Registration(
        Username username,
        EmailAddress email,
        Password password,
        @Nullable String firstName,
        @Nullable String lastName) {

    public Registration {
        Objects.requireNonNull(username);
        Objects.requireNonNull(email);
        Objects.requireNonNull(password);
    }
}
