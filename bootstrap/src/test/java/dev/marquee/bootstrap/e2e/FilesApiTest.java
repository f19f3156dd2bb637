package dev.marquee.bootstrap.e2e;

import static dev.marquee.bootstrap.e2e.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.Marquee.RunningMarquee;
import dev.marquee.bootstrap.e2e.Api.Response;
import dev.marquee.bootstrap.infrastructure.EmbeddedS3Server;
import dev.marquee.domain.file.ObjectKey;
import dev.marquee.domain.port.out.FileStorage;
import io.micronaut.json.JsonMapper;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Posters, person photos and avatars in the object store, their records in PostgreSQL, never
 * disagreeing.
 */
class FilesApiTest {

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3
    };
    private static final byte[] JPEG = {
        (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 9
    };
    private static final byte[] WEBP = {
        'R', 'I', 'F', 'F', 30, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ', 7
    };

    private static Api api;
    private static String admin;

    @BeforeAll
    static void connect() {
        api = Api.forShared();
        admin = api.adminToken();
    }

    private static long newMovie() {
        return api.post("/api/v1/movies", "{\"title\":\"Poster " + unique() + "\"}", admin).id();
    }

    private static long newPerson() {
        return api.post(
                        "/api/v1/persons",
                        "{\"firstName\":\"Photo\",\"lastName\":\"" + unique() + "\"}",
                        admin)
                .id();
    }

    private static boolean objectExists(long fileId) {
        String key = objectKeyOf(fileId);
        return TestMarquee.shared().context().getBean(FileStorage.class).exists(new ObjectKey(key));
    }

    private static String objectKeyOf(long fileId) {
        return Fixtures.sqlText("select object_key from files where id = ?", fileId);
    }

    @Test
    void aPosterIsStoredAndFetchedByAPlainClientFromItsUrl() {
        long movie = newMovie();

        Response uploaded =
                api.upload(
                        "PUT",
                        "/api/v1/movies/" + movie + "/poster",
                        "heat.png",
                        "image/png",
                        PNG,
                        admin);

        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.json())
                .containsEntry("mimeType", "image/png")
                .containsEntry("size", PNG.length)
                .containsEntry("fileName", "heat.png")
                .containsKeys("id", "url");
        HttpResponse<byte[]> content = api.download((String) uploaded.json().get("url"));
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(PNG);
        assertThat(content.headers().firstValue("Content-Type")).hasValue("image/png");
        Map<String, Object> detail = api.get("/api/v1/movies/" + movie).json();
        assertThat((Map<String, Object>) detail.get("poster"))
                .containsEntry("id", uploaded.json().get("id"));
        assertThat(
                        api.get("/api/v1/movies?q=" + detail.get("title").toString().split(" ")[1])
                                .items()
                                .get(0)
                                .get("posterUrl"))
                .isEqualTo(uploaded.json().get("url"));
    }

    @Test
    void theTypeIsJudgedByTheBytesNotTheDeclaredTypeOrName() {
        long movie = newMovie();

        Response webp =
                api.upload(
                        "PUT",
                        "/api/v1/movies/" + movie + "/poster",
                        "not-really.gif",
                        "image/gif",
                        WEBP,
                        admin);
        Response text =
                api.upload(
                        "PUT",
                        "/api/v1/movies/" + movie + "/poster",
                        "poster.png",
                        "image/png",
                        "<svg onload=alert(1)>".getBytes(),
                        admin);
        Response gif =
                api.upload(
                        "PUT",
                        "/api/v1/movies/" + movie + "/poster",
                        "a.gif",
                        "image/gif",
                        "GIF89a....".getBytes(),
                        admin);

        assertThat(webp.status()).isEqualTo(200);
        assertThat(webp.json())
                .containsEntry("mimeType", "image/webp")
                .containsEntry("fileName", "not-really.webp");
        assertThat(text.status()).isEqualTo(415);
        assertThat(gif.status()).isEqualTo(415);
        assertThat(text.header("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void fileNamesAreSanitized() {
        Response uploaded =
                api.upload(
                        "PUT",
                        "/api/v1/movies/" + newMovie() + "/poster",
                        "../../etc/pass\\wd<script>.png",
                        "image/png",
                        PNG,
                        admin);

        assertThat((String) uploaded.json().get("fileName"))
                .doesNotContain("/", "\\", "<", ">", "..")
                .endsWith(".png");
    }

    @Test
    void anUploadOverTheLimitIsRefusedAndLeavesNothing() {
        long movie = newMovie();
        long filesBefore = Fixtures.sql("select count(*) from files");

        Response tooBig =
                api.upload(
                        "PUT",
                        "/api/v1/movies/" + movie + "/poster",
                        "big.png",
                        "image/png",
                        Arrays.copyOf(PNG, TestMarquee.MAX_FILE_SIZE + 1),
                        admin);
        Response justRight =
                api.upload(
                        "PUT",
                        "/api/v1/movies/" + movie + "/poster",
                        "max.png",
                        "image/png",
                        Arrays.copyOf(PNG, TestMarquee.MAX_FILE_SIZE),
                        admin);

        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(justRight.status()).isEqualTo(200);
        assertThat(Fixtures.sql("select count(*) from files")).isEqualTo(filesBefore + 1);
    }

    @Test
    void replacingAPosterRemovesTheOldRecordAndObject() {
        long movie = newMovie();
        long first =
                api.upload(
                                "PUT",
                                "/api/v1/movies/" + movie + "/poster",
                                "a.png",
                                "image/png",
                                PNG,
                                admin)
                        .id();
        String firstKey = objectKeyOf(first);

        long second =
                api.upload(
                                "PUT",
                                "/api/v1/movies/" + movie + "/poster",
                                "b.jpg",
                                "image/jpeg",
                                JPEG,
                                admin)
                        .id();

        assertThat(api.get("/api/v1/files/" + first).status()).isEqualTo(404);
        assertThat(
                        TestMarquee.shared()
                                .context()
                                .getBean(FileStorage.class)
                                .exists(new ObjectKey(firstKey)))
                .isFalse();
        assertThat(objectExists(second)).isTrue();
        assertThat(api.delete("/api/v1/movies/" + movie + "/poster", admin).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/files/" + second).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/movies/" + movie).json().get("poster")).isNull();
    }

    @Test
    void deletingAMovieRemovesItsPosterObject() {
        long movie = newMovie();
        long poster =
                api.upload(
                                "PUT",
                                "/api/v1/movies/" + movie + "/poster",
                                "a.png",
                                "image/png",
                                PNG,
                                admin)
                        .id();
        String key = objectKeyOf(poster);

        api.delete("/api/v1/movies/" + movie, admin);

        assertThat(
                        TestMarquee.shared()
                                .context()
                                .getBean(FileStorage.class)
                                .exists(new ObjectKey(key)))
                .isFalse();
        assertThat(api.get("/api/v1/files/" + poster).status()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void personPhotosHaveAMainOneThatCanChangeAndFollowsRemovals() {
        long person = newPerson();
        Response first =
                api.upload(
                        "POST",
                        "/api/v1/persons/" + person + "/photos",
                        "1.png",
                        "image/png",
                        PNG,
                        admin);
        long second =
                api.upload(
                                "POST",
                                "/api/v1/persons/" + person + "/photos",
                                "2.jpg",
                                "image/jpeg",
                                JPEG,
                                admin)
                        .id();

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Location")).hasValue("/api/v1/files/" + first.id());
        assertThat(
                        (Map<String, Object>)
                                api.get("/api/v1/persons/" + person).json().get("mainPhoto"))
                .containsEntry("id", (int) first.id());

        Response switched =
                api.put(
                        "/api/v1/persons/" + person + "/main-photo",
                        "{\"fileId\":" + second + "}",
                        admin);
        assertThat(switched.status()).isEqualTo(200);
        assertThat((Map<String, Object>) switched.json().get("mainPhoto"))
                .containsEntry("id", (int) second);
        assertThat((List<?>) switched.json().get("photos")).hasSize(2);

        assertThat(api.delete("/api/v1/persons/" + person + "/photos/" + second, admin).status())
                .isEqualTo(204);
        assertThat(
                        (Map<String, Object>)
                                api.get("/api/v1/persons/" + person).json().get("mainPhoto"))
                .containsEntry("id", (int) first.id());
        assertThat(
                        api.put(
                                        "/api/v1/persons/" + person + "/main-photo",
                                        "{\"fileId\":987654321}",
                                        admin)
                                .status())
                .isEqualTo(404);
    }

    @Test
    void deletingAPersonRemovesTheirPhotoObjects() {
        long person = newPerson();
        long photo =
                api.upload(
                                "POST",
                                "/api/v1/persons/" + person + "/photos",
                                "1.png",
                                "image/png",
                                PNG,
                                admin)
                        .id();
        String key = objectKeyOf(photo);

        assertThat(api.delete("/api/v1/persons/" + person, admin).status()).isEqualTo(204);

        assertThat(
                        TestMarquee.shared()
                                .context()
                                .getBean(FileStorage.class)
                                .exists(new ObjectKey(key)))
                .isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCallerSetsAndRemovesTheirOwnAvatarAndDeletionTakesIt() {
        String username = "face_" + unique();
        api.post(
                "/api/v1/auth/register",
                "{\"username\":\""
                        + username
                        + "\",\"email\":\""
                        + username
                        + "@example.org\",\"password\":\"avatar-passphrase\"}",
                null);
        String token = api.logIn(username, "avatar-passphrase");

        long avatar =
                api.upload("PUT", "/api/v1/users/me/avatar", "me.jpg", "image/jpeg", JPEG, token)
                        .id();
        assertThat(
                        (Map<String, Object>)
                                api.get(
                                                "/api/v1/users/me",
                                                Map.of("Authorization", "Bearer " + token))
                                        .json()
                                        .get("avatar"))
                .containsEntry("id", (int) avatar);
        String key = objectKeyOf(avatar);

        api.delete("/api/v1/users/me", token);

        assertThat(
                        TestMarquee.shared()
                                .context()
                                .getBean(FileStorage.class)
                                .exists(new ObjectKey(key)))
                .isFalse();
    }

    @Test
    void uploadsNeedTheRightCallerAndAMultipartFile() {
        String user = api.logIn(Fixtures.regularUser(), "password123");
        long movie = newMovie();

        assertThat(
                        api.upload(
                                        "PUT",
                                        "/api/v1/movies/" + movie + "/poster",
                                        "a.png",
                                        "image/png",
                                        PNG,
                                        user)
                                .status())
                .isEqualTo(403);
        assertThat(
                        api.upload(
                                        "PUT",
                                        "/api/v1/movies/" + movie + "/poster",
                                        "a.png",
                                        "image/png",
                                        PNG,
                                        null)
                                .status())
                .isEqualTo(401);
        assertThat(
                        api.upload(
                                        "PUT",
                                        "/api/v1/users/me/avatar",
                                        "a.png",
                                        "image/png",
                                        PNG,
                                        null)
                                .status())
                .isEqualTo(401);
        assertThat(
                        api.put("/api/v1/movies/" + movie + "/poster", "{\"file\":\"x\"}", admin)
                                .status())
                .isEqualTo(415);
        assertThat(
                        api.upload(
                                        "PUT",
                                        "/api/v1/movies/987654321/poster",
                                        "a.png",
                                        "image/png",
                                        PNG,
                                        admin)
                                .status())
                .isEqualTo(404);
    }

    @Test
    void fileBytesAnswerAConditionalGetWith304AndAreCachedForGood() {
        long movie = newMovie();
        String url =
                (String)
                        api.upload(
                                        "PUT",
                                        "/api/v1/movies/" + movie + "/poster",
                                        "a.png",
                                        "image/png",
                                        PNG,
                                        admin)
                                .json()
                                .get("url");
        Response first = api.get(url);
        String tag = first.header("ETag").orElseThrow();

        Response again = api.get(url, Map.of("If-None-Match", tag));

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).hasValue(tag);
        assertThat(again.header("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(api.get(url, Map.of("If-None-Match", "\"file-0\"")).status()).isEqualTo(200);
        assertThat(
                        api.get("/api/v1/files/987654321/content", Map.of("If-None-Match", "*"))
                                .status())
                .isEqualTo(404);
    }

    @Test
    void unknownFilesAreNotFound() {
        assertThat(api.get("/api/v1/files/987654321").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/files/987654321/content").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/files/0").status()).isEqualTo(404);
    }

    @Test
    void whenTheObjectStoreIsDownUploadsAre503AndMetadataStillReads() {
        EmbeddedS3Server store = EmbeddedS3Server.start(TestMarquee.freshDataDirectory(), 0);
        try (RunningMarquee instance = TestMarquee.startWithObjectStore(store, Map.of())) {
            Api isolated =
                    new Api(
                            TestMarquee.baseUrl(instance),
                            instance.context().getBean(JsonMapper.class));
            String token = isolated.adminToken();
            long movie = isolated.post("/api/v1/movies", "{\"title\":\"Outage\"}", token).id();
            long poster =
                    isolated.upload(
                                    "PUT",
                                    "/api/v1/movies/" + movie + "/poster",
                                    "a.png",
                                    "image/png",
                                    PNG,
                                    token)
                            .id();

            store.close();

            Response refused =
                    isolated.upload(
                            "PUT",
                            "/api/v1/movies/" + movie + "/poster",
                            "b.png",
                            "image/png",
                            PNG,
                            token);
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("Content-Type")).hasValue("application/problem+json");
            assertThat(isolated.get("/api/v1/movies/" + movie).json().get("poster"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("id", (int) poster);
            assertThat(isolated.get("/api/v1/files/" + poster).status()).isEqualTo(200);
            assertThat(isolated.get("/api/v1/files/" + poster + "/content").status())
                    .isEqualTo(503);
            assertThat(isolated.get("/health").status()).isEqualTo(503);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
