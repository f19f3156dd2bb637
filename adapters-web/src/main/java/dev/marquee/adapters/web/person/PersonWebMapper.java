package dev.marquee.adapters.web.person;

import dev.marquee.adapters.web.movie.MovieWebMapper;
import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.shared.CommonWebMapper;
import dev.marquee.adapters.web.shared.WebMapperConfig;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.view.PersonSummary;
import dev.marquee.domain.view.PersonView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps persons, their photos and their parts to responses. */
@Mapper(
        config = WebMapperConfig.class,
        uses = {CommonWebMapper.class, MovieWebMapper.class})
public interface PersonWebMapper {

    PersonResponse toResponse(PersonView person);

    PersonResponse.Part toResponse(PersonView.Part part);

    @Mapping(
            target = "mainPhotoUrl",
            source = "mainPhotoFileId",
            qualifiedByName = CommonWebMapper.FILE_CONTENT_URL)
    PersonSummaryResponse toResponse(PersonSummary person);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    PageResponse<PersonSummaryResponse> toSummaryPage(Page<PersonSummary> page);
}
