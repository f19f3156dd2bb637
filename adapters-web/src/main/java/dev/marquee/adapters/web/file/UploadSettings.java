package dev.marquee.adapters.web.file;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code marquee.files}: how long an upload's body may take to arrive (default in application.yml).
 */
@ConfigurationProperties("marquee.files")
public record UploadSettings(Duration uploadTimeout) {}
