package dev.marquee.adapters.web.shared;

import dev.marquee.adapters.web.file.FileResponse;
import dev.marquee.domain.view.CountryRef;
import dev.marquee.domain.view.FileView;
import io.micronaut.core.annotation.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Maps the references every resource embeds: named things, countries and files. */
@Mapper(config = WebMapperConfig.class)
public interface CommonWebMapper {

    /** Marks the mapping of a file id to the URL of its bytes. */
    String FILE_CONTENT_URL = "fileContentUrl";

    NamedResponse toResponse(dev.marquee.domain.view.Named named);

    CountryRefResponse toResponse(CountryRef country);

    @Mapping(target = "url", source = "id", qualifiedByName = FILE_CONTENT_URL)
    FileResponse toResponse(FileView file);

    /** Where the bytes of a file are served. */
    @Named(FILE_CONTENT_URL)
    default @Nullable String fileContentUrl(@Nullable Long fileId) {
        return fileId == null ? null : "/api/v1/files/" + fileId + "/content";
    }
}
