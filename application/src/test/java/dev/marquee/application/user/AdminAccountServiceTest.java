package dev.marquee.application.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.application.fakes.CountingPasswordHasher;
import dev.marquee.application.fakes.InMemoryUserRepository;
import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.Password;
import dev.marquee.domain.user.Role;
import dev.marquee.domain.user.User;
import dev.marquee.domain.user.UserDetails;
import dev.marquee.domain.user.Username;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminAccountServiceTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final Username ROOT = new Username("root");
    private static final Password PASSWORD = new Password("s3cret-admin-pass");

    private final InMemoryUserRepository users =
            new InMemoryUserRepository(Clock.fixed(CREATED, ZoneOffset.UTC));
    private final CountingPasswordHasher hasher = new CountingPasswordHasher();
    private final AdminAccountService service =
            new AdminAccountService(users, hasher, Clock.fixed(NOW, ZoneOffset.UTC));

    private User existing(String passwordHash, Role... roles) {
        return users.add(
                new UserDetails(
                        ROOT,
                        new EmailAddress("root@example.org"),
                        passwordHash,
                        null,
                        null,
                        Set.of(roles)));
    }

    private User stored() {
        return users.findByUsername(ROOT).orElseThrow();
    }

    @Test
    void createsAnAdminAccountThatIsAlsoAUser() {
        service.ensureAdmin(ROOT, new EmailAddress("root@example.org"), PASSWORD);

        assertThat(users.count()).isEqualTo(1);
        assertThat(stored().roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.USER);
        assertThat(stored().email()).isEqualTo(new EmailAddress("root@example.org"));
    }

    @Test
    void createdAccountStoresTheHashedPassword() {
        service.ensureAdmin(ROOT, null, PASSWORD);

        assertThat(stored().passwordHash())
                .isEqualTo(CountingPasswordHasher.hashOf(PASSWORD.value()))
                .isNotEqualTo(PASSWORD.value());
        assertThat(hasher.hashCalls()).isEqualTo(1);
    }

    @Test
    void createsAnAccountWithoutEmail() {
        service.ensureAdmin(ROOT, null, PASSWORD);

        assertThat(stored().email()).isNull();
        assertThat(stored().canLogIn()).isTrue();
    }

    @Test
    void grantsAdminToAnExistingNonAdminAccountAndSavesIt() {
        User before = existing(CountingPasswordHasher.hashOf("old-password"));

        service.ensureAdmin(ROOT, null, PASSWORD);

        assertThat(users.count()).isEqualTo(1);
        assertThat(users.saves()).isEqualTo(1);
        assertThat(stored().id()).isEqualTo(before.id());
        assertThat(stored().roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.USER);
        assertThat(stored().updatedAt()).isEqualTo(NOW);
    }

    @Test
    void grantingAdminKeepsTheExistingPassword() {
        existing(CountingPasswordHasher.hashOf("old-password"));

        service.ensureAdmin(ROOT, null, PASSWORD);

        assertThat(stored().passwordHash())
                .isEqualTo(CountingPasswordHasher.hashOf("old-password"));
    }

    @Test
    void findsTheExistingAccountRegardlessOfCase() {
        users.add(
                new UserDetails(
                        new Username("Root"),
                        null,
                        CountingPasswordHasher.hashOf("old-password"),
                        null,
                        null,
                        Set.of()));

        service.ensureAdmin(ROOT, null, PASSWORD);

        assertThat(users.count()).isEqualTo(1);
        assertThat(stored().hasRole(Role.ADMIN)).isTrue();
    }

    @Test
    void leavesAnExistingAdminUntouched() {
        existing(CountingPasswordHasher.hashOf("old-password"), Role.ADMIN);

        service.ensureAdmin(ROOT, new EmailAddress("other@example.org"), PASSWORD);

        assertThat(users.count()).isEqualTo(1);
        assertThat(users.saves()).isZero();
        assertThat(stored().updatedAt()).isEqualTo(CREATED);
        assertThat(stored().email()).isEqualTo(new EmailAddress("root@example.org"));
    }

    @Test
    void doesNotChangeThePasswordOfAnExistingAdmin() {
        existing(CountingPasswordHasher.hashOf("old-password"), Role.ADMIN);

        service.ensureAdmin(ROOT, null, PASSWORD);

        assertThat(stored().passwordHash())
                .isEqualTo(CountingPasswordHasher.hashOf("old-password"));
    }

    @Test
    void runningTwiceCreatesOneAccount() {
        service.ensureAdmin(ROOT, null, PASSWORD);
        service.ensureAdmin(ROOT, null, new Password("another-password"));

        assertThat(users.count()).isEqualTo(1);
        assertThat(stored().passwordHash())
                .isEqualTo(CountingPasswordHasher.hashOf(PASSWORD.value()));
    }
}
