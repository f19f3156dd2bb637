package dev.marquee.clienttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.marquee.bootstrap.e2e.TestMarquee;
import dev.marquee.client.ApiClient;
import dev.marquee.client.ApiException;
import dev.marquee.client.api.AccountsApi;
import dev.marquee.client.api.GenresApi;
import dev.marquee.client.api.LibraryApi;
import dev.marquee.client.api.MoviesApi;
import dev.marquee.client.model.AccountResponse;
import dev.marquee.client.model.GenreRequest;
import dev.marquee.client.model.GenreResponse;
import dev.marquee.client.model.LibraryEntryResponse;
import dev.marquee.client.model.LoginRequest;
import dev.marquee.client.model.MovieRequest;
import dev.marquee.client.model.MovieResponse;
import dev.marquee.client.model.MovieSummaryResponse;
import dev.marquee.client.model.PageResponseMovieSummaryResponse;
import dev.marquee.client.model.PageResponseUserRatingResponse;
import dev.marquee.client.model.Problem;
import dev.marquee.client.model.RatingRequest;
import dev.marquee.client.model.RatingResponse;
import dev.marquee.client.model.RefreshTokenRequest;
import dev.marquee.client.model.RegistrationRequest;
import dev.marquee.client.model.TokenResponse;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user's whole journey through the Java client that OpenAPI Generator made from the served
 * document, against the real application on embedded PostgreSQL and S3.
 */
class GeneratedClientJourneyTest {

    private static String baseUrl;

    @BeforeAll
    static void startMarquee() {
        baseUrl = TestMarquee.baseUrl(TestMarquee.shared());
    }

    @Test
    void theClientIsGeneratedFromTheDocumentTheServerServes() throws Exception {
        Path generatedFrom = Path.of(System.getProperty("openapi.document"));
        HttpResponse<String> served =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(baseUrl + "/openapi.yml"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(Files.readString(generatedFrom));
    }

    @Test
    void aUserFindsRatesAndKeepsMoviesThenLogsOut() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin =
                signedIn(
                        logIn(TestMarquee.ADMIN_USERNAME, TestMarquee.ADMIN_PASSWORD)
                                .getAccessToken());
        GenreResponse noir =
                new GenresApi(admin).createGenre(new GenreRequest().name("Noir " + tag));
        MovieResponse heat =
                new MoviesApi(admin)
                        .createMovie(
                                new MovieRequest()
                                        .title("Heat " + tag)
                                        .duration(170)
                                        .genreIds(List.of(noir.getId())));
        MovieResponse ronin =
                new MoviesApi(admin).createMovie(new MovieRequest().title("Ronin " + tag));

        String username = "client-" + tag;
        AccountResponse registered =
                new AccountsApi(anonymous())
                        .register(
                                new RegistrationRequest()
                                        .username(username)
                                        .email(username + "@example.org")
                                        .password("a long enough password")
                                        .firstName("Ada"));
        assertThat(registered.getUsername()).isEqualTo(username);
        assertThat(registered.getFirstName()).isEqualTo("Ada");

        TokenResponse tokens = logIn(username, "a long enough password");
        assertThat(tokens.getTokenType()).isEqualTo("Bearer");
        ApiClient user = signedIn(tokens.getAccessToken());
        MoviesApi movies = new MoviesApi(user);
        LibraryApi library = new LibraryApi(user);

        PageResponseMovieSummaryResponse byTitle =
                movies.listMovies(
                        null, null, null, null, null, null, tag, 1, 20, List.of("title,asc"));
        assertThat(byTitle.getItems())
                .extracting(MovieSummaryResponse::getTitle)
                .containsExactly("Heat " + tag, "Ronin " + tag);
        PageResponseMovieSummaryResponse noirOnly =
                movies.listMovies(
                        List.of("Noir " + tag), null, null, null, null, null, tag, 1, 20, null);
        assertThat(noirOnly.getItems())
                .extracting(MovieSummaryResponse::getId)
                .containsExactly(heat.getId());
        assertThat(noirOnly.getTotalItems()).isEqualTo(1L);

        MovieResponse detail = movies.getMovie(heat.getId());
        assertThat(detail.getTitle()).isEqualTo("Heat " + tag);
        assertThat(detail.getDuration()).isEqualTo(170);
        assertThat(detail.getMe().getFavorite()).isFalse();

        LibraryEntryResponse favorite = library.addFavorite(heat.getId());
        assertThat(favorite.getMovie().getId()).isEqualTo(heat.getId());
        library.addToWatchlist(ronin.getId());
        assertThat(library.listFavorites(1, 20, null).getItems())
                .extracting(entry -> entry.getMovie().getId())
                .containsExactly(heat.getId());
        assertThat(library.listWatchlist(1, 20, null).getItems())
                .extracting(entry -> entry.getMovie().getId())
                .containsExactly(ronin.getId());
        library.removeFromWatchlist(ronin.getId());
        assertThat(library.listWatchlist(1, 20, null).getItems()).isEmpty();
        library.addToWatchlist(ronin.getId());

        RatingResponse rating =
                library.rateMovie(
                        heat.getId(),
                        new RatingRequest().score(new BigDecimal("4.5")).review("Tense and long."));
        assertThat(rating.getScore()).isEqualByComparingTo("4.5");
        MovieResponse rated = movies.getMovie(heat.getId());
        assertThat(rated.getMe().getFavorite()).isTrue();
        assertThat(rated.getMe().getRating()).isEqualByComparingTo("4.5");
        assertThat(rated.getRatings().getCount()).isEqualTo(1L);

        PageResponseUserRatingResponse mine = library.listMyRatings(1, 20, null);
        assertThat(mine.getItems()).hasSize(1);
        assertThat(mine.getItems().get(0).getMovie().getId()).isEqualTo(heat.getId());
        assertThat(mine.getItems().get(0).getReview()).isEqualTo("Tense and long.");

        AccountsApi accounts = new AccountsApi(anonymous());
        TokenResponse refreshed =
                accounts.refreshTokens(
                        new RefreshTokenRequest().refreshToken(tokens.getRefreshToken()));
        assertThat(refreshed.getRefreshToken()).isNotEqualTo(tokens.getRefreshToken());
        assertThat(
                        new AccountsApi(signedIn(refreshed.getAccessToken()))
                                .getMyAccount()
                                .getUsername())
                .isEqualTo(username);

        // An operation without content: the generator sends "Accept: application/problem+json".
        accounts.logOut(new RefreshTokenRequest().refreshToken(refreshed.getRefreshToken()));
        ApiException afterLogout =
                catchThrowableOfType(
                        ApiException.class,
                        () ->
                                accounts.refreshTokens(
                                        new RefreshTokenRequest()
                                                .refreshToken(refreshed.getRefreshToken())));
        assertThat(problemIn(afterLogout).getStatus()).isEqualTo(401);
    }

