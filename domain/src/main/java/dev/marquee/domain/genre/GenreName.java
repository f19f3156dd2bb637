package dev.marquee.domain.genre;

import dev.marquee.domain.shared.Text;

/** The display name of a genre: non-blank, at most 50 characters, unique regardless of case. */
public record GenreName(String value) {

    public static final int MAX_LENGTH = 50;

    public GenreName {
        value = Text.required(value, "name", MAX_LENGTH);
    }
}
