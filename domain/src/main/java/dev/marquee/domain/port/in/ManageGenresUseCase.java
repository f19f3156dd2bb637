package dev.marquee.domain.port.in;

import dev.marquee.domain.genre.Genre;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.genre.GenreName;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.shared.Sortable;

/** Reads and edits the list of genres. */
public interface ManageGenresUseCase {

    Sortable SORTABLE = Sortable.by("id", "name");

    Page<Genre> list(PageRequest request);

    Genre get(GenreId id);

    Genre create(GenreName name);

    Genre rename(GenreId id, GenreName name);

    void delete(GenreId id);
}
