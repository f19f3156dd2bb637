package dev.marquee.domain.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A MovieLens title the way a person writes it: "Lion King, The (1994)" is "The Lion King" of 1994;
 * the alternative titles MovieLens appends in parentheses ("(a.k.a. The Professional) (Léon)") are
 * kept apart, cleaned the same way ("The Professional", "Léon"), for search.
 */
public record MovieLensTitle(String title, @Nullable Integer year, List<String> alternates) {

    public MovieLensTitle {
        alternates = List.copyOf(alternates);
    }

    private static final Pattern YEAR = Pattern.compile("\\((\\d{4})(?:\\s*[-–]\\s*\\d{0,4})?\\)$");
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("\\s*\\(([^()]*)\\)$");
    private static final Pattern AKA = Pattern.compile("^(?i:a\\.k\\.a\\.|aka)\\s+");

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
        List<String> alternates = new ArrayList<>();
        Matcher alternative = TRAILING_PARENTHESES.matcher(withoutAlternatives);
        while (alternative.find() && alternative.start() > 0) {
            String alternate =
                    articleInFront(AKA.matcher(alternative.group(1).strip()).replaceFirst(""));
            if (!alternate.isBlank()) {
                alternates.add(0, alternate);
            }
            withoutAlternatives = withoutAlternatives.substring(0, alternative.start()).strip();
            alternative = TRAILING_PARENTHESES.matcher(withoutAlternatives);
        }
        String title = articleInFront(withoutAlternatives);
        if (title.isBlank()) {
            return new MovieLensTitle(raw.strip(), year, List.of());
        }
        return new MovieLensTitle(title, year, alternates);
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
