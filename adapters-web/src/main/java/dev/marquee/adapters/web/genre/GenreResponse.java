package dev.marquee.adapters.web.genre;

import dev.marquee.domain.genre.Genre;
import io.micronaut.serde.annotation.Serdeable;

/** A genre as the API shows it. */
@Serdeable
public record GenreResponse(long id, String name) {

    public static GenreResponse of(Genre genre) {
        return new GenreResponse(genre.id().value(), genre.name().value());
    }
}
