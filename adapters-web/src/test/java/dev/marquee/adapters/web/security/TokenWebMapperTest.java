package dev.marquee.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.session.SignedIn;
import dev.marquee.domain.user.AuthenticatedUser;
import dev.marquee.domain.user.Role;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.user.Username;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenWebMapperTest {

    @Test
    void keepsTheAccessAndTheRefreshTokenApart() {
        AuthenticatedUser user =
                new AuthenticatedUser(new UserId(3), new Username("ada"), Set.of(Role.USER));
        SignedIn signedIn = new SignedIn(user, "the-refresh-token");

        TokenResponse response =
                new TokenWebMapperImpl().toResponse(signedIn, "the-access-token", 900);

        assertThat(response.accessToken()).isEqualTo("the-access-token");
        assertThat(response.refreshToken()).isEqualTo("the-refresh-token");
        assertThat(response.tokenType()).isEqualTo("Bearer");
        assertThat(response.expiresIn()).isEqualTo(900);
    }
}
