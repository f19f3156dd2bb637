package dev.marquee.domain.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelBuildTooLargeExceptionTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void itSaysWhatTheBuildNeedsAndWhatThisProcessHas() {
        ModelBuildTooLargeException refused =
                new ModelBuildTooLargeException(
                        new RatingsShape(9_600_000, 100_000, 1_000_000), 300 * MIB, 192 * MIB);

        assertThat(refused.getMessage())
                .isEqualTo(
                        "the recommendation build over 9,600,000 ratings of 100,000 users on 1,000,000 movies"
                                + " needs about 300 MiB of heap and this process may use 192 MiB");
    }
}
