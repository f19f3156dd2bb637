package dev.marquee.adapters.persistence.genre;

import static dev.marquee.adapters.persistence.SharedContext.insertMovie;
import static dev.marquee.adapters.persistence.SharedContext.sql;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.port.out.GenreRepository;
import dev.marquee.domain.port.out.GenreRepositoryContract;

class GenrePersistenceAdapterTest extends GenreRepositoryContract {

    private final GenreRepository genres = SharedContext.bean(GenreRepository.class);

    @Override
    protected GenreRepository genres() {
        return genres;
    }

    @Override
    protected void putOnAMovie(GenreId genre) {
        sql(
                "insert into movie_genres (movie_id, genre_id) values (?, ?)",
                insertMovie("Tagged"),
                genre.value());
    }
}
