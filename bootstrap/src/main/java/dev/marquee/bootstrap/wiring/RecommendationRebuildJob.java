package dev.marquee.bootstrap.wiring;

import dev.marquee.domain.port.in.BuildRecommendationModelUseCase;
import dev.marquee.domain.recommendation.ModelBuildTooLargeException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the recommendation model on a schedule ({@code
 * marquee.recommendations.rebuild-interval}, 6h by default); with several instances the build lock
 * lets one build while the others skip the run and keep serving.
 */
@Singleton
@Requires(notEnv = Environment.CLI)
@Requires(property = "marquee.recommendations.rebuild-enabled", notEquals = "false")
public class RecommendationRebuildJob {

    private static final Logger LOG = LoggerFactory.getLogger(RecommendationRebuildJob.class);

    private final BuildRecommendationModelUseCase build;

    public RecommendationRebuildJob(BuildRecommendationModelUseCase build) {
        this.build = build;
    }

    @Scheduled(
            fixedDelay = "${marquee.recommendations.rebuild-interval:6h}",
            initialDelay = "${marquee.recommendations.rebuild-initial-delay:2m}")
    void rebuild() {
        try {
            build.build()
                    .ifPresentOrElse(
                            report ->
                                    LOG.info(
                                            "Recommendation model version {} built from {} ratings of {} users in {} s",
                                            report.version(),
                                            report.ratings(),
                                            report.users(),
                                            String.format("%.1f", report.seconds())),
                            () ->
                                    LOG.info(
                                            "Recommendation rebuild skipped: another instance is building"));
        } catch (ModelBuildTooLargeException e) {
            LOG.warn(
                    "Recommendation rebuild skipped, the previous model keeps serving: {}; run `{}` as"
                            + " its own process",
                    e.getMessage(),
                    ModelBuildAdvice.commandLine(e));
        } catch (RuntimeException e) {
            LOG.warn("Recommendation rebuild failed, the previous model keeps serving", e);
        }
    }
}
