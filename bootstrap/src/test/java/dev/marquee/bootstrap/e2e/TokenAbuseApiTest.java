package dev.marquee.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.marquee.bootstrap.e2e.Api.Response;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tokens that are validly signed but stand for no account: one whose account was deleted, one whose
 * subject is no user id. Each is refused with 401 (or read as anonymous on public reads) and
 * changes nothing.
 */
class TokenAbuseApiTest {

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1
    };

    private static Api api;
    private static long movie;

    @BeforeAll
    static void connect() {
        api = Api.forShared();
        movie =
                api.post(
                                "/api/v1/movies",
                                "{\"title\":\"Token abuse " + Fixtures.unique() + "\"}",
                                api.adminToken())
                        .id();
    }

    @Test
    void theTokenOfADeletedAccountCanNeitherWriteNorReadTheAccount() {
        String token = api.logIn(Fixtures.regularUser(), "password123");
        assertThat(api.delete("/api/v1/users/me", token).status()).isEqualTo(204);
        long filesBefore = Fixtures.sql("select count(*) from files");
        long ratingsBefore = Fixtures.sql("select count(*) from ratings");

        assertThat(
                        api.put("/api/v1/movies/" + movie + "/rating", "{\"score\":4.5}", token)
                                .status())
                .isEqualTo(401);
        assertThat(api.put("/api/v1/users/me/favorites/" + movie, null, token).status())
                .isEqualTo(401);
        assertThat(api.put("/api/v1/users/me/watchlist/" + movie, null, token).status())
                .isEqualTo(401);
        assertThat(
                        api.upload(
                                        "PUT",
                                        "/api/v1/users/me/avatar",
                                        "a.png",
                                        "image/png",
                                        PNG,
                                        token)
                                .status())
                .isEqualTo(401);
        assertThat(
                        api.send(
                                        "PATCH",
                                        "/api/v1/users/me",
                                        "{\"firstName\":\"Ghost\"}",
                                        token,
                                        Map.of())
                                .status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/users/me", bearer(token)).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/users/me/favorites", bearer(token)).status()).isEqualTo(401);
        Response refused =
                api.put(
                        "/api/v1/users/me/password",
                        "{\"currentPassword\":\"password123\",\"newPassword\":\"another-one\"}",
                        token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).hasValue("application/problem+json");

        assertThat(Fixtures.sql("select count(*) from files")).isEqualTo(filesBefore);
        assertThat(Fixtures.sql("select count(*) from ratings")).isEqualTo(ratingsBefore);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abc",
                "0",
                "-5",
                "1.5",
                "99999999999999999999",
                "9223372036854775808",
                " 1",
                ""
            })
    void aSignedTokenWhoseSubjectIsNoUserIdIsRefused(String subject) {
        String token = signed(subject);

        assertThat(api.get("/api/v1/users/me", bearer(token)).status()).isEqualTo(401);
        assertThat(
                        api.put("/api/v1/movies/" + movie + "/rating", "{\"score\":3.0}", token)
                                .status())
                .isEqualTo(401);
        Response publicRead = api.get("/api/v1/movies/" + movie, bearer(token));
        assertThat(publicRead.status()).isEqualTo(200);
        assertThat(publicRead.json().get("me")).isNull();
    }

    @Test
    void aSignedTokenForAnAccountThatNeverExistedIsRefused() {
        String token = signed("987654321987");

        assertThat(api.get("/api/v1/users/me", bearer(token)).status()).isEqualTo(401);
        assertThat(api.put("/api/v1/users/me/favorites/" + movie, null, token).status())
                .isEqualTo(401);
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /**
     * A token signed with the server's own secret, as a key rotation or a bug elsewhere might
     * produce.
     */
    private static String signed(String subject) {
        String secret =
                (String)
                        TestMarquee.shared()
                                .infrastructure()
                                .properties()
                                .get(
                                        "micronaut.security.token.jwt.signatures.secret.generator.secret");
        try {
            SignedJWT jwt =
                    new SignedJWT(
                            new JWSHeader(JWSAlgorithm.HS256),
                            new JWTClaimsSet.Builder()
                                    .subject(subject)
                                    .claim("roles", List.of("USER"))
                                    .issueTime(new Date())
                                    .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                                    .build());
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
