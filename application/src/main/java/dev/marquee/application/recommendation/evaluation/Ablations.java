package dev.marquee.application.recommendation.evaluation;

import dev.marquee.application.recommendation.ModelSettings;
import dev.marquee.application.recommendation.ScoringSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/** The chosen settings with one idea switched off, or the neighbour count changed, at a time. */
final class Ablations {

    private Ablations() {}

    static Map<String, MarqueeTuning.Candidate> of(MarqueeTuning.Candidate chosen) {
        ModelSettings m = chosen.model();
        ScoringSettings s = chosen.scoring();
        Map<String, MarqueeTuning.Candidate> variants = new LinkedHashMap<>();
        variants.put("without recency", new MarqueeTuning.Candidate(m, s.withRecencyHalfLife(0)));
        variants.put(
                "without centred ratings in scoring",
                new MarqueeTuning.Candidate(m, s.withRatingEmphasis(0)));
        variants.put(
                "without centred ratings in training",
                new MarqueeTuning.Candidate(withEase(m, 0, m.similarCount()), s));
        variants.put(
                "without the next-item model",
                new MarqueeTuning.Candidate(m, s.withSequenceWeight(0)));
        if (s.contentWeight() > 0) {
            variants.put(
                    "without the content model",
                    new MarqueeTuning.Candidate(m, s.withContentWeight(0)));
        }
        for (int k : new int[] {25, 50, 200, 400}) {
            if (k != m.similarCount()) {
                variants.put(
                        "with EASE k=" + k,
                        new MarqueeTuning.Candidate(withEase(m, m.trainingEmphasis(), k), s));
            }
        }
        return variants;
    }

    private static ModelSettings withEase(ModelSettings m, double trainingEmphasis, int k) {
        return new ModelSettings(
                m.lambda(),
                trainingEmphasis,
                k,
                m.minRatings(),
                m.nextWindow(),
                m.nextStepDiscount(),
                m.nextDamping(),
                m.nextShrinkage(),
                m.nextCount());
    }
}
