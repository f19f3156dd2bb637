package dev.marquee.adapters.persistence.file;

import static dev.marquee.adapters.persistence.SharedContext.query;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.FileRepository;
import dev.marquee.domain.port.out.FileRepositoryContract;
import dev.marquee.domain.user.UserId;
import java.util.Optional;

class FilePersistenceAdapterTest extends FileRepositoryContract {

    private final FileRepository files = SharedContext.bean(FileRepository.class);

    @Override
    protected FileRepository files() {
        return files;
    }

    @Override
    protected MovieId existingMovie() {
        return new MovieId(SharedContext.insertMovie("Poster " + unique()));
    }

    @Override
    protected PersonId existingPerson() {
        return new PersonId(SharedContext.insertPerson("Photographed"));
    }

    @Override
    protected UserId existingUser() {
        return new UserId(SharedContext.insertUser());
    }

    @Override
    protected Optional<Long> mainPhotoOf(PersonId person) {
        return query(
                        "select file_id from person_photos where person_id = ? and is_main",
                        row -> row.getLong(1),
                        person.value())
                .stream()
                .findFirst();
    }
}
