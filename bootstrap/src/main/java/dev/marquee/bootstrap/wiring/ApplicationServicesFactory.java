package dev.marquee.bootstrap.wiring;

import dev.marquee.application.account.AccountService;
import dev.marquee.application.audit.AuditService;
import dev.marquee.application.cast.CastService;
import dev.marquee.application.character.CharacterService;
import dev.marquee.application.country.CountryService;
import dev.marquee.application.file.ImageService;
import dev.marquee.application.file.ObjectJanitor;
import dev.marquee.application.file.OrphanSweeper;
import dev.marquee.application.genre.GenreService;
import dev.marquee.application.imports.MovieLensImportService;
import dev.marquee.application.imports.TmdbImportService;
import dev.marquee.application.library.LibraryService;
import dev.marquee.application.library.RatingService;
import dev.marquee.application.movie.MovieService;
import dev.marquee.application.person.PersonService;
import dev.marquee.application.ratelimit.RateLimitService;
import dev.marquee.application.recommendation.RecommendationModelBuilder;
import dev.marquee.application.recommendation.RecommendationService;
import dev.marquee.application.search.SearchService;
import dev.marquee.application.session.SessionService;
import dev.marquee.application.user.AdminAccountService;
import dev.marquee.domain.port.in.BuildRecommendationModelUseCase;
import dev.marquee.domain.port.in.CheckRateLimitUseCase;
import dev.marquee.domain.port.in.EnsureAdminAccountUseCase;
import dev.marquee.domain.port.in.ImportMovieLensUseCase;
import dev.marquee.domain.port.in.ImportTmdbMoviesUseCase;
import dev.marquee.domain.port.in.ManageCastUseCase;
import dev.marquee.domain.port.in.ManageCharactersUseCase;
import dev.marquee.domain.port.in.ManageCountriesUseCase;
import dev.marquee.domain.port.in.ManageGenresUseCase;
import dev.marquee.domain.port.in.ManageImagesUseCase;
import dev.marquee.domain.port.in.ManageLibraryUseCase;
import dev.marquee.domain.port.in.RateMoviesUseCase;
import dev.marquee.domain.port.in.RecommendMoviesUseCase;
import dev.marquee.domain.port.in.RecordAdminActionUseCase;
import dev.marquee.domain.port.in.SearchUseCase;
import dev.marquee.domain.port.in.SweepOrphanObjectsUseCase;
import dev.marquee.domain.port.out.AccountQueries;
import dev.marquee.domain.port.out.AuditTrail;
import dev.marquee.domain.port.out.CastQueries;
import dev.marquee.domain.port.out.CastRepository;
import dev.marquee.domain.port.out.CatalogueImports;
import dev.marquee.domain.port.out.CatalogueSearch;
import dev.marquee.domain.port.out.CharacterQueries;
import dev.marquee.domain.port.out.CharacterRepository;
import dev.marquee.domain.port.out.CountryRepository;
import dev.marquee.domain.port.out.FileRepository;
import dev.marquee.domain.port.out.FileStorage;
import dev.marquee.domain.port.out.GenreRepository;
import dev.marquee.domain.port.out.LibraryRepository;
import dev.marquee.domain.port.out.MovieQueries;
import dev.marquee.domain.port.out.MovieRepository;
import dev.marquee.domain.port.out.PasswordHasher;
import dev.marquee.domain.port.out.PersonQueries;
import dev.marquee.domain.port.out.PersonRepository;
import dev.marquee.domain.port.out.RateLimiter;
import dev.marquee.domain.port.out.RatingRepository;
import dev.marquee.domain.port.out.RecommendationModels;
import dev.marquee.domain.port.out.RecommendationQueries;
import dev.marquee.domain.port.out.RefreshTokenRepository;
import dev.marquee.domain.port.out.Transactions;
import dev.marquee.domain.port.out.UserRepository;
import dev.marquee.domain.ratelimit.RateLimit;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
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
    ObjectJanitor objectJanitor(FileStorage storage) {
        return new ObjectJanitor(storage);
    }

    @Singleton
    MovieService movies(
            MovieRepository movies,
            MovieQueries queries,
            FileRepository files,
            ObjectJanitor janitor,
            Transactions transactions,
            Clock clock) {
        return new MovieService(movies, queries, files, janitor, transactions, clock);
    }

    @Singleton
    SearchUseCase search(CatalogueSearch search) {
        return new SearchService(search);
    }

    @Singleton
    PersonService persons(
            PersonRepository persons,
            PersonQueries queries,
            FileRepository files,
            ObjectJanitor janitor,
            Transactions transactions,
            Clock clock) {
        return new PersonService(persons, queries, files, janitor, transactions, clock);
    }

    @Singleton
    ManageImagesUseCase images(
            FileRepository files,
            FileStorage storage,
            MovieRepository movies,
            PersonRepository persons,
            Transactions transactions,
            @ReadableBytes @Value("${marquee.files.max-size:10MB}") long maxFileSize) {
        return new ImageService(files, storage, movies, persons, transactions, maxFileSize);
    }

    @Singleton
    ManageCastUseCase cast(
            MovieRepository movies,
            CharacterRepository characters,
            CastRepository cast,
            CastQueries castViews,
            Transactions transactions) {
        return new CastService(movies, characters, cast, castViews, transactions);
    }

    @Singleton
    SweepOrphanObjectsUseCase orphanSweeper(
            FileStorage storage,
            FileRepository files,
            Clock clock,
            @Value("${marquee.files.orphan-grace:1h}") Duration grace) {
        return new OrphanSweeper(storage, files, clock, grace);
    }

    @Singleton
    ManageLibraryUseCase library(LibraryRepository library, Clock clock) {
        return new LibraryService(library, clock);
    }

    @Singleton
    RateMoviesUseCase ratings(RatingRepository ratings, MovieRepository movies, Clock clock) {
        return new RatingService(ratings, movies, clock);
    }

    @Singleton
    ManageCharactersUseCase characters(
            CharacterRepository characters, CharacterQueries characterViews) {
        return new CharacterService(characters, characterViews);
    }

    @Singleton
    SessionService sessions(
            UserRepository users,
            RefreshTokenRepository refreshTokens,
            PasswordHasher passwordHasher,
            AuditTrail audit,
            Transactions transactions,
            Clock clock,
            @Value("${marquee.security.refresh-token-lifetime:30d}")
                    Duration refreshTokenLifetime) {
        return new SessionService(
                users,
                refreshTokens,
                passwordHasher,
                audit,
                transactions,
                clock,
                refreshTokenLifetime);
    }

    @Singleton
    AccountService accounts(
            UserRepository users,
            AccountQueries queries,
            RefreshTokenRepository refreshTokens,
            PasswordHasher passwordHasher,
            AuditTrail audit,
            FileRepository files,
            ObjectJanitor janitor,
            Transactions transactions,
            Clock clock) {
        return new AccountService(
                users,
                queries,
                refreshTokens,
                passwordHasher,
                audit,
                files,
                janitor,
                transactions,
                clock);
    }

    @Singleton
    RecordAdminActionUseCase adminActions(AuditTrail audit) {
        return new AuditService(audit);
    }

    @Singleton
    CheckRateLimitUseCase rateLimits(
            RateLimiter limiter,
            @Value("${marquee.rate-limits.enabled:true}") boolean enabled,
            @Value("${marquee.rate-limits.per-caller.capacity:300}") long perCallerCapacity,
            @Value("${marquee.rate-limits.per-caller.period:1m}") Duration perCallerPeriod,
            @Value("${marquee.rate-limits.credentials.capacity:10}") long credentialsCapacity,
            @Value("${marquee.rate-limits.credentials.period:1m}") Duration credentialsPeriod) {
        return new RateLimitService(
                limiter,
                enabled,
                new RateLimit("caller", perCallerCapacity, perCallerPeriod),
                new RateLimit("credentials", credentialsCapacity, credentialsPeriod));
    }

    @Singleton
    ImportTmdbMoviesUseCase tmdbImport(CatalogueImports imports) {
        return new TmdbImportService(imports);
    }

    @Singleton
    ImportMovieLensUseCase movieLensImport(CatalogueImports imports) {
        return new MovieLensImportService(imports);
    }

    @Singleton
    BuildRecommendationModelUseCase recommendationModelBuild(RecommendationModels models) {
        return new RecommendationModelBuilder(models, System::nanoTime);
    }

    @Singleton
    RecommendMoviesUseCase recommendations(
            RecommendationModels models, RecommendationQueries queries, MovieRepository movies) {
        return new RecommendationService(models, queries, movies);
    }

    @Singleton
    EnsureAdminAccountUseCase adminAccount(
            UserRepository users, PasswordHasher passwordHasher, Clock clock) {
        return new AdminAccountService(users, passwordHasher, clock);
    }
}
