package dev.marquee.domain.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A MovieLens title the way a person writes it: "Lion King, The (1994)" is "The Lion King" of 1994,
 * and the alternative titles MovieLens appends in parentheses ("(a.k.a. The Professional) (Léon)")
 * are dropped.
 */
public record MovieLensTitle(String title, @Nullable Integer year) {

    private static final Pattern YEAR = Pattern.compile("\\((\\d{4})(?:\\s*[-–]\\s*\\d{0,4})?\\)$");
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("\\s*\\([^()]*\\)$");

    /**
     * Articles MovieLens moves behind the title, with the separator that joins them back in front.
     */
    private static final List<String> ARTICLES =
            List.of(
                    "The", "A", "An", "Les", "La", "Le", "L'", "Il", "Das", "Der", "Die", "El",
                    "Los", "Las", "Lo", "Den", "Det", "De", "Een", "Ein", "Eine", "Un", "Une",
                    "Una", "Gli");

    public static MovieLensTitle parse(String raw) {
        String text = raw.strip();
        Integer year = null;
        Matcher matcher = YEAR.matcher(text);
        if (matcher.find()) {
            year = Integer.parseInt(matcher.group(1));
            text = text.substring(0, matcher.start()).strip();
        }
        String withoutAlternatives = text;
        Matcher alternative = TRAILING_PARENTHESES.matcher(withoutAlternatives);
        while (alternative.find() && alternative.start() > 0) {
            withoutAlternatives = withoutAlternatives.substring(0, alternative.start()).strip();
            alternative = TRAILING_PARENTHESES.matcher(withoutAlternatives);
        }
        String title = articleInFront(withoutAlternatives);
        return new MovieLensTitle(title.isBlank() ? raw.strip() : title, year);
    }

    private static String articleInFront(String title) {
        for (String article : ARTICLES) {
            String suffix = ", " + article;
            if (title.endsWith(suffix) && title.length() > suffix.length()) {
                String rest = title.substring(0, title.length() - suffix.length()).strip();
                return article.endsWith("'") ? article + rest : article + " " + rest;
            }
        }
        return title;
    }
}
