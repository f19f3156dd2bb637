package dev.marquee.adapters.web.movie;

import dev.marquee.adapters.web.openapi.CommonErrors;
import dev.marquee.adapters.web.openapi.ConflictError;
import dev.marquee.adapters.web.openapi.CreatedResponse;
import dev.marquee.adapters.web.openapi.NoContentResponse;
import dev.marquee.adapters.web.openapi.NotFoundError;
import dev.marquee.adapters.web.openapi.PageReadResponses;
import dev.marquee.adapters.web.openapi.ReadResponses;
import dev.marquee.adapters.web.openapi.RequiresAdmin;
import dev.marquee.adapters.web.paging.ListParameters;
import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.paging.PagedResponses;
import dev.marquee.adapters.web.security.Roles;
import dev.marquee.adapters.web.shared.PathIds;
import dev.marquee.adapters.web.shared.RequestValues;
import dev.marquee.domain.cast.CastCreditId;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.in.BrowseMoviesUseCase;
import dev.marquee.domain.port.in.ManageCastUseCase;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.Text;
import dev.marquee.domain.view.CastCreditView;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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

/** A movie's cast: public reads, admin writes. */
@Controller("/api/v1/movies/{movieId}/cast")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Movies")
@CommonErrors
public class CastController {

    private final BrowseMoviesUseCase browse;
    private final ManageCastUseCase cast;
    private final MovieWebMapper mapper;

    public CastController(
            BrowseMoviesUseCase browse, ManageCastUseCase cast, MovieWebMapper mapper) {
        this.browse = browse;
        this.cast = cast;
        this.mapper = mapper;
    }

    /** The movie's cast credits, leading parts first. */
    @Get
    @Operation(operationId = "listCast")
    @PageReadResponses
    @NotFoundError
    public HttpResponse<PageResponse<CastCreditResponse>> list(
            HttpRequest<?> request, long movieId, @RequestBean ListParameters parameters) {
        return PagedResponses.ok(
                request,
                mapper.toCastPage(browse.cast(PathIds.movie(movieId), parameters.toPageRequest())));
    }

    @Get("/{castId}")
    @Operation(operationId = "getCastCredit", summary = "One cast credit of the movie")
    @ReadResponses
    @NotFoundError
    public CastCreditResponse get(long movieId, long castId) {
        return mapper.toResponse(cast.get(PathIds.movie(movieId), castCreditId(castId)));
    }

    /**
     * Credits an actor: with {@code characterId} for an existing (perhaps recurring) character, or
     * with {@code characterName} to create one; {@code role} is LEADING, SUPPORTING or BACKGROUND.
     */
    @Post
    @Secured(Roles.ADMIN)
    @Operation(operationId = "addCastCredit")
    @Status(HttpStatus.CREATED)
    @CreatedResponse
    @RequiresAdmin
    @NotFoundError
    @ConflictError
    public HttpResponse<CastCreditResponse> add(long movieId, @Valid @Body CastRequest body) {
        MovieId movie = PathIds.movie(movieId);
        PersonId actor = RequestValues.id(body.actorId(), "actorId", PersonId::new);
        CastRole role = RequestValues.enumValue(body.role(), CastRole.class, "role");
        if (role == null) {
            throw new InvalidInputException(
                    "role", "must be one of LEADING, SUPPORTING, BACKGROUND");
        }
        boolean byId = body.characterId() != null;
        boolean byName = body.characterName() != null && !body.characterName().isBlank();
        if (byId == byName) {
            throw new InvalidInputException(
                    "characterId", "give either characterId or characterName, not both or neither");
        }
        CastCreditView credit =
                byId
                        ? cast.add(
                                movie,
                                actor,
                                RequestValues.id(
                                        body.characterId(), "characterId", CharacterId::new),
                                role,
                                body.description())
                        : cast.add(
                                movie,
                                actor,
                                new CharacterDetails(
                                        Text.required(
                                                body.characterName(),
                                                "characterName",
                                                CharacterDetails.MAX_NAME_LENGTH),
                                        null),
                                role,
                                body.description());
        return HttpResponse.created(
                mapper.toResponse(credit),
                URI.create("/api/v1/movies/" + movieId + "/cast/" + credit.id()));
    }

    @Delete("/{castId}")
    @Secured(Roles.ADMIN)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeCastCredit", summary = "Removes a cast credit from the movie")
    @NoContentResponse
    @RequiresAdmin
    @NotFoundError
    public void remove(long movieId, long castId) {
        cast.remove(PathIds.movie(movieId), castCreditId(castId));
    }

    private static CastCreditId castCreditId(long id) {
        return PathIds.of(id, "cast-credit", CastCreditId::new);
    }
}
