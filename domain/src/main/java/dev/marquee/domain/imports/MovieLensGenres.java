package dev.marquee.domain.imports;

import dev.marquee.domain.genre.GenreName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MovieLens genre labels mapped onto the catalogue's (TMDB's) genres: {@code Sci-Fi} is Science
 * Fiction, {@code Children} is Family, {@code Musical} is Music, {@code Film-Noir} is Crime (TMDB
 * files noir under crime); {@code IMAX} is a screen format, not a genre, and {@code (no genres
 * listed)} means none. Every other label has the same name in both.
 */
public final class MovieLensGenres {

    private static final Map<String, String> RENAMED =
            Map.of(
                    "Sci-Fi", "Science Fiction",
                    "Children", "Family",
                    "Children's", "Family",
                    "Musical", "Music",
                    "Film-Noir", "Crime");
    private static final Set<String> NOT_GENRES = Set.of("IMAX", "(no genres listed)");

    private MovieLensGenres() {}

    /** The catalogue genres of a pipe-separated MovieLens list, each once, in the order given. */
    public static List<GenreName> of(String pipeSeparated) {
        Set<String> names = new LinkedHashSet<>();
        for (String label : pipeSeparated.split("\\|")) {
            String trimmed = label.strip();
            if (!trimmed.isEmpty() && !NOT_GENRES.contains(trimmed)) {
                names.add(RENAMED.getOrDefault(trimmed, trimmed));
            }
        }
        List<GenreName> genres = new ArrayList<>();
        for (String name : names) {
            genres.add(new GenreName(name));
        }
        return genres;
    }
}
