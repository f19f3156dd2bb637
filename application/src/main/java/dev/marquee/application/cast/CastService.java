package dev.marquee.application.cast;

import dev.marquee.domain.cast.CastCreditDetails;
import dev.marquee.domain.cast.CastCreditId;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.character.CharacterDetails;
import dev.marquee.domain.character.CharacterId;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.in.ManageCastUseCase;
import dev.marquee.domain.port.out.CastQueries;
import dev.marquee.domain.port.out.CastRepository;
import dev.marquee.domain.port.out.CharacterRepository;
import dev.marquee.domain.port.out.MovieRepository;
import dev.marquee.domain.port.out.Transactions;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.view.CastCreditView;
import org.jspecify.annotations.Nullable;

/** Adds and removes cast credits; a credit with a new character creates both or neither. */
public final class CastService implements ManageCastUseCase {

    private final MovieRepository movies;
    private final CharacterRepository characters;
    private final CastRepository cast;
    private final CastQueries views;
    private final Transactions transactions;

    public CastService(
            MovieRepository movies,
            CharacterRepository characters,
            CastRepository cast,
            CastQueries views,
            Transactions transactions) {
        this.movies = movies;
        this.characters = characters;
        this.cast = cast;
        this.views = views;
        this.transactions = transactions;
    }

    @Override
    public CastCreditView add(
            MovieId movie,
            PersonId actor,
            CharacterId character,
            CastRole role,
            @Nullable String description) {
        return transactions.inTransaction(
                () -> {
                    requireMovie(movie);
                    return credit(
                            new CastCreditDetails(movie, character, actor, role, description));
                });
    }

    @Override
    public CastCreditView add(
            MovieId movie,
            PersonId actor,
            CharacterDetails newCharacter,
            CastRole role,
            @Nullable String description) {
        return transactions.inTransaction(
                () -> {
                    requireMovie(movie);
                    CharacterId character = characters.add(newCharacter).id();
                    return credit(
                            new CastCreditDetails(movie, character, actor, role, description));
                });
    }

    @Override
    public CastCreditView get(MovieId movie, CastCreditId credit) {
        return views.findView(credit)
                .filter(view -> view.movieId() == movie.value())
                .orElseThrow(() -> new NotFoundException("cast-credit", credit.value()));
    }

    @Override
    public void remove(MovieId movie, CastCreditId credit) {
        transactions.inTransaction(
                () -> {
                    get(movie, credit);
                    return cast.delete(credit);
                });
    }

    private CastCreditView credit(CastCreditDetails credit) {
        return views.findView(cast.add(credit)).orElseThrow();
    }

    private void requireMovie(MovieId movie) {
        if (!movies.exists(movie)) {
            throw new NotFoundException("movie", movie.value());
        }
    }
}
