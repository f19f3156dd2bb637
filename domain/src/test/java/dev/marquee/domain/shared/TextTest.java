package dev.marquee.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void rejectsUnpairedSurrogatesButAcceptsPairedOnes() {
        assertThatThrownBy(() -> Text.required("a\uD800b", "name", 10))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Text.required("a\uDC00", "name", 10))
                .isInstanceOf(InvalidInputException.class);
        assertThat(Text.required("🎬🎬", "name", 2)).isEqualTo("🎬🎬");
    }

    @Test
    void rejectsC1ControlCharactersAndDelete() {
        assertThatThrownBy(() -> Text.optional("red\u009B31m", "review", 100))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Text.optional("x\u007F", "review", 100))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void keepsTabsAndLineBreaksInside() {
        assertThat(Text.optional("first line\n\tsecond\r\nthird", "review", 100))
                .isEqualTo("first line\n\tsecond\r\nthird");
    }

    @Test
    void takesLinearTimeOnLongRunsOfInnerSpace() {
        String padded = "x" + " ".repeat(1_000_000) + "x";

        assertThat(
                        org.assertj.core.api.Assertions.catchThrowable(
                                () -> {
                                    long start = System.nanoTime();
                                    try {
                                        Text.optional(padded, "review", 10_000);
                                    } finally {
                                        assertThat(Duration.ofNanos(System.nanoTime() - start))
                                                .isLessThan(Duration.ofMillis(500));
                                    }
                                }))
                .isInstanceOf(InvalidInputException.class);
    }
}
