package dev.marquee.adapters.web.library;

import dev.marquee.adapters.web.openapi.CommonErrors;
import dev.marquee.adapters.web.openapi.NoContentResponse;
import dev.marquee.adapters.web.openapi.NotFoundError;
import dev.marquee.adapters.web.openapi.PageReadResponses;
import dev.marquee.adapters.web.openapi.PutResponses;
import dev.marquee.adapters.web.openapi.ReadResponses;
import dev.marquee.adapters.web.openapi.RequiresToken;
import dev.marquee.adapters.web.paging.ListParameters;
import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.paging.PagedResponses;
import dev.marquee.adapters.web.security.Callers;
import dev.marquee.adapters.web.shared.PathIds;
import dev.marquee.domain.library.ListKind;
import dev.marquee.domain.library.Saved;
import dev.marquee.domain.port.in.ManageLibraryUseCase;
import dev.marquee.domain.view.LibraryEntry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
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
import java.net.URI;

/**
 * The caller's favorites and watchlist: sets of movies, newest first; PUT and DELETE are
 * idempotent.
 */
@Controller("/api/v1/users/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Library")
@CommonErrors
public class LibraryController {

    private final ManageLibraryUseCase library;
    private final LibraryWebMapper mapper;

    public LibraryController(ManageLibraryUseCase library, LibraryWebMapper mapper) {
        this.library = library;
        this.mapper = mapper;
    }

    @Get("/favorites")
    @Operation(
            operationId = "listFavorites",
            summary = "The caller's favorite movies, newest first")
    @PageReadResponses
    @RequiresToken
    public HttpResponse<PageResponse<LibraryEntryResponse>> favorites(
            HttpRequest<?> request, Authentication caller, @RequestBean ListParameters parameters) {
        return list(request, caller, ListKind.FAVORITES, parameters);
    }

    @Get("/favorites/{movieId}")
    @Operation(
            operationId = "getFavorite",
            summary = "One movie of the caller's favorites, or 404 when it is not among them")
    @ReadResponses
    @RequiresToken
    @NotFoundError
    public LibraryEntryResponse favorite(Authentication caller, long movieId) {
        return mapper.toResponse(
                library.get(Callers.userId(caller), ListKind.FAVORITES, PathIds.movie(movieId)));
    }

    /**
     * Adds the movie to the favorites: 201 when added, 200 when it already was; 404 for an unknown
     * movie.
     */
    @Put("/favorites/{movieId}")
    @Operation(operationId = "addFavorite")
    @PutResponses
    @RequiresToken
    @NotFoundError
    public HttpResponse<LibraryEntryResponse> addFavorite(Authentication caller, long movieId) {
        return add(caller, ListKind.FAVORITES, movieId, "favorites");
    }

    /** Removes the movie from the favorites; 204 also when it was not there. */
    @Delete("/favorites/{movieId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeFavorite")
    @NoContentResponse
    @RequiresToken
    @NotFoundError
    public void removeFavorite(Authentication caller, long movieId) {
        library.remove(Callers.userId(caller), ListKind.FAVORITES, PathIds.movie(movieId));
    }

    @Get("/watchlist")
    @Operation(operationId = "listWatchlist", summary = "The caller's watchlist, newest first")
    @PageReadResponses
    @RequiresToken
    public HttpResponse<PageResponse<LibraryEntryResponse>> watchlist(
            HttpRequest<?> request, Authentication caller, @RequestBean ListParameters parameters) {
        return list(request, caller, ListKind.WATCHLIST, parameters);
    }

    @Get("/watchlist/{movieId}")
    @Operation(
            operationId = "getWatchlistEntry",
            summary = "One movie of the caller's watchlist, or 404 when it is not on it")
    @ReadResponses
    @RequiresToken
    @NotFoundError
    public LibraryEntryResponse watchlistEntry(Authentication caller, long movieId) {
        return mapper.toResponse(
                library.get(Callers.userId(caller), ListKind.WATCHLIST, PathIds.movie(movieId)));
    }

    /**
     * Adds the movie to the watchlist: 201 when added, 200 when it already was; 404 for an unknown
     * movie.
     */
    @Put("/watchlist/{movieId}")
    @Operation(operationId = "addToWatchlist")
    @PutResponses
    @RequiresToken
    @NotFoundError
    public HttpResponse<LibraryEntryResponse> addToWatchlist(Authentication caller, long movieId) {
        return add(caller, ListKind.WATCHLIST, movieId, "watchlist");
    }

    /** Removes the movie from the watchlist; 204 also when it was not there. */
    @Delete("/watchlist/{movieId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeFromWatchlist")
    @NoContentResponse
    @RequiresToken
    @NotFoundError
    public void removeFromWatchlist(Authentication caller, long movieId) {
        library.remove(Callers.userId(caller), ListKind.WATCHLIST, PathIds.movie(movieId));
    }

    private HttpResponse<PageResponse<LibraryEntryResponse>> list(
            HttpRequest<?> request,
            Authentication caller,
            ListKind list,
            ListParameters parameters) {
        return PagedResponses.ok(
                request,
                mapper.toEntryPage(
                        library.list(Callers.userId(caller), list, parameters.toPageRequest())));
    }

    private HttpResponse<LibraryEntryResponse> add(
            Authentication caller, ListKind list, long movieId, String path) {
        Saved<LibraryEntry> saved =
                library.add(Callers.userId(caller), list, PathIds.movie(movieId));
        LibraryEntryResponse entry = mapper.toResponse(saved.value());
        return saved.created()
                ? HttpResponse.created(
                        entry, URI.create("/api/v1/users/me/" + path + "/" + movieId))
                : HttpResponse.ok(entry);
    }
}
