package dev.marquee.adapters.web.recommendation;

import dev.marquee.adapters.web.movie.MovieWebMapper;
import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.shared.WebMapperConfig;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.view.RecommendationReason;
import dev.marquee.domain.view.RecommendedMovie;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps recommendations and their reasons to responses; a reason's type goes out by its name. */
@Mapper(config = WebMapperConfig.class, uses = MovieWebMapper.class)
public interface RecommendationWebMapper {

    RecommendationResponse toResponse(RecommendedMovie recommended);

    RecommendationResponse.ReasonResponse toResponse(RecommendationReason reason);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    PageResponse<RecommendationResponse> toPage(Page<RecommendedMovie> page);
}
