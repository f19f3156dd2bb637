package dev.marquee.adapters.web.person;

import dev.marquee.adapters.web.file.FileResponse;
import dev.marquee.adapters.web.movie.MovieSummaryResponse;
import dev.marquee.adapters.web.shared.CountryRefResponse;
import dev.marquee.adapters.web.shared.NamedResponse;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.person.Gender;
import dev.marquee.domain.view.PersonView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
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
        @Nullable CountryRefResponse country,
        @Nullable FileResponse mainPhoto,
        List<FileResponse> photos,
        List<MovieSummaryResponse> directed,
        List<Part> roles,
        Instant createdAt,
        Instant updatedAt) {

    public static PersonResponse of(PersonView person) {
        return new PersonResponse(
                person.id(),
                person.firstName(),
                person.lastName(),
                person.biography(),
                person.dateOfBirth(),
                person.gender(),
                CountryRefResponse.of(person.country()),
                FileResponse.of(person.mainPhoto()),
                person.photos().stream().map(FileResponse::of).toList(),
                person.directed().stream().map(MovieSummaryResponse::of).toList(),
                person.roles().stream()
                        .map(
                                part ->
                                        new Part(
                                                MovieSummaryResponse.of(part.movie()),
                                                NamedResponse.of(part.character()),
                                                part.role()))
                        .toList(),
                person.createdAt(),
                person.updatedAt());
    }

    /** A part the person played. */
    @Serdeable
    public record Part(MovieSummaryResponse movie, NamedResponse character, CastRole role) {}
}
