package dev.marquee.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.NotificationPreferences;
import dev.marquee.domain.user.Profile;
import dev.marquee.domain.user.Role;
import dev.marquee.domain.user.User;
import dev.marquee.domain.user.UserDetails;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.user.Username;
import dev.marquee.domain.view.AccountExport;
import dev.marquee.domain.view.AccountView;
import dev.marquee.domain.view.Named;
import dev.marquee.domain.view.UserSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every AccountQueries must do, run against the in-memory fake and PostgreSQL; accounts are
 * written through the UserRepository it reads.
 */
public abstract class AccountQueriesContract extends ContractSupport {

    protected abstract AccountQueries accounts();

    protected abstract UserRepository users();

    protected abstract GenreId existingGenre();

    @Test
    void theViewShowsTheAccountWithItsRolesAndProfile() {
        User user = users().add(newUser("view_" + unique(), Set.of(Role.ADMIN)));
        GenreId noir = existingGenre();
        GenreId western = existingGenre();
        Profile profile =
                new Profile(
                        "Likes noir",
                        LocalDate.of(1980, 1, 2),
                        Set.of(noir, western),
                        new NotificationPreferences(false, false, true));
        users().saveProfile(user.id(), profile);

        AccountView view = accounts().findView(user.id()).orElseThrow();

        assertThat(view.id()).isEqualTo(user.id().value());
        assertThat(view.username()).isEqualTo(user.username().value());
        assertThat(view.email()).isEqualTo(user.email().value());
        assertThat(view.firstName()).isEqualTo("First");
        assertThat(view.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(view.bio()).isEqualTo("Likes noir");
        assertThat(view.birthDate()).isEqualTo(LocalDate.of(1980, 1, 2));
        assertThat(view.favoriteGenres())
                .extracting(Named::id)
                .containsExactlyInAnyOrder(noir.value(), western.value());
        assertThat(view.notificationPreferences())
                .isEqualTo(new NotificationPreferences(false, false, true));
        assertThat(view.avatar()).isNull();
        assertThat(view.createdAt()).isEqualTo(user.createdAt());
        assertThat(accounts().findView(new UserId(UNKNOWN_ID))).isEmpty();
    }

    @Test
    void anAccountWithoutAProfileShowsTheDefaults() {
        User user = users().add(newUser("plain_" + unique(), Set.of()));

        AccountView view = accounts().findView(user.id()).orElseThrow();

        assertThat(view.bio()).isNull();
        assertThat(view.favoriteGenres()).isEmpty();
        assertThat(view.notificationPreferences()).isEqualTo(NotificationPreferences.DEFAULTS);
    }

    @Test
    void theExportHoldsTheViewAndIsStampedNow() {
        Instant before = Instant.now().minusSeconds(1);
        User user = users().add(newUser("export_" + unique(), Set.of()));

        AccountExport export = accounts().findExport(user.id()).orElseThrow();

        assertThat(export.account()).isEqualTo(accounts().findView(user.id()).orElseThrow());
        assertThat(export.favorites()).isEmpty();
        assertThat(export.watchlist()).isEmpty();
        assertThat(export.ratings()).isEmpty();
        assertThat(export.exportedAt()).isAfter(before).isBefore(Instant.now().plusSeconds(1));
        assertThat(accounts().findExport(new UserId(UNKNOWN_ID))).isEmpty();
    }

    @Test
    void listsAccountsNewestFirstAndFindsOneByUsernameIgnoringCase() {
        String suffix = unique();
        User first = users().add(newUser("list_a_" + suffix, Set.of()));
        User second = users().add(newUser("list_b_" + suffix, Set.of()));

        List<Long> newest =
                accounts().findUsers(null, PageRequest.first(2)).items().stream()
                        .map(UserSummary::id)
                        .toList();
        var found =
                accounts()
                        .findUsers(
                                "LIST_A_" + suffix.toUpperCase(Locale.ROOT), PageRequest.first(5));

        assertThat(newest).containsExactly(second.id().value(), first.id().value());
        assertThat(found.items())
                .singleElement()
                .satisfies(
                        summary -> {
                            assertThat(summary.id()).isEqualTo(first.id().value());
                            assertThat(summary.email()).isEqualTo(first.email().value());
                            assertThat(summary.roles()).containsExactly(Role.USER);
                        });
        assertThat(found.totalItems()).isEqualTo(1);
        assertThat(accounts().findUsers("list_" + suffix, PageRequest.first(5)).items()).isEmpty();
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
