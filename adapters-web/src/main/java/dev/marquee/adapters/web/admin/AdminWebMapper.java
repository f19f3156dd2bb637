package dev.marquee.adapters.web.admin;

import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.shared.WebMapperConfig;
import dev.marquee.domain.shared.Page;
import dev.marquee.domain.view.UserSummary;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps the administrators' user list to responses. */
@Mapper(config = WebMapperConfig.class)
public interface AdminWebMapper {

    UserSummaryResponse toResponse(UserSummary user);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    PageResponse<UserSummaryResponse> toUserPage(Page<UserSummary> page);
}
