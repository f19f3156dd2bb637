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
import jakarta.inject.Singleton;
import java.time.Clock;

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
            ObjectJanitor janitor,
            Transactions transactions,
            FilesSettings settings) {
        return new ImageService(
                files, storage, janitor, movies, persons, transactions, settings.maxSize());
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
            FileStorage storage, FileRepository files, Clock clock, FilesSettings settings) {
        return new OrphanSweeper(storage, files, clock, settings.orphanGrace());
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
            SecuritySettings settings) {
        return new SessionService(
                users,
                refreshTokens,
                passwordHasher,
                audit,
                transactions,
                clock,
                settings.refreshTokenLifetime());
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
    CheckRateLimitUseCase rateLimits(RateLimiter limiter, RateLimitSettings settings) {
        return new RateLimitService(
                limiter,
                settings.enabled(),
                new RateLimit(
                        "caller", settings.perCaller().capacity(), settings.perCaller().period()),
                new RateLimit(
                        "credentials",
                        settings.credentials().capacity(),
                        settings.credentials().period()));
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
        return new RecommendationModelBuilder(
                models, ApplicationServicesFactory::modelBuildHeapBudget, System::nanoTime);
    }

    /**
     * A build may take three quarters of the heap: a server keeps the rest for serving meanwhile.
     */
    private static long modelBuildHeapBudget() {
        return Runtime.getRuntime().maxMemory() / 4 * 3;
    }

    @Singleton
    RecommendMoviesUseCase recommendations(
            RecommendationModels models,
            RecommendationQueries queries,
            MovieRepository movies,
            Transactions transactions) {
        return new RecommendationService(models, queries, movies, transactions);
    }

    @Singleton
    EnsureAdminAccountUseCase adminAccount(
            UserRepository users, PasswordHasher passwordHasher, Clock clock) {
        return new AdminAccountService(users, passwordHasher, clock);
    }
}
