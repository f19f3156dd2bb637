package dev.marquee.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.Marquee.RunningMarquee;
import dev.marquee.bootstrap.e2e.Api.Response;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The database stops answering (every PostgreSQL process frozen with SIGSTOP): requests end
 * promptly with a 503 problem and Retry-After instead of waiting with it, /health says 503, and all
 * recovers once it answers again.
 */
@EnabledOnOs(OS.LINUX)
class DatabaseStallTest {

    private static final long PROMPTLY_MILLIS = 8_000;

    @Test
    void whileTheDatabaseStallsRequestsAre503WithRetryAfterAndHealthIsDown() throws Exception {
        Path dataDirectory = TestMarquee.freshDataDirectory();
        try (RunningMarquee instance =
                TestMarquee.start(
                        dataDirectory,
                        Map.of("datasources.default.data-source-properties.socketTimeout", "3"))) {
            Api api =
                    new Api(
                            TestMarquee.baseUrl(instance),
                            instance.context().getBean(JsonMapper.class));
            assertThat(api.get("/api/v1/genres").status()).isEqualTo(200);
            List<Long> postgres = postgresProcesses(dataDirectory);

            signal("STOP", postgres);
            try {
                long started = System.nanoTime();
                Response refused = api.get("/api/v1/genres?size=7");
                assertThat(elapsedMillis(started)).isLessThan(PROMPTLY_MILLIS);
                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.header("Retry-After")).hasValue("5");
                assertThat(refused.header("Content-Type")).hasValue("application/problem+json");
                assertThat(CatalogueFixtures.LEAKS).noneMatch(refused.body()::contains);

                started = System.nanoTime();
                assertThat(api.get("/health").status()).isEqualTo(503);
                assertThat(elapsedMillis(started)).isLessThan(PROMPTLY_MILLIS);
            } finally {
                signal("CONT", postgres);
            }

            awaitStatus(api, "/health", 200);
            awaitStatus(api, "/api/v1/genres", 200);
        }
    }

    private static void awaitStatus(Api api, String path, int status) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (api.get(path).status() != status) {
            assertThat(System.nanoTime()).as("%s back to %d", path, status).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** The postmaster of this instance's cluster and every process it started. */
    private static List<Long> postgresProcesses(Path dataDirectory) throws IOException {
        long postmaster =
                Long.parseLong(
                        Files.readAllLines(
                                        dataDirectory.resolve("postgres").resolve("postmaster.pid"))
                                .get(0)
                                .strip());
        ProcessHandle handle = ProcessHandle.of(postmaster).orElseThrow();
        return Stream.concat(Stream.of(handle), handle.descendants())
                .map(ProcessHandle::pid)
                .toList();
    }

    private static void signal(String signal, List<Long> pids)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(String.valueOf(pid)));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
