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
import dev.marquee.domain.library.Saved;
import dev.marquee.domain.library.Score;
import dev.marquee.domain.port.in.RateMoviesUseCase;
import dev.marquee.domain.view.RatingView;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
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
import jakarta.validation.Valid;
import java.net.URI;

/**
 * Half-star ratings and reviews: the caller's own rating of a movie, public reviews, the caller's
 * ratings.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Library")
@CommonErrors
public class RatingController {

    private final RateMoviesUseCase ratings;
    private final LibraryWebMapper mapper;

    public RatingController(RateMoviesUseCase ratings, LibraryWebMapper mapper) {
        this.ratings = ratings;
        this.mapper = mapper;
    }

    /**
     * Rates the movie (0.5 to 5.0 in half steps) with an optional review: 201 created, 200 updated.
     */
    @Put("/movies/{id}/rating")
    @Operation(operationId = "rateMovie")
    @PutResponses
    @RequiresToken
    @NotFoundError
    public HttpResponse<RatingResponse> rate(
            Authentication caller, long id, @Valid @Body RatingRequest body) {
        Saved<RatingView> saved =
                ratings.rate(
                        Callers.userId(caller),
                        PathIds.movie(id),
                        new Score(body.score()),
                        body.review());
        RatingResponse rating = mapper.toResponse(saved.value());
        return saved.created()
                ? HttpResponse.created(rating, URI.create("/api/v1/movies/" + id + "/rating"))
                : HttpResponse.ok(rating);
    }

    /** The caller's rating of the movie, or 404 when they have not rated it. */
    @Get("/movies/{id}/rating")
    @Operation(operationId = "getMyRating")
    @ReadResponses
    @RequiresToken
    @NotFoundError
    public RatingResponse rating(Authentication caller, long id) {
        return mapper.toResponse(ratings.rating(Callers.userId(caller), PathIds.movie(id)));
    }

    @Delete("/movies/{id}/rating")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "removeMyRating",
            summary = "Removes the caller's rating and review of the movie")
    @NoContentResponse
    @RequiresToken
    @NotFoundError
    public void unrate(Authentication caller, long id) {
        ratings.unrate(Callers.userId(caller), PathIds.movie(id));
    }

    /** The movie's reviews (ratings with text), newest first, with reviewers' usernames only. */
    @Get("/movies/{id}/reviews")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "listMovieReviews")
    @PageReadResponses
    @NotFoundError
    public HttpResponse<PageResponse<ReviewResponse>> reviews(
            HttpRequest<?> request, long id, @RequestBean ListParameters parameters) {
        return PagedResponses.ok(
                request,
                mapper.toReviewPage(
                        ratings.reviews(PathIds.movie(id), parameters.toPageRequest())));
    }

    /** The caller's ratings, most recently changed first. */
    @Get("/users/me/ratings")
    @Operation(operationId = "listMyRatings")
    @PageReadResponses
    @RequiresToken
    public HttpResponse<PageResponse<UserRatingResponse>> myRatings(
            HttpRequest<?> request, Authentication caller, @RequestBean ListParameters parameters) {
        return PagedResponses.ok(
                request,
                mapper.toRatingPage(
                        ratings.ratingsOf(Callers.userId(caller), parameters.toPageRequest())));
    }
}
