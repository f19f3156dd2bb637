package dev.marquee.domain.recommendation;

import java.util.Objects;

/**
 * One piece of a movie's content the content model compares: a genre or cast member (by id, with
 * its name as of the build) or a keyword (its text, id 0).
 */
public record ContentFeature(Kind kind, long id, String name) {

    /** What the feature is. */
    public enum Kind {
        GENRE,
        KEYWORD,
        CAST
    }

    public ContentFeature {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static ContentFeature genre(long id, String name) {
        return new ContentFeature(Kind.GENRE, id, name);
    }

    public static ContentFeature keyword(String text) {
        return new ContentFeature(Kind.KEYWORD, 0, text);
    }

    public static ContentFeature cast(long personId, String name) {
        return new ContentFeature(Kind.CAST, personId, name);
    }

    /**
     * What makes two features the same one: kind and id, or kind and text for a keyword (case
     * ignored).
     */
    public String key() {
        return kind == Kind.KEYWORD
                ? "k:" + name.toLowerCase(java.util.Locale.ROOT)
                : (kind == Kind.GENRE ? "g:" : "c:") + id;
    }
}
