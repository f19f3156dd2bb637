package dev.marquee.adapters.web.genre;

import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.shared.WebMapperConfig;
import dev.marquee.domain.genre.Genre;
import dev.marquee.domain.shared.Page;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps genres to responses; the aggregate's value objects go out as their plain values. */
@Mapper(config = WebMapperConfig.class)
public interface GenreWebMapper {

    @Mapping(target = "id", expression = "java(genre.id().value())")
    @Mapping(target = "name", expression = "java(genre.name().value())")
    GenreResponse toResponse(Genre genre);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    PageResponse<GenreResponse> toPage(Page<Genre> page);
}
