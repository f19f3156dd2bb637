package dev.marquee.bootstrap.wiring;

import dev.marquee.domain.port.in.EnsureAdminAccountUseCase;
import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.Password;
import dev.marquee.domain.user.Username;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the MARQUEE_ADMIN_USERNAME account with MARQUEE_ADMIN_PASSWORD at start when both are
 * set.
 */
@Singleton
@Requires(notEnv = Environment.CLI)
@Requires(property = "marquee.admin.username")
@Requires(property = "marquee.admin.password")
public class AdminAccountInitializer implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final EnsureAdminAccountUseCase adminAccount;
    private final String username;
    private final String password;
    private final @Nullable String email;

    public AdminAccountInitializer(
            EnsureAdminAccountUseCase adminAccount, AdminAccountSettings settings) {
        this.adminAccount = adminAccount;
        this.username = settings.username();
        this.password = settings.password();
        this.email =
                settings.email() == null || settings.email().isBlank() ? null : settings.email();
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        adminAccount.ensureAdmin(
                new Username(username),
                email == null ? null : new EmailAddress(email),
                new Password(password));
        LOG.info("Administrator account '{}' is ready", username);
    }
}
