package dev.marquee.adapters.web.movie;

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
import dev.marquee.adapters.web.security.Callers;
import dev.marquee.adapters.web.security.Roles;
import dev.marquee.adapters.web.shared.PathIds;
import dev.marquee.domain.port.in.BrowseMoviesUseCase;
import dev.marquee.domain.port.in.ManageMoviesUseCase;
import dev.marquee.domain.view.MovieForCaller;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;

/** The movies of the catalogue: public reads, admin writes. */
@Controller("/api/v1/movies")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Movies")
@CommonErrors
public class MovieController {

    private final BrowseMoviesUseCase browse;
    private final ManageMoviesUseCase manage;
    private final MovieWebMapper mapper;

    public MovieController(
            BrowseMoviesUseCase browse, ManageMoviesUseCase manage, MovieWebMapper mapper) {
        this.browse = browse;
        this.manage = manage;
        this.mapper = mapper;
    }

    /**
     * Lists movies, most popular first unless {@code sort} (title, releaseDate, averageRating,
     * ratingCount, popularity, createdAt) says otherwise.
     */
    @Get
    @Operation(operationId = "listMovies")
    @PageReadResponses
    public HttpResponse<PageResponse<MovieSummaryResponse>> list(
            HttpRequest<?> request,
            @RequestBean MovieListFilter filter,
            @RequestBean ListParameters parameters) {
        return PagedResponses.ok(
                request,
                mapper.toSummaryPage(browse.list(filter.toFilter(), parameters.toPageRequest())));
    }

    /**
     * A movie with its country, director, genres, poster, cast and ratings; with a valid token also
     * {@code me}: whether it is among the caller's favorites and watchlist, and the caller's score.
     */
    @Get("/{id}")
    @Operation(operationId = "getMovie")
    @ReadResponses
    @NotFoundError
    public MovieResponse get(long id, @Nullable Authentication caller) {
        if (caller == null) {
            return mapper.toResponse(browse.get(PathIds.movie(id)));
        }
        MovieForCaller personal = browse.getFor(PathIds.movie(id), Callers.userId(caller));
        return mapper.toResponse(personal.movie(), personal.me());
    }

    /**
     * Adds a movie; only the title is required. Unknown genre, country or director ids are a 400
     * naming the field.
     */
    @Post
    @Secured(Roles.ADMIN)
    @Operation(operationId = "createMovie")
    @Status(HttpStatus.CREATED)
    @CreatedResponse
    @RequiresAdmin
    @ConflictError
    public HttpResponse<MovieResponse> create(@Valid @Body MovieRequest body) {
        MovieResponse created = mapper.toResponse(manage.create(body.toDetails()));
        return HttpResponse.created(created, URI.create("/api/v1/movies/" + created.id()));
    }

    /** Replaces every editable field of a movie; fields left out are cleared. */
    @Put("/{id}")
    @Secured(Roles.ADMIN)
    @Operation(operationId = "replaceMovie")
    @OkResponse
    @RequiresAdmin
    @NotFoundError
    @ConflictError
    public MovieResponse replace(long id, @Valid @Body MovieRequest body) {
        return mapper.toResponse(manage.replace(PathIds.movie(id), body.toDetails()));
    }

    /** Deletes a movie with its cast credits, library entries and ratings. */
    @Delete("/{id}")
    @Secured(Roles.ADMIN)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteMovie")
    @NoContentResponse
    @RequiresAdmin
    @NotFoundError
    public void delete(long id) {
        manage.delete(PathIds.movie(id));
    }
}
