package dev.marquee.bootstrap.e2e;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OpenAPI document the build generates, as a check on what the server answers: every response
 * the end-to-end tests receive must have a documented status, the documented headers and a body
 * that matches the documented schema, with no undocumented fields (the check treats every object
 * schema as closed). Parsed once per test JVM; a check costs one schema validation.
 *
 * <p>Responses to requests outside the document are accepted only when they refuse them (401, 403,
 * 404 or 405: security may refuse before routing), for CORS preflights (OPTIONS, answered on every
 * path), or when the path is one of the operations endpoints outside {@code /api/} (health,
 * metrics, the document and its Swagger UI), which the document leaves out on purpose.
 */
public final class ApiContract {

    static final String DOCUMENT = "META-INF/swagger/marquee.yml";

    private static final Set<String> OUTSIDE_THE_DOCUMENT =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    /** What the server may answer to a request for a path or method the API does not have. */
    private static final Set<Integer> REFUSALS = Set.of(401, 403, 404, 405);

    private static ApiContract shared;

    private final OpenApiInteractionValidator validator;

    ApiContract(OpenAPI document) {
        this.validator =
                OpenApiInteractionValidator.createFor(closed(document))
                        .withBasePathOverride("/")
                        .withStrictOperationPathMatching()
                        .build();
    }

    /** The contract of the document on the test classpath, read once. */
    public static synchronized ApiContract shared() {
        if (shared == null) {
            shared = new ApiContract(read(DOCUMENT));
        }
        return shared;
    }

    /**
     * Fails with every way in which this response to {@code method uri} departs from the document.
     */
    public void check(
            String method,
            URI uri,
            int status,
            Map<String, List<String>> headers,
            @org.jspecify.annotations.Nullable String body) {
        List<String> violations = violations(method, uri, status, headers, body);
        if (!violations.isEmpty()) {
            throw new AssertionError(
                    method
                            + " "
                            + uri
                            + " answered "
                            + status
                            + " "
                            + abbreviated(body)
                            + "\nwhich the OpenAPI document does not allow:\n  "
                            + String.join("\n  ", violations));
        }
    }

    /** How this response departs from the document; empty when it conforms. */
    public List<String> violations(
            String method,
            URI uri,
            int status,
            Map<String, List<String>> headers,
            @org.jspecify.annotations.Nullable String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach(response::withHeader);
        headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                .flatMap(header -> header.getValue().stream())
                .findFirst()
                .ifPresent(response::withContentType);
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        String path = withoutTrailingSlash(uri.getRawPath());
        ValidationReport report =
                validator.validateResponse(
                        path,
                        Request.Method.valueOf(method.toUpperCase(Locale.ROOT)),
                        response.build());
        boolean outside =
                report.getMessages().stream()
                        .anyMatch(message -> OUTSIDE_THE_DOCUMENT.contains(message.getKey()));
        if (outside
                && (REFUSALS.contains(status)
                        || method.equalsIgnoreCase("OPTIONS")
                        || !path.startsWith("/api/"))) {
            return List.of();
        }
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(ApiContract::describe)
                .toList();
    }

    /** The router serves {@code /api/v1/genres/} as {@code /api/v1/genres}; so does the check. */
    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/")
                ? path.substring(0, path.length() - 1)
                : path;
    }

    static OpenAPI read(String resource) {
        try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        resource + " is not on the test classpath: build adapters-web first");
            }
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            SwaggerParseResult parsed =
                    new OpenAPIV3Parser()
                            .readContents(
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8),
                                    null,
                                    options);
            if (parsed.getOpenAPI() == null) {
                throw new IllegalStateException(
                        resource + " does not parse: " + parsed.getMessages());
            }
            return parsed.getOpenAPI();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document with every object schema that lists its properties closed to others, so that an
     * undocumented field in a body is a violation rather than silently allowed; and with every
     * nullable reference ({@code nullable: true} beside {@code allOf: [$ref]}, as micronaut-openapi
     * writes an optional record or enum, and as Swagger UI and OpenAPI Generator read it) replaced
     * by a nullable copy of the schema it refers to, which the validator understands.
     */
    private static OpenAPI closed(OpenAPI document) {
        if (document.getComponents() == null || document.getComponents().getSchemas() == null) {
            return document;
        }
        @SuppressWarnings("rawtypes")
        Map<String, Schema> components = document.getComponents().getSchemas();
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        components.values().forEach(schema -> close(schema, seen));
        components.values().forEach(schema -> inlineNullableReferences(schema, components));
        return document;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void inlineNullableReferences(Schema schema, Map<String, Schema> components) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        properties.replaceAll(
                (name, property) -> {
                    if (!Boolean.TRUE.equals(property.getNullable())
                            || property.getAllOf() == null) {
                        return property;
                    }
                    List<Schema> references =
                            ((List<Schema>) property.getAllOf())
                                    .stream().filter(member -> member.get$ref() != null).toList();
                    if (references.size() != 1) {
                        return property;
                    }
                    String reference = references.get(0).get$ref();
                    Schema target =
                            components.get(reference.substring(reference.lastIndexOf('/') + 1));
                    if (target == null) {
                        throw new IllegalStateException("the document refers to " + reference);
                    }
                    Schema copy = new Schema();
                    copy.setType(target.getType());
                    copy.setFormat(target.getFormat());
                    copy.setProperties(target.getProperties());
                    copy.setRequired(target.getRequired());
                    copy.setAdditionalProperties(target.getAdditionalProperties());
                    copy.setEnum(target.getEnum() == null ? null : withNull(target.getEnum()));
                    copy.setNullable(true);
                    return copy;
                });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List withNull(List values) {
        List copy = new java.util.ArrayList(values);
        copy.add(null);
        return copy;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void close(Schema schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null && !properties.isEmpty()) {
            if (schema.getAdditionalProperties() == null) {
                schema.setAdditionalProperties(false);
            }
            properties.values().forEach(property -> close(property, seen));
        }
        close(schema.getItems(), seen);
        for (List<Schema> members :
                List.of(
                        nullToEmpty(schema.getAllOf()),
                        nullToEmpty(schema.getAnyOf()),
                        nullToEmpty(schema.getOneOf()))) {
            members.forEach(member -> close(member, seen));
        }
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> nullToEmpty(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }

    private static String describe(ValidationReport.Message message) {
        String nested =
                message.getNestedMessages().stream()
                        .map(ApiContract::describe)
                        .collect(Collectors.joining("; "));
        return message.getKey()
                + ": "
                + message.getMessage()
                + (nested.isEmpty() ? "" : " [" + nested + "]");
    }

    private static String abbreviated(@org.jspecify.annotations.Nullable String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
