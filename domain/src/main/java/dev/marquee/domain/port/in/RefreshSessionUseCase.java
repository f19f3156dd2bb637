package dev.marquee.domain.port.in;

import dev.marquee.domain.audit.Origin;
import dev.marquee.domain.session.SignedIn;

/**
 * Exchanges a refresh token for a new pair; the presented token stops working. Presenting a token
 * that was already used revokes its whole session, since one of the two presenters must have stolen
 * it.
 */
public interface RefreshSessionUseCase {

    SignedIn refresh(String refreshToken, Origin origin);
}
