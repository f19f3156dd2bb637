package dev.marquee.adapters.persistence.country;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of the countries table. */
@MappedEntity("countries")
public record CountryRow(@Id @GeneratedValue @Nullable Long id, String code, String name) {}
