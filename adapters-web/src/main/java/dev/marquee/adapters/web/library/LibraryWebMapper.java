package dev.marquee.adapters.web.library;

import dev.marquee.adapters.web.movie.MovieWebMapper;
import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.shared.WebMapperConfig;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.view.LibraryEntry;
import dev.marquee.domain.view.PublicReview;
import dev.marquee.domain.view.RatingView;
import dev.marquee.domain.view.UserRating;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps the caller's favorites, watchlist and ratings, and public reviews, to responses. */
@Mapper(config = WebMapperConfig.class, uses = MovieWebMapper.class)
public interface LibraryWebMapper {

    LibraryEntryResponse toResponse(LibraryEntry entry);

    RatingResponse toResponse(RatingView rating);

    ReviewResponse toResponse(PublicReview review);

    UserRatingResponse toResponse(UserRating rating);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    PageResponse<LibraryEntryResponse> toEntryPage(Page<LibraryEntry> page);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    PageResponse<ReviewResponse> toReviewPage(Page<PublicReview> page);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    PageResponse<UserRatingResponse> toRatingPage(Page<UserRating> page);
}
