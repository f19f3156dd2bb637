package dev.marquee.domain.movie;

import dev.marquee.domain.shared.InvalidInputException;
import java.util.regex.Pattern;

/** An IMDb title id such as {@code tt0113277}. */
public record ImdbId(String value) {

    private static final Pattern SHAPE = Pattern.compile("tt[0-9]{7,10}");

    public ImdbId {
        if (value == null || !SHAPE.matcher(value.strip()).matches()) {
            throw new InvalidInputException(
                    "imdbId", "must look like tt0113277 (tt and 7 to 10 digits)");
        }
        value = value.strip();
    }
}
