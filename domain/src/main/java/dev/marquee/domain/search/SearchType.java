package dev.marquee.domain.search;

import dev.marquee.domain.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** What a search hit is: a movie, a person or a character. */
public enum SearchType {
    MOVIE,
    PERSON,
    CHARACTER;

    /** The lower-case name the API uses ({@code movie}, {@code person}, {@code character}). */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SearchType ofApiName(String value) {
        return Arrays.stream(values())
                .filter(type -> type.apiName().equals(value.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        "type", "must be movie, person or character"));
    }
}
