package dev.marquee.application.recommendation.evaluation;

import dev.marquee.application.recommendation.ContentSettings;
import dev.marquee.application.recommendation.ModelSettings;
import dev.marquee.application.recommendation.ScoringSettings;

/**
 * The settings {@link MarqueeTuning} chose on the validation split of ml-latest-small
 * (docs/recommendations.md): what a production build and the server use until a new evaluation says
 * otherwise.
 */
public final class TunedSettings {

    public static final ModelSettings MODEL = new ModelSettings(300, 0.5, 100, 3, 20, 0, 0, 3, 100);
    public static final ScoringSettings SCORING = new ScoringSettings(0.75, 5, 0.1, 20, 0);

    /**
     * Not tuned: each movie's 50 strongest content neighbours, every feature kept up to half the
     * movies.
     */
    public static final ContentSettings CONTENT = new ContentSettings(50, 0.5, 3);

    private TunedSettings() {}
}
