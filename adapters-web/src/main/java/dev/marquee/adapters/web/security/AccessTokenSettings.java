package dev.marquee.adapters.web.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** {@code marquee.security}: how long an access token lasts (default in application.yml). */
@ConfigurationProperties("marquee.security")
public record AccessTokenSettings(Duration accessTokenLifetime) {}
