package dev.marquee.adapters.web.country;

import dev.marquee.adapters.web.paging.PageResponse;
import dev.marquee.adapters.web.shared.WebMapperConfig;
import dev.marquee.domain.country.Country;
import dev.marquee.domain.shared.Page;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps countries to responses; the aggregate's value objects go out as their plain values. */
@Mapper(config = WebMapperConfig.class)
public interface CountryWebMapper {

    @Mapping(target = "id", expression = "java(country.id().value())")
    @Mapping(target = "code", expression = "java(country.code().value())")
    @Mapping(target = "name", expression = "java(country.name().value())")
    CountryResponse toResponse(Country country);

    @Mapping(target = "totalPages", expression = "java(page.totalPages())")
    PageResponse<CountryResponse> toPage(Page<Country> page);
}
