package dev.marquee.domain.view;

import dev.marquee.domain.cast.CastRole;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A character's page: who they are and every movie they appear in, played by whom. */
public record CharacterView(
        long id, String name, @Nullable String description, List<Appearance> appearances) {

    public CharacterView {
        appearances = List.copyOf(appearances);
    }

    /**
     * One appearance: the movie, the actor who played the character there, and the size of the
     * part.
     */
    public record Appearance(MovieSummary movie, Named actor, CastRole role) {}
}
