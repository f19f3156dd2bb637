package dev.marquee.bootstrap.e2e;

import static dev.marquee.bootstrap.e2e.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.e2e.Api.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Registration and the caller's own account: profile, password, export, deletion. */
class AccountsApiTest {

    private static final String PASSWORD = "s3cret-passphrase";

    private static Api api;

    @BeforeAll
    static void connect() {
        api = Api.forShared();
    }

    private static Response register(String username, String email, String password) {
        return api.post(
                "/api/v1/auth/register",
                "{\"username\":\""
                        + username
                        + "\",\"email\":\""
                        + email
                        + "\",\"password\":\""
                        + password
                        + "\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}",
                null);
    }

    /** Registers a fresh account and returns its username; the password is {@link #PASSWORD}. */
    private static String newAccount() {
        String username = "ada_" + unique();
        assertThat(register(username, username + "@example.org", PASSWORD).status()).isEqualTo(201);
        return username;
    }

    @Test
    void registersAUserAndAnswersWithTheAccount() {
        String username = "grace_" + unique();

        Response created = register(username, username + "@example.org", PASSWORD);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).hasValue("/api/v1/users/me");
        assertThat(created.json())
                .containsEntry("username", username)
                .containsEntry("email", username + "@example.org")
                .containsEntry("firstName", "Ada")
                .containsEntry("avatar", null)
                .containsEntry("roles", List.of("USER"))
                .containsKeys("id", "profile", "createdAt", "updatedAt");
        assertThat(created.body()).doesNotContain(PASSWORD).doesNotContain("$2");
    }

    @Test
    void roleFieldsInTheBodyAreIgnored() {
        String username = "mallory_" + unique();

        Response created =
                api.post(
                        "/api/v1/auth/register",
                        "{\"username\":\""
                                + username
                                + "\",\"email\":\""
                                + username
                                + "@example.org\",\"password\":\""
                                + PASSWORD
                                + "\",\"roles\":[\"ADMIN\"],\"role\":\"ADMIN\",\"admin\":true}",
                        null);

        assertThat(created.json()).containsEntry("roles", List.of("USER"));
        String token = api.logIn(username, PASSWORD);
        assertThat(
                        api.post(
                                        "/api/v1/genres",
                                        "{\"name\":\"Escalated " + unique() + "\"}",
                                        token)
                                .status())
                .isEqualTo(403);
        assertThat(
                        api.send(
                                        "PATCH",
                                        "/api/v1/users/me",
                                        "{\"roles\":[\"ADMIN\"]}",
                                        token,
                                        Map.of())
                                .json())
                .containsEntry("roles", List.of("USER"));
    }

    @Test
    void usernamesAndEmailsAreUniqueRegardlessOfCase() {
        String username = newAccount();

        assertThat(
                        register(
                                        username.toUpperCase(),
                                        "other_" + unique() + "@example.org",
                                        PASSWORD)
                                .status())
                .isEqualTo(409);
        assertThat(
                        register(
                                        "other_" + unique(),
                                        username.toUpperCase() + "@EXAMPLE.ORG",
                                        PASSWORD)
                                .status())
                .isEqualTo(409);
    }

    @ParameterizedTest
    @CsvSource({
        "ab, username",
        "has space, username",
        "émile, username",
        "valid_name, email",
        "valid_name, password"
    })
    void invalidRegistrationsNameTheField(String username, String field) {
        String email =
                field.equals("email")
                        ? "not-an-email"
                        : username.replace(' ', '_') + unique() + "@example.org";
        String password = field.equals("password") ? "short" : PASSWORD;

        Response invalid =
                register(
                        username.equals("valid_name") ? "valid_" + unique() : username,
                        email,
                        password);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors"))
                .asList()
                .anySatisfy(error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo(field));
    }

    @Test
    void showsTheCallersOwnAccountOnly() {
        String ada = newAccount();
        String grace = newAccount();

        Response mine =
                api.get(
                        "/api/v1/users/me",
                        Map.of("Authorization", "Bearer " + api.logIn(ada, PASSWORD)));
        Response hers =
                api.get(
                        "/api/v1/users/me?userId=1&username=" + ada,
                        Map.of("Authorization", "Bearer " + api.logIn(grace, PASSWORD)));

        assertThat(mine.json()).containsEntry("username", ada);
        assertThat(hers.json()).containsEntry("username", grace);
        assertThat(mine.header("Cache-Control")).hasValue("private, no-store");
    }

    @Test
    void theAccountNeedsAToken() {
        assertThat(api.get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(
                        api.send("PATCH", "/api/v1/users/me", "{\"bio\":\"x\"}", null, Map.of())
                                .status())
                .isEqualTo(401);
        assertThat(api.delete("/api/v1/users/me", null).status()).isEqualTo(401);
    }

    @Test
    @SuppressWarnings("unchecked")
    void patchChangesOnlyTheFieldsGivenAndNullClears() {
        String username = newAccount();
        String token = api.logIn(username, PASSWORD);
        long genre =
                api.post(
                                "/api/v1/genres",
                                "{\"name\":\"Favorite " + unique() + "\"}",
                                api.adminToken())
                        .id();

        Response first =
                api.send(
                        "PATCH",
                        "/api/v1/users/me",
                        "{\"bio\":\"Poet of numbers\",\"birthDate\":\"1990-12-10\","
                                + "\"favoriteGenreIds\":["
                                + genre
                                + "],\"notificationPreferences\":{\"newsletter\":true}}",
                        token,
                        Map.of());
        Response second =
                api.send(
                        "PATCH",
                        "/api/v1/users/me",
                        "{\"lastName\":null,\"bio\":null}",
                        token,
                        Map.of());

        assertThat(first.status()).isEqualTo(200);
        Map<String, Object> profile = (Map<String, Object>) second.json().get("profile");
        assertThat(second.json()).containsEntry("firstName", "Ada").containsEntry("lastName", null);
        assertThat(profile).containsEntry("bio", null).containsEntry("birthDate", "1990-12-10");
        assertThat((List<Map<String, Object>>) profile.get("favoriteGenres"))
                .extracting(g -> ((Number) g.get("id")).longValue())
                .containsExactly(genre);
        assertThat((Map<String, Object>) profile.get("notificationPreferences"))
                .containsEntry("newsletter", true)
                .containsEntry("recommendations", true);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"email\":\"nope\"}|email",
                "{\"email\":null}|email",
                "{\"birthDate\":\"2999-01-01\"}|birthDate",
                "{\"birthDate\":\"yesterday\"}|birthDate",
                "{\"favoriteGenreIds\":[999999999]}|favoriteGenreIds",
                "{\"favoriteGenreIds\":\"1\"}|favoriteGenreIds",
                "{\"notificationPreferences\":{\"spam\":true}}|notificationPreferences.spam",
                "{\"notificationPreferences\":{\"newsletter\":\"yes\"}}|notificationPreferences.newsletter",
                "{\"bio\":42}|bio"
            })
    void invalidChangesNameTheFieldAndChangeNothing(String body, String field) {
        String username = newAccount();
        String token = api.logIn(username, PASSWORD);
        Map<String, Object> before =
                api.get("/api/v1/users/me", Map.of("Authorization", "Bearer " + token)).json();

        Response invalid = api.send("PATCH", "/api/v1/users/me", body, token, Map.of());

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors"))
                .asList()
                .anySatisfy(error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo(field));
        assertThat(api.get("/api/v1/users/me", Map.of("Authorization", "Bearer " + token)).json())
                .isEqualTo(before);
    }

    @Test
    void changingThePasswordEndsEverySessionAndTheNewPasswordWorks() {
        String username = newAccount();
        Map<String, Object> session = logInFully(username, PASSWORD);
        String token = (String) session.get("accessToken");

        Response wrong =
                api.put(
                        "/api/v1/users/me/password",
                        "{\"currentPassword\":\"not-it-at-all\",\"newPassword\":\"n3w-passphrase\"}",
                        token);
        Response changed =
                api.put(
                        "/api/v1/users/me/password",
                        "{\"currentPassword\":\""
                                + PASSWORD
                                + "\",\"newPassword\":\"n3w-passphrase\"}",
                        token);

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(changed.status()).isEqualTo(204);
        assertThat(
                        api.post(
                                        "/api/v1/auth/refresh",
                                        "{\"refreshToken\":\""
                                                + session.get("refreshToken")
                                                + "\"}",
                                        null)
                                .status())
                .isEqualTo(401);
        assertThat(
                        api.post(
                                        "/api/v1/auth/login",
                                        "{\"login\":\""
                                                + username
                                                + "\",\"password\":\""
                                                + PASSWORD
                                                + "\"}",
                                        null)
                                .status())
                .isEqualTo(401);
        assertThat(api.logIn(username, "n3w-passphrase")).isNotBlank();
    }

    @Test
    void exportsEverythingStoredAboutTheCallerWithoutSecrets() {
        String username = newAccount();
        String token = api.logIn(username, PASSWORD);
        api.send("PATCH", "/api/v1/users/me", "{\"bio\":\"Exported bio\"}", token, Map.of());

        Response export =
                api.get("/api/v1/users/me/export", Map.of("Authorization", "Bearer " + token));

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json())
                .containsKeys("account", "favorites", "watchlist", "ratings", "exportedAt");
        assertThat(export.body())
                .contains("Exported bio")
                .contains(username)
                .doesNotContain("$2")
                .doesNotContain(PASSWORD)
                .doesNotContainIgnoringCase("passwordHash");
    }

    @Test
    void deletingTheAccountRemovesItAndEndsItsSessions() {
        String username = newAccount();
        Map<String, Object> session = logInFully(username, PASSWORD);
        String token = (String) session.get("accessToken");

        assertThat(api.delete("/api/v1/users/me", token).status()).isEqualTo(204);

        assertThat(
                        api.post(
                                        "/api/v1/auth/login",
                                        "{\"login\":\""
                                                + username
                                                + "\",\"password\":\""
                                                + PASSWORD
                                                + "\"}",
                                        null)
                                .status())
                .isEqualTo(401);
        assertThat(
                        api.post(
                                        "/api/v1/auth/refresh",
                                        "{\"refreshToken\":\""
                                                + session.get("refreshToken")
                                                + "\"}",
                                        null)
                                .status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/users/me", Map.of("Authorization", "Bearer " + token)).status())
                .isEqualTo(401);
        assertThat(
                        Fixtures.sql(
                                "select count(*) from users where lower(username) = lower(?)",
                                username))
                .isZero();
        assertThat(register(username, username + "@example.org", PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void administratorsFindAccountsByExactUsername() {
        String username = newAccount();

        Response found =
                api.get(
                        "/api/v1/admin/users?username=" + username.toUpperCase(),
                        Map.of("Authorization", "Bearer " + api.adminToken()));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.items())
                .singleElement()
                .satisfies(
                        user ->
                                assertThat(user)
                                        .containsEntry("username", username)
                                        .containsEntry("roles", List.of("USER"))
                                        .containsKeys("id", "email", "createdAt"));
        assertThat(
                        api.get(
                                        "/api/v1/admin/users",
                                        Map.of("Authorization", "Bearer " + api.adminToken()))
                                .items())
                .hasSizeGreaterThan(1);
    }

    @Test
    void onlyAdministratorsListAccounts() {
        String token = api.logIn(newAccount(), PASSWORD);

        assertThat(
                        api.get("/api/v1/admin/users", Map.of("Authorization", "Bearer " + token))
                                .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/admin/users").status()).isEqualTo(401);
    }

    @Test
    void securityRelevantActionsAreAuditedWithoutSecrets() {
        String username = newAccount();
        String token = api.logIn(username, PASSWORD);
        api.post(
                "/api/v1/auth/login",
                "{\"login\":\"" + username + "\",\"password\":\"wrong-password-1\"}",
                null);
        api.get("/api/v1/users/me/export", Map.of("Authorization", "Bearer " + token));
        api.post("/api/v1/genres", "{\"name\":\"Audited " + unique() + "\"}", api.adminToken());

        long userId = Fixtures.sql("select id from users where username = ?", username);
        assertThat(
                        Fixtures.sql(
                                "select count(distinct action) from audit_log where actor_user_id = ? and action in"
                                        + " ('user.registered', 'session.login', 'session.login-failed', 'user.exported')",
                                userId))
                .isEqualTo(4);
        assertThat(
                        Fixtures.sql(
                                "select count(*) from audit_log where action = 'admin.write' and target_id like '/api/v1/genres%'"
                                        + " and client_address is not null"))
                .isPositive();
        assertThat(
                        Fixtures.sql(
                                "select count(*) from audit_log where details::text like '%$2%' or details::text ilike '%password%'"))
                .isZero();
    }

    private static Map<String, Object> logInFully(String login, String password) {
        return api.post(
                        "/api/v1/auth/login",
                        "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}",
                        null)
                .json();
    }
}
