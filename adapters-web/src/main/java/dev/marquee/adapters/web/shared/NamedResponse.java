package dev.marquee.adapters.web.shared;

import io.micronaut.serde.annotation.Serdeable;

/** A reference to another resource: its id and display name. */
@Serdeable
public record NamedResponse(long id, String name) {}
