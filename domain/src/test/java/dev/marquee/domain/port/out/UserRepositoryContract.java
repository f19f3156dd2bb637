package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.NotificationPreferences;
import dev.marquee.domain.user.Profile;
import dev.marquee.domain.user.Role;
import dev.marquee.domain.user.User;
import dev.marquee.domain.user.UserDetails;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.user.Username;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every UserRepository must do, run against the in-memory fake and PostgreSQL. */
public abstract class UserRepositoryContract extends ContractSupport {

    protected abstract UserRepository users();

    /** A genre that profiles may name as a favorite. */
    protected abstract GenreId existingGenre();

    @Test
    void addsAnAccountWithItsRolesAndReadsItBack() {
        User added = users().add(newUser("ada_" + unique(), Set.of(Role.ADMIN)));

        User found = users().findById(added.id()).orElseThrow();
        assertThat(found.username()).isEqualTo(added.username());
        assertThat(found.email()).isEqualTo(added.email());
        assertThat(found.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(found.passwordHash()).isEqualTo("hash");
        assertThat(found.firstName()).isEqualTo("First");
        assertThat(found.createdAt()).isEqualTo(added.createdAt());
        assertThat(users().findById(new UserId(UNKNOWN_ID))).isEmpty();
    }

    @Test
    void findsByUsernameOrEmailIgnoringCase() {
        String name = "Grace_" + unique();
        User added = users().add(newUser(name, Set.of()));

        assertThat(users().findByLogin(name.toUpperCase(Locale.ROOT)))
                .map(User::id)
                .hasValue(added.id());
        assertThat(users().findByLogin(name.toLowerCase(Locale.ROOT) + "@EXAMPLE.org"))
                .map(User::id)
                .hasValue(added.id());
        assertThat(users().findByUsername(new Username(name.toLowerCase(Locale.ROOT))))
                .map(User::id)
                .hasValue(added.id());
        assertThat(users().findByLogin("nobody-" + unique())).isEmpty();
        assertThat(users().findByLogin(name + "\u0000")).isEmpty();
    }

    @Test
    void aUsernameTakenInAnotherCaseIsADuplicateUsernameConflict() {
        String name = "linus_" + unique();
        users().add(newUser(name, Set.of()));

        UserDetails sameNameOtherCase =
                new UserDetails(
                        new Username(name.toUpperCase(Locale.ROOT)),
                        new EmailAddress("other-" + unique() + "@example.org"),
                        "hash",
                        null,
                        null,
                        Set.of());
        assertThatThrownBy(() -> users().add(sameNameOtherCase))
                .satisfies(conflict("duplicate-username"));
    }

    @Test
    void anEmailTakenInAnotherCaseIsADuplicateEmailConflict() {
        String name = "barbara_" + unique();
        users().add(newUser(name, Set.of()));

        UserDetails sameEmail =
                new UserDetails(
                        new Username("other_" + unique()),
                        new EmailAddress(name.toUpperCase(Locale.ROOT) + "@example.org"),
                        "hash",
                        null,
                        null,
                        Set.of());
        assertThatThrownBy(() -> users().add(sameEmail)).satisfies(conflict("duplicate-email"));
    }

    @Test
    void savesChangesAndRefusesAnEmailTakenByAnotherAccount() {
        User taken = users().add(newUser("taken_" + unique(), Set.of()));
        User user = users().add(newUser("ken_" + unique(), Set.of()));
        Instant later = Instant.now().truncatedTo(ChronoUnit.MICROS).plusSeconds(60);

        user.grant(Role.ADMIN, later);
        user.rename("Kenneth", null, later);
        users().save(user);

        User saved = users().findById(user.id()).orElseThrow();
        assertThat(saved.roles()).contains(Role.ADMIN);
        assertThat(saved.firstName()).isEqualTo("Kenneth");
        assertThat(saved.lastName()).isNull();
        assertThat(saved.updatedAt()).isEqualTo(later);
        assertThat(saved.createdAt()).isEqualTo(user.createdAt());

        saved.changeEmail(taken.email(), later);
        assertThatThrownBy(() -> users().save(saved)).satisfies(conflict("duplicate-email"));
        assertThat(users().findById(user.id()).orElseThrow().email()).isEqualTo(user.email());
    }

    @Test
    void storesAccountsWithoutEmailOrPassword() {
        User imported =
                users().add(
                                new UserDetails(
                                        new Username("movielens_" + unique()),
                                        null,
                                        null,
                                        null,
                                        null,
                                        Set.of()));

        User found = users().findById(imported.id()).orElseThrow();
        assertThat(found.email()).isNull();
        assertThat(found.canLogIn()).isFalse();
    }

    @Test
    void aProfileNeverSavedIsTheEmptyOneAndASavedOneReadsBackWhole() {
        User user = users().add(newUser("bio_" + unique(), Set.of()));
        assertThat(users().profileOf(user.id())).isEqualTo(Profile.EMPTY);

        Profile profile =
                new Profile(
                        "Watches noir",
                        LocalDate.of(1990, 5, 17),
                        Set.of(existingGenre(), existingGenre()),
                        new NotificationPreferences(false, true, true));
        users().saveProfile(user.id(), profile);

        assertThat(users().profileOf(user.id())).isEqualTo(profile);
    }

    @Test
    void anUnknownFavoriteGenreIsInvalidInputNamingTheFieldAndChangesNothing() {
        User user = users().add(newUser("fav_" + unique(), Set.of()));
        Profile before = new Profile("Before", null, Set.of(existingGenre()), null);
        users().saveProfile(user.id(), before);

        Profile unknownGenre = new Profile("After", null, Set.of(new GenreId(UNKNOWN_ID)), null);

        assertThatThrownBy(() -> users().saveProfile(user.id(), unknownGenre))
                .satisfies(invalidField("favoriteGenreIds"));
        assertThat(users().profileOf(user.id())).isEqualTo(before);
    }

    @Test
    void deleteRemovesTheAccountAndItsProfileAndIsFalseWhenThereIsNone() {
        User user = users().add(newUser("gone_" + unique(), Set.of()));
        users().saveProfile(user.id(), new Profile("Soon gone", null, Set.of(), null));

        assertThat(users().delete(user.id())).isTrue();
        assertThat(users().findById(user.id())).isEmpty();
        assertThat(users().findByUsername(user.username())).isEmpty();
        assertThat(users().profileOf(user.id())).isEqualTo(Profile.EMPTY);
        assertThat(users().delete(user.id())).isFalse();
    }

    protected static UserDetails newUser(String username, Set<Role> roles) {
        return new UserDetails(
                new Username(username),
                new EmailAddress(username.toLowerCase(Locale.ROOT) + "@example.org"),
                "hash",
                "First",
                "Last",
                roles);
    }
}
