package dev.marquee.domain.port.in;

import dev.marquee.domain.account.Registration;
import dev.marquee.domain.audit.Origin;
import dev.marquee.domain.view.AccountView;

/**
 * Opens an account with the USER role; a taken username or e-mail (ignoring case) is a conflict.
 */
public interface RegisterUseCase {

    AccountView register(Registration registration, Origin origin);
}
