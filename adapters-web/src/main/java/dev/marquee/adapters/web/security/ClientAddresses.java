package dev.marquee.adapters.web.security;

import dev.marquee.domain.audit.Origin;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

/**
 * The client's address: the connection's peer, or the first address of a forwarding header when
 * {@code micronaut.server.client-address-header} names one (set it only behind a proxy that sets it).
 */
@Singleton
public class ClientAddresses {

    private final HttpClientAddressResolver resolver;

    public ClientAddresses(HttpClientAddressResolver resolver) {
        this.resolver = resolver;
    }

    public String of(HttpRequest<?> request) {
        String address = resolver.resolve(request);
        return address == null ? "unknown" : address;
    }

    public Origin origin(HttpRequest<?> request) {
        return new Origin(of(request));
    }
}
