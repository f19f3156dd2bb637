package dev.marquee.adapters.web.security;

import dev.marquee.adapters.web.account.AccountResponse;
import dev.marquee.adapters.web.account.AccountWebMapper;
import dev.marquee.adapters.web.openapi.CommonErrors;
import dev.marquee.adapters.web.openapi.ConflictError;
import dev.marquee.adapters.web.openapi.CreatedResponse;
import dev.marquee.adapters.web.openapi.NoContentResponse;
import dev.marquee.adapters.web.openapi.OkResponse;
import dev.marquee.adapters.web.openapi.UnauthorizedError;
import dev.marquee.domain.port.in.LogInUseCase;
import dev.marquee.domain.port.in.LogOutUseCase;
import dev.marquee.domain.port.in.RefreshSessionUseCase;
import dev.marquee.domain.port.in.RegisterUseCase;
import dev.marquee.domain.session.SignedIn;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;

/** Accounts and sessions: registration, login, token refresh, logout. */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Accounts")
@CommonErrors
public class AuthController {

    private final RegisterUseCase registration;
    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refresh;
    private final LogOutUseCase logOut;
    private final AccessTokens accessTokens;
    private final ClientAddresses clients;
    private final AccountWebMapper accountMapper;
    private final TokenWebMapper tokenMapper;

    public AuthController(
            RegisterUseCase registration,
            LogInUseCase logIn,
            RefreshSessionUseCase refresh,
            LogOutUseCase logOut,
            AccessTokens accessTokens,
            ClientAddresses clients,
            AccountWebMapper accountMapper,
            TokenWebMapper tokenMapper) {
        this.registration = registration;
        this.logIn = logIn;
        this.refresh = refresh;
        this.logOut = logOut;
        this.accessTokens = accessTokens;
        this.clients = clients;
        this.accountMapper = accountMapper;
        this.tokenMapper = tokenMapper;
    }

    /** Opens an account with the USER role; a taken username or e-mail (ignoring case) is a 409. */
    @Post("/register")
    @Operation(operationId = "register")
    @Status(HttpStatus.CREATED)
    @CreatedResponse
    @ConflictError
    @UnauthorizedError
    public HttpResponse<AccountResponse> register(
            HttpRequest<?> request, @Valid @Body RegistrationRequest body) {
        AccountResponse account =
                accountMapper.toResponse(
                        registration.register(body.toRegistration(), clients.origin(request)));
        return HttpResponse.created(account, URI.create("/api/v1/users/me"));
    }

    /**
     * Logs in with a username or e-mail and a password; wrong credentials give 401 whichever part
     * was wrong.
     */
    @Post("/login")
    @Operation(operationId = "logIn")
    @OkResponse
    @UnauthorizedError
    public TokenResponse login(HttpRequest<?> request, @Valid @Body LoginRequest body) {
        return tokens(logIn.logIn(body.login(), body.password(), clients.origin(request)));
    }

    /**
     * Exchanges a refresh token for a new pair; the old one stops working, and replaying it ends
     * the session.
     */
    @Post("/refresh")
    @Operation(operationId = "refreshTokens")
    @OkResponse
    @UnauthorizedError
    public TokenResponse refresh(HttpRequest<?> request, @Valid @Body RefreshTokenRequest body) {
        return tokens(refresh.refresh(body.refreshToken(), clients.origin(request)));
    }

    /** Ends the session of this refresh token. */
    @Post("/logout")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "logOut")
    @NoContentResponse
    @UnauthorizedError
    public void logout(HttpRequest<?> request, @Valid @Body RefreshTokenRequest body) {
        logOut.logOut(body.refreshToken(), clients.origin(request));
    }

    private TokenResponse tokens(SignedIn signedIn) {
        return tokenMapper.toResponse(
                signedIn, accessTokens.issue(signedIn.user()), accessTokens.lifetime().toSeconds());
    }
}
