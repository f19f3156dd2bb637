package dev.marquee.adapters.web.person;

import dev.marquee.adapters.web.openapi.CommonErrors;
import dev.marquee.adapters.web.openapi.ConflictError;
import dev.marquee.adapters.web.openapi.CreatedResponse;
import dev.marquee.adapters.web.openapi.NoContentResponse;
import dev.marquee.adapters.web.openapi.NotFoundError;
import dev.marquee.adapters.web.openapi.OkResponse;
import dev.marquee.adapters.web.openapi.PageReadResponses;
import dev.marquee.adapters.web.openapi.ReadResponses;
import dev.marquee.adapters.web.openapi.RequiresAdmin;
import dev.marquee.adapters.web.paging.ListParameters;
import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.paging.PagedResponses;
import dev.marquee.adapters.web.security.Roles;
import dev.marquee.adapters.web.shared.PathIds;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.in.BrowsePersonsUseCase;
import dev.marquee.domain.port.in.ManagePersonsUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;

/** Directors and actors: public reads, admin writes. */
@Controller("/api/v1/persons")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Persons")
@CommonErrors
public class PersonController {

    private final BrowsePersonsUseCase browse;
    private final ManagePersonsUseCase manage;
    private final PersonWebMapper mapper;

    public PersonController(
            BrowsePersonsUseCase browse, ManagePersonsUseCase manage, PersonWebMapper mapper) {
        this.browse = browse;
        this.manage = manage;
        this.mapper = mapper;
    }

    /** Lists persons by last name unless {@code sort} (lastName, dateOfBirth) says otherwise. */
    @Get
    @Operation(operationId = "listPersons")
    @PageReadResponses
    public HttpResponse<PageResponse<PersonSummaryResponse>> list(
            HttpRequest<?> request,
            @RequestBean PersonListFilter filter,
            @RequestBean ListParameters parameters) {
        return PagedResponses.ok(
                request,
                mapper.toSummaryPage(browse.list(filter.toFilter(), parameters.toPageRequest())));
    }

    /** A person with their photos, the movies they directed and the parts they played. */
    @Get("/{id}")
    @Operation(operationId = "getPerson")
    @ReadResponses
    @NotFoundError
    public PersonResponse get(long id) {
        return mapper.toResponse(browse.get(personId(id)));
    }

    @Post
    @Secured(Roles.ADMIN)
    @Operation(
            operationId = "createPerson",
            summary = "Adds a person; only the first name is required")
    @Status(HttpStatus.CREATED)
    @CreatedResponse
    @RequiresAdmin
    public HttpResponse<PersonResponse> create(@Valid @Body PersonRequest body) {
        PersonResponse created = mapper.toResponse(manage.create(body.toDetails()));
        return HttpResponse.created(created, URI.create("/api/v1/persons/" + created.id()));
    }

    /** Replaces every editable field of a person; fields left out are cleared. */
    @Put("/{id}")
    @Secured(Roles.ADMIN)
    @Operation(operationId = "replacePerson")
    @OkResponse
    @RequiresAdmin
    @NotFoundError
    public PersonResponse replace(long id, @Valid @Body PersonRequest body) {
        return mapper.toResponse(manage.replace(personId(id), body.toDetails()));
    }

    /**
     * Deletes a person; one who directs or plays in a movie cannot be deleted (409) until those
     * links are removed.
     */
    @Delete("/{id}")
    @Secured(Roles.ADMIN)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deletePerson")
    @NoContentResponse
    @RequiresAdmin
    @NotFoundError
    @ConflictError
    public void delete(long id) {
        manage.delete(personId(id));
    }

    private static PersonId personId(long id) {
        return PathIds.of(id, "person", PersonId::new);
    }
}
