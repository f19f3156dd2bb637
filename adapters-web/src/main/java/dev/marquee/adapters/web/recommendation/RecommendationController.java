package dev.marquee.adapters.web.recommendation;

import dev.marquee.adapters.web.movie.MovieSummaryResponse;
import dev.marquee.adapters.web.movie.MovieWebMapper;
import dev.marquee.adapters.web.openapi.CommonErrors;
import dev.marquee.adapters.web.openapi.NoContentResponse;
import dev.marquee.adapters.web.openapi.NotFoundError;
import dev.marquee.adapters.web.openapi.PageReadResponses;
import dev.marquee.adapters.web.openapi.RequiresAdmin;
import dev.marquee.adapters.web.openapi.RequiresToken;
import dev.marquee.adapters.web.paging.ListParameters;
import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.paging.PagedResponses;
import dev.marquee.adapters.web.security.Callers;
import dev.marquee.adapters.web.security.Roles;
import dev.marquee.adapters.web.shared.PathIds;
import dev.marquee.domain.port.in.RecommendMoviesUseCase;
import dev.marquee.domain.user.UserId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Discovery: the caller's recommendations and dismissals, an admin's view of a user's, and similar
 * movies.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Discovery")
@CommonErrors
public class RecommendationController {

    private final RecommendMoviesUseCase recommendations;
    private final RecommendationWebMapper mapper;
    private final MovieWebMapper movies;

    public RecommendationController(
            RecommendMoviesUseCase recommendations,
            RecommendationWebMapper mapper,
            MovieWebMapper movies) {
        this.recommendations = recommendations;
        this.mapper = mapper;
        this.movies = movies;
    }

    /** The caller's recommendations, best first, scored from their ratings as they are now. */
    @Get("/users/me/recommendations")
    @Operation(operationId = "listMyRecommendations")
    @PageReadResponses
    @RequiresToken
    public HttpResponse<PageResponse<RecommendationResponse>> mine(
            HttpRequest<?> request,
            Authentication caller,
            @RequestBean RecommendationFilterParameters filter,
            @RequestBean ListParameters parameters) {
        return PagedResponses.ok(
                request,
                mapper.toPage(
                        recommendations.recommendationsFor(
                                Callers.userId(caller),
                                filter.toFilter(),
                                parameters.toPageRequest())));
    }

    /**
     * Keeps the movie out of the caller's recommendations; 204 also when it already was; 404 for an
     * unknown movie.
     */
    @Post("/users/me/recommendations/{movieId}/dismiss")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "dismissRecommendation")
    @NoContentResponse
    @RequiresToken
    @NotFoundError
    public void dismiss(Authentication caller, long movieId) {
        recommendations.dismiss(Callers.userId(caller), PathIds.movie(movieId));
    }

    /** Undoes a dismissal; 204 also when there was none. */
    @Delete("/users/me/recommendations/{movieId}/dismiss")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "undoDismissal")
    @NoContentResponse
    @RequiresToken
    @NotFoundError
    public void undoDismissal(Authentication caller, long movieId) {
        recommendations.undoDismissal(Callers.userId(caller), PathIds.movie(movieId));
    }

    /** What that user would get; 404 for an unknown user. */
    @Get("/admin/users/{userId}/recommendations")
    @Secured(Roles.ADMIN)
    @Operation(operationId = "getUserRecommendations")
    @PageReadResponses
    @RequiresAdmin
    @NotFoundError
    public HttpResponse<PageResponse<RecommendationResponse>> ofUser(
            HttpRequest<?> request,
            long userId,
            @RequestBean RecommendationFilterParameters filter,
            @RequestBean ListParameters parameters) {
        return PagedResponses.ok(
                request,
                mapper.toPage(
                        recommendations.recommendationsOfUser(
                                PathIds.of(userId, "user", UserId::new),
                                filter.toFilter(),
                                parameters.toPageRequest())));
    }

    /**
     * Movies rated like this one by the same people, strongest first; for anonymous callers too.
     */
    @Get("/movies/{id}/similar")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "listSimilarMovies")
    @PageReadResponses
    @NotFoundError
    public HttpResponse<PageResponse<MovieSummaryResponse>> similar(
            HttpRequest<?> request, long id, @RequestBean ListParameters parameters) {
        return PagedResponses.ok(
                request,
                movies.toSummaryPage(
                        recommendations.similarTo(PathIds.movie(id), parameters.toPageRequest())));
    }
}
