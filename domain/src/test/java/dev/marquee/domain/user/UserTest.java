package dev.marquee.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");

    private static User user(String passwordHash, Role... roles) {
        return User.restore(
                new UserId(1),
                new UserDetails(
                        new Username("ada"),
                        new EmailAddress("ada@example.org"),
                        passwordHash,
                        "Ada",
                        "Lovelace",
                        Set.of(roles)),
                CREATED,
                CREATED);
    }

    @Test
    void grantAddsTheRole() {
        User user = user("hash");

        user.grant(Role.ADMIN, LATER);

        assertThat(user.hasRole(Role.ADMIN)).isTrue();
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
    }

    @Test
    void grantOfANewRoleTouchesUpdatedAt() {
        User user = user("hash");

        user.grant(Role.ADMIN, LATER);

        assertThat(user.updatedAt()).isEqualTo(LATER);
        assertThat(user.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void grantOfARoleAlreadyHeldChangesNothing() {
        User user = user("hash", Role.ADMIN);

        user.grant(Role.ADMIN, LATER);

        assertThat(user.updatedAt()).isEqualTo(CREATED);
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
    }

    @Test
    void aPlainAccountIsNotAnAdmin() {
        assertThat(user("hash").hasRole(Role.ADMIN)).isFalse();
        assertThat(user("hash").hasRole(Role.USER)).isTrue();
    }

    @Test
    void rolesCannotBeChangedThroughTheAccessor() {
        User user = user("hash");

        try {
            user.roles().add(Role.ADMIN);
        } catch (UnsupportedOperationException expected) {
            // an unmodifiable view is fine too
        }

        assertThat(user.hasRole(Role.ADMIN)).isFalse();
    }

    @Test
    void accountWithAPasswordHashCanLogIn() {
        assertThat(user("hash").canLogIn()).isTrue();
    }

    @Test
    void accountWithoutAPasswordHashCannotLogIn() {
        assertThat(user(null).canLogIn()).isFalse();
    }

    @Test
    void restoreKeepsTheStoredState() {
        User user = user("hash");

        assertThat(user.id()).isEqualTo(new UserId(1));
        assertThat(user.username()).isEqualTo(new Username("ada"));
        assertThat(user.email()).isEqualTo(new EmailAddress("ada@example.org"));
        assertThat(user.passwordHash()).isEqualTo("hash");
        assertThat(user.firstName()).isEqualTo("Ada");
        assertThat(user.lastName()).isEqualTo("Lovelace");
    }
}
