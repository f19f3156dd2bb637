package dev.marquee.domain.port.in;

import dev.marquee.domain.movie.MovieFilter;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.Sortable;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.CastCreditView;
import dev.marquee.domain.view.MovieForCaller;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.MovieView;

/** Reads the catalogue's movies: filtered and sorted lists, detail pages, cast lists. */
public interface BrowseMoviesUseCase {

    Sortable SORTABLE =
            Sortable.by(
                    "title",
                    "releaseDate",
                    "averageRating",
                    "ratingCount",
                    "popularity",
                    "createdAt");

    /** A cast list has one fixed order (leading parts first), so it takes no sort. */
    Sortable CAST_SORTABLE = Sortable.by();

    Page<MovieSummary> list(MovieFilter filter, PageRequest request);

    MovieView get(MovieId id);

    /** The movie's cast, leading parts first. */
    Page<CastCreditView> cast(MovieId id, PageRequest request);

    /** The movie's page and where it stands in the caller's library, read together. */
    MovieForCaller getFor(MovieId id, UserId caller);
}
