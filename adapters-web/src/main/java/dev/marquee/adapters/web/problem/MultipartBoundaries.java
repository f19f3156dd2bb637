package dev.marquee.adapters.web.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.util.regex.Pattern;

/**
 * Whether a request claims a multipart body without a usable boundary (RFC 2046: 1 to 70 characters
 * of a small set, not ending in a space). The multipart decoder fails on such a body before any
 * filter sees the request.
 */
final class MultipartBoundaries {

    private static final Pattern BOUNDARY =
            Pattern.compile("[0-9A-Za-z'()+_,\\-./:=? ]{0,69}[0-9A-Za-z'()+_,\\-./:=?]");

    private MultipartBoundaries() {}

    static boolean lacksValidBoundary(HttpRequest<?> request) {
        String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (contentType == null
                || !contentType
                        .toLowerCase(java.util.Locale.ROOT)
                        .startsWith(MediaType.MULTIPART_FORM_DATA)) {
            return false;
        }
        for (String parameter : contentType.split(";")) {
            String[] nameAndValue = parameter.strip().split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].strip().equalsIgnoreCase("boundary")) {
                String value = nameAndValue[1].strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return !BOUNDARY.matcher(value).matches();
            }
        }
        return true;
    }
}
