package dev.marquee.adapters.web.library;

import dev.marquee.adapters.web.movie.MovieWebMapper;
import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.shared.WebMapperConfig;
import dev.marquee.domain.library.LibraryEntry;
import dev.marquee.domain.library.PublicReview;
import dev.marquee.domain.library.RatingView;
import dev.marquee.domain.library.UserRating;
import dev.marquee.domain.shared.Page;
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
