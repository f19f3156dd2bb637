package dev.marquee.bootstrap.e2e;

import static dev.marquee.bootstrap.e2e.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.marquee.bootstrap.e2e.Api.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sessions: refresh-token rotation and replay detection, logout, and access tokens that must be
 * refused.
 */
class SessionsApiTest {

    private static final String PASSWORD = "session-passphrase";

    private static Api api;

    @BeforeAll
    static void connect() {
        api = Api.forShared();
    }

    private static String newAccount() {
        String username = "sam_" + unique();
        api.post(
                "/api/v1/auth/register",
                "{\"username\":\""
                        + username
                        + "\",\"email\":\""
                        + username
                        + "@example.org\",\"password\":\""
                        + PASSWORD
                        + "\"}",
                null);
        return username;
    }

    private static Map<String, Object> logIn(String username) {
        return api.post(
                        "/api/v1/auth/login",
                        "{\"login\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}",
                        null)
                .json();
    }

    private static Response refresh(Object refreshToken) {
        return api.post(
                "/api/v1/auth/refresh", "{\"refreshToken\":\"" + refreshToken + "\"}", null);
    }

    @Test
    void aRefreshGivesANewPairAndTheOldRefreshTokenStopsWorking() {
        Map<String, Object> session = logIn(newAccount());

        Response renewed = refresh(session.get("refreshToken"));

        assertThat(renewed.status()).isEqualTo(200);
        assertThat(renewed.json())
                .containsEntry("tokenType", "Bearer")
                .containsEntry("expiresIn", 900);
        assertThat(renewed.json().get("refreshToken")).isNotEqualTo(session.get("refreshToken"));
        assertThat(
                        api.get(
                                        "/api/v1/users/me",
                                        Map.of(
                                                "Authorization",
                                                "Bearer " + renewed.json().get("accessToken")))
                                .status())
                .isEqualTo(200);
        assertThat(refresh(renewed.json().get("refreshToken")).status()).isEqualTo(200);
    }

    @Test
    void replayingAUsedRefreshTokenRevokesTheWholeSession() {
        Map<String, Object> session = logIn(newAccount());
        Object stolen = session.get("refreshToken");
        Object legitimate = refresh(stolen).json().get("refreshToken");

        Response replay = refresh(stolen);

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.header("Content-Type")).hasValue("application/problem+json");
        assertThat(refresh(legitimate).status()).isEqualTo(401);
    }

    @Test
    void replayRevokesOnlyThatSession() {
        String username = newAccount();
        Map<String, Object> phone = logIn(username);
        Map<String, Object> laptop = logIn(username);
        refresh(phone.get("refreshToken"));

        refresh(phone.get("refreshToken"));

        assertThat(refresh(laptop.get("refreshToken")).status()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() {
        Map<String, Object> session = logIn(newAccount());

        Response loggedOut =
                api.post(
                        "/api/v1/auth/logout",
                        "{\"refreshToken\":\"" + session.get("refreshToken") + "\"}",
                        null);

        assertThat(loggedOut.status()).isEqualTo(204);
        assertThat(refresh(session.get("refreshToken")).status()).isEqualTo(401);
        assertThat(
                        api.post(
                                        "/api/v1/auth/logout",
                                        "{\"refreshToken\":\""
                                                + session.get("refreshToken")
                                                + "\"}",
                                        null)
                                .status())
                .isEqualTo(204);
    }

    @Test
    void unknownOrMalformedRefreshTokensAreRefused() {
        assertThat(refresh("not-a-token").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", "{}", null).status()).isEqualTo(400);
        assertThat(
                        api.post(
                                        "/api/v1/auth/refresh",
                                        "{\"refreshToken\":\"" + "x".repeat(500) + "\"}",
                                        null)
                                .status())
                .isEqualTo(400);
    }

    @Test
    void anExpiredAccessTokenIsRefused() throws Exception {
        String expired =
                sign(
                        new JWTClaimsSet.Builder()
                                .subject("1")
                                .claim("roles", List.of("ADMIN", "USER"))
                                .expirationTime(Date.from(Instant.now().minusSeconds(60)))
                                .issueTime(Date.from(Instant.now().minusSeconds(960)))
                                .build(),
                        secret());

        assertThat(
                        api.post("/api/v1/genres", "{\"name\":\"Late " + unique() + "\"}", expired)
                                .status())
                .isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() throws Exception {
        String forged =
                sign(
                        new JWTClaimsSet.Builder()
                                .subject("1")
                                .claim("roles", List.of("ADMIN", "USER"))
                                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                                .build(),
                        "a-different-secret-of-at-least-32-bytes!");

        assertThat(
                        api.post("/api/v1/genres", "{\"name\":\"Forged " + unique() + "\"}", forged)
                                .status())
                .isEqualTo(401);
    }

    @Test
    void aTokenSignedWithTheRealSecretIsAccepted() throws Exception {
        long adminId =
                Fixtures.sql("select id from users where username = ?", TestMarquee.ADMIN_USERNAME);
        String minted =
                sign(
                        new JWTClaimsSet.Builder()
                                .subject(String.valueOf(adminId))
                                .claim("roles", List.of("ADMIN", "USER"))
                                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                                .build(),
                        secret());

        assertThat(
                        api.post("/api/v1/genres", "{\"name\":\"Minted " + unique() + "\"}", minted)
                                .status())
                .isEqualTo(201);
    }

    @Test
    void corsAllowsOnlyTheConfiguredOriginsAndNeverCredentials() {
        Response trusted = preflight(TestMarquee.TRUSTED_ORIGIN);
        Response stranger = preflight("https://evil.example");

        assertThat(trusted.header("Access-Control-Allow-Origin"))
                .hasValue(TestMarquee.TRUSTED_ORIGIN);
        assertThat(trusted.header("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(stranger.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void everyResponseRefusesContentSniffingAndPublicReadsRevalidate() {
        Response publicRead = api.get("/api/v1/genres");
        Response problem = api.get("/api/v1/genres/987654321");

        assertThat(publicRead.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(problem.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(publicRead.header("Cache-Control")).hasValue("no-cache");
        assertThat(
                        api.post("/api/v1/auth/login", "{\"login\":\"x\",\"password\":\"y\"}", null)
                                .header("Cache-Control"))
                .hasValue("private, no-store");
    }

    /**
     * Refused from its Content-Length, before the body is read: the test sends the headers and only
     * the start of a 2 MiB body, so a client still writing the rest can never race the refusal and
     * the server's closing of the connection (which made an HttpClient test of this flaky).
     */
    @Test
    void oversizedRequestBodiesAreRefused() throws IOException {
        URI base = URI.create(api.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String head =
                    "POST /api/v1/genres HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                            + api.adminToken()
                            + "\r\nContent-Type: application/json\r\nContent-Length: "
                            + (2 * 1024 * 1024)
                            + "\r\n\r\n{\"name\":\"xx";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine =
                    new BufferedReader(
                                    new InputStreamReader(
                                            socket.getInputStream(), StandardCharsets.US_ASCII))
                            .readLine();

            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    private static Response preflight(String origin) {
        return api.send(
                "OPTIONS",
                "/api/v1/genres",
                null,
                null,
                Map.of(
                        "Origin",
                        origin,
                        "Access-Control-Request-Method",
                        "POST",
                        "Access-Control-Request-Headers",
                        "authorization,content-type"));
    }

    private static String secret() {
        return (String)
                TestMarquee.shared()
                        .infrastructure()
                        .properties()
                        .get("micronaut.security.token.jwt.signatures.secret.generator.secret");
    }

    private static String sign(JWTClaimsSet claims, String secret) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }
}
