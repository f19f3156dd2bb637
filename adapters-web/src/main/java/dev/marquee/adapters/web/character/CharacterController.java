package dev.marquee.adapters.web.character;

import dev.marquee.adapters.web.openapi.CommonErrors;
import dev.marquee.adapters.web.openapi.NotFoundError;
import dev.marquee.adapters.web.openapi.OkResponse;
import dev.marquee.adapters.web.openapi.ReadResponses;
import dev.marquee.adapters.web.openapi.RequiresAdmin;
import dev.marquee.adapters.web.security.Roles;
import dev.marquee.adapters.web.shared.PathIds;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.port.in.ManageCharactersUseCase;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Characters, which recur across movies played by different actors: public reads, admin writes. */
@Controller("/api/v1/characters")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Characters")
@CommonErrors
public class CharacterController {

    private final ManageCharactersUseCase characters;
    private final CharacterWebMapper mapper;

    public CharacterController(ManageCharactersUseCase characters, CharacterWebMapper mapper) {
        this.characters = characters;
        this.mapper = mapper;
    }

    /** A character with every movie they appear in and who played them there. */
    @Get("/{id}")
    @Operation(operationId = "getCharacter")
    @ReadResponses
    @NotFoundError
    public CharacterResponse get(long id) {
        return mapper.toResponse(characters.get(characterId(id)));
    }

    @Put("/{id}")
    @Secured(Roles.ADMIN)
    @Operation(
            operationId = "updateCharacter",
            summary = "Changes a character's name and description")
    @OkResponse
    @RequiresAdmin
    @NotFoundError
    public CharacterResponse update(long id, @Valid @Body CharacterRequest body) {
        return mapper.toResponse(characters.update(characterId(id), body.toDetails()));
    }

    private static CharacterId characterId(long id) {
        return PathIds.of(id, "character", CharacterId::new);
    }
}
