package dev.marquee.adapters.web.movie;

import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.shared.CommonWebMapper;
import dev.marquee.adapters.web.shared.WebMapperConfig;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.view.CastCreditView;
import dev.marquee.domain.view.MovieSummary;
import dev.marquee.domain.view.MovieView;
import dev.marquee.domain.view.MyMovieState;
import dev.marquee.domain.view.RatingSummary;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps movies, their cast and ratings, and the caller's place in them to responses. */
@Mapper(config = WebMapperConfig.class, uses = CommonWebMapper.class)
public interface MovieWebMapper {

    /** A movie's page as anonymous callers see it: without {@code me}. */
    @Mapping(target = "me", ignore = true)
    MovieResponse toResponse(MovieView movie);

    /** A movie's page with the caller's {@code me} block. */
    @Mapping(target = "me", source = "me")
    MovieResponse toResponse(MovieView movie, MyMovieState me);

    MovieResponse.Me toResponse(MyMovieState state);

    MovieResponse.Ratings toResponse(RatingSummary ratings);

    @Mapping(
            target = "posterUrl",
            source = "posterFileId",
            qualifiedByName = CommonWebMapper.FILE_CONTENT_URL)
    MovieSummaryResponse toResponse(MovieSummary movie);

    /** A credit without its movie id: the cast is always read through its movie. */
    @BeanMapping(ignoreUnmappedSourceProperties = "movieId")
    CastCreditResponse toResponse(CastCreditView credit);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    PageResponse<MovieSummaryResponse> toSummaryPage(Page<MovieSummary> page);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    PageResponse<CastCreditResponse> toCastPage(Page<CastCreditView> page);
}
