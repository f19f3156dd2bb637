package dev.marquee.domain.search;

import dev.marquee.domain.shared.InvalidInputException;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a person typed into the search box, and which kinds of hit they want (all when none is
 * named). Any text is a query: control characters and unpaired surrogates, which no title contains,
 * become spaces; only an empty query and one over {@value #MAX_LENGTH} characters are refused.
 */
public record SearchQuery(String text, Set<SearchType> types) {

    public static final int MAX_LENGTH = 200;

    public SearchQuery {
        text = clean(text);
        if (text.isEmpty()) {
            throw new InvalidInputException("q", "must not be blank");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new InvalidInputException("q", "must be at most " + MAX_LENGTH + " characters");
        }
        types = types.isEmpty() ? Set.copyOf(EnumSet.allOf(SearchType.class)) : Set.copyOf(types);
    }

    public boolean includes(SearchType type) {
        return types.contains(type);
    }

    private static String clean(String raw) {
        if (raw.length() > 4 * MAX_LENGTH + 64) {
            throw new InvalidInputException("q", "must be at most " + MAX_LENGTH + " characters");
        }
        StringBuilder cleaned = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < raw.length()
                    && Character.isLowSurrogate(raw.charAt(i + 1))) {
                cleaned.append(c).append(raw.charAt(++i));
            } else if (Character.isISOControl(c)
                    || Character.isSurrogate(c)
                    || Character.isSpaceChar(c)
                    || Character.isWhitespace(c)) {
                cleaned.append(' ');
            } else {
                cleaned.append(c);
            }
        }
        return cleaned.toString().strip();
    }
}
