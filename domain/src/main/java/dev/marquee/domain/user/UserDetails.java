package dev.marquee.domain.user;

import dev.marquee.domain.shared.Text;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an account is, new or stored: its names, how it signs in and its roles; the id and
 * timestamps are assigned when it is added.
 */
public record UserDetails(
        Username username,
        @Nullable EmailAddress email,
        @Nullable String passwordHash,
        @Nullable String firstName,
        @Nullable String lastName,
        Set<Role> roles) {

    public static final int MAX_NAME_LENGTH = 100;

    public UserDetails {
        Objects.requireNonNull(username);
        firstName = Text.optional(firstName, "firstName", MAX_NAME_LENGTH);
        lastName = Text.optional(lastName, "lastName", MAX_NAME_LENGTH);
        EnumSet<Role> withUser = EnumSet.of(Role.USER);
        withUser.addAll(roles);
        roles = Set.copyOf(withUser);
    }
}
