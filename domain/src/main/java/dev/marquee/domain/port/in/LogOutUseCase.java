package dev.marquee.domain.port.in;

import dev.marquee.domain.audit.Origin;

/**
 * Ends the session a refresh token belongs to; an unknown token ends nothing and is not an error.
 */
public interface LogOutUseCase {

    void logOut(String refreshToken, Origin origin);
}
