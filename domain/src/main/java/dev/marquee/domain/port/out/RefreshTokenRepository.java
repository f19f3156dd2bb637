package dev.marquee.domain.port.out;

import dev.marquee.domain.session.NewRefreshToken;

/** Stores the hashes of refresh tokens, grouped by the session (family) they rotate within. */
public interface RefreshTokenRepository {

    void add(NewRefreshToken token);
}
