package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.port.out.GenreRepository;
import dev.marquee.domain.port.out.GenreRepositoryContract;

class InMemoryGenreRepositoryTest extends GenreRepositoryContract {

    private final InMemoryGenreRepository genres = new InMemoryGenreRepository();

    @Override
    protected GenreRepository genres() {
        return genres;
    }

    @Override
    protected void putOnAMovie(GenreId genre) {
        genres.putOnAMovie(genre);
    }
}
