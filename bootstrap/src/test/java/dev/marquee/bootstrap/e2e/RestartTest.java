package dev.marquee.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.Marquee.RunningMarquee;
import io.micronaut.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The zero-setup default keeps its data: what one run stored, the next run serves. */
class RestartTest {

    @Test
    void dataAndTheSigningSecretSurviveARestart() throws Exception {
        Path dataDirectory = TestMarquee.freshDataDirectory();
        long genreId;
        String tokenFromFirstRun;
        try (RunningMarquee first = TestMarquee.start(dataDirectory)) {
            Api api =
                    new Api(TestMarquee.baseUrl(first), first.context().getBean(JsonMapper.class));
            tokenFromFirstRun = api.adminToken();
            genreId =
                    api.post("/api/v1/genres", "{\"name\":\"Persistent\"}", tokenFromFirstRun).id();
        }
        assertThat(dataDirectory.resolve("postgres/PG_VERSION")).exists();
        assertThat(Files.readString(dataDirectory.resolve("jwt-secret")))
                .hasSizeGreaterThanOrEqualTo(32);

        try (RunningMarquee second = TestMarquee.start(dataDirectory)) {
            Api api =
                    new Api(
                            TestMarquee.baseUrl(second),
                            second.context().getBean(JsonMapper.class));

            assertThat(api.get("/api/v1/genres/" + genreId).json())
                    .containsEntry("name", "Persistent");
            assertThat(
                            api.put(
                                            "/api/v1/genres/" + genreId,
                                            "{\"name\":\"Still here\"}",
                                            tokenFromFirstRun)
                                    .status())
                    .isEqualTo(200);
            assertThat(api.get("/health").status()).isEqualTo(200);
        }
    }
}
