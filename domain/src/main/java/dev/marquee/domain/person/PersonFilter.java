package dev.marquee.domain.person;

import dev.marquee.domain.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * Which persons a list shows: {@code q} matches name words ignoring case and accents; country is an
 * id or ISO code.
 */
public record PersonFilter(@Nullable String q, @Nullable String country) {

    public PersonFilter {
        q = Text.optional(q, "q", 200);
        country = Text.optional(country, "country", 20);
    }
}
