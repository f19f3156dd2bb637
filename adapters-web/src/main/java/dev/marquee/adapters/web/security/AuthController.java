package dev.marquee.adapters.web.security;

import dev.marquee.domain.port.in.LogInUseCase;
import dev.marquee.domain.session.SignedIn;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Opens sessions: exchanges credentials for an access token and a refresh token. */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Accounts")
public class AuthController {

    private final LogInUseCase logIn;
    private final AccessTokens accessTokens;

    public AuthController(LogInUseCase logIn, AccessTokens accessTokens) {
        this.logIn = logIn;
        this.accessTokens = accessTokens;
    }

    /** Logs in with a username or e-mail and a password; wrong credentials give 401 whichever part was wrong. */
    @Post("/login")
    public TokenResponse login(@Valid @Body LoginRequest request) {
        SignedIn signedIn = logIn.logIn(request.login(), request.password());
        return TokenResponse.bearer(accessTokens.issue(signedIn.user()), signedIn.refreshToken(),
                accessTokens.lifetime().toSeconds());
    }
}
