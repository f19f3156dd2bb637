package dev.marquee.adapters.web.genre;

import io.micronaut.serde.annotation.Serdeable;

/** A genre as the API shows it. */
@Serdeable
public record GenreResponse(long id, String name) {}
