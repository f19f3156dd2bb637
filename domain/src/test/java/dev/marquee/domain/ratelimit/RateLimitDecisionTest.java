package dev.marquee.domain.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimitDecisionTest {

    @Test
    void aRefusalIsTighterThanAnyAllowance() {
        RateLimitDecision allowed = new RateLimitDecision(true, 100, 99, 1, 0);
        RateLimitDecision refused = new RateLimitDecision(false, 10, 0, 60, 6);

        assertThat(allowed.tighter(refused)).isSameAs(refused);
        assertThat(refused.tighter(allowed)).isSameAs(refused);
    }

    @Test
    void ofTwoRefusalsTheLongerWaitIsTighter() {
        RateLimitDecision shortWait = new RateLimitDecision(false, 10, 0, 60, 6);
        RateLimitDecision longWait = new RateLimitDecision(false, 1000, 0, 3600, 30);

        assertThat(shortWait.tighter(longWait)).isSameAs(longWait);
        assertThat(longWait.tighter(shortWait)).isSameAs(longWait);
    }

    @Test
    void ofTwoAllowancesTheSmallerShareLeftIsTighter() {
        RateLimitDecision halfLeft = new RateLimitDecision(true, 10, 5, 30, 0);
        RateLimitDecision tenthLeft = new RateLimitDecision(true, 1000, 100, 600, 0);

        assertThat(halfLeft.tighter(tenthLeft)).isSameAs(tenthLeft);
        assertThat(tenthLeft.tighter(halfLeft)).isSameAs(tenthLeft);
    }
}
