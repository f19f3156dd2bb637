package dev.marquee.adapters.web.security;

import dev.marquee.domain.audit.Origin;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The client's address, for rate limits and the audit trail: the connection's peer, unless the
 * operator named the header a proxy in front sets ({@code micronaut.server.client-address-header},
 * e.g. X-Forwarded-For or Forwarded). Then only the hop that proxy appended (the last one) counts:
 * every earlier hop is whatever the client chose to send. Without that setting forwarding headers
 * are ignored, so no client can pick its own bucket.
 */
@Singleton
public class ClientAddresses {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final @Nullable String forwardingHeader;

    public ClientAddresses(
            @Value("${micronaut.server.client-address-header:}")
                    @Nullable String forwardingHeader) {
        this.forwardingHeader =
                forwardingHeader == null || forwardingHeader.isBlank()
                        ? null
                        : forwardingHeader.strip();
    }

    public String of(HttpRequest<?> request) {
        if (forwardingHeader != null) {
            Optional<String> forwarded =
                    lastHop(forwardingHeader, request.getHeaders().getAll(forwardingHeader));
            if (forwarded.isPresent()) {
                return forwarded.get();
            }
        }
        var peer = request.getRemoteAddress();
        return peer.getAddress() == null
                ? peer.getHostString()
                : peer.getAddress().getHostAddress();
    }

    public Origin origin(HttpRequest<?> request) {
        return new Origin(of(request));
    }

    /**
     * The address of the last hop in a forwarding header's values, when it is a plausible IP
     * address.
     */
    static Optional<String> lastHop(String headerName, List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String[] hops = values.get(values.size() - 1).split(",");
        String last = hops[hops.length - 1].strip();
        if (headerName.equalsIgnoreCase("Forwarded")) {
            last = forParameter(last);
        }
        String address = withoutPort(last);
        return ADDRESS.matcher(address).matches() ? Optional.of(address) : Optional.empty();
    }

    /** The {@code for=} parameter of one RFC 7239 forwarded element, unquoted. */
    private static String forParameter(String element) {
        for (String pair : element.split(";")) {
            String[] nameAndValue = pair.split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].strip().equalsIgnoreCase("for")) {
                String value = nameAndValue[1].strip();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1)
                        : value;
            }
        }
        return "";
    }

    /**
     * {@code [2001:db8::1]:443} → {@code 2001:db8::1}; {@code 192.0.2.1:80} → {@code 192.0.2.1}.
     */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int close = hop.indexOf(']');
            return close > 0 ? hop.substring(1, close) : "";
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }
}
