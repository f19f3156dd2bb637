package dev.marquee.adapters.web.caching;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Compares entity tags as {@code If-None-Match} does (weakly: a {@code W/} prefix is ignored;
 * {@code *} matches any).
 */
public final class EntityTags {

    private EntityTags() {}

    public static boolean matches(@Nullable String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(tag));
    }
}
