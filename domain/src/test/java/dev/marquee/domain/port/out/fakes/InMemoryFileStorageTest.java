package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.port.out.FileStorage;
import dev.marquee.domain.port.out.FileStorageContract;

class InMemoryFileStorageTest extends FileStorageContract {

    private final InMemoryFileStorage storage = new InMemoryFileStorage();

    @Override
    protected FileStorage storage() {
        return storage;
    }
}
