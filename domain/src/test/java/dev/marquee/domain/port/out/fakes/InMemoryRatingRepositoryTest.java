package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.out.RatingRepository;
import dev.marquee.domain.port.out.RatingRepositoryContract;
import dev.marquee.domain.user.UserId;

class InMemoryRatingRepositoryTest extends RatingRepositoryContract {

    private final InMemoryMovieRepository movies = new InMemoryMovieRepository();
    private final InMemoryRatingRepository ratings = new InMemoryRatingRepository(movies);
    private long ids;

    @Override
    protected RatingRepository ratings() {
        return ratings;
    }

    @Override
    protected UserId existingUser(String username) {
        return ratings.knowUser(++ids, username);
    }

    @Override
    protected MovieId existingMovie(String title) {
        return movies.knowMovie(++ids, title);
    }
}
