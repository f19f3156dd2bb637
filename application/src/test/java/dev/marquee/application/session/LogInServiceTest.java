package dev.marquee.application.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.marquee.application.fakes.CountingPasswordHasher;
import dev.marquee.application.fakes.InMemoryUserRepository;
import dev.marquee.application.fakes.RecordingRefreshTokenRepository;
import dev.marquee.domain.session.NewRefreshToken;
import dev.marquee.domain.session.RefreshTokenHash;
import dev.marquee.domain.session.SignedIn;
import dev.marquee.domain.shared.AuthenticationFailedException;
import dev.marquee.domain.user.EmailAddress;
import dev.marquee.domain.user.NewUser;
import dev.marquee.domain.user.Role;
import dev.marquee.domain.user.User;
import dev.marquee.domain.user.Username;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogInServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final Duration LIFETIME = Duration.ofDays(30);
    private static final String PASSWORD = "correct horse battery";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryUserRepository users = new InMemoryUserRepository(clock);
    private final RecordingRefreshTokenRepository refreshTokens = new RecordingRefreshTokenRepository();
    private final CountingPasswordHasher hasher = new CountingPasswordHasher();
    private final LogInService service = new LogInService(users, refreshTokens, hasher, clock, LIFETIME);

    private User ada() {
        return users.add(new NewUser(new Username("ada"), new EmailAddress("Ada.Lovelace@Example.org"),
                CountingPasswordHasher.hashOf(PASSWORD), "Ada", "Lovelace", Set.of()));
    }

    @Test
    void returnsTheUserAndARefreshToken() {
        User ada = ada();

        SignedIn signedIn = service.logIn("ada", PASSWORD);

        assertThat(signedIn.user().id()).isEqualTo(ada.id());
        assertThat(signedIn.user().username()).isEqualTo(new Username("ada"));
        assertThat(signedIn.user().roles()).containsExactly(Role.USER);
        assertThat(signedIn.refreshToken()).isNotBlank();
    }

    @Test
    void storesOnlyTheSha256HashOfTheRefreshToken() {
        User ada = ada();

        SignedIn signedIn = service.logIn("ada", PASSWORD);

        NewRefreshToken stored = refreshTokens.added().get(0);
        assertThat(refreshTokens.added()).hasSize(1);
        assertThat(stored.userId()).isEqualTo(ada.id());
        assertThat(stored.hash()).isEqualTo(RefreshTokenHash.of(signedIn.refreshToken()));
        assertThat(stored.hash().digest())
                .isNotEqualTo(signedIn.refreshToken().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refreshTokenExpiresOneLifetimeFromNow() {
        ada();

        service.logIn("ada", PASSWORD);

        NewRefreshToken stored = refreshTokens.added().get(0);
        assertThat(stored.issuedAt()).isEqualTo(NOW);
        assertThat(stored.expiresAt()).isEqualTo(NOW.plus(LIFETIME));
    }

    @Test
    void eachLoginOpensANewSessionWithItsOwnToken() {
        ada();

        SignedIn first = service.logIn("ada", PASSWORD);
        SignedIn second = service.logIn("ada", PASSWORD);

        assertThat(first.refreshToken()).isNotEqualTo(second.refreshToken());
        assertThat(refreshTokens.added()).extracting(NewRefreshToken::familyId).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void refreshTokenIsLongAndUrlSafe() {
        ada();

        String token = service.logIn("ada", PASSWORD).refreshToken();

        assertThat(token).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void wrongPasswordIsRejected() {
        ada();

        AuthenticationFailedException e = catchThrowableOfType(
                () -> service.logIn("ada", "wrong password"), AuthenticationFailedException.class);

        assertThat(e).isNotNull();
        assertThat(refreshTokens.added()).isEmpty();
    }

    @Test
    void unknownLoginIsRejected() {
        AuthenticationFailedException e = catchThrowableOfType(
                () -> service.logIn("nobody", PASSWORD), AuthenticationFailedException.class);

        assertThat(e).isNotNull();
        assertThat(refreshTokens.added()).isEmpty();
    }

    @Test
    void unknownLoginAndWrongPasswordFailAlike() {
        ada();

        AuthenticationFailedException wrongPassword = catchThrowableOfType(
                () -> service.logIn("ada", "wrong password"), AuthenticationFailedException.class);
        AuthenticationFailedException unknownLogin = catchThrowableOfType(
                () -> service.logIn("nobody", PASSWORD), AuthenticationFailedException.class);

        assertThat(unknownLogin.code()).isEqualTo(wrongPassword.code());
        assertThat(unknownLogin.getMessage()).isEqualTo(wrongPassword.getMessage());
    }

    @Test
    void unknownLoginStillChecksAPassword() {
        int before = hasher.matchesCalls();

        catchThrowableOfType(() -> service.logIn("nobody", PASSWORD), AuthenticationFailedException.class);

        assertThat(hasher.matchesCalls()).isEqualTo(before + 1);
    }

    @Test
    void accountWithoutPasswordHashCannotLogIn() {
        users.add(new NewUser(new Username("movielens-42"), null, null, null, null, Set.of()));

        AuthenticationFailedException e = catchThrowableOfType(
                () -> service.logIn("movielens-42", PASSWORD), AuthenticationFailedException.class);

        assertThat(e).isNotNull();
        assertThat(refreshTokens.added()).isEmpty();
    }

    @Test
    void accountWithoutPasswordHashStillCostsAPasswordCheck() {
        users.add(new NewUser(new Username("movielens-42"), null, null, null, null, Set.of()));
        int before = hasher.matchesCalls();

        catchThrowableOfType(() -> service.logIn("movielens-42", PASSWORD), AuthenticationFailedException.class);

        assertThat(hasher.matchesCalls()).isEqualTo(before + 1);
    }

    @Test
    void logsInByEmailIgnoringCase() {
        User ada = ada();

        SignedIn signedIn = service.logIn("ada.lovelace@EXAMPLE.org", PASSWORD);

        assertThat(signedIn.user().id()).isEqualTo(ada.id());
    }

    @Test
    void logsInByUsernameIgnoringCase() {
        User ada = ada();

        SignedIn signedIn = service.logIn("ADA", PASSWORD);

        assertThat(signedIn.user().id()).isEqualTo(ada.id());
    }

    @Test
    void passwordIsCaseSensitive() {
        ada();

        AuthenticationFailedException e = catchThrowableOfType(
                () -> service.logIn("ada", PASSWORD.toUpperCase()), AuthenticationFailedException.class);

        assertThat(e).isNotNull();
    }

    @Test
    void signedInDoesNotPrintTheRefreshToken() {
        ada();

        SignedIn signedIn = service.logIn("ada", PASSWORD);

        assertThat(signedIn.toString()).doesNotContain(signedIn.refreshToken());
    }
}
