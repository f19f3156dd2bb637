package dev.marquee.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.e2e.Api.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthApiTest {

    private static Api api;

    @BeforeAll
    static void connect() {
        api = Api.forShared();
    }

    private static Response logIn(String login, String password) {
        return api.post(
                "/api/v1/auth/login",
                "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}",
                null);
    }

    @Test
    void logsInByUsernameWithBearerTokens() {
        Response response = logIn(TestMarquee.ADMIN_USERNAME, TestMarquee.ADMIN_PASSWORD);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .containsEntry("tokenType", "Bearer")
                .containsEntry("expiresIn", 900)
                .containsKeys("accessToken", "refreshToken");
        assertThat((String) response.json().get("refreshToken")).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void logsInByEmailOrUsernameInAnyCase() {
        String username = Fixtures.regularUser();

        assertThat(logIn(username.toUpperCase(), "password123").status()).isEqualTo(200);
        assertThat(logIn(username + "@EXAMPLE.org", "password123").status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        Response wrongPassword = logIn(TestMarquee.ADMIN_USERNAME, "not-the-password");
        Response unknownUser = logIn("nobody-" + Fixtures.unique(), "not-the-password");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
    }

    @Test
    void theAccessTokenCarriesTheRolesAndNoSecrets() {
        String token = api.adminToken();

        String claims =
                new String(
                        Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                        StandardCharsets.UTF_8);

        assertThat(claims)
                .contains("\"roles\"")
                .contains("ADMIN")
                .contains("\"preferred_username\":\"" + TestMarquee.ADMIN_USERNAME + "\"");
        assertThat(claims).doesNotContain("password").doesNotContain("$2");
    }

    @Test
    void aTokenWithAForgedSignatureIsRefused() {
        String[] parts = api.adminToken().split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + "A".repeat(parts[2].length());

        assertThat(api.post("/api/v1/genres", "{\"name\":\"Forged\"}", forged).status())
                .isEqualTo(401);
    }

    @Test
    void aTokenWithEditedClaimsIsRefused() {
        String user = api.logIn(Fixtures.regularUser(), "password123");
        String[] parts = user.split("\\.");
        String claims =
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"roles\":[\"USER\"]", "\"roles\":[\"USER\",\"ADMIN\"]");
        String edited =
                parts[0]
                        + "."
                        + Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                        + "."
                        + parts[2];

        assertThat(claims).contains("ADMIN");
        assertThat(api.post("/api/v1/genres", "{\"name\":\"Escalated\"}", edited).status())
                .isEqualTo(401);
    }

    @Test
    void anUnsignedAlgNoneTokenIsRefused() {
        String header =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                "{\"alg\":\"none\",\"typ\":\"JWT\"}"
                                        .getBytes(StandardCharsets.UTF_8));
        String payload =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                ("{\"sub\":\"1\",\"roles\":[\"ADMIN\"],\"exp\":"
                                                + (System.currentTimeMillis() / 1000 + 600)
                                                + "}")
                                        .getBytes(StandardCharsets.UTF_8));

        Response response =
                api.send(
                        "POST",
                        "/api/v1/genres",
                        "{\"name\":\"None\"}",
                        null,
                        Map.of("Authorization", "Bearer " + header + "." + payload + "."));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void missingCredentialsAreInvalidInput() {
        Response response = api.post("/api/v1/auth/login", "{\"login\":\"\"}", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors")).asList().hasSize(2);
    }
}
