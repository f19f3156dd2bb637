package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.out.LibraryRepository;
import dev.marquee.domain.port.out.LibraryRepositoryContract;
import dev.marquee.domain.user.UserId;

class InMemoryLibraryRepositoryTest extends LibraryRepositoryContract {

    private final InMemoryMovieRepository movies = new InMemoryMovieRepository();
    private final InMemoryLibraryRepository library = new InMemoryLibraryRepository(movies);
    private long ids;

    @Override
    protected LibraryRepository library() {
        return library;
    }

    @Override
    protected UserId existingUser() {
        return new UserId(++ids);
    }

    @Override
    protected MovieId existingMovie(String title) {
        return movies.knowMovie(++ids, title);
    }
}
