package dev.marquee.domain.port.out.fakes;

import dev.marquee.domain.port.out.CharacterRepository;
import dev.marquee.domain.port.out.CharacterRepositoryContract;

class InMemoryCharacterRepositoryTest extends CharacterRepositoryContract {

    private final InMemoryCharacterRepository characters = new InMemoryCharacterRepository();

    @Override
    protected CharacterRepository characters() {
        return characters;
    }
}
