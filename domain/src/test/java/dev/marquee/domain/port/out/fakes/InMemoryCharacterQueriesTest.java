package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.out.CharacterQueries;
import dev.marquee.domain.port.out.CharacterQueriesContract;
import dev.marquee.domain.port.out.CharacterRepository;
import dev.marquee.domain.view.CharacterView;
import dev.marquee.domain.view.Named;

class InMemoryCharacterQueriesTest extends CharacterQueriesContract {

    private final InMemoryMovieRepository movies = new InMemoryMovieRepository();
    private final InMemoryCharacterRepository characters = new InMemoryCharacterRepository();
    private long ids;

    @Override
    protected CharacterQueries queries() {
        return characters;
    }

    @Override
    protected CharacterRepository characters() {
        return characters;
    }

    @Override
    protected long appearIn(
            CharacterId character, String movieTitle, String actorFirstName, CastRole role) {
        MovieId movie = movies.knowMovie(++ids, movieTitle);
        long actor = ++ids;
        characters.appear(
                character,
                new CharacterView.Appearance(
                        movies.summary(movie), new Named(actor, actorFirstName), role));
        return actor;
    }
}
