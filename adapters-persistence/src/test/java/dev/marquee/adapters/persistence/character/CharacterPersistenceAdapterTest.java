package dev.marquee.adapters.persistence.character;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.port.out.CharacterRepository;
import dev.marquee.domain.port.out.CharacterRepositoryContract;

class CharacterPersistenceAdapterTest extends CharacterRepositoryContract {

    private final CharacterRepository characters = SharedContext.bean(CharacterRepository.class);

    @Override
    protected CharacterRepository characters() {
        return characters;
    }
}
