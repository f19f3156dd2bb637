package dev.marquee.application.recommendation.evaluation;

import java.util.List;
import java.util.Locale;

/** The results of one run as a Markdown table, one row per model. */
public final class EvaluationTable {

    private EvaluationTable() {}

    public static String header() {
        return "| model | settings | NDCG@10 | Recall@20 | coverage | users | seconds |\n"
                + "|---|---|---:|---:|---:|---:|---:|\n";
    }

    public static String row(EvaluationResult result) {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %.4f | %.4f | %.3f | %d | %.1f |%n",
                result.model(),
                result.settings(),
                result.ndcgAt10(),
                result.recallAt20(),
                result.coverage(),
                result.users(),
                result.seconds());
    }

    public static String of(List<EvaluationResult> results) {
        StringBuilder table = new StringBuilder(header());
        results.forEach(result -> table.append(row(result)));
        return table.toString();
    }
}
