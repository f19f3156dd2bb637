package dev.marquee.domain.port.out.fakes;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text filters as the SQL adapters apply them: every word of a query found in the folded (lower
 * case, unaccented) text, literally; and filter values told apart as numeric ids or names.
 */
final class InMemoryMatching {

    private InMemoryMatching() {}

    /** Whether every whitespace-separated word of {@code query} occurs in {@code text}. */
    static boolean containsEveryWord(String text, String query) {
        String folded = fold(text);
        for (String word : query.split("\\s+")) {
            if (!folded.contains(fold(word))) {
                return false;
            }
        }
        return true;
    }

    /** True when a filter value is a numeric id rather than a name or code. */
    static boolean isId(String value) {
        return !value.isEmpty()
                && value.length() <= 18
                && value.chars().allMatch(Character::isDigit);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
