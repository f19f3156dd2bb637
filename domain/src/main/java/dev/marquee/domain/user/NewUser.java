package dev.marquee.domain.user;

import dev.marquee.domain.shared.Text;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An account about to be stored: its id and timestamps are assigned when it is added. */
public record NewUser(
        Username username,
        @Nullable EmailAddress email,
        @Nullable String passwordHash,
        @Nullable String firstName,
        @Nullable String lastName,
        Set<Role> roles) {

    public static final int MAX_NAME_LENGTH = 100;

    public NewUser {
        Objects.requireNonNull(username);
        firstName = Text.optional(firstName, "firstName", MAX_NAME_LENGTH);
        lastName = Text.optional(lastName, "lastName", MAX_NAME_LENGTH);
        EnumSet<Role> withUser = EnumSet.of(Role.USER);
        withUser.addAll(roles);
        roles = Set.copyOf(withUser);
    }
}
