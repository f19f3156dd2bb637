package dev.marquee.adapters.persistence.genre;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of the genres table. */
@MappedEntity("genres")
public record GenreRow(@Id @GeneratedValue @Nullable Long id, String name) {}
