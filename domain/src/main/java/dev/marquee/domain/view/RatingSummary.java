package dev.marquee.domain.view;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A movie's ratings at a glance: the average, the count, and how many ratings each half star got.
 */
public record RatingSummary(
        @Nullable BigDecimal average, int count, Map<String, Integer> histogram) {

    /** The half-star scores, as the histogram's keys: "0.5" to "5.0". */
    public static final String[] SCORES = {
        "0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0"
    };

    public RatingSummary {
        Map<String, Integer> complete = new LinkedHashMap<>();
        for (String score : SCORES) {
            complete.put(score, histogram.getOrDefault(score, 0));
        }
        histogram = java.util.Collections.unmodifiableMap(complete);
    }
}
