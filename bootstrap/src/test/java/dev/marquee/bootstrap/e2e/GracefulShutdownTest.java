package dev.marquee.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * SIGTERM, as an orchestrator sends it, to Marquee running as its own process: the request under
 * way finishes, then the application stops, then the embedded servers, and the process exits
 * cleanly.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class GracefulShutdownTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1
    };

    @Test
    void aRequestUnderWayWhenSigtermArrivesStillCompletesAndEverythingStopsInOrder()
            throws Exception {
        Path dataDirectory = TestMarquee.freshDataDirectory();
        int port = freePort();
        Path log = dataDirectory.resolve("marquee.log");
        Process marquee = startMarquee(dataDirectory, port, log);
        try {
            awaitHealthy(port, marquee, log);
            String token = registerAndLogIn(port);
            Path postmasterPid = dataDirectory.resolve("postgres").resolve("postmaster.pid");
            long postgresPid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).strip());

            String boundary = "graceful";
            byte[] body = multipart(boundary);
            try (Socket upload = new Socket("127.0.0.1", port)) {
                OutputStream out = upload.getOutputStream();
                out.write(
                        ("PUT /api/v1/users/me/avatar HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                                        + token
                                        + "\r\nContent-Type: multipart/form-data; boundary="
                                        + boundary
                                        + "\r\nContent-Length: "
                                        + body.length
                                        + "\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, body.length / 2);
                out.flush();
                Thread.sleep(300);

                marquee.destroy();
                Thread.sleep(1_500);
                assertThat(marquee.isAlive()).as("still serving the request under way").isTrue();
                assertThat(isRunning(postgresPid))
                        .as("the database outlives the application")
                        .isTrue();

                out.write(body, body.length / 2, body.length - body.length / 2);
                out.flush();
                upload.setSoTimeout(20_000);
                String answer =
                        new String(
                                upload.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                assertThat(answer).isEqualTo("HTTP/1.1 200");
            }

            assertThat(marquee.waitFor(30, TimeUnit.SECONDS))
                    .as("exits within the grace period")
                    .isTrue();
            assertThat(marquee.exitValue()).isIn(0, 143);
            assertThat(isRunning(postgresPid)).as("the embedded PostgreSQL stopped").isFalse();
            assertThat(postmasterPid).doesNotExist();
            assertThat(Files.readString(log))
                    .doesNotContain("RejectedExecutionException")
                    .doesNotContain("Exception in thread");
        } finally {
            marquee.destroyForcibly();
        }
    }

    /**
     * Alive and not a zombie (an exited child that nobody has reaped yet still counts as alive to
     * ProcessHandle).
     */
    private static boolean isRunning(long pid) throws IOException {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        Path stat = Path.of("/proc", String.valueOf(pid), "stat");
        if (!Files.exists(stat)) {
            return true;
        }
        String fields = Files.readString(stat);
        return fields.charAt(fields.lastIndexOf(')') + 2) != 'Z';
    }

    private static Process startMarquee(Path dataDirectory, int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder =
                new ProcessBuilder(
                                List.of(
                                        java,
                                        "-cp",
                                        System.getProperty("java.class.path"),
                                        "dev.marquee.bootstrap.Marquee"))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
        builder.environment().put("MARQUEE_DATA_DIR", dataDirectory.toString());
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        builder.environment().put("MARQUEE_RATE_LIMITS_ENABLED", "false");
        builder.environment().put("MARQUEE_SECURITY_BCRYPT_COST", "4");
        return builder.start();
    }

    private static void awaitHealthy(int port, Process marquee, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(marquee.isAlive()).as("Marquee exited:\n%s", Files.readString(log)).isTrue();
            try {
                if (get(port, "/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Marquee did not become healthy:\n" + Files.readString(log));
    }

    private static String registerAndLogIn(int port) throws Exception {
        String username = "graceful_" + Fixtures.unique();
        post(
                port,
                "/api/v1/auth/register",
                "{\"username\":\""
                        + username
                        + "\",\"email\":\""
                        + username
                        + "@example.org\",\"password\":\"password123\"}");
        String login =
                post(
                                port,
                                "/api/v1/auth/login",
                                "{\"login\":\"" + username + "\",\"password\":\"password123\"}")
                        .body();
        Matcher token = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).as(login).isTrue();
        return token.group(1);
    }

    private static byte[] multipart(String boundary) {
        byte[] head =
                ("--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                                + "Content-Type: image/png\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + PNG.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(PNG, 0, body, head.length, PNG.length);
        System.arraycopy(tail, 0, body, head.length + PNG.length, tail.length);
        return body;
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(int port, String path, String json) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
