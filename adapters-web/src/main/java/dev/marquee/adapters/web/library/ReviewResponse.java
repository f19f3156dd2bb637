package dev.marquee.adapters.web.library;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;

/** A public review: the reviewer's username (never their id or e-mail), the score and the text. */
@Serdeable
public record ReviewResponse(String username, BigDecimal score, String review, Instant createdAt) {}
