package dev.marquee.adapters.web.search;

import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.shared.CommonWebMapper;
import dev.marquee.adapters.web.shared.WebMapperConfig;
import dev.marquee.domain.search.SearchType;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.view.SearchHit;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps search hits to responses. */
@Mapper(config = WebMapperConfig.class, uses = CommonWebMapper.class)
public interface SearchWebMapper {

    @Mapping(
            target = "imageUrl",
            source = "imageFileId",
            qualifiedByName = CommonWebMapper.FILE_CONTENT_URL)
    SearchHitResponse toResponse(SearchHit hit);

    /** A hit's type by its API name: movie, person or character. */
    default String typeName(SearchType type) {
        return type.apiName();
    }

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    PageResponse<SearchHitResponse> toPage(Page<SearchHit> page);
}
