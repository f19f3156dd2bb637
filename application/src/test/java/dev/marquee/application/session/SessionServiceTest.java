package dev.marquee.application.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.marquee.application.fakes.CountingPasswordHasher;
import dev.marquee.application.fakes.DirectTransactions;
import dev.marquee.application.fakes.InMemoryRefreshTokenRepository;
import dev.marquee.application.fakes.InMemoryUserRepository;
import dev.marquee.application.fakes.RecordingAuditTrail;
import dev.marquee.domain.audit.AuditEvent;
import dev.marquee.domain.audit.Origin;
import dev.marquee.domain.port.out.RefreshTokenRepository;
import dev.marquee.domain.session.NewRefreshToken;
import dev.marquee.domain.session.RefreshTokenHash;
import dev.marquee.domain.session.SignedIn;
import dev.marquee.domain.session.StoredRefreshToken;
import dev.marquee.domain.shared.AuthenticationFailedException;
import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.Role;
import dev.marquee.domain.user.User;
import dev.marquee.domain.user.UserDetails;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.user.Username;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final Duration LIFETIME = Duration.ofDays(30);
    private static final String PASSWORD = "correct horse battery";
    private static final Origin ORIGIN = new Origin("203.0.113.5");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryUserRepository users = new InMemoryUserRepository(clock);
    private final InMemoryRefreshTokenRepository refreshTokens =
            new InMemoryRefreshTokenRepository();
    private final CountingPasswordHasher hasher = new CountingPasswordHasher();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final SessionService service = at(NOW);

    SessionServiceTest() {
        users.onDelete(refreshTokens::removeAllOf);
    }

    /** The service as it runs at another instant, over the same stores. */
    private SessionService at(Instant instant) {
        return new SessionService(
                users,
                refreshTokens,
                hasher,
                audit,
                new DirectTransactions(),
                Clock.fixed(instant, ZoneOffset.UTC),
                LIFETIME);
    }

    private User ada() {
        return users.add(
                new UserDetails(
                        new Username("ada"),
                        new EmailAddress("Ada.Lovelace@Example.org"),
                        CountingPasswordHasher.hashOf(PASSWORD),
                        "Ada",
                        "Lovelace",
                        Set.of()));
    }

    private String logIn() {
        return service.logIn("ada", PASSWORD, Origin.UNKNOWN).refreshToken();
    }

    private StoredRefreshToken stored(String refreshToken) {
        return refreshTokens.find(RefreshTokenHash.of(refreshToken)).orElseThrow();
    }

    private static void assertInvalidRefreshToken(Throwable thrown) {
        assertThat(thrown)
                .isInstanceOfSatisfying(
                        AuthenticationFailedException.class,
                        e -> assertThat(e.code()).isEqualTo("invalid-refresh-token"));
    }

    // Logging in

    @Test
    void returnsTheUserAndARefreshToken() {
        User ada = ada();

        SignedIn signedIn = service.logIn("ada", PASSWORD, Origin.UNKNOWN);

        assertThat(signedIn.user().id()).isEqualTo(ada.id());
        assertThat(signedIn.user().username()).isEqualTo(new Username("ada"));
        assertThat(signedIn.user().roles()).containsExactly(Role.USER);
        assertThat(signedIn.refreshToken()).isNotBlank();
    }

    @Test
    void storesOnlyTheSha256HashOfTheRefreshToken() {
        User ada = ada();

        SignedIn signedIn = service.logIn("ada", PASSWORD, Origin.UNKNOWN);

        assertThat(refreshTokens.added()).hasSize(1);
        NewRefreshToken stored = refreshTokens.added().get(0);
        assertThat(stored.userId()).isEqualTo(ada.id());
        assertThat(stored.hash()).isEqualTo(RefreshTokenHash.of(signedIn.refreshToken()));
        assertThat(stored.hash().digest())
                .isNotEqualTo(signedIn.refreshToken().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refreshTokenExpiresOneLifetimeFromNow() {
        ada();

        logIn();

        NewRefreshToken stored = refreshTokens.added().get(0);
        assertThat(stored.issuedAt()).isEqualTo(NOW);
        assertThat(stored.expiresAt()).isEqualTo(NOW.plus(LIFETIME));
    }

    @Test
    void eachLoginOpensANewSessionWithItsOwnToken() {
        ada();

        String first = logIn();
        String second = logIn();

        assertThat(first).isNotEqualTo(second);
        assertThat(refreshTokens.added())
                .extracting(NewRefreshToken::familyId)
                .doesNotHaveDuplicates()
                .hasSize(2);
    }

    @Test
    void refreshTokenIsLongAndUrlSafe() {
        ada();

        String token = logIn();

        assertThat(token).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void wrongPasswordIsRejected() {
        ada();

        AuthenticationFailedException e =
                catchThrowableOfType(
                        () -> service.logIn("ada", "wrong password", Origin.UNKNOWN),
                        AuthenticationFailedException.class);

        assertThat(e).isNotNull();
        assertThat(refreshTokens.added()).isEmpty();
    }

    @Test
    void unknownLoginIsRejected() {
        AuthenticationFailedException e =
                catchThrowableOfType(
                        () -> service.logIn("nobody", PASSWORD, Origin.UNKNOWN),
                        AuthenticationFailedException.class);

        assertThat(e).isNotNull();
        assertThat(refreshTokens.added()).isEmpty();
    }

    @Test
    void unknownLoginAndWrongPasswordFailAlike() {
        ada();

        AuthenticationFailedException wrongPassword =
                catchThrowableOfType(
                        () -> service.logIn("ada", "wrong password", Origin.UNKNOWN),
                        AuthenticationFailedException.class);
        AuthenticationFailedException unknownLogin =
                catchThrowableOfType(
                        () -> service.logIn("nobody", PASSWORD, Origin.UNKNOWN),
                        AuthenticationFailedException.class);

        assertThat(unknownLogin.code()).isEqualTo(wrongPassword.code());
        assertThat(unknownLogin.getMessage()).isEqualTo(wrongPassword.getMessage());
    }

    @Test
    void unknownLoginStillChecksAPassword() {
        int before = hasher.matchesCalls();

        catchThrowableOfType(
                () -> service.logIn("nobody", PASSWORD, Origin.UNKNOWN),
                AuthenticationFailedException.class);

        assertThat(hasher.matchesCalls()).isEqualTo(before + 1);
    }

    @Test
    void accountWithoutPasswordHashCannotLogIn() {
        users.add(new UserDetails(new Username("movielens-42"), null, null, null, null, Set.of()));

        AuthenticationFailedException e =
                catchThrowableOfType(
                        () -> service.logIn("movielens-42", PASSWORD, Origin.UNKNOWN),
                        AuthenticationFailedException.class);

        assertThat(e).isNotNull();
        assertThat(refreshTokens.added()).isEmpty();
    }

    @Test
    void accountWithoutPasswordHashStillCostsAPasswordCheck() {
        users.add(new UserDetails(new Username("movielens-42"), null, null, null, null, Set.of()));
        int before = hasher.matchesCalls();

        catchThrowableOfType(
                () -> service.logIn("movielens-42", PASSWORD, Origin.UNKNOWN),
                AuthenticationFailedException.class);

        assertThat(hasher.matchesCalls()).isEqualTo(before + 1);
    }

    @Test
    void logsInByEmailIgnoringCase() {
        User ada = ada();

        SignedIn signedIn = service.logIn("ada.lovelace@EXAMPLE.org", PASSWORD, Origin.UNKNOWN);

        assertThat(signedIn.user().id()).isEqualTo(ada.id());
    }

    @Test
    void logsInByUsernameIgnoringCase() {
        User ada = ada();

        SignedIn signedIn = service.logIn("ADA", PASSWORD, Origin.UNKNOWN);

        assertThat(signedIn.user().id()).isEqualTo(ada.id());
    }

    @Test
    void passwordIsCaseSensitive() {
        ada();

        AuthenticationFailedException e =
                catchThrowableOfType(
                        () -> service.logIn("ada", PASSWORD.toUpperCase(), Origin.UNKNOWN),
                        AuthenticationFailedException.class);

        assertThat(e).isNotNull();
    }

    @Test
    void signedInDoesNotPrintTheRefreshToken() {
        ada();

        SignedIn signedIn = service.logIn("ada", PASSWORD, Origin.UNKNOWN);

        assertThat(signedIn.toString()).doesNotContain(signedIn.refreshToken());
    }

    @Test
    void failedLoginIsAuditedWithoutPasswordOrHash() {
        User ada = ada();

        catchThrowable(() -> service.logIn("ada", "wrong password", ORIGIN));

        assertThat(audit.events())
                .singleElement()
                .satisfies(
                        event -> {
                            assertThat(event.action()).isEqualTo(AuditEvent.LOGIN_FAILED);
                            assertThat(event.actorUserId()).isEqualTo(ada.id().value());
                            assertThat(event.origin()).isEqualTo(ORIGIN);
                            assertThat(event.details().values())
                                    .noneMatch(
                                            value ->
                                                    value.contains("wrong password")
                                                            || value.contains(PASSWORD)
                                                            || value.contains(
                                                                    CountingPasswordHasher.hashOf(
                                                                            PASSWORD)));
                            assertThat(event.toString())
                                    .doesNotContain("wrong password")
                                    .doesNotContain(PASSWORD);
                        });
    }

    @Test
    void failedLoginOfAnUnknownAccountIsAuditedWithoutAnActorId() {
        catchThrowable(() -> service.logIn("nobody", PASSWORD, ORIGIN));

        assertThat(audit.events())
                .singleElement()
                .satisfies(
                        event -> {
                            assertThat(event.action()).isEqualTo(AuditEvent.LOGIN_FAILED);
                            assertThat(event.actorUserId()).isNull();
                            assertThat(event.actorUsername()).isEqualTo("nobody");
                            assertThat(event.toString()).doesNotContain(PASSWORD);
                        });
    }

    @Test
    void successfulLoginIsAuditedWithoutPasswordOrHash() {
        User ada = ada();

        service.logIn("ada", PASSWORD, ORIGIN);

        assertThat(audit.events())
                .singleElement()
                .satisfies(
                        event -> {
                            assertThat(event.action()).isEqualTo(AuditEvent.LOGGED_IN);
                            assertThat(event.actorUserId()).isEqualTo(ada.id().value());
                            assertThat(event.actorUsername()).isEqualTo("ada");
                            assertThat(event.origin()).isEqualTo(ORIGIN);
                            assertThat(event.details().values())
                                    .noneMatch(
                                            value ->
                                                    value.contains(PASSWORD)
                                                            || value.contains(
                                                                    CountingPasswordHasher.hashOf(
                                                                            PASSWORD)));
                            assertThat(event.toString()).doesNotContain(PASSWORD);
                        });
    }

    // Refreshing

    @Test
    void refreshReturnsANewTokenForTheSameUserInTheSameSession() {
        User ada = ada();
        String first = logIn();

        SignedIn refreshed = service.refresh(first, ORIGIN);

        assertThat(refreshed.user().id()).isEqualTo(ada.id());
        assertThat(refreshed.user().roles()).containsExactly(Role.USER);
        assertThat(refreshed.refreshToken()).isNotEqualTo(first);
        assertThat(stored(refreshed.refreshToken()).familyId()).isEqualTo(stored(first).familyId());
    }

    @Test
    void refreshedTokenExpiresOneLifetimeAfterTheRefresh() {
        ada();
        String first = logIn();
        Instant later = NOW.plus(Duration.ofDays(10));

        String second = at(later).refresh(first, ORIGIN).refreshToken();

        assertThat(stored(second).expiresAt()).isEqualTo(later.plus(LIFETIME));
    }

    @Test
    void aRefreshedTokenStopsWorking() {
        ada();
        String first = logIn();
        service.refresh(first, ORIGIN);

        assertInvalidRefreshToken(catchThrowable(() -> service.refresh(first, ORIGIN)));
    }

    @Test
    void replayingARefreshTokenRevokesTheWholeSession() {
        ada();
        String first = logIn();
        String second = service.refresh(first, ORIGIN).refreshToken();

        catchThrowable(() -> service.refresh(first, ORIGIN));

        assertInvalidRefreshToken(catchThrowable(() -> service.refresh(second, ORIGIN)));
    }

    @Test
    void replayingARefreshTokenIsAudited() {
        User ada = ada();
        String first = logIn();
        service.refresh(first, ORIGIN);

        catchThrowable(() -> service.refresh(first, ORIGIN));

        assertThat(audit.withAction(AuditEvent.REFRESH_REUSED))
                .singleElement()
                .satisfies(
                        event -> {
                            assertThat(event.actorUserId()).isEqualTo(ada.id().value());
                            assertThat(event.targetId())
                                    .isEqualTo(stored(first).familyId().toString());
                            assertThat(event.origin()).isEqualTo(ORIGIN);
                        });
    }

    @Test
    void replayingARefreshTokenLeavesTheUsersOtherSessionsOpen() {
        ada();
        String stolen = logIn();
        String otherDevice = logIn();
        service.refresh(stolen, ORIGIN);

        catchThrowable(() -> service.refresh(stolen, ORIGIN));

        assertThat(service.refresh(otherDevice, ORIGIN).refreshToken()).isNotBlank();
    }

    @Test
    void aReplayDuringTheFirstUseStillRevokesTheTokenThatUseIssues() {
        ada();
        String stolen = logIn();
        InterleavingRefreshTokens interleaving = new InterleavingRefreshTokens(refreshTokens);
        SessionService racing =
                new SessionService(
                        users,
                        interleaving,
                        hasher,
                        audit,
                        new DirectTransactions(),
                        clock,
                        LIFETIME);
        interleaving.afterNextUse(() -> catchThrowable(() -> racing.refresh(stolen, ORIGIN)));

        String successor = racing.refresh(stolen, ORIGIN).refreshToken();

        assertThat(audit.actions()).contains(AuditEvent.REFRESH_REUSED);
        assertInvalidRefreshToken(catchThrowable(() -> service.refresh(successor, ORIGIN)));
    }

    @Test
    void expiredRefreshTokenIsRejected() {
        ada();
        String token = logIn();

        Throwable thrown = catchThrowable(() -> at(NOW.plus(LIFETIME)).refresh(token, ORIGIN));

        assertInvalidRefreshToken(thrown);
    }

    @Test
    void expiredRefreshTokenRevokesNothing() {
        ada();
        String token = logIn();

        catchThrowable(() -> at(NOW.plus(LIFETIME).plusSeconds(1)).refresh(token, ORIGIN));

        assertThat(stored(token).revokedAt()).isNull();
        assertThat(audit.actions()).doesNotContain(AuditEvent.REFRESH_REUSED);
    }

    @Test
    void unknownRefreshTokenIsRejected() {
        Throwable thrown = catchThrowable(() -> service.refresh("no-such-token", ORIGIN));

        assertInvalidRefreshToken(thrown);
    }

    @Test
    void unknownRefreshTokenRevokesNothing() {
        ada();
        String token = logIn();

        catchThrowable(() -> service.refresh("no-such-token", ORIGIN));

        assertThat(stored(token).revokedAt()).isNull();
        assertThat(service.refresh(token, ORIGIN).refreshToken()).isNotBlank();
    }

    @Test
    void refreshForAnAccountThatNoLongerHasAPasswordFails() {
        User ada = ada();
        String token = logIn();
        User withoutPassword = users.findById(ada.id()).orElseThrow();
        withoutPassword.changePasswordHash(null, NOW);
        users.save(withoutPassword);

        assertInvalidRefreshToken(catchThrowable(() -> service.refresh(token, ORIGIN)));
        assertThat(refreshTokens.added()).hasSize(1);
    }

    @Test
    void refreshForADeletedAccountFails() {
        User ada = ada();
        String token = logIn();
        users.delete(ada.id());

        assertInvalidRefreshToken(catchThrowable(() -> service.refresh(token, ORIGIN)));
        assertThat(refreshTokens.added()).hasSize(1);
    }

    // Logging out

    @Test
    void logOutEndsTheSession() {
        ada();
        String token = logIn();

        service.logOut(token, ORIGIN);

        assertInvalidRefreshToken(catchThrowable(() -> service.refresh(token, ORIGIN)));
    }

    @Test
    void logOutWithAnEarlierTokenOfTheSessionEndsItToo() {
        ada();
        String first = logIn();
        String current = service.refresh(first, ORIGIN).refreshToken();

        service.logOut(first, ORIGIN);

        assertThat(stored(current).revokedAt()).isEqualTo(NOW);
    }

    @Test
    void logOutIsAudited() {
        User ada = ada();
        String token = logIn();

        service.logOut(token, ORIGIN);

        assertThat(audit.withAction(AuditEvent.LOGGED_OUT))
                .singleElement()
                .satisfies(
                        event -> {
                            assertThat(event.actorUserId()).isEqualTo(ada.id().value());
                            assertThat(event.targetId())
                                    .isEqualTo(stored(token).familyId().toString());
                            assertThat(event.origin()).isEqualTo(ORIGIN);
                            assertThat(event.toString()).doesNotContain(token);
                        });
    }

    @Test
    void logOutLeavesTheUsersOtherSessionsOpen() {
        ada();
        String phone = logIn();
        String laptop = logIn();

        service.logOut(phone, ORIGIN);

        assertThat(service.refresh(laptop, ORIGIN).refreshToken()).isNotBlank();
    }

    @Test
    void logOutWithAnUnknownTokenDoesNothing() {
        ada();
        String token = logIn();
        int eventsBefore = audit.events().size();

        assertThatCode(() -> service.logOut("no-such-token", ORIGIN)).doesNotThrowAnyException();

        assertThat(audit.events()).hasSize(eventsBefore);
        assertThat(stored(token).revokedAt()).isNull();
    }

    /**
     * Runs an action right after the next successful use of a token, as another request arriving at
     * that moment would.
     */
    private static final class InterleavingRefreshTokens implements RefreshTokenRepository {

        private final RefreshTokenRepository delegate;
        private Runnable afterNextUse = () -> {};

        InterleavingRefreshTokens(RefreshTokenRepository delegate) {
            this.delegate = delegate;
        }

        void afterNextUse(Runnable action) {
            this.afterNextUse = action;
        }

        @Override
        public void add(NewRefreshToken token) {
            delegate.add(token);
        }

        @Override
        public Optional<StoredRefreshToken> useOnce(RefreshTokenHash hash, Instant now) {
            Optional<StoredRefreshToken> used = delegate.useOnce(hash, now);
            if (used.isPresent()) {
                Runnable action = afterNextUse;
                afterNextUse = () -> {};
                action.run();
            }
            return used;
        }

        @Override
        public Optional<StoredRefreshToken> find(RefreshTokenHash hash) {
            return delegate.find(hash);
        }

        @Override
        public void revokeFamily(UUID familyId, Instant now) {
            delegate.revokeFamily(familyId, now);
        }

        @Override
        public void revokeAllOf(UserId userId, Instant now) {
            delegate.revokeAllOf(userId, now);
        }
    }
}
