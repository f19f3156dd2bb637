package dev.marquee.adapters.persistence.library;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.port.out.LibraryRepository;
import dev.marquee.domain.port.out.LibraryRepositoryContract;
import dev.marquee.domain.user.UserId;

class LibraryPersistenceAdapterTest extends LibraryRepositoryContract {

    private final LibraryRepository library = SharedContext.bean(LibraryRepository.class);

    @Override
    protected LibraryRepository library() {
        return library;
    }

    @Override
    protected UserId existingUser() {
        return new UserId(SharedContext.insertUser());
    }

    @Override
    protected MovieId existingMovie(String title) {
        return new MovieId(SharedContext.insertMovie(title));
    }
}
