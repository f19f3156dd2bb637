package dev.marquee.domain.port.in;

import dev.marquee.domain.audit.Origin;
import dev.marquee.domain.session.SignedIn;

/** Exchanges a login (username or e-mail) and password for a new session. */
public interface LogInUseCase {

    /**
     * Throws {@link dev.marquee.domain.shared.AuthenticationFailedException} alike for an unknown
     * login and a wrong password.
     */
    SignedIn logIn(String login, String password, Origin origin);
}
