package dev.marquee.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.Marquee.RunningMarquee;
import io.micronaut.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.yaml.snakeyaml.Yaml;

/**
 * Fuzzes every operation of the served OpenAPI document with hostile path ids, query values, JSON
 * bodies, multipart shapes and headers, as anonymous, a user and an administrator. No answer may be
 * a 5xx, every 4xx is problem+json, and no answer shows a stack trace, class name, SQL, host name
 * or password hash that the request did not itself contain. Runs on an instance of its own (it
 * deletes what it finds) with a fixed seed, so that CI is repeatable; change {@link #SEED} to
 * explore other requests.
 */
class ApiFuzzTest {

    private static final String SEED = "20261201";
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> HOSTILE_TEXT =
            List.of(
                    "",
                    " ",
                    "'",
                    "\"",
                    "\\",
                    "%",
                    "_",
                    "%%",
                    "'; drop table movies; --",
                    "' or '1'='1",
                    "\u0000",
                    "a\u0000b",
                    "\ud800",
                    "\udfff\ud800",
                    "../../../etc/passwd",
                    "<script>alert(1)</script>",
                    "${jndi:ldap://127.0.0.1/x}",
                    "{{7*7}}",
                    "#{7*7}",
                    "a".repeat(5000),
                    "-1",
                    "0",
                    "1.5",
                    "1e309",
                    "NaN",
                    "null",
                    "true",
                    "[]",
                    "{}",
                    "9223372036854775808",
                    "-9223372036854775809",
                    "\u202e\u0645",
                    "\ud83c\udfac",
                    "title,asc",
                    ",",
                    "title,",
                    ",asc",
                    "title,sideways",
                    "nosuchfield,desc",
                    "2026-02-30",
                    "9999-12-31",
                    "0000-00-00",
                    "FEMALE",
                    "LEADING",
                    "\r\n");
    private static final List<Object> HOSTILE_NUMBERS =
            List.of(
                    0,
                    -1,
                    1,
                    2,
                    Integer.MAX_VALUE,
                    Long.MAX_VALUE,
                    Long.MIN_VALUE,
                    1.5,
                    -0.0,
                    1e308,
                    new java.math.BigInteger("99999999999999999999999999"));
    private static final List<String> LEAKS =
            List.of(
                    "Exception",
                    "\tat ",
                    "dev.marquee",
                    "io.micronaut",
                    "org.postgresql",
                    "com.fasterxml",
                    "com.zaxxer",
                    "SQLState",
                    "ERROR:",
                    "violates",
                    "jdbc:",
                    "$2a$",
                    "$2b$",
                    "password_hash",
                    "postgres");

    private static final java.util.Queue<String> CONTRACT_VIOLATIONS =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    private static RunningMarquee instance;
    private static String baseUrl;
    private static List<Operation> operations;
    private static List<Optional<String>> callers;
    private static String hostName;

