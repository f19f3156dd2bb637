package dev.marquee.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationPreferencesTest {

    @Test
    void changesOnlyTheNamedPreferences() {
        NotificationPreferences changed =
                NotificationPreferences.DEFAULTS.with(
                        Map.of("newsletter", true, "recommendations", false));

        assertThat(changed).isEqualTo(new NotificationPreferences(false, true, true));
        assertThat(NotificationPreferences.DEFAULTS.with(Map.of()))
                .isEqualTo(NotificationPreferences.DEFAULTS);
    }

    @Test
    void anUnknownNameIsInvalidInputNamingIt() {
        assertThatThrownBy(() -> NotificationPreferences.DEFAULTS.with(Map.of("sms", true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations().get(0).field())
                                        .isEqualTo("notificationPreferences.sms"));
    }

    @Test
    void theDefaultsWantRecommendationsAndReleasesButNoNewsletter() {
        assertThat(NotificationPreferences.DEFAULTS)
                .isEqualTo(new NotificationPreferences(true, true, false));
    }
}
