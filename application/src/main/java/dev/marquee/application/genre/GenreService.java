package dev.marquee.application.genre;

import dev.marquee.domain.genre.Genre;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.genre.GenreName;
import dev.marquee.domain.port.in.ManageGenresUseCase;
import dev.marquee.domain.port.out.GenreRepository;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.SortOrder;

/** Genre reads and edits; uniqueness and "still in use" are decided by the repository. */
public final class GenreService implements ManageGenresUseCase {

    private final GenreRepository genres;

    public GenreService(GenreRepository genres) {
        this.genres = genres;
    }

    @Override
    public Page<Genre> list(PageRequest request) {
        return genres.findAll(SORTABLE.check(request).orDefaultSort(SortOrder.ascending("name")));
    }

    @Override
    public Genre get(GenreId id) {
        return genres.findById(id).orElseThrow(() -> new NotFoundException("genre", id.value()));
    }

    @Override
    public Genre create(GenreName name) {
        return genres.add(name);
    }

    @Override
    public Genre rename(GenreId id, GenreName name) {
        Genre genre = get(id);
        genre.rename(name);
        genres.save(genre);
        return genre;
    }

    @Override
    public void delete(GenreId id) {
        if (!genres.delete(id)) {
            throw new NotFoundException("genre", id.value());
        }
    }
}
