package dev.marquee.bootstrap.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** {@code marquee.admin}: the administrator account made sure of at startup, when configured. */
@ConfigurationProperties("marquee.admin")
public record AdminAccountSettings(String username, String password, @Nullable String email) {}
