package dev.marquee.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.marquee.application.fakes.CountingPasswordHasher;
import dev.marquee.application.fakes.DirectTransactions;
import dev.marquee.application.fakes.InMemoryAccountQueries;
import dev.marquee.application.fakes.InMemoryFileRepository;
import dev.marquee.application.fakes.InMemoryFileStorage;
import dev.marquee.application.fakes.InMemoryRefreshTokenRepository;
import dev.marquee.application.fakes.InMemoryUserRepository;
import dev.marquee.application.fakes.RecordingAuditTrail;
import dev.marquee.application.file.ObjectJanitor;
import dev.marquee.domain.account.AccountChanges;
import dev.marquee.domain.account.Registration;
import dev.marquee.domain.audit.AuditEvent;
import dev.marquee.domain.audit.Origin;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.session.NewRefreshToken;
import dev.marquee.domain.session.RefreshTokenHash;
import dev.marquee.domain.shared.Change;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.DomainException;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.NotificationPreferences;
import dev.marquee.domain.user.Password;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountServiceTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final String PASSWORD = "correct horse battery";
    private static final String NEW_PASSWORD = "tr0ub4dor&3-but-longer";
    private static final Origin ORIGIN = new Origin("198.51.100.7");
    private static final LocalDate BIRTH_DATE = LocalDate.of(1985, 12, 10);
    private static final AccountChanges NO_CHANGES =
            new AccountChanges(null, null, null, null, null, null, null);

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryUserRepository users =
            new InMemoryUserRepository(Clock.fixed(CREATED, ZoneOffset.UTC));
    private final InMemoryAccountQueries queries = new InMemoryAccountQueries(users, clock);
    private final InMemoryRefreshTokenRepository refreshTokens =
            new InMemoryRefreshTokenRepository();
    private final CountingPasswordHasher hasher = new CountingPasswordHasher();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final DirectTransactions transactions = new DirectTransactions();
    private final InMemoryFileRepository files = new InMemoryFileRepository();
    private final InMemoryFileStorage storage = new InMemoryFileStorage();
    private final AccountService service =
            new AccountService(
                    users,
                    queries,
                    refreshTokens,
                    hasher,
                    audit,
                    files,
                    new ObjectJanitor(storage),
                    transactions,
                    clock);

    AccountServiceTest() {
        users.onDelete(refreshTokens::removeAllOf);
        users.knowGenres(1, 2, 3);
    }

    private static Registration registration(String username, String email) {
        return new Registration(
                new Username(username),
                new EmailAddress(email),
                new Password(PASSWORD),
                "Ada",
                "Lovelace");
    }

    /** Ada's account as it was stored before the test: names, e-mail, a filled-in profile. */
    private UserId ada() {
        User ada =
                users.add(
                        new UserDetails(
                                new Username("ada"),
                                new EmailAddress("ada@example.org"),
                                CountingPasswordHasher.hashOf(PASSWORD),
                                "Ada",
                                "Lovelace",
                                Set.of()));
        users.saveProfile(
                ada.id(),
                new Profile(
                        "Wrote the first program",
                        BIRTH_DATE,
                        Set.of(new GenreId(1), new GenreId(2)),
                        NotificationPreferences.DEFAULTS));
        return ada.id();
    }

    private UserId grace() {
        return users.add(
                        new UserDetails(
                                new Username("grace"),
                                new EmailAddress("grace@example.org"),
                                CountingPasswordHasher.hashOf(PASSWORD),
                                "Grace",
                                "Hopper",
                                Set.of()))
                .id();
    }

    private User stored(UserId id) {
        return users.findById(id).orElseThrow();
    }

    private RefreshTokenHash session(UserId user, String token) {
        RefreshTokenHash hash = RefreshTokenHash.of(token);
        refreshTokens.add(
                new NewRefreshToken(user, UUID.randomUUID(), hash, CREATED, NOW.plusSeconds(3600)));
        return hash;
    }

    private static AccountChanges preferences(Map<String, Boolean> preferences) {
        return new AccountChanges(null, null, null, null, null, null, preferences);
    }

    private static void assertViolationOn(Throwable thrown, String field) {
        assertThat(thrown)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly(field));
    }

    /**
     * The account a token names no longer exists: a stable code, whatever status the web layer maps
     * it to.
     */
    private static void assertAccountGone(Throwable thrown) {
        assertThat(thrown)
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("account-not-found"));
    }

    // Registering

    @Test
    void anAccountExistsUntilItIsDeleted() {
        UserId ada = ada();
        assertThat(service.exists(ada)).isTrue();

        service.delete(ada, ORIGIN);

        assertThat(service.exists(ada)).isFalse();
        assertThat(service.exists(new UserId(987_654_321L))).isFalse();
    }

    @Test
    void registeredAccountIsAUserAndNoAdmin() {
        AccountView view = service.register(registration("admin", "admin@example.org"), ORIGIN);

        assertThat(view.roles()).containsExactly(Role.USER);
        assertThat(stored(new UserId(view.id())).roles()).containsExactly(Role.USER);
    }

    @Test
    void registrationStoresOnlyTheHashOfThePassword() {
        AccountView view = service.register(registration("ada", "ada@example.org"), ORIGIN);

        assertThat(stored(new UserId(view.id())).passwordHash())
                .isEqualTo(CountingPasswordHasher.hashOf(PASSWORD))
                .isNotEqualTo(PASSWORD);
    }

    @Test
    void registrationStoresAnEmptyProfile() {
        AccountView view = service.register(registration("ada", "ada@example.org"), ORIGIN);

        assertThat(users.storedProfile(new UserId(view.id()))).contains(Profile.EMPTY);
    }

    @Test
    void registrationReturnsTheNewAccount() {
        AccountView view = service.register(registration("ada", "Ada@Example.org"), ORIGIN);

        assertThat(view.username()).isEqualTo("ada");
        assertThat(view.email()).isEqualTo("Ada@Example.org");
        assertThat(view.firstName()).isEqualTo("Ada");
        assertThat(view.lastName()).isEqualTo("Lovelace");
        assertThat(view.bio()).isNull();
        assertThat(view.favoriteGenres()).isEmpty();
        assertThat(view.notificationPreferences()).isEqualTo(NotificationPreferences.DEFAULTS);
    }

    @Test
    void registrationIsAudited() {
        AccountView view = service.register(registration("ada", "ada@example.org"), ORIGIN);

        assertThat(audit.events())
                .singleElement()
                .satisfies(
                        event -> {
                            assertThat(event.action()).isEqualTo(AuditEvent.REGISTERED);
                            assertThat(event.actorUserId()).isEqualTo(view.id());
                            assertThat(event.actorUsername()).isEqualTo("ada");
                            assertThat(event.origin()).isEqualTo(ORIGIN);
                            assertThat(event.toString()).doesNotContain(PASSWORD);
                        });
    }

    @Test
    void registeringATakenUsernameIsTheRepositorysConflict() {
        service.register(registration("ada", "ada@example.org"), ORIGIN);

        Throwable thrown =
                catchThrowable(
                        () -> service.register(registration("ADA", "other@example.org"), ORIGIN));

        assertThat(thrown)
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("duplicate-username"));
        assertThat(users.count()).isEqualTo(1);
        assertThat(audit.actions()).containsExactly(AuditEvent.REGISTERED);
    }

    @Test
    void registeringATakenEmailIsTheRepositorysConflict() {
        service.register(registration("ada", "ada@example.org"), ORIGIN);

        Throwable thrown =
                catchThrowable(
                        () -> service.register(registration("augusta", "ADA@example.org"), ORIGIN));

        assertThat(thrown)
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("duplicate-email"));
        assertThat(users.count()).isEqualTo(1);
    }

    // Updating

    @Test
    void updateChangesOnlyTheGivenFields() {
        UserId ada = ada();
        AccountView before = service.view(ada);

        AccountView after =
                service.update(
                        ada,
                        new AccountChanges(
                                new Change<>("Augusta"), null, null, null, null, null, null));

        assertThat(after.firstName()).isEqualTo("Augusta");
        assertThat(after)
                .usingRecursiveComparison()
                .ignoringFields("firstName", "updatedAt")
                .isEqualTo(before);
    }

    @Test
    void updateWithoutChangesLeavesTheAccountAsItWas() {
        UserId ada = ada();
        AccountView before = service.view(ada);

        AccountView after = service.update(ada, NO_CHANGES);

        assertThat(after).isEqualTo(before);
    }

    @Test
    void updateClearsTheFieldsGivenAsAChangeToNothing() {
        UserId ada = ada();

        AccountView after =
                service.update(
                        ada,
                        new AccountChanges(
                                null,
                                new Change<>(null),
                                null,
                                new Change<>(null),
                                new Change<>(null),
                                new Change<>(null),
                                null));

        assertThat(after.firstName()).isEqualTo("Ada");
        assertThat(after.lastName()).isNull();
        assertThat(after.bio()).isNull();
        assertThat(after.birthDate()).isNull();
        assertThat(after.favoriteGenres()).isEmpty();
    }

    @Test
    void updateStoresTheNewProfileFields() {
        UserId ada = ada();
        LocalDate birthDate = LocalDate.of(1985, 12, 11);

        service.update(
                ada,
                new AccountChanges(
                        null,
                        null,
                        null,
                        new Change<>("Analyst"),
                        new Change<>(birthDate),
                        new Change<>(Set.of(new GenreId(3))),
                        null));

        assertThat(users.profileOf(ada))
                .isEqualTo(
                        new Profile(
                                "Analyst",
                                birthDate,
                                Set.of(new GenreId(3)),
                                NotificationPreferences.DEFAULTS));
        assertThat(service.view(ada).favoriteGenres()).containsExactly(new Named(3, "genre 3"));
    }

    @Test
    void updateStampsTheAccountWhenTheNamesChange() {
        UserId ada = ada();

        AccountView after =
                service.update(
                        ada,
                        new AccountChanges(
                                null, new Change<>("King"), null, null, null, null, null));

        assertThat(after.updatedAt()).isEqualTo(NOW);
        assertThat(stored(ada).lastName()).isEqualTo("King");
    }

    @Test
    void updateStampsTheAccountWhenOnlyTheProfileChanges() {
        UserId ada = ada();

        AccountView after =
                service.update(
                        ada,
                        new AccountChanges(
                                null, null, null, new Change<>("Analyst"), null, null, null));

        assertThat(after.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void updateMergesNotificationPreferences() {
        UserId ada = ada();
        service.update(ada, preferences(Map.of("newsletter", true)));

        AccountView after = service.update(ada, preferences(Map.of("recommendations", false)));

        assertThat(after.notificationPreferences())
                .isEqualTo(new NotificationPreferences(false, true, true));
    }

    @Test
    void updateRejectsAnUnknownNotificationPreference() {
        UserId ada = ada();

        Throwable thrown =
                catchThrowable(() -> service.update(ada, preferences(Map.of("x", true))));

        assertViolationOn(thrown, "notificationPreferences.x");
        assertThat(users.profileOf(ada).notificationPreferences())
                .isEqualTo(NotificationPreferences.DEFAULTS);
    }

    @Test
    void updateRejectsRemovingTheEmail() {
        UserId ada = ada();

        Throwable thrown =
                catchThrowable(
                        () ->
                                service.update(
                                        ada,
                                        new AccountChanges(
                                                null,
                                                null,
                                                new Change<>(null),
                                                null,
                                                null,
                                                null,
                                                null)));

        assertViolationOn(thrown, "email");
        assertThat(stored(ada).email()).isEqualTo(new EmailAddress("ada@example.org"));
    }

    @Test
    void updateChangesTheEmail() {
        UserId ada = ada();

        AccountView after =
                service.update(
                        ada,
                        new AccountChanges(
                                null,
                                null,
                                new Change<>(new EmailAddress("ada@example.net")),
                                null,
                                null,
                                null,
                                null));

        assertThat(after.email()).isEqualTo("ada@example.net");
        assertThat(stored(ada).email()).isEqualTo(new EmailAddress("ada@example.net"));
    }

    @Test
    void updateToTheEmailOfAnotherAccountIsTheRepositorysConflict() {
        UserId ada = ada();
        grace();

        assertThatThrownBy(
                        () ->
                                service.update(
                                        ada,
                                        new AccountChanges(
                                                null,
                                                null,
                                                new Change<>(new EmailAddress("GRACE@example.org")),
                                                null,
                                                null,
                                                null,
                                                null)))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("duplicate-email"));
    }

    @Test
    void updateWithAnUnknownFavoriteGenreIsTheRepositorysInvalidInput() {
        UserId ada = ada();

        Throwable thrown =
                catchThrowable(
                        () ->
                                service.update(
                                        ada,
                                        new AccountChanges(
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                new Change<>(Set.of(new GenreId(99))),
                                                null)));

        assertViolationOn(thrown, "favoriteGenreIds");
    }

    @Test
    void updateOfAGoneAccountFails() {
        assertAccountGone(catchThrowable(() -> service.update(new UserId(42), NO_CHANGES)));
    }

    // Changing the password

    @Test
    void changePasswordWithAWrongCurrentPasswordIsRejectedOnThatField() {
        UserId ada = ada();

        Throwable thrown =
                catchThrowable(
                        () ->
                                service.changePassword(
                                        ada,
                                        "not my password",
                                        new Password(NEW_PASSWORD),
                                        ORIGIN));

        assertViolationOn(thrown, "currentPassword");
    }

    @Test
    void changePasswordWithAWrongCurrentPasswordChangesNothing() {
        UserId ada = ada();
        RefreshTokenHash session = session(ada, "ada-session");

        catchThrowable(
                () ->
                        service.changePassword(
                                ada, "not my password", new Password(NEW_PASSWORD), ORIGIN));

        assertThat(stored(ada).passwordHash()).isEqualTo(CountingPasswordHasher.hashOf(PASSWORD));
        assertThat(stored(ada).updatedAt()).isEqualTo(CREATED);
        assertThat(refreshTokens.find(session).orElseThrow().revokedAt()).isNull();
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void changePasswordStoresTheHashOfTheNewPassword() {
        UserId ada = ada();

        service.changePassword(ada, PASSWORD, new Password(NEW_PASSWORD), ORIGIN);

        assertThat(stored(ada).passwordHash())
                .isEqualTo(CountingPasswordHasher.hashOf(NEW_PASSWORD));
        assertThat(stored(ada).updatedAt()).isEqualTo(NOW);
    }

    @Test
    void changePasswordRevokesEveryRefreshTokenOfTheUserAndNoOtherUsers() {
        UserId ada = ada();
        UserId grace = grace();
        RefreshTokenHash phone = session(ada, "ada-phone");
        RefreshTokenHash laptop = session(ada, "ada-laptop");
        RefreshTokenHash graces = session(grace, "grace-laptop");

        service.changePassword(ada, PASSWORD, new Password(NEW_PASSWORD), ORIGIN);

        assertThat(refreshTokens.find(phone).orElseThrow().revokedAt()).isEqualTo(NOW);
        assertThat(refreshTokens.find(laptop).orElseThrow().revokedAt()).isEqualTo(NOW);
        assertThat(refreshTokens.find(graces).orElseThrow().revokedAt()).isNull();
    }

    @Test
    void changePasswordIsAuditedWithoutEitherPassword() {
        UserId ada = ada();

        service.changePassword(ada, PASSWORD, new Password(NEW_PASSWORD), ORIGIN);

        assertThat(audit.events())
                .singleElement()
                .satisfies(
                        event -> {
                            assertThat(event.action()).isEqualTo(AuditEvent.PASSWORD_CHANGED);
                            assertThat(event.actorUserId()).isEqualTo(ada.value());
                            assertThat(event.origin()).isEqualTo(ORIGIN);
                            assertThat(event.toString())
                                    .doesNotContain(PASSWORD)
                                    .doesNotContain(NEW_PASSWORD);
                        });
    }

    @Test
    void changePasswordOfAnAccountWithoutPasswordIsRejected() {
        UserId imported =
                users.add(
                                new UserDetails(
                                        new Username("movielens-42"),
                                        null,
                                        null,
                                        null,
                                        null,
                                        Set.of()))
                        .id();

        Throwable thrown =
                catchThrowable(
                        () ->
                                service.changePassword(
                                        imported, "", new Password(NEW_PASSWORD), ORIGIN));

        assertViolationOn(thrown, "currentPassword");
        assertThat(stored(imported).passwordHash()).isNull();
    }

    // Export and deletion

    @Test
    void exportHoldsTheAccount() {
        UserId ada = ada();

        AccountExport export = service.export(ada, ORIGIN);

        assertThat(export.account()).isEqualTo(service.view(ada));
    }

    @Test
    void exportIsAudited() {
        UserId ada = ada();

        service.export(ada, ORIGIN);

        assertThat(audit.events())
                .singleElement()
                .satisfies(
                        event -> {
                            assertThat(event.action()).isEqualTo(AuditEvent.EXPORTED);
                            assertThat(event.actorUserId()).isEqualTo(ada.value());
                            assertThat(event.actorUsername()).isEqualTo("ada");
                            assertThat(event.origin()).isEqualTo(ORIGIN);
                        });
    }

    @Test
    void exportOfAGoneAccountFailsAndIsNotAudited() {
        assertAccountGone(catchThrowable(() -> service.export(new UserId(42), ORIGIN)));
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void deleteRemovesTheAccount() {
        UserId ada = ada();

        service.delete(ada, ORIGIN);

        assertThat(users.findById(ada)).isEmpty();
        assertAccountGone(catchThrowable(() -> service.view(ada)));
    }

    @Test
    void deleteLeavesOtherAccounts() {
        UserId ada = ada();
        UserId grace = grace();

        service.delete(ada, ORIGIN);

        assertThat(users.findById(grace)).isPresent();
    }

    @Test
    void deleteIsAudited() {
        UserId ada = ada();

        service.delete(ada, ORIGIN);

        assertThat(audit.events())
                .singleElement()
                .satisfies(
                        event -> {
                            assertThat(event.action()).isEqualTo(AuditEvent.DELETED);
                            assertThat(event.actorUserId()).isEqualTo(ada.value());
                            assertThat(event.actorUsername()).isEqualTo("ada");
                            assertThat(event.origin()).isEqualTo(ORIGIN);
                        });
    }

    @Test
    void deleteOfAGoneAccountFailsAndIsNotAudited() {
        assertAccountGone(catchThrowable(() -> service.delete(new UserId(42), ORIGIN)));
        assertThat(audit.events()).isEmpty();
    }

    // The administrators' list

    @ParameterizedTest
    @ValueSource(strings = {"username", "createdAt", "id"})
    void listRejectsAnySortField(String field) {
        ada();
        PageRequest request = new PageRequest(1, 20, List.of(SortOrder.ascending(field)));

        assertViolationOn(catchThrowable(() -> service.list(null, request)), "sort");
    }

    @Test
    void listNarrowsToTheExactUsernameIgnoringCaseAndSurroundingSpaces() {
        ada();
        grace();
        users.add(new UserDetails(new Username("ada2"), null, null, null, null, Set.of()));

        Page<UserSummary> page = service.list("  ADA ", PageRequest.first(20));

        assertThat(page.items()).extracting(UserSummary::username).containsExactly("ada");
        assertThat(page.totalItems()).isEqualTo(1);
    }

    @Test
    void listTreatsABlankUsernameAsNone() {
        ada();
        grace();

        Page<UserSummary> page = service.list("   ", PageRequest.first(20));

        assertThat(page.items())
                .extracting(UserSummary::username)
                .containsExactlyInAnyOrder("ada", "grace");
    }
}
