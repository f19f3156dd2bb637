package dev.marquee.domain.imports;

import dev.marquee.domain.movie.ImdbId;
import dev.marquee.domain.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * How a MovieLens movie is known elsewhere: its IMDb and TMDB ids, either of which may be missing.
 */
public record MovieLensLink(int movieLensId, @Nullable ImdbId imdbId, @Nullable Integer tmdbId) {

    public MovieLensLink {
        if (movieLensId <= 0) {
            throw new InvalidInputException("movieId", "must be a positive integer");
        }
        if (tmdbId != null && tmdbId <= 0) {
            throw new InvalidInputException("tmdbId", "must be a positive integer");
        }
    }

    /** MovieLens writes IMDb ids as their digits only, zero-padded ({@code 0114709}). */
    public static @Nullable ImdbId imdbIdOf(String digits) {
        String trimmed = digits.strip();
        return trimmed.isEmpty() ? null : new ImdbId("tt" + trimmed);
    }
}
