package dev.marquee.adapters.persistence.movie;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.adapters.persistence.StatementCounter;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.out.CastRepository;
import dev.marquee.domain.port.out.CharacterRepository;
import dev.marquee.domain.port.out.CountryRepository;
import dev.marquee.domain.port.out.GenreRepository;
import dev.marquee.domain.port.out.LibraryRepository;
import dev.marquee.domain.port.out.MovieQueries;
import dev.marquee.domain.port.out.MovieQueriesContract;
import dev.marquee.domain.port.out.MovieRepository;
import dev.marquee.domain.port.out.PersonRepository;
import dev.marquee.domain.port.out.RatingRepository;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.MovieView;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The MovieQueries contract on PostgreSQL, plus its fixed number of queries per page. */
class MovieQueryAdapterTest extends MovieQueriesContract {

    @Override
    protected MovieQueries queries() {
        return SharedContext.bean(MovieQueries.class);
    }

    @Override
    protected MovieRepository movies() {
        return SharedContext.bean(MovieRepository.class);
    }

    @Override
    protected PersonRepository persons() {
        return SharedContext.bean(PersonRepository.class);
    }

    @Override
    protected CharacterRepository characters() {
        return SharedContext.bean(CharacterRepository.class);
    }

    @Override
    protected CastRepository cast() {
        return SharedContext.bean(CastRepository.class);
    }

    @Override
    protected GenreRepository genres() {
        return SharedContext.bean(GenreRepository.class);
    }

    @Override
    protected CountryRepository countries() {
        return SharedContext.bean(CountryRepository.class);
    }

    @Override
    protected LibraryRepository library() {
        return SharedContext.bean(LibraryRepository.class);
    }

    @Override
    protected RatingRepository ratings() {
        return SharedContext.bean(RatingRepository.class);
    }

    @Override
    protected UserId existingUser() {
        return new UserId(SharedContext.insertUser());
    }

    @Override
    protected String freeCountryCode() {
        return SharedContext.freeCountryCode();
    }

    @Override
    protected void setPopularity(MovieId movie, double popularity) {
        SharedContext.sql(
                "update movies set popularity = ? where id = ?", popularity, movie.value());
    }

    @Test
    void detailPageTakesTwoQueriesWhateverTheCastSize() {
        MovieId movie = movie("Ensemble " + unique(), null, Set.of(crime), country, director, 1.0);
        credit(movie, actor, "First", CastRole.LEADING);
        StatementCounter counter = new StatementCounter();

        long withOneCredit = counter.count(() -> queries().findView(movie).orElseThrow());
        for (int i = 0; i < 30; i++) {
            credit(movie, person("Extra" + i, "Person"), "Passer-by " + i, CastRole.BACKGROUND);
        }
        MovieView[] view = new MovieView[1];
        long withThirtyOneCredits =
                counter.count(() -> view[0] = queries().findView(movie).orElseThrow());

        assertThat(view[0].cast()).hasSize(31);
        assertThat(withOneCredit).isEqualTo(2);
        assertThat(withThirtyOneCredits).isEqualTo(withOneCredit);
    }
}
