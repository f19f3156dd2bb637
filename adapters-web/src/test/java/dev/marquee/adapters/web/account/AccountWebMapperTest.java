package dev.marquee.adapters.web.account;

import static dev.marquee.adapters.web.shared.SameNamedComponents.assertCopied;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.web.shared.CommonWebMapperImpl;
import dev.marquee.domain.user.NotificationPreferences;
import dev.marquee.domain.user.Role;
import dev.marquee.domain.view.AccountView;
import dev.marquee.domain.view.FileView;
import dev.marquee.domain.view.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountWebMapperTest {

    private final AccountWebMapper mapper = new AccountWebMapperImpl(new CommonWebMapperImpl());

    @Test
    void gathersWhatTheUserTellsAboutThemselvesUnderProfile() {
        AccountView account =
                new AccountView(
                        4,
                        "ada",
                        "ada@example.org",
                        "Ada",
                        "Lovelace",
                        new FileView(8, "ada.png", "image/png", 99),
                        Set.of(Role.USER),
                        "the bio",
                        LocalDate.of(1815, 12, 10),
                        List.of(new Named(2, "Drama")),
                        new NotificationPreferences(false, true, true),
                        Instant.parse("2026-01-01T00:00:00Z"),
                        Instant.parse("2026-02-02T00:00:00Z"));

        AccountResponse response = mapper.toResponse(account);

        assertThat(assertCopied(account, response)).hasSize(8);
        assertThat(assertCopied(account, response.profile())).containsExactly("bio", "birthDate");
        assertThat(response.profile().favoriteGenres()).extracting("name").containsExactly("Drama");
        assertThat(
                        assertCopied(
                                account.notificationPreferences(),
                                response.profile().notificationPreferences()))
                .hasSize(3);
        assertThat(response.avatar().url()).isEqualTo("/api/v1/files/8/content");
    }
}
