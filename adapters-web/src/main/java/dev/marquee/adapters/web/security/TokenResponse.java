package dev.marquee.adapters.web.security;

import io.micronaut.serde.annotation.Serdeable;

/** A session's tokens: a short-lived bearer access token and the refresh token that renews it. */
@Serdeable
public record TokenResponse(
        String accessToken, String refreshToken, String tokenType, long expiresIn) {}
