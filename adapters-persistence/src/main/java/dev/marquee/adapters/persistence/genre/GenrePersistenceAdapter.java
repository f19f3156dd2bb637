package dev.marquee.adapters.persistence.genre;

import dev.marquee.adapters.persistence.shared.ConstraintViolations;
import dev.marquee.adapters.persistence.shared.Paging;
import dev.marquee.domain.genre.Genre;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.genre.GenreName;
import dev.marquee.domain.port.out.GenreRepository;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stores genres in PostgreSQL. */
@Singleton
public class GenrePersistenceAdapter implements GenreRepository {

    private static final Paging PAGING =
            Paging.sorting(Map.of("id", "id", "name", "name"), Set.of("name"));
    private static final ConstraintViolations DELETE_VIOLATIONS =
            ConstraintViolations.of(
                    Map.of(
                            "movie_genres_genre_fk",
                            () ->
                                    new ConflictException(
                                            "genre-in-use",
                                            "The genre is still assigned to movies; remove it from them first")));

    private final GenreRowRepository rows;

    public GenrePersistenceAdapter(GenreRowRepository rows) {
        this.rows = rows;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Genre> findAll(PageRequest request) {
        var page = rows.findAll(PAGING.pageable(request));
        return Page.of(
                page.getContent().stream().map(GenrePersistenceAdapter::toGenre).toList(),
                request,
                page.getTotalSize());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Genre> findById(GenreId id) {
        return rows.findById(id.value()).map(GenrePersistenceAdapter::toGenre);
    }

    @Override
    @Transactional
    public Genre add(GenreName name) {
        return toGenre(
                violations(name).translate(() -> rows.save(new GenreRow(null, name.value()))));
    }

    @Override
    @Transactional
    public void save(Genre genre) {
        violations(genre.name())
                .translate(
                        () -> rows.update(new GenreRow(genre.id().value(), genre.name().value())));
    }

    @Override
    @Transactional
    public boolean delete(GenreId id) {
        if (!rows.existsById(id.value())) {
            return false;
        }
        DELETE_VIOLATIONS.translate(() -> rows.deleteById(id.value()));
        return true;
    }

    private static ConstraintViolations violations(GenreName name) {
        return ConstraintViolations.of(
                Map.of(
                        "genres_name_lower_unique",
                        () ->
                                new ConflictException(
                                        "duplicate-genre-name",
                                        "A genre named '" + name.value() + "' already exists")));
    }

    private static Genre toGenre(GenreRow row) {
        return Genre.restore(new GenreId(row.id()), new GenreName(row.name()));
    }
}
