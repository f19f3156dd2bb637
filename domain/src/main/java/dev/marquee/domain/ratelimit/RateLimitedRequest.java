package dev.marquee.domain.ratelimit;

import org.jspecify.annotations.Nullable;

/**
 * Who is asking, for rate limiting: the authenticated user if any, the client address, and whether
 * it sends credentials.
 */
public record RateLimitedRequest(
        @Nullable Long userId, String clientAddress, boolean credentialEndpoint) {}