    @BeforeContainer
    static void start() throws Exception {
        instance = TestMarquee.start(TestMarquee.freshDataDirectory());
        baseUrl = TestMarquee.baseUrl(instance).replaceAll("/$", "");
        Api api = new Api(baseUrl, instance.context().getBean(JsonMapper.class));
        String user = "fuzz_" + Fixtures.unique();
        api.post(
                "/api/v1/auth/register",
                "{\"username\":\""
                        + user
                        + "\",\"email\":\""
                        + user
                        + "@example.org\",\"password\":\"password123\"}",
                null);
        callers =
                List.of(
                        Optional.empty(),
                        Optional.of(api.logIn(user, "password123")),
                        Optional.of(api.adminToken()),
                        Optional.of("not.a.token"));
        String admin = callers.get(2).orElseThrow();
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/movies", "{\"title\":\"Fuzz target " + i + "\"}", admin);
            api.post(
                    "/api/v1/persons",
                    "{\"firstName\":\"Fuzz\",\"lastName\":\"Target " + i + "\"}",
                    admin);
            api.post("/api/v1/genres", "{\"name\":\"Fuzz genre " + i + "\"}", admin);
        }
        operations = Operation.readAll(api.get("/openapi.yml").body());
        assertThat(operations).hasSizeGreaterThan(40);
        hostName = InetAddress.getLocalHost().getHostName();
    }

    @AfterContainer
    static void stop() {
        instance.close();
    }

    /** Every answer of the run conforms to the OpenAPI document; all departures are listed. */
    @AfterProperty
    void everyAnswerConformsToTheDocument() {
        Map<String, String> departures = new java.util.TreeMap<>();
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (String violation : CONTRACT_VIOLATIONS) {
            String kind = violation.substring(0, violation.indexOf("\n"));
            departures.putIfAbsent(kind, violation);
            counts.merge(kind, 1, Integer::sum);
        }
        CONTRACT_VIOLATIONS.clear();
        assertThat(departures.keySet())
                .as(
                        "answers that depart from the OpenAPI document, by kind:\n"
                                + departures.entrySet().stream()
                                        .map(e -> counts.get(e.getKey()) + " x " + e.getValue())
                                        .collect(java.util.stream.Collectors.joining("\n")))
                .isEmpty();
    }

    @Property(tries = 2000, seed = SEED, shrinking = ShrinkingMode.OFF)
    void noRequestOfAnyShapeGetsA5xxOrSeesInternals(@ForAll("requests") FuzzRequest request)
            throws Exception {
        HttpResponse<String> response =
                CLIENT.send(request.build(baseUrl), HttpResponse.BodyHandlers.ofString());
        String described =
                request + " -> " + response.statusCode() + " " + abbreviated(response.body());
        List<String> violations =
                ApiContract.shared()
                        .violations(
                                response.request().method(),
                                response.request().uri(),
                                response.statusCode(),
                                response.headers().map(),
                                response.body());
        for (String violation : violations) {
            CONTRACT_VIOLATIONS.add(
                    request.operation().method()
                            + " "
                            + request.operation().path()
                            + " -> "
                            + response.statusCode()
                            + ": "
                            + violation.replaceAll("\\[Path '[^']*'\\]", "").strip()
                            + "\n      e.g. "
                            + described);
        }

        assertThat(response.statusCode()).as(described).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(described)
                    .hasValue("application/problem+json");
        }
        String sent = request.toString();
        for (String leak : LEAKS) {
            if (!sent.contains(leak)) {
                assertThat(response.body()).as(described).doesNotContain(leak);
            }
        }
        if (!sent.contains(hostName)) {
            assertThat(response.body()).as(described).doesNotContain(hostName);
        }
    }

    @Provide
    Arbitrary<FuzzRequest> requests() {
        return Arbitraries.of(operations)
                .flatMap(
                        operation ->
                                Combinators.combine(
                                                pathValues(operation),
                                                queryValues(operation),
                                                body(operation),
                                                Arbitraries.of(callers),
                                                headers())
                                        .as(
                                                (path, query, body, caller, headers) ->
                                                        new FuzzRequest(
                                                                operation, path, query, body,
                                                                caller, headers)));
    }

    private static Arbitrary<Map<String, String>> pathValues(Operation operation) {
        Arbitrary<String> value =
                Arbitraries.oneOf(
                        Arbitraries.of(
                                "1",
                                "2",
                                "3",
                                "0",
                                "-1",
                                "987654321",
                                "9223372036854775807",
                                "9223372036854775808",
                                "1.5",
                                "abc",
                                "%20"),
                        hostileText());
        return value.list()
                .ofSize(operation.pathParameters().size())
                .map(
                        values -> {
                            Map<String, String> byName = new LinkedHashMap<>();
                            for (int i = 0; i < values.size(); i++) {
                                byName.put(operation.pathParameters().get(i), values.get(i));
                            }
                            return byName;
                        });
    }

    private static Arbitrary<List<Map.Entry<String, String>>> queryValues(Operation operation) {
        Arbitrary<String> name =
                Arbitraries.oneOf(
                        Arbitraries.of(
                                operation.queryParameters().isEmpty()
                                        ? List.of("q")
                                        : operation.queryParameters()),
                        Arbitraries.of("page", "size", "sort", "q", "unknown"));
        Arbitrary<String> value =
                Arbitraries.oneOf(
                        hostileText(),
                        Arbitraries.of(HOSTILE_NUMBERS).map(String::valueOf),
                        Arbitraries.strings().all().ofMaxLength(40));
        return Combinators.combine(name, value).as(Map::entry).list().ofMaxSize(4);
    }

    private static Arbitrary<Body> body(Operation operation) {
        if (operation.multipart()) {
            return multipart();
        }
        Arbitrary<Body> json =
                jsonObject(operation.bodyProperties())
                        .map(
                                text ->
                                        new Body(
                                                "application/json",
                                                text.getBytes(StandardCharsets.UTF_8)));
        Arbitrary<Body> garbage =
                Arbitraries.of(
                                "{",
                                "[]",
                                "null",
                                "\"x\"",
                                "42",
                                "{\"a\":",
                                "{}",
                                "[{}]",
                                "{\"title\":{\"$gt\":\"\"}}")
                        .map(
                                text ->
                                        new Body(
                                                "application/json",
                                                text.getBytes(StandardCharsets.UTF_8)));
        Arbitrary<Body> otherType =
                Arbitraries.of(
                                "text/plain",
                                "application/xml",
                                "application/x-www-form-urlencoded",
                                "multipart/form-data")
                        .map(type -> new Body(type, "title=x".getBytes(StandardCharsets.UTF_8)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, json),
                net.jqwik.api.Tuple.of(2, garbage),
                net.jqwik.api.Tuple.of(1, otherType),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Body.NONE)));
    }

    private static Arbitrary<String> jsonObject(List<String> properties) {
        List<String> names = new ArrayList<>(properties);
        names.add("unknownField");
        Arbitrary<String> value =
                Arbitraries.oneOf(
                        hostileText().map(ApiFuzzTest::jsonString),
                        Arbitraries.of(HOSTILE_NUMBERS).map(String::valueOf),
                        Arbitraries.of(
                                "true",
                                "false",
                                "null",
                                "[]",
                                "{}",
                                "[1,2,3]",
                                "[\"x\",null]",
                                "{\"id\":1}",
                                "[-1]",
                                "[1.5]"));
        return Combinators.combine(Arbitraries.of(names), value)
                .as((name, json) -> jsonString(name) + ":" + json)
                .list()
                .ofMaxSize(8)
                .map(members -> "{" + String.join(",", members) + "}");
    }

    private static Arbitrary<Body> multipart() {
        Arbitrary<String> part =
                Arbitraries.oneOf(
                        Arbitraries.just(
                                "Content-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG\r\n\u001a\n"),
                        Arbitraries.just(
                                "Content-Disposition: form-data; name=\"file\"\r\n\r\nhello"),
                        Arbitraries.just(
                                "Content-Disposition: form-data; name=\"file\"; filename=\"../../x.exe\"\r\nContent-Type: text/html\r\n\r\n<html>"),
                        hostileText()
                                .map(
                                        name ->
                                                "Content-Disposition: form-data; name=\""
                                                        + name.replace("\"", "")
                                                        + "\"; filename=\""
                                                        + name.replace("\"", "")
                                                        + "\"\r\n\r\nx"),
                        Arbitraries.just("garbage without headers"));
        Arbitrary<String> boundary = Arbitraries.of("fuzz", "", "a b", "x".repeat(100));
        return Combinators.combine(part.list().ofMaxSize(3), boundary, Arbitraries.of(true, false))
                .as(
                        (parts, mark, terminated) -> {
                            ByteArrayOutputStream out = new ByteArrayOutputStream();
                            for (String each : parts) {
                                out.writeBytes(
                                        ("--" + mark + "\r\n" + each + "\r\n")
                                                .getBytes(StandardCharsets.ISO_8859_1));
                            }
                            if (terminated) {
                                out.writeBytes(
                                        ("--" + mark + "--\r\n")
                                                .getBytes(StandardCharsets.ISO_8859_1));
                            }
                            return new Body(
                                    "multipart/form-data; boundary=" + mark, out.toByteArray());
                        });
    }

    private static Arbitrary<Map<String, String>> headers() {
        Arbitrary<Map.Entry<String, String>> header =
                Arbitraries.oneOf(
                        Arbitraries.of(
                                        "text/html",
                                        "*/*",
                                        "application/xml",
                                        "application/json;q=0",
                                        "garbage")
                                .map(v -> Map.entry("Accept", v)),
                        Arbitraries.of("\"x\"", "*", "W/\"abc\"", "\"\"")
                                .map(v -> Map.entry("If-None-Match", v)),
                        Arbitraries.of("203.0.113.7", "unknown, 10.0.0.1", "::1", "garbage")
                                .map(v -> Map.entry("X-Forwarded-For", v)),
                        Arbitraries.of("for=203.0.113.7", "for=\"[::1]\"", "by=x")
                                .map(v -> Map.entry("Forwarded", v)),
                        Arbitraries.of("bytes=0-1", "bytes=-1", "bytes=9999999999-")
                                .map(v -> Map.entry("Range", v)),
                        Arbitraries.of("https://evil.example", "null")
                                .map(v -> Map.entry("Origin", v)));
        return header.list()
                .ofMaxSize(3)
                .map(
                        entries -> {
                            Map<String, String> all = new LinkedHashMap<>();
                            entries.forEach(entry -> all.put(entry.getKey(), entry.getValue()));
                            return all;
                        });
    }

    private static Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.of(HOSTILE_TEXT),
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(5));
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** One operation of the OpenAPI document: what to fill in to call it. */
    record Operation(
            String method,
            String path,
            List<String> pathParameters,
            List<String> queryParameters,
            List<String> bodyProperties,
            boolean multipart) {

        @SuppressWarnings("unchecked")
        static List<Operation> readAll(String document) {
            Map<String, Object> openApi = new Yaml().load(document);
            Map<String, Object> schemas =
                    (Map<String, Object>)
                            ((Map<String, Object>) openApi.getOrDefault("components", Map.of()))
                                    .getOrDefault("schemas", Map.of());
            List<Operation> all = new ArrayList<>();
            ((Map<String, Map<String, Object>>) openApi.get("paths"))
                    .forEach(
                            (path, methods) ->
                                    methods.forEach(
                                            (method, spec) -> {
                                                if (!(spec instanceof Map<?, ?>)
                                                        || method.equals("parameters")) {
                                                    return;
                                                }
                                                Map<String, Object> operation =
                                                        (Map<String, Object>) spec;
                                                List<String> pathParameters = new ArrayList<>();
                                                Matcher names = PATH_PARAMETER.matcher(path);
                                                while (names.find()) {
                                                    pathParameters.add(names.group(1));
                                                }
                                                List<String> query = new ArrayList<>();
                                                for (Object parameter :
                                                        (List<Object>)
                                                                operation.getOrDefault(
                                                                        "parameters", List.of())) {
                                                    Map<String, Object> each =
                                                            (Map<String, Object>) parameter;
                                                    if ("query".equals(each.get("in"))) {
                                                        query.add((String) each.get("name"));
                                                    }
                                                }
                                                Map<String, Object> content =
                                                        (Map<String, Object>)
                                                                ((Map<String, Object>)
                                                                                operation
                                                                                        .getOrDefault(
                                                                                                "requestBody",
                                                                                                Map
                                                                                                        .of()))
                                                                        .getOrDefault(
                                                                                "content",
                                                                                Map.of());
                                                List<String> properties = new ArrayList<>();
                                                content.values()
                                                        .forEach(
                                                                media -> {
                                                                    Object ref =
                                                                            ((Map<String, Object>)
                                                                                            ((Map<
                                                                                                                    String,
                                                                                                                    Object>)
                                                                                                            media)
                                                                                                    .getOrDefault(
                                                                                                            "schema",
                                                                                                            Map
                                                                                                                    .of()))
                                                                                    .get("$ref");
                                                                    if (ref
                                                                            instanceof
                                                                            String reference) {
                                                                        Map<String, Object> schema =
                                                                                (Map<
                                                                                                String,
                                                                                                Object>)
                                                                                        schemas.get(
                                                                                                reference
                                                                                                        .substring(
                                                                                                                reference
                                                                                                                                .lastIndexOf(
                                                                                                                                        '/')
                                                                                                                        + 1));
                                                                        if (schema != null) {
                                                                            properties.addAll(
                                                                                    ((Map<
                                                                                                            String,
                                                                                                            Object>)
                                                                                                    schema
                                                                                                            .getOrDefault(
                                                                                                                    "properties",
                                                                                                                    Map
                                                                                                                            .of()))
                                                                                            .keySet());
                                                                        }
                                                                    }
                                                                });
                                                all.add(
                                                        new Operation(
                                                                method.toUpperCase(
                                                                        java.util.Locale.ROOT),
                                                                path,
                                                                pathParameters,
                                                                query,
                                                                properties,
                                                                content.containsKey(
                                                                        "multipart/form-data")));
                                            }));
            return all;
        }
    }

    /** A body and its declared type. */
    record Body(String contentType, byte[] bytes) {

        static final Body NONE = new Body("", new byte[0]);

        @Override
        public String toString() {
            return contentType + " " + new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** One generated call. */
    record FuzzRequest(
            Operation operation,
            Map<String, String> pathValues,
            List<Map.Entry<String, String>> query,
            Body body,
            Optional<String> token,
            Map<String, String> headers) {

        HttpRequest build(String baseUrl) {
            String path = operation.path();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path =
                        path.replace(
                                "{" + value.getKey() + "}",
                                URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8)
                                        .replace("+", "%20"));
            }
            StringBuilder target = new StringBuilder(baseUrl).append(path);
            for (int i = 0; i < query.size(); i++) {
                target.append(i == 0 ? '?' : '&')
                        .append(URLEncoder.encode(query.get(i).getKey(), StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(query.get(i).getValue(), StandardCharsets.UTF_8));
            }
            boolean hasBody =
                    body.bytes().length > 0
                            && !operation.method().equals("GET")
                            && !operation.method().equals("DELETE");
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(target.toString()))
                            .timeout(Duration.ofSeconds(20))
                            .method(
                                    operation.method(),
                                    hasBody
                                            ? HttpRequest.BodyPublishers.ofByteArray(body.bytes())
                                            : HttpRequest.BodyPublishers.noBody());
            if (hasBody) {
                request.header("Content-Type", body.contentType());
            }
            token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
            headers.forEach(request::header);
            return request.build();
        }

        @Override
        public String toString() {
            return operation.method()
                    + " "
                    + operation.path()
                    + " "
                    + pathValues
                    + " "
                    + query
                    + " body="
                    + body
                    + " token="
                    + token.map(value -> value.length() > 12 ? "(a token)" : value).orElse("none")
                    + " "
                    + headers;
        }
    }
}
