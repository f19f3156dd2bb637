package dev.marquee.adapters.web.admin;

import dev.marquee.adapters.web.openapi.CommonErrors;
import dev.marquee.adapters.web.openapi.PageReadResponses;
import dev.marquee.adapters.web.openapi.RequiresAdmin;
import dev.marquee.adapters.web.paging.ListParameters;
import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.paging.PagedResponses;
import dev.marquee.adapters.web.security.Roles;
import dev.marquee.domain.port.in.ListUsersUseCase;
import dev.marquee.domain.user.Username;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;

/** Account administration, for administrators only. */
@Controller("/api/v1/admin/users")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Administration")
@CommonErrors
public class AdminUsersController {

    private final ListUsersUseCase users;
    private final AdminWebMapper mapper;

    public AdminUsersController(ListUsersUseCase users, AdminWebMapper mapper) {
        this.users = users;
        this.mapper = mapper;
    }

    /**
     * Accounts, newest first; with {@code username}, only the account of exactly that username
     * (ignoring case).
     */
    @Get
    @Operation(operationId = "listUsers")
    @PageReadResponses
    @RequiresAdmin
    public HttpResponse<PageResponse<UserSummaryResponse>> list(
            HttpRequest<?> request,
            @QueryValue @Nullable @Size(max = Username.MAX_LENGTH) String username,
            @RequestBean ListParameters parameters) {
        return PagedResponses.ok(
                request, mapper.toUserPage(users.list(username, parameters.toPageRequest())));
    }
}
