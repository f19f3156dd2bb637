package dev.marquee.domain.view;

import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.person.Gender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A person's page: who they are, what they directed and the parts they played. */
public record PersonView(
        long id,
        String firstName,
        @Nullable String lastName,
        @Nullable String biography,
        @Nullable LocalDate dateOfBirth,
        Gender gender,
        @Nullable CountryRef country,
        @Nullable FileView mainPhoto,
        List<FileView> photos,
        List<MovieSummary> directed,
        List<Part> roles,
        Instant createdAt,
        Instant updatedAt) {

    public PersonView {
        photos = List.copyOf(photos);
        directed = List.copyOf(directed);
        roles = List.copyOf(roles);
    }

    /** A part this person played: in which movie, as whom, how large. */
    public record Part(MovieSummary movie, Named character, CastRole role) {}
}
