package dev.marquee.domain.person;

import dev.marquee.domain.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** Which persons a list shows: {@code q} matches name words ignoring case and accents; country is an id or ISO code. */
public record PersonFilter(@Nullable String q, @Nullable String country) {

    public PersonFilter {
        q = q == null || q.isBlank() ? null : q.strip();
        if (q != null && q.length() > 200) {
            throw new InvalidInputException("q", "must be at most 200 characters");
        }
        country = country == null || country.isBlank() ? null : country.strip();
    }
}
