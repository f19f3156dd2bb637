package dev.marquee.adapters.web.account;

import dev.marquee.domain.user.Profile;
import dev.marquee.domain.user.UserDetails;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code PATCH /users/me} as the OpenAPI document describes it; {@link AccountPatch}
 * reads the JSON itself, so that a field left out can be told from a field set to null.
 */
@Introspected
@Schema(
        name = "AccountChanges",
        description =
                "Any of these fields: one left out stays as it is, one set to null is cleared"
                        + " (favoriteGenreIds: null empties the list; notificationPreferences:"
                        + " null changes nothing). Other fields are ignored.")
record AccountChangesRequest(
        @Schema(nullable = true, maxLength = UserDetails.MAX_NAME_LENGTH) @Nullable
                String firstName,
        @Schema(nullable = true, maxLength = UserDetails.MAX_NAME_LENGTH) @Nullable String lastName,
        @Schema(nullable = true, format = "email", maxLength = 254) @Nullable String email,
        @Schema(nullable = true, maxLength = Profile.MAX_BIO_LENGTH) @Nullable String bio,
        @Schema(nullable = true, type = "string", format = "date") @Nullable LocalDate birthDate,
        @ArraySchema(
                        arraySchema = @Schema(nullable = true),
                        schema = @Schema(type = "integer", format = "int64", minimum = "1"),
                        uniqueItems = true)
                @Nullable
                List<Long> favoriteGenreIds,
        @Schema(nullable = true, type = "object", description = "Only the preferences given change")
                @Nullable
                NotificationPreferencesChanges notificationPreferences) {

    /** The e-mail preferences a PATCH may change, each optional. */
    @Introspected
    @Schema(name = "NotificationPreferencesChanges")
    record NotificationPreferencesChanges(
            @Nullable Boolean recommendations,
            @Nullable Boolean watchlistReleases,
            @Nullable Boolean newsletter) {}
}
