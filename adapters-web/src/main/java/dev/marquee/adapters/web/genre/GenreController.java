package dev.marquee.adapters.web.genre;

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
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.port.in.ManageGenresUseCase;
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

/** The genres movies are tagged with: public reads, admin writes. */
@Controller("/api/v1/genres")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Genres")
@CommonErrors
public class GenreController {

    private final ManageGenresUseCase genres;
    private final GenreWebMapper mapper;

    public GenreController(ManageGenresUseCase genres, GenreWebMapper mapper) {
        this.genres = genres;
        this.mapper = mapper;
    }

    /** Lists genres, by name unless {@code sort} (id, name) says otherwise. */
    @Get
    @Operation(operationId = "listGenres")
    @PageReadResponses
    public HttpResponse<PageResponse<GenreResponse>> list(
            HttpRequest<?> request, @Valid @RequestBean ListParameters parameters) {
        return PagedResponses.ok(request, mapper.toPage(genres.list(parameters.toPageRequest())));
    }

    @Get("/{id}")
    @Operation(operationId = "getGenre", summary = "A genre")
    @ReadResponses
    @NotFoundError
    public GenreResponse get(long id) {
        return mapper.toResponse(genres.get(PathIds.of(id, "genre", GenreId::new)));
    }

    /** Creates a genre; names are unique regardless of case (409). */
    @Post
    @Secured(Roles.ADMIN)
    @Operation(operationId = "createGenre")
    @Status(HttpStatus.CREATED)
    @CreatedResponse
    @RequiresAdmin
    @ConflictError
    public HttpResponse<GenreResponse> create(@Valid @Body GenreRequest body) {
        GenreResponse created = mapper.toResponse(genres.create(body.toName()));
        return HttpResponse.created(created, URI.create("/api/v1/genres/" + created.id()));
    }

    @Put("/{id}")
    @Secured(Roles.ADMIN)
    @Operation(operationId = "renameGenre", summary = "Renames a genre")
    @OkResponse
    @RequiresAdmin
    @NotFoundError
    @ConflictError
    public GenreResponse rename(long id, @Valid @Body GenreRequest body) {
        return mapper.toResponse(
                genres.rename(PathIds.of(id, "genre", GenreId::new), body.toName()));
    }

    /** Deletes a genre; one still assigned to movies cannot be deleted (409). */
    @Delete("/{id}")
    @Secured(Roles.ADMIN)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteGenre")
    @NoContentResponse
    @RequiresAdmin
    @NotFoundError
    @ConflictError
    public void delete(long id) {
        genres.delete(PathIds.of(id, "genre", GenreId::new));
    }
}
