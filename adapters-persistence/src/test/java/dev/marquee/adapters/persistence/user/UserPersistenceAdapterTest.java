package dev.marquee.adapters.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.adapters.persistence.PersistenceTest;
import dev.marquee.domain.port.out.UserRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.Role;
import dev.marquee.domain.user.User;
import dev.marquee.domain.user.UserDetails;
import dev.marquee.domain.user.Username;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false, startApplication = false)
class UserPersistenceAdapterTest extends PersistenceTest {

    @Inject UserRepository users;

    @Test
    void addsUserWithRolesAndReadsItBack() {
        User added = users.add(newUser("ada_" + unique(), Set.of(Role.ADMIN)));

        User found = users.findById(added.id()).orElseThrow();
        assertThat(found.username()).isEqualTo(added.username());
        assertThat(found.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(found.passwordHash()).isEqualTo("hash");
        assertThat(found.createdAt()).isEqualTo(added.createdAt());
    }

    @Test
    void findsByUsernameOrEmailIgnoringCase() {
        String name = "Grace_" + unique();
        User added = users.add(newUser(name, Set.of()));

        assertThat(users.findByLogin(name.toUpperCase(Locale.ROOT)))
                .map(User::id)
                .hasValue(added.id());
        assertThat(users.findByLogin(name.toLowerCase(Locale.ROOT) + "@EXAMPLE.org"))
                .map(User::id)
                .hasValue(added.id());
        assertThat(users.findByUsername(new Username(name.toLowerCase(Locale.ROOT))))
                .map(User::id)
                .hasValue(added.id());
        assertThat(users.findByLogin("nobody-" + unique())).isEmpty();
    }

    @Test
    void rejectsUsernameTakenInAnotherCase() {
        String name = "linus_" + unique();
        users.add(newUser(name, Set.of()));

        UserDetails sameNameOtherCase =
                new UserDetails(
                        new Username(name.toUpperCase(Locale.ROOT)),
                        new EmailAddress("other-" + unique() + "@example.org"),
                        "hash",
                        null,
                        null,
                        Set.of());
        assertThatThrownBy(() -> users.add(sameNameOtherCase))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("duplicate-username"));
    }

    @Test
    void rejectsEmailTakenInAnotherCase() {
        String name = "barbara_" + unique();
        users.add(newUser(name, Set.of()));

        UserDetails sameEmail =
                new UserDetails(
                        new Username("other_" + unique()),
                        new EmailAddress(name.toUpperCase(Locale.ROOT) + "@example.org"),
                        "hash",
                        null,
                        null,
                        Set.of());
        assertThatThrownBy(() -> users.add(sameEmail))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("duplicate-email"));
    }

    @Test
    void savesGrantedRole() {
        User user = users.add(newUser("ken_" + unique(), Set.of()));

        user.grant(Role.ADMIN, Instant.now());
        users.save(user);

        assertThat(users.findById(user.id()).orElseThrow().roles()).contains(Role.ADMIN);
    }

    @Test
    void storesAccountsWithoutEmailOrPassword() {
        User imported =
                users.add(
                        new UserDetails(
                                new Username("movielens_" + unique()),
                                null,
                                null,
                                null,
                                null,
                                Set.of()));

        User found = users.findById(imported.id()).orElseThrow();
        assertThat(found.email()).isNull();
        assertThat(found.canLogIn()).isFalse();
    }

    private static UserDetails newUser(String username, Set<Role> roles) {
        return new UserDetails(
                new Username(username),
                new EmailAddress(username.toLowerCase(Locale.ROOT) + "@example.org"),
                "hash",
                "First",
                "Last",
                roles);
    }
}
