package dev.marquee.adapters.web.shared;

import io.micronaut.serde.annotation.Serdeable;

/** A country as other resources embed it. */
@Serdeable
public record CountryRefResponse(long id, String code, String name) {}
