package dev.marquee.adapters.persistence.person;

import dev.marquee.adapters.persistence.SharedContext;
import dev.marquee.domain.port.out.CastRepository;
import dev.marquee.domain.port.out.CharacterRepository;
import dev.marquee.domain.port.out.CountryRepository;
import dev.marquee.domain.port.out.FileRepository;
import dev.marquee.domain.port.out.MovieRepository;
import dev.marquee.domain.port.out.PersonQueries;
import dev.marquee.domain.port.out.PersonQueriesContract;
import dev.marquee.domain.port.out.PersonRepository;

class PersonQueryAdapterTest extends PersonQueriesContract {

    @Override
    protected PersonQueries queries() {
        return SharedContext.bean(PersonQueries.class);
    }

    @Override
    protected PersonRepository persons() {
        return SharedContext.bean(PersonRepository.class);
    }

    @Override
    protected MovieRepository movies() {
        return SharedContext.bean(MovieRepository.class);
    }

    @Override
    protected CharacterRepository characters() {
        return SharedContext.bean(CharacterRepository.class);
    }

    @Override
    protected CastRepository cast() {
        return SharedContext.bean(CastRepository.class);
    }

    @Override
    protected CountryRepository countries() {
        return SharedContext.bean(CountryRepository.class);
    }

    @Override
    protected FileRepository files() {
        return SharedContext.bean(FileRepository.class);
    }

    @Override
    protected String freeCountryCode() {
        return SharedContext.freeCountryCode();
    }
}
