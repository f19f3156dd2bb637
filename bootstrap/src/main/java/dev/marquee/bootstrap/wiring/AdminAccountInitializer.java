package dev.marquee.bootstrap.wiring;

import dev.marquee.domain.port.in.EnsureAdminAccountUseCase;
import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.Password;
import dev.marquee.domain.user.Username;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
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
            EnsureAdminAccountUseCase adminAccount,
            @Value("${marquee.admin.username}") String username,
            @Value("${marquee.admin.password}") String password,
            @Nullable @Value("${marquee.admin.email:}") String email) {
        this.adminAccount = adminAccount;
        this.username = username;
        this.password = password;
        this.email = email == null || email.isBlank() ? null : email;
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
