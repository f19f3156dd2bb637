package dev.marquee.adapters.web.character;

import dev.marquee.adapters.web.movie.MovieSummaryResponse;
import dev.marquee.adapters.web.shared.NamedResponse;
import dev.marquee.domain.cast.CastRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A character with every appearance, in release order. */
@Serdeable
public record CharacterResponse(
        long id, String name, @Nullable String description, List<Appearance> appearances) {

    /** The character in one movie: played by whom, in how large a part. */
    @Serdeable
    public record Appearance(MovieSummaryResponse movie, NamedResponse actor, CastRole role) {}
}
