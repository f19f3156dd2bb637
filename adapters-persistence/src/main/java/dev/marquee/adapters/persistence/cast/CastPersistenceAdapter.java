package dev.marquee.adapters.persistence.cast;

import dev.marquee.adapters.persistence.shared.ConstraintViolations;
import dev.marquee.adapters.persistence.shared.DatabaseTime;
import dev.marquee.domain.cast.CastCreditDetails;
import dev.marquee.domain.cast.CastCreditId;
import dev.marquee.domain.port.out.CastRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;

/** Stores cast credits in PostgreSQL. */
@Singleton
public class CastPersistenceAdapter implements CastRepository {

    private final CastCreditRowRepository rows;
    private final DatabaseTime time;

    public CastPersistenceAdapter(CastCreditRowRepository rows, DatabaseTime time) {
        this.rows = rows;
        this.time = time;
    }

    @Override
    @Transactional
    public CastCreditId add(CastCreditDetails credit) {
        CastCreditRow row =
                violations(credit)
                        .translate(
                                () ->
                                        rows.save(
                                                new CastCreditRow(
                                                        null,
                                                        credit.movieId().value(),
                                                        credit.characterId().value(),
                                                        credit.actorId().value(),
                                                        credit.role().name(),
                                                        credit.description(),
                                                        time.now())));
        return new CastCreditId(row.id());
    }

    @Override
    @Transactional
    public boolean delete(CastCreditId id) {
        if (!rows.existsById(id.value())) {
            return false;
        }
        rows.deleteById(id.value());
        return true;
    }

    private static ConstraintViolations violations(CastCreditDetails credit) {
        return ConstraintViolations.of(
                Map.of(
                        "cast_credits_actor_fk",
                                () -> new InvalidInputException("actorId", "no person has this id"),
                        "cast_credits_character_fk",
                                () ->
                                        new InvalidInputException(
                                                "characterId", "no character has this id"),
                        "cast_credits_movie_fk",
                                () -> new NotFoundException("movie", credit.movieId().value()),
                        "cast_credits_movie_character_actor_unique",
                                () ->
                                        new ConflictException(
                                                "duplicate-cast-credit",
                                                "This actor is already credited with this character in this movie")));
    }
}
