package dev.marquee.domain.port.out;

import dev.marquee.domain.movie.MovieFilter;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.CastCreditView;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.MovieView;
import dev.marquee.domain.view.MyMovieState;
import java.util.Optional;

/** Reads movie read models straight from storage, each in a constant number of queries. */
public interface MovieQueries {

    Page<MovieSummary> findSummaries(MovieFilter filter, PageRequest request);

    Optional<MovieView> findView(MovieId id);

    /** The movie's cast, leading parts first, then in the order they were added. */
    Page<CastCreditView> findCast(MovieId id, PageRequest request);

    /** The movie in the user's library, in one query whatever the number of fields. */
    MyMovieState findMyState(MovieId id, UserId user);
}
