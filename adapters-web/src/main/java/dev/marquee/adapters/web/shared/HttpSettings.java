package dev.marquee.adapters.web.shared;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.convert.format.ReadableBytes;

/** {@code marquee.http}: the largest JSON body accepted (default in application.yml). */
@ConfigurationProperties("marquee.http")
public record HttpSettings(@ReadableBytes long maxJsonBody) {}
