package dev.marquee.adapters.web.account;

import dev.marquee.adapters.web.openapi.CommonErrors;
import dev.marquee.adapters.web.openapi.ConflictError;
import dev.marquee.adapters.web.openapi.NoContentResponse;
import dev.marquee.adapters.web.openapi.OkResponse;
import dev.marquee.adapters.web.openapi.ReadResponses;
import dev.marquee.adapters.web.openapi.RequiresToken;
import dev.marquee.adapters.web.security.Callers;
import dev.marquee.adapters.web.security.ClientAddresses;
import dev.marquee.domain.port.in.ManageAccountUseCase;
import dev.marquee.domain.user.Password;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * The caller's own account: every operation acts on the account of the access token, never another.
 */
@Controller("/api/v1/users/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Accounts")
@CommonErrors
public class AccountController {

    private final ManageAccountUseCase accounts;
    private final ClientAddresses clients;
    private final AccountWebMapper mapper;

    public AccountController(
            ManageAccountUseCase accounts, ClientAddresses clients, AccountWebMapper mapper) {
        this.accounts = accounts;
        this.clients = clients;
        this.mapper = mapper;
    }

    @Get
    @Operation(operationId = "getMyAccount", summary = "The caller's account and profile")
    @ReadResponses
    @RequiresToken
    public AccountResponse get(Authentication caller) {
        return mapper.toResponse(accounts.view(Callers.userId(caller)));
    }

    /**
     * Changes any of firstName, lastName, email, bio, birthDate, favoriteGenreIds,
     * notificationPreferences; fields left out stay as they are, fields set to null are cleared.
     */
    @Patch
    @Operation(operationId = "updateMyAccount")
    @OkResponse
    @RequiresToken
    @ConflictError
    public AccountResponse update(
            Authentication caller,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema =
                                                    @Schema(
                                                            implementation =
                                                                    AccountChangesRequest.class)))
                    @Body
                    JsonNode changes) {
        return mapper.toResponse(
                accounts.update(Callers.userId(caller), AccountPatch.read(changes)));
    }

    /** Changes the password; every session of the account ends. */
    @Put("/password")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "changeMyPassword")
    @NoContentResponse
    @RequiresToken
    public void changePassword(
            Authentication caller,
            HttpRequest<?> request,
            @Valid @Body PasswordChangeRequest body) {
        accounts.changePassword(
                Callers.userId(caller),
                body.currentPassword(),
                new Password(body.newPassword()),
                clients.origin(request));
    }

    /** Everything stored about the caller, as JSON. */
    @Get("/export")
    @Operation(operationId = "exportMyData")
    @ReadResponses
    @RequiresToken
    public AccountExportResponse export(Authentication caller, HttpRequest<?> request) {
        return mapper.toResponse(accounts.export(Callers.userId(caller), clients.origin(request)));
    }

    /** Deletes the account with its profile, library and sessions. */
    @Delete
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteMyAccount")
    @NoContentResponse
    @RequiresToken
    public void delete(Authentication caller, HttpRequest<?> request) {
        accounts.delete(Callers.userId(caller), clients.origin(request));
    }
}
