package dev.marquee.adapters.web.country;

import io.micronaut.serde.annotation.Serdeable;

/** A country as the API shows it. */
@Serdeable
public record CountryResponse(long id, String code, String name) {}
