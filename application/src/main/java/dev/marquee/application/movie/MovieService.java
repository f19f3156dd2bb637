package dev.marquee.application.movie;

import dev.marquee.application.file.ObjectJanitor;
import dev.marquee.domain.movie.Movie;
import dev.marquee.domain.movie.MovieDetails;
import dev.marquee.domain.movie.MovieFilter;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.in.BrowseMoviesUseCase;
import dev.marquee.domain.port.in.ManageMoviesUseCase;
import dev.marquee.domain.port.out.FileRepository;
import dev.marquee.domain.port.out.MovieQueries;
import dev.marquee.domain.port.out.MovieRepository;
import dev.marquee.domain.port.out.Transactions;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;
import dev.marquee.domain.user.UserId;
import dev.marquee.domain.view.CastCreditView;
import dev.marquee.domain.view.MovieForCaller;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.MovieView;
import dev.marquee.domain.view.StoredFile;
import java.time.Clock;
import java.util.List;

/** Movie edits and reads; references (genres, country, director) are checked by the repository. */
public final class MovieService implements ManageMoviesUseCase, BrowseMoviesUseCase {

    private final MovieRepository movies;
    private final MovieQueries queries;
    private final FileRepository files;
    private final ObjectJanitor janitor;
    private final Transactions transactions;
    private final Clock clock;

    public MovieService(
            MovieRepository movies,
            MovieQueries queries,
            FileRepository files,
            ObjectJanitor janitor,
            Transactions transactions,
            Clock clock) {
        this.movies = movies;
        this.queries = queries;
        this.files = files;
        this.janitor = janitor;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public MovieView create(MovieDetails details) {
        return transactions.inTransaction(() -> view(movies.add(details).id()));
    }

    @Override
    public MovieView replace(MovieId id, MovieDetails details) {
        return transactions.inTransaction(
                () -> {
                    Movie movie = movies.findById(id).orElseThrow(() -> notFound(id));
                    movie.replace(details, clock.instant());
                    movies.save(movie);
                    return view(id);
                });
    }

    @Override
    public void delete(MovieId id) {
        janitor.discard(
                transactions.inTransaction(
                        () -> {
                            List<StoredFile> released = files.releaseFilesOf(id);
                            if (!movies.delete(id)) {
                                throw notFound(id);
                            }
                            return released;
                        }));
    }

    @Override
    public Page<MovieSummary> list(MovieFilter filter, PageRequest request) {
        return queries.findSummaries(
                filter, SORTABLE.check(request).orDefaultSort(SortOrder.descending("popularity")));
    }

    @Override
    public MovieView get(MovieId id) {
        return view(id);
    }

    @Override
    public Page<CastCreditView> cast(MovieId id, PageRequest request) {
        if (!movies.exists(id)) {
            throw notFound(id);
        }
        return queries.findCast(id, CAST_SORTABLE.check(request));
    }

    @Override
    public MovieForCaller getFor(MovieId id, UserId caller) {
        return transactions.inTransaction(
                () -> new MovieForCaller(view(id), queries.findMyState(id, caller)));
    }

    private MovieView view(MovieId id) {
        return queries.findView(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(MovieId id) {
        return new NotFoundException("movie", id.value());
    }
}
