package dev.marquee.adapters.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * A token is valid only when its subject is a user id (a positive 64-bit number): a signed token
 * with any other subject, after a key rotation or a bug elsewhere, is refused like a forged one
 * instead of failing later.
 */
@Singleton
public class UserIdSubjectValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        return userId(claims.get(Claims.SUBJECT)).isPresent();
    }

    /** The user id a subject names, if it names one. */
    public static Optional<Long> userId(@Nullable Object subject) {
        if (!(subject instanceof String text)
                || text.isEmpty()
                || text.length() > 19
                || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(text);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }
}
