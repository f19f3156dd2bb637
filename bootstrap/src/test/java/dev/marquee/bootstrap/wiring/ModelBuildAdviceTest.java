package dev.marquee.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.recommendation.ModelBuildTooLargeException;
import dev.marquee.domain.recommendation.RatingsShape;
import org.junit.jupiter.api.Test;

class ModelBuildAdviceTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void theCommandGivesTheBuildItsShareOfAHeapLargeEnough() {
        ModelBuildTooLargeException refused =
                new ModelBuildTooLargeException(RatingsShape.EMPTY, 300 * MIB, 192 * MIB);

        assertThat(ModelBuildAdvice.commandLine(refused))
                .isEqualTo("java -Xmx401m -jar marquee.jar recommendations build");
    }
}
