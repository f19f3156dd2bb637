package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.cast.CastCreditDetails;
import dev.marquee.domain.cast.CastCreditId;
import dev.marquee.domain.port.out.CastQueries;
import dev.marquee.domain.port.out.CastRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.view.CastCreditView;
import dev.marquee.domain.view.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Cast credits in memory (stored and read back as views) over the movie, character and person
 * fakes: unknown actor or character ids are invalid input, an unknown movie is not found, and one
 * actor plays one character once per movie; credited actors are marked in use.
 */
public final class InMemoryCastRepository implements CastRepository, CastQueries {

    private final InMemoryMovieRepository movies;
    private final InMemoryCharacterRepository characters;
    private final InMemoryPersonRepository persons;
    private final Map<Long, CastCreditDetails> credits = new TreeMap<>();
    private long nextId = 1;

    public InMemoryCastRepository(
            InMemoryMovieRepository movies,
            InMemoryCharacterRepository characters,
            InMemoryPersonRepository persons) {
        this.movies = movies;
        this.characters = characters;
        this.persons = persons;
    }

    @Override
    public synchronized CastCreditId add(CastCreditDetails credit) {
        if (persons.findById(credit.actorId()).isEmpty()) {
            throw new InvalidInputException("actorId", "no person has this id");
        }
        if (!characters.exists(credit.characterId())) {
            throw new InvalidInputException("characterId", "no character has this id");
        }
        movies.requireKnown(credit.movieId());
        boolean duplicate =
                credits.values().stream()
                        .anyMatch(
                                other ->
                                        other.movieId().equals(credit.movieId())
                                                && other.characterId().equals(credit.characterId())
                                                && other.actorId().equals(credit.actorId()));
        if (duplicate) {
            throw new ConflictException(
                    "duplicate-cast-credit",
                    "This actor is already credited with this character in this movie");
        }
        long id = nextId++;
        credits.put(id, credit);
        persons.inUse(credit.actorId());
        return new CastCreditId(id);
    }

    @Override
    public synchronized Optional<CastCreditView> findView(CastCreditId id) {
        return Optional.ofNullable(credits.get(id.value()))
                .map(
                        credit -> {
                            var character = characters.findById(credit.characterId()).orElseThrow();
                            var actor = persons.findById(credit.actorId()).orElseThrow().details();
                            return new CastCreditView(
                                    id.value(),
                                    credit.movieId().value(),
                                    new Named(
                                            credit.characterId().value(),
                                            character.details().name()),
                                    credit.role(),
                                    new Named(
                                            credit.actorId().value(),
                                            actor.lastName() == null
                                                    ? actor.firstName()
                                                    : actor.firstName() + " " + actor.lastName()),
                                    credit.description());
                        });
    }

    /** Every stored credit by id, in the order they were added. */
    synchronized Map<CastCreditId, CastCreditDetails> credits() {
        Map<CastCreditId, CastCreditDetails> copy = new LinkedHashMap<>();
        credits.forEach((id, credit) -> copy.put(new CastCreditId(id), credit));
        return copy;
    }

    @Override
    public synchronized boolean delete(CastCreditId id) {
        return credits.remove(id.value()) != null;
    }
}
