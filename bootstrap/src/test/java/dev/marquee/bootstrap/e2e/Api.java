package dev.marquee.bootstrap.e2e;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A plain HTTP client for the end-to-end tests: real requests, raw status, headers and body. */
public final class Api {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    private final String baseUrl;
    private final JsonMapper json;

    public Api(String baseUrl, JsonMapper json) {
        this.baseUrl = baseUrl;
        this.json = json;
    }

    public static Api forShared() {
        var running = TestMarquee.shared();
        return new Api(TestMarquee.baseUrl(running), running.context().getBean(JsonMapper.class));
    }

    public Response get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    public Response get(String path, Map<String, String> headers) {
        return send("GET", path, null, null, headers);
    }

    public Response post(String path, @Nullable String body, @Nullable String token) {
        return send("POST", path, body, token, Map.of());
    }

    public Response put(String path, @Nullable String body, @Nullable String token) {
        return send("PUT", path, body, token, Map.of());
    }

    public Response delete(String path, @Nullable String token) {
        return send("DELETE", path, null, token, Map.of());
    }

    public Response send(
            String method,
            String path,
            @Nullable String body,
            @Nullable String token,
            Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .timeout(Duration.ofSeconds(30))
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return exchange(request);
    }

    private Response exchange(HttpRequest.Builder request) {
        try {
            HttpRequest sent = request.build();
            HttpResponse<String> response = CLIENT.send(sent, HttpResponse.BodyHandlers.ofString());
            checkAgainstTheDocument(response);
            return new Response(
                    response.statusCode(), response.headers().map(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends one file as the multipart part {@code file}, as a browser form would. */
    public Response upload(
            String method,
            String path,
            String fileName,
            String contentType,
            byte[] bytes,
            @Nullable String token) {
        return multipart(
                method, path, List.of(Part.file("file", fileName, contentType, bytes)), token);
    }

    /** Sends these parts as a multipart/form-data body. */
    public Response multipart(
            String method, String path, List<Part> parts, @Nullable String token) {
        return exchange(multipartRequest(method, path, parts, token));
    }

    /** The request {@link #multipart} sends, for callers that send many at once. */
    public HttpRequest.Builder multipartRequest(
            String method, String path, List<Part> parts, @Nullable String token) {
        String boundary = "marquee-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Part part : parts) {
            body.writeBytes(
                    ("--"
                                    + boundary
                                    + "\r\nContent-Disposition: form-data; name=\""
                                    + part.name()
                                    + "\""
                                    + (part.fileName() == null
                                            ? ""
                                            : "; filename=\"" + part.fileName() + "\"")
                                    + (part.contentType() == null
                                            ? ""
                                            : "\r\nContent-Type: " + part.contentType())
                                    + "\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(part.bytes());
            body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(
                ("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    /** Sends a request asynchronously; for tests of many requests at once. */
    public java.util.concurrent.CompletableFuture<Response> sendAsync(HttpRequest.Builder request) {
        return CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(
                        response -> {
                            checkAgainstTheDocument(response);
                            return new Response(
                                    response.statusCode(),
                                    response.headers().map(),
                                    response.body(),
                                    json);
                        });
    }

    /** Fails unless the response is one the OpenAPI document allows for its request. */
    private static void checkAgainstTheDocument(HttpResponse<String> response) {
        ApiContract.shared()
                .check(
                        response.request().method(),
                        response.request().uri(),
                        response.statusCode(),
                        response.headers().map(),
                        response.body());
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * One part of a multipart body: a file when it has a file name, a plain form field otherwise.
     */
    public record Part(
            String name, @Nullable String fileName, @Nullable String contentType, byte[] bytes) {

        public static Part file(String name, String fileName, String contentType, byte[] bytes) {
            return new Part(name, fileName, contentType, bytes);
        }

        public static Part field(String name, String value) {
            return new Part(
                    name, null, null, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** The bytes at a URL the API returned, fetched with a plain client and no credentials. */
    public HttpResponse<byte[]> download(String url) {
        try {
            HttpResponse<byte[]> response =
                    CLIENT.send(
                            HttpRequest.newBuilder(
                                            URI.create(url.startsWith("/") ? baseUrl + url : url))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            if (response.uri().toString().startsWith(baseUrl)) {
                ApiContract.shared()
                        .check(
                                "GET",
                                response.uri(),
                                response.statusCode(),
                                response.headers().map(),
                                new String(response.body(), StandardCharsets.ISO_8859_1));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in and returns the access token. */
    public String logIn(String login, String password) {
        Response response =
                post(
                        "/api/v1/auth/login",
                        "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}",
                        null);
        if (response.status() != 200) {
            throw new IllegalStateException(
                    "login failed: " + response.status() + " " + response.body());
        }
        return (String) response.json().get("accessToken");
    }

    public String adminToken() {
        return logIn(TestMarquee.ADMIN_USERNAME, TestMarquee.ADMIN_PASSWORD);
    }

    /** What came back. */
    public record Response(
            int status, Map<String, List<String>> headers, String body, JsonMapper mapper) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst();
        }

        public Map<String, Object> json() {
            try {
                return mapper.readValue(body, Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) json().get("items");
        }

        public long id() {
            return ((Number) json().get("id")).longValue();
        }
    }
}
