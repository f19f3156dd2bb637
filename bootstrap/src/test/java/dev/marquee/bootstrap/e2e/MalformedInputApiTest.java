package dev.marquee.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.e2e.Api.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that is broken below the JSON level: bytes that are no UTF-8, NUL characters, bodies in an
 * encoding we do not read.
 */
class MalformedInputApiTest {

    private static Api api;

    @BeforeAll
    static void connect() {
        api = Api.forShared();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/movies?q=%FF",
                "/api/v1/movies?q=%C3%28",
                "/api/v1/movies?q=%E2%82",
                "/api/v1/persons?q=%FF",
                "/api/v1/movies?genre=%FF%FE",
                "/api/v1/movies?sort=%FF,asc",
                "/api/v1/genres?page=%FF",
                "/api/v1/movies?%FF=1",
                "/api/v1/movies/%FF",
                "/api/v1/genres/%C3%28"
            })
    void aQueryOrPathThatIsNoUtf8IsA4xxProblem(String target) {
        assertProblem(api.get(target), 400, 404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/movies?q=%",
                "/api/v1/movies?q=%zz",
                "/api/v1/movies?q=%4",
                "/api/v1/movies/%",
                "/api/v1/movies?q=a%%b"
            })
    void malformedPercentEscapesThatNoClientLibrarySendsAreA400(String target) {
        String answer =
                raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json");
        assertThat(CatalogueFixtures.LEAKS).noneMatch(answer::contains);
    }

    @Test
    void aChunkedJsonBodyIsRefusedBeforeItIsReadAndTheConnectionClosed() {
        String chunk = "{\"login\":\"neo\",\"password\":\"red-pill-please\"}";
        String answer =
                raw(
                        "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                + "Transfer-Encoding: chunked\r\n\r\n"
                                + Integer.toHexString(chunk.length())
                                + "\r\n"
                                + chunk
                                + "\r\n");

        assertThat(answer)
                .startsWith("HTTP/1.1 411")
                .contains("application/problem+json")
                .containsIgnoringCase("connection: close");
    }

    @Test
    void aBodyDeclaredOverTheLimitIsA413AndTheConnectionIsClosedUnread() {
        String answer =
                raw(
                        "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 5000000\r\n\r\n{\"login\":");

        assertThat(answer)
                .startsWith("HTTP/1.1 413")
                .contains("application/problem+json")
                .containsIgnoringCase("connection: close");
    }

    /**
     * Sends these bytes as they are and reads until the server closes the connection (at most 10
     * s).
     */
    private static String raw(String request) {
        URI base = URI.create(api.baseUrl());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyInvalidFieldIsReportedNotOnlyTheFirst() {
        Response registration =
                api.post(
                        "/api/v1/auth/register",
                        "{\"username\":\"a!\",\"email\":\"not-an-address\",\"password\":\"short\"}",
                        null);
        assertProblem(registration, 400);
        assertThat(fieldsOf(registration))
                .containsExactlyInAnyOrder("username", "email", "password");

        Response movie =
                api.post(
                        "/api/v1/movies",
                        "{\"title\":\"Many faults\",\"releaseDate\":\"soon\",\"status\":\"LOST\","
                                + "\"imdbId\":\"nope\"}",
                        api.adminToken());
        assertProblem(movie, 400);
        assertThat(fieldsOf(movie)).containsExactlyInAnyOrder("releaseDate", "status", "imdbId");
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<Object> fieldsOf(Response response) {
        return ((java.util.List<java.util.Map<String, Object>>) response.json().get("errors"))
                .stream().map(error -> error.get("field")).toList();
    }

    @Test
    void aSemicolonCannotHideAnUnknownSortFieldOrAnyOtherParameter() {
        assertProblem(api.get("/api/v1/movies?sort=title;nosuchfield,asc"), 400);
        assertProblem(api.get("/api/v1/movies?page=1;size=1000"), 400);
        assertThat(api.get("/api/v1/movies?q=a%3Bb").status()).isEqualTo(200);
    }

    @Test
    void aNulCharacterInsideJsonStringsIsA400() {
        Response nulLogin =
                api.post(
                        "/api/v1/auth/login",
                        "{\"login\":\"a\\u0000b\",\"password\":\"red-pill-please\"}",
                        null);
        assertProblem(nulLogin, 400);
        CatalogueFixtures.assertInvalidField(nulLogin, "login");
        assertProblem(
                api.post(
                        "/api/v1/auth/register",
                        "{\"username\":\"nul\\u0000user\",\"email\":\"n@example.org\","
                                + "\"password\":\"red-pill-please\"}",
                        null),
                400);
        assertProblem(
                api.post("/api/v1/auth/refresh", "{\"refreshToken\":\"\\u0000\"}", null), 400);
        assertProblem(
                api.post(
                        "/api/v1/auth/login",
                        "{\"login\":\"\\ud800\",\"password\":\"red-pill-please\"}",
                        null),
                400);
    }

    @Test
    void aBodyInAContentEncodingWeDoNotReadIsA4xx() {
        byte[] plain =
                "{\"login\":\"neo\",\"password\":\"red-pill-please\"}"
                        .getBytes(StandardCharsets.UTF_8);
        assertProblem(sendEncoded("gzip", plain), 400, 415);
        assertProblem(sendEncoded("gzip", gzip(plain)), 400, 401, 415);
        assertProblem(sendEncoded("br", plain), 400, 415);
    }

    private static Response sendEncoded(String encoding, byte[] body) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/auth/login"))
                        .header("Content-Type", "application/json")
                        .header("Content-Encoding", encoding)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return api.sendAsync(request).join();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    private static void assertProblem(Response response, Integer... statuses) {
        assertThat(response.status()).as(response.body()).isIn((Object[]) statuses);
        assertThat(response.header("Content-Type")).hasValue("application/problem+json");
        assertThat(CatalogueFixtures.LEAKS).noneMatch(leak -> response.body().contains(leak));
        assertThat(response.json()).containsEntry("status", response.status());
    }
}
