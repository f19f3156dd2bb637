package dev.marquee.adapters.web.person;

import dev.marquee.adapters.web.file.FileResponse;
import dev.marquee.adapters.web.movie.MovieSummaryResponse;
import dev.marquee.adapters.web.shared.CountryRefResponse;
import dev.marquee.adapters.web.shared.NamedResponse;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.person.Gender;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person's page: who they are, their photos, what they directed and the parts they played. */
@Serdeable
public record PersonResponse(
        long id,
        String firstName,
        @Nullable String lastName,
        @Nullable String biography,
        @Nullable LocalDate dateOfBirth,
        Gender gender,
        @Schema(type = "object") @Nullable CountryRefResponse country,
        @Schema(type = "object") @Nullable FileResponse mainPhoto,
        List<FileResponse> photos,
        List<MovieSummaryResponse> directed,
        List<Part> roles,
        Instant createdAt,
        Instant updatedAt) {

    /** A part the person played. */
    @Serdeable
    public record Part(MovieSummaryResponse movie, NamedResponse character, CastRole role) {}
}
