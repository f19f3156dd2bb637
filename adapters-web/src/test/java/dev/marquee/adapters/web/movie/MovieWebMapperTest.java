package dev.marquee.adapters.web.movie;

import static dev.marquee.adapters.web.shared.SameNamedComponents.assertCopied;
import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.shared.CommonWebMapperImpl;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.movie.MovieStatus;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.shared.PageRequest;
import dev.marquee.domain.view.CastCreditView;
import dev.marquee.domain.view.CountryRef;
import dev.marquee.domain.view.FileView;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.MovieView;
import dev.marquee.domain.view.MyMovieState;
import dev.marquee.domain.view.Named;
import dev.marquee.domain.view.RatingSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MovieWebMapperTest {

    private final MovieWebMapper mapper = new MovieWebMapperImpl(new CommonWebMapperImpl());

    private static final MovieView MOVIE =
            new MovieView(
                    7,
                    "Heat",
                    "the description",
                    "the tagline",
                    new BigDecimal("60000000"),
                    new BigDecimal("187400000"),
                    LocalDate.of(1995, 12, 15),
                    1995,
                    170,
                    new CountryRef(3, "US", "United States"),
                    new Named(11, "Michael Mann"),
                    List.of(new Named(1, "Crime"), new Named(2, "Drama")),
                    new FileView(9, "heat.png", "image/png", 1234),
                    List.of(
                            new CastCreditView(
                                    5,
                                    7,
                                    new Named(21, "Neil McCauley"),
                                    CastRole.LEADING,
                                    new Named(12, "Robert De Niro"),
                                    "the thief")),
                    949,
                    "tt0113277",
                    "en",
                    MovieStatus.RELEASED,
                    42.5,
                    new RatingSummary(new BigDecimal("4.5"), 2, Map.of("4.5", 1, "5.0", 1)),
                    Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2026-02-02T00:00:00Z"));

    @Test
    void mapsEveryMovieFieldByNameAndDerivesThePosterUrl() {
        MovieResponse response = mapper.toResponse(MOVIE);

        assertThat(assertCopied(MOVIE, response)).hasSize(16);
        assertCopied(MOVIE.country(), response.country());
        assertCopied(MOVIE.director(), response.director());
        assertCopied(MOVIE.poster(), response.poster());
        assertThat(response.poster().url()).isEqualTo("/api/v1/files/9/content");
        assertThat(response.genres()).extracting("name").containsExactly("Crime", "Drama");
        assertThat(response.cast()).hasSize(1);
        assertThat(assertCopied(MOVIE.cast().get(0), response.cast().get(0)))
                .containsExactly("id", "role", "description");
        assertThat(response.cast().get(0).character().name()).isEqualTo("Neil McCauley");
        assertThat(response.cast().get(0).actor().name()).isEqualTo("Robert De Niro");
        assertCopied(MOVIE.ratings(), response.ratings());
        assertThat(response.ratings().histogram().keySet()).containsExactly(RatingSummary.SCORES);
        assertThat(response.me()).isNull();
    }

    @Test
    void addsTheCallersPlaceInTheLibraryOnlyWhenGiven() {
        MyMovieState state = new MyMovieState(true, false, new BigDecimal("3.5"));

        MovieResponse response = mapper.toResponse(MOVIE, state);

        assertThat(assertCopied(state, response.me())).hasSize(3);
        assertThat(response)
                .usingRecursiveComparison()
                .ignoringFields("me")
                .isEqualTo(mapper.toResponse(MOVIE));
    }

    @Test
    void aSummaryLinksItsPosterOnlyWhenItHasOne() {
        MovieSummary withPoster =
                new MovieSummary(
                        7,
                        "Heat",
                        LocalDate.of(1995, 12, 15),
                        1995,
                        170,
                        9L,
                        List.of("Crime"),
                        new BigDecimal("4.5"),
                        2,
                        42.5,
                        949,
                        "tt0113277");
        MovieSummary withoutPoster =
                new MovieSummary(
                        8, "Ronin", null, null, null, null, List.of(), null, 0, 0, null, null);

        MovieSummaryResponse response = mapper.toResponse(withPoster);

        assertThat(assertCopied(withPoster, response)).hasSize(11);
        assertThat(response.posterUrl()).isEqualTo("/api/v1/files/9/content");
        assertThat(mapper.toResponse(withoutPoster).posterUrl()).isNull();
    }

    @Test
    void aPageKeepsItsPositionAndCountsItsPages() {
        Page<CastCreditView> page = Page.of(MOVIE.cast(), new PageRequest(2, 1, List.of()), 3);

        PageResponse<CastCreditResponse> response = mapper.toCastPage(page);

        assertThat(response.page()).isEqualTo(2);
        assertThat(response.size()).isEqualTo(1);
        assertThat(response.totalItems()).isEqualTo(3);
        assertThat(response.totalPages()).isEqualTo(3);
        assertThat(response.items()).extracting(CastCreditResponse::id).containsExactly(5L);
    }
}
