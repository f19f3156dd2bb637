package dev.marquee.adapters.web.shared;

import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.shared.NotFoundException;
import java.util.function.LongFunction;

/**
 * Turns the id in a resource path into its typed id; an id that cannot exist (zero, negative) names
 * nothing: 404.
 */
public final class PathIds {

    private PathIds() {}

    /** The movie named by a path segment. */
    public static MovieId movie(long id) {
        return of(id, "movie", MovieId::new);
    }

    public static <I> I of(long id, String resource, LongFunction<I> idType) {
        if (id <= 0) {
            throw new NotFoundException(resource, id);
        }
        return idType.apply(id);
    }
}
