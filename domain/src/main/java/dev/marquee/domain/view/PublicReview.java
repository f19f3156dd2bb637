package dev.marquee.domain.view;

import java.math.BigDecimal;
import java.time.Instant;

/** A review as anyone may read it: the reviewer's username, never their id or e-mail. */
public record PublicReview(String username, BigDecimal score, String review, Instant createdAt) {}
