package dev.marquee.adapters.web.caching;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Gives every successful JSON {@code GET} an {@code ETag} (a digest of the exact bytes sent) and
 * answers a matching {@code If-None-Match} with 304 and no body. The body is serialized once, here.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ETagFilter {

    private final JsonMapper jsonMapper;

    public ETagFilter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @ResponseFilter
    public void tag(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!isTaggable(request, response)) {
            return;
        }
        Object body = response.body();
        byte[] bytes = serialize(body);
        String tag = "\"" + digest(bytes) + "\"";
        response.header(HttpHeaders.ETAG, tag);
        if (EntityTags.matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.status(HttpStatus.NOT_MODIFIED).body(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        } else {
            response.body(bytes).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
    }

    private static boolean isTaggable(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() != HttpMethod.GET || response.status() != HttpStatus.OK) {
            return false;
        }
        Object body = response.body();
        if (body == null
                || body instanceof byte[]
                || body instanceof CharSequence
                || !body.getClass().getPackageName().startsWith("dev.marquee")) {
            return false;
        }
        Optional<MediaType> contentType = response.getContentType();
        return contentType.isEmpty() || contentType.get().matches(MediaType.APPLICATION_JSON_TYPE);
    }

    private byte[] serialize(Object body) {
        try {
            return jsonMapper.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK ships SHA-256", impossible);
        }
    }
}
