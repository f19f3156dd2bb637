package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.movie.MovieId;
import dev.marquee.domain.person.PersonId;
import dev.marquee.domain.port.out.FileRepository;
import dev.marquee.domain.port.out.FileRepositoryContract;
import dev.marquee.domain.user.UserId;
import java.util.Optional;

class InMemoryFileRepositoryTest extends FileRepositoryContract {

    private final InMemoryFileRepository files = new InMemoryFileRepository();
    private long owners;

    @Override
    protected FileRepository files() {
        return files;
    }

    @Override
    protected MovieId existingMovie() {
        return new MovieId(++owners);
    }

    @Override
    protected PersonId existingPerson() {
        return new PersonId(++owners);
    }

    @Override
    protected UserId existingUser() {
        return new UserId(++owners);
    }

    @Override
    protected Optional<Long> mainPhotoOf(PersonId person) {
        return files.mainPhotoOf(person);
    }
}
