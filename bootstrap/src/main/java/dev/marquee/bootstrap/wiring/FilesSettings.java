package dev.marquee.bootstrap.wiring;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.convert.format.ReadableBytes;
import java.time.Duration;

/**
 * {@code marquee.files}: the largest image accepted, and how long an object nothing records may
 * stay in the store before the sweeper removes it (defaults in application.yml).
 */
@ConfigurationProperties("marquee.files")
public record FilesSettings(@ReadableBytes long maxSize, Duration orphanGrace) {}
