package dev.marquee.adapters.web.account;

import dev.marquee.adapters.web.shared.RequestValues;
import dev.marquee.domain.account.AccountChanges;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.shared.Change;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.user.EmailAddress;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code PATCH /users/me} body with merge-patch semantics: a field left out stays as it is,
 * a field set to null is cleared. Fields that are not editable (roles, username, ...) are ignored.
 */
final class AccountPatch {

    private final JsonNode body;

    private AccountPatch(JsonNode body) {
        this.body = body;
    }

    static AccountChanges read(JsonNode body) {
        if (!body.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        AccountPatch patch = new AccountPatch(body);
        return new AccountChanges(
                patch.text("firstName"),
                patch.text("lastName"),
                patch.email(),
                patch.text("bio"),
                patch.date("birthDate"),
                patch.genreIds(),
                patch.preferences());
    }

    private @Nullable Change<String> text(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            return new Change<>(null);
        }
        if (!value.isString()) {
            throw new InvalidInputException(field, "must be a string or null");
        }
        return new Change<>(value.getStringValue());
    }

    private @Nullable Change<EmailAddress> email() {
        Change<String> email = text("email");
        if (email == null) {
            return null;
        }
        return new Change<>(email.value() == null ? null : new EmailAddress(email.value()));
    }

    private @Nullable Change<LocalDate> date(String field) {
        Change<String> date = text(field);
        return date == null ? null : new Change<>(RequestValues.date(date.value(), field));
    }

    private @Nullable Change<Set<GenreId>> genreIds() {
        JsonNode value = body.get("favoriteGenreIds");
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            return new Change<>(Set.of());
        }
        if (!value.isArray()) {
            throw new InvalidInputException("favoriteGenreIds", "must be an array of genre ids");
        }
        Set<GenreId> ids = new LinkedHashSet<>();
        for (JsonNode id : value.values()) {
            if (!id.isNumber() || id.getNumberValue().doubleValue() % 1 != 0) {
                throw new InvalidInputException(
                        "favoriteGenreIds", "must be an array of genre ids");
            }
            ids.add(RequestValues.id(id.getLongValue(), "favoriteGenreIds", GenreId::new));
        }
        return new Change<>(ids);
    }

    private @Nullable Map<String, Boolean> preferences() {
        JsonNode value = body.get("notificationPreferences");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new InvalidInputException(
                    "notificationPreferences", "must be an object of booleans");
        }
        Map<String, Boolean> preferences = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.entries()) {
            if (!entry.getValue().isBoolean()) {
                throw new InvalidInputException(
                        "notificationPreferences." + entry.getKey(), "must be true or false");
            }
            preferences.put(entry.getKey(), entry.getValue().getBooleanValue());
        }
        return preferences;
    }
}
