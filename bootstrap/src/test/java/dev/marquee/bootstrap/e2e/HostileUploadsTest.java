package dev.marquee.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.Marquee.RunningMarquee;
import dev.marquee.bootstrap.e2e.Api.Part;
import dev.marquee.bootstrap.e2e.Api.Response;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Uploads shaped to hurt: a plain field where the file should be, the file twice, no file, bodies
 * that stall. Each ends promptly with a 4xx, and while many of them are under way everybody else is
 * still served. These run on an instance of their own so that a regression cannot take the shared
 * one down with it.
 */
class HostileUploadsTest {

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1
    };
    private static final int MORE_THAN_THE_WORKER_POOL = 80;

    private static RunningMarquee instance;
    private static Api api;
    private static String user;

    @BeforeAll
    static void start() {
        instance = TestMarquee.start(TestMarquee.freshDataDirectory());
        api = new Api(TestMarquee.baseUrl(instance), instance.context().getBean(JsonMapper.class));
        user = newUser();
    }

    private static String newUser() {
        String username = "hostile_" + Fixtures.unique();
        api.post(
                "/api/v1/auth/register",
                "{\"username\":\""
                        + username
                        + "\",\"email\":\""
                        + username
                        + "@example.org\",\"password\":\"password123\"}",
                null);
        return api.logIn(username, "password123");
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void aPlainFieldNamedFileIsA400() {
        Response refused =
                api.multipart(
                        "PUT",
                        "/api/v1/users/me/avatar",
                        List.of(Part.field("file", "hello")),
                        user);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body())
                .contains("\"field\":\"file\"")
                .contains("not a plain form field");
    }

    @Test
    void aFileSentTwiceIsA400AndStoresNothing() {
        String user = newUser();
        Response refused =
                api.multipart(
                        "PUT",
                        "/api/v1/users/me/avatar",
                        List.of(
                                Part.file("file", "a.png", "image/png", PNG),
                                Part.file("file", "b.png", "image/png", PNG)),
                        user);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("must be sent once");
        assertThat(
                        api.get("/api/v1/users/me", Map.of("Authorization", "Bearer " + user))
                                .json()
                                .get("avatar"))
                .isNull();
    }

    @Test
    void aBodyWithoutAFilePartIsA400AndOtherPartsAreIgnored() {
        assertThat(
                        api.multipart(
                                        "PUT",
                                        "/api/v1/users/me/avatar",
                                        List.of(Part.field("note", "hi")),
                                        user)
                                .status())
                .isEqualTo(400);

        Response stored =
                api.multipart(
                        "PUT",
                        "/api/v1/users/me/avatar",
                        List.of(
                                Part.field("note", "hi"),
                                Part.file("file", "a.png", "image/png", PNG)),
                        user);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json()).containsEntry("mimeType", "image/png");
    }

    @Test
    void aFloodOfMalformedUploadsIsAnsweredAndTheServiceStaysUp() {
        List<CompletableFuture<Response>> flood = new ArrayList<>();
        for (int i = 0; i < MORE_THAN_THE_WORKER_POOL; i++) {
            flood.add(
                    api.sendAsync(
                            api.multipartRequest(
                                    "PUT",
                                    "/api/v1/users/me/avatar",
                                    List.of(Part.field("file", "hello")),
                                    user)));
        }

        List<Integer> statuses =
                flood.stream()
                        .map(answer -> answer.orTimeout(20, TimeUnit.SECONDS).join().status())
                        .toList();

        assertThat(statuses).hasSize(MORE_THAN_THE_WORKER_POOL).containsOnly(400);
        assertThat(api.get("/health").status()).isEqualTo(200);
    }

    @Test
    void stalledUploadsTimeOutWithA408AndNeverStarveOtherRequests() throws IOException {
        URI base = URI.create(api.baseUrl());
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < MORE_THAN_THE_WORKER_POOL; i++) {
                stalled.add(startUploadThatStalls(base));
            }

            long started = System.nanoTime();
            assertThat(api.get("/health").status()).isEqualTo(200);
            assertThat(api.get("/api/v1/genres").status()).isEqualTo(200);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
                    .isLessThan(2_000);

            for (Socket socket : stalled) {
                socket.setSoTimeout((TestMarquee.UPLOAD_TIMEOUT_SECONDS + 10) * 1000);
                String answer = readToEnd(socket.getInputStream());
                assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json");
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /** Sends the headers and half of a declared body, then nothing more. */
    private static Socket startUploadThatStalls(URI base) throws IOException {
        String boundary = "stall";
        String head =
                "--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n";
        Socket socket = new Socket(base.getHost(), base.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(
                ("PUT /api/v1/users/me/avatar HTTP/1.1\r\nHost: "
                                + base.getAuthority()
                                + "\r\nAuthorization: Bearer "
                                + user
                                + "\r\nContent-Type: multipart/form-data; boundary="
                                + boundary
                                + "\r\nContent-Length: "
                                + (head.length() * 2)
                                + "\r\n\r\n"
                                + head)
                        .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /**
     * What the server sent until it closed the connection (the 408 closes it: its body was never
     * read).
     */
    private static String readToEnd(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