    @Test
    void anUnknownMovieIsATyped404Problem() {
        ApiException notFound =
                catchThrowableOfType(
                        ApiException.class,
                        () -> new MoviesApi(anonymous()).getMovie(Long.MAX_VALUE));

        assertThat(notFound.getCode()).isEqualTo(404);
        Problem problem = problemIn(notFound);
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getTitle()).isNotBlank();
    }

    @Test
    void anInvalidRegistrationIsATyped400ProblemNamingTheFields() {
        ApiException invalid =
                catchThrowableOfType(
                        ApiException.class,
                        () ->
                                new AccountsApi(anonymous())
                                        .register(
                                                new RegistrationRequest()
                                                        .username("ok-name")
                                                        .email("not an address")
                                                        .password("short")));

        assertThat(invalid.getCode()).isEqualTo(400);
        Problem problem = problemIn(invalid);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getErrors())
                .extracting(error -> error.getField())
                .contains("email", "password");
    }

    private static TokenResponse logIn(String login, String password) throws ApiException {
        return new AccountsApi(anonymous())
                .logIn(new LoginRequest().login(login).password(password));
    }

    private static ApiClient anonymous() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        return client;
    }

    private static ApiClient signedIn(String accessToken) {
        ApiClient client = anonymous();
        client.setRequestInterceptor(
                request -> request.header("Authorization", "Bearer " + accessToken));
        return client;
    }

    /** The error body read as the client's own Problem model, as a client program would. */
    private static Problem problemIn(ApiException error) {
        assertThat(error.getResponseHeaders().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
        try {
            return anonymous().getObjectMapper().readValue(error.getResponseBody(), Problem.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a Problem: " + error.getResponseBody(), e);
        }
    }
}
