package dev.marquee.bootstrap.wiring;

import dev.marquee.application.country.CountryService;
import dev.marquee.application.genre.GenreService;
import dev.marquee.application.session.LogInService;
import dev.marquee.application.user.AdminAccountService;
import dev.marquee.domain.port.in.EnsureAdminAccountUseCase;
import dev.marquee.domain.port.in.LogInUseCase;
import dev.marquee.domain.port.in.ManageCountriesUseCase;
import dev.marquee.domain.port.in.ManageGenresUseCase;
import dev.marquee.domain.port.out.CountryRepository;
import dev.marquee.domain.port.out.GenreRepository;
import dev.marquee.domain.port.out.PasswordHasher;
import dev.marquee.domain.port.out.RefreshTokenRepository;
import dev.marquee.domain.port.out.UserRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Builds the plain-Java use-case services from the adapters that implement their ports. */
@Factory
public class ApplicationServicesFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    ManageGenresUseCase genres(GenreRepository genres) {
        return new GenreService(genres);
    }

    @Singleton
    ManageCountriesUseCase countries(CountryRepository countries) {
        return new CountryService(countries);
    }

    @Singleton
    LogInUseCase logIn(UserRepository users, RefreshTokenRepository refreshTokens, PasswordHasher passwordHasher, Clock clock,
                       @Value("${marquee.security.refresh-token-lifetime:30d}") Duration refreshTokenLifetime) {
        return new LogInService(users, refreshTokens, passwordHasher, clock, refreshTokenLifetime);
    }

    @Singleton
    EnsureAdminAccountUseCase adminAccount(UserRepository users, PasswordHasher passwordHasher, Clock clock) {
        return new AdminAccountService(users, passwordHasher, clock);
    }
}
