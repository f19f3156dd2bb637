package dev.marquee.bootstrap.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code marquee.security}: how long a refresh token lasts, and the bcrypt cost of stored password
 * hashes (defaults in application.yml).
 */
@ConfigurationProperties("marquee.security")
public record SecuritySettings(Duration refreshTokenLifetime, int bcryptCost) {}
