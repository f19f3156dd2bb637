package dev.marquee.domain.movie;

import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.Text;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which movies a list shows: every given genre (id or name) must match; the country is an id or an
 * ISO code; years are inclusive; {@code q} matches title words ignoring case and accents.
 */
public record MovieFilter(
        List<String> genres,
        @Nullable String country,
        @Nullable Integer yearFrom,
        @Nullable Integer yearTo,
        @Nullable PersonId directorId,
        @Nullable PersonId actorId,
        @Nullable String q) {

    public MovieFilter {
        genres =
                genres == null
                        ? List.of()
                        : genres.stream()
                                .map(genre -> Text.optional(genre, "genre", 100))
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList();
        if (genres.size() > 10) {
            throw new InvalidInputException("genre", "at most 10 genres can be combined");
        }
        country = Text.optional(country, "country", 20);
        q = Text.optional(q, "q", 200);
        checkYear(yearFrom, "yearFrom");
        checkYear(yearTo, "yearTo");
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new InvalidInputException("yearFrom", "must not be after yearTo");
        }
    }

    private static void checkYear(@Nullable Integer year, String field) {
        if (year != null && (year < 1800 || year > 2300)) {
            throw new InvalidInputException(field, "must be a year between 1800 and 2300");
        }
    }
}
