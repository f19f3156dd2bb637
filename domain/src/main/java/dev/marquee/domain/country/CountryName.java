package dev.marquee.domain.country;

import dev.marquee.domain.shared.Text;

/** The display name of a country: non-blank, at most 100 characters, unique regardless of case. */
public record CountryName(String value) {

    public static final int MAX_LENGTH = 100;

    public CountryName {
        value = Text.required(value, "name", MAX_LENGTH);
    }
}
